import { expect, oneEvent } from '@open-wc/testing';
import { CLIENT, SOON_APPOINTMENT_ID } from '@portico/mock';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { deepActiveElement, getByRole } from '../../src/testing/queries.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';
import { findField, partOf, pickFirstSlot, pressButton, renderSchedule, ScheduleHarness, showNextDayWithKeys, type } from '../helpers/schedule-harness.js';

/** Renders the schedule with `id` open (as the portal does for `#/schedule/<id>`). */
async function openAppointment(id: string) {
  const schedule = await renderSchedule(await adapterFor('client'), { item: id });
  const detail = await partOf(schedule, 'portico-schedule-appointment');
  await waitFor(() => detail.querySelector('article'), { message: 'the appointment' });
  return { schedule, detail };
}

async function openDialog(detail: ShadowRoot, label: 'Cancel appointment' | 'Reschedule') {
  await pressButton(detail, label);
  const dialogRoot = await waitFor(() => detail.querySelector('portico-schedule-change-dialog')?.shadowRoot);
  const dialog = await waitFor(() => dialogRoot.querySelector<HTMLDialogElement>('dialog[open]'), { message: 'the open dialog' });
  return { dialogRoot, dialog };
}

describe('<portico-schedule> cancel and reschedule (SCHED-3)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('refuses to cancel inside the notice window and states the rule', async () => {
    const { schedule, detail } = await openAppointment(SOON_APPOINTMENT_ID[CLIENT.avery]!);
    const text = visibleText(detail);
    expect(text).to.contain('You can cancel or reschedule up to 24 hours before an appointment starts');
    expect(text).to.contain('starts in less than 24 hours, so it can no longer be changed here');
    const cancel = getByRole(detail, 'button', { name: 'Cancel appointment' });
    expect(cancel.getAttribute('aria-disabled')).to.equal('true');
    expect(detail.getElementById(cancel.getAttribute('aria-describedby')!)!.textContent).to.contain('less than 24 hours');
    await new ScheduleHarness(schedule).click(cancel);
    // The click is handled and rendered (both elements' updates done): the dialog stayed shut.
    const changeDialog = detail.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('portico-schedule-change-dialog')!;
    await (detail.host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    await changeDialog.updateComplete;
    expect(changeDialog.shadowRoot!.querySelector('dialog[open]')).to.equal(null);
    await expectNoAxeViolations(schedule);
  });

  it('shows the backend\'s 409 notice-window refusal with the rule, keeping the reason', async () => {
    const backend = await mockBackend();
    const { schedule, detail } = await openAppointment('ap-avery-next-2');
    // The practice tightened its rule after the portal loaded: the backend still refuses.
    backend.db.data.organisation.rules.cancellationNoticeHours = 24 * 60;
    const { dialogRoot } = await openDialog(detail, 'Cancel appointment');
    const reason = await type(await findField<HTMLTextAreaElement>(dialogRoot, 'Reason for cancelling (required)'), 'Travelling that week');
    await pressButton(dialogRoot, 'Cancel appointment');
    const alert = await waitFor(() => dialogRoot.querySelector('[role="alert"]'), { message: 'the refusal' });
    expect(visibleText(alert)).to.contain('This appointment can no longer be changed here.');
    expect(visibleText(alert)).to.contain('less than 1440 hours');
    expect(reason.isConnected && reason.value).to.equal('Travelling that week');
    expect(backend.db.data.appointments.find((a) => a.id === 'ap-avery-next-2')!.status).to.equal('scheduled');
    await expectNoAxeViolations(schedule);
  });

  it('cancels outside the window with a required reason; the appointment shows cancelled', async () => {
    const backend = await mockBackend();
    const { schedule, detail } = await openAppointment('ap-avery-next-2');
    const opener = getByRole(detail, 'button', { name: 'Cancel appointment' });
    const { dialogRoot, dialog } = await openDialog(detail, 'Cancel appointment');
    expect(visibleText(dialogRoot)).to.contain('up to 24 hours before');
    await pressButton(dialogRoot, 'Cancel appointment');
    const reason = await findField<HTMLTextAreaElement>(dialogRoot, 'Reason for cancelling (required)');
    await waitFor(() => reason.getAttribute('aria-invalid') === 'true', { message: 'the reason error' });
    expect((reason.getRootNode() as ShadowRoot).getElementById(reason.getAttribute('aria-describedby')!)!.textContent).to.contain('Please give a reason');
    expect(deepActiveElement()).to.equal(reason);
    await expectNoAxeViolations(schedule);
    await type(reason, 'Feeling unwell');
    const done = oneEvent(schedule, 'portico-appointment-cancelled');
    await pressButton(dialogRoot, 'Cancel appointment');
    const event = await done;
    expect(event.detail).to.deep.equal({ appointmentId: 'ap-avery-next-2' });
    expect(dialog.open).to.equal(false);
    await waitFor(() => detail.querySelector('.status')?.textContent?.trim() === 'Cancelled', { message: 'the cancelled status' });
    const stored = backend.db.data.appointments.find((a) => a.id === 'ap-avery-next-2')!;
    expect(stored.status).to.equal('cancelled');
    expect(stored.cancellationReason).to.equal('Feeling unwell');
    expect(visibleText(detail)).to.contain('Feeling unwell');
    expect(opener.isConnected).to.equal(false);
    await expectNoAxeViolations(schedule);
  });

  it('closing the dialog returns focus to the button that opened it', async () => {
    const { detail } = await openAppointment('ap-avery-next-2');
    const opener = getByRole(detail, 'button', { name: 'Cancel appointment' });
    const { dialogRoot, dialog } = await openDialog(detail, 'Cancel appointment');
    await pressButton(dialogRoot, 'Keep appointment');
    expect(dialog.open).to.equal(false);
    await waitFor(() => detail.activeElement === opener, { message: 'focus back on the opener' });
  });

  it('keeps focus in the reschedule dialog when "Show the next day with open times" is pressed (#10.16)', async () => {
    const { detail } = await openAppointment('ap-avery-next-2');
    const { dialogRoot } = await openDialog(detail, 'Reschedule');
    const picker = await waitFor(() => dialogRoot.querySelector<HTMLElement>('portico-schedule-slot-picker'));
    await showNextDayWithKeys(picker);
    expect(document.activeElement).not.to.equal(document.body);
  });

  it('rescheduling without a new time says so under the open times, as the description of their group', async () => {
    const { schedule, detail } = await openAppointment('ap-avery-next-2');
    const { dialogRoot } = await openDialog(detail, 'Reschedule');
    await type(await findField<HTMLTextAreaElement>(dialogRoot, 'Reason for rescheduling (required)'), 'Work shift changed');
    await pressButton(dialogRoot, 'Move to this time');
    const picker = await waitFor(() => dialogRoot.querySelector<HTMLElement>('portico-schedule-slot-picker'));
    const error = await waitFor(() => picker.shadowRoot!.querySelector('[part="error"]'), { message: 'the missing-time message' });
    expect(visibleText(error)).to.equal('Pick a new time first.');
    // On a day with open times, the group of times is described by the message.
    const first = await showNextDayWithKeys(picker);
    const group = first.closest('fieldset')!;
    expect(picker.shadowRoot!.getElementById(group.getAttribute('aria-describedby')!)).to.equal(error);
    await expectNoAxeViolations(schedule);
  });

  it('reschedules to a new open slot', async () => {
    const backend = await mockBackend();
    const { schedule, detail } = await openAppointment('ap-avery-next-2');
    const { dialogRoot } = await openDialog(detail, 'Reschedule');
    const start = await pickFirstSlot(await waitFor(() => dialogRoot.querySelector<HTMLElement>('portico-schedule-slot-picker')));
    await type(await findField<HTMLTextAreaElement>(dialogRoot, 'Reason for rescheduling (required)'), 'Work shift changed');
    await expectNoAxeViolations(schedule);
    const done = oneEvent(schedule, 'portico-appointment-rescheduled');
    await pressButton(dialogRoot, 'Move to this time');
    const event = await done;
    expect(event.detail).to.deep.equal({ appointmentId: 'ap-avery-next-2', start });
    expect(backend.db.data.appointments.find((a) => a.id === 'ap-avery-next-2')!.start).to.equal(start);
    await waitFor(() => detail.querySelector('article time')?.getAttribute('datetime') === start, { message: 'the new time' });
  });
});
