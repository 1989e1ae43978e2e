/**
 * The optional audit log (`audit.record`): keeps every batch a portal sends, per demo data set,
 * so tests and the demo can read what was recorded. Prints nothing.
 */
import type { AuditBatch } from '@portico/core';
import type { MockDb } from '../db/index.js';
import type { MockData } from '../db/types.js';
import type { ImplFor } from './types.js';

/** One recorded event: the batch's client, who sent it, and the event itself. */
export type RecordedAuditEvent = AuditBatch['events'][number] & { recordedFor: string | null; userId: string };

/** Keyed by the data set, so `reset()` (which builds new data) starts an empty log. */
const logs = new WeakMap<MockData, RecordedAuditEvent[]>();

export const auditImpl: ImplFor<'audit'> = {
  audit: {
    record: ({ body }, ctx) => {
      const log = logs.get(ctx.data) ?? [];
      logs.set(ctx.data, log);
      for (const event of body.events) log.push({ ...event, recordedFor: body.clientId, userId: ctx.user.id });
    },
  },
};

/** What the mock's `audit.record` has received since the last reset, oldest first. */
export function recordedAuditEvents(db: MockDb): readonly RecordedAuditEvent[] {
  return [...(logs.get(db.data) ?? [])];
}
