/** Collects the `portico-audit` events a page fires, and checks them as a practice's log would. */
import { expect } from '@open-wc/testing';
import type { AuditEvent } from '@portico/core';
import type { AuditAction } from '../../src/audit.js';
import { mockBackend } from './portal-harness.js';

export interface AuditLog {
  readonly events: AuditEvent[];
  /** The events of one type. */
  of<T extends AuditEvent['type']>(type: T): Extract<AuditEvent, { type: T }>[];
  stop(): void;
}

/** Records every `portico-audit` reaching `document` (they bubble and cross shadow roots). */
export function recordAudits(): AuditLog {
  const events: AuditEvent[] = [];
  const listener = (event: Event): void => {
    expect(event.bubbles && event.composed, 'portico-audit bubbles and is composed').to.equal(true);
    events.push((event as CustomEvent<AuditEvent>).detail);
  };
  document.addEventListener('portico-audit', listener);
  return {
    events,
    of: <T extends AuditEvent['type']>(type: T) => events.filter((e): e is Extract<AuditEvent, { type: T }> => e.type === type),
    stop: () => document.removeEventListener('portico-audit', listener),
  };
}

/**
 * Exactly one event of `expected.type`, with exactly these ids and a fresh `at`, and none of
 * `content` (names, text) anywhere in it.
 */
export function expectOneAudit(log: AuditLog, expected: AuditAction, content: string[] = []): void {
  const found = log.of(expected.type);
  expect(found, `${expected.type} events`).to.have.length(1);
  const { at, ...rest } = found[0]!;
  expect(rest).to.deep.equal(expected);
  expect(Math.abs(Date.parse(at) - Date.now())).to.be.below(60_000);
  const json = JSON.stringify(found[0]);
  for (const text of content) expect(json, 'the audit event carries ids only').not.to.contain(text);
}

/** For a describe block: the mock reset and a fresh log for every test; the log ends after it. */
export function auditsPerTest(): AuditLog {
  let current: AuditLog | undefined;
  beforeEach(async () => {
    (await mockBackend()).reset();
    current = recordAudits();
  });
  afterEach(() => current?.stop());
  return {
    get events() {
      return current!.events;
    },
    of: (type) => current!.of(type),
    stop: () => current?.stop(),
  };
}
