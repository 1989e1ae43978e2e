import { localized, msg } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { audit, type AuditDocumentKind } from '../audit.js';
import { define } from '../define.js';
import { baseStyles } from '../theme/base-styles.js';
import { token } from '../theme/tokens.js';
import { buttonStyles } from './button.styles.js';
import { saveDocument, type DocumentLoader } from './documents.js';
import { describeError } from './error-text.js';

/**
 * @tagname portico-document-button
 * @summary Downloads a document fetched through the adapter (never a plain link to the
 * backend): the bytes come with the bearer token, become a `blob:` URL for an `<a download>`
 * click, and the URL is revoked afterwards. While it loads the button says so; a failure is
 * announced beside it and the button tries again.
 *
 * @slot - The visible label (defaults to "Download").
 * @csspart button - The button.
 * @csspart error - The message shown when the download failed.
 * @cssprop --portico-color-primary - The button's colour (as every Portico button).
 * @cssprop --portico-color-danger - The colour of the failure message.
 *
 * @fires portico-audit - With `document-kind` and `document-id` set: `{ type: 'file-downloaded', document, documentId }` once the bytes were saved.
 */
@localized()
export class PorticoDocumentButton extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    css`
      :host {
        display: inline-flex;
        flex-direction: column;
        gap: ${token('space-1')};
      }
      .error {
        margin: 0;
        color: ${token('color-danger')};
        font-size: ${token('font-size-sm')};
      }
    `,
  ];

  /** Fetches the document's bytes. */
  @property({ attribute: false }) load: DocumentLoader | undefined;
  /** The name the document is saved under. */
  @property({ attribute: 'file-name' }) fileName = 'document';
  /** The button's accessible name, saying what it does (e.g. "Download intake.pdf"). */
  @property() label = '';
  /** `button` (default), `primary`, or `link` (reads as a link inside text). */
  @property() variant: 'button' | 'primary' | 'link' = 'button';
  /** What the document is, for the `file-downloaded` audit event (`file`, `attachment`, `invoice`, `receipt`). */
  @property({ attribute: 'document-kind' }) documentKind: AuditDocumentKind | undefined;
  /** The document's id, for the `file-downloaded` audit event (never its name). */
  @property({ attribute: 'document-id' }) documentId: string | undefined;
  /** `sm` for a compact button. */
  @property() size: 'sm' | '' = '';

  @state() private busy = false;
  @state() private failure: string | undefined;
  private controller: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  override render() {
    return html`<button
        part="button"
        type="button"
        class=${this.variant === 'link' ? 'link-button' : 'button'}
        data-variant=${this.variant === 'primary' ? 'primary' : nothing}
        data-size=${this.size || nothing}
        aria-label=${this.label || nothing}
        aria-disabled=${this.busy ? 'true' : nothing}
        @click=${this.download}
      >
        ${this.busy ? msg('Downloading…') : html`<slot>${msg('Download')}</slot>`}
      </button>
      ${this.failure ? html`<p class="error" part="error" role="alert">${this.failure}</p>` : nothing}`;
  }

  private readonly download = async (): Promise<void> => {
    if (this.busy || !this.load) return;
    this.busy = true;
    this.failure = undefined;
    const controller = new AbortController();
    this.controller = controller;
    try {
      const blob = await this.load(controller.signal);
      if (controller.signal.aborted) return;
      saveDocument(blob, this.fileName);
      if (this.documentKind && this.documentId) audit(this, { type: 'file-downloaded', document: this.documentKind, documentId: this.documentId });
    } catch (error) {
      if (!controller.signal.aborted) this.failure = `${msg('The download failed.')} ${describeError(error).description}`;
    } finally {
      this.busy = false;
    }
  };
}

define('portico-document-button', PorticoDocumentButton);

declare global {
  interface HTMLElementTagNameMap {
    'portico-document-button': PorticoDocumentButton;
  }
}
