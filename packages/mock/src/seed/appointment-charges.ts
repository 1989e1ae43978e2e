/**
 * #14.2: an appointment the client owes for names the patient invoice it is billed on. The
 * demo links Avery's next scheduled appointment to Avery's first open patient invoice.
 */
import type { MockData } from '../db/types.js';
import { CLIENT } from './context.js';

export function withAppointmentCharges<D extends Pick<MockData, 'appointments' | 'invoices'>>(data: D): D {
  const invoice = data.invoices.find((i) => i.clientId === CLIENT.avery && i.kind === 'patient' && i.balance.amount > 0 && i.status !== 'void');
  const next = data.appointments
    .filter((a) => a.clientId === CLIENT.avery && a.status === 'scheduled')
    .sort((a, b) => a.start.localeCompare(b.start))[0];
  if (invoice && next) next.charge = { invoiceId: invoice.id, amountDue: invoice.balance };
  return data;
}
