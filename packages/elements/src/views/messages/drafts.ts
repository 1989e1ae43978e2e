/**
 * What the person is writing, kept in memory only (never localStorage: SEC-2) in the store's
 * drafts, so a draft outlives the `<portico-messages>` element: it survives switching threads,
 * views and clients, and goes with the store on sign-out. Also the outbox: replies on their way
 * or failed, with the idempotency key a Retry reuses so the backend stores the message once
 * (MSG-2).
 */
import { createDraftBook, type Attachment, type DraftBook, type Message, type PersonRef } from '@portico/core';

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

const draftKey = (clientId: string, threadId: string) => ['messages.draft', { clientId, threadId }] as const;
const entryKey = (localId: string) => ['messages.outbox', { localId }] as const;

/** Whether a draft holds words or files the person would lose (a chosen recipient alone does not count). */
function isUnsent(draft: Draft): boolean {
  return draft.text.trim() !== '' || draft.subject.trim() !== '' || draft.attachments.length > 0;
}

/**
 * Drafts by client and thread (`NEW_THREAD` for the composer of a new thread), and the outbox,
 * kept in the store's drafts (`drafts()`; a book of its own until the store is known).
 * Sub-components subscribe and re-render on every change.
 */
export class MessageBook {
  private readonly local = createDraftBook();
  private attached: DraftBook | undefined;
  private detach: (() => void) | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly drafts: () => DraftBook | undefined = () => undefined) {}

  /** The book in use, following the store when it arrives or changes. */
  private get book(): DraftBook {
    const book = this.drafts() ?? this.local;
    if (book !== this.attached) {
      // Written before the store was known: carry it over rather than lose it.
      if (this.attached === this.local && book !== this.local) {
        for (const { key, value } of this.local.entries('')) if (book.get(key) === undefined) book.set(key, value);
        this.local.clear();
      }
      this.detach?.();
      this.attached = book;
      this.detach = book.subscribe(() => this.changed());
    }
    return book;
  }

  subscribe(listener: () => void): () => void {
    void this.book;
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  draft(clientId: string, threadId: string): Draft {
    return this.book.get<Draft>(draftKey(clientId, threadId)) ?? emptyDraft();
  }

  /** Changes a draft and notifies subscribers. */
  updateDraft(clientId: string, threadId: string, update: (draft: Draft) => void): void {
    const draft = this.draft(clientId, threadId);
    update(draft);
    this.book.set(draftKey(clientId, threadId), draft, { unsent: isUnsent(draft) });
  }

  clearDraft(clientId: string, threadId: string): void {
    this.book.delete(draftKey(clientId, threadId));
  }

  private get outbox(): OutboxEntry[] {
    return this.book.entries<OutboxEntry>('messages.outbox').map((e) => e.value);
  }

  outboxFor(clientId: string, threadId: string): readonly OutboxEntry[] {
    return this.outbox.filter((e) => e.clientId === clientId && e.threadId === threadId);
  }

  entry(localId: string): OutboxEntry | undefined {
    return this.book.get<OutboxEntry>(entryKey(localId));
  }

  addEntry(entry: OutboxEntry): void {
    this.book.set(entryKey(entry.localId), entry);
  }

  updateEntry(localId: string, patch: Partial<OutboxEntry>): void {
    const entry = this.entry(localId);
    if (entry) this.book.set(entryKey(localId), { ...entry, ...patch });
  }

  removeEntry(localId: string): void {
    this.book.delete(entryKey(localId));
  }
}
