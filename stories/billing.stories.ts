/**
 * `<portico-billing>` (BILL-1..4) on the mock practice: the four states of the invoice list, an
 * invoice's detail, paying it through the test payment provider (a card that succeeds, one that
 * is declined, one that needs the bank's confirmation), payments switched off, payment history,
 * insurance, timesheets, and what a payer sees.
 */
import { CLIENT, createTestPaymentProvider } from '@portico/mock';
import '@portico/elements/views/billing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { FOREVER, portico, porticoOf } from './support/portico.js';
import { fieldLabelled, until } from './support/dom.js';

/** The invoice the pay stories use: Avery's newest, open, with a balance. */
const INVOICE = 'inv-avery-01';

/** Test cards of the test provider (see `createTestPaymentProvider`). */
const CARD = { ok: '4242 4242 4242 4242', declined: '4000 0000 0000 0002', confirm: '4000 0027 6000 3184' };

const meta: Meta = {
  title: 'Views/Billing',
  component: 'portico-billing',
  tags: ['autodocs'],
  render: () => html`<portico-billing .paymentProvider=${createTestPaymentProvider()}></portico-billing>`,
};
export default meta;

type Story = StoryObj;

const openInvoice = (item: string) => () => html`<portico-billing item=${item} .paymentProvider=${createTestPaymentProvider()}></portico-billing>`;

const view = (canvas: HTMLElement): ShadowRoot => canvas.querySelector('portico-billing')!.shadowRoot!;
const part = (canvas: HTMLElement, tag: string): ShadowRoot | null => view(canvas).querySelector(tag)?.shadowRoot ?? null;
const list = (canvas: HTMLElement) => part(canvas, 'portico-billing-invoices');
const detail = (canvas: HTMLElement) => part(canvas, 'portico-billing-invoice');
const payDialog = (canvas: HTMLElement) => detail(canvas)?.querySelector('portico-billing-pay-dialog')?.shadowRoot ?? null;
const cardField = (canvas: HTMLElement) => payDialog(canvas)?.querySelector<HTMLElement>('.card-field [data-provider="test"]')?.shadowRoot ?? null;
const tabLabels = (canvas: HTMLElement) => [...view(canvas).querySelectorAll('[role="tab"]')].map((t) => t.textContent?.trim());
const textOf = (root: ShadowRoot | null | undefined) => root?.textContent?.replace(/\s+/g, ' ') ?? '';

async function selectTab(canvas: HTMLElement, label: string): Promise<void> {
  await waitFor(() => expect(tabLabels(canvas)).toContain(label), { timeout: 5000 });
  const tab = [...view(canvas).querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent?.trim() === label)!;
  await userEvent.click(tab);
}

async function invoiceShown(canvas: HTMLElement): Promise<ShadowRoot> {
  await waitFor(() => expect(detail(canvas)?.querySelector('article')).toBeTruthy(), { timeout: 8000 });
  return detail(canvas)!;
}

/** Opens the invoice's pay dialog and chooses "A new card", so the provider's field mounts. */
async function payWithNewCard(canvas: HTMLElement): Promise<ShadowRoot> {
  const invoice = await invoiceShown(canvas);
  await userEvent.click(invoice.querySelector<HTMLButtonElement>('[part="pay-button"]')!);
  await waitFor(() => expect(payDialog(canvas)?.querySelector('dialog[open]')).toBeTruthy(), { timeout: 5000 });
  const dialog = payDialog(canvas)!;
  // Saved cards load first (the default one is chosen); then switch to a new card.
  await waitFor(() => expect(dialog.querySelector<HTMLInputElement>('input[name="method"]:checked')).toBeTruthy(), { timeout: 5000 });
  await userEvent.click(dialog.querySelector<HTMLInputElement>('input[name="method"][value="new"]')!);
  await waitFor(() => expect(cardField(canvas)?.querySelector('input[name="number"]')).toBeTruthy(), { timeout: 5000 });
  return dialog;
}

