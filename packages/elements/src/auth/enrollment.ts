import { localized, msg, str } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Attempt, isPorticoError, safeUrl, type Invitation } from '@portico/core';
import { ResourceController } from '../controllers/resource-controller.js';
import { define } from '../define.js';
import { audit } from '../audit.js';
import { emit } from '../events.js';
import { baseStyles } from '../theme/base-styles.js';
import { token } from '../theme/tokens.js';
import { buttonStyles } from '../ui/button.styles.js';
import '../ui/state-empty.js';
import '../ui/state-error.js';
import '../ui/state-loading.js';
import { PorticoAuthElement } from './auth-element.js';
import { authStyles, formStyles } from './form.styles.js';
import { NewPasswordController } from './new-password.js';

/**
 * @tagname portico-enrollment
 * @summary Enrolment from an invitation link (ACCT-1): shows the practice and the client,
 * sets a password with the practice's rules shown as the user types, confirms it, and
 * accepts the terms. Works before there is a session; calls only `auth.*` operations.
 *
 * The invitation token travels in request bodies only, never in a URL Portico builds. The
 * host reads it from its own link and sets the `token` property.
 *
 * @csspart heading - The heading.
 * @csspart invitation - What the invitation is for (practice, client, email).
 * @csspart form - The enrolment form.
 * @csspart password-rules - The list of password rules with their met / not-met state.
 * @csspart submit-button - The "Create account" button.
 * @csspart error - The message after a failure to reach the practice.
 *
 * @cssprop --portico-color-primary - Main button and the met-rule marks.
 * @cssprop --portico-color-danger - Field errors and the failure message.
 * @cssprop --portico-color-border - Field borders.
 * @cssprop --portico-radius-md - Field and button corners.
 *
 * @fires portico-signed-in - The account was created and the user is signed in. `detail: { accessToken, expiresAt }`.
 */
