/**
 * `<portico-billing>` (BILL-1..4) on the mock practice: the four states of the invoice list, an
 * invoice's detail, paying it through the test payment provider (a card that succeeds, one that
 * is declined, one that needs the bank's confirmation), payments switched off, payment history,
 * insurance, timesheets, and what a payer sees. Play functions drive the view with the shipped
 * harness (`BillingHarness` from `@portico/elements/testing`), as its tests do.
 */
import { CLIENT, createTestPaymentProvider } from '@portico/mock';
import '@portico/elements/views/billing';
import { BillingHarness, errorOf, nameOf } from '@portico/elements/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { FOREVER, portico, porticoOf } from './support/portico.js';
import { until } from './support/dom.js';

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

/** The harness on the story's view (driven through Storybook's userEvent, see support/dom.ts). */
async function billingIn(canvas: HTMLElement): Promise<BillingHarness> {
  return new BillingHarness(await until(() => canvas.querySelector('portico-billing'), 'the Billing view'));
}

/** The tabs' names, in order. */
const tabNames = (billing: BillingHarness): string[] => billing.queryAllByRole('tab').map((tab) => nameOf(tab));

/** The invoices in the list "Invoices". */
const invoices = (billing: BillingHarness): HTMLElement[] => billing.queryAllByRole('listitem', { within: billing.getByRole('list', { name: 'Invoices' }) });

/** Waits until the list shows invoices. */
const invoicesShown = (billing: BillingHarness) => billing.waitFor(() => invoices(billing).length > 0, { message: 'invoices in the list' });

/** The open invoice (deep link through `item`), once its detail is shown. */
const invoiceShown = (billing: BillingHarness) => billing.findByRole('article', { name: /^Invoice / });

/** Opens the invoice's pay dialog and chooses "A new card", so the provider's field mounts. */
async function payWithNewCard(billing: BillingHarness): Promise<ShadowRoot> {
  const dialog = await billing.openPayDialog(await billing.settled('portico-billing-invoice', 'article'));
  await billing.chooseNewCard(dialog);
  await billing.findByLabel('Card number', { within: dialog });
  return dialog;
}

/** Types a card into the provider's own field (its own shadow root) and presses Pay. */
async function typeCardAndPay(billing: BillingHarness, number: string): Promise<ShadowRoot> {
  const dialog = await payWithNewCard(billing);
  await billing.typeCard(dialog, { number });
  await billing.submitPay(dialog);
  return dialog;
}

// ── the invoice list's states ──

/** Invoices by date with status in words (overdue highlighted), a filter, and "Show more". */
export const Content: Story = {
  play: async ({ canvasElement }) => {
    const billing = await billingIn(canvasElement);
    await invoicesShown(billing);
    await expect(tabNames(billing)).toEqual(['Invoices', 'Payments', 'Saved cards', 'Insurance', 'Timesheets']);
  },
};

export const Loading: Story = {
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'billing.listInvoices') }),
  play: async ({ canvasElement }) => {
    const billing = await billingIn(canvasElement);
    // The skeleton's announcement.
    await billing.findByText('Loading invoices', { within: await billing.part('portico-billing-invoices') });
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
    const billing = await billingIn(canvasElement);
    await billing.findByText('No invoices yet');
  },
};

/** Every `billing.listInvoices` fails (500); once the backend recovers, Retry shows the invoices. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: portico({ faults: (faults) => faults.errorRate('billing.listInvoices', 1) }),
  play: async (context) => {
    const billing = await billingIn(context.canvasElement);
    const alert = await billing.findByRole('alert', { within: await billing.part('portico-billing-invoices') });
    porticoOf(context).backend.faults.clear('billing.listInvoices');
    await billing.click(await billing.findByRole('button', { name: 'Try again', within: alert }));
    await invoicesShown(billing);
  },
};

/** The invoice list fails the adapter's schema check: an error, not a half-drawn list. */
export const InvalidResponse: Story = {
  parameters: portico({ faults: (faults) => faults.malformed('billing.listInvoices') }),
  play: async ({ canvasElement }) => {
    const billing = await billingIn(canvasElement);
    await billing.findByRole('alert', { within: await billing.part('portico-billing-invoices') });
  },
};

