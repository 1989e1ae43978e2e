/**
 * Invoices and payments through a test payment provider (BILL-1, BILL-2). Tokens, like a real
 * provider's test mode: `tok_visa` (and any other `tok_…`) succeeds, `tok_mastercard` and
 * `tok_amex` save with their brand, `tok_chargeDeclined` and `tok_insufficientFunds` are
 * declined, `tok_threeDSecure` requires an extra confirmation (`confirmPayment` completes it;
 * confirming with `tok_chargeDeclined` declines it instead).
 */
import { can, isClientPayable, signerNameMatches, type InsurancePolicyInput, type Invoice, type Payer, type PaymentResult } from '@portico/core';
import { badRequest, conflict, forbidden, found } from '../errors.js';
import type { Owned, PendingPayment } from '../db/types.js';
import { placeholderPdf } from '../documents.js';
import { paginate } from '../paging.js';
import { iso } from '../time.js';
import { parseTestToken } from '../payments/test-cards.js';
import { addActivity } from './client-view.js';
import type { AuthedContext, ImplFor } from './types.js';

const DECLINES: Record<string, { declineCode: string; message: string }> = {
  tok_chargeDeclined: { declineCode: 'card_declined', message: 'Your card was declined.' },
  tok_insufficientFunds: { declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
};

const BRANDS: Record<string, { brand: string; last4: string }> = {
  tok_visa: { brand: 'visa', last4: '4242' },
  tok_mastercard: { brand: 'mastercard', last4: '4444' },
  tok_amex: { brand: 'amex', last4: '0005' },
  tok_threeDSecure: { brand: 'visa', last4: '3184' },
};

function invoiceOf(ctx: AuthedContext, clientId: string, invoiceId: string): Owned<Invoice> {
  return found(ctx.data.invoices.find((i) => i.clientId === clientId && i.id === invoiceId), 'This invoice');
}

export function settle(ctx: AuthedContext, invoice: Owned<Invoice>, amount: number, methodLabel: string): PaymentResult {
  invoice.balance = { ...invoice.balance, amount: invoice.balance.amount - amount };
  invoice.status = invoice.balance.amount === 0 ? 'paid' : 'partially-paid';
  const count = ctx.data.payments.filter((p) => p.invoiceId === invoice.id).length + 1;
  const id = ctx.db.id('pay');
  const payment = {
    id, clientId: invoice.clientId, invoiceId: invoice.id, invoiceNumber: invoice.number, amount: { amount, currency: invoice.total.currency },
    createdAt: iso(ctx.now), status: 'succeeded' as const, methodLabel, receiptNumber: `R-${invoice.number.slice(3)}-${count}`, receiptUrl: ctx.db.downloadUrl(`${id}.receipt`),
  };
  ctx.data.payments.push(payment);
  addActivity(ctx, invoice.clientId, 'payment', `Payment received for invoice ${invoice.number}, thank you`);
  return { status: 'succeeded', payment, invoice };
}

export function cardLabel(card: { brand: string; last4: string }): string {
  return `${card.brand[0]!.toUpperCase()}${card.brand.slice(1)} ending ${card.last4}`;
}

const cardFor = (token: string) => BRANDS[token] ?? { brand: 'visa', last4: '4242' };

/** Refuses a payment the invoice cannot take: voided, billed to insurance, wrong currency or amount. */
export function checkPayment(invoice: Owned<Invoice>, amount: { amount: number; currency: string }): void {
  if (invoice.status === 'void') throw conflict('invoice-void', 'This invoice was voided and cannot be paid.');
  // One rule with the portal (core's isClientPayable): insurance invoices are the payer's, not the client's.
  if (!isClientPayable(invoice)) throw conflict('invoice-not-payable', 'This invoice is billed to insurance; there is nothing for you to pay on it.');
  if (amount.currency !== invoice.balance.currency) throw badRequest('currency-mismatch', `Pay in ${invoice.balance.currency}.`, [{ path: 'amount.currency', message: 'Wrong currency' }]);
  if (amount.amount <= 0) throw badRequest('invalid-amount', 'The amount must be more than zero.', [{ path: 'amount.amount', message: 'Must be positive' }]);
  if (amount.amount > invoice.balance.amount) {
    throw badRequest('amount-exceeds-balance', 'The amount is more than the balance due on this invoice.', [{ path: 'amount.amount', message: 'More than the balance' }]);
  }
}

/**
 * Charges a provider token as the test provider would: declined, needing 3-D Secure (kept as a
 * pending payment for `payerId`), or settled. Shared by the portal's and the guest link's payments.
 */
export function chargeToken(ctx: AuthedContext, invoice: Owned<Invoice>, amount: number, paymentToken: string, { saveMethod, payerId }: { saveMethod: boolean; payerId: string }): PaymentResult {
  const token = parseTestToken(paymentToken).base;
  if (!token.startsWith('tok_')) throw badRequest('invalid-payment-token', 'The card details could not be used. Enter them again.', [{ path: 'paymentToken', message: 'Unknown token' }]);
  const decline = DECLINES[token];
  if (decline) return { status: 'declined', ...decline };
  if (token === 'tok_threeDSecure') {
    const actionToken = ctx.db.id('act_3ds');
    ctx.data.pendingPayments.push({ actionToken, clientId: invoice.clientId, invoiceId: invoice.id, amount, saveMethod, token: paymentToken, userId: payerId });
    return { status: 'requires-action', actionToken, message: 'Your bank needs you to confirm this payment.' };
  }
  if (saveMethod) rememberCard(ctx, invoice.clientId, paymentToken);
  return settle(ctx, invoice, amount, cardLabel(cardFor(token)));
}

/** Completes a pending 3-D Secure payment that `matches`; a declining confirmation token declines it. */
export function completeConfirmation(
  ctx: AuthedContext,
  body: { actionToken: string; confirmationToken: string },
  matches: (pending: PendingPayment) => boolean,
  invoiceFor: () => Owned<Invoice>,
): PaymentResult {
  const index = ctx.data.pendingPayments.findIndex((p) => p.actionToken === body.actionToken && matches(p));
  const pending = found(index >= 0 ? ctx.data.pendingPayments[index] : undefined, 'This payment confirmation');
  ctx.data.pendingPayments.splice(index, 1);
  const decline = DECLINES[body.confirmationToken];
  if (decline) return { status: 'declined', ...decline };
  const invoice = invoiceFor();
  if (pending.amount > invoice.balance.amount) throw badRequest('amount-exceeds-balance', 'The amount is more than the balance due on this invoice.');
  if (pending.saveMethod) rememberCard(ctx, pending.clientId, pending.token ?? 'tok_threeDSecure');
  return settle(ctx, invoice, pending.amount, cardLabel(cardFor('tok_threeDSecure')));
}

export const billingImpl: ImplFor<'billing' | 'insurance' | 'timesheets'> = {
  billing: {
    listInvoices: ({ clientId, status, cursor, limit }, ctx) => {
      const list = ctx.data.invoices
        .filter((i) => i.clientId === clientId)
        .filter((i) => !status || status === 'all' || (status === 'paid' ? i.balance.amount === 0 : i.balance.amount > 0))
        .sort((a, b) => b.issuedOn.localeCompare(a.issuedOn) || b.number.localeCompare(a.number))
        .map(({ lines: _lines, ...rest }) => rest);
      return paginate(list, { cursor, limit });
    },
    getInvoice: ({ clientId, invoiceId }, ctx) => invoiceOf(ctx, clientId, invoiceId),
    payInvoice: ({ clientId, invoiceId, body }, ctx) => {
      const invoice = invoiceOf(ctx, clientId, invoiceId);
      checkPayment(invoice, body.amount);
      if ('paymentMethodId' in body) {
        const method = found(ctx.data.paymentMethods.find((m) => m.id === body.paymentMethodId && m.clientId === clientId), 'This saved card');
        return settle(ctx, invoice, body.amount.amount, cardLabel(method));
      }
      return chargeToken(ctx, invoice, body.amount.amount, body.paymentToken, { saveMethod: body.saveMethod ?? false, payerId: ctx.user.id });
    },
    confirmPayment: ({ clientId, invoiceId, body }, ctx) =>
      completeConfirmation(ctx, body, (p) => p.clientId === clientId && p.invoiceId === invoiceId, () => invoiceOf(ctx, clientId, invoiceId)),
    invoicePdf: ({ clientId, invoiceId }, ctx) => {
      const invoice = invoiceOf(ctx, clientId, invoiceId);
      return new Blob([placeholderPdf(`Invoice ${invoice.number}`)], { type: 'application/pdf' });
    },
    receipt: ({ clientId, paymentId }, ctx) => {
      const payment = found(ctx.data.payments.find((p) => p.id === paymentId && p.clientId === clientId), 'This payment');
      return new Blob([placeholderPdf(`Receipt ${payment.receiptNumber}`)], { type: 'application/pdf' });
    },
    listPayments: ({ clientId, cursor, limit }, ctx) =>
      paginate(ctx.data.payments.filter((p) => p.clientId === clientId).sort((a, b) => b.createdAt.localeCompare(a.createdAt)), { cursor, limit }),
    listPaymentMethods: ({ clientId }, ctx) => ctx.data.paymentMethods.filter((m) => m.clientId === clientId),
    addPaymentMethod: ({ clientId, body }, ctx) => {
      const token = parseTestToken(body.paymentToken).base;
      if (!token.startsWith('tok_')) throw badRequest('invalid-payment-token', 'The card details could not be used. Enter them again.', [{ path: 'paymentToken', message: 'Unknown token' }]);
      const decline = DECLINES[token];
      // The provider checks a card before it is saved: a declined card is not kept.
      if (decline) throw badRequest('card-declined', decline.message, [{ path: 'paymentToken', message: decline.declineCode }]);
      return rememberCard(ctx, clientId, body.paymentToken);
    },
    setDefaultPaymentMethod: ({ clientId, methodId }, ctx) => {
      const method = found(ctx.data.paymentMethods.find((m) => m.id === methodId && m.clientId === clientId), 'This saved card');
      for (const m of ctx.data.paymentMethods) if (m.clientId === clientId) m.isDefault = m === method;
      return ctx.data.paymentMethods.filter((m) => m.clientId === clientId);
    },
    removePaymentMethod: ({ clientId, methodId }, ctx) => {
      const method = found(ctx.data.paymentMethods.find((m) => m.id === methodId && m.clientId === clientId), 'This saved card');
      ctx.data.paymentMethods = ctx.data.paymentMethods.filter((m) => m !== method);
      const first = ctx.data.paymentMethods.find((m) => m.clientId === clientId);
      if (method.isDefault && first) first.isDefault = true;
    },
  },
  insurance: {
    list: ({ clientId }, ctx) => ctx.data.insurance.filter((p) => p.clientId === clientId),
    create: ({ clientId, body }, ctx) => {
      const policy = { id: ctx.db.id('pol'), clientId, ...policyFields(ctx, clientId, body), status: 'pending-verification' as const };
      ctx.data.insurance.push(policy);
      return policy;
    },
    update: ({ clientId, policyId, body }, ctx) => {
      const policy = found(ctx.data.insurance.find((p) => p.id === policyId && p.clientId === clientId), 'This insurance policy');
      const { validTo: _old, groupNumber: _oldGroup, ...kept } = policy;
      const updated = { ...kept, ...policyFields(ctx, clientId, body), status: 'pending-verification' as const };
      ctx.data.insurance = ctx.data.insurance.map((p) => (p === policy ? updated : p));
      return updated;
    },
    listPayers: (_input, ctx) => ctx.data.payers,
  },
  timesheets: {
    list: ({ clientId }, ctx) => ctx.data.timesheets.filter((t) => t.clientId === clientId).sort((a, b) => b.periodEnd.localeCompare(a.periodEnd)),
    sign: ({ clientId, timesheetId, body }, ctx) => {
      const sheet = found(ctx.data.timesheets.find((t) => t.id === timesheetId && t.clientId === clientId), 'This timesheet');
      if (sheet.status !== 'awaiting-signature') throw conflict('timesheet-decided', 'This timesheet has already been signed or disputed.');
      if (body.decision === 'sign') {
        if (!signerNameMatches(body.signature.signerName, ctx.user.name)) {
          throw badRequest('signer-mismatch', 'A typed signature must be your own name.', [{ path: 'signature.signerName', message: `Sign with your own name, ${ctx.user.name}.` }]);
        }
        sheet.status = 'signed';
        // The record names the signed-in user, whatever was typed (case, spacing).
        sheet.signature = { ...body.signature, signerName: ctx.user.name };
      } else {
        sheet.status = 'disputed';
        sheet.disputeReason = body.reason;
      }
      return sheet;
    },
  },
};

/** Saves the token's card (once per brand and last four digits) and returns the saved summary. */
function rememberCard(ctx: AuthedContext, clientId: string, paymentToken: string) {
  const { base, expiry } = parseTestToken(paymentToken);
  const card = cardFor(base);
  const year = new Date(ctx.now).getUTCFullYear();
  // The expiry the person typed (carried by the token); a token without one: three years on.
  const expMonth = expiry?.month ?? 12;
  const expYear = expiry?.year ?? year + 3;
  const known = ctx.data.paymentMethods.find((m) => m.clientId === clientId && m.brand === card.brand && m.last4 === card.last4);
  if (known) return known;
  const isDefault = !ctx.data.paymentMethods.some((m) => m.clientId === clientId);
  const saved = { id: ctx.db.id('pm'), clientId, ...card, expMonth, expYear, isDefault };
  ctx.data.paymentMethods.push(saved);
  return saved;
}

type PolicyInput = InsurancePolicyInput;

function policyFields(ctx: AuthedContext, clientId: string, body: PolicyInput) {
  let payer: Payer;
  if ('payerId' in body) {
    const listed = ctx.data.payers.find((p) => p.id === body.payerId);
    if (!listed) throw badRequest('unknown-payer', 'Pick a payer from the list.', [{ path: 'payerId', message: 'Unknown payer' }]);
    payer = listed;
  } else {
    // BILL-3: a payer the practice does not list yet, only where it allows adding payers.
    if (!can(ctx.session, clientId, 'billing.addPayer')) {
      throw forbidden('The practice does not accept new payers here. Pick one from the list or call the office.', 'adding-payers-disabled');
    }
    payer = { id: ctx.db.id('payer'), name: body.newPayer.name, ...(body.newPayer.phone ? { phone: body.newPayer.phone } : {}) };
    ctx.data.payers.push(payer);
  }
  return {
    payer, priority: body.priority, memberId: body.memberId, subscriberName: body.subscriberName, relationshipToSubscriber: body.relationshipToSubscriber,
    validFrom: body.validFrom, ...(body.groupNumber ? { groupNumber: body.groupNumber } : {}), ...(body.validTo ? { validTo: body.validTo } : {}),
  };
}
