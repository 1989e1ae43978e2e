/**
 * Drives the account view and the sign-in elements as a user does: type into labelled fields,
 * tick boxes, press buttons by their text, read the rules list.
 */
import type { PorticoAccount } from '../views/account/account.js';
import { PorticoHarness, typeInto } from './harness.js';

/**
 * The control labelled `label` (exact text of its `<label>`, optional marker ignored): a native
 * control in `root`, or the `<input>`/`<textarea>`/`<select>` inside a `<portico-field>` there.
 */
export function field<C extends HTMLElement = HTMLInputElement>(root: ShadowRoot, label: string): C {
  // In reading order: a field's own label stands where the field does.
  const labels = [...root.querySelectorAll('label, portico-field')].flatMap((el) =>
    el instanceof HTMLLabelElement ? [el] : [...(el.shadowRoot?.querySelectorAll('label') ?? [])],
  );
  const found = labels.find((l) => l.textContent!.replace('(optional)', '').trim() === label);
  if (!found) throw new Error(`No field "${label}" in [${labels.map((l) => l.textContent!.trim()).join(', ')}]`);
  const control = (found.getRootNode() as ShadowRoot).getElementById(found.htmlFor) as C | null;
  if (!control) throw new Error(`Label "${label}" points to no control`);
  return control;
}

/** The button whose text is `text`. */
export function button(root: ShadowRoot, text: string): HTMLButtonElement {
  const buttons = [...root.querySelectorAll('button')];
  const found = buttons.find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === text);
  if (!found) throw new Error(`No button "${text}" in [${buttons.map((b) => b.textContent!.trim()).join(' | ')}]`);
  return found;
}

/** The password rules as the user reads them: `[text, met]`. */
export function rules(root: ShadowRoot): [string, boolean][] {
  return [...root.querySelectorAll('.rules li')].map((li) => [
    li.querySelector('span:not(.mark)')!.textContent!.replace(/^(Met:|Not met yet:)\s*/, '').replace(/\s+/g, ' ').trim(),
    li.hasAttribute('data-met'),
  ]);
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

  /** Types into the field labelled `label` in a section's shadow root. */
  async typeIn(section: ShadowRoot, label: string, text: string): Promise<HTMLInputElement> {
    return typeInto(field(section, label), text, this.driver);
  }
}