// ── one invoice ──

/** An invoice opened (deep link through `item`): its lines, totals, Pay, Download PDF and Print. */
export const InvoiceDetail: Story = {
  render: openInvoice(INVOICE),
  play: async ({ canvasElement }) => {
    const billing = await billingIn(canvasElement);
    const invoice = await invoiceShown(billing);
    // The lines: the table's rows below its header row.
    await expect(billing.queryAllByRole('row', { within: invoice }).length).toBeGreaterThan(1);
    await billing.findByRole('button', { name: /^Pay /, within: invoice });
    await billing.findByRole('button', { name: /^Download PDF of invoice /, within: invoice });
    await billing.findByRole('button', { name: 'Print', within: invoice });
  },
};

/** The invoice's payload is malformed: "Could not load this invoice", with Retry. */
export const InvoiceInvalidResponse: Story = {
  render: openInvoice(INVOICE),
  parameters: portico({ faults: (faults) => faults.malformed('billing.getInvoice') }),
  play: async ({ canvasElement }) => {
    const billing = await billingIn(canvasElement);
    const alert = await billing.findByRole('alert', { within: await billing.part('portico-billing-invoice') });
    await billing.findByText('Could not load this invoice', { within: alert });
  },
};

// ── paying ──

/** The pay dialog: full balance or another amount, a saved card or a new card in the test provider's field. */
export const PayDialog: Story = {
  render: openInvoice(INVOICE),
  play: async ({ canvasElement }) => {
    const billing = await billingIn(canvasElement);
    const dialog = await payWithNewCard(billing);
    await billing.findByRole('radio', { name: /^Visa ending 4242/, within: dialog });
  },
};

/** "Another amount" with more than the balance: the message sits next to the field. */
export const PayAmountTooHigh: Story = {
  render: openInvoice(INVOICE),
  play: async ({ canvasElement }) => {
    const billing = await billingIn(canvasElement);
    const dialog = await billing.openPayDialog(await billing.settled('portico-billing-invoice', 'article'));
    await billing.click(await billing.findByRole('radio', { name: 'Another amount', within: dialog }));
    // Replaces the balance filled in for the user.
    const amount = await billing.type(await billing.findByLabel('Amount to pay (USD)', { within: dialog }), '99999');
    await billing.submitPay(dialog);
    await billing.waitFor(() => amount.getAttribute('aria-invalid') === 'true', { message: 'the amount refused' });
    // The message is the one the field's control is described by.
    await expect(errorOf(amount)).toContain('no more than the balance');
  },
};

/** Paid with the test Visa: the receipt number, the new balance and the invoice paid. */
export const PaySucceeded: Story = {
  render: openInvoice(INVOICE),
  play: async ({ canvasElement }) => {
    const billing = await billingIn(canvasElement);
    const dialog = await typeCardAndPay(billing, CARD.ok);
    await billing.waitForText('Receipt number', { within: dialog });
  },
};

/** A declined card: the dialog stays open, says why, and keeps what was entered. */
export const PayDeclined: Story = {
  render: openInvoice(INVOICE),
  play: async ({ canvasElement }) => {
    const billing = await billingIn(canvasElement);
    const dialog = await typeCardAndPay(billing, CARD.declined);
    await billing.waitForText('Your card was declined.', { within: dialog });
    await expect(billing.getByLabel('Card number', dialog).value).toBe(CARD.declined);
  },
};

/** A card whose bank asks for an extra confirmation (3-D Secure): the provider shows its own step. */
export const PayNeedsConfirmation: Story = {
  render: openInvoice(INVOICE),
  play: async ({ canvasElement }) => {
    const billing = await billingIn(canvasElement);
    const dialog = await typeCardAndPay(billing, CARD.confirm);
    await billing.findByRole('button', { name: 'Complete authentication', within: dialog });
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
    const billing = await billingIn(canvasElement);
    const invoice = await invoiceShown(billing);
    await billing.findByRole('button', { name: 'Print', within: invoice });
    await expect(billing.queryAllByRole('button', { name: /^Pay /, within: invoice })).toHaveLength(0);
    await expect(billing.queryAllByRole('dialog', { name: /^Pay invoice /, hidden: true })).toHaveLength(0);
    await expect(tabNames(billing)).not.toContain('Saved cards');
  },
};

