/**
 * The view kit's data declarations, named by route-table operation:
 *
 * ```ts
 * private readonly team = resource(this, 'team.list', () => this.s.clientId && { clientId: this.s.clientId });
 * private readonly sessions = pagedResource(this, 'clinical.listSessions', () => …, { pageSize: 10, item: 'li[part="session"]' });
 * await mutate(store, 'tasks.complete', { clientId, taskId }, { invalidates: ['dashboard'] });
 * ```
 * The operation name is written once: it is the store key's name and picks the adapter call, and
 * the input is the key's params. Inputs, outputs and invalidation targets are typed from the table.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  serializeKey, type CallOptions, type MutateOptions, type PortalAdapter, type PortalOperation, type PorticoError, type PorticoStore, type ResourceKey,
} from '@portico/core';
import { describeError } from '../ui/error-text.js';
import { callOperation, type Invalidation, type OperationInput, type OperationOutput } from './operations.js';
import { ResourceController, type ResourceParams, type ResourceRenderers } from './resource-controller.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The input of a resource: `undefined`, `null` or `false` while something it needs is missing (no session yet). */
export type InputFn<N extends PortalOperation> = () => OperationInput<N> | null | undefined | false | '';

export interface ResourceKitOptions<T> {
  /** Whether loaded data counts as empty. Default: an empty array or an empty `{ items }` page. */
  isEmpty?: (data: T) => boolean;
  /** How long fetched data is fresh, ms (the store's default otherwise). */
  staleTime?: number;
  /** Used when no store is provided by context: a standalone view's own `adapter` property. */
  adapter?: () => PortalAdapter | undefined;
}

/** The store key of operation `name` with `input`: `[name, input]`. */
export function operationKey<N extends PortalOperation>(name: N, input: OperationInput<N>): ResourceKey {
  return [name, input as ResourceParams];
}

/**
 * Operations that take no input (`GET /me/dashboard-layout`): the answer depends only on who is
 * signed in, so `resource()` takes a `scope` in place of an input.
 */
export type InputlessOperation = {
  [N in PortalOperation]: keyof OperationInput<N> extends never ? N : never;
}[PortalOperation];

export interface InputlessOptions<T> extends ResourceKitOptions<T> {
  /**
   * Whom the answer belongs to (`{ userId }`): part of the store key, so one person's cached
   * answer is never shown to another, and never sent. Falsy while it is not known yet (no session).
   */
  scope: () => ResourceParams | null | undefined | false;
}

/**
 * Declares that the host shows what operation `name` returns for `input()`. Returns a
 * `ResourceController` (states, `render()`, `retry()`, `store`).
 *
 * An operation without input takes `{ scope }` (see {@link InputlessOptions}) in place of the
 * input function: `resource(this, 'dashboard.getLayout', { scope: () => user && { userId: user.id } })`.
 * Its store key is `[name, scope]`, so a write invalidates it by name (`invalidates: ['dashboard.getLayout']`).
 */
export function resource<N extends InputlessOperation>(host: Host, name: N, options: InputlessOptions<OperationOutput<N>>): ResourceController<OperationOutput<N>, ResourceParams>;
export function resource<N extends PortalOperation>(host: Host, name: N, input: InputFn<N>, options?: ResourceKitOptions<OperationOutput<N>>): ResourceController<OperationOutput<N>, ResourceParams>;
export function resource<N extends PortalOperation>(
  host: Host,
  name: N,
  input: InputFn<N> | InputlessOptions<OperationOutput<N>>,
  options: ResourceKitOptions<OperationOutput<N>> = {},
): ResourceController<OperationOutput<N>, ResourceParams> {
  if (typeof input !== 'function') {
    const { scope, ...rest } = input;
    return new ResourceController<OperationOutput<N>, ResourceParams>(host, {
      ...rest,
      key: () => {
        const params = scope();
        return params ? [name, params] : undefined;
      },
      fetch: (adapter, _scope, signal) => callOperation(adapter, name, {} as OperationInput<N>, { signal }),
    });
  }
  return new ResourceController<OperationOutput<N>, ResourceParams>(host, {
    ...options,
    key: () => {
      const params = input();
      return params ? [name, params as ResourceParams] : undefined;
    },
    fetch: (adapter, params, signal) => callOperation(adapter, name, params as OperationInput<N>, { signal }),
  });
}

/**
 * Runs the write `name` through the store (idempotency key, optional optimistic change, then
 * invalidation of `invalidates`, typed against the route table). `onUploadProgress` reaches the
 * adapter call of an upload operation.
 */
