/**
 * Unsent work, in memory only (never browser storage): what the person is writing (drafts)
 * and writes that could not be sent yet (the outbox). It belongs to the store, not to a view
 * element, so it outlives leaving a view or switching clients, and it goes with the store's
 * `clear()` on sign-out. Keys are resource keys naming the client and what is being written:
 * `['messages.draft', { clientId, threadId }]`, `['forms.answers', { clientId, assignmentId }]`.
 */
import type { PortalAdapter } from '../contract/adapter.js';
import type { PorticoError } from '../errors.js';
import { matchesKey, serializeKey, type KeyFilter, type ResourceKey } from './key.js';

export interface DraftOptions {
  /**
   * Whether this value is work the person would lose (default true). A draft that only holds
   * a chosen recipient, say, is kept but does not make leaving the page ask first.
   */
  unsent?: boolean;
}

/** Drafts by key, with one change listener list. */
export interface DraftBook {
  get<T>(key: ResourceKey): T | undefined;
  /** Keeps `value` under `key`; `undefined` forgets it. */
  set<T>(key: ResourceKey, value: T | undefined, options?: DraftOptions): void;
  delete(key: ResourceKey): void;
  /** Every draft whose key matches `filter`, oldest first. */
  entries<T>(filter: KeyFilter): { key: ResourceKey; value: T }[];
  /** Whether anything would be lost if the page closed now (drafts and unsent writes). */
  hasUnsent(): boolean;
  /** Called after every change. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Forgets everything (sign-out). */
  clear(): void;
}

interface Slot {
  key: ResourceKey;
  value: unknown;
  unsent: boolean;
}

export function createDraftBook(): DraftBook {
  const slots = new Map<string, Slot>();
  const listeners = new Set<() => void>();
  const changed = (): void => {
    for (const listener of [...listeners]) listener();
  };
  const book: DraftBook = {
    get<T>(key: ResourceKey): T | undefined {
      return slots.get(serializeKey(key))?.value as T | undefined;
    },
    set<T>(key: ResourceKey, value: T | undefined, options: DraftOptions = {}): void {
      const id = serializeKey(key);
      if (value === undefined) slots.delete(id);
      else slots.set(id, { key, value, unsent: options.unsent ?? true });
      changed();
    },
    delete(key: ResourceKey): void {
      if (slots.delete(serializeKey(key))) changed();
    },
    entries<T>(filter: KeyFilter): { key: ResourceKey; value: T }[] {
      return [...slots.values()].filter((s) => matchesKey(filter, s.key)).map((s) => ({ key: s.key, value: s.value as T }));
    },
    hasUnsent(): boolean {
      return [...slots.values()].some((s) => s.unsent);
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear(): void {
      if (slots.size === 0) return;
      slots.clear();
      changed();
    },
  };
  return book;
}

/** A write in the outbox: sending, waiting for the network, or failed (the person may retry or discard). */
export interface OutboxItem<P = unknown> {
  readonly key: ResourceKey;
  /** What the view needs to show the item (e.g. a sheet's title and times). */
  readonly payload: P;
  /** The same for every attempt, so the backend stores the write once. */
  readonly idempotencyKey: string;
  readonly status: 'sending' | 'waiting' | 'failed';
  readonly error: PorticoError | undefined;
}

/** Runs one attempt of a queued write. */
export type OutboxWrite<R, P> = (adapter: PortalAdapter, context: { idempotencyKey: string }, payload: P) => Promise<R>;

export interface OutboxSendOptions<R> {
  /** Keys to refetch after the write succeeds. */
  invalidates?: readonly KeyFilter[];
  /** After the write is stored (before the refetch), wherever the person is by then. */
  onSent?: (result: R) => void;
  /** The key of an earlier attempt of the same write (a fresh one otherwise). */
  idempotencyKey?: string;
  /**
   * Which failures keep the write queued (default: the network and server errors a retry can
   * fix). Any other failure drops it, and `send` rejects so the view can show why.
   */
  keep?: (error: PorticoError) => boolean;
}

/**
 * Writes that must not be lost: each is kept in the store's drafts until the backend has it,
 * retried with the same idempotency key, and sent again on reconnect wherever the person is
 * in the portal (`retryWaiting`, called on the browser's `online` event).
 */
export interface Outbox {
  /** Sends at once; a failure the network can fix keeps the item queued. Rejects on failure. */
  send<R, P>(key: ResourceKey, payload: P, write: OutboxWrite<R, P>, options?: OutboxSendOptions<R>): Promise<R>;
  items<P>(filter: KeyFilter): OutboxItem<P>[];
  /** Sends one queued item again. Rejects when it fails again. */
  retry<R>(key: ResourceKey): Promise<R>;
  /** Sends every item waiting for the network again (reconnect); never rejects. */
  retryWaiting(): Promise<void>;
  /** The person gave up on the write. */
  discard(key: ResourceKey): void;
}
