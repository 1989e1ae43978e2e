import type { ReactiveControllerHost } from 'lit';

export type CursorPage<T> = { items: T[]; nextCursor: string | null };

/**
 * "Show more" after a first page that a ResourceController loads: the items of the pages
 * fetched since, the next cursor, and the state of the fetch in progress. A new first page
 * (after a payment, another filter or client) starts the list again.
 */
export class MorePages<T> {
  items: T[] = [];
  cursor: string | null | undefined;
  loading = false;
  error: unknown;
  private first: CursorPage<T> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Call from `willUpdate` with the current first page. */
  follow(first: CursorPage<T> | undefined): void {
    if (first === this.first) return;
    this.first = first;
    this.items = [];
    this.cursor = first?.nextCursor;
    this.error = undefined;
  }

  /** Fetches the page after the last one shown and appends it, unless the first page changed meanwhile. */
  async load(fetch: (cursor: string) => Promise<CursorPage<T>>): Promise<void> {
    const cursor = this.cursor;
    const first = this.first;
    if (!cursor || this.loading) return;
    this.loading = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const page = await fetch(cursor);
      if (first !== this.first) return;
      this.items = [...this.items, ...page.items];
      this.cursor = page.nextCursor;
    } catch (error) {
      this.error = error;
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  }
}
