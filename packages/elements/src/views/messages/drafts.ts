/**
 * What the person is writing, kept in memory only (never localStorage: SEC-2) by the
 * `<portico-messages>` element, which the portal keeps alive across views, so a draft survives
 * switching threads or views. Also the outbox: replies on their way or failed, with the
 * idempotency key a Retry reuses so the backend stores the message once (MSG-2).
 */
import type { Attachment, Message, PersonRef } from '@portico/core';

/** A file picked for a message: uploading, uploaded, or failed. */
export interface DraftAttachment {
  /** Local id, for keys and the Remove button. */
  localId: string;
  name: string;
  size: number;
  status: 'uploading' | 'uploaded' | 'failed';
  /** 0..1 while uploading. */
  progress: number;
  /** The backend's attachment once uploaded. */
  attachment?: Attachment | undefined;
  /** Why the upload failed, for people. */
  error?: string | undefined;
}

export interface Draft {
  text: string;
  /** New thread only. */
  subject: string;
  /** New thread only. */
  recipientIds: string[];
  attachments: DraftAttachment[];
  /** New thread only: kept after a failed create so Retry is stored once. */
  idempotencyKey?: string | undefined;
}

/** A reply that is being sent or failed to send. */
export interface OutboxEntry {
  localId: string;
  clientId: string;
  threadId: string;
  text: string;
  attachments: Attachment[];
  sender: PersonRef;
  createdAt: string;
  idempotencyKey: string;
  status: 'sending' | 'failed';
  error?: string | undefined;
}

/** One row of a thread: a stored message, or one from the outbox. */
export type ThreadRow = { kind: 'message'; id: string; message: Message } | { kind: 'outbox'; id: string; entry: OutboxEntry };

export const NEW_THREAD = 'new';

export function emptyDraft(): Draft {
  return { text: '', subject: '', recipientIds: [], attachments: [] };
}

let counter = 0;
/** A local id, unique within the page. */
export function localId(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

/** A fresh idempotency key (the same shape the store uses). */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Drafts by client and thread (`NEW_THREAD` for the composer of a new thread), and the outbox.
 * Sub-components subscribe and re-render on every change.
 */
export class MessageBook {
  private readonly drafts = new Map<string, Draft>();
  private outbox: OutboxEntry[] = [];
  private readonly listeners = new Set<() => void>();

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  draft(clientId: string, threadId: string): Draft {
    const key = `${clientId} ${threadId}`;
    let draft = this.drafts.get(key);
    if (!draft) {
      draft = emptyDraft();
      this.drafts.set(key, draft);
    }
    return draft;
  }

  /** Changes a draft in place and notifies subscribers. */
  updateDraft(clientId: string, threadId: string, update: (draft: Draft) => void): void {
    update(this.draft(clientId, threadId));
    this.changed();
  }

  clearDraft(clientId: string, threadId: string): void {
    this.drafts.set(`${clientId} ${threadId}`, emptyDraft());
    this.changed();
  }

  outboxFor(clientId: string, threadId: string): readonly OutboxEntry[] {
    return this.outbox.filter((e) => e.clientId === clientId && e.threadId === threadId);
  }

  entry(localId: string): OutboxEntry | undefined {
    return this.outbox.find((e) => e.localId === localId);
  }

  addEntry(entry: OutboxEntry): void {
    this.outbox = [...this.outbox, entry];
    this.changed();
  }

  updateEntry(localId: string, patch: Partial<OutboxEntry>): void {
    this.outbox = this.outbox.map((e) => (e.localId === localId ? { ...e, ...patch } : e));
    this.changed();
  }

  removeEntry(localId: string): void {
    this.outbox = this.outbox.filter((e) => e.localId !== localId);
    this.changed();
  }
}
