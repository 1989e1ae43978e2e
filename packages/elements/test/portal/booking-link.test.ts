/**
 * The booking link (#14.3): `#/schedule/book?provider=<id>&service=<id>` opens booking with that
 * provider and service chosen — also when the person signs in first (the choice waits in
 * memory) — and says so when the practice no longer offers what the link chose. Driven through
 * the portal, the real REST adapter and the mock.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PorticoPortal } from '../../src/portal/portal.js';
import type { PorticoSchedule } from '../../src/views/schedule/schedule.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { PortalHarness, mockBackend, renderPortal, visibleText, waitFor } from '../helpers/portal-harness.js';
import { byText, calendarSettled, choose, findField, partOf, pickFirstSlot } from '../helpers/schedule-harness.js';

const PROVIDER = 'tm-riley';
const SERVICE = 'svc-telehealth';
const GONE = 'The provider or service in your booking link is no longer offered for online booking';

/** The text of a select's chosen option. */
function chosenText(select: HTMLSelectElement): string {
  return select.selectedOptions[0]?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
}

/** Waits for the schedule in the portal showing booking, and returns booking's shadow root. */
async function bookingShown(portal: PortalHarness): Promise<{ schedule: PorticoSchedule; booking: ShadowRoot }> {
  const schedule = await waitFor(() => portal.root.querySelector<PorticoSchedule>('.main > portico-schedule'), { message: '<portico-schedule>' });
  const pressed = await waitFor(() => byText(schedule.shadowRoot!, 'Book an appointment'), { message: 'the "Book an appointment" switch' });
  await waitFor(() => pressed.getAttribute('aria-pressed') === 'true', { message: 'booking shown' });
  const booking = await partOf(schedule, 'portico-schedule-booking');
  await findField(booking, 'Provider');
  return { schedule, booking };
}

/** Waits until booking shows the link's provider and service chosen, with open times. */
async function expectChosen(booking: ShadowRoot): Promise<void> {
  const backend = await mockBackend();
  const provider = backend.db.data.team.find((m) => m.id === PROVIDER)!;
  const service = backend.db.data.services.find((s) => s.id === SERVICE)!;
  const providerSelect = await findField(booking, 'Provider');
  await waitFor(() => chosenText(providerSelect).startsWith(provider.name), { message: `${provider.name} chosen` });
  const serviceSelect = await findField(booking, 'Service');
  await waitFor(() => chosenText(serviceSelect).startsWith(service.name), { message: `${service.name} chosen` });
  const picker = await waitFor(() => booking.querySelector<HTMLElement>('portico-schedule-slot-picker'), { message: 'the open times' });
  expect(visibleText(booking)).not.to.contain(GONE);
  // The person can go on from here: pick a time and see it as chosen.
  await pickFirstSlot(picker);
  await waitFor(() => visibleText(booking).includes('Chosen time:'), { message: 'the chosen time' });
}

describe('the booking link (#14.3)', () => {
  beforeEach(async () => (await mockBackend()).reset());
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('#/schedule/book?provider=…&service=… opens booking with that provider and service chosen', async function () {
    history.replaceState(null, '', `#/schedule/book?provider=${PROVIDER}&service=${SERVICE}`);
    const portal = await renderPortal({ user: 'client', routing: 'hash' });
    const { schedule, booking } = await bookingShown(portal);
    expect(portal.currentLabel()).to.equal('Schedule');
    await expectChosen(booking);
    await expectNoAxeViolations(schedule);
  });

  it('a booking link followed while the portal is open (hashchange) opens booking with the choice', async function () {
    const portal = await renderPortal({ user: 'client', routing: 'hash' });
    await waitFor(() => portal.currentLabel() === 'Dashboard', { message: 'the dashboard first' });
    location.hash = `#/schedule/book?provider=${PROVIDER}&service=${SERVICE}`;
    const { booking } = await bookingShown(portal);
    expect(portal.currentLabel()).to.equal('Schedule');
    await expectChosen(booking);
  });

  it('before sign-in: the portal asks for sign-in, and after resume() opens booking with the link\'s choice', async function () {
    const backend = await mockBackend();
    history.replaceState(null, '', `#/schedule/book?provider=${PROVIDER}&service=${SERVICE}`);
    // Not signed in yet: the host has no valid token, so the backend refuses the session.
    let token = 'not-signed-in';
    const element = await fixture<PorticoPortal>(html`<portico-portal api-base-url=${backend.baseUrl} routing="hash"></portico-portal>`);
    element.getAccessToken = () => token;
    element.requestUpdate();
    const portal = new PortalHarness(element);
    const signIn = await portal.findByRole('button', { name: 'Sign in again' });
    expect(portal.root.querySelector('.main > portico-schedule'), 'booking before sign-in').to.equal(null);
    // Nothing about the choice was written anywhere but memory.
    expect(JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })).not.to.contain(PROVIDER);

    element.addEventListener('portico-sign-in-requested', () => {
      token = backend.tokenFor('client');
      element.resume();
    }, { once: true });
    await portal.click(signIn);
    const { schedule, booking } = await bookingShown(portal);
    await expectChosen(booking);
    await expectNoAxeViolations(schedule);
  });

  it('an id the practice no longer offers opens booking with a note, and the person chooses again', async function () {
    history.replaceState(null, '', `#/schedule/book?provider=tm-no-longer-here&service=${SERVICE}`);
    const portal = await renderPortal({ user: 'client', routing: 'hash' });
    const { schedule, booking } = await bookingShown(portal);
    await waitFor(() => visibleText(booking).includes(GONE), { message: 'the note about the link' });
    const providerSelect = await findField(booking, 'Provider');
    expect(chosenText(providerSelect)).to.equal('Choose a provider');
    await expectNoAxeViolations(schedule);
    // Choosing a provider puts the note away.
    await choose(providerSelect, providerSelect.options[1]!.value);
    await waitFor(() => !visibleText(booking).includes(GONE), { message: 'the note to go' });
  });

  it('with self-scheduling switched off the link opens the calendar, with no booking and no booking calls', async function () {
    const backend = await mockBackend();
    backend.db.data.organisation.features.selfScheduling = false;
    history.replaceState(null, '', `#/schedule/book?provider=${PROVIDER}&service=${SERVICE}`);
    const portal = await renderPortal({ user: 'client', routing: 'hash' });
    const schedule = await waitFor(() => portal.root.querySelector<PorticoSchedule>('.main > portico-schedule'), { message: '<portico-schedule>' });
    await calendarSettled(schedule);
    expect(portal.currentLabel()).to.equal('Schedule');
    expect(byText(schedule.shadowRoot!, 'Book an appointment'), 'the booking switch').to.equal(undefined);
    expect(schedule.shadowRoot!.querySelector('portico-schedule-booking'), 'the booking form').to.equal(null);
  });

  it('a service the chosen provider does not offer keeps the provider and says the service is gone', async function () {
    history.replaceState(null, '', `#/schedule/book?provider=${PROVIDER}&service=svc-aba`);
    const portal = await renderPortal({ user: 'client', routing: 'hash' });
    const { booking } = await bookingShown(portal);
    await waitFor(() => visibleText(booking).includes(GONE), { message: 'the note about the link' });
    const serviceSelect = await findField(booking, 'Service');
    expect(chosenText(serviceSelect)).to.match(/^Choose a service|^Loading services/);
  });
});
