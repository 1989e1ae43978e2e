/**
 * "New password" + "Confirm" with the practice's rules shown as the user types (ACCT-1/2),
 * as a reactive controller so its inputs live in the host's own form (Enter submits it,
 * labels and `aria-describedby` stay in one shadow root). Used by enrollment, the forced
 * change after a one-time password and the account's change-password form.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { PasswordPolicy } from '@portico/core';
import '../ui/field.js';
import type { PorticoField } from '../ui/field.js';
import { PressGuard } from '../ui/press-guard.js';
import { checkPassword, type PasswordRuleResult } from './password-rules.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The translated line for one rule. */
export function ruleText(result: PasswordRuleResult): string {
  switch (result.rule) {
    case 'min-length':
      return msg(str`At least ${result.minLength ?? 0} characters`);
    case 'uppercase':
      return msg('An upper-case letter (A–Z)');
    case 'lowercase':
      return msg('A lower-case letter (a–z)');
    case 'digit':
      return msg('A digit (0–9)');
    case 'symbol':
      return msg('A symbol, such as ! or #');
  }
}

/** A "Show password" toggle for the field `fieldId`, in its `end` slot (a real button with `aria-pressed`). */
export function passwordToggle(visible: boolean, fieldId: string, onToggle: () => void) {
  return html`<button slot="end" class="button" data-variant="ghost" data-size="sm" type="button" aria-pressed=${visible ? 'true' : 'false'} aria-controls=${fieldId} @click=${onToggle}>
    ${msg('Show password')}
  </button>`;
}

export class NewPasswordController implements ReactiveController {
  password = '';
  confirm = '';
  visible = false;
  /** Errors show after a submit attempt (or leaving the confirm field), never while typing the first time. */
  private submitted = false;
  private confirmLeft = false;
  /** A refusal from the backend for the new password (e.g. a rule the policy did not list). */
  serverError: string | undefined;
  /** "Do not match" on leaving the confirmation waits for a press to end (#10.16). */
  private readonly press: PressGuard;

  constructor(
    private readonly host: Host,
    private readonly idPrefix: string,
  ) {
    host.addController(this);
    this.press = new PressGuard(host);
  }

  hostConnected(): void {}

  get ids() {
    const p = this.idPrefix;
    return { password: `${p}-new`, confirm: `${p}-confirm`, rules: `${p}-rules` };
  }

  private rulesFor(policy: PasswordPolicy | undefined): PasswordRuleResult[] {
    return policy ? checkPassword(this.password, policy) : [];
  }

  private passwordProblem(policy: PasswordPolicy | undefined): string | undefined {
    if (this.serverError) return this.serverError;
    if (!this.submitted) return undefined;
    if (!this.password) return msg('Enter a new password.');
    if (this.rulesFor(policy).some((r) => !r.met)) return msg('The password does not meet every rule yet.');
    return undefined;
  }

  private confirmProblem(): string | undefined {
    if (!this.submitted && !this.confirmLeft) return undefined;
    if (!this.confirm) return this.submitted ? msg('Enter the new password again.') : undefined;
    return this.confirm === this.password ? undefined : msg('The two passwords do not match.');
  }

  /** Checks both fields, shows what is wrong and focuses the first field to fix. */
  validate(policy: PasswordPolicy | undefined): boolean {
    this.submitted = true;
    this.host.requestUpdate();
    const bad = this.passwordProblem(policy) ? this.ids.password : this.confirmProblem() ? this.ids.confirm : undefined;
    if (bad) void this.host.updateComplete.then(() => this.host.shadowRoot?.getElementById(bad)?.focus());
    return !bad;
  }

  reset(): void {
    this.password = '';
    this.confirm = '';
    this.submitted = false;
    this.confirmLeft = false;
    this.serverError = undefined;
    this.host.requestUpdate();
  }

  render(policy: PasswordPolicy | undefined, label: string = msg('New password')) {
    const ids = this.ids;
    const rules = this.rulesFor(policy);
    const met = rules.filter((r) => r.met).length;
    const passwordError = this.passwordProblem(policy);
    const confirmError = this.confirmProblem();
    return html`
      <portico-field id=${ids.password} name="new-password" type=${this.visible ? 'text' : 'password'} label=${label} autocomplete="new-password" required
        .error=${passwordError ?? ''} .value=${this.password}
        @input=${(e: Event) => {
          this.password = (e.target as PorticoField).value;
          this.serverError = undefined;
          this.host.requestUpdate();
        }}>
        ${passwordToggle(this.visible, ids.password, () => {
          this.visible = !this.visible;
          this.host.requestUpdate();
        })}
        ${policy
          ? html`<ul slot="hint" class="rules" id=${ids.rules} part="password-rules" aria-label=${msg('Password rules')}>
              ${rules.map(
                (r) => html`<li ?data-met=${r.met}>
                  <span class="mark" aria-hidden="true">${r.met ? '✓' : '○'}</span>
                  <span><span class="visually-hidden">${r.met ? msg('Met:') : msg('Not met yet:')} </span>${ruleText(r)}</span>
                </li>`,
              )}
            </ul>`
          : nothing}
      </portico-field>
      ${policy
        ? html`<p class="visually-hidden" role="status" aria-live="polite">
            ${this.password ? msg(str`${met} of ${rules.length} password rules met`) : ''}
          </p>`
        : nothing}
      <portico-field id=${ids.confirm} name="confirm-password" type=${this.visible ? 'text' : 'password'} label=${msg('Confirm new password')} autocomplete="new-password" required
        .error=${confirmError ?? ''} .value=${this.confirm}
        @input=${(e: Event) => {
          this.confirm = (e.target as PorticoField).value;
          this.host.requestUpdate();
        }}
        @blur=${() => this.press.afterPress(() => {
          this.confirmLeft = this.confirm.length > 0;
          this.host.requestUpdate();
        })}></portico-field>
    `;
  }
}