// ── the other tabs ──

/** Payments made, each with its receipt. */
export const PaymentHistory: Story = {
  play: async ({ canvasElement }) => {
    const billing = await billingIn(canvasElement);
    await billing.selectTab('Payments');
    await billing.waitFor(() => billing.queryAllByRole('button', { name: /^Download receipt / }).length > 0, { message: 'payments with their receipts' });
  },
};

/** Saved cards, the default one marked, each removable. */
export const SavedCards: Story = {
  play: async ({ canvasElement }) => {
    const billing = await billingIn(canvasElement);
    await billing.selectTab('Saved cards');
    await billing.waitForText('Visa ending 4242', { within: await billing.findByRole('list', { name: 'Saved cards' }) });
  },
};

/** Adding a card outside a payment: the provider's card field in a dialog, here with a declined card's reason next to it. */
export const AddCardDeclined: Story = {
  play: async ({ canvasElement }) => {
    const billing = await billingIn(canvasElement);
    await billing.selectTab('Saved cards');
    await billing.click('Add a card');
    const dialog = await billing.findByRole('dialog', { name: 'Add a card' });
    await billing.type(await billing.findByLabel('Card number', { within: dialog }), CARD.declined);
    await billing.type(billing.getByLabel('Expiry date', dialog), '12 / 34');
    await billing.type(billing.getByLabel('Security code (CVC)', dialog), '123');
    await billing.click(billing.getByRole('button', { name: 'Save card', within: dialog }));
    await billing.waitForText('Your card was declined.', { within: dialog });
  },
};

/** Insurance coverage on file for a guardian's child: primary active, secondary pending verification. */
export const Insurance: Story = {
  parameters: portico({ user: 'guardian' }),
  play: async ({ canvasElement }) => {
    const billing = await billingIn(canvasElement);
    await billing.selectTab('Insurance');
    const coverage = await billing.findByRole('list', { name: 'Insurance coverage' });
    await billing.waitFor(() => billing.queryAllByRole('listitem', { within: coverage }).length === 2, { message: 'two policies' });
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
    const billing = await billingIn(canvasElement);
    await billing.selectTab('Insurance');
    await billing.findByText('No insurance on file');
  },
};

/** Provider timesheets to review: awaiting a signature, or signed with who and when. */
export const Timesheets: Story = {
  parameters: portico({ user: 'guardian' }),
  play: async ({ canvasElement }) => {
    const billing = await billingIn(canvasElement);
    await billing.selectTab('Timesheets');
    const sheets = await billing.findByRole('list', { name: 'Timesheets' });
    await billing.waitFor(() => billing.queryAllByRole('listitem', { within: sheets }).length > 0, { message: 'timesheets' });
  },
};

/** Signing a timesheet: the typed name and today's date, before it is sent. */
export const TimesheetSigning: Story = {
  parameters: portico({ user: 'guardian' }),
  play: async ({ canvasElement }) => {
    const billing = await billingIn(canvasElement);
    await billing.selectTab('Timesheets');
    await billing.click(await billing.waitFor(() => billing.queryAllByRole('button', { name: 'Sign' })[0], { message: 'a timesheet to sign' }));
    await billing.type('Type your full name to sign', 'Jordan Sample');
  },
};

/** A payer sees invoices, payments and saved cards: no insurance, no timesheets. */
export const Payer: Story = {
  parameters: portico({ user: 'payer' }),
  play: async ({ canvasElement }) => {
    const billing = await billingIn(canvasElement);
    await invoicesShown(billing);
    const tabs = tabNames(billing);
    await expect(tabs).not.toContain('Insurance');
    await expect(tabs).not.toContain('Timesheets');
  },
};
