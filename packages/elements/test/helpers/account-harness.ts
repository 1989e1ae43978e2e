/**
 * Drives the account view and the sign-in elements as a user does: type into labelled
 * fields, tick boxes, press buttons by their text, read the rules list.
 */
import { fixture, html } from '@open-wc/testing';
import type { PortalAdapter } from '@portico/core';
import '../../src/provider/provider.js';
import '../../src/views/account/account.js';
import type { PorticoAccount } from '../../src/views/account/account.js';
import { waitFor } from './portal-harness.js';

/** Types `text` into a field the way a keyboard does: value changes, `input` fires. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function setChecked(box: HTMLInputElement, checked: boolean): void {
  if (box.checked !== checked) box.click();
}

export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** The input labelled `label` (exact text of its `<label>`, optional marker ignored). */
export function field<E extends HTMLElement = HTMLInputElement>(root: ShadowRoot, label: string): E {
  const labels = [...root.querySelectorAll('label')];
  const found = labels.find((l) => l.textContent!.replace('(optional)', '').trim() === label);
  if (!found) throw new Error(`No field "${label}" in [${labels.map((l) => l.textContent!.trim()).join(', ')}]`);
  const control = root.getElementById(found.htmlFor) as E | null;
  if (!control) throw new Error(`Label "${label}" points to no control`);
  return control;
}

export function button(root: ShadowRoot, text: string): HTMLButtonElement {
  const buttons = [...root.querySelectorAll('button')];
  const found = buttons.find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === text);
  if (!found) throw new Error(`No button "${text}" in [${buttons.map((b) => b.textContent!.trim()).join(' | ')}]`);
  return found;
}

/** The error message tied to a field through `aria-describedby`, if shown. */
export function errorFor(root: ShadowRoot, control: HTMLElement): string | undefined {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => root.getElementById(id)).find((el) => el?.classList.contains('field-error'))?.textContent?.trim();
}

/** The password rules as the user reads them: `[text, met]`. */
export function rules(root: ShadowRoot): [string, boolean][] {
  return [...root.querySelectorAll('.rules li')].map((li) => [
    li.querySelector('span:not(.mark)')!.textContent!.replace(/^(Met:|Not met yet:)\s*/, '').replace(/\s+/g, ' ').trim(),
    li.hasAttribute('data-met'),
  ]);
}

export async function renderAccount(adapter: PortalAdapter, item?: string): Promise<PorticoAccount> {
  const provider = await fixture(html`<portico-provider .adapter=${adapter}><portico-account .item=${item}></portico-account></portico-provider>`);
  const account = provider.querySelector('portico-account')!;
  await waitFor(() => account.shadowRoot!.querySelector('[role="tablist"]'), { message: 'the account view' });
  return account;
}

/** The shadow root of a section's element once its data is on screen (form, or a state panel). */
export async function sectionRoot(account: PorticoAccount, tag: string, ready = 'form, portico-state-error, [part="confirmation"]'): Promise<ShadowRoot> {
  const el = await waitFor(() => account.shadowRoot!.querySelector(tag), { message: `<${tag}>` });
  await waitFor(() => el.shadowRoot?.querySelector(ready), { message: `<${tag}> to load` });
  return el.shadowRoot!;
}
