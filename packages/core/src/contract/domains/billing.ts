/** Routes of the `billing` domain; see `../routes.ts`. */
import * as z from 'zod/mini';
import { documentResponse, route } from '../route.js';
import { client, withId } from '../params.js';
import { AddPaymentMethodInput, Invoice, PayInvoiceInput, Payment, PaymentMethod, PaymentResult } from '../../schemas/billing.js';
import { PageQuery, pageOf } from '../../schemas/common.js';

export const billing = {
  listInvoices: route({ method: 'GET', path: '/clients/{clientId}/invoices', summary: 'Invoices the practice shows, newest first', params: client, query: z.object({ ...PageQuery.shape, status: z.optional(z.enum(['unpaid', 'paid', 'all'])) }), requires: 'billing', response: pageOf(Invoice) }),
  getInvoice: route({ method: 'GET', path: '/clients/{clientId}/invoices/{invoiceId}', summary: 'One invoice with its lines', params: withId('invoiceId'), requires: 'billing', response: Invoice }),
  payInvoice: route({ method: 'POST', path: '/clients/{clientId}/invoices/{invoiceId}/payments', summary: 'Pay with a provider token or a saved method; a decline is a 200 with status "declined"', params: withId('invoiceId'), body: PayInvoiceInput, requires: 'billing.pay', response: PaymentResult }),
  confirmPayment: route({ method: 'POST', path: '/clients/{clientId}/invoices/{invoiceId}/payments/confirm', summary: 'Complete a payment that required extra confirmation', params: withId('invoiceId'), body: z.object({ actionToken: z.string(), confirmationToken: z.string() }), requires: 'billing.pay', response: PaymentResult }),
  invoicePdf: route({ method: 'GET', path: '/clients/{clientId}/invoices/{invoiceId}/pdf', summary: 'An invoice as a PDF document', params: withId('invoiceId'), requires: 'billing', response: documentResponse('application/pdf') }),
  receipt: route({ method: 'GET', path: '/clients/{clientId}/payments/{paymentId}/receipt', summary: 'A payment\'s receipt as a PDF document', params: withId('paymentId'), requires: 'billing', response: documentResponse('application/pdf') }),
  listPayments: route({ method: 'GET', path: '/clients/{clientId}/payments', summary: 'Payment history with receipts', params: client, query: PageQuery, requires: 'billing', response: pageOf(Payment) }),
  listPaymentMethods: route({ method: 'GET', path: '/clients/{clientId}/payment-methods', summary: 'Saved cards (summaries only)', params: client, requires: 'billing.pay', response: z.array(PaymentMethod) }),
  addPaymentMethod: route({ method: 'POST', path: '/clients/{clientId}/payment-methods', summary: 'Save a card outside a payment, from a provider token; a declined card is a 400 "card-declined" with the reason', params: client, body: AddPaymentMethodInput, requires: 'billing.pay', response: PaymentMethod, status: 201 }),
  setDefaultPaymentMethod: route({ method: 'POST', path: '/clients/{clientId}/payment-methods/{methodId}/default', summary: 'Make a saved card the default one; the others stop being default', params: withId('methodId'), requires: 'billing.pay', response: z.array(PaymentMethod) }),
  removePaymentMethod: route({ method: 'DELETE', path: '/clients/{clientId}/payment-methods/{methodId}', summary: 'Forget a saved card', params: withId('methodId'), requires: 'billing.pay', response: null, status: 204 }),
};
