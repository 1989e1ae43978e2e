/**
 * #14.2: a self-scheduled request for a service the practice takes payment for up front
 * (the demo's Initial consultation, $40.00), driven as a user through the REST adapter and
 * the mock backend, with the test payment provider's card field.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PaymentProvider, PortalAdapter } from '@portico/core';
import { CLIENT, createTestPaymentProvider } from '@portico/mock';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { getByRole, queryAllByRole } from '../../src/testing/queries.js';
import { chooseNewCard, renderBilling, selectTab, settled, typeCard } from '../helpers/billing-harness.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';
import { choose, findField, partOf, pickFirstSlot, ScheduleHarness, type, waitForText } from '../helpers/schedule-harness.js';
import '../../src/provider/provider.js';
import '../../src/views/schedule/schedule.js';
import type { PorticoSchedule } from '../../src/views/schedule/schedule.js';

const SERVICE = 'svc-consult';

async function renderSchedule(adapter: PortalAdapter, provider: PaymentProvider = createTestPaymentProvider()): Promise<PorticoSchedule> {
  const root = await fixture(html`<portico-provider .adapter=${adapter} .paymentProvider=${provider} locale="en">
    <portico-schedule mode="list"></portico-schedule>
  </portico-provider>`);
  return root.querySelector('portico-schedule')!;
}

/** Opens booking and chooses Dr. Riley Demo and the Initial consultation, which is paid up front. */
async function chooseUpfrontService(schedule: PorticoSchedule): Promise<ShadowRoot> {
  await new ScheduleHarness(schedule).click('Book an appointment');
  const booking = await partOf(schedule, 'portico-schedule-booking');
  const provider = await findField(booking, 'Provider');
  await choose(provider, 'tm-riley');
  const service = await findField(booking, 'Service');
  await waitFor(() => service.options.length > 1, { message: 'the services' });
  const option = [...service.options].find((o) => o.value === SERVICE)!;
  expect(option.textContent!.replace(/\s+/g, ' ')).to.contain('Initial consultation (30 min, video) — $40.00 paid up front');
  await choose(service, SERVICE);
  return booking;
}

/** Picks the first open time and waits for the payment step's card entry. */
async function pickSlotAndCard(booking: ShadowRoot): Promise<{ start: string; entry: ShadowRoot }> {
  const picker = await waitFor(() => booking.querySelector<HTMLElement>('portico-schedule-slot-picker'), { message: 'the slot picker' });
  const start = await pickFirstSlot(picker);
  // The card entry renders into the booking's own shadow root.
  await waitFor(() => booking.querySelector('portico-billing-card-entry input[name="method"][value="pm-avery-visa"]'), { message: 'the saved cards' });
  return { start, entry: booking };
}

/** Presses "Pay $40.00 and request this time" in the booking form. */
const submit = (schedule: PorticoSchedule, booking: ShadowRoot) => new ScheduleHarness(schedule).click(getByRole(booking, 'button', { name: 'Pay $40.00 and request this time' }));
const upfrontRequests = async () => (await mockBackend()).db.data.requests.filter((r) => r.clientId === CLIENT.avery && r.service.id === SERVICE && r.status === 'pending' && !r.id.startsWith('req-avery-upfront'));

