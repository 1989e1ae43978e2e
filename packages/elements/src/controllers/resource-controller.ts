import { ContextConsumer } from '@lit/context';
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { serializeKey, type PortalAdapter, type PorticoError, type PorticoStore, type ResourceState } from '@portico/core';
import { storeContext } from '../context.js';
import { storeFor } from '../store.js';
import '../ui/state-empty.js';
import '../ui/state-error.js';
import '../ui/state-loading.js';

/** Parameters of a resource key: plain, serialisable values (ids, filters, cursors). */
export type ResourceParams = Readonly<Record<string, unknown>>;

export interface ResourceOptions<T, P extends ResourceParams> {
  /**
   * The resource's key, re-read on every host update; a new key (the guardian switched
   * client) subscribes to that resource. Return `undefined`, `null` or `false` while an input
   * is missing (no session yet): the controller stays in its loading state.
   */
  key: () => readonly [name: string, params: P] | null | undefined | false;
  /**
   * Loads the resource with the params of its key. Read inputs from `params`, not from the
   * host: the store may refetch this key later (after a write) when the host shows another.
   */
  fetch: (adapter: PortalAdapter, params: P, signal: AbortSignal) => Promise<T>;
  /** Whether loaded data counts as empty. Default: an empty array or an empty `{ items }` page. */
  isEmpty?: (data: T) => boolean;
  /** How long fetched data is fresh, ms (the store's default otherwise). */
  staleTime?: number;
  /** Used when no store is provided by context: a standalone view's own `adapter` property. */
  adapter?: () => PortalAdapter | undefined;
}

export interface ResourceRenderers<T> {
  /** Default: `<portico-state-loading>`. Also used before the key is known. */
  loading?: () => unknown;
  /** Default: `<portico-state-empty>` with a generic heading; views should say what to do next. */
  empty?: () => unknown;
  /** Default: `<portico-state-error>` whose Retry calls `retry()`. */
  error?: (error: PorticoError) => unknown;
  content: (data: T) => unknown;
}

type Host = ReactiveControllerHost & HTMLElement;

const IDLE: ResourceState<never> = { status: 'idle', data: undefined, error: undefined, updatedAt: 0 };

function defaultIsEmpty(data: unknown): boolean {
  if (Array.isArray(data)) return data.length === 0;
  const items = (data as { items?: unknown } | null)?.items;
  return Array.isArray(items) && items.length === 0;
}

/**
 * A view's declaration of one resource it shows (the view never calls the adapter itself):
 *
 * ```ts
 * private team = new ResourceController(this, {
 *   key: () => this.session && ['team.list', { clientId: this.session.clientId }],
 *   fetch: (adapter, { clientId }, signal) => adapter.team.list({ clientId }, { signal }),
 * });
 * render() {
 *   return this.team.render({ content: (members) => html`…` });
 * }
 * ```
 * The store comes from context (`<portico-provider>` / `<portico-portal>`) or, failing that,
 * from the `adapter` option. Cached data stays visible while it is refreshed.
 */
export class ResourceController<T, P extends ResourceParams = ResourceParams> implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof storeContext, Host>;
  private currentStore: PorticoStore | undefined;
  private keyId: string | undefined;
  private key: readonly [string, P] | undefined;
  private unsubscribe: (() => void) | undefined;
  private current: ResourceState<T> = IDLE;

  constructor(
    private readonly host: Host,
    private readonly options: ResourceOptions<T, P>,
  ) {
    this.consumer = new ContextConsumer(host, {
      context: storeContext,
      subscribe: true,
      callback: () => host.requestUpdate(),
    });
    host.addController(this);
  }

  /** The store in use (for `mutate`), once known. */
  get store(): PorticoStore | undefined {
    return this.currentStore;
  }

  get state(): ResourceState<T> {
    return this.current;
  }

  get status(): ResourceState<T>['status'] {
    return this.current.status;
  }

  get data(): T | undefined {
    return this.current.data;
  }

  get error(): PorticoError | undefined {
    return this.current.error;
  }

  /** True while nothing can be shown yet (no data, no error). */
  get pending(): boolean {
    return this.current.data === undefined && this.current.status !== 'error';
  }

  /**
   * Puts `data` in the store as this resource's current value without fetching it again: for a
   * write whose answer is the new value (a saved layout), in `mutate`'s `onSuccess`.
   */
  setData(data: T): void {
    if (this.currentStore && this.key) this.currentStore.setData<T>(this.key, () => data);
  }

  /** Fetches the resource again (cached data stays visible meanwhile). */
  retry(): Promise<void> {
    if (!this.currentStore || !this.key) return Promise.resolve();
    return this.currentStore.revalidate(this.key);
  }

  hostConnected(): void {
    // Subscribing happens in hostUpdate, which reads the key with the host's current state.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.release();
  }

  hostUpdate(): void {
    const adapter = this.options.adapter?.();
    const store = this.consumer.value ?? (adapter ? storeFor(adapter) : undefined);
    const key = store ? this.options.key() || undefined : undefined;
    const keyId = key ? serializeKey(key) : undefined;
    if (store === this.currentStore && keyId === this.keyId && (this.unsubscribe || !key)) return;
    this.release();
    this.currentStore = store;
    this.keyId = keyId;
    this.key = key;
    if (!store || !key) return;
    const params = key[1];
    const fetch = this.options.fetch;
    this.unsubscribe = store.watch<T>(
      key,
      (a, signal) => fetch(a, params, signal),
      (state) => {
        this.current = state;
        this.host.requestUpdate();
      },
      this.options.staleTime === undefined ? undefined : { staleTime: this.options.staleTime },
    );
    this.current = store.getState<T>(key);
  }

  /**
   * The four honest states: loading (also before the key is known), error (with Retry),
   * empty, and content. Data already loaded stays on screen while it is refreshed, and
   * when a refresh fails (`error` then says so, for views that want a notice).
   */
  render(renderers: ResourceRenderers<T>): unknown {
    const { data, error, status } = this.current;
    if (data !== undefined) {
      const empty = (this.options.isEmpty ?? defaultIsEmpty)(data);
      if (!empty) return renderers.content(data);
      return renderers.empty ? renderers.empty() : html`<portico-state-empty></portico-state-empty>`;
    }
    if (status === 'error' && error) {
      return renderers.error
        ? renderers.error(error)
        : html`<portico-state-error .error=${error} @portico-retry=${this.onRetry}></portico-state-error>`;
    }
    return renderers.loading ? renderers.loading() : html`<portico-state-loading></portico-state-loading>`;
  }

  private readonly onRetry = (): void => {
    void this.retry();
  };

  private release(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.currentStore = undefined;
    this.keyId = undefined;
    this.key = undefined;
    this.current = IDLE;
  }
}
