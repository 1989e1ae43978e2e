/**
 * The store every view reads through: resources cached by key, in-flight requests shared,
 * stale data shown while it is fetched again, and writes that invalidate what they change.
 * Plain TypeScript with a tiny observer API, so it works in any framework and in Node.
 */
import type { PortalAdapter } from '../contract/adapter.js';
import { randomId } from '../random-id.js';
import { PorticoError, isPorticoError } from '../errors.js';
import { createDraftBook, type DraftBook, type Outbox, type OutboxItem, type OutboxSendOptions, type OutboxWrite } from './drafts.js';
import { logError } from '../logger.js';
import { matchesKey, serializeKey, type KeyFilter, type ResourceKey } from './key.js';

export type ResourceStatus = 'idle' | 'loading' | 'success' | 'error';

/**
 * One resource as views see it. `data` survives a refetch and a failed refetch (stale while
 * revalidate), so `status: 'loading'` with `data` means "showing cached data, refreshing".
 */
export interface ResourceState<T> {
  readonly status: ResourceStatus;
  readonly data: T | undefined;
  readonly error: PorticoError | undefined;
  /** When `data` was last written (ms since the epoch); 0 when there is none yet. */
  readonly updatedAt: number;
}

/** Loads a resource. Pass `signal` on to the adapter so a superseded request is cancelled. */
export type Fetcher<T> = (adapter: PortalAdapter, signal: AbortSignal) => Promise<T>;

export type ResourceListener<T> = (state: ResourceState<T>) => void;

export interface QueryOptions {
  /** How long fetched data counts as fresh (no refetch when a view asks again); ms. */
  staleTime?: number;
}

/** Handed to a mutation's operation; pass `idempotencyKey` to the adapter call. */
export interface MutationContext {
  idempotencyKey: string;
}

export interface OptimisticUpdate<T> {
  /** The cached resource to change at once; nothing happens if it holds no data yet. */
  key: ResourceKey;
  /** Returns the new data; must not modify `data` in place (the old value is the rollback). */
  update: (data: T) => T;
}

export interface MutateOptions<R, T> {
  /** Keys to refetch after the write succeeds (see `KeyFilter`); the optimistic key is added. */
  invalidates?: readonly KeyFilter[];
  /** Applied before the call and rolled back if the call fails. */
  optimistic?: OptimisticUpdate<T>;
  /** Reuse the key of an earlier attempt of the same user action so a retry is stored once. */
  idempotencyKey?: string;
  /** Runs after success and before invalidation, e.g. to write the answer with `setData`. */
  onSuccess?: (result: R, store: PorticoStore) => void;
}

