/**
 * The Schedule's writes carry core's `Attempt` key (#11): the same Idempotency-Key while the same
 * change is retried after a lost answer (so the backend stores it once), a new one after the
 * backend refused it or the person changed it. Driven as a user through the REST adapter and the
 * mock backend, watching the headers the page sends.
 */
import { expect } from '@open-wc/testing';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';
import { ScheduleHarness, partOf, renderSchedule } from '../helpers/schedule-harness.js';
import { watchWriteKeys, type KeyWatch } from '../helpers/write-keys.js';

const APPOINTMENT = 'ap-avery-next-2';
const REASON = 'Reason for cancelling (required)';

async function openAppointment() {
  const schedule = await renderSchedule(await adapterFor('client'), { item: APPOINTMENT });
  const view = new ScheduleHarness(schedule);
  const detail = await partOf(schedule, 'portico-schedule-appointment');
  await waitFor(() => detail.querySelector('article'), { message: 'the appointment' });
  return { schedule, view, detail };
}

/** Opens "Cancel appointment" and waits for the dialog's reason field. */
async function openCancel(view: ScheduleHarness, detail: ShadowRoot): Promise<ShadowRoot> {
  await view.click(await view.findByRole('button', { name: 'Cancel appointment', within: detail }));
  const dialogRoot = await waitFor(() => detail.querySelector('portico-schedule-change-dialog')?.shadowRoot);
  await waitFor(() => dialogRoot.querySelector('dialog[open]'), { message: 'the open dialog' });
  await view.findByLabel(REASON);
  return dialogRoot;
}

