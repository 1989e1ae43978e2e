import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createObjectUrl, revokeObjectUrl, safeUrl, type PortalFile } from '@portico/core';
import { audit } from '../../audit.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { token } from '../../theme/tokens.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/document-button.js';
import type { DocumentLoader } from '../../ui/documents.js';
import { filesStyles } from './files.styles.js';
import { previewKindOf } from './kinds.js';

/**
 * @tagname portico-files-preview
 * @summary Part of `<portico-files>`: shows one file inline in a modal dialog — an image, a PDF
 * or a video, fetched through the adapter — with a Download button; other types, and media the
 * browser cannot play, offer the download with a message. Escape or Close closes it and focus
 * returns to the control that opened it.
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart media - The image, PDF frame or video.
 * @csspart media-error - The message shown when the file cannot be shown here.
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
      iframe {
        width: 100%;
        height: 70vh;
        border: 0;
      }
    `,
  ];

  /** Called after the dialog closed (focus has already gone back to the opener, if any). */
  @property({ attribute: false }) onClosed: ((file: PortalFile) => void) | undefined;
  /** Fetches a file's bytes through the adapter (set by `<portico-files>`). */
  @property({ attribute: false }) loaderFor: ((file: PortalFile) => DocumentLoader) | undefined;

  @state() private file: PortalFile | undefined;
  /** The shown media: a `blob:` URL Portico made from the bytes fetched through the adapter. */
  @state() private mediaSrc: string | undefined;
  @state() private mediaFailed = false;
  private opener: HTMLElement | undefined;
  private mediaLoad: AbortController | undefined;

  /** The file shown, if the dialog is open. */
  get current(): PortalFile | undefined {
    return this.file;
  }

  /** Opens the preview of `file`; focus returns to `opener` when it closes. */
  async show(file: PortalFile, opener?: HTMLElement): Promise<void> {
    this.opener = opener;
    this.file = file;
    this.releaseMedia();
    if (previewKindOf(file)) void this.loadMedia(file);
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    audit(this, { type: 'document-viewed', document: 'file', documentId: file.id });
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  /**
   * The bytes come through the adapter (a plain `src` could carry no bearer token) and are shown
   * from a `blob:` URL, revoked when the preview closes. A PDF's blob is typed
   * `application/pdf` whatever the server said, so the frame can only ever show a PDF.
   */
  private async loadMedia(file: PortalFile): Promise<void> {
    const controller = new AbortController();
    this.mediaLoad = controller;
    let src: string | undefined;
    try {
      const blob = await this.loaderFor?.(file)(controller.signal);
      if (blob) src = createObjectUrl(previewKindOf(file) === 'pdf' ? new Blob([blob], { type: 'application/pdf' }) : blob);
    } catch {
      // Shown as a failed preview below, with the download.
    }
    if (controller.signal.aborted || this.file !== file) {
      revokeObjectUrl(src);
      return;
    }
    this.mediaSrc = src;
    this.mediaFailed = !src;
  }

  private releaseMedia(): void {
    this.mediaLoad?.abort();
    this.mediaLoad = undefined;
    revokeObjectUrl(this.mediaSrc);
    this.mediaSrc = undefined;
    this.mediaFailed = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseMedia();
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
              ${this.renderDownload(file)}
              <button class="button" data-variant="primary" type="button" @click=${() => this.close()}>${msg('Close')}</button>
            </div>`
        : nothing}
    </dialog>`;
  }

  private renderDownload(file: PortalFile) {
    return html`<portico-document-button document-kind="file" document-id=${file.id} file-name=${file.name} label=${msg(str`Download ${file.name}`)} .load=${this.loaderFor?.(file)}
      >${msg('Download')}</portico-document-button
    >`;
  }

  private renderMedia(file: PortalFile) {
    const kind = previewKindOf(file);
    if (!kind) return html`<p>${msg('This type of file cannot be shown here. Download it to open it on your device.')}</p>`;
    if (this.mediaFailed) {
      return html`<p class="alert" role="alert" part="media-error">${msg('This file cannot be shown here. Download it to open it on your device.')}</p>`;
    }
    const src = safeUrl(this.mediaSrc);
    if (!src) return html`<div class="media"><p role="status">${msg('Loading the preview…')}</p></div>`;
    switch (kind) {
      case 'image':
        return html`<div class="media"><img part="media" src=${src} alt=${file.name} @error=${this.onMediaError} /></div>`;
      case 'pdf':
        // A frame, not <object>: a strict CSP's `object-src 'none'` would block a blob: object,
        // while `frame-src blob:` is the directive the example's policy already allows.
        return html`<div class="media">
          <iframe part="media" src=${src} title=${msg(str`Preview of ${file.name}`)}></iframe>
        </div>`;
      case 'video':
        return html`<div class="media">
          <video part="media" src=${src} controls preload="metadata" aria-label=${file.name} @error=${this.onMediaError}></video>
        </div>`;
    }
  }

  /** The browser could not decode the bytes (a broken or unsupported video or picture). */
  private readonly onMediaError = (): void => {
    this.mediaFailed = true;
  };

  private readonly onClose = (event: Event): void => {
    // A `close` that arrives after the dialog was opened again (for another file) is stale.
    if ((event.target as HTMLDialogElement).open) return;
    const file = this.file;
    const opener = this.opener;
    this.opener = undefined;
    // Stops a playing video and frees the media.
    this.file = undefined;
    this.releaseMedia();
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
