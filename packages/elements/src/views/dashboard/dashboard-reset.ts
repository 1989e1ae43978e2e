import { localized, msg } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { token } from '../../theme/tokens.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { dialogStyles } from '../../ui/view-frame.js';
import { describeError } from '../../ui/error-text.js';

/**
 * @tagname portico-dashboard-reset
 * @summary Part of `<portico-dashboard>`: the "Reset layout" button and its confirmation dialog.
 * Focus returns to the button when the dialog closes.
 * @csspart reset-button - The "Reset layout" button.
 * @csspart dialog - The confirmation dialog.
 */
@localized()
export class PorticoDashboardReset extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    dialogStyles,
    css`
      :host {
        display: inline-block;
      }
      dialog {
        max-width: min(28rem, calc(100vw - 2rem));
      }
      h3 {
        margin: 0 0 ${token('space-2')};
        font-size: ${token('font-size-lg')};
      }
      p {
        margin: 0 0 ${token('space-4')};
      }
      .error {
        padding: ${token('space-2')} ${token('space-3')};
        border-inline-start: 4px solid ${token('color-danger')};
        background: ${token('color-surface-alt')};
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-2')};
        justify-content: flex-end;
      }
    `,
  ];

  /** Resets the layout through the adapter; a rejection is shown in the dialog. */
  @property({ attribute: false }) reset: (() => Promise<void>) | undefined;

  @state() private busy = false;
  @state() private error: unknown;

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('[part="reset-button"]') private opener!: HTMLButtonElement;

  override render() {
    return html`<button class="button" data-variant="ghost" data-size="sm" part="reset-button" type="button" @click=${this.openDialog}>
        ${msg('Reset layout')}
      </button>
      <dialog part="dialog" aria-labelledby="reset-heading" aria-describedby="reset-text" @close=${this.onClose}>
        <h3 id="reset-heading">${msg('Reset the dashboard layout?')}</h3>
        <p id="reset-text">${msg('Widgets go back to the order and sizes the practice set up. Nothing else changes.')}</p>
        ${this.error
          ? html`<p class="error" role="alert">${msg('Could not reset the layout.')} ${describeError(this.error).description}</p>`
          : nothing}
        <div class="actions">
          <button class="button" type="button" @click=${this.closeDialog}>${msg('Cancel')}</button>
          <button class="button" data-variant="primary" type="button" aria-busy=${this.busy ? 'true' : 'false'} aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.confirm}>
            ${msg('Reset')}
          </button>
        </div>
      </dialog>`;
  }

  private readonly openDialog = (): void => {
    this.error = undefined;
    this.dialog.showModal();
  };

  private readonly confirm = async (): Promise<void> => {
    if (this.busy || !this.reset) return;
    this.busy = true;
    this.error = undefined;
    try {
      await this.reset();
      // Unless the user already closed it (Escape) and moved on.
      if (this.dialog.open) this.closeDialog();
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  };

  /**
   * Closes the dialog and puts focus back on the "Reset layout" button at once. The dialog's own
   * focus restoration goes to whatever was focused when it opened (nothing when the button was
   * activated without taking focus, as Safari does on click), and its `close` event comes a task
   * later, so neither
   * can be relied on to leave focus on the button.
   */
  private readonly closeDialog = (): void => {
    this.dialog.close();
    this.opener.focus();
  };

  /** Closed another way (Escape): focus goes back to the button too. */
  private readonly onClose = (): void => {
    // A close event can arrive after the dialog was opened again; focus stays in the dialog then.
    if (!this.dialog.open) this.opener.focus();
  };
}

define('portico-dashboard-reset', PorticoDashboardReset);

declare global {
  interface HTMLElementTagNameMap {
    'portico-dashboard-reset': PorticoDashboardReset;
  }
}
