/** Audit events from Billing (#12.2): a paid invoice, the invoice PDF and the receipt. */
import { expect, oneEvent } from '@open-wc/testing';
import { auditsPerTest, expectOneAudit } from '../helpers/audit.js';
import { BillingHarness, chooseNewCard, openDetail, openPayDialog, renderBilling, settled, submitPay, typeCard } from '../helpers/billing-harness.js';
import { documentButton, watchDownloads } from '../helpers/downloads.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

const INVOICE = 'inv-avery-01';
/** Its number, as the invoice list shows it. */
const NUMBER = 'HL-1041';

describe('audit events: billing', () => {
  const log = auditsPerTest();

  it('a payment that succeeds fires invoice-paid once with the invoice and payment ids; the receipt download fires file-downloaded', async () => {
    const backend = await mockBackend();
    const billing = await renderBilling(await adapterFor('client'));
    const detail = await openDetail(billing, NUMBER);
    const dialog = await openPayDialog(detail);
    await chooseNewCard(dialog);
    await typeCard(dialog, { number: '4242 4242 4242 4242' });
    const [paid] = await Promise.all([oneEvent(billing, 'portico-payment-succeeded'), submitPay(dialog)]);
    await waitFor(() => visibleText(dialog).includes('Receipt number'), { message: 'the receipt' });
    const payment = backend.db.data.payments.find((p) => p.id === paid.detail.paymentId)!;
    expectOneAudit(log, { type: 'invoice-paid', invoiceId: INVOICE, paymentId: payment.id }, ['4242', payment.receiptNumber]);

    const watch = watchDownloads();
    try {
      // With the keyboard: a real click's hit test stops at the document button's host (its label is slotted as bare text).
      documentButton(dialog, `Download receipt ${payment.receiptNumber}`).focus();
      // Watched before the key press: the download can land before the press resolves.
      const download = watch.next();
      await new BillingHarness(billing).press('Enter');
      await download;
      await waitFor(() => log.of('file-downloaded').length > 0, { message: 'the download audit event' });
    } finally {
      watch.stop();
    }
    expectOneAudit(log, { type: 'file-downloaded', document: 'receipt', documentId: payment.id }, [payment.receiptNumber]);
  });

  it('a declined payment fires no invoice-paid', async () => {
    const billing = await renderBilling(await adapterFor('client'));
    const dialog = await openPayDialog(await openDetail(billing, NUMBER));
    await chooseNewCard(dialog);
    await typeCard(dialog, { number: '4000 0000 0000 0002' });
    await Promise.all([oneEvent(billing, 'portico-payment-failed'), submitPay(dialog)]);
    expect(log.of('invoice-paid')).to.have.length(0);
  });

  it('Download PDF of an invoice fires file-downloaded with the invoice id', async () => {
    const invoice = (await mockBackend()).db.data.invoices.find((i) => i.id === 'inv-avery-02')!;
    const billing = await renderBilling(await adapterFor('client'), { item: invoice.id });
    const detail = await settled(billing, 'portico-billing-invoice', 'article');
    const watch = watchDownloads();
    try {
      documentButton(detail, `Download PDF of invoice ${invoice.number}`).focus();
      // Watched before the key press: the download can land before the press resolves.
      const download = watch.next();
      await new BillingHarness(billing).press('Enter');
      await download;
      await waitFor(() => log.of('file-downloaded').length > 0, { message: 'the audit event' });
    } finally {
      watch.stop();
    }
    expectOneAudit(log, { type: 'file-downloaded', document: 'invoice', documentId: invoice.id }, [invoice.number]);
  });
});
