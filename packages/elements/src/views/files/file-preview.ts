import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PortalFile } from '@portico/core';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { token } from '../../theme/tokens.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { filesStyles } from './files.styles.js';
import { previewKindOf } from './shared.js';

/**
 * @tagname portico-files-preview
 * @summary Part of `<portico-files>`: shows one file inline in a modal dialog — an image, a PDF
 * or a video — with a download link; other types offer the download only. Escape or Close
 * closes it and focus returns to the control that opened it.
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart media - The image, PDF frame or video.
 */
@localized()
export class PorticoFilesPreview extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    filesStyles,
    css`
      .media {
        display: grid;
        place-items: center;
        min-height: 12rem;
        background: ${token('color-surface-alt')};
        border-radius: ${token('radius-md')};
        overflow: hidden;
      }
      img,
      video {
        display: block;
        max-width: 100%;
        max-height: 70vh;
      }
      iframe,
      object {
        width: 100%;
        height: 70vh;
        border: 0;
      }
    `,
  ];

  /** Called after the dialog closed (focus has already gone back to the opener, if any). */
  @property({ attribute: false }) onClosed: ((file: PortalFile) => void) | undefined;

  @state() private file: PortalFile | undefined;
  /** What the PDF frame shows: a `blob:` copy when the bytes could be fetched, else the file's URL. */
  @state() private pdfSrc: string | undefined;
  private opener: HTMLElement | undefined;
  private pdfLoad: AbortController | undefined;

  /** The file shown, if the dialog is open. */
  get current(): PortalFile | undefined {
    return this.file;
  }

  /** Opens the preview of `file`; focus returns to `opener` when it closes. */
  async show(file: PortalFile, opener?: HTMLElement): Promise<void> {
    this.opener = opener;
    this.file = file;
    this.releasePdf();
    if (previewKindOf(file) === 'pdf') void this.loadPdf(file);
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  /**
   * Browsers load `<object>` data without consulting a service worker, so a PDF is fetched as
   * bytes first (same request path as images and videos) and shown from a `blob:` URL; when
   * that fails (e.g. no CORS on the storage URL) the frame points at the URL itself.
   */
  private async loadPdf(file: PortalFile): Promise<void> {
    const controller = new AbortController();
    this.pdfLoad = controller;
    let src = file.url;
    try {
      const response = await fetch(file.url, { signal: controller.signal });
      if (response.ok) src = URL.createObjectURL(new Blob([await response.blob()], { type: 'application/pdf' }));
    } catch {
      // Falls back to the URL itself.
    }
    if (controller.signal.aborted || this.file !== file) {
      if (src.startsWith('blob:')) URL.revokeObjectURL(src);
      return;
    }
    this.pdfSrc = src;
  }

  private releasePdf(): void {
    this.pdfLoad?.abort();
    this.pdfLoad = undefined;
    if (this.pdfSrc?.startsWith('blob:')) URL.revokeObjectURL(this.pdfSrc);
    this.pdfSrc = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releasePdf();
  }

  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  override render() {
    const file = this.file;
    return html`<dialog part="dialog" aria-labelledby="preview-heading" @close=${this.onClose}>
      ${file
        ? html`<h3 id="preview-heading" tabindex="-1">${file.name}</h3>
            ${this.renderMedia(file)}
            <div class="dialog-actions">
              <a class="button" href=${file.url} download=${file.name} aria-label=${msg(str`Download ${file.name}`)}>${msg('Download')}</a>
              <button class="button" data-variant="primary" type="button" @click=${() => this.close()}>${msg('Close')}</button>
            </div>`
        : nothing}
    </dialog>`;
  }

  private renderMedia(file: PortalFile) {
    switch (previewKindOf(file)) {
      case 'image':
        return html`<div class="media"><img part="media" src=${file.url} alt=${file.name} /></div>`;
      case 'pdf':
        // `<object>` falls back to its content when the browser cannot show PDFs inline.
        return html`<div class="media">
          ${this.pdfSrc
            ? html`<object part="media" data=${this.pdfSrc} type="application/pdf" title=${msg(str`Preview of ${file.name}`)}>
                <p>${msg('This browser cannot show the PDF here. Use the link below to open it.')}</p>
              </object>`
            : html`<p role="status">${msg('Loading the PDF…')}</p>`}
        </div>
        <p class="muted"><a href=${file.url} target="_blank" rel="noopener">${msg(str`Open ${file.name} in a new tab`)}</a></p>`;
      case 'video':
        return html`<div class="media">
          <video part="media" src=${file.url} controls preload="metadata" aria-label=${file.name}>
            <a href=${file.url} download=${file.name}>${msg(str`Download ${file.name}`)}</a>
          </video>
        </div>`;
      default:
        return html`<p>${msg('This type of file cannot be shown here. Download it to open it on your device.')}</p>`;
    }
  }

  private readonly onClose = (event: Event): void => {
    // A `close` that arrives after the dialog was opened again (for another file) is stale.
    if ((event.target as HTMLDialogElement).open) return;
    const file = this.file;
    const opener = this.opener;
    this.opener = undefined;
    // Stops a playing video and frees the media.
    this.file = undefined;
    this.releasePdf();
    if (opener?.isConnected) opener.focus();
    if (file) this.onClosed?.(file);
  };
}

define('portico-files-preview', PorticoFilesPreview);

declare global {
  interface HTMLElementTagNameMap {
    'portico-files-preview': PorticoFilesPreview;
  }
}