export function mutate<N extends PortalOperation, T = unknown>(
  store: PorticoStore,
  name: N,
  input: OperationInput<N>,
  options: Omit<MutateOptions<OperationOutput<N>, T>, 'invalidates'> & { invalidates?: readonly Invalidation[]; onUploadProgress?: CallOptions['onUploadProgress'] } = {},
): Promise<OperationOutput<N>> {
  const { onUploadProgress, ...rest } = options;
  return store.mutate<OperationOutput<N>, T>(
    (adapter, { idempotencyKey }) => callOperation(adapter, name, input, { idempotencyKey, ...(onUploadProgress ? { onUploadProgress } : {}) }),
    rest,
  );
}

/** Operations answering one page of a cursor-paginated list (`{ items, nextCursor }`). */
export type PagedOperation = {
  [N in PortalOperation]: OperationOutput<N> extends { items: readonly unknown[]; nextCursor: string | null }
    ? 'cursor' extends keyof OperationInput<N>
      ? N
      : never
    : never;
}[PortalOperation];

type PageOf<N extends PagedOperation> = Extract<OperationOutput<N>, { items: readonly unknown[]; nextCursor: string | null }>;
/** One item of a paged operation's list. */
export type PageItem<N extends PagedOperation> = PageOf<N>['items'][number];

export interface PagedOptions<N extends PagedOperation> extends ResourceKitOptions<PageOf<N>> {
  /** Items per page (a function when the host's own property sets it, e.g. `page-size`). */
  pageSize: number | (() => number);
  /**
   * Selector (in the host's shadow root) of the rendered items, in order: after "show more",
   * focus moves to the first new one, so a keyboard user reads on from there.
   */
  item: string;
}

export interface MoreRenderOptions {
  /** The button's text, e.g. "Show older sessions". */
  label: string;
  /** The button's `part`. Default `more-button`. */
  part?: string;
}

/**
 * A cursor-paginated list with one "show more" behaviour for every view: the first page is a
 * store resource (cached, invalidated like any other); later pages load on demand with the
 * cursor, show progress on the button, report a failure beside it (the button then retries),
 * move focus to the first new item and announce how many were added. Switching client (a new
 * input) starts again from the first page. When the first page is fetched again (a write
 * invalidated it), the pages shown below it are loaded again as deep as they went, so an item
 * pushed from one page to the next does not drop out.
 */
export class PagedResource<N extends PagedOperation> implements ReactiveController {
  /** The first page. */
  readonly first: ResourceController<PageOf<N>, ResourceParams>;
  private more: { keyId: string; items: PageItem<N>[]; nextCursor: string | null; pages: number } | undefined;
  private keyId: string | undefined;
  /** When the first page shown was fetched: a later fetch (a write invalidated it) reloads the pages below it. */
  private firstAt = 0;
  private loading = false;
  private failure: PorticoError | undefined;
  private announcement = '';

  constructor(
    private readonly host: Host,
    private readonly name: N,
    private readonly input: InputFn<N>,
    private readonly options: PagedOptions<N>,
  ) {
    const { pageSize: _pageSize, item: _item, ...rest } = options;
    this.first = resource(host, name, () => this.firstInput(), rest as ResourceKitOptions<OperationOutput<N>>) as unknown as ResourceController<PageOf<N>, ResourceParams>;
    host.addController(this);
  }

  private get pageSize(): number {
    const { pageSize } = this.options;
    return typeof pageSize === 'function' ? pageSize() : pageSize;
  }

  /** The first page's input: the host's input with the page size. */
  private firstInput(): OperationInput<N> | undefined {
    const params = this.input();
    return params ? ({ ...params, limit: this.pageSize } as OperationInput<N>) : undefined;
  }

  hostUpdate(): void {
    const params = this.firstInput();
    const keyId = params ? serializeKey([this.name, params as ResourceParams]) : undefined;
    if (keyId === this.keyId) return;
    this.keyId = keyId;
    this.more = undefined;
    this.failure = undefined;
    this.announcement = '';
  }

  hostUpdated(): void {
    const at = this.first.state.updatedAt;
    if (at === this.firstAt) return;
    const refreshed = this.firstAt !== 0 && !!this.more;
    this.firstAt = at;
    if (refreshed) void this.reloadMore();
  }

