/** An invoice's status and kind in words (never colour alone), for the list, the detail and the pay dialog. */
import { msg } from '@lit/localize';
import { todayIn, type FormatContext, type Invoice } from '@portico/core';

/** Past due with money still owed, whatever the backend's status says. */
export function isOverdue(invoice: Invoice, ctx: Pick<FormatContext, 'timeZone'>): boolean {
  if (invoice.status === 'overdue') return true;
  if (invoice.status === 'paid' || invoice.status === 'void' || invoice.balance.amount <= 0) return false;
  return invoice.dueOn < todayIn(ctx);
}

/** The status as words (never colour alone). */
export function invoiceStatusLabel(invoice: Invoice, ctx: Pick<FormatContext, 'timeZone'>): string {
  if (isOverdue(invoice, ctx)) return msg('Overdue');
  switch (invoice.status) {
    case 'paid':
      return msg('Paid');
    case 'partially-paid':
      return msg('Partially paid');
    case 'void':
      return msg('Void');
    default:
      return msg('Open');
  }
}

export function invoiceKindLabel(kind: Invoice['kind']): string {
  return kind === 'insurance' ? msg('Insurance') : msg('Patient responsibility');
}
