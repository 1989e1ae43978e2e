/**
 * Drives the sign-in elements (`<portico-sign-in>` with its password recovery and forced
 * change, `<portico-enrollment>`, `<portico-change-password>`, `<portico-sign-out>`) the way a
 * person does: type into fields by their labels, press buttons by their names, read the alert,
 * a field's error and the password rules.
 *
 * ```ts
 * const auth = new AuthHarness(document.querySelector('portico-sign-in')!);
 * await auth.signIn('pat@example.com', 'not-my-password');
 * expect(await auth.alertText()).toContain('The email or password is not right');
 * ```
 *
 * One harness follows the element into the steps it shows inside itself (the recovery steps, the
 * forced change): queries look through every shadow root under it.
 */
import { PorticoHarness } from './harness.js';
import { errorOf, queryAllByRole, textOf, type Scope, type TextMatch } from './queries.js';

/**
 * The password rules shown under `scope` as a person reads them, from the list named "Password
 * rules" (or `name`): `[text, met]` for each, the text without the "Met:" / "Not met yet:" a screen
 * reader hears first; `[]` when no rules are shown.
 */
export function passwordRules(scope: Scope, name: TextMatch = 'Password rules'): [string, boolean][] {
  const list = queryAllByRole(scope, 'list', { name })[0];
  if (!list) return [];
  return queryAllByRole(list, 'listitem').map((li) => [
    textOf(li.querySelector('span:not(.mark)') ?? li).replace(/^(Met:|Not met yet:|Cumplida:|Todavía no cumplida:)\s*/, ''),
    li.hasAttribute('data-met'),
  ]);
}

/** Everything an auth element shows once it has loaded (or failed to). */
const SETTLED = 'form, portico-state-loading, portico-state-error, portico-state-empty, button, h2';

export class AuthHarness<E extends HTMLElement = HTMLElement> extends PorticoHarness<E> {
  /** Waits until the element has rendered something (a form, a state panel, its button). */
  async ready(): Promise<this> {
    await this.waitFor(() => this.element.shadowRoot?.querySelector(SETTLED), { message: `${this.label} to render` });
    return this;
  }

  /** Waits until the element's own form is shown (an invitation or the password rules loaded). */
  async formShown(): Promise<this> {
    await this.waitFor(() => this.element.shadowRoot?.querySelector('form'), { message: `the form of ${this.label}` });
    return this;
  }

  /** The text of the first heading shown ('' when there is none). */
  heading(): string {
    const first = this.queryAllByRole('heading')[0];
    return first ? textOf(first) : '';
  }

  /** Waits until a heading reads `name` (the step a person is on) and returns it. */
  waitForHeading(name: TextMatch): Promise<HTMLElement> {
    return this.findByRole('heading', { name });
  }

  /** Types the email and password (fields labelled `labels.email`, `labels.password`) and presses the sign-in button. */
  async signIn(email: string, password: string, labels: { email?: string; password?: string; submit?: string } = {}): Promise<void> {
    await this.type(labels.email ?? 'Email', email);
    await this.type(labels.password ?? 'Password', password);
    await this.click(labels.submit ?? 'Sign in');
  }

  /** Presses "Forgot password?" (after typing `email`, if given) and waits for the recovery steps. */
  async forgotPassword(email?: string): Promise<void> {
    if (email) await this.type('Email', email);
    await this.click('Forgot password?');
    await this.waitForHeading('Reset your password');
  }

  /** In the recovery steps: presses "Send code" and waits for the field to type it into. */
  async sendCode(): Promise<void> {
    await this.click('Send code');
    await this.findByLabel('Code');
  }

  /** In the recovery steps: types the code and presses "Check code". */
  async checkCode(code: string): Promise<void> {
    await this.type(await this.findByLabel('Code'), code);
    await this.click('Check code');
  }

  /** Fills in a new password and its confirmation (labelled `label`, "New password" unless given). */
  async choosePassword(password: string, confirm = password, label = 'New password'): Promise<void> {
    await this.type(await this.findByLabel(label), password);
    await this.type('Confirm new password', confirm);
  }

  /** Presses the Retry button of a failure panel ("Try again"). */
  async retry(): Promise<void> {
    await this.click('Try again');
  }

  /** Waits for the alert (a failure the element announces) and returns its text. */
  async alertText(): Promise<string> {
    return textOf(await this.findByRole('alert'));
  }

  /** The error shown next to the field labelled `label` ('' when none). */
  errorFor(label: TextMatch): string {
    return errorOf(this.getByLabel(label));
  }

  /** Waits until the field labelled `label` shows an error, and returns it. */
  waitForError(label: TextMatch): Promise<string> {
    return this.waitFor(() => this.errorFor(label), { message: `an error on "${String(label)}" in ${this.label}` });
  }

  /** The password rules as a person reads them (see `passwordRules`). */
  rules(name?: TextMatch): [string, boolean][] {
    return passwordRules(this.element, name);
  }

  /** How many password rules are met. */
  rulesMet(name?: TextMatch): number {
    return this.rules(name).filter(([, met]) => met).length;
  }
}
