/** Drives `<portico-billing>` as a user would: open an invoice, open the pay dialog, type a card. */
import { fixture, html } from '@open-wc/testing';
import type { PaymentProvider, PortalAdapter } from '@portico/core';
import { createTestPaymentProvider } from '@portico/mock';
import '../../src/provider/provider.js';
import '../../src/views/billing/billing.js';
import type { PorticoBilling } from '../../src/views/billing/billing.js';
import { waitFor } from './portal-harness.js';

export interface BillingOptions {
  locale?: string;
  provider?: PaymentProvider | null;
  item?: string;
}

export async function renderBilling(adapter: PortalAdapter, options: BillingOptions = {}): Promise<PorticoBilling> {
  const provider = options.provider === null ? undefined : (options.provider ?? createTestPaymentProvider());
  const root = await fixture(html`<portico-provider .adapter=${adapter} locale=${options.locale ?? 'en'}
    ><portico-billing .paymentProvider=${provider} .item=${options.item}></portico-billing
  ></portico-provider>`);
  return root.querySelector('portico-billing')!;
}

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

/** The invoice detail's shadow root, and its pay dialog's. */
export async function openDetail(billing: PorticoBilling, invoiceId: string): Promise<ShadowRoot> {
  billing.item = invoiceId;
  return settled(billing, 'portico-billing-invoice', 'article');
}

export async function openPayDialog(detail: ShadowRoot): Promise<ShadowRoot> {
  buttonByText(detail, /^Pay /).click();
  const dialogEl = await waitFor(() => detail.querySelector<HTMLElement>('portico-billing-pay-dialog'));
  const root = dialogEl.shadowRoot!;
  await waitFor(() => root.querySelector('dialog[open]'), { message: 'the open pay dialog' });
  return root;
}

/** Types into the test provider's own card field (inside its own shadow root). */
export async function typeCard(dialog: ShadowRoot, card: { number: string; expiry?: string; cvc?: string }): Promise<ShadowRoot> {
  const host = await waitFor(() => dialog.querySelector<HTMLElement>('.card-field [data-provider="test"]'), { message: 'the provider card field' });
  const field = host.shadowRoot!;
  const set = (name: string, value: string) => {
    const input = field.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  set('number', card.number);
  set('expiry', card.expiry ?? '12 / 34');
  set('cvc', card.cvc ?? '123');
  return field;
}

export function chooseNewCard(dialog: ShadowRoot): void {
  dialog.querySelector<HTMLInputElement>('input[name="method"][value="new"]')!.click();
}

export function submitPay(dialog: ShadowRoot): void {
  dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}
