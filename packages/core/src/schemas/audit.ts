/**
 * Audit events (what a person did, for the practice's access log). Ids only, never content: no
 * file names, no message text, no amounts. Elements fire them as `portico-audit`; a portal with
 * audit forwarding on sends them in batches to `audit.record`.
 */
import * as z from 'zod/mini';
import { Id, Instant, named } from './common.js';

/** What kind of document a viewed or downloaded document id refers to. */
export const AuditDocumentKind = z.enum(['file', 'attachment', 'invoice', 'receipt']);
export type AuditDocumentKind = z.infer<typeof AuditDocumentKind>;

const at = { at: Instant };
const document = { document: AuditDocumentKind, documentId: Id };

export const AuditEvent = named(
  'AuditEvent',
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('document-viewed'), ...at, ...document }),
    z.object({ type: z.literal('file-downloaded'), ...at, ...document }),
    z.object({ type: z.literal('file-uploaded'), ...at, fileId: Id }),
    z.object({ type: z.literal('client-switched'), ...at, clientId: Id }),
    z.object({ type: z.literal('invoice-paid'), ...at, invoiceId: Id, paymentId: Id }),
    z.object({ type: z.literal('form-signed'), ...at, assignmentId: Id }),
    z.object({ type: z.literal('message-sent'), ...at, threadId: Id, messageId: Id }),
    z.object({ type: z.literal('signed-in'), ...at }),
    z.object({ type: z.literal('signed-out'), ...at }),
    z.object({ type: z.literal('guest-link-used'), ...at, action: z.enum(['pay', 'sign', 'confirm']), itemId: Id }),
  ]),
  'Something the person did, with ids only (never content). `at` is when it happened on their device.',
);
export type AuditEvent = z.infer<typeof AuditEvent>;

/** A batch of audit events as the portal sends it; `clientId` is the client shown when they happened. */
export const AuditBatch = named(
  'AuditBatch',
  z.object({ clientId: z.nullable(Id), events: z.array(AuditEvent).check(z.minLength(1), z.maxLength(100)) }),
);
export type AuditBatch = z.infer<typeof AuditBatch>;
