import { localized, msg } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Attempt, isPorticoError, type RecoveryChannel, type RecoveryTicket } from '@portico/core';
import { define } from '../define.js';
import { emit } from '../events.js';
import { baseStyles } from '../theme/base-styles.js';
import { token } from '../theme/tokens.js';
import { buttonStyles } from '../ui/button.styles.js';
import '../ui/field.js';
import type { PorticoField } from '../ui/field.js';
import { emailProblem } from '../ui/email.js';
import { PorticoAuthElement } from './auth-element.js';
import { authStyles, formStyles } from './form.styles.js';
import { NewPasswordController } from './new-password.js';

type Step = 'request' | 'code' | 'password';


/**
 * @tagname portico-password-recovery
 * @summary "Forgot password?" with a one-time code (issue #14.8): the person asks for a code by
 * email or text message, types it, then chooses a new password under the practice's rules.
 * There is no security question: NIST SP 800-63B tells verifiers not to use knowledge-based
 * questions (see docs/security.md). Used by `<portico-sign-in>`; usable on its own.
 *
 * The answer to "send a code" never says whether the address has an account. Too many codes
 * for one address, a wrong, expired or locked code each get their own message; the reset token
 * a right code gives lives in memory only, for the one reset.
 *
 * @csspart heading - The current step's heading.
 * @csspart form - The current step's form.
 * @csspart submit-button - The form's main button.
 * @csspart error - The message after a refusal (too many codes, a locked code, a failure to reach the practice).
 *
 * @cssprop --portico-color-primary - Main button and links.
 *
 * @fires portico-password-reset - The new password was saved; the person signs in with it. `detail: { email }`.
 */
