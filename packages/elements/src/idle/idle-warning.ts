import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define } from '../define.js';
import { baseStyles } from '../theme/base-styles.js';
import { token } from '../theme/tokens.js';
import { buttonStyles } from '../ui/button.styles.js';
import { dialogStyles } from '../ui/view-frame.js';
import { realClock, type IdleClock } from './idle-timer.js';

/**
 * @tagname portico-idle-warning
 * @summary Part of `<portico-portal>` / `<portico-provider>` with an idle timeout: the modal
 * "you will be signed out" warning (`role="alertdialog"`). Focus starts on "Stay signed in";
 * Escape stays too. The countdown is shown every second but announced politely only at each
 * whole minute and at 30 and 10 seconds, so a screen reader is not talked over.
 *
 * @csspart dialog - The dialog.
 *
 * @cssprop --portico-color-surface - The dialog's background.
 * @cssprop --portico-color-primary - The "Stay signed in" button.
 * @cssprop --portico-radius-lg - The dialog's corners.
 */
@localized()
export class PorticoIdleWarning extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    dialogStyles,
    css`
      dialog {
        max-width: min(28rem, calc(100vw - 2rem));
      }
      h2 {
        margin: 0 0 ${token('space-3')};
        font-size: ${token('font-size-lg')};
      }
      .countdown {
        font-size: ${token('font-size-xl')};
        font-variant-numeric: tabular-nums;
        margin: ${token('space-3')} 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-2')};
      }
    `,
  ];

  /** When sign-out comes, in `clock` time. */
  @property({ attribute: false }) deadline = 0;
  @property({ attribute: false }) clock: IdleClock = realClock;
  /** "Stay signed in" (or Escape). */
  @property({ attribute: false }) onStay: () => void = () => {};
  /** "Sign out now". */
  @property({ attribute: false }) onSignOut: () => void = () => {};

  @state() private remaining = 0;
  @state() private announced = '';
  private tick: unknown;

  /** Opens the dialog and moves focus to "Stay signed in". */
  async show(): Promise<void> {
    this.announced = '';
    this.update_();
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('[data-stay]')?.focus();
  }

  /** Closes it (the person stayed here or in another tab). */
  close(): void {
    this.clock.clearTimeout(this.tick);
    this.renderRoot.querySelector('dialog')?.close();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clock.clearTimeout(this.tick);
  }

  private update_(): void {
    const seconds = Math.max(0, Math.ceil((this.deadline - this.clock.now()) / 1000));
    this.remaining = seconds;
    const text = announcement(seconds, this.announced === '');
    if (text && text !== this.announced) this.announced = text;
    this.clock.clearTimeout(this.tick);
    if (seconds > 0) this.tick = this.clock.setTimeout(() => this.update_(), 1000);
  }

  override render() {
    const m = Math.floor(this.remaining / 60);
    const s = String(this.remaining % 60).padStart(2, '0');
    return html`<dialog part="dialog" role="alertdialog" aria-labelledby="idle-heading" aria-describedby="idle-text" @cancel=${this.onCancel}>
      <h2 id="idle-heading">${msg('Are you still there?')}</h2>
      <p id="idle-text">${msg('For your privacy, you will be signed out soon because the portal has not been used for a while.')}</p>
      <p class="countdown" aria-hidden="true">${`${m}:${s}`}</p>
      <p class="visually-hidden" role="status">${this.announced}</p>
      <div class="actions">
        <button class="button" data-variant="primary" type="button" data-stay @click=${() => this.onStay()}>${msg('Stay signed in')}</button>
        <button class="button" type="button" @click=${() => this.onSignOut()}>${msg('Sign out now')}</button>
      </div>
    </dialog>`;
  }

  private readonly onCancel = (event: Event): void => {
    // Escape: the person is here, so they stay.
    event.preventDefault();
    this.onStay();
  };
}

/**
 * What to announce with `seconds` left: the minutes (rounded up) whenever they change, then 30
 * and 10 seconds; `first` is the announcement when the dialog opens, whatever is left.
 */
function announcement(seconds: number, first: boolean): string | undefined {
  if (seconds > 60 || (seconds === 60 && !first)) {
    const minutes = Math.ceil(seconds / 60);
    return minutes === 1 ? msg('You will be signed out in 1 minute.') : msg(str`You will be signed out in ${minutes} minutes.`);
  }
  if (seconds === 60) return msg('You will be signed out in 1 minute.');
  if (seconds === 30 || seconds === 10) return msg(str`You will be signed out in ${seconds} seconds.`);
  return first ? msg('You will be signed out in less than a minute.') : undefined;
}

define('portico-idle-warning', PorticoIdleWarning);

declare global {
  interface HTMLElementTagNameMap {
    'portico-idle-warning': PorticoIdleWarning;
  }
}
