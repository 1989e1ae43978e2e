import { localized, msg } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Attempt, isPorticoError, type PasswordPolicy } from '@portico/core';
import { ResourceController } from '../controllers/resource-controller.js';
import { define } from '../define.js';
import { emit } from '../events.js';
import { baseStyles } from '../theme/base-styles.js';
import { buttonStyles } from '../ui/button.styles.js';
import '../ui/field.js';
import type { PorticoField } from '../ui/field.js';
import '../ui/state-error.js';
import '../ui/state-loading.js';
import { PorticoAuthElement } from './auth-element.js';
import { formStyles } from './form.styles.js';
import { NewPasswordController, passwordToggle } from './new-password.js';

/**
 * @tagname portico-change-password
 * @summary Change the password (ACCT-2): current password, new password with the practice's
 * rules shown as the user types, and confirmation. Also the forced change after signing in
 * with a one-time password (ACCT-1), where `currentPassword` is given and not asked again.
 *
 * Inside `<portico-portal>` / `<portico-provider>` it uses their adapter; on its own give it
 * an `adapter` or `api-base-url` (the request needs the signed-in user's token).
 *
 * @csspart form - The form.
 * @csspart password-rules - The list of password rules with their met / not-met state.
 * @csspart submit-button - The "Change password" button.
 * @csspart error - The message after a failure to reach the practice.
 *
 * @cssprop --portico-color-primary - Main button and the met-rule marks.
 * @cssprop --portico-color-danger - Field errors and the failure message.
 * @cssprop --portico-color-border - Field borders.
 * @cssprop --portico-radius-md - Field and button corners.
 *
 * @fires portico-password-changed - The backend accepted the new password. `detail: {}`.
 */
@localized()
export class PorticoChangePassword extends PorticoAuthElement {
  static override styles = [baseStyles, buttonStyles, formStyles, css`:host { display: block; }`];

  /** The current (one-time) password when already known: the field is then not shown. */
  @property({ attribute: false }) currentPassword: string | undefined;

  /** The label of the submit button. */
  @property({ attribute: 'submit-label' }) submitLabel: string | undefined;

  @state() private current = '';
  @state() private currentVisible = false;
  @state() private currentError: string | undefined;
  @state() private failure: unknown;
  @state() private busy = false;
  @state() private done = false;

  private readonly fields = new NewPasswordController(this, 'change-password');
  private readonly attempt = new Attempt();

  private readonly policy = new ResourceController<PasswordPolicy, Record<string, never>>(this, {
    key: () => ['auth.passwordPolicy', {}],
    fetch: (adapter, _params, signal) => adapter.auth.passwordPolicy(undefined, { signal }),
    adapter: () => this.resolveAdapter(),
    staleTime: 10 * 60_000,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('currentPassword')) this.current = this.currentPassword ?? '';
  }

  override render() {
    return this.policy.render({
      loading: () => html`<portico-state-loading rows="3" label=${msg('Loading the password rules')}></portico-state-loading>`,
      content: (policy) => this.renderForm(policy),
    });
  }

  private renderForm(policy: PasswordPolicy) {
    const askCurrent = this.currentPassword === undefined;
    return html`<form part="form" novalidate @submit=${(e: Event) => this.submit(e, policy)}>
      ${this.done ? html`<p class="notice" role="status">${msg('Your password has been changed.')}</p>` : nothing}
      ${this.renderFailureNotice(this.failure)}
      ${askCurrent
        ? html`<portico-field id="current-password" name="current-password" type=${this.currentVisible ? 'text' : 'password'} label=${msg('Current password')}
            autocomplete="current-password" required .error=${this.currentError ?? ''} .value=${this.current}
            @input=${(e: Event) => {
              this.current = (e.target as PorticoField).value;
              this.currentError = undefined;
            }}>
            ${passwordToggle(this.currentVisible, 'current-password', () => (this.currentVisible = !this.currentVisible))}
          </portico-field>`
        : nothing}
      ${this.fields.render(policy)}
      <div class="actions">
        <button class="button" data-variant="primary" part="submit-button" type="submit" aria-busy=${this.busy ? 'true' : 'false'} aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.submitLabel ?? msg('Change password')}
        </button>
      </div>
    </form>`;
  }

  private async submit(event: Event, policy: PasswordPolicy): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.done = false;
    this.failure = undefined;
    const currentMissing = this.currentPassword === undefined && !this.current;
    this.currentError = currentMissing ? msg('Enter your current password.') : undefined;
    const fieldsOk = this.fields.validate(policy);
    if (currentMissing) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#current-password')?.focus();
      return;
    }
    if (!fieldsOk) return;
    const store = this.resolveStore();
    if (!store) return;
    this.busy = true;
    const body = { currentPassword: this.current, newPassword: this.fields.password };
    try {
      await store.mutate((adapter, { idempotencyKey }) => adapter.auth.changePassword({ body }, { idempotencyKey }), {
        idempotencyKey: this.attempt.key(body),
      });
      this.attempt.settle();
      this.fields.reset();
      if (this.currentPassword === undefined) this.current = '';
      this.done = true;
      emit(this, 'portico-password-changed', {});
    } catch (error) {
      this.attempt.settle(error);
      void this.showFailure(error);
    } finally {
      this.busy = false;
    }
  }

  private async showFailure(error: unknown): Promise<void> {
    const code = isPorticoError(error) ? error.code : undefined;
    if (code === 'wrong-password' && this.currentPassword === undefined) {
      this.currentError = msg('That is not your current password.');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#current-password')?.focus();
    } else if (code === 'weak-password') {
      this.fields.serverError = msg('The practice did not accept this password. Check the rules and try another.');
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${this.fields.ids.password}`)?.focus();
    } else {
      this.failure = error;
    }
  }
}

define('portico-change-password', PorticoChangePassword);

declare global {
  interface HTMLElementTagNameMap {
    'portico-change-password': PorticoChangePassword;
  }
  interface HTMLElementEventMap {
    'portico-password-changed': CustomEvent<Record<string, never>>;
  }
}
