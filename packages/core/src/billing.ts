/**
 * What the client owes, in one place: the dashboard's balance, Billing's Pay action and the
 * mock's payment rule all ask these, so they cannot disagree (BILL-1, BILL-2).
 */
import type { Invoice } from './schemas/billing.js';
import type { Money } from './schemas/common.js';

/**
 * Whether the client can pay this invoice: patient responsibility with money still owed and
 * not void. An insurance invoice is billed to the payer; it is shown for information only.
 */
export function isClientPayable(invoice: Pick<Invoice, 'kind' | 'status' | 'balance'>): boolean {
  return invoice.kind === 'patient' && invoice.status !== 'void' && invoice.balance.amount > 0;
}

/** The client's balance: what is left to pay on payable invoices, per currency (never added across currencies). */
export function clientBalance(invoices: readonly Pick<Invoice, 'kind' | 'status' | 'balance'>[]): Money[] {
  const sums = new Map<string, number>();
  for (const invoice of invoices) {
    if (!isClientPayable(invoice)) continue;
    const { currency, amount } = invoice.balance;
    sums.set(currency, (sums.get(currency) ?? 0) + amount);
  }
  return [...sums].map(([currency, amount]) => ({ currency, amount }));
}

/** How many decimals an amount in `currency` has (2 for USD, 0 for JPY): what minor units count. */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}
