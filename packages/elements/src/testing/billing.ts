/** Drives `<portico-billing>` as a user would: open an invoice, open the pay dialog, type a card. */
import type { PorticoBilling } from '../views/billing/billing.component.js';
import { defaultDriver, type Driver } from './driver.js';
import { PorticoHarness, typeInto } from './harness.js';
import { getByLabel, getByRole, queryAllByRole, textOf, type Scope, type TextMatch } from './queries.js';
import { waitFor } from './wait.js';

/** The shadow root of a billing part (`portico-billing-invoices`, …) once it is rendered. */
export async function part(billing: PorticoBilling, tag: string): Promise<ShadowRoot> {
  const el = await waitFor(() => billing.shadowRoot!.querySelector<HTMLElement>(tag), { message: `<${tag}>` });
  await waitFor(() => el.shadowRoot && el.shadowRoot.childElementCount > 0, { message: `<${tag}> to render` });
  return el.shadowRoot!;
}

/** Waits until a part shows something other than its loading skeleton. */
export async function settled(billing: PorticoBilling, tag: string, selector: string): Promise<ShadowRoot> {
  const root = await part(billing, tag);
  await waitFor(() => root.querySelector(selector), { message: `${selector} in <${tag}>` });
  return root;
}

export function buttonByText(root: ParentNode, text: string | RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => (typeof text === 'string' ? b.textContent!.trim() === text : text.test(b.textContent!.trim())));
  if (!found) throw new Error(`No button "${String(text)}"`);
  return found;
}

/** Chooses the tab `label` ("Payments", "Saved cards", …) with a click, once it is shown. */
export async function selectTab(billing: PorticoBilling, label: string, driver: Driver = defaultDriver()): Promise<void> {
  const tab = await waitFor(() => getByRole(billing, 'tab', { name: label }), { message: `the tab "${label}"` });
  await driver.click(tab);
}

/**
 * Opens the invoice numbered `number` (`HL-1041`, as the list shows it) by clicking it in the
 * invoice list (on the Invoices tab), as a person does; returns the invoice detail's shadow root
 * once it is shown.
 */
export async function openDetail(billing: PorticoBilling, number: string, driver: Driver = defaultDriver()): Promise<ShadowRoot> {
  // On another tab, back to the list first (a view with one section shows no tabs).
  const tab = queryAllByRole(billing, 'tab', { name: 'Invoices' })[0];
  if (tab && tab.getAttribute('aria-selected') !== 'true') await driver.click(tab);
  const list = await part(billing, 'portico-billing-invoices');
  const link = await waitFor(() => getByRole(list, 'button', { name: `Invoice ${number}` }), { message: `the invoice "${number}" in the list` });
  await driver.click(link);
  return settled(billing, 'portico-billing-invoice', 'article');
}

/** Presses "Pay …" in an invoice detail and returns the open pay dialog's shadow root. */
export async function openPayDialog(detail: ShadowRoot, driver: Driver = defaultDriver()): Promise<ShadowRoot> {
  const pay = await waitFor(() => getByRole(detail, 'button', { name: /^Pay / }), { message: 'the button "Pay …"' });
  await driver.click(pay);
  const dialog = await waitFor(() => getByRole(detail, 'dialog', { name: /^Pay invoice / }), { message: 'the dialog "Pay invoice …"' });
  return dialog.getRootNode() as ShadowRoot;
}

/** Types a card into the test provider's own card field (inside its own shadow root), key by key. */
export async function typeCard(dialog: ShadowRoot, card: { number: string; expiry?: string; cvc?: string }, driver: Driver = defaultDriver()): Promise<ShadowRoot> {
  const host = await waitFor(() => dialog.querySelector<HTMLElement>('.card-field [data-provider="test"]'), { message: 'the provider card field' });
  const fields = host.shadowRoot!;
  const input = (name: string) => fields.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  await typeInto(input('number'), card.number, driver);
  await typeInto(input('expiry'), card.expiry ?? '12 / 34', driver);
  await typeInto(input('cvc'), card.cvc ?? '123', driver);
  return fields;
}

/**
 * Chooses "A new card" in a card choice (the pay dialog, or the booking's upfront payment),
 * once the saved cards are known, with a click on the radio button the label names.
 */
export async function chooseNewCard(scope: Scope, driver: Driver = defaultDriver()): Promise<void> {
  await waitFor(() => !textOf(scope).includes('Loading your saved cards'), { message: 'the saved cards to load' });
  const radio = await waitFor(() => getByRole<HTMLInputElement>(scope, 'radio', { name: 'A new card' }), { message: 'the choice "A new card"' });
  await driver.click(radio);
}

/** The pay dialog's "Amount to pay" field (shown after choosing "Another amount"), found by its label. */
export function amountField(dialog: ShadowRoot): HTMLInputElement {
  return getByLabel<HTMLInputElement>(dialog, /^Amount to pay \(/);
}

/** The pay dialog's submit button: "Pay $270.00", or "Pay" while the amount is not valid. */
const PAY: TextMatch = /^Pay( |$)/;

/** Presses the pay dialog's "Pay …" button. */
export async function submitPay(dialog: ShadowRoot, driver: Driver = defaultDriver()): Promise<void> {
  const pay = await waitFor(() => getByRole(dialog, 'button', { name: PAY }), { message: 'the button "Pay …" in the pay dialog' });
  await driver.click(pay);
}

export class BillingHarness extends PorticoHarness<PorticoBilling> {
  part(tag: string): Promise<ShadowRoot> {
    return part(this.element, tag);
  }

  settled(tag: string, selector: string): Promise<ShadowRoot> {
    return settled(this.element, tag, selector);
  }

  selectTab(label: string): Promise<void> {
    return selectTab(this.element, label, this.driver);
  }

  /** Opens the invoice numbered `number` (`HL-1041`) from the list. */
  openDetail(number: string): Promise<ShadowRoot> {
    return openDetail(this.element, number, this.driver);
  }

  openPayDialog(detail: ShadowRoot): Promise<ShadowRoot> {
    return openPayDialog(detail, this.driver);
  }

  chooseNewCard(scope: Scope): Promise<void> {
    return chooseNewCard(scope, this.driver);
  }

  submitPay(dialog: ShadowRoot): Promise<void> {
    return submitPay(dialog, this.driver);
  }

  typeCard(dialog: ShadowRoot, card: { number: string; expiry?: string; cvc?: string }): Promise<ShadowRoot> {
    return typeCard(dialog, card, this.driver);
  }
}
