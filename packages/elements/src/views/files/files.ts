import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { can, type FileKind, type PortalFile } from '@portico/core';
import { configContext, sessionContext, type PorticoConfig, type PorticoSessionState } from '../../context.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { define } from '../../define.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import type { DocumentLoader } from '../../ui/documents.js';
import { renderFileList } from './file-list.js';
import './file-preview.js';
import type { PorticoFilesPreview } from './file-preview.js';
import './file-share.js';
import type { PorticoFilesShare } from './file-share.js';
import './file-upload.js';
import { filesStyles } from './files.styles.js';
import { FILE_KINDS, FILE_SORTS, formatContext, kindLabel, sortFiles, sortLabel, type FileSort } from './shared.js';

interface Page {
  items: PortalFile[];
  nextCursor: string | null;
}
type ListParams = { clientId: string; kind: FileKind | undefined; sort: FileSort; limit: number };
const SEARCH_DELAY = 300;

/**
 * @tagname portico-files
 * @summary Everything the practice shares with the client (FILE-1): session notes, forms,
 * reports, insurance authorisations, videos, photos, invoices — filtered by kind, sorted,
 * searched, previewed inline (images, PDF, video) and downloaded. Uploads by drag and drop or
 * picker, and sharing a file with chosen team members (FILE-2), when the session may upload.
 *
 * Set `item` to a file id to open its preview (the portal does this from the URL).
 *
 * @csspart heading - The view's heading.
 * @csspart list - The list of files.
 * @csspart file - One file's row.
 * @csspart kind - A file's kind label.
 * @csspart name - A file's name.
 * @csspart actions - A file's Preview / Download / Share actions.
 *
 * @cssprop --portico-color-surface - Row background.
 * @cssprop --portico-color-border - Row border.
 * @cssprop --portico-radius-lg - Row and drop-zone corner radius.
 *
 * @fires portico-open-requested - A preview was opened or closed: `detail: { view: 'files', item }` (the file id, or undefined on close), so the URL follows.
 * @fires portico-file-uploaded - A file was uploaded. `detail: { fileId, kind }`.
 * @fires portico-file-shared - A file's sharing was saved. `detail: { fileId, memberIds }`.
 */
@localized()
export class PorticoFiles extends LitElement {
  static override styles = [baseStyles, buttonStyles, filesStyles];

  /** A file id whose preview to open (opaque; set by the portal from the URL). */
  @property() item: string | undefined;

  /** How many files to load per page ("Load more" loads the next page). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 15;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: PorticoSessionState | undefined;

  @consume({ context: configContext, subscribe: true })
  @state()
  private config: PorticoConfig | undefined;

  @state() private kind: FileKind | '' = '';
  @state() private sort: FileSort = 'newest';
  @state() private searchText = '';
  @state() private query = '';
  @state() private morePages: Page[] = [];
  @state() private moreStatus: 'idle' | 'loading' | 'error' = 'idle';

  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private listSignature = '';
  private firstPageAt = 0;
  /** The item whose preview was already opened, so closing it does not open it again. */
  private openedItem: string | undefined;

  private readonly list = new ResourceController<Page, ListParams>(this, {
    key: () => this.session && ['files.list', { clientId: this.session.clientId, kind: this.kind || undefined, sort: this.sort, limit: this.pageSize }],
    fetch: (adapter, { clientId, kind, sort, limit }, signal) => adapter.files.list({ clientId, sort, limit, ...(kind ? { kind } : {}) }, { signal }),
  });

  private readonly search = new ResourceController<PortalFile[], { clientId: string; q: string; kind: FileKind | undefined }>(this, {
    key: () => !!this.query && this.session && ['files.search', { clientId: this.session.clientId, q: this.query, kind: this.kind || undefined }],
    // The query travels in the request body, never in the URL (SEC-2).
    fetch: (adapter, { clientId, q, kind }, signal) => adapter.files.search({ clientId, body: { q, ...(kind ? { kind } : {}) } }, { signal }),
  });

  private readonly linked = new ResourceController<PortalFile, { clientId: string; fileId: string }>(this, {
    key: () => !!this.item && this.session && ['files.get', { clientId: this.session.clientId, fileId: this.item }],
    fetch: (adapter, { clientId, fileId }, signal) => adapter.files.get({ clientId, fileId }, { signal }),
    isEmpty: () => false,
  });

