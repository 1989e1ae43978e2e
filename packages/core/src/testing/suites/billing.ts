/** billing, insurance and timesheets. */
import { isClientPayable } from '../../billing.js';
import { can } from '../../policy.js';
import type { Invoice } from '../../schemas/billing.js';
import { check, deepEqual, equal, rejects } from '../assert.js';
import { UNKNOWN_ID, walkPages, type ContractContext, type SuiteApi } from './context.js';

export function billingSuites({ describe, it }: SuiteApi, c: ContractContext): void {
  /** Unpaid invoices of the client, newest first. */
  async function unpaidInvoices(): Promise<Invoice[]> {
    const page = await c.api().billing.listInvoices({ clientId: c.clientId(), status: 'unpaid', limit: 50 });
    check(page.items.every((i) => i.balance.amount > 0), 'billing.listInvoices status=unpaid: every invoice has a balance');
    return page.items;
  }
  /** The ones the client can pay (patient responsibility, not void). */
  async function unpaid(): Promise<Invoice[]> {
    return (await unpaidInvoices()).filter(isClientPayable);
  }

  describe('billing', () => {
    it('billing.listInvoices pages; billing.getInvoice has the lines', async () => {
      const clientId = c.clientId();
      const { items } = await walkPages('billing.listInvoices', (cursor) => c.api().billing.listInvoices({ clientId, status: 'all', limit: 2, cursor }), 2);
      check(items.length > 0, 'billing.listInvoices: the client has invoices');
      const open = (await unpaid())[0];
      check(open, 'billing.listInvoices: an invoice with a balance');
      const invoice = await c.api().billing.getInvoice({ clientId, invoiceId: open.id });
      deepEqual(invoice.balance, open.balance, 'billing.getInvoice: the balance');
      check(Array.isArray(invoice.lines), 'billing.getInvoice: the detail carries its lines');
    });

    it('billing.payInvoice: a decline changes nothing; a payment is charged once per idempotency key; billing.listPayments lists it', async () => {
      const clientId = c.clientId();
      const open = (await unpaid())[0];
      check(open, 'an invoice with a balance');
      const amount = { amount: Math.min(100, open.balance.amount), currency: open.balance.currency };
      const declined = await c.api().billing.payInvoice({ clientId, invoiceId: open.id, body: { amount, paymentToken: c.fixtures.paymentTokens.declines } });
      equal(declined.status, 'declined', 'billing.payInvoice with a declining card');
      deepEqual((await c.api().billing.getInvoice({ clientId, invoiceId: open.id })).balance, open.balance, 'the balance after a decline');

      const key = c.unique('pay');
      const input = { clientId, invoiceId: open.id, body: { amount, paymentToken: c.fixtures.paymentTokens.succeeds } };
      const paid = await c.api().billing.payInvoice(input, { idempotencyKey: key });
      const again = await c.api().billing.payInvoice(input, { idempotencyKey: key });
      check(paid.status === 'succeeded' && again.status === 'succeeded', `billing.payInvoice: succeeded (got ${paid.status})`);
      equal(again.payment.id, paid.payment.id, 'billing.payInvoice repeated with the same key: the same payment');
      equal(paid.invoice.balance.amount, open.balance.amount - amount.amount, 'billing.payInvoice: the new balance');
      equal((await c.api().billing.getInvoice({ clientId, invoiceId: open.id })).balance.amount, open.balance.amount - amount.amount, 'the balance, charged once');
      const payments = await walkPages('billing.listPayments', (cursor) => c.api().billing.listPayments({ clientId, limit: 2, cursor }), 2, 1);
      check(payments.items.some((p) => p.id === paid.payment.id), 'billing.listPayments: the newest payment is first');
      const receipt = await c.api().billing.receipt({ clientId, paymentId: paid.payment.id });
      check(receipt.size > 0 && /^application\/pdf/.test(receipt.type), `billing.receipt: a PDF (got ${receipt.type}, ${receipt.size} bytes)`);
      const pdf = await c.api().billing.invoicePdf({ clientId, invoiceId: open.id });
      check(pdf.size > 0 && /^application\/pdf/.test(pdf.type), `billing.invoicePdf: a PDF (got ${pdf.type}, ${pdf.size} bytes)`);
      check((await pdf.slice(0, 5).text()) === '%PDF-', 'billing.invoicePdf: starts with %PDF-');
      await rejects(c.api().billing.invoicePdf({ clientId, invoiceId: UNKNOWN_ID }), 'not-found', 'billing.invoicePdf of an unknown id');
    });

    it('billing.payInvoice refuses an insurance invoice: it is the payer’s, not the client’s', async () => {
      const insurance = (await unpaidInvoices()).find((i) => i.kind === 'insurance' && i.status !== 'void');
      if (!insurance) return;
      const amount = { amount: Math.min(100, insurance.balance.amount), currency: insurance.balance.currency };
      await rejects(
        c.api().billing.payInvoice({ clientId: c.clientId(), invoiceId: insurance.id, body: { amount, paymentToken: c.fixtures.paymentTokens.succeeds } }),
        'conflict',
        'billing.payInvoice on an insurance invoice',
      );
      deepEqual((await c.api().billing.getInvoice({ clientId: c.clientId(), invoiceId: insurance.id })).balance, insurance.balance, 'the insurance invoice’s balance, unchanged');
    });

    it('billing.payInvoice requiring an extra step, then billing.confirmPayment', async () => {
      const clientId = c.clientId();
      const open = (await unpaid())[0];
      check(open, 'an invoice with a balance');
      const amount = { amount: Math.min(100, open.balance.amount), currency: open.balance.currency };
      const first = await c.api().billing.payInvoice({ clientId, invoiceId: open.id, body: { amount, paymentToken: c.fixtures.paymentTokens.requiresAction } });
      check(first.status === 'requires-action', `billing.payInvoice: requires-action (got ${first.status})`);
      const done = await c.api().billing.confirmPayment({ clientId, invoiceId: open.id, body: { actionToken: first.actionToken, confirmationToken: c.fixtures.paymentTokens.confirms } });
      check(done.status === 'succeeded', `billing.confirmPayment: succeeded (got ${done.status})`);
      equal(done.invoice.balance.amount, open.balance.amount - amount.amount, 'billing.confirmPayment: the new balance');
    });

    it('billing.listPaymentMethods, paying with a saved card, saving a card and billing.removePaymentMethod', async () => {
      const clientId = c.clientId();
      const open = (await unpaid()).find((i) => i.balance.amount >= 2);
      check(open, 'an invoice with a balance');
      const amount = { amount: 1, currency: open.balance.currency };
      const before = await c.api().billing.listPaymentMethods({ clientId });
      const withSave = await c.api().billing.payInvoice({ clientId, invoiceId: open.id, body: { amount, paymentToken: c.fixtures.paymentTokens.succeeds, saveMethod: true } });
      equal(withSave.status, 'succeeded', 'billing.payInvoice saving the card');
      const saved = (await c.api().billing.listPaymentMethods({ clientId }))[0];
      check(saved && before.every((m) => m.last4.length === 4), 'billing.listPaymentMethods: a saved card after saving one');
      const viaSaved = await c.api().billing.payInvoice({ clientId, invoiceId: open.id, body: { amount, paymentMethodId: saved.id } });
      equal(viaSaved.status, 'succeeded', 'billing.payInvoice with a saved card');
      const methods = await c.api().billing.listPaymentMethods({ clientId });
      equal(await c.api().billing.removePaymentMethod({ clientId, methodId: saved.id }), undefined, 'billing.removePaymentMethod');
      const after = await c.api().billing.listPaymentMethods({ clientId });
      deepEqual(after.map((m) => m.id), methods.map((m) => m.id).filter((id) => id !== saved.id), 'billing.listPaymentMethods after removing one');
      await rejects(c.api().billing.removePaymentMethod({ clientId, methodId: UNKNOWN_ID }), 'not-found', 'billing.removePaymentMethod of an unknown id');
      await rejects(c.api().billing.getInvoice({ clientId, invoiceId: UNKNOWN_ID }), 'not-found', 'billing.getInvoice of an unknown id');
    });

    it('billing.addPaymentMethod saves a card once per idempotency key, refuses a declined one; billing.setDefaultPaymentMethod', async () => {
      const clientId = c.clientId();
      const before = await c.api().billing.listPaymentMethods({ clientId });
      const key = c.unique('card');
      const input = { clientId, body: { paymentToken: c.fixtures.paymentTokens.succeeds } };
      const added = await c.api().billing.addPaymentMethod(input, { idempotencyKey: key });
      const again = await c.api().billing.addPaymentMethod(input, { idempotencyKey: key });
      equal(again.id, added.id, 'billing.addPaymentMethod repeated with the same key: the same card');
      check(/^\d{4}$/.test(added.last4), `billing.addPaymentMethod: a summary with the last four digits (got ${added.last4})`);
      const listed = await c.api().billing.listPaymentMethods({ clientId });
      check(listed.some((m) => m.id === added.id), 'billing.listPaymentMethods: the added card');
      equal(listed.filter((m) => m.id === added.id).length, 1, 'billing.listPaymentMethods: the added card, once');
      const declined = await rejects(c.api().billing.addPaymentMethod({ clientId, body: { paymentToken: c.fixtures.paymentTokens.declines } }), 'invalid-request', 'billing.addPaymentMethod with a declining card');
      check(declined.message.length > 0, 'billing.addPaymentMethod declined: a reason to show');
      deepEqual((await c.api().billing.listPaymentMethods({ clientId })).map((m) => m.id), listed.map((m) => m.id), 'billing.listPaymentMethods after a declined card: unchanged');

      const defaults = await c.api().billing.setDefaultPaymentMethod({ clientId, methodId: added.id });
      deepEqual(defaults.filter((m) => m.isDefault).map((m) => m.id), [added.id], 'billing.setDefaultPaymentMethod: that card is the only default');
      deepEqual((await c.api().billing.listPaymentMethods({ clientId })).filter((m) => m.isDefault).map((m) => m.id), [added.id], 'billing.listPaymentMethods after setting the default');
      await rejects(c.api().billing.setDefaultPaymentMethod({ clientId, methodId: UNKNOWN_ID }), 'not-found', 'billing.setDefaultPaymentMethod of an unknown id');

      // Leave the client's cards as they were.
      const previous = before.find((m) => m.isDefault);
      if (previous) await c.api().billing.setDefaultPaymentMethod({ clientId, methodId: previous.id });
      if (!before.some((m) => m.id === added.id)) await c.api().billing.removePaymentMethod({ clientId, methodId: added.id });
    });
  });

  describe('insurance', () => {
    it('insurance.listPayers, create with a listed payer, update, list', async () => {
      const clientId = c.clientId();
      const payer = (await c.api().insurance.listPayers({ clientId }))[0];
      check(payer, 'insurance.listPayers: the practice lists a payer');
      const fields = { priority: 'secondary' as const, memberId: c.unique('member'), subscriberName: 'Contract Suite', relationshipToSubscriber: 'self' as const, validFrom: '2026-01-01' };
      const created = await c.api().insurance.create({ clientId, body: { payerId: payer.id, ...fields } });
      equal(created.payer.id, payer.id, 'insurance.create: the payer');
      equal(created.memberId, fields.memberId, 'insurance.create: the member id');
      const memberId = c.unique('member');
      const updated = await c.api().insurance.update({ clientId, policyId: created.id, body: { payerId: payer.id, ...fields, memberId } });
      equal(updated.id, created.id, 'insurance.update: the same policy');
      equal(updated.memberId, memberId, 'insurance.update: the new member id');
      const list = await c.api().insurance.list({ clientId });
      equal(list.find((p) => p.id === created.id)?.memberId, memberId, 'insurance.list: the updated policy');
    });

    it('insurance.create with a new payer: accepted only with billing.addPayer, else 403 adding-payers-disabled', async () => {
      const clientId = c.clientId();
      const session = await c.api().session.get();
      const body = { newPayer: { name: `Contract Payer ${c.unique('payer')}` }, priority: 'tertiary' as const, memberId: 'M-1', subscriberName: 'Contract Suite', relationshipToSubscriber: 'self' as const, validFrom: '2026-01-01' };
      if (can(session, clientId, 'billing.addPayer')) {
        equal((await c.api().insurance.create({ clientId, body })).payer.name, body.newPayer.name, 'insurance.create with a new payer');
      } else {
        const error = await rejects(c.api().insurance.create({ clientId, body }), 'forbidden', 'insurance.create with a new payer');
        equal(error.code, 'adding-payers-disabled', 'insurance.create with a new payer: the code');
      }
    });
  });

  describe('timesheets', () => {
    it('timesheets.list and timesheets.sign; a decided timesheet cannot be signed again', async () => {
      const clientId = c.clientId();
      const sheets = await c.api().timesheets.list({ clientId });
      const open = sheets.find((t) => t.status === 'awaiting-signature');
      check(open, 'timesheets.list: a timesheet awaiting signature');
      const name = (await c.api().session.get()).user.name;
      const stranger = { kind: 'typed' as const, signerName: 'Bob Stranger', signedAt: new Date().toISOString(), text: 'Bob Stranger' };
      await rejects(c.api().timesheets.sign({ clientId, timesheetId: open.id, body: { decision: 'sign', signature: stranger } }), 'invalid-request', 'timesheets.sign with someone else’s name');
      // Case and spacing aside, the typed name is the user's; the record names the user exactly.
      const typed = `  ${name.toUpperCase().replace(/ /g, '   ')} `;
      const signature = { kind: 'typed' as const, signerName: typed, signedAt: new Date().toISOString(), text: typed };
      const signed = await c.api().timesheets.sign({ clientId, timesheetId: open.id, body: { decision: 'sign', signature } });
      equal(signed.status, 'signed', 'timesheets.sign: the status');
      equal(signed.signature?.signerName, name, 'timesheets.sign: the record names the signed-in user');
      await rejects(c.api().timesheets.sign({ clientId, timesheetId: open.id, body: { decision: 'dispute', reason: 'Wrong hours' } }), 'conflict', 'timesheets.sign twice');
    });
  });
}