/** Types a card into the provider's own field (its own shadow root) and submits the dialog. */
async function typeCardAndPay(canvas: HTMLElement, number: string): Promise<ShadowRoot> {
  const dialog = await payWithNewCard(canvas);
  const field = cardField(canvas)!;
  await userEvent.type(field.querySelector<HTMLInputElement>('input[name="number"]')!, number);
  await userEvent.type(field.querySelector<HTMLInputElement>('input[name="expiry"]')!, '12 / 34');
  await userEvent.type(field.querySelector<HTMLInputElement>('input[name="cvc"]')!, '123');
  await userEvent.click(dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!);
  return dialog;
}

// ── the invoice list's states ──

/** Invoices by date with status in words (overdue highlighted), a filter, and "Show more". */
export const Content: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(list(canvasElement)?.querySelectorAll('[part="invoice"]').length).toBeGreaterThan(0), { timeout: 5000 });
    await expect(tabLabels(canvasElement)).toEqual(['Invoices', 'Payments', 'Saved cards', 'Insurance', 'Timesheets']);
  },
};

export const Loading: Story = {
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'billing.listInvoices') }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(list(canvasElement)?.querySelector('portico-state-loading')).toBeTruthy(), { timeout: 5000 });
  },
};

/** No invoices shared with this client yet. */
export const Empty: Story = {
  parameters: portico({
    setup: (backend) => {
      backend.db.data.invoices = backend.db.data.invoices.filter((i) => i.clientId !== CLIENT.avery);
    },
  }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(list(canvasElement)?.querySelector('portico-state-empty')).toBeTruthy(), { timeout: 5000 });
  },
};

/** Every `billing.listInvoices` fails (500); once the backend recovers, Retry shows the invoices. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: portico({ faults: (faults) => faults.errorRate('billing.listInvoices', 1) }),
  play: async (context) => {
    const { canvasElement } = context;
    const error = () => list(canvasElement)?.querySelector('portico-state-error') ?? null;
    await waitFor(() => expect(error()).not.toBeNull(), { timeout: 8000 });
    await error()!.updateComplete;
    porticoOf(context).backend.faults.clear('billing.listInvoices');
    await userEvent.click(error()!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!);
    await waitFor(() => expect(list(canvasElement)?.querySelectorAll('[part="invoice"]').length).toBeGreaterThan(0), { timeout: 5000 });
  },
};

/** The invoice list fails the adapter's schema check: an error, not a half-drawn list. */
export const InvalidResponse: Story = {
  parameters: portico({ faults: (faults) => faults.malformed('billing.listInvoices') }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(list(canvasElement)?.querySelector('portico-state-error')).toBeTruthy(), { timeout: 8000 });
  },
};

// ── one invoice ──

/** An invoice opened (deep link through `item`): its lines, totals, Pay, Download PDF and Print. */
export const InvoiceDetail: Story = {
  render: openInvoice(INVOICE),
  play: async ({ canvasElement }) => {
    const invoice = await invoiceShown(canvasElement);
    await expect(invoice.querySelectorAll('tbody tr').length).toBeGreaterThan(0);
    await expect(invoice.querySelector('[part="pay-button"]')).not.toBeNull();
    await expect(invoice.querySelector('portico-document-button')).not.toBeNull();
  },
};

/** The invoice's payload is malformed: "Could not load this invoice", with Retry. */
export const InvoiceInvalidResponse: Story = {
  render: openInvoice(INVOICE),
  parameters: portico({ faults: (faults) => faults.malformed('billing.getInvoice') }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(detail(canvasElement)?.querySelector('portico-state-error')).toBeTruthy(), { timeout: 8000 });
    await expect(detail(canvasElement)!.querySelector('portico-state-error')!.getAttribute('heading')).toBe('Could not load this invoice');
  },
};

// ── paying ──

/** The pay dialog: full balance or another amount, a saved card or a new card in the test provider's field. */
export const PayDialog: Story = {
  render: openInvoice(INVOICE),
  play: async ({ canvasElement }) => {
    const dialog = await payWithNewCard(canvasElement);
    await expect(dialog.querySelector('input[name="method"][value="pm-avery-visa"]')).not.toBeNull();
  },
};

