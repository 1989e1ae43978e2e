/**
 * Every write of the messages view, through the store (never the adapter directly): replies
 * (optimistic, through the outbox, Retry with the same idempotency key), new threads,
 * attachment uploads with progress, and marking a thread read.
 */
import { msg } from '@lit/localize';
import { isPorticoError, randomId, type CreateThreadInput, type Message, type PorticoStore, type Thread } from '@portico/core';
import type { PorticoSessionState } from '../../context.js';
import { audit } from '../../audit.js';
import { operationKey } from '../../controllers/resource.js';
import { emit } from '../../events.js';
import { describeError } from '../../ui/error-text.js';
import { NEW_THREAD, localId, type DraftAttachment, type MessageBook, type OutboxEntry } from './drafts.js';

type Page<T> = { items: T[]; nextCursor: string | null };

/** The key of a thread's newest page (what the thread view watches). */
export const firstPageKey = (clientId: string, threadId: string) => ['messages.listMessages', { clientId, threadId }] as const;

/** Text for a failed write, for people. */
export function failureText(error: unknown): string {
  const text = describeError(error);
  // The backend's own words are the most useful for a refused request (e.g. a bad attachment).
  if (isPorticoError(error) && error.kind === 'invalid-request' && error.message) return error.message;
  return `${text.heading}. ${text.description}`;
}

export class MessageSender {
  private readonly uploads = new Map<string, AbortController>();

  constructor(
    private readonly host: HTMLElement,
    readonly book: MessageBook,
    private readonly context: () => {
      store: PorticoStore | undefined;
      session: PorticoSessionState | undefined;
      /** Changes the threads shown from pages after the first (the thread list's `updateLoaded`). */
      updateLoadedThreads: (update: (thread: Thread) => Thread) => void;
    },
    /** Says something to screen-reader users (a polite live region). */
    readonly announce: (text: string) => void,
  ) {}

  private get store(): PorticoStore | undefined {
    return this.context().store;
  }

  /** Moves the reply draft of `threadId` to the outbox and sends it. False when it cannot start. */
  sendReply(threadId: string): boolean {
    const { store, session } = this.context();
    if (!store || !session) return false;
    const clientId = session.clientId;
    const draft = this.book.draft(clientId, threadId);
    const entry: OutboxEntry = {
      localId: localId('out'),
      clientId,
      threadId,
      text: draft.text.trim(),
      attachments: draft.attachments.flatMap((a) => (a.attachment ? [a.attachment] : [])),
      sender: { id: session.user.id, kind: session.client.relationship === 'self' ? 'client' : 'contact', name: session.user.name },
      createdAt: new Date().toISOString(),
      idempotencyKey: randomId(),
      status: 'sending',
    };
    this.book.clearDraft(clientId, threadId);
    this.book.addEntry(entry);
    void this.deliver(entry.localId);
    return true;
  }

  /** Sends a failed reply again with the same idempotency key, so it is stored once. */
  retry(localId: string): void {
    this.book.updateEntry(localId, { status: 'sending', error: undefined });
    void this.deliver(localId);
  }

  /** Drops a failed reply, putting its text back in the composer if that is empty. */
  discard(localId: string): void {
    const entry = this.book.entry(localId);
    if (!entry) return;
    this.store?.outbox.discard(['messages.reply', { clientId: entry.clientId, threadId: entry.threadId, localId }]);
    this.book.removeEntry(localId);
    const draft = this.book.draft(entry.clientId, entry.threadId);
    if (!draft.text.trim()) this.book.updateDraft(entry.clientId, entry.threadId, (d) => (d.text = entry.text));
  }

  /**
   * Sends a reply through the store's outbox (one idempotency key for every attempt): a reply
   * that failed for the network is sent again when the browser is back online, wherever the
   * person is; any failure leaves it in the thread as "Not sent" with Retry.
   */
  private async deliver(localId: string): Promise<void> {
    const store = this.store;
    const entry = this.book.entry(localId);
    if (!store || !entry) return;
    const { clientId, threadId } = entry;
    const book = this.book;
    try {
      const message = await store.outbox.send<Message, OutboxEntry>(
        ['messages.reply', { clientId, threadId, localId }],
        entry,
        (adapter, { idempotencyKey }, e) =>
          adapter.messages.send({ clientId, threadId, body: { text: e.text, attachmentIds: e.attachments.map((a) => a.id) } }, { idempotencyKey }),
        {
          idempotencyKey: entry.idempotencyKey,
          keep: () => true,
          invalidates: [['messages.listMessages', { clientId, threadId }], 'messages.listThreads', 'messages.getThread', 'messages.search'],
          onSent: (sent) => {
            // The stored message replaces the pending one without waiting for the refetch.
            store.setData<Page<Message>>(firstPageKey(clientId, threadId), (page) =>
              page ? { ...page, items: [sent, ...page.items.filter((m) => m.id !== sent.id)] } : { items: [sent], nextCursor: null },
            );
            book.removeEntry(localId);
          },
        },
      );
      this.announce(msg('Message sent.'));
      emit(this.host, 'portico-message-sent', { threadId, messageId: message.id });
      audit(this.host, { type: 'message-sent', threadId, messageId: message.id });
    } catch (error) {
      this.book.updateEntry(localId, { status: 'failed', error: failureText(error) });
      this.announce(msg('Your message was not sent. Use Retry to send it again.'));
    }
  }