  /** Walks the cursor chain again from the refreshed first page, as many pages as were shown. */
  private async reloadMore(): Promise<void> {
    const params = this.input();
    const store = this.first.store;
    const keyId = this.keyId;
    const count = this.more?.pages ?? 0;
    if (!params || !store || !keyId || this.loading) return;
    const items: PageItem<N>[] = [];
    let cursor = this.first.data?.nextCursor ?? null;
    let pages = 0;
    this.loading = true;
    try {
      while (cursor && pages < count) {
        const page = await this.fetchPage(store, params, cursor);
        if (this.keyId !== keyId) return;
        items.push(...(page.items as PageItem<N>[]));
        cursor = page.nextCursor;
        pages += 1;
      }
      this.more = { keyId, items, nextCursor: cursor, pages };
    } catch (error) {
      if (this.keyId === keyId) this.failure = error as PorticoError;
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  }

  /** Every item shown: the first page, then the pages loaded after it (an item never twice). */
  get items(): PageItem<N>[] {
    const first = (this.first.data?.items ?? []) as PageItem<N>[];
    if (!this.more) return first;
    const ids = new Set(first.map(idOf));
    return [...first, ...this.more.items.filter((i) => !ids.has(idOf(i)))];
  }

  /** Whether more items can be loaded. */
  get hasMore(): boolean {
    return !!this.cursor;
  }

  /** True while a further page loads. */
  get loadingMore(): boolean {
    return this.loading;
  }

  /** Why the last "show more" failed, until it is tried again. */
  get moreError(): PorticoError | undefined {
    return this.failure;
  }

  private get cursor(): string | null {
    return this.more ? this.more.nextCursor : (this.first.data?.nextCursor ?? null);
  }

  /** The four states of the first page; `content` gets every item loaded so far. */
  render(renderers: Omit<ResourceRenderers<PageOf<N>>, 'content'> & { content: (items: PageItem<N>[]) => unknown }): unknown {
    return this.first.render({ ...renderers, content: () => renderers.content(this.items) });
  }

  /** The "show more" button (when there is more), its failure, and the announcement of what was added. */
  renderMore({ label, part = 'more-button' }: MoreRenderOptions): unknown {
    const error = this.failure ? describeError(this.failure) : undefined;
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${error ? html`<p class="error more" role="alert">${error.heading}. ${error.description}</p>` : nothing}
      ${this.hasMore
        ? html`<div class="more">
            <button
              class="button"
              part=${part}
              type="button"
              aria-busy=${this.loading ? 'true' : 'false'}
              aria-disabled=${this.loading ? 'true' : 'false'}
              @click=${() => void this.loadMore()}
            >
              ${error ? msg('Try again') : label}
            </button>
          </div>`
        : nothing}`;
  }

  /**
   * Changes the items of the pages loaded after the first (an optimistic write: the first page
   * changes through the store, e.g. `mutate`'s `optimistic`), so an item shown from a later page
   * reflects the write at once.
   */
  updateLoaded(update: (item: PageItem<N>) => PageItem<N>): void {
    if (!this.more) return;
    this.more = { ...this.more, items: this.more.items.map(update) };
    this.host.requestUpdate();
  }

  /** The page after `cursor`, through the store (cached under its own key). */
  private fetchPage(store: PorticoStore, params: OperationInput<N>, cursor: string): Promise<PageOf<N>> {
    const input = { ...params, cursor, limit: this.pageSize } as OperationInput<N>;
    return store.query(operationKey(this.name, input), (adapter, signal) => callOperation(adapter, this.name, input, { signal })) as Promise<PageOf<N>>;
  }

  /** Loads the next page (a no-op while one loads or when there is none). */
  async loadMore(): Promise<void> {
    const params = this.input();
    const store = this.first.store;
    const cursor = this.cursor;
    const keyId = this.keyId;
    if (!params || !store || !cursor || this.loading || !keyId) return;
    const before = this.items.length;
    this.loading = true;
    this.failure = undefined;
    this.announcement = '';
    this.host.requestUpdate();
    try {
      const page = await this.fetchPage(store, params, cursor);
      if (this.keyId !== keyId) return;
      this.more = { keyId, items: [...(this.more?.items ?? []), ...(page.items as PageItem<N>[])], nextCursor: page.nextCursor, pages: (this.more?.pages ?? 0) + 1 };
      const added = this.items.length - before;
      this.announcement = added === 1 ? msg('1 more shown') : msg(str`${added} more shown`);
      this.host.requestUpdate();
      await this.host.updateComplete;
      const first = (this.host.shadowRoot ?? this.host).querySelectorAll<HTMLElement>(this.options.item)[before];
      if (first) {
        if (first.tabIndex < 0 && !first.hasAttribute('tabindex')) first.tabIndex = -1;
        first.focus();
      }
    } catch (error) {
      if (this.keyId === keyId) this.failure = error as PorticoError;
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  }
}

function idOf(item: unknown): unknown {
  return (item as { id?: unknown } | null)?.id ?? item;
}

/** Declares a cursor-paginated list: see {@link PagedResource}. */
export function pagedResource<N extends PagedOperation>(host: Host, name: N, input: InputFn<N>, options: PagedOptions<N>): PagedResource<N> {
  return new PagedResource(host, name, input, options);
}
