import { localized, msg, str } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isPorticoError, type SignInResult } from '@portico/core';
import { define } from '../define.js';
import { audit } from '../audit.js';
import { emit } from '../events.js';
import { baseStyles } from '../theme/base-styles.js';
import { token } from '../theme/tokens.js';
import { buttonStyles } from '../ui/button.styles.js';
import '../ui/field.js';
import type { PorticoField } from '../ui/field.js';
import { PorticoAuthElement } from './auth-element.js';
import './change-password.js';
import './password-recovery.js';
import { authStyles, formStyles } from './form.styles.js';
import { passwordToggle } from './new-password.js';

/** An identity provider the organisation enabled (`Organisation.ssoProviders`). */
export interface SsoProvider {
  id: string;
  label: string;
}

type Step = 'sign-in' | 'forgot' | 'change';


/**
 * @tagname portico-sign-in
 * @summary Sign in (ACCT-2): email and password with a show/hide toggle, optional single
 * sign-on buttons, "Forgot password?" (a one-time code by email or SMS, `<portico-password-recovery>`), and the forced password change after a one-time
 * password (ACCT-1). Works before there is a session; calls only `auth.*` operations.
 *
 * The backend owns credentials. On success the element hands the access token to the host
 * in `portico-signed-in`; Portico never stores it. The host keeps it and gives it back to
 * the portal through `getAccessToken`.
 *
 * ```html
 * <portico-sign-in api-base-url="https://ehr.example/portal-api/v1"></portico-sign-in>
 * <script type="module">
 *   document.querySelector('portico-sign-in').addEventListener('portico-signed-in', (e) => {
 *     mySite.keepToken(e.detail.accessToken, e.detail.expiresAt);
 *   });
 * </script>
 * ```
 *
 * @csspart heading - The heading.
 * @csspart form - The sign-in form (the recovery steps are `<portico-password-recovery>`'s).
 * @csspart sso - The single sign-on buttons.
 * @csspart submit-button - The form's main button.
 * @csspart error - The message after a failed sign-in.
 *
 * @cssprop --portico-color-primary - Main button and links.
 *
 * @fires portico-password-reset - (From the recovery steps.) The person chose a new password with a recovery code. `detail: { email }`.
 * @fires portico-signed-in - Signed in (after the forced change, when one was required). `detail: { accessToken, expiresAt }`.
 * @fires portico-sso-requested - The user chose a single sign-on provider; the host starts that flow. `detail: { providerId }`.
 * @fires portico-password-change-required - Signed in with a one-time password and given an `adapter` (not `api-base-url`): the host's `getAccessToken` must return `detail.accessToken` for the change to be sent. `detail: { accessToken, expiresAt }`.
 */
