import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FileKind, PortalFile } from '@portico/core';
import { requestOpen } from '../../controllers/intents.js';
import { pagedResource, resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/field.js';
import type { FieldOption, PorticoField } from '../../ui/field.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import type { DocumentLoader } from '../../ui/documents.js';
import { renderFileList } from './file-list.js';
import './files-preview.js';
import type { PorticoFilesPreview } from './files-preview.js';
import './files-share.js';
import type { PorticoFilesShare } from './files-share.js';
import './files-upload.js';
import { filesStyles } from './files.styles.js';
import { FILE_KINDS, FILE_SORTS, kindLabel, sortFiles, sortLabel, type FileSort } from './kinds.js';

const SEARCH_DELAY = 300;

/**
 * @tagname portico-files
 * @summary Everything the practice shares with the client (FILE-1): session notes, forms,
 * reports, insurance authorisations, videos, photos, invoices — filtered by kind, sorted,
 * searched, previewed inline (images, PDF, video) and downloaded. Uploads by drag and drop or
 * picker, and sharing a file with chosen team members (FILE-2), when the session may upload.
 *
 * `item` is the file whose preview is open. In `<portico-portal>` the portal writes it (from the
 * URL, and when the person presses Preview or closes the preview: the view asks with
 * `portico-open-requested`); on its own, the view writes it when no one takes that request.
 *
 * This module exports the class without registering it (subclass it for a brand); `files.js`
 * registers `<portico-files>`.
 *
 * @csspart heading - The view's heading.
 * @csspart list - The list of files.
 * @csspart file - One file's row.
 * @csspart kind - A file's kind label.
 * @csspart name - A file's name.
 * @csspart actions - A file's Preview / Download / Share actions.
 * @csspart more-button - The "Load more files" button.
 *
 * @cssprop --portico-color-surface - Row background.
 * @cssprop --portico-color-border - Row border.
 * @cssprop --portico-radius-lg - Row and drop-zone corner radius.
 *
 * @fires portico-open-requested - The person opened or closed a preview: the intent `{ view: 'files', item }` (the file id, or undefined on close; cancelable), which the portal takes, so the URL follows (ids only).
 * @fires portico-file-uploaded - A file was uploaded. `detail: { fileId, kind }`.
 * @fires portico-file-shared - A file's sharing was saved. `detail: { fileId, memberIds }`.
 */
@localized()
export class PorticoFiles extends LitElement {
  static override styles = [baseStyles, buttonStyles, filesStyles];

  /** The file whose preview is open (an opaque id; the portal writes it from the URL). */
  @property() item: string | undefined;

  /** How many files to load per page ("Load more files" loads the next page). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 15;

  @state() protected kind: FileKind | '' = '';
  @state() protected sort: FileSort = 'newest';
  @state() private searchText = '';
  @state() private query = '';
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  protected readonly s = new SessionController(this);

  protected readonly list = pagedResource(
    this,
    'files.list',
    () => this.s.clientId && { clientId: this.s.clientId, sort: this.sort, ...(this.kind ? { kind: this.kind } : {}) },
    { pageSize: () => this.pageSize, item: 'li.file' },
  );

  // The query travels in the request body, never in the URL (SEC-2).
  protected readonly found = resource(
    this,
    'files.search',
    () => !!this.query && this.s.clientId && { clientId: this.s.clientId, body: { q: this.query, ...(this.kind ? { kind: this.kind } : {}) } },
  );

  /** The file `item` names, when it came from a link rather than a press of Preview. */
  protected readonly linked = resource(
    this,
    'files.get',
    () => !!this.item && this.pressed?.file.id !== this.item && this.s.clientId && { clientId: this.s.clientId, fileId: this.item },
    { isEmpty: () => false },
  );

  /** The file the person pressed Preview on, and that button (focus returns to it on close). */
  private pressed: { file: PortalFile; opener: HTMLElement } | undefined;

  /** Preview: asks the portal to open the file (it writes `item` and the URL); on its own, the view does. */
  private openPreview(file: PortalFile, opener: HTMLElement): void {
    this.pressed = { file, opener };
    if (!requestOpen(this, { view: 'files', item: file.id })) this.item = file.id;
  }

  /** The preview closed (Escape, Close): the open item goes, through the portal when there is one. */
  private readonly onPreviewClosed = (file: PortalFile): void => {
    const active = this.shadowRoot?.activeElement;
    if (!active || active === this.previewElement) this.focusHeading();
    if (this.item === file.id && !requestOpen(this, { view: 'files', item: undefined })) this.item = undefined;
  };

  /** The preview follows `item`, whoever wrote it: a press of Preview, a link, browser Back. */
  protected override updated(): void {
    const preview = this.previewElement;
    const item = this.item;
    if (!preview || preview.current?.id === item) return;
    if (!item) return preview.close();
    const pressed = this.pressed?.file.id === item ? this.pressed : undefined;
    const file = pressed?.file ?? (this.linked.data?.id === item ? this.linked.data : undefined);
    if (!file) return;
    const opener = pressed?.opener ?? this.renderRoot.querySelector<HTMLElement>(`li[data-file-id="${CSS.escape(file.id)}"] [data-action]`) ?? undefined;
    void preview.show(file, opener);
  }

  /** Moves focus to the view's heading (the portal calls this after navigation). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  /** Fetches a file's bytes through the adapter (with the bearer token), for download and preview. */
  private readonly loaderFor = (file: PortalFile): DocumentLoader => (signal) => {
    const store = this.list.first.store;
    const clientId = this.s.clientId;
    if (!store || !clientId) return Promise.reject(new Error('No store'));
    return store.adapter.files.download({ clientId, fileId: file.id }, { signal });
  };

  private get previewElement(): PorticoFilesPreview | null {
    return this.renderRoot.querySelector('portico-files-preview');
  }

  override render() {
    const mayUpload = this.s.can('files.upload');
    return html`
      <h2 part="heading" tabindex="-1">${msg('Files')}</h2>
      <p class="intro">${msg('Documents, photos and videos shared between you and the practice.')}</p>
      ${this.item && this.linked.status === 'error'
        ? html`<p class="alert" role="alert">${msg('The file you followed a link to could not be opened.')} ${describeError(this.linked.error).heading}.</p>`
        : nothing}
      ${mayUpload
        ? html`<section class="upload" aria-labelledby="upload-heading">
            <h3 id="upload-heading">${msg('Upload files')}</h3>
            <portico-files-upload></portico-files-upload>
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
    const kinds: FieldOption[] = [{ value: '', label: msg('All kinds') }, ...FILE_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))];
    return html`<div class="toolbar">
      <portico-field id="files-kind" type="select" label=${msg('Kind')} .options=${kinds} .value=${this.kind}
        @change=${(e: Event) => (this.kind = (e.target as PorticoField).value as FileKind | '')}></portico-field>
      <portico-field id="files-sort" type="select" label=${msg('Sort by')} .options=${FILE_SORTS.map((s) => ({ value: s, label: sortLabel(s) }))} .value=${this.sort}
        @change=${(e: Event) => (this.sort = (e.target as PorticoField).value as FileSort)}></portico-field>
      <form role="search" @submit=${this.onSearchSubmit}>
        <portico-field id="files-search" type="search" label=${msg('Search files')} maxlength="200" autocomplete="off" .value=${this.searchText}
          @input=${this.onSearchInput}>
          ${this.searchText
            ? html`<button slot="end" class="button" type="button" data-action="clear-search" aria-label=${msg('Clear search')} @click=${this.clearSearch}>${msg('Clear')}</button>`
            : nothing}
        </portico-field>
      </form>
    </div>`;
  }

  private renderList(mayUpload: boolean) {
    return this.list.render({
      loading: () => html`<portico-state-loading rows="5" label=${msg('Loading files')}></portico-state-loading>`,
      empty: () => this.renderEmpty(mayUpload),
      content: (files) => html`<p class="summary" role="status">${msg(str`Showing ${files.length} files`)}</p>
        ${this.renderFiles(files, mayUpload)}
        ${this.list.renderMore({ label: msg('Load more files') })}`,
    });
  }

  private renderSearchResults(mayUpload: boolean) {
    return this.found.render({
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
      ctx: this.s.format,
      userId: this.s.state?.user.id,
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

  private readonly onSearchInput = (event: Event): void => {
    this.searchText = (event.target as PorticoField).value;
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
    // The field's own control: Clear is slotted into the field, and a host that delegates focus
    // ignores focus() while focus is already inside it, so focusing the host left focus on Clear,
    // which this render removes (focus fell to the page for a real click or Enter).
    this.renderRoot.querySelector<PorticoField>('#files-search')?.control?.focus();
  };

  private readonly clearFilters = (): void => {
    this.kind = '';
    this.clearSearch();
  };
}