/** "Another amount" with more than the balance: the message sits next to the field. */
export const PayAmountTooHigh: Story = {
  render: openInvoice(INVOICE),
  play: async ({ canvasElement }) => {
    const invoice = await invoiceShown(canvasElement);
    await userEvent.click(invoice.querySelector<HTMLButtonElement>('[part="pay-button"]')!);
    await waitFor(() => expect(payDialog(canvasElement)?.querySelector('dialog[open]')).toBeTruthy(), { timeout: 5000 });
    const dialog = payDialog(canvasElement)!;
    await userEvent.click(dialog.querySelector<HTMLInputElement>('input[name="amount-choice"][value="partial"]')!);
    const amount = await until(() => { try { return fieldLabelled<HTMLInputElement>(dialog, 'Amount to pay (USD)'); } catch { return null; } }, 'the amount field');
    // Replaces the balance filled in for the user (`clear` cannot see focus inside shadow roots).
    await userEvent.type(amount, '99999', { initialSelectionStart: 0, initialSelectionEnd: amount.value.length });
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    await waitFor(() => expect(amount.getAttribute('aria-invalid')).toBe('true'), { timeout: 5000 });
    // The message is the one the field's control is described by.
    const error = (amount.getRootNode() as ShadowRoot).getElementById(amount.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    await expect(error?.textContent).toContain('no more than the balance');
  },
};

/** Paid with the test Visa: the receipt number, the new balance and the invoice paid. */
export const PaySucceeded: Story = {
  render: openInvoice(INVOICE),
  play: async ({ canvasElement }) => {
    const dialog = await typeCardAndPay(canvasElement, CARD.ok);
    await waitFor(() => expect(textOf(dialog)).toContain('Receipt number'), { timeout: 8000 });
  },
};

/** A declined card: the dialog stays open, says why, and keeps what was entered. */
export const PayDeclined: Story = {
  render: openInvoice(INVOICE),
  play: async ({ canvasElement }) => {
    const dialog = await typeCardAndPay(canvasElement, CARD.declined);
    await waitFor(() => expect(textOf(dialog)).toContain('Your card was declined.'), { timeout: 8000 });
    await expect(cardField(canvasElement)!.querySelector<HTMLInputElement>('input[name="number"]')!.value).toBe(CARD.declined);
  },
};

/** A card whose bank asks for an extra confirmation (3-D Secure): the provider shows its own step. */
export const PayNeedsConfirmation: Story = {
  render: openInvoice(INVOICE),
  play: async ({ canvasElement }) => {
    await typeCardAndPay(canvasElement, CARD.confirm);
    await waitFor(
      () => expect([...(cardField(canvasElement)?.querySelectorAll('button') ?? [])].some((b) => b.textContent === 'Complete authentication')).toBe(true),
      { timeout: 8000 },
    );
  },
};

/** The practice switched payments off: no Pay button, no Saved cards tab, no pay dialog. */
export const PaymentsOff: Story = {
  render: openInvoice(INVOICE),
  parameters: portico({
    setup: (backend) => {
      backend.db.data.organisation.features.payments = false;
    },
  }),
  play: async ({ canvasElement }) => {
    const invoice = await invoiceShown(canvasElement);
    await expect(invoice.querySelector('[part="pay-button"]')).toBeNull();
    await expect(invoice.querySelector('portico-billing-pay-dialog')).toBeNull();
    await expect(tabLabels(canvasElement)).not.toContain('Saved cards');
  },
};

// ── the other tabs ──

/** Payments made, each with its receipt. */
export const PaymentHistory: Story = {
  play: async ({ canvasElement }) => {
    await selectTab(canvasElement, 'Payments');
    await waitFor(() => expect(part(canvasElement, 'portico-billing-payments')?.querySelector('.card portico-document-button')).toBeTruthy(), { timeout: 5000 });
  },
};

/** Saved cards, the default one marked, each removable. */
export const SavedCards: Story = {
  play: async ({ canvasElement }) => {
    await selectTab(canvasElement, 'Saved cards');
    await waitFor(() => expect(textOf(part(canvasElement, 'portico-billing-cards'))).toContain('Visa ending 4242'), { timeout: 5000 });
  },
};

/** Adding a card outside a payment: the provider's card field in a dialog, here with a declined card's reason next to it. */
export const AddCardDeclined: Story = {
  play: async ({ canvasElement }) => {
    await selectTab(canvasElement, 'Saved cards');
    const cards = () => part(canvasElement, 'portico-billing-cards');
    const addButton = await waitFor(() => {
      const button = [...(cards()?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === 'Add a card');
      if (!button) throw new Error('No "Add a card" button yet');
      return button;
    }, { timeout: 5000 });
    await userEvent.click(addButton);
    const field = await waitFor(() => {
      const root = cards()?.querySelector<HTMLElement>('dialog.add-card .card-field [data-provider="test"]')?.shadowRoot;
      if (!root) throw new Error('No card field yet');
      return root;
    }, { timeout: 5000 });
    await userEvent.type(field.querySelector<HTMLInputElement>('input[name="number"]')!, CARD.declined);
    await userEvent.type(field.querySelector<HTMLInputElement>('input[name="expiry"]')!, '12 / 34');
    await userEvent.type(field.querySelector<HTMLInputElement>('input[name="cvc"]')!, '123');
    const save = [...cards()!.querySelectorAll('dialog.add-card button')].find((b) => b.textContent?.trim() === 'Save card') as HTMLButtonElement;
    await userEvent.click(save);
    await waitFor(() => expect(textOf(cards())).toContain('Your card was declined.'), { timeout: 5000 });
  },
};

/** Insurance coverage on file for a guardian's child: primary active, secondary pending verification. */
export const Insurance: Story = {
  parameters: portico({ user: 'guardian' }),
  play: async ({ canvasElement }) => {
    await selectTab(canvasElement, 'Insurance');
    await waitFor(() => expect(part(canvasElement, 'portico-billing-insurance')?.querySelectorAll('.card').length).toBe(2), { timeout: 5000 });
  },
};

/** No insurance on file yet: says how to add it. */
export const InsuranceEmpty: Story = {
  parameters: portico({
    setup: (backend) => {
      backend.db.data.insurance = backend.db.data.insurance.filter((p) => p.clientId !== CLIENT.avery);
    },
  }),
  play: async ({ canvasElement }) => {
    await selectTab(canvasElement, 'Insurance');
    await waitFor(() => expect(part(canvasElement, 'portico-billing-insurance')?.querySelector('portico-state-empty')).toBeTruthy(), { timeout: 5000 });
  },
};

/** Provider timesheets to review: awaiting a signature, or signed with who and when. */
export const Timesheets: Story = {
  parameters: portico({ user: 'guardian' }),
  play: async ({ canvasElement }) => {
    await selectTab(canvasElement, 'Timesheets');
    await waitFor(() => expect(part(canvasElement, 'portico-billing-timesheets')?.querySelectorAll('.card').length).toBeGreaterThan(0), { timeout: 5000 });
  },
};

/** Signing a timesheet: the typed name and today's date, before it is sent. */
export const TimesheetSigning: Story = {
  parameters: portico({ user: 'guardian' }),
  play: async ({ canvasElement }) => {
    await selectTab(canvasElement, 'Timesheets');
    const root = () => part(canvasElement, 'portico-billing-timesheets');
    await waitFor(() => expect(root()?.querySelector('.card')).toBeTruthy(), { timeout: 5000 });
    const sign = [...root()!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Sign')!;
    await userEvent.click(sign);
    await waitFor(() => expect(() => fieldLabelled(root()!, 'Type your full name to sign')).not.toThrow());
    await userEvent.type(fieldLabelled(root()!, 'Type your full name to sign'), 'Jordan Sample');
  },
};

/** A payer sees invoices, payments and saved cards: no insurance, no timesheets. */
export const Payer: Story = {
  parameters: portico({ user: 'payer' }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(list(canvasElement)?.querySelectorAll('[part="invoice"]').length).toBeGreaterThan(0), { timeout: 5000 });
    const tabs = tabLabels(canvasElement);
    await expect(tabs).not.toContain('Insurance');
    await expect(tabs).not.toContain('Timesheets');
  },
};
