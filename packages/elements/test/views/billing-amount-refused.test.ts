/**
 * Issue #11: when the backend refuses the amount, the pay dialog says why next to the amount
 * field (the field path reaches the view), not as a generic failure under the form.
 */
import { expect } from '@open-wc/testing';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { amountField, BillingHarness, errorOf, openDetail, openPayDialog, renderBilling, submitPay } from '../helpers/billing-harness.js';
import { adapterFor, mockBackend, waitFor } from '../helpers/portal-harness.js';

const INVOICE = 'inv-avery-01';
/** Its number, as the invoice list shows it. */
const NUMBER = 'HL-1041';

describe('<portico-billing> an amount the backend refuses', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('shows the backend’s reason next to the amount when the balance went down meanwhile, and charges nothing', async () => {
    const backend = await mockBackend();
    const billing = await renderBilling(await adapterFor('client'));
    const dialog = await openPayDialog(await openDetail(billing, NUMBER));
    await waitFor(() => dialog.querySelector<HTMLInputElement>('input[name="method"][value="pm-avery-visa"]')?.checked, { message: 'the default card' });
    const h = new BillingHarness(billing);
    await h.driver.click(dialog.querySelector<HTMLInputElement>('input[name="amount-choice"][value="partial"]')!);
    const amount = await h.waitFor(() => amountField(dialog), { message: 'the amount field' });
    await h.type(amount, '10.00');
    // Someone else paid most of the invoice while the dialog was open.
    const invoice = backend.db.data.invoices.find((i) => i.id === INVOICE)!;
    invoice.balance = { ...invoice.balance, amount: 500 };
    const paymentsBefore = backend.db.data.payments.length;

    await submitPay(dialog);
    await waitFor(() => errorOf(amount), { message: 'the amount refused next to the field' });
    expect(errorOf(amount)).to.equal('The amount is more than the balance due on this invoice.');
    expect(amount.getAttribute('aria-invalid')).to.equal('true');
    expect(dialog.querySelector('[role="alert"]')?.textContent ?? '').not.to.contain('not accepted');
    expect(backend.db.data.payments.length).to.equal(paymentsBefore);
    await expectNoAxeViolations(billing);
  });
});
