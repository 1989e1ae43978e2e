/**
 * #14.2: the practice asks for payment up front for an initial consultation booked online.
 * The demo gives Avery a pending consultation request paid up front and a declined one whose
 * payment was refunded, each billed on a patient invoice of its own, as the mock's
 * `schedule.requestAppointment` does (impl/request-payments.ts).
 */
import type { AppointmentRequest, Invoice, Payment } from '@portico/core';
import type { MockData, Owned } from '../db/types.js';
import { DAY, MINUTE, iso, utcDate } from '../time.js';
import { CLIENT, MEMBER } from './context.js';

/** The service the practice takes payment for up front, and how much. */
export const UPFRONT_SERVICE_ID = 'svc-consult';
export const UPFRONT_AMOUNT = { amount: 4000, currency: 'USD' };

type Data = Pick<MockData, 'services' | 'requests' | 'invoices' | 'payments' | 'team'>;

export function withRequestPayments<D extends Data>(data: D, now: number, downloadUrl: (id: string) => string): D {
  data.services = data.services.map((s) => (s.id === UPFRONT_SERVICE_ID ? { ...s, upfrontPayment: UPFRONT_AMOUNT } : s));
  const service = data.services.find((s) => s.id === UPFRONT_SERVICE_ID);
  const provider = data.team.find((m) => m.id === MEMBER.riley);
  const pending = data.requests.find((r) => r.clientId === CLIENT.avery && r.status === 'pending');
  if (!service || !provider || !pending) return data;
  const made = (suffix: string, dayShift: number, status: 'pending' | 'declined'): void => {
    const start = Date.parse(pending.start) + dayShift * DAY - 2 * 60 * MINUTE;
    const createdAt = now - (status === 'pending' ? 2 : 6) * DAY;
    const invoiceId = `inv-avery-up-${suffix}`;
    const paymentId = `pay-avery-up-${suffix}`;
    const number = `HL-U${suffix === 'pending' ? '0001' : '0002'}`;
    const invoice: Owned<Invoice> = {
      id: invoiceId, clientId: CLIENT.avery, number, kind: 'patient', status: status === 'pending' ? 'paid' : 'void',
      issuedOn: utcDate(createdAt), dueOn: utcDate(createdAt), total: UPFRONT_AMOUNT, balance: { ...UPFRONT_AMOUNT, amount: 0 },
      pdfUrl: downloadUrl(`${invoiceId}.pdf`),
      lines: [{ id: `${invoiceId}-l1`, serviceDate: utcDate(start), description: `Up-front payment: ${service.name}`, quantity: 1, unitPrice: UPFRONT_AMOUNT, amount: UPFRONT_AMOUNT }],
    };
    const payment: Owned<Payment> = {
      id: paymentId, clientId: CLIENT.avery, invoiceId, invoiceNumber: number, amount: UPFRONT_AMOUNT, createdAt: iso(createdAt),
      status: status === 'pending' ? 'succeeded' : 'refunded', methodLabel: 'Visa ending 4242', receiptNumber: `R-${number.slice(3)}-1`, receiptUrl: downloadUrl(`${paymentId}.receipt`),
    };
    const request: Owned<AppointmentRequest> = {
      id: `req-avery-upfront-${suffix}`, clientId: CLIENT.avery, provider: { id: provider.id, name: provider.name }, service: { id: service.id, name: service.name },
      start: iso(start), end: iso(start + service.durationMinutes * MINUTE), status, createdAt: iso(createdAt),
      payment: { status: status === 'pending' ? 'paid' : 'refunded', amount: UPFRONT_AMOUNT, paymentId, methodLabel: payment.methodLabel },
      ...(status === 'declined' ? { declineReason: 'Dr. Riley Demo is not taking new consultations that week. Please pick another week.' } : {}),
    };
    data.invoices.push(invoice);
    data.payments.push(payment);
    data.requests.push(request);
  };
  made('pending', 4, 'pending');
  made('declined', -3, 'declined');
  return data;
}
