/**
 * Drives the account view and the sign-in elements as a user does: type into labelled
 * fields, tick boxes, press buttons by their text, read the rules list.
 */
import { fixture, html } from '@open-wc/testing';
import type { PortalAdapter } from '@portico/core';
import '../../src/provider/provider.js';
import '../../src/views/account/account.js';
import type { PorticoAccount } from '../../src/views/account/account.js';
import { selectWithKeys, typeInto as typeWithKeys } from '../../src/testing/harness.js';
import { webTestRunnerDriver } from './harness.js';
import { waitFor } from './portal-harness.js';

export { AccountHarness, button, field, rules } from '../../src/testing/account.js';
export { errorOf } from '../../src/testing/queries.js';

/** Types `text` into a field the way a keyboard does: focus, select what it holds, key presses. */
export function typeInto<C extends HTMLInputElement | HTMLTextAreaElement>(field: C, text: string): Promise<C> {
  return typeWithKeys(field, text);
}

/** Pastes `text` into a field (one edit): for text far too long to type key by key. */
export { pasteInto } from '../../src/testing/harness.js';

/** Chooses an option (its value or text) in a list box with the keyboard. */
export function choose(select: HTMLSelectElement, option: string): Promise<HTMLSelectElement> {
  return selectWithKeys(select, option);
}

/** Clicks an element the way a pointer does (at its centre, through the browser), not `element.click()`. */
export function click(element: Element): Promise<void> {
  return webTestRunnerDriver.click(element);
}

/** Ticks or clears a checkbox with the space bar. */
export async function setChecked(box: HTMLInputElement, checked: boolean): Promise<void> {
  if (box.checked === checked) return;
  box.focus();
  await webTestRunnerDriver.press('Space');
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
