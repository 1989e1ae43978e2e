import { expect } from '@open-wc/testing';
import { clientBalance, formatMoney, isClientPayable } from '@portico/core';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { buttonByText, renderBilling, settled } from '../helpers/billing-harness.js';
import { adapterFor, mockBackend, renderPortal, visibleText, waitFor } from '../helpers/portal-harness.js';

describe('insurance invoices are not the client’s debt', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('the dashboard’s Balance due counts only patient responsibility', async () => {
    const backend = await mockBackend();
    const mine = backend.db.data.invoices.filter((i) => i.clientId === 'cl-avery' && i.balance.amount > 0);
    const insurance = mine.filter((i) => i.kind === 'insurance');
    const patient = mine.filter((i) => i.kind === 'patient');
    expect(insurance.map((i) => i.number)).to.include.members(['HL-1042', 'HL-1054', 'HL-1064']);
    const portal = await renderPortal({ user: 'client' });
    const dashboard = await portal.settled('portico-dashboard');
    const balance = await waitFor(() => dashboard.shadowRoot!.querySelector('portico-dashboard-balance')?.shadowRoot?.querySelector('[data-total]'), { message: 'the balance' });
    const expected = patient.reduce((n, i) => n + i.balance.amount, 0);
    expect(balance.textContent).to.equal(formatMoney({ amount: expected, currency: 'USD' }, { locale: 'en' }));
    const widget = dashboard.shadowRoot!.querySelector('portico-dashboard-balance')!.shadowRoot!;
    expect(visibleText(widget)).to.contain(`${patient.length} unpaid invoices`);
    for (const i of insurance) expect(visibleText(widget)).not.to.contain(`Invoice ${i.number}`);
  });

  it('an insurance invoice shows its status for information, with no Pay; a patient one offers Pay', async () => {
    const billing = await renderBilling(await adapterFor('client'), { item: 'inv-avery-02' });
    const detail = await settled(billing, 'portico-billing-invoice', 'article');
    expect(visibleText(detail)).to.contain('Invoice HL-1042');
    expect(visibleText(detail)).to.contain('Insurance');
    expect(visibleText(detail)).to.contain('Open');
    expect(visibleText(detail)).to.contain('billed to your insurance');
    expect(detail.querySelector('[part="pay-button"]')).to.equal(null);
    expect(() => buttonByText(detail, 'Pay $270.00')).to.throw();
    await expectNoAxeViolations(billing);

    const patient = await renderBilling(await adapterFor('client'), { item: 'inv-avery-01' });
    const patientDetail = await settled(patient, 'portico-billing-invoice', 'article');
    expect(patientDetail.querySelector('[part="pay-button"]')!.textContent!.trim()).to.equal('Pay $130.00');
  });

  it('the backend refuses to take payment of an insurance invoice (409 invoice-not-payable)', async () => {
    const backend = await mockBackend();
    const adapter = await adapterFor('client');
    const error = await adapter.billing
      .payInvoice({ clientId: 'cl-avery', invoiceId: 'inv-avery-02', body: { amount: { amount: 100, currency: 'USD' }, paymentToken: 'tok_visa' } })
      .then(() => undefined, (e: unknown) => e as { kind: string; code?: string });
    expect(error?.kind).to.equal('conflict');
    expect(backend.db.data.payments.some((p) => p.invoiceId === 'inv-avery-02' && p.amount.amount === 100)).to.equal(false);
  });

  it('core: one definition of payable and of the client balance', () => {
    const usd = (amount: number) => ({ amount, currency: 'USD' });
    const invoices = [
      { kind: 'patient' as const, status: 'open' as const, balance: usd(1000) },
      { kind: 'insurance' as const, status: 'open' as const, balance: usd(27000) },
      { kind: 'patient' as const, status: 'void' as const, balance: usd(500) },
      { kind: 'patient' as const, status: 'paid' as const, balance: usd(0) },
      { kind: 'patient' as const, status: 'overdue' as const, balance: { amount: 250, currency: 'EUR' } },
    ];
    expect(invoices.map(isClientPayable)).to.deep.equal([true, false, false, false, true]);
    expect(clientBalance(invoices)).to.deep.equal([usd(1000), { amount: 250, currency: 'EUR' }]);
  });
});