  /** Moves focus to the view's heading (the portal calls this after navigation). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const s = this.session;
    const signature = JSON.stringify([s?.clientId, this.kind, this.sort, this.pageSize]);
    if (signature !== this.listSignature) {
      this.listSignature = signature;
      this.morePages = [];
      this.moreStatus = 'idle';
    }
    if (changed.has('item') && this.item !== this.openedItem) {
      // The location moved off the open file (browser Back, a link): the preview follows it.
      const open = this.previewElement?.current;
      if (open && open.id !== this.item) this.previewElement?.close();
      this.openedItem = undefined;
    }
  }

  protected override updated(): void {
    // The first page was fetched again (after an upload or a share): reload the pages shown below it.
    const at = this.list.state.updatedAt;
    if (at !== this.firstPageAt) {
      const refreshed = this.firstPageAt !== 0;
      this.firstPageAt = at;
      if (refreshed && this.morePages.length > 0) void this.reloadMore(this.morePages.length);
    }
    const linked = this.linked.data;
    if (this.item && linked?.id === this.item && this.openedItem !== this.item) {
      this.openedItem = this.item;
      const opener = this.renderRoot.querySelector<HTMLElement>(`li[data-file-id="${CSS.escape(linked.id)}"] [data-action]`) ?? undefined;
      void this.previewElement?.show(linked, opener);
    }
  }

  /** Fetches a file's bytes through the adapter (with the bearer token), for download and preview. */
  private readonly loaderFor = (file: PortalFile): DocumentLoader => (signal) => {
    const store = this.list.store;
    const clientId = this.session?.clientId;
    if (!store || !clientId) return Promise.reject(new Error('No store'));
    return store.adapter.files.download({ clientId, fileId: file.id }, { signal });
  };

  private get previewElement(): PorticoFilesPreview | null {
    return this.renderRoot.querySelector('portico-files-preview');
  }

  override render() {
    const session = this.session;
    const mayUpload = !!session && can(session.session, session.clientId, 'files.upload');
    return html`
      <h2 part="heading" tabindex="-1">${msg('Files')}</h2>
      <p class="intro">${msg('Documents, photos and videos shared between you and the practice.')}</p>
      ${this.item && this.linked.status === 'error'
        ? html`<p class="alert" role="alert">${msg('The file you followed a link to could not be opened.')} ${describeError(this.linked.error).heading}.</p>`
        : nothing}
      ${mayUpload
        ? html`<section class="upload" aria-labelledby="upload-heading">
            <h3 id="upload-heading">${msg('Upload files')}</h3>
            <portico-files-upload .store=${this.list.store}></portico-files-upload>
          </section>`
        : nothing}
      <section aria-labelledby="list-heading">
        <h3 id="list-heading" class="visually-hidden">${msg('Shared files')}</h3>
        ${this.renderToolbar()}
        ${this.query ? this.renderSearchResults(mayUpload) : this.renderList(mayUpload)}
      </section>
      <portico-files-preview .onClosed=${this.onPreviewClosed} .loaderFor=${this.loaderFor}></portico-files-preview>
      ${mayUpload ? html`<portico-files-share></portico-files-share>` : nothing}
    `;
  }

