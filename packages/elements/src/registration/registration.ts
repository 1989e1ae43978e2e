import { localized, msg, str } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { Attempt, isPorticoError, safeUrl, type RegistrationInfo } from '@portico/core';
import { PorticoAuthElement } from '../auth/auth-element.js';
import { authStyles, formStyles } from '../auth/form.styles.js';
import { ResourceController } from '../controllers/resource-controller.js';
import { define } from '../define.js';
import { emit } from '../events.js';
import { baseStyles } from '../theme/base-styles.js';
import { buttonStyles } from '../ui/button.styles.js';
import '../ui/field.js';
import type { FieldType, PorticoField } from '../ui/field.js';
import { emailProblem } from '../ui/email.js';
import '../ui/state-loading.js';

type Field = 'firstName' | 'lastName' | 'email' | 'phone' | 'dateOfBirth' | 'acceptTerms';


/**
 * @tagname portico-registration
 * @summary New-client registration (issue #14.3), what the practice's "new client" link opens:
 * name, email, phone, date of birth and consent to the practice's terms. The backend creates
 * the client and sends the invitation; when it refuses a duplicate, the element says so and how
 * to reach the practice. Works before there is a session (`api-base-url` or `adapter`).
 *
 * @csspart heading - The heading.
 * @csspart form - The form.
 * @csspart submit-button - "Register".
 * @csspart error - The refusal or failure after sending.
 * @csspart confirmation - What happens next, after the practice took the registration.
 *
 * @cssprop --portico-color-primary - The main button and links.
 *
 * @fires portico-registered - The practice took the registration; an invitation is on its way. `detail: { invitationSentTo }`.
 */
