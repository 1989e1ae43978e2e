/**
 * Audit events: what a person did in the portal, for the practice's access log (HIPAA audit
 * controls). Every element reports an action with one line at the place it happens:
 *
 * ```ts
 * audit(this, { type: 'file-downloaded', document: 'file', documentId: file.id });
 * ```
 *
 * which fires `portico-audit` (bubbling, composed) with `detail: { type, at, ...ids }`. Only ids
 * travel, never content: no file names, no message text, no amounts. A host forwards them to
 * its own log; `<portico-portal>` / `<portico-provider>` with `audit-forwarding` also sends them
 * to the backend through the adapter's optional `audit.record` operation (batched, see
 * `provider.ts`).
 */
import type { AuditDocumentKind, AuditEvent } from '@portico/core';
import { emit } from './events.js';

export type { AuditDocumentKind, AuditEvent };

/** What an element passes to {@link audit}: an audit event without its time. */
export type AuditAction = AuditEvent extends infer E ? (E extends AuditEvent ? Omit<E, 'at'> : never) : never;

/** Fires `portico-audit` from `target` for `action`, stamped with the current time. */
export function audit(target: EventTarget, action: AuditAction): void {
  emit(target, 'portico-audit', { ...action, at: new Date().toISOString() } as AuditEvent);
}

declare global {
  interface HTMLElementEventMap {
    /**
     * Something the person did that a practice's access log records: `detail: { type, at, ...ids }`
     * (a discriminated union on `type`; ids only, never content).
     */
    'portico-audit': CustomEvent<AuditEvent>;
  }
}