  private renderToolbar() {
    return html`<div class="toolbar">
      <div class="field">
        <label for="files-kind">${msg('Kind')}</label>
        <select id="files-kind" .value=${this.kind} @change=${(e: Event) => (this.kind = (e.target as HTMLSelectElement).value as FileKind | '')}>
          <option value="" ?selected=${this.kind === ''}>${msg('All kinds')}</option>
          ${FILE_KINDS.map((k) => html`<option value=${k} ?selected=${this.kind === k}>${kindLabel(k)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="files-sort">${msg('Sort by')}</label>
        <select id="files-sort" .value=${this.sort} @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as FileSort)}>
          ${FILE_SORTS.map((s) => html`<option value=${s} ?selected=${this.sort === s}>${sortLabel(s)}</option>`)}
        </select>
      </div>
      <form class="field" role="search" @submit=${this.onSearchSubmit}>
        <label for="files-search">${msg('Search files')}</label>
        <div class="search">
          <input id="files-search" type="search" maxlength="200" autocomplete="off" .value=${this.searchText} @input=${this.onSearchInput} />
          ${this.searchText
            ? html`<button class="button" type="button" data-action="clear-search" aria-label=${msg('Clear search')} @click=${this.clearSearch}>${msg('Clear')}</button>`
            : nothing}
        </div>
      </form>
    </div>`;
  }

  private renderList(mayUpload: boolean) {
    return this.list.render({
      loading: () => html`<portico-state-loading rows="5" label=${msg('Loading files')}></portico-state-loading>`,
      empty: () => this.renderEmpty(mayUpload),
      content: (first) => {
        const files = dedupe([first, ...this.morePages].flatMap((p) => p.items));
        const next = (this.morePages.at(-1) ?? first).nextCursor;
        return html`<p class="summary" role="status">${msg(str`Showing ${files.length} files`)}</p>
          ${this.renderFiles(files, mayUpload)}
          ${next || this.moreStatus === 'error' ? this.renderMore() : nothing}`;
      },
    });
  }

  private renderSearchResults(mayUpload: boolean) {
    return this.search.render({
      loading: () => html`<portico-state-loading rows="3" label=${msg('Searching files')}></portico-state-loading>`,
      empty: () => this.renderEmpty(mayUpload),
      content: (found) => html`<p class="summary" role="status">
          ${found.length === 1 ? msg(str`1 file matches “${this.query}”`) : msg(str`${found.length} files match “${this.query}”`)}
        </p>
        ${this.renderFiles(sortFiles(found, this.sort), mayUpload)}`,
    });
  }

  private renderFiles(files: PortalFile[], mayUpload: boolean) {
    return renderFileList(files, {
      ctx: formatContext(this.config),
      userId: this.session?.user.id,
      mayShare: mayUpload,
      onPreview: (file, opener) => this.openPreview(file, opener),
      download: this.loaderFor,
      onShare: (file, opener) => void this.renderRoot.querySelector<PorticoFilesShare>('portico-files-share')?.show(file, opener),
    });
  }

  private renderEmpty(mayUpload: boolean) {
    if (this.kind || this.query) {
      return html`<portico-state-empty heading=${msg('No files match')} description=${msg('Try another search or kind of file, or clear the filters to see every file.')}>
        <button slot="action" class="button" type="button" @click=${this.clearFilters}>${msg('Clear filters')}</button>
      </portico-state-empty>`;
    }
    return html`<portico-state-empty
      heading=${msg('No files yet')}
      description=${mayUpload
        ? msg('Files the practice shares with you will appear here. You can also upload a file above.')
        : msg('Files the practice shares with you will appear here.')}
    ></portico-state-empty>`;
  }

  private renderMore() {
    const busy = this.moreStatus === 'loading';
    return html`<div class="more">
      ${this.moreStatus === 'error' ? html`<p class="field-error" role="alert">${msg('More files could not be loaded.')}</p>` : nothing}
      <button class="button" type="button" data-action="load-more" aria-busy=${busy ? 'true' : 'false'} aria-disabled=${busy ? 'true' : 'false'} @click=${() => void this.loadMore()}>
        ${this.moreStatus === 'error' ? msg('Try again') : busy ? msg('Loading…') : msg('Load more files')}
      </button>
    </div>`;
  }

  private pageKey(cursor: string) {
    const s = this.session!;
    return ['files.list', { clientId: s.clientId, kind: this.kind || undefined, sort: this.sort, limit: this.pageSize, cursor }] as const;
  }

  private fetchPage(cursor: string): Promise<Page> {
    const store = this.list.store;
    if (!store || !this.session) return Promise.reject(new Error('No store'));
    const key = this.pageKey(cursor);
    const { clientId, kind, sort, limit } = key[1];
    return store.query<Page>(key, (adapter, signal) => adapter.files.list({ clientId, sort, limit, cursor, ...(kind ? { kind } : {}) }, { signal }));
  }

  private async loadMore(): Promise<void> {
    const first = this.list.data;
    if (!first || this.moreStatus === 'loading') return;
    const cursor = (this.morePages.at(-1) ?? first).nextCursor;
    if (!cursor) return;
    const signature = this.listSignature;
    const shown = dedupe([first, ...this.morePages].flatMap((p) => p.items)).length;
    this.moreStatus = 'loading';
    try {
      const page = await this.fetchPage(cursor);
      if (signature !== this.listSignature) return;
      this.morePages = [...this.morePages, page];
      this.moreStatus = 'idle';
      await this.updateComplete;
      // Focus the first new file's first action, so keyboard users carry on where the new files start.
      const rows = this.renderRoot.querySelectorAll<HTMLElement>('li.file');
      rows[shown]?.querySelector<HTMLElement>('.actions > *')?.focus();
    } catch {
      if (signature === this.listSignature) this.moreStatus = 'error';
    }
  }

  /** Walks the cursor chain again from the refreshed first page, as deep as was shown. */
  private async reloadMore(count: number): Promise<void> {
    const signature = this.listSignature;
    const pages: Page[] = [];
    let cursor = this.list.data?.nextCursor ?? null;
    try {
      while (cursor && pages.length < count) {
        const page: Page = await this.fetchPage(cursor);
        pages.push(page);
        cursor = page.nextCursor;
      }
      if (signature === this.listSignature) this.morePages = pages;
    } catch {
      if (signature === this.listSignature) this.moreStatus = 'error';
    }
  }

  private openPreview(file: PortalFile, opener: HTMLElement): void {
    this.openedItem = file.id;
    void this.previewElement?.show(file, opener);
    emit(this, 'portico-open-requested', { view: 'files', item: file.id });
  }

  private readonly onPreviewClosed = (file: PortalFile): void => {
    const active = this.shadowRoot?.activeElement;
    if (!active || active === this.previewElement) this.focusHeading();
    if (this.item === file.id) emit(this, 'portico-open-requested', { view: 'files', item: undefined });
  };

  private readonly onSearchInput = (event: Event): void => {
    this.searchText = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => (this.query = this.searchText.trim()), SEARCH_DELAY);
  };

  private readonly onSearchSubmit = (event: Event): void => {
    event.preventDefault();
    clearTimeout(this.searchTimer);
    this.query = this.searchText.trim();
  };

  private readonly clearSearch = (): void => {
    clearTimeout(this.searchTimer);
    this.searchText = '';
    this.query = '';
    this.renderRoot.querySelector<HTMLInputElement>('#files-search')?.focus();
  };

  private readonly clearFilters = (): void => {
    this.kind = '';
    this.clearSearch();
  };
}

function dedupe(files: PortalFile[]): PortalFile[] {
  const seen = new Set<string>();
  return files.filter((f) => !seen.has(f.id) && !!seen.add(f.id));
}

define('portico-files', PorticoFiles);

declare global {
  interface HTMLElementTagNameMap {
    'portico-files': PorticoFiles;
  }
}
