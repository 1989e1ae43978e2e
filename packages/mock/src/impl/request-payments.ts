/**
 * Up-front payments of self-scheduled requests (#14.2). A service with `upfrontPayment` needs
 * a payment with every request for it; the mock bills it on a patient invoice of its own and
 * charges it through the same test provider as invoice payments (`chargeToken`), so the same
 * tokens decline, and the handler's Idempotency-Key store keeps a retry to one payment. When
 * the practice declines the request or the client withdraws it, the payment is refunded.
 */
import type { AppointmentRequest, Invoice, PayInvoiceInput, PaymentResult, RequestPayment, Service } from '@portico/core';
import { badRequest, found } from '../errors.js';
import type { MockData, Owned } from '../db/types.js';
import { utcDate } from '../time.js';
import { cardLabel, chargeToken, settle } from './billing.js';
import type { AuthedContext } from './types.js';

/** The invoice an up-front payment is billed on: paid at once, voided when refunded. */
function upfrontInvoice(ctx: AuthedContext, clientId: string, service: Service, start: string, amount: { amount: number; currency: string }): Owned<Invoice> {
  const id = ctx.db.id('inv-up');
  const today = utcDate(ctx.now);
  return {
    id, clientId, number: `HL-U${id.replace(/\D/g, '').padStart(4, '0')}`, kind: 'patient', status: 'open', issuedOn: today, dueOn: today,
    total: amount, balance: amount, pdfUrl: ctx.db.downloadUrl(`${id}.pdf`),
    lines: [{ id: `${id}-l1`, serviceDate: start.slice(0, 10), description: `Up-front payment: ${service.name}`, quantity: 1, unitPrice: amount, amount }],
  };
}

/**
 * Takes the up-front payment a request for `service` must carry, or nothing when the service
 * has none. Refuses a missing or wrong amount and a declined card (400, nothing stored).
 */
export function takeUpfrontPayment(ctx: AuthedContext, clientId: string, service: Service, start: string, payment: PayInvoiceInput | undefined): RequestPayment | undefined {
  const price = service.upfrontPayment;
  if (!price) return undefined;
  if (!payment) throw badRequest('payment-required', `${service.name} is paid up front: the request needs a payment of the service's amount.`, [{ path: 'payment', message: 'Required for this service' }]);
  if (payment.amount.amount !== price.amount || payment.amount.currency !== price.currency) {
    throw badRequest('amount-mismatch', 'The amount is not the one this service asks for up front.', [{ path: 'payment.amount', message: 'Not the service\'s amount' }]);
  }
  const invoice = upfrontInvoice(ctx, clientId, service, start, price);
  let result: PaymentResult;
  if ('paymentMethodId' in payment) {
    const method = found(ctx.data.paymentMethods.find((m) => m.id === payment.paymentMethodId && m.clientId === clientId), 'This saved card');
    result = settle(ctx, invoice, price.amount, cardLabel(method));
  } else {
    result = chargeToken(ctx, invoice, price.amount, payment.paymentToken, { saveMethod: payment.saveMethod ?? false, payerId: ctx.user.id });
  }
  if (result.status === 'declined') throw badRequest('card-declined', result.message, [{ path: 'payment', message: result.declineCode }]);
  if (result.status === 'requires-action') {
    const { actionToken } = result;
    ctx.data.pendingPayments.splice(ctx.data.pendingPayments.findIndex((p) => p.actionToken === actionToken), 1);
    throw badRequest('card-requires-action', 'This card needs your bank to confirm the payment, which a booking request cannot do. Choose another card.', [{ path: 'payment', message: 'Requires action' }]);
  }
  ctx.data.invoices.push(invoice);
  return { status: 'paid', amount: result.payment.amount, paymentId: result.payment.id, methodLabel: result.payment.methodLabel };
}

/** Gives back a request's up-front payment when it is declined or withdrawn: refunded once captured, voided while only authorised. */
export function refundUpfrontPayment(data: MockData, request: AppointmentRequest): void {
  const payment = request.payment;
  if (!payment) return;
  if (payment.status === 'authorised') {
    payment.status = 'voided';
    return;
  }
  if (payment.status !== 'paid') return;
  payment.status = 'refunded';
  const record = data.payments.find((p) => p.id === payment.paymentId);
  if (!record) return;
  record.status = 'refunded';
  const invoice = data.invoices.find((i) => i.id === record.invoiceId);
  if (invoice) invoice.status = 'void';
}