@localized()
export class PorticoEnrollment extends PorticoAuthElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    formStyles,
    authStyles,
    css`
      h2 {
        margin-bottom: ${token('space-3')};
      }
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: ${token('space-1')} ${token('space-3')};
        margin: 0 0 ${token('space-5')};
      }
      dt {
        color: ${token('color-muted')};
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The invitation token from the link the practice sent (kept out of URLs and attributes). */
  @property({ attribute: false }) token: string | undefined;

  @state() private termsAccepted = false;
  @state() private termsError = false;
  @state() private busy = false;
  @state() private failure: unknown;
  @state() private done = false;

  private readonly fields = new NewPasswordController(this, 'enrol');
  private readonly attempt = new Attempt();

  private readonly invitation = new ResourceController<Invitation, { token: string }>(this, {
    key: () => !!this.token && ['auth.getInvitation', { token: this.token }],
    fetch: (adapter, { token }, signal) => adapter.auth.getInvitation({ body: { token } }, { signal }),
    adapter: () => this.resolveAdapter(),
    staleTime: Infinity,
  });

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    if (!this.token) {
      return html`<portico-state-empty
        heading=${msg('No invitation')}
        description=${msg('Open the link in the invitation email from your practice, or ask the practice to send a new one.')}
      ></portico-state-empty>`;
    }
    return this.invitation.render({
      loading: () => html`<portico-state-loading rows="4" label=${msg('Loading your invitation')}></portico-state-loading>`,
      error: (error) =>
        error.kind === 'not-found' || error.kind === 'conflict'
          ? html`<portico-state-empty
              heading=${error.kind === 'conflict' ? msg('This invitation has already been used') : msg('This invitation is not valid')}
              description=${error.kind === 'conflict'
                ? msg('Your account is set up. Sign in with your email and password.')
                : msg('It may have expired. Ask the practice to send a new invitation.')}
            ></portico-state-empty>`
          : html`<portico-state-error .error=${error} @portico-retry=${() => void this.invitation.retry()}></portico-state-error>`,
      content: (invitation) => (this.done ? this.renderDone(invitation) : this.renderForm(invitation)),
    });
  }

  private renderDone(invitation: Invitation) {
    return html`<h2 part="heading" tabindex="-1">${msg('Your account is ready')}</h2>
      <p class="notice" role="status">${msg(str`Welcome to ${invitation.organisationName}.`)}</p>`;
  }

  private renderForm(invitation: Invitation) {
    return html`
      <h2 part="heading" tabindex="-1">${msg(str`Join ${invitation.organisationName}`)}</h2>
      <dl part="invitation">
        <dt>${msg('Practice')}</dt>
        <dd>${invitation.organisationName}</dd>
        <dt>${msg('Client')}</dt>
        <dd>${invitation.clientName}</dd>
        <dt>${msg('Your email')}</dt>
        <dd>${invitation.email}</dd>
      </dl>
      <form part="form" novalidate @submit=${(e: Event) => this.submit(e, invitation)}>
        ${this.renderFailureNotice(this.failure)}
        <input type="email" name="username" autocomplete="username" hidden .value=${invitation.email} />
        ${this.fields.render(invitation.passwordPolicy, msg('Choose a password'))}
        <div class="field">
          <div class="check">
            <input id="terms" type="checkbox" required .checked=${this.termsAccepted}
              aria-invalid=${this.termsError ? 'true' : 'false'} aria-describedby=${this.termsError ? 'terms-error' : nothing}
              @change=${(e: Event) => {
                this.termsAccepted = (e.target as HTMLInputElement).checked;
                this.termsError = false;
              }} />
            <label for="terms">${msg('I accept the terms of use')}</label>
          </div>
          <p class="hint">${safeUrl(invitation.termsUrl)
            ? html`<a href=${safeUrl(invitation.termsUrl)!} target="_blank" rel="noopener noreferrer">${msg('Read the terms of use (opens in a new tab)')}</a>`
            : nothing}</p>
          ${this.termsError ? html`<p class="field-error" id="terms-error">${msg('Accept the terms of use to create your account.')}</p>` : nothing}
        </div>
        <div class="actions">
          <button class="button" data-variant="primary" part="submit-button" type="submit" aria-busy=${this.busy ? 'true' : 'false'} aria-disabled=${this.busy ? 'true' : 'false'}>
            ${msg('Create account')}
          </button>
        </div>
      </form>
    `;
  }

  private async submit(event: Event, invitation: Invitation): Promise<void> {
    event.preventDefault();
    if (this.busy || !this.token) return;
    this.failure = undefined;
    const fieldsOk = this.fields.validate(invitation.passwordPolicy);
    this.termsError = !this.termsAccepted;
    if (!fieldsOk) return;
    if (this.termsError) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#terms')?.focus();
      return;
    }
    const store = this.resolveStore();
    if (!store) return;
    const body = { token: this.token, password: this.fields.password, acceptTerms: true as const };
    this.busy = true;
    try {
      const result = await store.mutate((adapter, { idempotencyKey }) => adapter.auth.acceptInvitation({ body }, { idempotencyKey }), {
        idempotencyKey: this.attempt.key(body),
      });
      this.attempt.settle();
      this.fields.reset();
      this.done = true;
      emit(this, 'portico-signed-in', { accessToken: result.accessToken, expiresAt: result.expiresAt });
      audit(this, { type: 'signed-in' });
      await this.updateComplete;
      this.focusHeading();
    } catch (error) {
      this.attempt.settle(error);
      if (isPorticoError(error) && error.code === 'weak-password') {
        this.fields.serverError = msg('The practice did not accept this password. Check the rules and try another.');
        this.requestUpdate();
      } else {
        this.failure = error;
      }
      await this.focusProblem();
    } finally {
      this.busy = false;
    }
  }
}

define('portico-enrollment', PorticoEnrollment);

declare global {
  interface HTMLElementTagNameMap {
    'portico-enrollment': PorticoEnrollment;
  }
}
