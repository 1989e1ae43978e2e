/** Drives `<portico-billing>` as a user would: open an invoice, open the pay dialog, type a card. */
import type { PorticoBilling } from '../views/billing/billing.component.js';
import { defaultDriver, type Driver } from './driver.js';
import { PorticoHarness, typeInto } from './harness.js';
import { getByLabel } from './queries.js';
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

export function selectTab(billing: PorticoBilling, label: string): void {
  buttonByText(billing.shadowRoot!, label).click();
}

/** The invoice detail's shadow root, once the invoice `invoiceId` is open. */
export async function openDetail(billing: PorticoBilling, invoiceId: string): Promise<ShadowRoot> {
  billing.item = invoiceId;
  return settled(billing, 'portico-billing-invoice', 'article');
}

/** Presses "Pay …" in an invoice detail and returns the open pay dialog's shadow root. */
export async function openPayDialog(detail: ShadowRoot): Promise<ShadowRoot> {
  buttonByText(detail, /^Pay /).click();
  const dialogEl = await waitFor(() => detail.querySelector<HTMLElement>('portico-billing-pay-dialog'), { message: 'the pay dialog' });
  const root = dialogEl.shadowRoot!;
  await waitFor(() => root.querySelector('dialog[open]'), { message: 'the open pay dialog' });
  return root;
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

export function chooseNewCard(dialog: ShadowRoot): void {
  dialog.querySelector<HTMLInputElement>('input[name="method"][value="new"]')!.click();
}

/** The pay dialog's "Amount to pay" field (shown after choosing "Another amount"), found by its label. */
export function amountField(dialog: ShadowRoot): HTMLInputElement {
  return getByLabel<HTMLInputElement>(dialog, /^Amount to pay \(/);
}

export function submitPay(dialog: ShadowRoot): void {
  dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

export class BillingHarness extends PorticoHarness<PorticoBilling> {
  part(tag: string): Promise<ShadowRoot> {
    return part(this.element, tag);
  }

  settled(tag: string, selector: string): Promise<ShadowRoot> {
    return settled(this.element, tag, selector);
  }

  openDetail(invoiceId: string): Promise<ShadowRoot> {
    return openDetail(this.element, invoiceId);
  }

  openPayDialog(detail: ShadowRoot): Promise<ShadowRoot> {
    return openPayDialog(detail);
  }

  typeCard(dialog: ShadowRoot, card: { number: string; expiry?: string; cvc?: string }): Promise<ShadowRoot> {
    return typeCard(dialog, card, this.driver);
  }
}