export interface StoreOptions {
  /** Default freshness of fetched data, ms. Default 30 s. */
  staleTime?: number;
  /** How long a resource nobody watches stays cached, ms. Default 5 min. */
  gcTime?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export interface PorticoStore {
  readonly adapter: PortalAdapter;
  /**
   * What the person is writing, by client and what is written (in memory only). Views keep
   * their drafts here so they survive leaving the view; `clear()` forgets them.
   */
  readonly drafts: DraftBook;
  /** Writes kept until the backend has them, retried on reconnect (see {@link Outbox}). */
  readonly outbox: Outbox;
  /** The current state of a key (`idle` when unknown). */
  getState<T>(key: ResourceKey): ResourceState<T>;
  /**
   * Resolves with the resource's data: cached when fresh, the request already in flight when
   * there is one, otherwise a new fetch. Rejects with a `PorticoError`.
   */
  query<T>(key: ResourceKey, fetcher: Fetcher<T>, options?: QueryOptions): Promise<T>;
  /**
   * Subscribes to a key and makes sure it is loaded (fetching when missing, stale or
   * invalidated). Returns the unsubscribe function. What a resource controller uses.
   */
  watch<T>(key: ResourceKey, fetcher: Fetcher<T>, listener: ResourceListener<T>, options?: QueryOptions): () => void;
  /** Listens to a key's state changes without loading it. Returns the unsubscribe function. */
  subscribe<T>(key: ResourceKey, listener: ResourceListener<T>): () => void;
  /** Fetches a known key again, keeping its data visible meanwhile. Never rejects. */
  revalidate(key: ResourceKey): Promise<void>;
  /** Marks matching keys stale; the watched ones are fetched again at once. */
  invalidate(...filters: readonly KeyFilter[]): void;
  /** Writes data into the cache, e.g. a write's answer. */
  setData<T>(key: ResourceKey, update: (data: T | undefined) => T): void;
  /**
   * Runs a write through the adapter, with an idempotency key, an optional optimistic change
   * (rolled back on failure) and invalidation of related keys on success.
   */
  mutate<R, T = unknown>(
    operation: (adapter: PortalAdapter, context: MutationContext) => Promise<R>,
    options?: MutateOptions<R, T>,
  ): Promise<R>;
  /**
   * Forgets every cached resource, draft and queued write (sign-out); watched resources are
   * fetched again. Also runs every `onClear` listener, so in-memory state kept beside the cache
   * elsewhere goes too.
   */
  clear(): void;
  /**
   * Registers something that keeps client data beside the cache (a drafts store, an outbox):
   * `listener` runs on every `clear()`, i.e. on sign-out, and must forget that data. Session
   * expiry does not clear. Returns the unregister function.
   */
  onClear(listener: () => void): () => void;
}

const IDLE: ResourceState<never> = Object.freeze({ status: 'idle', data: undefined, error: undefined, updatedAt: 0 });

interface InFlight {
  generation: number;
  controller: AbortController;
  promise: Promise<unknown>;
}

interface Entry {
  readonly key: ResourceKey;
  readonly id: string;
  state: ResourceState<unknown>;
  fetcher: Fetcher<unknown> | undefined;
  staleTime: number | undefined;
  inFlight: InFlight | undefined;
  generation: number;
  invalidated: boolean;
  readonly listeners: Set<ResourceListener<unknown>>;
  gcTimer: ReturnType<typeof setTimeout> | undefined;
}

/** Creates the store for one adapter (one per portal or provider). */
export function createStore(adapter: PortalAdapter, options: StoreOptions = {}): PorticoStore {
  const defaultStaleTime = options.staleTime ?? 30_000;
  const gcTime = options.gcTime ?? 300_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();

  function entryFor(key: ResourceKey): Entry {
    const id = serializeKey(key);
    let entry = entries.get(id);
    if (!entry) {
      entry = {
        key, id, state: IDLE, fetcher: undefined, staleTime: undefined, inFlight: undefined,
        generation: 0, invalidated: false, listeners: new Set(), gcTimer: undefined,
      };
      entries.set(id, entry);
      scheduleGc(entry);
    }
    return entry;
  }

  function setState(entry: Entry, state: ResourceState<unknown>): void {
    entry.state = state;
    for (const listener of [...entry.listeners]) listener(state);
  }

  function scheduleGc(entry: Entry): void {
    if (entry.gcTimer !== undefined) clearTimeout(entry.gcTimer);
    entry.gcTimer = undefined;
    if (entry.listeners.size > 0) return;
    const timer = setTimeout(() => {
      entry.gcTimer = undefined;
      if (entry.listeners.size > 0) return;
      if (entry.inFlight) return scheduleGc(entry);
      if (entries.get(entry.id) === entry) entries.delete(entry.id);
    }, gcTime);
    // In Node (server-rendered hosts) a cache timer must not keep the process alive.
    (timer as { unref?: () => void }).unref?.();
    entry.gcTimer = timer;
  }

  function isFresh(entry: Entry): boolean {
    const { status, updatedAt } = entry.state;
    if (entry.invalidated || status === 'idle' || status === 'error') return false;
    return now() - updatedAt <= (entry.staleTime ?? defaultStaleTime);
  }

  function cancel(entry: Entry): boolean {
    const inFlight = entry.inFlight;
    if (!inFlight) return false;
    entry.inFlight = undefined;
    entry.generation++;
    inFlight.controller.abort();
    return true;
  }

  function start(entry: Entry): Promise<unknown> {
    if (entry.inFlight) return entry.inFlight.promise;
    const fetcher = entry.fetcher;
    if (!fetcher) return Promise.resolve(entry.state.data);
    const generation = ++entry.generation;
    const controller = new AbortController();
    entry.invalidated = false;
    const current = (): boolean => entry.generation === generation && entries.get(entry.id) === entry;
    // A superseded request answers with whatever replaced it, so every waiter sees fresh data.
    const superseded = (): Promise<unknown> =>
      entry.inFlight ? entry.inFlight.promise : Promise.reject(new PorticoError({ kind: 'aborted', operation: entry.key[0] }));
    const promise = (async () => {
      let data: unknown;
      try {
        // Called a microtask later so `inFlight` is recorded even if the fetcher throws at once.
        data = await Promise.resolve().then(() => fetcher(adapter, controller.signal));
      } catch (cause) {
        if (!current()) return superseded();
        const error = toPorticoError(cause, entry.key[0]);
        entry.inFlight = undefined;
        setState(entry, { ...entry.state, status: 'error', error });
        throw error;
      }
      if (!current()) return superseded();
      entry.inFlight = undefined;
      setState(entry, { status: 'success', data, error: undefined, updatedAt: now() });
      return data;
    })();
    entry.inFlight = { generation, controller, promise };
    setState(entry, { ...entry.state, status: 'loading', error: undefined });
    return promise;
  }

  /** Starts a fetch whose failure is reported through state, not as an unhandled rejection. */
  function startQuietly(entry: Entry): Promise<void> {
    return start(entry).then(
      () => undefined,
      () => undefined,
    );
  }

  function prepare<T>(key: ResourceKey, fetcher: Fetcher<T>, options: QueryOptions | undefined): Entry {
    const entry = entryFor(key);
    entry.fetcher = fetcher as Fetcher<unknown>;
    if (options?.staleTime !== undefined) entry.staleTime = options.staleTime;
    return entry;
  }

  function invalidate(...filters: readonly KeyFilter[]): void {
    for (const entry of [...entries.values()]) {
      if (!filters.some((filter) => matchesKey(filter, entry.key))) continue;
      entry.invalidated = true;
      // A response already on its way may predate the write, so it is dropped and asked again.
      const wasInFlight = cancel(entry);
      if (wasInFlight || entry.listeners.size > 0) void startQuietly(entry);
    }
  }

  const drafts = createDraftBook();
  /** The attempt function and options of each queued write, by serialised key. */
  const queued = new Map<string, { write: OutboxWrite<unknown, unknown>; options: OutboxSendOptions<unknown> }>();
  const retryable = (error: PorticoError): boolean => error.kind === 'network' || error.kind === 'server';

  async function attempt<R>(key: ResourceKey): Promise<R> {
    const id = serializeKey(key);
    const job = queued.get(id);
    const item = drafts.get<OutboxItem>(key);
    if (!job || !item) throw new PorticoError({ kind: 'not-found', operation: key[0] });
    drafts.set<OutboxItem>(key, { ...item, status: 'sending', error: undefined });
    try {
      return (await store.mutate((a, context) => job.write(a, context, item.payload), {
        idempotencyKey: item.idempotencyKey,
        ...(job.options.invalidates ? { invalidates: job.options.invalidates } : {}),
        onSuccess: (result) => {
          // Forgotten meanwhile (sign-out): nothing to update.
          if (queued.get(id) !== job) return;
          queued.delete(id);
          drafts.delete(key);
          job.options.onSent?.(result);
        },
      })) as R;
    } catch (cause) {
      const error = toPorticoError(cause, key[0]);
      if (queued.get(id) !== job) throw error;
      if ((job.options.keep ?? retryable)(error)) {
        drafts.set<OutboxItem>(key, { ...item, status: error.kind === 'network' ? 'waiting' : 'failed', error });
      } else {
        queued.delete(id);
        drafts.delete(key);
      }
      throw error;
    }
  }

  const outbox: Outbox = {
    send<R, P>(key: ResourceKey, payload: P, write: OutboxWrite<R, P>, options: OutboxSendOptions<R> = {}): Promise<R> {
      const item: OutboxItem<P> = { key, payload, idempotencyKey: options.idempotencyKey ?? randomId(), status: 'sending', error: undefined };
      queued.set(serializeKey(key), { write: write as OutboxWrite<unknown, unknown>, options: options as OutboxSendOptions<unknown> });
      drafts.set(key, item);
      return attempt<R>(key);
    },
    items<P>(filter: KeyFilter): OutboxItem<P>[] {
      return drafts.entries<OutboxItem<P>>(filter).filter((e) => queued.has(serializeKey(e.key))).map((e) => e.value);
    },
    retry<R>(key: ResourceKey): Promise<R> {
      const item = drafts.get<OutboxItem>(key);
      if (item?.status === 'sending') return Promise.reject(new PorticoError({ kind: 'conflict', operation: key[0] }));
      return attempt<R>(key);
    },
    async retryWaiting(): Promise<void> {
      const waiting = outbox.items('').filter((i) => i.status === 'waiting');
      await Promise.all(waiting.map((i) => attempt(i.key).catch(() => undefined)));
    },
    discard(key: ResourceKey): void {
      queued.delete(serializeKey(key));
      drafts.delete(key);
    },
  };


  const clearListeners = new Set<() => void>();
  const store: PorticoStore = {
    adapter,
    drafts,
    outbox,

    getState<T>(key: ResourceKey): ResourceState<T> {
      return (entries.get(serializeKey(key))?.state ?? IDLE) as ResourceState<T>;
    },

    query<T>(key: ResourceKey, fetcher: Fetcher<T>, options?: QueryOptions): Promise<T> {
      const entry = prepare(key, fetcher, options);
      if (!entry.inFlight && isFresh(entry)) return Promise.resolve(entry.state.data as T);
      return start(entry) as Promise<T>;
    },

    watch<T>(key: ResourceKey, fetcher: Fetcher<T>, listener: ResourceListener<T>, options?: QueryOptions): () => void {
      const entry = prepare(key, fetcher, options);
      const unsubscribe = store.subscribe(key, listener);
      if (!entry.inFlight && !isFresh(entry)) void startQuietly(entry);
      return unsubscribe;
    },

    subscribe<T>(key: ResourceKey, listener: ResourceListener<T>): () => void {
      const entry = entryFor(key);
      const l = listener as ResourceListener<unknown>;
      entry.listeners.add(l);
      scheduleGc(entry);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        entry.listeners.delete(l);
        scheduleGc(entry);
      };
    },

    revalidate(key: ResourceKey): Promise<void> {
      const entry = entries.get(serializeKey(key));
      if (!entry?.fetcher) return Promise.resolve();
      return startQuietly(entry);
    },

    invalidate,

    setData<T>(key: ResourceKey, update: (data: T | undefined) => T): void {
      const entry = entryFor(key);
      const data = update(entry.state.data as T | undefined);
      setState(entry, { status: entry.inFlight ? 'loading' : 'success', data, error: undefined, updatedAt: now() });
    },

    async mutate<R, T = unknown>(
      operation: (adapter: PortalAdapter, context: MutationContext) => Promise<R>,
      options: MutateOptions<R, T> = {},
    ): Promise<R> {
      const idempotencyKey = options.idempotencyKey ?? randomId();
      let rollback: (() => void) | undefined;
      const optimistic = options.optimistic;
      if (optimistic) {
        const entry = entryFor(optimistic.key);
        const before = entry.state;
        if (before.data !== undefined) {
          // A read in flight would overwrite the optimistic data with the pre-write answer.
          const cancelled = cancel(entry);
          setState(entry, { ...before, status: 'success', data: optimistic.update(before.data as T), updatedAt: now() });
          rollback = () => {
            setState(entry, { ...before, status: before.status === 'loading' ? 'success' : before.status });
            if (cancelled) invalidate(entry.key);
          };
        }
      }
      let result: R;
      try {
        result = await operation(adapter, { idempotencyKey });
      } catch (cause) {
        rollback?.();
        throw toPorticoError(cause, 'mutation');
      }
      options.onSuccess?.(result, store);
      const filters = [...(options.invalidates ?? []), ...(optimistic ? [optimistic.key] : [])];
      if (filters.length > 0) invalidate(...filters);
      return result;
    },

    onClear(listener: () => void): () => void {
      clearListeners.add(listener);
      return () => clearListeners.delete(listener);
    },

    clear(): void {
      queued.clear();
      drafts.clear();
      for (const listener of [...clearListeners]) {
        try {
          listener();
        } catch (error) {
          logError(`a store clear listener failed: ${(error as Error)?.name ?? 'error'}.`);
        }
      }
      for (const entry of [...entries.values()]) {
        cancel(entry);
        if (entry.gcTimer !== undefined) clearTimeout(entry.gcTimer);
        entries.delete(entry.id);
        if (entry.listeners.size === 0) continue;
        // Keep watchers attached: move them to a fresh entry and load it again.
        const fresh = entryFor(entry.key);
        fresh.fetcher = entry.fetcher;
        fresh.staleTime = entry.staleTime;
        for (const listener of entry.listeners) fresh.listeners.add(listener);
        scheduleGc(fresh);
        setState(fresh, IDLE);
        void startQuietly(fresh);
      }
    },
  };
  return store;
}

/** Anything a fetcher or write throws, as the `PorticoError` views know how to show. */
export function toPorticoError(error: unknown, operation: string): PorticoError {
  if (isPorticoError(error)) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'AbortError') return new PorticoError({ kind: 'aborted', operation, cause: error });
  return new PorticoError({ kind: 'server', operation, cause: error });
}