@localized()
export class PorticoSignIn extends PorticoAuthElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    formStyles,
    authStyles,
    css`
      :host {
        max-width: 28rem;
      }
      .sso {
        display: grid;
        gap: ${token('space-2')};
        margin: ${token('space-5')} 0 0;
        padding: ${token('space-4')} 0 0;
        border-top: 1px solid ${token('color-border')};
      }
      .sso p {
        margin: 0;
        color: ${token('color-muted')};
      }
      .intro {
        margin: 0 0 ${token('space-4')};
      }
    `,
  ];

  /** The organisation's single sign-on providers (`Organisation.ssoProviders`); a button each. */
  @property({ attribute: false }) ssoProviders: readonly SsoProvider[] = [];

  /** Prefills the email field (e.g. from an invitation or a "remember me" on the host). */
  @property() email = '';

  @state() private step: Step = 'sign-in';
  @state() private password = '';
  @state() private passwordVisible = false;
  @state() private busy = false;
  @state() private failure: unknown;
  @state() private fieldErrors: { email?: string; password?: string } = {};
  /** The person just chose a new password through recovery. */
  @state() private passwordReset = false;

  /** The sign-in result while the forced change is pending (memory only). */
  private pending: (SignInResult & { oneTimePassword: string }) | undefined;

  /** Moves focus to the heading of the current step. */
  focusHeading(): void {
    const recovery = this.renderRoot.querySelector('portico-password-recovery');
    if (recovery) void recovery.updateComplete.then(() => recovery.focusHeading());
    else this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    switch (this.step) {
      case 'forgot':
        return this.renderForgot();
      case 'change':
        return this.renderChange();
      default:
        return this.renderSignIn();
    }
  }

  private renderSignIn() {
    const errors = this.fieldErrors;
    return html`
      <h2 part="heading" tabindex="-1">${msg('Sign in')}</h2>
      <form part="form" novalidate @submit=${this.signIn}>
        ${this.passwordReset ? html`<p class="notice" role="status">${msg('Your password was changed. Sign in with your new password.')}</p>` : nothing}
        ${this.renderFailureNotice(
          this.failure,
          isPorticoError(this.failure) && this.failure.kind === 'unauthorized' ? msg('The email or password is not right. Check both and try again.') : undefined,
        )}
        <portico-field id="email" name="email" type="email" label=${msg('Email')} autocomplete="username" inputmode="email" required
          .error=${errors.email ?? ''} .value=${this.email} @input=${(e: Event) => this.edit({ email: (e.target as PorticoField).value })}></portico-field>
        <portico-field id="password" name="password" type=${this.passwordVisible ? 'text' : 'password'} label=${msg('Password')} autocomplete="current-password" required
          .error=${errors.password ?? ''} .value=${this.password} @input=${(e: Event) => this.edit({ password: (e.target as PorticoField).value })}>
          ${passwordToggle(this.passwordVisible, 'password', () => (this.passwordVisible = !this.passwordVisible))}
        </portico-field>
        <div class="actions">
          <button class="button" data-variant="primary" part="submit-button" type="submit" aria-busy=${this.busy ? 'true' : 'false'} aria-disabled=${this.busy ? 'true' : 'false'}>
            ${msg('Sign in')}
          </button>
          <button class="link" type="button" @click=${() => this.go('forgot')}>${msg('Forgot password?')}</button>
        </div>
      </form>
      ${this.ssoProviders.length
        ? html`<div class="sso" part="sso" role="group" aria-labelledby="sso-label">
            <p id="sso-label">${msg('Or sign in with your organisation’s account')}</p>
            ${this.ssoProviders.map(
              (p) => html`<button class="button" type="button" @click=${() => emit(this, 'portico-sso-requested', { providerId: p.id })}>
                ${msg(str`Sign in with ${p.label}`)}
              </button>`,
            )}
          </div>`
        : nothing}
    `;
  }

  private renderForgot() {
    return html`
      <portico-password-recovery .adapter=${this.resolveAdapter()} .email=${this.email} @portico-password-reset=${this.finishReset}></portico-password-recovery>
      <p><button class="link" type="button" @click=${() => this.go('sign-in')}>${msg('Back to sign in')}</button></p>
    `;
  }

  private renderChange() {
    return html`
      <h2 part="heading" tabindex="-1">${msg('Choose a new password')}</h2>
      <p class="intro">${msg('You signed in with a one-time password. Choose your own password to continue.')}</p>
      <portico-change-password
        .adapter=${this.resolveAdapter()}
        .currentPassword=${this.pending?.oneTimePassword ?? ''}
        submit-label=${msg('Save password and continue')}
        @portico-password-changed=${this.finishChange}
      ></portico-change-password>
    `;
  }

  private edit(values: { email?: string; password?: string }): void {
    if (values.email !== undefined) this.email = values.email;
    if (values.password !== undefined) this.password = values.password;
    this.fieldErrors = {};
    this.passwordReset = false;
  }

  private async go(step: Step): Promise<void> {
    this.step = step;
    this.failure = undefined;
    this.fieldErrors = {};
    await this.updateComplete;
    this.focusHeading();
  }

  private readonly signIn = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.busy) return;
    const email = this.email.trim();
    this.fieldErrors = {
      ...(email ? {} : { email: msg('Enter your email address.') }),
      ...(this.password ? {} : { password: msg('Enter your password.') }),
    };
    this.failure = undefined;
    if (!email || !this.password) return this.focusProblem();
    const store = this.resolveStore();
    if (!store) return;
    this.busy = true;
    const password = this.password;
    try {
      const result = await store.mutate((adapter, { idempotencyKey }) => adapter.auth.signIn({ body: { email, password } }, { idempotencyKey }));
      if (result.mustChangePassword) {
        this.pending = { ...result, oneTimePassword: password };
        this.pendingToken = result.accessToken;
        if (!this.usesOwnAdapter) emit(this, 'portico-password-change-required', { accessToken: result.accessToken, expiresAt: result.expiresAt });
        this.password = '';
        await this.go('change');
      } else {
        this.password = '';
        emit(this, 'portico-signed-in', { accessToken: result.accessToken, expiresAt: result.expiresAt });
        audit(this, { type: 'signed-in' });
      }
    } catch (error) {
      this.failure = error;
      await this.focusProblem();
    } finally {
      this.busy = false;
    }
  };

  /** After a recovery: back to sign in, the address filled in, saying what happened. */
  private readonly finishReset = async (event: HTMLElementEventMap['portico-password-reset']): Promise<void> => {
    this.email = event.detail.email;
    this.password = '';
    this.passwordReset = true;
    await this.go('sign-in');
  };

  private readonly finishChange = (event: Event): void => {
    event.stopPropagation();
    const pending = this.pending;
    this.pending = undefined;
    this.pendingToken = undefined;
    this.step = 'sign-in';
    if (!pending) return;
    emit(this, 'portico-signed-in', { accessToken: pending.accessToken, expiresAt: pending.expiresAt });
    audit(this, { type: 'signed-in' });
  };
}

define('portico-sign-in', PorticoSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'portico-sign-in': PorticoSignIn;
  }
  interface HTMLElementEventMap {
    'portico-signed-in': CustomEvent<{ accessToken: string; expiresAt: string }>;
    'portico-sso-requested': CustomEvent<{ providerId: string }>;
    'portico-password-change-required': CustomEvent<{ accessToken: string; expiresAt: string }>;
  }
}
