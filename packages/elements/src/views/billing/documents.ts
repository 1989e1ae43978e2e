/** Billing's documents (invoice PDFs, receipts), fetched through the adapter with the bearer token. */
import type { Invoice, Payment, PorticoStore } from '@portico/core';
import type { DocumentLoader } from '../../ui/documents.js';

function noStore(): Promise<never> {
  return Promise.reject(new Error('No store'));
}

/** A payment's receipt as a PDF. */
export function receiptOf(store: PorticoStore | undefined, clientId: string | undefined, payment: Pick<Payment, 'id'>): DocumentLoader {
  return (signal) => (store && clientId ? store.adapter.billing.receipt({ clientId, paymentId: payment.id }, { signal }) : noStore());
}

/** An invoice as a PDF. */
export function invoicePdfOf(store: PorticoStore | undefined, clientId: string | undefined, invoice: Pick<Invoice, 'id'>): DocumentLoader {
  return (signal) => (store && clientId ? store.adapter.billing.invoicePdf({ clientId, invoiceId: invoice.id }, { signal }) : noStore());
}
