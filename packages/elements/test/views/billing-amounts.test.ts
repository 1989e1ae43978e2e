/** Amounts and saved cards that add up (#10.9): no silent rounding, the expiry as typed. */
import { expect, oneEvent } from '@open-wc/testing';
import { Money } from '@portico/core';
import { safeParse } from 'zod/mini';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { BillingHarness, chooseNewCard, errorOf, openDetail, openPayDialog, renderBilling, submitPay, typeCard } from '../helpers/billing-harness.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';
import { getByLabel } from '../../src/testing/queries.js';

const INVOICE = 'inv-avery-01';
/** Its number, as the invoice list shows it. */
const NUMBER = 'HL-1041';

describe('<portico-billing> amounts and saved cards', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('refuses 20.555 with a message next to the amount (no silent $20.56), then pays 20.55', async () => {
    const backend = await mockBackend();
    const balance = backend.db.data.invoices.find((i) => i.id === INVOICE)!.balance.amount;
    const billing = await renderBilling(await adapterFor('client'));
    const h = new BillingHarness(billing);
    const dialog = await openPayDialog(await openDetail(billing, NUMBER));
    await waitFor(() => dialog.querySelector<HTMLInputElement>('input[name="method"][value="pm-avery-visa"]')?.checked, { message: 'the default card' });
    await h.driver.click(dialog.querySelector<HTMLInputElement>('input[name="amount-choice"][value="partial"]')!);
    const amount = await h.type(await h.findByLabel('Amount to pay (USD)', { within: dialog }), '20.555');
    await submitPay(dialog);
    await waitFor(() => amount.getAttribute('aria-invalid') === 'true', { message: 'the refused amount' });
    expect(errorOf(amount)).to.equal('Enter at most 2 decimals, for example 25.50.');
    await expectNoAxeViolations(billing);
    expect(backend.db.data.payments.some((p) => p.invoiceId === INVOICE && p.amount.amount === 2056)).to.equal(false);

    await h.type(amount, '20.550');
    const [paid] = await Promise.all([oneEvent(billing, 'portico-payment-succeeded'), submitPay(dialog)]);
    expect(paid.detail.amount).to.deep.equal({ amount: 2055, currency: 'USD' });
    expect(backend.db.data.invoices.find((i) => i.id === INVOICE)!.balance.amount).to.equal(balance - 2055);
  });

  it('the schema refuses money that is not whole minor units', () => {
    expect(safeParse(Money, { amount: 2055, currency: 'USD' }).success).to.equal(true);
    expect(safeParse(Money, { amount: 2055.5, currency: 'USD' }).success).to.equal(false);
  });

  it('a card saved with expiry 12/30 shows "Expires 12/2030"', async () => {
    const backend = await mockBackend();
    const billing = await renderBilling(await adapterFor('client'));
    const dialog = await openPayDialog(await openDetail(billing, NUMBER));
    await waitFor(() => dialog.querySelector('input[name="method"][value="pm-avery-visa"]'), { message: 'saved cards' });
    await chooseNewCard(dialog);
    await typeCard(dialog, { number: '3782 822463 10005', expiry: '12 / 30', cvc: '1234' });
    await new BillingHarness(billing).check(getByLabel<HTMLInputElement>(dialog, /Save this card for next time/));
    await Promise.all([oneEvent(billing, 'portico-payment-succeeded'), submitPay(dialog)]);
    const saved = backend.db.data.paymentMethods.filter((m) => m.clientId === 'cl-avery' && m.last4 === '0005');
    expect(saved.map((m) => `${m.expMonth}/${m.expYear}`)).to.include('12/2030');
    await waitFor(() => visibleText(dialog).includes('Receipt number'), { message: 'the receipt' });
  });
});