@localized()
export class PorticoRegistration extends PorticoAuthElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    formStyles,
    authStyles,
    css`
      [part='confirmation']:focus {
        outline: none;
      }
    `,
  ];

  @state() private values: Record<Exclude<Field, 'acceptTerms'>, string> = { firstName: '', lastName: '', email: '', phone: '', dateOfBirth: '' };
  @state() private accepted = false;
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private busy = false;
  @state() private failure: unknown;
  @state() private sentTo: string | undefined;
  private readonly attempt = new Attempt();

  private readonly info = new ResourceController<RegistrationInfo>(this, {
    key: () => ['registration.info', {}],
    fetch: (adapter, _params, signal) => adapter.registration.info(undefined, { signal }),
    adapter: () => this.resolveAdapter(),
    isEmpty: () => false,
  });

  /** Moves focus to the heading. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    return this.info.render({
      loading: () => html`<portico-state-loading rows="5" label=${msg('Loading the registration form')}></portico-state-loading>`,
      content: (info) => this.renderContent(info),
    });
  }

  private renderContent(info: RegistrationInfo) {
    if (!info.open) {
      return html`<h2 part="heading" tabindex="-1">${msg('Register as a new client')}</h2>
        <p>${msg(str`${info.organisationName} does not take registrations online. Please contact the practice.`)}</p>`;
    }
    if (this.sentTo) {
      return html`<h2 part="heading" tabindex="-1">${msg('Thank you for registering')}</h2>
        <p part="confirmation" role="status" tabindex="-1">${msg(str`${info.organisationName} will send an invitation to ${this.sentTo}. Open it to choose your password and sign in.`)}</p>`;
    }
    const terms = safeUrl(info.termsUrl);
    return html`<h2 part="heading" tabindex="-1">${msg('Register as a new client')}</h2>
      <form part="form" novalidate @submit=${this.submit}>
        ${this.renderFailureNotice(
          this.failure,
          isPorticoError(this.failure) && this.failure.code === 'duplicate-client'
            ? msg('The practice already has a client with these details, so it did not register you again. If you were a client before, sign in or use “Forgot password?”; otherwise contact the practice.')
            : undefined,
        )}
        ${this.input('firstName', msg('First name'), 'given-name')}
        ${this.input('lastName', msg('Last name'), 'family-name')}
        ${this.input('email', msg('Email'), 'email', 'email')}
        ${this.input('phone', msg('Phone'), 'tel', 'tel', true)}
        ${this.input('dateOfBirth', msg('Date of birth'), 'bday', 'date')}
        <div class="field">
          <div class="check">
            <input id="accept-terms" type="checkbox" .checked=${this.accepted}
              aria-invalid=${this.errors.acceptTerms ? 'true' : 'false'} aria-describedby=${this.errors.acceptTerms ? 'accept-terms-error' : nothing}
              @change=${(e: Event) => this.setAccepted((e.target as HTMLInputElement).checked)} />
            <label for="accept-terms">${msg(str`I accept the terms of ${info.organisationName}`)}</label>
          </div>
          ${terms ? html`<a href=${terms} target="_blank" rel="noopener noreferrer">${msg('Read the terms (opens in a new tab)')}</a>` : nothing}
          ${this.errors.acceptTerms ? html`<p class="field-error" id="accept-terms-error">${this.errors.acceptTerms}</p>` : nothing}
        </div>
        <div class="actions">
          <button class="button" data-variant="primary" part="submit-button" type="submit" aria-busy=${this.busy ? 'true' : 'false'} aria-disabled=${this.busy ? 'true' : 'false'}>
            ${msg('Register')}
          </button>
        </div>
      </form>`;
  }

  private input(field: Exclude<Field, 'acceptTerms'>, label: string, autocomplete: string, type: FieldType = 'text', optional = false) {
    return html`<portico-field id=${`reg-${field}`} name=${field} type=${type} label=${label} autocomplete=${autocomplete} ?required=${!optional} ?optional=${optional}
      .error=${this.errors[field] ?? ''} .value=${this.values[field]} @input=${(e: Event) => this.edit(field, (e.target as PorticoField).value)}></portico-field>`;
  }

  private edit(field: Exclude<Field, 'acceptTerms'>, value: string): void {
    this.values = { ...this.values, [field]: value };
    if (this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
  }

  private setAccepted(value: boolean): void {
    this.accepted = value;
    if (value && this.errors.acceptTerms) this.errors = { ...this.errors, acceptTerms: undefined };
  }

  private validate(): Partial<Record<Field, string>> {
    const v = this.values;
    const errors: Partial<Record<Field, string>> = {};
    if (!v.firstName.trim()) errors.firstName = msg('Enter your first name.');
    if (!v.lastName.trim()) errors.lastName = msg('Enter your last name.');
    const email = emailProblem(v.email);
    if (email) errors.email = email;
    if (!v.dateOfBirth) errors.dateOfBirth = msg('Enter your date of birth.');
    else if (v.dateOfBirth > new Date().toISOString().slice(0, 10)) errors.dateOfBirth = msg('The date of birth cannot be in the future.');
    if (!this.accepted) errors.acceptTerms = msg('Accept the terms to register.');
    return errors;
  }

  private readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const store = this.resolveStore();
    if (this.busy || !store) return;
    this.failure = undefined;
    this.errors = this.validate();
    if (Object.values(this.errors).some(Boolean)) return this.focusProblem();
    const v = this.values;
    const body = {
      firstName: v.firstName.trim(), lastName: v.lastName.trim(), email: v.email.trim(),
      ...(v.phone.trim() ? { phone: v.phone.trim() } : {}), dateOfBirth: v.dateOfBirth, acceptTerms: true as const,
    };
    this.busy = true;
    try {
      const result = await store.mutate((adapter, { idempotencyKey }) => adapter.registration.register({ body }, { idempotencyKey }), { idempotencyKey: this.attempt.key(body) });
      this.attempt.settle();
      this.sentTo = result.invitationSentTo;
      emit(this, 'portico-registered', { invitationSentTo: result.invitationSentTo });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="confirmation"]')?.focus();
    } catch (error) {
      this.attempt.settle(error);
      // The backend's field errors go next to their fields; anything else is said above the form.
      const issues = isPorticoError(error) && error.code !== 'duplicate-client' ? error.issues.filter((i) => i.path in this.values) : [];
      if (issues.length) this.errors = Object.fromEntries(issues.map((i) => [i.path, i.message]));
      else this.failure = error;
      await this.focusProblem();
    } finally {
      this.busy = false;
    }
  };
}

define('portico-registration', PorticoRegistration);

declare global {
  interface HTMLElementTagNameMap {
    'portico-registration': PorticoRegistration;
  }
  interface HTMLElementEventMap {
    'portico-registered': CustomEvent<{ invitationSentTo: string }>;
  }
}
