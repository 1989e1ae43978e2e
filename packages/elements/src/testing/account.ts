/**
 * Drives the account view and the sign-in elements as a user does: type into labelled fields,
 * tick boxes, press buttons by their text, read the rules list.
 */
import type { PorticoAccount } from '../views/account/account.js';
import { passwordRules } from './auth.js';
import { PorticoHarness, typeInto } from './harness.js';
import { errorOf, getByLabel, getByRole, queryAllByLabel, textOf, type Scope, type TextMatch } from './queries.js';

/** `label` as a pattern that also matches it with the "(optional)" marker after it. */
function labelled(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(optional\\))?$`);
}

/**
 * The control labelled `label` (its accessible name, an "(optional)" marker after it ignored): a
 * native control in `root`, or the `<input>`/`<textarea>`/`<select>` inside a `<portico-field>` there.
 * Where two share a name (the recovery step's "Email" field and its "Email" channel), the first in
 * reading order.
 */
export function field<C extends HTMLElement = HTMLInputElement>(root: Scope, label: string): C {
  const found = queryAllByLabel(root, labelled(label))[0];
  return (found as C | undefined) ?? getByLabel<C>(root, labelled(label));
}

/** The button whose accessible name is `text`. */
export function button(root: Scope, text: string): HTMLButtonElement {
  return getByRole<HTMLButtonElement>(root, 'button', { name: text });
}

/** The password rules as the user reads them: `[text, met]` (see `passwordRules`). */
export function rules(root: Scope): [string, boolean][] {
  return passwordRules(root);
}

export class AccountHarness extends PorticoHarness<PorticoAccount> {
  /** Waits for the section tabs. */
  async ready(): Promise<this> {
    await this.waitFor(() => this.root.querySelector('[role="tablist"]'), { message: 'the account view' });
    return this;
  }

  /** The shadow root of a section's element once its data is on screen (form, or a state panel). */
  async section(tag: string, ready = 'form, portico-state-error, [part="confirmation"]'): Promise<ShadowRoot> {
    const el = await this.waitFor(() => this.root.querySelector(tag), { message: `<${tag}>` });
    await this.waitFor(() => el.shadowRoot?.querySelector(ready), { message: `<${tag}> to load` });
    return el.shadowRoot!;
  }

  /** Waits until the shown section's form is on screen (its data loaded) and returns the section's shadow root. */
  formOf(tag: string): Promise<ShadowRoot> {
    return this.section(tag, 'form');
  }

  /** Types into the field labelled `label` ("(optional)" after it ignored), in a section's shadow root or anywhere in the view. */
  async typeIn(section: Scope, label: string, text: string): Promise<HTMLInputElement>;
  async typeIn(label: string, text: string): Promise<HTMLInputElement>;
  async typeIn(a: Scope | string, b: string, c?: string): Promise<HTMLInputElement> {
    const [scope, label, text]: [Scope, string, string] = typeof a === 'string' ? [this.element, a, b] : [a, b, c!];
    const control = await this.waitFor(() => field<HTMLInputElement>(scope, label), { message: `the field "${label}" in ${this.label}` });
    return typeInto(control, text, this.driver);
  }

  /** Clicks the tab named `name` (Contact details, Notifications, Password…). */
  async openTab(name: TextMatch): Promise<void> {
    await this.click(await this.findByRole('tab', { name }));
  }

  /** The names of the section tabs, in order. */
  tabs(): string[] {
    return this.queryAllByRole('tab').map((t) => textOf(t));
  }

  /** The error shown next to the field labelled `label` ('' when none). */
  errorFor(label: string): string {
    return errorOf(field(this.element, label));
  }

  /** Waits until the field labelled `label` shows an error, and returns it. */
  waitForError(label: string): Promise<string> {
    return this.waitFor(() => this.errorFor(label), { message: `an error on "${label}" in ${this.label}` });
  }

  /** Presses the Retry button of a failure panel ("Try again"). */
  async retry(): Promise<void> {
    await this.click('Try again');
  }

  /** The password rules shown in the view (see `passwordRules`). */
  rules(name?: TextMatch): [string, boolean][] {
    return passwordRules(this.element, name);
  }
}