@localized()
export class PorticoPasswordRecovery extends PorticoAuthElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    formStyles,
    authStyles,
    css`
      .intro {
        margin: 0 0 ${token('space-4')};
      }
      .channels {
        display: grid;
        gap: ${token('space-2')};
      }
      #code::part(control) {
        max-width: 12rem;
        letter-spacing: 0.2em;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  /** Prefills the email address (e.g. what the person typed on the sign-in form). */
  @property() email = '';

  @state() private step: Step = 'request';
  @state() private channel: RecoveryChannel = 'email';
  @state() private code = '';
  @state() private busy = false;
  /** A refusal shown as an alert: 'rate-limited', 'code-locked', 'reset-expired', or any other failure. */
  @state() private failure: unknown;
  @state() private fieldErrors: { email?: string; code?: string } = {};
  /** A new code was sent while on the code step. */
  @state() private resent = false;

  /** The right code's ticket: held for the reset, never stored. */
  private ticket: RecoveryTicket | undefined;
  private readonly password = new NewPasswordController(this, 'recovery');
  private readonly attempt = new Attempt();

  /** Moves focus to the current step's heading. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    switch (this.step) {
      case 'code':
        return this.renderCode();
      case 'password':
        return this.renderPassword();
      default:
        return this.renderRequest();
    }
  }

  /** The refusals that have their own message; any other failure says what its kind says. */
  private renderFailure() {
    const code = isPorticoError(this.failure) ? this.failure.code : undefined;
    const special =
      code === 'rate-limited' ? msg('Too many codes were asked for this address. Wait 15 minutes, then ask again.')
      : code === 'code-locked' ? msg('Too many wrong codes: this code no longer works. Ask for a new code.')
      : code === 'reset-expired' ? msg('Too much time passed since you entered the code. Ask for a new code.')
      : undefined;
    return this.renderFailureNotice(this.failure, special);
  }

  private submitButton(label: string) {
    return html`<button class="button" data-variant="primary" part="submit-button" type="submit" aria-busy=${this.busy ? 'true' : 'false'} aria-disabled=${this.busy ? 'true' : 'false'}>
      ${label}
    </button>`;
  }

  private renderRequest() {
    const error = this.fieldErrors.email;
    return html`
      <h2 part="heading" tabindex="-1">${msg('Reset your password')}</h2>
      <p class="intro">${msg('We’ll send you a one-time code. Enter the email address you use to sign in and choose where the code should go.')}</p>
      <form part="form" novalidate @submit=${this.requestCode}>
        ${this.renderFailure()}
        <portico-field id="recovery-email" name="email" type="email" label=${msg('Email')} autocomplete="username" inputmode="email" required
          .error=${error ?? ''} .value=${this.email} @input=${(e: Event) => this.editEmail((e.target as PorticoField).value)}></portico-field>
        <fieldset class="channels">
          <legend>${msg('Send the code by')}</legend>
          ${this.channelChoice('email', msg('Email'))}
          ${this.channelChoice('sms', msg('Text message to the mobile number on your account'))}
        </fieldset>
        <div class="actions">${this.submitButton(msg('Send code'))}</div>
      </form>
    `;
  }

  private channelChoice(value: RecoveryChannel, label: string) {
    return html`<div class="check">
      <input type="radio" id=${`channel-${value}`} name="channel" .value=${value} .checked=${this.channel === value} @change=${() => (this.channel = value)} />
      <label for=${`channel-${value}`}>${label}</label>
    </div>`;
  }

  private renderCode() {
    const error = this.fieldErrors.code;
    const where = this.channel === 'sms'
      ? msg('If an account with a mobile number exists for that address, we sent a code by text message.')
      : msg('If an account exists for that address, we sent a code by email.');
    return html`
      <h2 part="heading" tabindex="-1">${msg('Enter your code')}</h2>
      <p class="intro" role="status">${this.resent ? msg('We sent a new code. Earlier codes no longer work.') : where}</p>
      <form part="form" novalidate @submit=${this.verifyCode}>
        ${this.renderFailure()}
        <portico-field id="code" name="code" label=${msg('Code')} inputmode="numeric" autocomplete="one-time-code" required maxlength="12"
          .error=${error ?? ''} .value=${this.code} @input=${(e: Event) => this.editCode((e.target as PorticoField).value)}></portico-field>
        <div class="actions">
          ${this.submitButton(msg('Check code'))}
          <button class="link" type="button" @click=${this.resend}>${msg('Send a new code')}</button>
          <button class="link" type="button" @click=${() => this.go('request')}>${msg('Use another address')}</button>
        </div>
      </form>
    `;
  }

  private renderPassword() {
    return html`
      <h2 part="heading" tabindex="-1">${msg('Choose a new password')}</h2>
      <form part="form" novalidate @submit=${this.resetPassword}>
        ${this.renderFailure()}
        ${this.password.render(this.ticket?.passwordPolicy)}
        <div class="actions">
          ${this.submitButton(msg('Save new password'))}
          ${isPorticoError(this.failure) && this.failure.code === 'reset-expired'
            ? html`<button class="link" type="button" @click=${() => this.go('request')}>${msg('Ask for a new code')}</button>`
            : nothing}
        </div>
      </form>
    `;
  }

  private editEmail(value: string): void {
    this.email = value;
    this.fieldErrors = {};
  }

  private editCode(value: string): void {
    this.code = value;
    this.fieldErrors = {};
  }

  private async go(step: Step): Promise<void> {
    this.step = step;
    this.failure = undefined;
    this.fieldErrors = {};
    this.code = '';
    this.resent = false;
    if (step !== 'password') this.ticket = undefined;
    await this.updateComplete;
    this.focusHeading();
  }

  /** Runs one call, busy meanwhile; a refusal goes to `onError` (default: the alert). */
  private async call<T>(work: () => Promise<T>, onError?: (error: unknown) => boolean): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.failure = undefined;
    this.busy = true;
    try {
      return await work();
    } catch (error) {
      if (!onError?.(error)) this.failure = error;
      await this.focusProblem();
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  private sendCode(): Promise<boolean> {
    const store = this.resolveStore();
    const body = { email: this.email.trim(), channel: this.channel };
    return this.call(async () => {
      await store!.mutate((adapter, { idempotencyKey }) => adapter.recovery.requestCode({ body }, { idempotencyKey }));
      return true;
    }).then((ok) => !!ok);
  }

  private readonly requestCode = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.busy || !this.resolveStore()) return;
    const email = emailProblem(this.email);
    this.fieldErrors = email ? { email } : {};
    if (this.fieldErrors.email) return this.focusProblem();
    if (await this.sendCode()) await this.go('code');
  };

  private readonly resend = async (): Promise<void> => {
    if (this.busy || !this.resolveStore()) return;
    this.fieldErrors = {};
    if (!(await this.sendCode())) return;
    this.code = '';
    this.resent = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#code')?.focus();
  };

  private readonly verifyCode = async (event: Event): Promise<void> => {
    event.preventDefault();
    const store = this.resolveStore();
    if (this.busy || !store) return;
    const code = this.code.replace(/\s+/g, '');
    this.fieldErrors = code.length >= 4 ? {} : { code: msg('Enter the code we sent you.') };
    if (this.fieldErrors.code) return this.focusProblem();
    const body = { email: this.email.trim(), code };
    const ticket = await this.call(
      () => store.mutate((adapter, { idempotencyKey }) => adapter.recovery.verifyCode({ body }, { idempotencyKey })),
      (error) => {
        const refusal = isPorticoError(error) ? error.code : undefined;
        if (refusal === 'invalid-code') this.fieldErrors = { code: msg('That code is not right. Check it and try again.') };
        else if (refusal === 'code-expired') this.fieldErrors = { code: msg('This code has expired. Ask for a new code.') };
        return refusal === 'invalid-code' || refusal === 'code-expired';
      },
    );
    if (!ticket) return;
    this.ticket = ticket;
    await this.go('password');
  };

  private readonly resetPassword = async (event: Event): Promise<void> => {
    event.preventDefault();
    const store = this.resolveStore();
    const ticket = this.ticket;
    if (this.busy || !store || !ticket) return;
    if (!this.password.validate(ticket.passwordPolicy)) return;
    const body = { resetToken: ticket.resetToken, newPassword: this.password.password };
    const done = await this.call(
      async () => {
        await store.mutate((adapter, { idempotencyKey }) => adapter.recovery.resetPassword({ body }, { idempotencyKey }), { idempotencyKey: this.attempt.key(body) });
        return true;
      },
      (error) => {
        if (!isPorticoError(error) || error.code !== 'weak-password') return false;
        this.password.serverError = msg('The practice did not accept this password. Check the rules and try another.');
        return true;
      },
    );
    if (!done) return;
    this.attempt.settle();
    this.ticket = undefined;
    this.password.reset();
    const email = this.email.trim();
    this.step = 'request';
    emit(this, 'portico-password-reset', { email });
  };
}

define('portico-password-recovery', PorticoPasswordRecovery);

declare global {
  interface HTMLElementTagNameMap {
    'portico-password-recovery': PorticoPasswordRecovery;
  }
  interface HTMLElementEventMap {
    'portico-password-reset': CustomEvent<{ email: string }>;
  }
}
