import { expect, oneEvent } from '@open-wc/testing';
import { formatTimeRange, type PortalAdapter } from '@portico/core';
import { CLIENT, SOON_APPOINTMENT_ID } from '@portico/mock';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { getByRole } from '../../src/testing/queries.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';
import { ScheduleHarness, calendarSettled, partOf, pressButton, renderSchedule } from '../helpers/schedule-harness.js';

const now = () => Date.now();

async function visibleAppointments(clientId: string, when: 'upcoming' | 'past') {
  const backend = await mockBackend();
  return backend.db.data.appointments
    .filter((a) => a.clientId === clientId && a.visibleToClient)
    .filter((a) => (when === 'past' ? Date.parse(a.end) <= now() : Date.parse(a.end) > now()));
}

describe('<portico-schedule> appointments (SCHED-1)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('lists the upcoming and past appointments the client may see, never hidden ones', async () => {
    const schedule = await renderSchedule(await adapterFor('client'));
    const calendar = await calendarSettled(schedule);
    const shown = () => [...calendar.querySelectorAll<HTMLElement>('li.appointment')].map((li) => li.dataset['id']);
    const upcoming = await visibleAppointments(CLIENT.avery, 'upcoming');
    expect(shown()).to.have.members(upcoming.map((a) => a.id));
    expect(calendar.innerHTML).not.to.contain('internal');
    expect(visibleText(calendar)).to.contain('Scheduled');
    await expectNoAxeViolations(schedule);

    await pressButton(calendar, 'Past');
    const past = await visibleAppointments(CLIENT.avery, 'past');
    await waitFor(() => shown().length === past.length && shown().includes(past[0]!.id), { message: 'the history' });
    expect(shown()[0]).to.equal(past.sort((a, b) => b.start.localeCompare(a.start))[0]!.id); // newest first
    const text = visibleText(calendar);
    expect(text).to.contain('Completed');
    expect(text).to.contain('Cancelled');
    expect(text).to.contain('Missed (no-show)');
    expect(calendar.innerHTML).not.to.contain('internal');
  });

  it('shows a month grid that arrow keys move through, with previous / next / today', async () => {
    const schedule = await renderSchedule(await adapterFor('client'), { mode: 'month' });
    const calendar = await calendarSettled(schedule);
    const grid = await waitFor(() => calendar.querySelector('table[role="grid"]'));
    const focused = () => calendar.activeElement as HTMLButtonElement | null;
    const current = calendar.querySelector<HTMLButtonElement>('button.day[tabindex="0"]')!;
    expect(current.getAttribute('aria-current')).to.equal('date');
    expect(calendar.querySelectorAll('button.day[tabindex="0"]').length).to.equal(1);
    const view = new ScheduleHarness(schedule);
    current.focus();
    await view.press('ArrowRight');
    await waitFor(() => focused()?.dataset['date'] && focused()!.dataset['date'] !== current.dataset['date'], { message: 'focus on the next day' });
    const next = new Date(`${current.dataset['date']}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    expect(focused()!.dataset['date']).to.equal(next.toISOString().slice(0, 10));
    await view.press('ArrowDown');
    next.setUTCDate(next.getUTCDate() + 7);
    await waitFor(() => focused()?.dataset['date'] === next.toISOString().slice(0, 10), { message: 'focus a week later' });
    // The month's visible appointments are in the grid's cells.
    const soon = (await mockBackend()).db.data.appointments.find((a) => a.id === SOON_APPOINTMENT_ID[CLIENT.avery])!;
    expect(grid.textContent).to.contain(soon.service.name);
    await expectNoAxeViolations(schedule);

    const title = () => calendar.querySelector('h3')!.textContent!.trim();
    const before = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'America/Chicago' }).format(new Date());
    await pressButton(calendar, 'Today');
    await waitFor(() => calendar.querySelector('table.month') && title() === before, { message: 'this month' });
    await pressButton(calendar, 'Next month');
    await waitFor(() => calendar.querySelector('table.month') && title() !== before, { message: 'the next month' });
    await pressButton(calendar, 'Today');
    await waitFor(() => calendar.querySelector('table.month') && title() === before, { message: 'back to this month' });
  });

  it('shows a week with its appointments and moves between weeks', async () => {
    const schedule = await renderSchedule(await adapterFor('client'), { mode: 'week' });
    const calendar = await calendarSettled(schedule);
    await waitFor(() => calendar.querySelector('h3')?.textContent?.includes('Week of'));
    // The appointment inside the notice window starts within a day, so in this week or the next.
    const soonId = SOON_APPOINTMENT_ID[CLIENT.avery]!;
    if (!calendar.querySelector(`[data-id="${soonId}"]`)) {
      await pressButton(calendar, 'Next week');
    }
    await waitFor(() => calendar.querySelector(`[data-id="${soonId}"]`), { message: 'the soon appointment in the week' });
    await expectNoAxeViolations(schedule);
  });

  it('shows times in the user\'s time zone with its short name, not the practice\'s', async () => {
    const backend = await mockBackend();
    backend.db.data.users.find((u) => u.key === 'client')!.timeZone = 'Asia/Tokyo';
    const schedule = await renderSchedule(await adapterFor('client'));
    const calendar = await calendarSettled(schedule);
    const first = (await visibleAppointments(CLIENT.avery, 'upcoming')).sort((a, b) => a.start.localeCompare(b.start))[0]!;
    const expected = formatTimeRange(first.start, first.end, { locale: 'en', timeZone: 'Asia/Tokyo' });
    const shown = calendar.querySelector(`[data-id="${first.id}"] time`)!.textContent!;
    expect(shown).to.contain(expected);
    expect(shown).to.contain('GMT+9');
    expect(shown).not.to.contain(formatTimeRange(first.start, first.end, { locale: 'en', timeZone: 'America/Chicago' }));
  });

  it('opens an appointment (deep link event) with the telehealth Join link and Add to calendar', async () => {
    const backend = await mockBackend();
    const schedule = await renderSchedule(await adapterFor('client'));
    const calendar = await calendarSettled(schedule);
    const tele = (await visibleAppointments(CLIENT.avery, 'upcoming')).find((a) => a.telehealthUrl && a.status === 'scheduled')!;
    // The appointment's row (its time and what it is); its one button opens it.
    const open = getByRole(calendar.querySelector(`[data-id="${tele.id}"]`)!, 'button');
    const requested = oneEvent(schedule, 'portico-open-requested');
    await new ScheduleHarness(schedule).click(open);
    const event = await requested;
    expect(event.detail).to.deep.equal({ view: 'schedule', item: tele.id });
    const detail = await partOf(schedule, 'portico-schedule-appointment');
    const join = await waitFor(() => detail.querySelector<HTMLAnchorElement>('a[part="join-link"]'), { message: 'the Join link' });
    expect(join.href).to.equal(tele.telehealthUrl);
    expect(join.rel).to.contain('noopener');
    expect(visibleText(detail)).to.contain(tele.provider.name);
    const ics = detail.querySelector<HTMLAnchorElement>('a[part="ics-link"]')!;
    expect(ics.href).to.match(/^blob:/);
    expect(ics.getAttribute('download')).to.match(/^appointment-\d{8}\.ics$/);
    const body = await (await fetch(ics.href)).text();
    expect(body).to.contain(`UID:${tele.id}@portico`);
    expect(body).to.contain(`URL:${tele.telehealthUrl}`);
    expect(body).to.contain('\r\nEND:VCALENDAR\r\n');
    await waitFor(() => detail.activeElement?.tagName === 'H3', { message: 'focus on the detail heading' });
    await expectNoAxeViolations(schedule);
    // Back returns to the calendar and to the appointment the user came from.
    await pressButton(detail, /All appointments$/);
    await waitFor(() => calendar.activeElement === calendar.querySelector(`[data-id="${tele.id}"] button`), { message: 'focus back on the appointment' });
    expect(backend.db.data.appointments.length).to.be.greaterThan(0);
  });

  it('hides the location when the practice says so', async () => {
    const backend = await mockBackend();
    const office = (await visibleAppointments(CLIENT.avery, 'upcoming')).find((a) => a.location)!;
    let schedule = await renderSchedule(await adapterFor('client'), { item: office.id });
    let detail = await partOf(schedule, 'portico-schedule-appointment');
    await waitFor(() => detail.querySelector('article'));
    expect(visibleText(detail)).to.contain(office.location!.name);
    backend.db.data.organisation.features.hideLocation = true;
    schedule = await renderSchedule(await adapterFor('client'), { item: office.id });
    detail = await partOf(schedule, 'portico-schedule-appointment');
    await waitFor(() => detail.querySelector('article'));
    expect(visibleText(detail)).not.to.contain(office.location!.name);
    expect(detail.querySelector('[part="location"]')).to.equal(null);
    const body = await (await fetch(detail.querySelector<HTMLAnchorElement>('a[part="ics-link"]')!.href)).text();
    expect(body).not.to.contain('LOCATION');
  });

  it('shows a skeleton, an empty state that says what to do, and an error with Retry', async () => {
    const backend = await mockBackend();
    backend.faults.latency(800, 'schedule.listAppointments');
    let schedule = await renderSchedule(await adapterFor('client'));
    let calendar = await partOf(schedule, 'portico-schedule-calendar');
    // The session is there (the intro names the practice) while the appointments are on their way.
    await waitFor(() => schedule.shadowRoot!.querySelector('.intro'), { message: 'the session' });
    const loading = await waitFor(() => calendar.querySelector('portico-state-loading'));
    expect(loading.getAttribute('label')).to.equal('Loading appointments');
    await expectNoAxeViolations(schedule);
    backend.faults.reset();

    const adapter = await adapterFor('client');
    const empty: PortalAdapter = { ...adapter, schedule: { ...adapter.schedule, listAppointments: async () => [] } };
    schedule = await renderSchedule(empty);
    calendar = await partOf(schedule, 'portico-schedule-calendar');
    const state = await waitFor(() => calendar.querySelector('portico-state-empty'));
    expect(state.getAttribute('heading')).to.equal('No upcoming appointments');
    expect(state.getAttribute('description')).to.contain('request a time or contact the practice');
    await expectNoAxeViolations(schedule);

    backend.faults.errorRate('schedule.listAppointments', 1);
    schedule = await renderSchedule(await adapterFor('client'));
    calendar = await partOf(schedule, 'portico-schedule-calendar');
    const error = await waitFor(() => calendar.querySelector('portico-state-error'));
    await expectNoAxeViolations(schedule);
    backend.faults.reset();
    await pressButton(error, 'Try again');
    await waitFor(() => calendar.querySelector('li.appointment'), { message: 'appointments after retry' });
  });

  it('shows a bad payload as an error in the view, and user content as text', async () => {
    const backend = await mockBackend();
    backend.faults.malformed('schedule.listAppointments', { times: 1 });
    const schedule = await renderSchedule(await adapterFor('client'));
    const calendar = await partOf(schedule, 'portico-schedule-calendar');
    const error = await waitFor(() => calendar.querySelector('portico-state-error'));
    expect(visibleText(error.shadowRoot!)).to.contain('unexpected');
    const adapter = await adapterFor('client');
    const hostile: PortalAdapter = {
      ...adapter,
      schedule: {
        ...adapter.schedule,
        listAppointments: async () => [{
          id: 'x', start: new Date(Date.now() + 86_400_000 * 3).toISOString(), end: new Date(Date.now() + 86_400_000 * 3 + 3_600_000).toISOString(),
          status: 'scheduled', provider: { id: 'p', name: '<img src=x onerror="window.__pwned=1">Eve' }, service: { id: 's', name: '<b>Bold</b>' },
          location: null, telehealthUrl: null,
        }],
      },
    };
    const other = await renderSchedule(hostile);
    const root = await calendarSettled(other);
    expect(root.querySelector('img[src="x"], b')).to.equal(null);
    expect(visibleText(root)).to.contain('<b>Bold</b>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