describe('<portico-schedule> a request paid up front (#14.2)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('shows the amount and the payment step, pays with a new card, lists "Paid $40.00 — refunded if declined or withdrawn", then "Refunded $40.00" once declined', async () => {
    const backend = await mockBackend();
    const schedule = await renderSchedule(await adapterFor('client'));
    const booking = await chooseUpfrontService(schedule);
    const { entry } = await pickSlotAndCard(booking);
    expect(visibleText(booking)).to.contain('Initial consultation is paid when you send the request: $40.00. If the practice declines the request, or you withdraw it, the payment is refunded.');
    await expectNoAxeViolations(schedule);
    await chooseNewCard(entry);
    await typeCard(entry, { number: '4242 4242 4242 4242' });
    const paymentsBefore = backend.db.data.payments.length;
    await submit(schedule, booking);
    await waitForText(() => booking, /^Request sent for/, 'p');
    const [request] = await upfrontRequests();
    expect(request!.payment).to.include({ status: 'paid' });
    expect(request!.payment!.amount).to.deep.equal({ amount: 4000, currency: 'USD' });
    expect(backend.db.data.payments.length).to.equal(paymentsBefore + 1);

    await new ScheduleHarness(schedule).click('Your requests');
    const requests = await partOf(schedule, 'portico-schedule-requests');
    const item = await waitFor(() => requests.querySelector(`[part="request"][data-id="${request!.id}"]`), { message: 'the new request' });
    expect(item.querySelector('[part="payment"]')!.textContent!.trim()).to.equal('Paid $40.00 — refunded if declined or withdrawn');
    await expectNoAxeViolations(schedule);

    backend.declineRequest(request!.id, 'The provider is away that week.');
    await new ScheduleHarness(schedule).click(getByRole(requests, 'button', { name: 'Check for answers' }));
    await waitFor(() => requests.querySelector(`[data-id="${request!.id}"] [part="payment"]`)?.textContent?.trim() === 'Refunded $40.00', { message: 'the refund shown' });
    expect(backend.db.data.payments.find((p) => p.id === request!.payment!.paymentId)!.status).to.equal('refunded');
  });

  it('a declined card says why, sends nothing and keeps the time, the note and the card typed', async () => {
    const schedule = await renderSchedule(await adapterFor('client'));
    const booking = await chooseUpfrontService(schedule);
    const { start, entry } = await pickSlotAndCard(booking);
    const note = await type(await findField<HTMLTextAreaElement>(booking, 'Note for the provider (optional)'), 'First visit, please.');
    await chooseNewCard(entry);
    const card = await typeCard(entry, { number: '4000 0000 0000 0002' });
    await submit(schedule, booking);
    const alert = await waitFor(() => booking.querySelector('[role="alert"]'), { message: 'the failure' });
    await waitFor(() => /The payment did not go through: Your card was declined\./.test(visibleText(alert)), { message: 'the decline reason' });
    expect(visibleText(alert)).to.contain('Nothing was charged and the request was not sent.');
    expect(await upfrontRequests()).to.have.length(0);
    expect(note.value).to.equal('First visit, please.');
    expect(note.isConnected).to.equal(true);
    expect(visibleText(booking)).to.contain('Chosen time:');
    const picker = booking.querySelector('portico-schedule-slot-picker')!.shadowRoot!;
    expect(picker.querySelector<HTMLInputElement>(`input[value="${start}"]`)!.checked).to.equal(true);
    expect(card.querySelector<HTMLInputElement>('input[name="number"]')!.value).to.equal('4000 0000 0000 0002');
    await expectNoAxeViolations(schedule);
  });

  it('a retried request after a lost answer is stored and charged once, though the provider issues a fresh token per attempt', async () => {
    const backend = await mockBackend();
    const schedule = await renderSchedule(await adapterFor('client'), createTestPaymentProvider({ freshTokens: true }));
    const booking = await chooseUpfrontService(schedule);
    const { entry } = await pickSlotAndCard(booking);
    await chooseNewCard(entry);
    await typeCard(entry, { number: '4242 4242 4242 4242' });
    const upfrontPayments = () => backend.db.data.payments.filter((p) => p.clientId === CLIENT.avery && p.amount.amount === 4000 && !p.id.startsWith('pay-avery-up-'));
    // The backend stores the request and takes the payment, but its answer is lost on the way back.
    backend.faults.dropResponse('schedule.requestAppointment', { times: 1 });
    await submit(schedule, booking);
    await waitFor(() => /Could not reach the practice/.test(visibleText(booking)), { message: 'the lost answer reported' });
    expect(await upfrontRequests()).to.have.length(1);
    expect(upfrontPayments()).to.have.length(1);
    // The person presses the button again: a new token, the same intent, so the same key.
    await submit(schedule, booking);
    await waitForText(() => booking, /^Request sent for/, 'p');
    expect(await upfrontRequests()).to.have.length(1);
    expect(upfrontPayments()).to.have.length(1);
  });

  it('without card processing the service cannot be requested here, and the view says so with the practice\'s contact', async () => {
    const backend = await mockBackend();
    backend.db.data.organisation.features.cardProcessing = false;
    const schedule = await renderSchedule(await adapterFor('client'));
    const booking = await chooseUpfrontService(schedule);
    const notice = await waitFor(() => booking.querySelector('[part="upfront-unavailable"]'), { message: 'the reason' });
    expect(visibleText(notice)).to.contain('Initial consultation is paid up front ($40.00) when it is booked online, and the practice does not take card payments through the portal, so it cannot be requested here.');
    expect(visibleText(notice)).to.contain(`To book it, contact the practice: ${backend.db.data.organisation.phone}`);
    expect(booking.querySelector('portico-schedule-slot-picker')).to.equal(null);
    expect(queryAllByRole(booking, 'button', { name: /request this time/i })).to.have.length(0);
    await expectNoAxeViolations(schedule);
    // A service without an up-front amount is still requested as before.
    await choose(await findField(booking, 'Service'), 'svc-therapy');
    await waitFor(() => booking.querySelector('portico-schedule-slot-picker'), { message: 'the slot picker for a service paid later' });
    expect(booking.querySelector('[part="upfront-unavailable"]')).to.equal(null);
  });

  it('lists the seeded paid and refunded requests\' payments in words', async () => {
    const schedule = await renderSchedule(await adapterFor('client'));
    await new ScheduleHarness(schedule).click('Your requests');
    const requests = await partOf(schedule, 'portico-schedule-requests');
    const paid = await waitFor(() => requests.querySelector('[data-id="req-avery-upfront-pending"] [part="payment"]'), { message: 'the paid request' });
    expect(paid.textContent!.trim()).to.equal('Paid $40.00 — refunded if declined or withdrawn');
    expect(requests.querySelector('[data-id="req-avery-upfront-declined"] [part="payment"]')!.textContent!.trim()).to.equal('Refunded $40.00');
    await expectNoAxeViolations(schedule);
  });

  it('Payment history in Billing lists the up-front payments, the refunded one as refunded', async () => {
    const backend = await mockBackend();
    const billing = await renderBilling(await adapterFor('client'));
    await waitFor(() => [...(billing.shadowRoot?.querySelectorAll('button') ?? [])].some((b) => b.textContent!.trim() === 'Payments'), { message: 'the Payments tab' });
    await selectTab(billing, 'Payments');
    const payments = await settled(billing, 'portico-billing-payments', 'li.card');
    const card = (number: string) => [...payments.querySelectorAll('li.card')].find((li) => visibleText(li).includes(number));
    const paid = backend.db.data.payments.find((p) => p.id === 'pay-avery-up-pending')!;
    const refunded = backend.db.data.payments.find((p) => p.id === 'pay-avery-up-declined')!;
    await waitFor(() => card(paid.invoiceNumber) && card(refunded.invoiceNumber), { message: 'both up-front payments listed' });
    expect(visibleText(card(paid.invoiceNumber)!)).to.contain('$40.00').and.to.contain('Received');
    expect(visibleText(card(refunded.invoiceNumber)!)).to.contain('$40.00').and.to.contain('Refunded');
    await expectNoAxeViolations(billing);
  });

  it('withdrawing a pending request paid up front refunds it, and the list says so', async () => {
    const backend = await mockBackend();
    const schedule = await renderSchedule(await adapterFor('client'));
    await new ScheduleHarness(schedule).click('Your requests');
    const requests = await partOf(schedule, 'portico-schedule-requests');
    const item = await waitFor(() => requests.querySelector('[data-id="req-avery-upfront-pending"]'), { message: 'the paid request' });
    const withdraw = getByRole(item, 'button', { name: 'Withdraw request' });
    // The button's description is what becomes of the payment.
    expect(item.querySelector(`#${withdraw.getAttribute('aria-describedby')!}`)!.textContent!.trim()).to.equal('Paid $40.00 — refunded if declined or withdrawn');
    await new ScheduleHarness(schedule).click(withdraw);
    await waitFor(() => requests.querySelector('[data-id="req-avery-upfront-pending"] [part="payment"]')?.textContent?.trim() === 'Refunded $40.00', { message: 'the refund shown' });
    expect(backend.db.data.payments.find((p) => p.id === 'pay-avery-up-pending')!.status).to.equal('refunded');
    await expectNoAxeViolations(schedule);
  });

  it('a backend that only holds the payment says so: held while pending, voided once declined', async () => {
    const backend = await mockBackend();
    const held = backend.db.data.requests.find((r) => r.id === 'req-avery-upfront-pending')!;
    held.payment = { ...held.payment!, status: 'authorised' };
    const released = backend.db.data.requests.find((r) => r.id === 'req-avery-upfront-declined')!;
    released.payment = { ...released.payment!, status: 'voided' };
    const schedule = await renderSchedule(await adapterFor('client'));
    await new ScheduleHarness(schedule).click('Your requests');
    const requests = await partOf(schedule, 'portico-schedule-requests');
    const text = (id: string) => requests.querySelector(`[data-id="${id}"] [part="payment"]`)?.textContent?.trim();
    await waitFor(() => text('req-avery-upfront-pending'), { message: 'the held payment' });
    expect(text('req-avery-upfront-pending')).to.equal('$40.00 held on your card — released if declined or withdrawn');
    expect(text('req-avery-upfront-declined')).to.equal('Voided — the $40.00 hold on your card was released; nothing was charged');
    await expectNoAxeViolations(schedule);
  });
});
