/** Invoices, payments, saved cards, insurance and timesheets (BILL-1..4). */
import type { Invoice, InvoiceLine } from '@portico/core';
import type { MockData, Owned } from '../db/types.js';
import { DAY, formatTime, iso, utcDate } from '../time.js';
import { CLIENT, type SeedContext } from './context.js';
import { PAYERS } from './practice.js';

const LINE_ITEMS: { description: string; code: string; unit: number }[] = [
  { description: 'Psychotherapy, 53 minutes', code: '90837', unit: 16_000 },
  { description: 'Psychotherapy, 45 minutes', code: '90834', unit: 12_500 },
  { description: 'Adaptive behavior treatment, per 15 minutes', code: '97153', unit: 1_800 },
  { description: 'Protocol modification, per 15 minutes', code: '97155', unit: 2_600 },
  { description: 'Family adaptive behavior guidance', code: '97156', unit: 2_400 },
  { description: 'Speech-language treatment', code: '92507', unit: 11_000 },
  { description: 'Late cancellation fee', code: 'LATE', unit: 5_000 },
];

const money = (amount: number) => ({ amount, currency: 'USD' });

export function seedBilling(ctx: SeedContext): Pick<MockData, 'invoices' | 'payments' | 'paymentMethods' | 'insurance' | 'timesheets'> {
  const invoices: Owned<Invoice>[] = [];
  const payments: MockData['payments'] = [];
  const counts: Record<string, number> = { [CLIENT.avery]: 32, [CLIENT.milo]: 14, [CLIENT.nora]: 10 };
  let number = 1040;
  for (const [clientId, count] of Object.entries(counts)) {
    for (let i = 0; i < count; i++) {
      number++;
      const id = `inv-${clientId.slice(3)}-${String(i + 1).padStart(2, '0')}`;
      const issued = ctx.now - (i * 12 + ctx.rng.int(0, 6)) * DAY;
      const lines: InvoiceLine[] = Array.from({ length: ctx.rng.int(1, 4) }, (_, l) => {
        const item = ctx.rng.pick(LINE_ITEMS);
        const quantity = item.code.startsWith('971') ? ctx.rng.int(4, 12) : 1;
        return {
          id: `${id}-l${l + 1}`, serviceDate: utcDate(issued - ctx.rng.int(1, 10) * DAY), description: item.description,
          code: item.code, quantity, unitPrice: money(item.unit), amount: money(item.unit * quantity),
        };
      });
      const total = lines.reduce((sum, line) => sum + line.amount.amount, 0);
      const kind = ctx.rng.chance(0.4) ? 'insurance' : 'patient';
      const due = issued + 30 * DAY;
      // The newest invoices are open; older ones are mostly paid, with a few overdue, partial or void.
      const roll = ctx.rng.next();
      const status: Invoice['status'] =
        i < 3 ? 'open' : i === 3 ? 'partially-paid' : due < ctx.now && roll < 0.15 ? 'overdue' : roll < 0.22 ? 'void' : roll < 0.3 ? 'partially-paid' : 'paid';
      const paid = status === 'paid' ? total : status === 'partially-paid' ? Math.round(total * 0.4) : 0;
      const balance = status === 'void' ? 0 : total - paid;
      invoices.push({
        id, clientId, number: `HL-${number}`, kind, status, issuedOn: utcDate(issued), dueOn: utcDate(due),
        total: money(total), balance: money(balance), lines, pdfUrl: ctx.downloadUrl(`${id}.pdf`),
      });
      if (paid > 0) {
        const pid = `pay-${id.slice(4)}`;
        payments.push({
          id: pid, clientId, invoiceId: id, invoiceNumber: `HL-${number}`, amount: money(paid),
          createdAt: iso(issued + ctx.rng.int(1, 20) * DAY), status: 'succeeded', methodLabel: 'Visa ending 4242',
          receiptNumber: `R-${number}-1`, receiptUrl: ctx.downloadUrl(`${pid}.receipt`),
        });
      }
    }
  }
  const year = new Date(ctx.now).getUTCFullYear();
  const paymentMethods: MockData['paymentMethods'] = [
    { id: 'pm-avery-visa', clientId: CLIENT.avery, brand: 'visa', last4: '4242', expMonth: 8, expYear: year + 2, isDefault: true },
    { id: 'pm-avery-mc', clientId: CLIENT.avery, brand: 'mastercard', last4: '4444', expMonth: 3, expYear: year + 1, isDefault: false },
    { id: 'pm-milo-visa', clientId: CLIENT.milo, brand: 'visa', last4: '1881', expMonth: 11, expYear: year + 3, isDefault: true },
  ];
  const payer = (i: number) => PAYERS[i]!;
  const insurance: MockData['insurance'] = [
    { id: 'pol-avery-1', clientId: CLIENT.avery, payer: payer(0), priority: 'primary', memberId: 'EXH-0000-1234', groupNumber: 'GRP-100', subscriberName: 'Avery Example', relationshipToSubscriber: 'self', validFrom: `${year - 1}-01-01`, status: 'active' },
    { id: 'pol-milo-1', clientId: CLIENT.milo, payer: payer(1), priority: 'primary', memberId: 'SMI-0000-5678', groupNumber: 'GRP-220', subscriberName: 'Jordan Sample', relationshipToSubscriber: 'child', validFrom: `${year - 2}-07-01`, status: 'active' },
    { id: 'pol-milo-2', clientId: CLIENT.milo, payer: payer(2), priority: 'secondary', memberId: 'PMC-0000-9012', subscriberName: 'Milo Sample', relationshipToSubscriber: 'self', validFrom: `${year}-01-01`, status: 'pending-verification' },
    { id: 'pol-nora-1', clientId: CLIENT.nora, payer: payer(1), priority: 'primary', memberId: 'SMI-0000-5679', groupNumber: 'GRP-220', subscriberName: 'Jordan Sample', relationshipToSubscriber: 'child', validFrom: `${year - 2}-07-01`, validTo: `${year - 1}-12-31`, status: 'inactive' },
  ];
  const timesheets: MockData['timesheets'] = [];
  for (const [clientId, providerName, service] of [
    [CLIENT.milo, 'Jamie Testwell', 'ABA direct therapy'], [CLIENT.milo, 'Casey Placeholder', 'Protocol modification'],
    [CLIENT.nora, 'Casey Placeholder', 'Parent training'], [CLIENT.avery, 'Dr. Riley Demo', 'Individual therapy'],
  ] as const) {
    for (let week = 0; week < 3; week++) {
      const end = ctx.now - (week * 7 + 1) * DAY;
      const entries = Array.from({ length: ctx.rng.int(2, 4) }, (_, e) => {
        const startHour = ctx.rng.int(9, 15);
        const minutes = ctx.rng.pick([60, 90, 120]);
        return {
          date: utcDate(end - (6 - e * 2) * DAY), start: formatTime(startHour * 60), end: formatTime(startHour * 60 + minutes), service, minutes,
        };
      });
      const signed = week === 2;
      timesheets.push({
        id: `ts-${clientId.slice(3)}-${providerName.split(' ').at(-1)!.toLowerCase()}-${week + 1}`, clientId, providerName,
        periodStart: utcDate(end - 6 * DAY), periodEnd: utcDate(end), entries,
        totalMinutes: entries.reduce((sum, e) => sum + e.minutes, 0),
        status: signed ? 'signed' : 'awaiting-signature',
        signature: signed ? { kind: 'typed', signerName: clientId === CLIENT.avery ? 'Avery Example' : 'Jordan Sample', signedAt: iso(end + DAY), text: clientId === CLIENT.avery ? 'Avery Example' : 'Jordan Sample' } : null,
      });
    }
  }
  return { invoices, payments, paymentMethods, insurance, timesheets };
}
