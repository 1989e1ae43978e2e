import { expect, oneEvent } from '@open-wc/testing';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { amountField, BillingHarness, chooseNewCard, errorOf, openDetail, openPayDialog, pressButton, renderBilling, submitPay, typeCard } from '../helpers/billing-harness.js';
import { createTestPaymentProvider } from '@portico/mock';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';
import { documentButton, watchDownloads } from '../helpers/downloads.js';

const INVOICE = 'inv-avery-01';
/** Its number, as the invoice list shows it. */
const NUMBER = 'HL-1041';

describe('<portico-billing> paying an invoice', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('pays the full balance with the test Visa: receipt shown, invoice paid, payment stored', async () => {
    const backend = await mockBackend();
    const billing = await renderBilling(await adapterFor('client'));
    const detail = await openDetail(billing, NUMBER);
    const dialog = await openPayDialog(detail);
    await waitFor(() => dialog.querySelector('input[name="method"][value="pm-avery-visa"]'), { message: 'saved cards' });
    await chooseNewCard(dialog);
    await typeCard(dialog, { number: '4242 4242 4242 4242' });
    await expectNoAxeViolations(billing);
    const [event] = await Promise.all([oneEvent(billing, 'portico-payment-succeeded'), submitPay(dialog)]);
    expect(event.detail.invoiceId).to.equal(INVOICE);
    await waitFor(() => visibleText(dialog).includes('Receipt number'), { message: 'the receipt' });
    const stored = backend.db.data.payments.find((p) => p.id === event.detail.paymentId)!;
    expect(visibleText(dialog)).to.contain(stored.receiptNumber);
    expect(visibleText(dialog)).to.contain('Paid');
    expect(backend.db.data.invoices.find((i) => i.id === INVOICE)!.balance.amount).to.equal(0);
    await expectNoAxeViolations(billing);
    const watch = watchDownloads();
    try {
      // With the keyboard: a real click's hit test stops at the document button's host (its label is slotted as bare text).
      documentButton(dialog, `Download receipt ${stored.receiptNumber}`).focus();
      // Watched before the key press: the download can land before the press resolves.
      const download = watch.next();
      await new BillingHarness(billing).press('Enter');
      expect(await (await download).blob.text()).to.contain(`(Receipt ${stored.receiptNumber})`);
    } finally {
      watch.stop();
    }
    await pressButton(dialog, 'Done');
    await waitFor(() => !dialog.querySelector('dialog[open]'));
    await waitFor(() => detail.querySelector('.status')?.textContent?.trim() === 'Paid', { message: 'the invoice shown paid' });
    expect(detail.querySelector('[part="pay-button"]')).to.equal(null);
  });

  it('a declined card says why, keeps the balance and what was entered', async () => {
    const backend = await mockBackend();
    const before = backend.db.data.invoices.find((i) => i.id === INVOICE)!.balance.amount;
    const billing = await renderBilling(await adapterFor('client'));
    const detail = await openDetail(billing, NUMBER);
    const dialog = await openPayDialog(detail);
    await chooseNewCard(dialog);
    const field = await typeCard(dialog, { number: '4000 0000 0000 0002' });
    const [event] = await Promise.all([oneEvent(billing, 'portico-payment-failed'), submitPay(dialog)]);
    expect(event.detail.reason).to.equal('Your card was declined.');
    await waitFor(() => visibleText(dialog).includes('Your card was declined.'), { message: 'the decline reason' });
    expect(dialog.querySelector('dialog[open]')).not.to.equal(null);
    expect(field.querySelector<HTMLInputElement>('input[name="number"]')!.value).to.equal('4000 0000 0000 0002');
    expect(backend.db.data.invoices.find((i) => i.id === INVOICE)!.balance.amount).to.equal(before);
    expect(backend.db.data.payments.some((p) => p.invoiceId === INVOICE)).to.equal(false);
    await expectNoAxeViolations(billing);
  });

  it('runs the bank confirmation (3-D Secure) the provider shows, then completes', async () => {
    const backend = await mockBackend();
    const billing = await renderBilling(await adapterFor('client'));
    const detail = await openDetail(billing, NUMBER);
    const dialog = await openPayDialog(detail);
    await chooseNewCard(dialog);
    const field = await typeCard(dialog, { number: '4000 0027 6000 3184' });
    await submitPay(dialog);
    await waitFor(() => new BillingHarness(billing).queryAllByRole('button', { name: 'Complete authentication', within: field })[0], { message: 'the 3-D Secure step' });
    await expectNoAxeViolations(billing);
    const succeeded = oneEvent(billing, 'portico-payment-succeeded');
    await pressButton(field, 'Complete authentication');
    await succeeded;
    await waitFor(() => visibleText(dialog).includes('Receipt number'));
    expect(backend.db.data.invoices.find((i) => i.id === INVOICE)!.status).to.equal('paid');
  });

  it('Pay again after the bank confirmation’s answer was lost replays the same payment and confirmation: charged once', async () => {
    const backend = await mockBackend();
    const billing = await renderBilling(await adapterFor('client'));
    const dialog = await openPayDialog(await openDetail(billing, NUMBER));
    await chooseNewCard(dialog);
    const field = await typeCard(dialog, { number: '4000 0027 6000 3184' });
    const authenticate = () => pressButton(field, 'Complete authentication');
    // The backend completes the payment, but its answer to the confirmation is lost on the way back.
    backend.faults.dropResponse('billing.confirmPayment', { times: 1 });
    await submitPay(dialog);
    await authenticate();
    await waitFor(() => /Could not reach the practice/.test(visibleText(dialog)), { message: 'the lost answer reported' });
    const charged = () => backend.db.data.payments.filter((p) => p.invoiceId === INVOICE);
    expect(charged()).to.have.length(1);
    // The person presses Pay again and confirms with the bank again: the same intent, so the same keys.
    await submitPay(dialog);
    const succeeded = oneEvent(billing, 'portico-payment-succeeded');
    await authenticate();
    const event = await succeeded;
    expect(charged()).to.have.length(1);
    expect(event.detail.paymentId).to.equal(charged()[0]!.id);
    await waitFor(() => visibleText(dialog).includes('Receipt number'), { message: 'the receipt' });
    expect(backend.db.data.invoices.find((i) => i.id === INVOICE)!.status).to.equal('paid');
  });

  it('validates a partial amount next to the field, then pays it with a saved card', async () => {
    const backend = await mockBackend();
    const invoice = backend.db.data.invoices.find((i) => i.id === INVOICE)!;
    const balance = invoice.balance.amount;
    const billing = await renderBilling(await adapterFor('client'));
    const detail = await openDetail(billing, NUMBER);
    const dialog = await openPayDialog(detail);
    await waitFor(() => dialog.querySelector<HTMLInputElement>('input[name="method"][value="pm-avery-visa"]')?.checked, { message: 'the default card chosen' });
    const h = new BillingHarness(billing);
    await h.driver.click(dialog.querySelector<HTMLInputElement>('input[name="amount-choice"][value="partial"]')!);
    const amount = await h.waitFor(() => amountField(dialog), { message: 'the amount field' });
    await h.waitFor(() => h.focused() === amount, { message: 'focus in the amount field' });
    const type = async (value: string) => {
      await h.type(amount, value);
      await submitPay(dialog);
      await waitFor(() => amount.getAttribute('aria-invalid') === 'true', { message: 'validation' });
    };
    await type('0');
    expect(errorOf(amount)).to.contain('more than zero');
    await expectNoAxeViolations(billing);
    await type(String(balance / 100 + 1));
    expect(errorOf(amount)).to.contain('no more than the balance');
    expect(h.focused()).to.equal(amount);
    await h.type(amount, '10.00');
    const [event] = await Promise.all([oneEvent(billing, 'portico-payment-succeeded'), submitPay(dialog)]);
    expect(event.detail.amount).to.deep.equal({ amount: 1000, currency: 'USD' });
    expect(backend.db.data.invoices.find((i) => i.id === INVOICE)!.balance.amount).to.equal(balance - 1000);
    await waitFor(() => visibleText(dialog).includes('Partially paid'));
  });

  it('an invalid card number gets the provider’s field error and no request', async () => {
    const backend = await mockBackend();
    const billing = await renderBilling(await adapterFor('client'));
    const detail = await openDetail(billing, NUMBER);
    const dialog = await openPayDialog(detail);
    await chooseNewCard(dialog);
    const field = await typeCard(dialog, { number: '4242 4242 4242 4241' });
    await submitPay(dialog);
    const input = field.querySelector<HTMLInputElement>('input[name="number"]')!;
    await waitFor(() => input.getAttribute('aria-invalid') === 'true', { message: 'the field error' });
    expect(field.getElementById(input.getAttribute('aria-describedby')!)!.textContent).to.equal('Your card number is invalid.');
    expect(backend.db.data.payments.some((p) => p.invoiceId === INVOICE)).to.equal(false);
  });

  it('a retried partial payment after a lost answer is stored once, though the provider issues a fresh token per attempt (issue #13.2)', async () => {
    const backend = await mockBackend();
    const before = backend.db.data.invoices.find((i) => i.id === INVOICE)!.balance.amount;
    const billing = await renderBilling(await adapterFor('client'), { provider: createTestPaymentProvider({ freshTokens: true }) });
    const detail = await openDetail(billing, NUMBER);
    const dialog = await openPayDialog(detail);
    await waitFor(() => dialog.querySelector('input[name="method"][value="pm-avery-visa"]'), { message: 'saved cards' });
    await chooseNewCard(dialog);
    await typeCard(dialog, { number: '4242 4242 4242 4242' });
    const h = new BillingHarness(billing);
    await h.driver.click(dialog.querySelector<HTMLInputElement>('input[name="amount-choice"][value="partial"]')!);
    const amount = await h.waitFor(() => amountField(dialog), { message: 'the amount field' });
    await h.type(amount, '10.00');
    // The backend charges, but its answer is lost on the way back.
    backend.faults.dropResponse('billing.payInvoice', { times: 1 });
    await submitPay(dialog);
    await waitFor(() => /Could not reach the practice/.test(visibleText(dialog)), { message: 'the lost answer reported' });
    const stored = () => backend.db.data.payments.filter((p) => p.invoiceId === INVOICE && p.amount.amount === 1000);
    expect(stored()).to.have.length(1);
    // The person presses Pay again: the provider issues a new token, the intent is the same.
    const [event] = await Promise.all([oneEvent(billing, 'portico-payment-succeeded'), submitPay(dialog)]);
    expect(stored()).to.have.length(1);
    expect(event.detail.paymentId).to.equal(stored()[0]!.id);
    expect(backend.db.data.invoices.find((i) => i.id === INVOICE)!.balance.amount).to.equal(before - 1000);
  });

  it('a changed amount after a lost answer is a new intent, so a new payment', async () => {
    const backend = await mockBackend();
    const billing = await renderBilling(await adapterFor('client'), { provider: createTestPaymentProvider({ freshTokens: true }) });
    const detail = await openDetail(billing, NUMBER);
    const dialog = await openPayDialog(detail);
    await waitFor(() => dialog.querySelector('input[name="method"][value="pm-avery-visa"]'), { message: 'saved cards' });
    await chooseNewCard(dialog);
    await typeCard(dialog, { number: '4242 4242 4242 4242' });
    const h = new BillingHarness(billing);
    await h.driver.click(dialog.querySelector<HTMLInputElement>('input[name="amount-choice"][value="partial"]')!);
    const amount = await h.waitFor(() => amountField(dialog), { message: 'the amount field' });
    await h.type(amount, '10.00');
    backend.faults.dropResponse('billing.payInvoice', { times: 1 });
    await submitPay(dialog);
    await waitFor(() => /Could not reach the practice/.test(visibleText(dialog)), { message: 'the lost answer reported' });
    await h.type(amount, '12.00');
    const [event] = await Promise.all([oneEvent(billing, 'portico-payment-succeeded'), submitPay(dialog)]);
    expect(event.detail.amount.amount).to.equal(1200);
    const amounts = backend.db.data.payments.filter((p) => p.invoiceId === INVOICE).map((p) => p.amount.amount).sort();
    expect(amounts).to.include.members([1000, 1200]);
  });
});