  /**
   * Starts a thread from the new-thread draft. The idempotency key stays on the draft until
   * it succeeds, so pressing Send again after a failure creates one thread.
   */
  async createThread(): Promise<{ thread: Thread; message: Message }> {
    const { store, session } = this.context();
    if (!store || !session) throw new Error('Messages: no session');
    const clientId = session.clientId;
    const draft = this.book.draft(clientId, NEW_THREAD);
    draft.idempotencyKey ??= randomId();
    const body: CreateThreadInput = {
      recipientIds: [...draft.recipientIds],
      subject: draft.subject.trim(),
      text: draft.text.trim(),
      attachmentIds: draft.attachments.flatMap((a) => (a.attachment ? [a.attachment.id] : [])),
    };
    const created = await store.mutate(
      (adapter, { idempotencyKey }) => adapter.messages.createThread({ clientId, body }, { idempotencyKey }),
      {
        idempotencyKey: draft.idempotencyKey,
        invalidates: ['messages.listThreads', 'messages.search'],
        onSuccess: ({ thread, message }, s) => {
          s.setData(['messages.getThread', { clientId, threadId: thread.id }], () => thread);
          s.setData<Page<Message>>(firstPageKey(clientId, thread.id), () => ({ items: [message], nextCursor: null }));
        },
      },
    );
    this.book.clearDraft(clientId, NEW_THREAD);
    this.announce(msg('Message sent.'));
    emit(this.host, 'portico-message-sent', { threadId: created.thread.id, messageId: created.message.id });
    audit(this.host, { type: 'message-sent', threadId: created.thread.id, messageId: created.message.id });
    return created;
  }

  /** Uploads files (already checked against the rules) to the draft of `threadId`, with progress. */
  upload(threadId: string, files: readonly File[]): void {
    const { store, session } = this.context();
    if (!store || !session) return;
    const clientId = session.clientId;
    for (const file of files) {
      const id = localId('att');
      const controller = new AbortController();
      this.uploads.set(id, controller);
      this.book.updateDraft(clientId, threadId, (d) => {
        d.attachments = [...d.attachments, { localId: id, name: file.name, size: file.size, status: 'uploading', progress: 0 }];
      });
      const patch = (change: Partial<DraftAttachment>) =>
        this.book.updateDraft(clientId, threadId, (d) => {
          d.attachments = d.attachments.map((a) => (a.localId === id ? { ...a, ...change } : a));
        });
      store
        .mutate((adapter, { idempotencyKey }) =>
          adapter.messages.uploadAttachment(
            { clientId, body: { file, fileName: file.name } },
            { idempotencyKey, signal: controller.signal, onUploadProgress: ({ fraction }) => patch({ progress: fraction }) },
          ),
        )
        .then(
          (attachment) => {
            patch({ status: 'uploaded', progress: 1, attachment });
            this.announce(msg('Attachment uploaded.'));
          },
          (error: unknown) => {
            if (controller.signal.aborted) return;
            patch({ status: 'failed', error: failureText(error) });
          },
        )
        .finally(() => this.uploads.delete(id));
    }
  }

  /** Removes an attachment from a draft, cancelling its upload if it is still running. */
  removeAttachment(threadId: string, id: string): void {
    const session = this.context().session;
    if (!session) return;
    this.uploads.get(id)?.abort();
    this.book.updateDraft(session.clientId, threadId, (d) => {
      d.attachments = d.attachments.filter((a) => a.localId !== id);
    });
  }

  /** Marks a thread read; unread counts drop at once in every view showing the thread list. */
  markRead(threadId: string): void {
    const { store, session, updateLoadedThreads } = this.context();
    if (!store || !session) return;
    const clientId = session.clientId;
    const zero = (t: Thread): Thread => (t.id === threadId ? { ...t, unreadCount: 0 } : t);
    updateLoadedThreads(zero);
    store
      .mutate((adapter, { idempotencyKey }) => adapter.messages.markRead({ clientId, threadId }, { idempotencyKey }), {
        // The count drops at once here; every other thread list (the dashboard's) is refetched.
        optimistic: {
          key: operationKey('messages.listThreads', { clientId, limit: THREAD_PAGE }),
          update: (page: Page<Thread>) => ({ ...page, items: page.items.map(zero) }),
        },
        invalidates: ['messages.listThreads', 'messages.getSummary'],
        onSuccess: (thread, s) => s.setData(['messages.getThread', { clientId, threadId }], () => thread),
      })
      .catch(() => {
        // Not worth interrupting the reader: the counts come back from the next refresh.
        store.invalidate('messages.listThreads', 'messages.getSummary');
      });
  }
}

/** How many threads the list asks for at a time (the first page, then each "Show more conversations"). */
export const THREAD_PAGE = 50;
