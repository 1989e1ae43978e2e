import { expect, oneEvent } from '@open-wc/testing';
import { formatTimeRange, type PortalAdapter } from '@portico/core';
import { CLIENT } from '@portico/mock';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { getByRole } from '../../src/testing/queries.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';
import { ScheduleHarness, byText, pressButton, calendarSettled, choose, findField, partOf, pickFirstSlot, renderSchedule, type } from '../helpers/schedule-harness.js';
import type { PorticoSchedule } from '../../src/views/schedule/schedule.js';

/** Opens "Book an appointment" and chooses the first provider and its first service. */
async function startBooking(schedule: PorticoSchedule): Promise<ShadowRoot> {
  await pressButton(schedule, 'Book an appointment');
  const booking = await partOf(schedule, 'portico-schedule-booking');
  const provider = await findField(booking, 'Provider');
  await choose(provider, provider.options[1]!.value);
  const service = await findField(booking, 'Service');
  await waitFor(() => service.options.length > 1, { message: 'the services' });
  await choose(service, service.options[1]!.value);
  await waitFor(() => booking.querySelector('portico-schedule-slot-picker'));
  return booking;
}

describe('<portico-schedule> self-scheduling (SCHED-2)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('shows open slots in the user\'s time zone, grouped by the user\'s day', async () => {
    const backend = await mockBackend();
    const schedule = await renderSchedule(await adapterFor('client'), { timeZone: 'Europe/Madrid' });
    const booking = await startBooking(schedule);
    const picker = booking.querySelector('portico-schedule-slot-picker')!;
    const start = await pickFirstSlot(picker);
    const root = picker.shadowRoot!;
    const slot = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => r.value === start)!;
    const label = slot.closest('label')!.textContent!;
    const providerId = (await findField(booking, 'Provider')).value;
    const serviceId = (await findField(booking, 'Service')).value;
    const service = backend.db.data.services.find((s) => s.id === serviceId)!;
    const end = new Date(Date.parse(start) + service.durationMinutes * 60_000).toISOString();
    expect(label).to.contain(formatTimeRange(start, end, { locale: 'en', timeZone: 'Europe/Madrid' }));
    expect(label).not.to.contain(formatTimeRange(start, end, { locale: 'en', timeZone: 'America/Chicago' }));
    expect(label).to.match(/GMT\+[12]|CES?T/);
    // Every slot under the day's legend falls on that day in Madrid.
    const legend = root.querySelector('legend')!.textContent!;
    const madridDay = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeZone: 'Europe/Madrid' });
    for (const radio of root.querySelectorAll<HTMLInputElement>('input[type="radio"]')) expect(legend).to.contain(madridDay.format(new Date(radio.value)));
    expect(providerId).to.match(/^tm-/);
    await expectNoAxeViolations(schedule);
  });

  it('says when a day has no open times and offers the next day that has some', async () => {
    const schedule = await renderSchedule(await adapterFor('client'));
    const booking = await startBooking(schedule);
    const root = booking.querySelector('portico-schedule-slot-picker')!.shadowRoot!;
    // Today is inside the 24-hour notice window, so it never has open times.
    const offer = await new ScheduleHarness(schedule).findByRole('button', { name: /^Show the next day with open times/, within: root });
    expect(visibleText(root)).to.match(/No open times on/);
    await expectNoAxeViolations(schedule);
    await new ScheduleHarness(schedule).click(offer);
    await waitFor(() => root.querySelector('input[type="radio"]'), { message: 'the next day\'s slots' });
  });

  it('keeps focus in the picker when "Show the next day with open times" is pressed (#10.16)', async () => {
    const schedule = await renderSchedule(await adapterFor('client'));
    const booking = await startBooking(schedule);
    const first = await new ScheduleHarness(schedule).showNextDayWithKeys(booking.querySelector('portico-schedule-slot-picker')!);
    expect(document.activeElement).not.to.equal(document.body);
    expect(first.closest('fieldset')!.querySelector('legend')!.textContent).to.match(/^Open times on/);
  });

  it('requests a slot: pending, then accepted after the provider accepts and the list is refreshed', async () => {
    const backend = await mockBackend();
    const schedule = await renderSchedule(await adapterFor('client'));
    const booking = await startBooking(schedule);
    // Submitting without a slot says so next to the slots, and focus goes there.
    await pressButton(booking, 'Request this time');
    const picker = booking.querySelector('portico-schedule-slot-picker')!;
    const error = await waitFor(() => picker.shadowRoot!.querySelector('[part="error"]'), { message: 'the missing-slot message' });
    expect(visibleText(error)).to.equal('Pick one of the open times first.');
    await waitFor(() => picker.shadowRoot!.activeElement, { message: 'focus in the slot picker' });
    const start = await pickFirstSlot(booking.querySelector('portico-schedule-slot-picker')!);
    await waitFor(() => !picker.shadowRoot!.querySelector('[part="error"]'), { message: 'the message gone once a time is picked' });
    await type(await findField<HTMLTextAreaElement>(booking, 'Note for the provider (optional)'), 'Mornings are easier.');
    const requested = oneEvent(schedule, 'portico-appointment-requested');
    await pressButton(booking, 'Request this time');
    const event = await requested;
    expect(event.detail.start).to.equal(start);
    expect(Object.keys(event.detail).sort()).to.deep.equal(['requestId', 'start']);
    const stored = backend.db.data.requests.find((r) => r.id === event.detail.requestId)!;
    expect(stored.status).to.equal('pending');
    expect(stored.note).to.equal('Mornings are easier.');
    await waitFor(() => visibleText(booking).includes('It is pending until'), { message: 'the confirmation' });
    await expectNoAxeViolations(schedule);

    await pressButton(schedule, 'Your requests');
    const requests = await partOf(schedule, 'portico-schedule-requests');
    const item = await waitFor(() => requests.querySelector<HTMLElement>(`[data-id="${stored.id}"]`), { message: 'the new request' });
    expect(visibleText(item)).to.contain('Pending');
    expect(visibleText(item)).to.contain('Mornings are easier.');
    await expectNoAxeViolations(schedule);

    backend.acceptRequest(stored.id);
    await pressButton(requests, 'Check for answers');
    await waitFor(() => visibleText(requests.querySelector(`[data-id="${stored.id}"]`)!).includes('Accepted'), { message: 'accepted' });
  });

  it('shows declined requests with the reason, and withdraws a pending one', async () => {
    const backend = await mockBackend();
    const schedule = await renderSchedule(await adapterFor('client'));
    await pressButton(schedule, 'Your requests');
    const requests = await partOf(schedule, 'portico-schedule-requests');
    const declined = await waitFor(() => requests.querySelector<HTMLElement>('[data-id="req-avery-declined"]'));
    expect(visibleText(declined)).to.contain('Declined');
    expect(visibleText(declined)).to.contain('The provider is away that week');
    const pending = requests.querySelector<HTMLElement>('[data-id="req-avery-pending"]')!;
    await pressButton(pending, 'Withdraw request');
    await waitFor(() => visibleText(requests.querySelector('[data-id="req-avery-pending"]')!).includes('Withdrawn'), { message: 'withdrawn' });
    expect(backend.db.data.requests.find((r) => r.id === 'req-avery-pending')!.status).to.equal('withdrawn');
    await expectNoAxeViolations(schedule);
  });

  it('lets a payer see the calendar but never book: no booking UI, no booking calls', async () => {
    const adapter = await adapterFor('payer');
    const calls: string[] = [];
    const spied: PortalAdapter = {
      ...adapter,
      schedule: new Proxy(adapter.schedule, {
        get(target, prop, receiver) {
          const value: unknown = Reflect.get(target, prop, receiver);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            calls.push(String(prop));
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      }),
    };
    const schedule = await renderSchedule(spied);
    const calendar = await calendarSettled(schedule);
    expect(calendar.querySelectorAll('li.appointment').length).to.be.greaterThan(0);
    expect(byText(schedule.shadowRoot!, 'Book an appointment')).to.equal(undefined);
    expect(schedule.shadowRoot!.querySelector('portico-schedule-booking, portico-schedule-requests')).to.equal(null);
    // The payer cannot change appointments either.
    // The first appointment's row; its one button opens it.
    await new ScheduleHarness(schedule).click(getByRole(calendar.querySelector('li.appointment')!, 'button'));
    const detail = await partOf(schedule, 'portico-schedule-appointment');
    await waitFor(() => detail.querySelector('article'));
    expect(byText(detail, 'Cancel appointment')).to.equal(undefined);
    expect(byText(detail, 'Reschedule')).to.equal(undefined);
    expect(calls.filter((c) => !['listAppointments', 'getAppointment'].includes(c))).to.deep.equal([]);
    expect(calls).to.include('listAppointments');
    expect(CLIENT.milo).to.be.a('string');
    await expectNoAxeViolations(schedule);
  });
});
