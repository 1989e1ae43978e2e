/** schedule and tasks. */
import type { Appointment, Slot } from '../../schemas/schedule.js';
import { check, deepEqual, equal, rejects } from '../assert.js';
import { UNKNOWN_ID, type ContractContext, type SuiteApi } from './context.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function scheduleSuites({ describe, it }: SuiteApi, c: ContractContext): void {
  async function noticeHours(): Promise<number> {
    return (await c.api().session.get()).organisation.rules.cancellationNoticeHours;
  }

  /** Open slots for a provider and service over the next weeks, or none when it cannot be booked. */
  async function slotsFor(providerId: string, serviceId: string): Promise<Slot[]> {
    const from = new Date(Date.now() + DAY).toISOString();
    const to = new Date(Date.now() + 30 * DAY).toISOString();
    return c.api().schedule.listSlots({ clientId: c.clientId(), providerId, serviceId, from, to });
  }

  /** The first provider and service with open slots. */
  async function bookable(): Promise<{ providerId: string; serviceId: string; slots: Slot[] }> {
    const clientId = c.clientId();
    const services = new Set((await c.api().schedule.listServices({ clientId })).map((s) => s.id));
    check(services.size > 0, 'schedule.listServices: a bookable service');
    for (const provider of await c.api().schedule.listProviders({ clientId })) {
      for (const serviceId of provider.serviceIds.filter((id) => services.has(id))) {
        const slots = await slotsFor(provider.id, serviceId);
        if (slots.length > 0) return { providerId: provider.id, serviceId, slots };
      }
    }
    throw new Error('schedule.listProviders/listSlots: no provider has an open slot in the next 30 days');
  }

  describe('schedule', () => {
    it('schedule.listAppointments by start time; schedule.getAppointment returns one', async () => {
      const clientId = c.clientId();
      const all = await c.api().schedule.listAppointments({ clientId });
      check(all.length > 0, 'schedule.listAppointments: the client has appointments');
      const starts = all.map((a) => a.start);
      deepEqual(starts, [...starts].sort(), 'schedule.listAppointments: by start time');
      const upcoming = await c.api().schedule.listAppointments({ clientId, when: 'upcoming' });
      check(upcoming.every((a) => Date.parse(a.end) > Date.now() - 60_000), 'schedule.listAppointments when=upcoming: none has ended');
      const first = all[0]!;
      equal((await c.api().schedule.getAppointment({ clientId, appointmentId: first.id })).start, first.start, 'schedule.getAppointment: the start');
      await rejects(c.api().schedule.getAppointment({ clientId, appointmentId: UNKNOWN_ID }), 'not-found', 'schedule.getAppointment of an unknown id');
    });

    it('an appointment charge names a patient invoice of the client that still owes at least that much', async () => {
      const clientId = c.clientId();
      for (const appointment of (await c.api().schedule.listAppointments({ clientId })).filter((a) => a.charge)) {
        const invoice = await c.api().billing.getInvoice({ clientId, invoiceId: appointment.charge!.invoiceId });
        equal(invoice.kind, 'patient', `appointment ${appointment.id}: charged on a patient invoice`);
        equal(invoice.balance.currency, appointment.charge!.amountDue.currency, `appointment ${appointment.id}: the currency`);
        check(appointment.charge!.amountDue.amount <= invoice.balance.amount, `appointment ${appointment.id}: owes no more than the invoice's balance`);
      }
    });

    it('schedule.listProviders, listServices and listSlots', async () => {
      const { providerId, serviceId, slots } = await bookable();
      for (const slot of slots) {
        check(slot.providerId === providerId && slot.serviceId === serviceId, 'schedule.listSlots: the provider and service asked for');
        check(Date.parse(slot.start) < Date.parse(slot.end), 'schedule.listSlots: start before end');
      }
    });

    it('schedule.requestAppointment, listRequests and withdrawRequest; a taken slot or a second withdrawal is a conflict', async () => {
      const clientId = c.clientId();
      const { providerId, serviceId, slots } = await bookable();
      const start = slots[0]!.start;
      const request = await c.api().schedule.requestAppointment({ clientId, body: { providerId, serviceId, start, note: 'Contract suite' } });
      equal(request.status, 'pending', 'schedule.requestAppointment: the status');
      equal(Date.parse(request.start), Date.parse(start), 'schedule.requestAppointment: the start');
      await rejects(c.api().schedule.requestAppointment({ clientId, body: { providerId, serviceId, start } }), 'conflict', 'schedule.requestAppointment of a requested slot');
      check((await c.api().schedule.listRequests({ clientId })).some((r) => r.id === request.id), 'schedule.listRequests: the new request');
      equal((await c.api().schedule.withdrawRequest({ clientId, requestId: request.id })).status, 'withdrawn', 'schedule.withdrawRequest');
      await rejects(c.api().schedule.withdrawRequest({ clientId, requestId: request.id }), 'conflict', 'schedule.withdrawRequest twice');
    });

    it('an up-front payment (#14.2): required, stored once for two posts with the same key, refunded or voided when declined or withdrawn', async () => {
      const clientId = c.clientId();
      const services = (await c.api().schedule.listServices({ clientId })).filter((s) => s.upfrontPayment);
      check(services.length > 0, 'schedule.listServices: a service with upfrontPayment (the fixture data needs one)');
      const providers = await c.api().schedule.listProviders({ clientId });
      const refunds = new Set(['refunded', 'voided']);
      let sent = 0;
      for (const service of services) {
        for (const provider of providers.filter((p) => p.serviceIds.includes(service.id))) {
          const slots = await slotsFor(provider.id, service.id);
          if (slots.length < 2) continue;
          const base = { providerId: provider.id, serviceId: service.id };
          const amount = service.upfrontPayment!;
          await rejects(c.api().schedule.requestAppointment({ clientId, body: { ...base, start: slots[0]!.start } }), 'invalid-request', 'schedule.requestAppointment without the up-front payment');
          await rejects(
            c.api().schedule.requestAppointment({ clientId, body: { ...base, start: slots[0]!.start, payment: { amount, paymentToken: c.fixtures.paymentTokens.declines } } }),
            'invalid-request', 'schedule.requestAppointment with a declined card',
          );
          const paymentsBefore = (await c.api().billing.listPayments({ clientId, limit: 100 })).items.length;
          // The same intent posted twice with one key and a fresh token each time (single-use tokens).
          const key = c.unique('upfront');
          const body = (token: string) => ({ ...base, start: slots[0]!.start, payment: { amount, paymentToken: token } });
          const first = await c.api().schedule.requestAppointment({ clientId, body: body(c.fixtures.paymentTokens.succeeds) }, { idempotencyKey: key });
          const again = await c.api().schedule.requestAppointment({ clientId, body: body(c.fixtures.paymentTokens.succeeds) }, { idempotencyKey: key });
          equal(again.id, first.id, 'schedule.requestAppointment repeated with the same key: the same request');
          check(first.payment && (first.payment.status === 'paid' || first.payment.status === 'authorised'), 'schedule.requestAppointment: the payment is paid or authorised');
          equal(first.payment!.amount.amount, amount.amount, 'schedule.requestAppointment: the service\'s amount');
          equal(again.payment?.paymentId, first.payment!.paymentId, 'schedule.requestAppointment repeated with the same key: the same payment');
          const paymentsAfter = (await c.api().billing.listPayments({ clientId, limit: 100 })).items.length;
          check(paymentsAfter <= paymentsBefore + 1, `billing.listPayments: one payment for two posts with the same key (${paymentsBefore} → ${paymentsAfter})`);
          // Withdrawn by the client: refunded or voided.
          const withdrawn = await c.api().schedule.withdrawRequest({ clientId, requestId: first.id });
          check(withdrawn.payment && refunds.has(withdrawn.payment.status), `schedule.withdrawRequest: the payment is refunded or voided (got ${withdrawn.payment?.status})`);
          // Declined by the practice: refunded or voided, as the list says.
          const decline = c.fixtures.declineRequest;
          if (decline) {
            const second = await c.api().schedule.requestAppointment({ clientId, body: { ...base, start: slots[1]!.start, payment: { amount, paymentToken: c.fixtures.paymentTokens.succeeds } } });
            await decline(second.id, 'Contract suite');
            const listed = (await c.api().schedule.listRequests({ clientId })).find((r) => r.id === second.id);
            equal(listed?.status, 'declined', 'schedule.listRequests: the declined request');
            check(listed?.payment && refunds.has(listed.payment.status), `schedule.listRequests: a declined request's payment is refunded or voided (got ${listed?.payment?.status})`);
          }
          sent++;
          break;
        }
        if (sent) break;
      }
      check(sent > 0, 'schedule.listSlots: two open slots for a service with upfrontPayment');
    });

    it('schedule.rescheduleAppointment and cancelAppointment outside the notice window', async () => {
      const clientId = c.clientId();
      const notice = await noticeHours();
      const changeable = (await c.api().schedule.listAppointments({ clientId, when: 'upcoming' }))
        .filter((a) => a.status === 'scheduled' && Date.parse(a.start) > Date.now() + (notice + 2) * HOUR);
      check(changeable.length > 0, 'schedule.listAppointments: a scheduled appointment outside the notice window');
      let moved: Appointment | undefined;
      for (const appointment of changeable) {
        const slot = (await slotsFor(appointment.provider.id, appointment.service.id).catch(() => [])).find((s) => s.start !== appointment.start);
        if (!slot) continue;
        moved = await c.api().schedule.rescheduleAppointment({ clientId, appointmentId: appointment.id, body: { start: slot.start, reason: 'Contract suite' } });
        equal(moved.id, appointment.id, 'schedule.rescheduleAppointment: the same appointment');
        equal(Date.parse(moved.start), Date.parse(slot.start), 'schedule.rescheduleAppointment: the new start');
        break;
      }
      check(moved, 'schedule.rescheduleAppointment: an appointment with an open slot to move to');
      const cancelled = await c.api().schedule.cancelAppointment({ clientId, appointmentId: moved.id, body: { reason: 'Contract suite' } });
      equal(cancelled.status, 'cancelled', 'schedule.cancelAppointment: the status');
      await rejects(c.api().schedule.cancelAppointment({ clientId, appointmentId: moved.id, body: { reason: 'Again' } }), 'conflict', 'schedule.cancelAppointment twice');
    });

    it('inside the notice window, cancelling is a conflict that states the rule', async () => {
      const clientId = c.clientId();
      const notice = await noticeHours();
      const soon = (await c.api().schedule.listAppointments({ clientId, when: 'upcoming' }))
        .find((a) => a.status === 'scheduled' && Date.parse(a.start) > Date.now() && Date.parse(a.start) < Date.now() + notice * HOUR - 60_000);
      check(soon, `schedule.listAppointments: a scheduled appointment in the next ${notice} hours (the fixture data needs one)`);
      const error = await rejects(c.api().schedule.cancelAppointment({ clientId, appointmentId: soon.id, body: { reason: 'Too late' } }), 'conflict', 'schedule.cancelAppointment inside the notice window');
      equal(error.code, 'notice-window', 'the error code');
      check(error.message.includes(String(notice)), `the message states the ${notice}-hour rule: "${error.message}"`);
    });
  });

  describe('tasks', () => {
    it('tasks.list and tasks.update mark a task done and open again', async () => {
      const clientId = c.clientId();
      const tasks = await c.api().tasks.list({ clientId });
      // A task linked to a form completes when the form is submitted, never by hand.
      const task = tasks.find((t) => t.status === 'open' && t.link?.kind !== 'form');
      check(task, 'tasks.list: an open task not linked to a form');
      const formTask = tasks.find((t) => t.status === 'open' && t.link?.kind === 'form');
      if (formTask) await rejects(c.api().tasks.update({ clientId, taskId: formTask.id, body: { status: 'done' } }), 'conflict', 'tasks.update of a task linked to a form');
      const done = await c.api().tasks.update({ clientId, taskId: task.id, body: { status: 'done' } });
      equal(done.status, 'done', 'tasks.update: done');
      check(done.completedAt !== null, 'tasks.update: completedAt is set');
      const reopened = await c.api().tasks.update({ clientId, taskId: task.id, body: { status: 'open' } });
      equal(reopened.completedAt, null, 'tasks.update: open again clears completedAt');
      await rejects(c.api().tasks.update({ clientId, taskId: 'portico-contract-unknown-id', body: { status: 'done' } }), 'not-found', 'tasks.update of an unknown id');
    });
  });
}