describe('<portico-schedule> idempotency keys through Attempt (#11)', () => {
  let watch: KeyWatch | undefined;
  beforeEach(async () => (await mockBackend()).reset());
  afterEach(() => watch?.stop());

  it('cancel: a refused try is a new attempt — "Cancel appointment" again sends a new key', async () => {
    const backend = await mockBackend();
    const { view, detail } = await openAppointment();
    const dialogRoot = await openCancel(view, detail);
    await view.type(REASON, 'Travelling that week');
    watch = watchWriteKeys(new RegExp(`/appointments/${APPOINTMENT}/cancel$`));
    // The backend refuses the first try (403): nothing is stored.
    backend.faults.errorRate('schedule.cancelAppointment', 1, { status: 403, times: 1 });
    await view.click(await view.findByRole('button', { name: 'Cancel appointment', within: dialogRoot }));
    await waitFor(() => dialogRoot.querySelector('[role="alert"]'), { message: 'the refusal' });
    expect(backend.db.data.appointments.find((a) => a.id === APPOINTMENT)!.status).to.equal('scheduled');
    await view.click(await view.findByRole('button', { name: 'Cancel appointment', within: dialogRoot }));
    await view.waitForText('The appointment is cancelled.');
    expect(watch.keys).to.have.length(2);
    expect(watch.keys[1]).not.to.equal(watch.keys[0]);
    expect(backend.db.data.appointments.find((a) => a.id === APPOINTMENT)!.cancellationReason).to.equal('Travelling that week');
  });

  it('cancel: a lost answer retried after closing and reopening the dialog sends the same key, and is stored once', async () => {
    const backend = await mockBackend();
    const { schedule, view, detail } = await openAppointment();
    let dialogRoot = await openCancel(view, detail);
    await view.type(REASON, 'Feeling unwell');
    watch = watchWriteKeys(new RegExp(`/appointments/${APPOINTMENT}/cancel$`));
    // The backend cancels it, but the answer is lost on the way back.
    backend.faults.dropResponse('schedule.cancelAppointment', { times: 1 });
    await view.click(await view.findByRole('button', { name: 'Cancel appointment', within: dialogRoot }));
    const alert = await waitFor(() => dialogRoot.querySelector('[role="alert"]'), { message: 'the lost answer reported' });
    expect(visibleText(alert)).to.match(/Could not reach the practice/);
    expect(backend.db.data.appointments.find((a) => a.id === APPOINTMENT)!.status).to.equal('cancelled');
    // The person closes the dialog, opens it again (the reason is still there) and tries again.
    await view.click(await view.findByRole('button', { name: 'Keep appointment', within: dialogRoot }));
    dialogRoot = await openCancel(view, detail);
    expect((await view.findByLabel(REASON)).value).to.equal('Feeling unwell');
    await view.click(await view.findByRole('button', { name: 'Cancel appointment', within: dialogRoot }));
    await view.waitForText('The appointment is cancelled.');
    expect(watch.keys).to.have.length(2);
    expect(watch.keys[1]).to.equal(watch.keys[0]);
    await expectNoAxeViolations(schedule);
  });

  it('cancel: after a lost answer, a changed reason is a new attempt with a new key', async () => {
    const backend = await mockBackend();
    const { view, detail } = await openAppointment();
    const dialogRoot = await openCancel(view, detail);
    await view.type(REASON, 'Feeling unwell');
    watch = watchWriteKeys(new RegExp(`/appointments/${APPOINTMENT}/cancel$`));
    backend.faults.errorRate('schedule.cancelAppointment', 1, { status: 503, times: 1 });
    await view.click(await view.findByRole('button', { name: 'Cancel appointment', within: dialogRoot }));
    await waitFor(() => dialogRoot.querySelector('[role="alert"]'), { message: 'the failure' });
    await view.type(REASON, 'Feeling unwell, will book again');
    await view.click(await view.findByRole('button', { name: 'Cancel appointment', within: dialogRoot }));
    await view.waitForText('The appointment is cancelled.');
    expect(watch.keys).to.have.length(2);
    expect(watch.keys[1]).not.to.equal(watch.keys[0]);
    expect(backend.db.data.appointments.find((a) => a.id === APPOINTMENT)!.cancellationReason).to.equal('Feeling unwell, will book again');
  });

  it('withdraw: a refused try is a new attempt — "Withdraw request" again sends a new key', async () => {
    const backend = await mockBackend();
    const schedule = await renderSchedule(await adapterFor('client'));
    const view = new ScheduleHarness(schedule);
    await view.click('Your requests');
    const requests = await partOf(schedule, 'portico-schedule-requests');
    const item = await waitFor(() => requests.querySelector<HTMLElement>('[data-id="req-avery-pending"]'), { message: 'the pending request' });
    watch = watchWriteKeys(/\/appointment-requests\/req-avery-pending\/withdraw$/);
    // The backend refuses the first try (409): nothing is stored.
    backend.faults.errorRate('schedule.withdrawRequest', 1, { status: 409, times: 1 });
    await view.click(await view.findByRole('button', { name: 'Withdraw request', within: item }));
    await waitFor(() => item.querySelector('[role="alert"]'), { message: 'the refusal' });
    expect(backend.db.data.requests.find((r) => r.id === 'req-avery-pending')!.status).to.equal('pending');
    await view.click(await view.findByRole('button', { name: 'Withdraw request', within: item }));
    await waitFor(() => visibleText(requests.querySelector('[data-id="req-avery-pending"]')!).includes('Withdrawn'), { message: 'withdrawn' });
    expect(watch.keys).to.have.length(2);
    expect(watch.keys[1]).not.to.equal(watch.keys[0]);
  });

  it('withdraw: a lost answer retried sends the same key, so a request paid up front is withdrawn and refunded once', async () => {
    const backend = await mockBackend();
    const schedule = await renderSchedule(await adapterFor('client'));
    const view = new ScheduleHarness(schedule);
    await view.click('Your requests');
    const requests = await partOf(schedule, 'portico-schedule-requests');
    const item = await waitFor(() => requests.querySelector<HTMLElement>('[data-id="req-avery-upfront-pending"]'), { message: 'the paid request' });
    const refunds = () => backend.db.data.payments.filter((p) => p.id === 'pay-avery-up-pending' && p.status === 'refunded').length;
    watch = watchWriteKeys(/\/appointment-requests\/req-avery-upfront-pending\/withdraw$/);
    backend.faults.dropResponse('schedule.withdrawRequest', { times: 1 });
    await view.click(await view.findByRole('button', { name: 'Withdraw request', within: item }));
    await waitFor(() => item.querySelector('[role="alert"]'), { message: 'the lost answer reported' });
    expect(refunds()).to.equal(1);
    await view.click(await view.findByRole('button', { name: 'Withdraw request', within: item }));
    await waitFor(() => requests.querySelector('[data-id="req-avery-upfront-pending"] [part="payment"]')?.textContent?.trim() === 'Refunded $40.00', { message: 'the refund shown' });
    expect(watch.keys).to.have.length(2);
    expect(watch.keys[1]).to.equal(watch.keys[0]);
    expect(refunds()).to.equal(1);
    expect(backend.db.data.requests.find((r) => r.id === 'req-avery-upfront-pending')!.status).to.equal('withdrawn');
    await expectNoAxeViolations(schedule);
  });
});
