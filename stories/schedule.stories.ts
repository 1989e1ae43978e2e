/**
 * `<portico-schedule>` (SCHED-1..3) on the mock practice: the four states, the calendar as a
 * month, a week and a list, an appointment's detail, self-scheduling (a day with no open times,
 * picking a slot, the booking link's choice and one no longer offered), a pending request, cancelling outside and inside the notice window, and what
 * a payer sees (the calendar only, no booking).
 */
import { CLIENT, SOON_APPOINTMENT_ID, createTestPaymentProvider } from '@portico/mock';
import '@portico/elements/views/schedule';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ScheduleHarness, descriptionOf, textOf } from '@portico/elements/testing';
import { expect } from 'storybook/test';
import { FOREVER, portico, porticoOf } from './support/portico.js';
import { until } from './support/dom.js';

const meta: Meta = {
  title: 'Views/Schedule',
  component: 'portico-schedule',
  tags: ['autodocs'],
  render: () => html`<portico-schedule></portico-schedule>`,
};
export default meta;

type Story = StoryObj;

const inMode = (mode: 'month' | 'week' | 'list') => () => html`<portico-schedule mode=${mode}></portico-schedule>`;
const openAppointment = (id: string) => () => html`<portico-schedule item=${id}></portico-schedule>`;

/** The harness on the story's view (driven through Storybook's userEvent, see support/dom.ts). */
async function scheduleIn(canvas: HTMLElement): Promise<ScheduleHarness> {
  return new ScheduleHarness(await until(() => canvas.querySelector('portico-schedule'), 'the Schedule view'));
}

/** The calendar's appointments: each opens with its "<service> with <provider>" button. */
const appointments = (schedule: ScheduleHarness, calendar: ShadowRoot): HTMLElement[] => schedule.queryAllByRole('button', { name: / with /, within: calendar });

/** Waits until the calendar lists appointments. */
async function appointmentsShown(schedule: ScheduleHarness): Promise<void> {
  const calendar = await schedule.partOf('portico-schedule-calendar');
  await schedule.waitFor(() => appointments(schedule, calendar).length > 0, { message: 'appointments in the calendar' });
}

/** The booking form's list box labelled `label` ("Provider", "Service"), once it has options to choose. */
function listBox(schedule: ScheduleHarness, label: string): Promise<HTMLSelectElement> {
  return schedule.waitFor(() => {
    const select = schedule.getByLabel<HTMLSelectElement>(label);
    return select.options.length > 1 && select;
  }, { message: `the list box "${label}" with options` });
}

/** The booking form's slot picker, once booking has rendered it. */
async function slotPicker(schedule: ScheduleHarness): Promise<HTMLElement> {
  const booking = await schedule.partOf('portico-schedule-booking');
  return schedule.waitFor(() => booking.querySelector<HTMLElement>('portico-schedule-slot-picker'), { message: 'the slot picker' });
}

/** Opens "Book an appointment" and chooses the first provider and its first service; returns the slot picker. */
async function startBooking(schedule: ScheduleHarness): Promise<HTMLElement> {
  await schedule.click('Book an appointment');
  const provider = await listBox(schedule, 'Provider');
  await schedule.selectOption(provider, provider.options[1]!.value);
  const service = await listBox(schedule, 'Service');
  await schedule.selectOption(service, service.options[1]!.value);
  return slotPicker(schedule);
}

// ── the calendar's states ──

/** Upcoming appointments as a list, grouped by day, in the user's time zone. */
export const Content: Story = {
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    await appointmentsShown(schedule);
    await schedule.findByRole('group', { name: 'Schedule sections' });
  },
};

export const Loading: Story = {
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'schedule.listAppointments') }),
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    // The skeleton's announcement.
    await schedule.findByText('Loading appointments', { within: await schedule.partOf('portico-schedule-calendar') });
  },
};

/** Nothing booked: says how to book. */
export const Empty: Story = {
  parameters: portico({
    setup: (backend) => {
      backend.db.data.appointments = backend.db.data.appointments.filter((a) => a.clientId !== CLIENT.avery);
    },
  }),
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    await schedule.findByText('No upcoming appointments', { within: await schedule.partOf('portico-schedule-calendar') });
  },
};

/** Every `schedule.listAppointments` fails (500); Retry recovers once the backend does. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: portico({ faults: (faults) => faults.errorRate('schedule.listAppointments', 1) }),
  play: async (context) => {
    const schedule = await scheduleIn(context.canvasElement);
    const alert = await schedule.findByRole('alert', { within: await schedule.partOf('portico-schedule-calendar') });
    porticoOf(context).backend.faults.clear('schedule.listAppointments');
    await schedule.click(await schedule.findByRole('button', { name: 'Try again', within: alert }));
    await appointmentsShown(schedule);
  },
};

/** An appointment's start is not a date: the adapter rejects the payload and the view says so. */
export const InvalidResponse: Story = {
  parameters: portico({ faults: (faults) => faults.malformed('schedule.listAppointments') }),
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    await schedule.findByRole('alert', { within: await schedule.partOf('portico-schedule-calendar') });
  },
};

// ── month, week, list ──

/** The month as a grid (arrow keys move between days), today's appointments below it. */
export const Month: Story = {
  render: inMode('month'),
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    await schedule.findByRole('grid', { within: await schedule.partOf('portico-schedule-calendar') });
  },
};

/** One week, appointments under each day. */
export const Week: Story = {
  render: inMode('week'),
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    await schedule.waitForText('Week of', { within: await schedule.partOf('portico-schedule-calendar') });
  },
};

/** Past appointments, newest first, including a late cancellation and a no-show. */
export const PastList: Story = {
  render: inMode('list'),
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    const calendar = await schedule.partOf('portico-schedule-calendar');
    await schedule.click(await schedule.findByRole('button', { name: 'Past', within: calendar }));
    await schedule.waitForText('Missed (no-show)', { within: calendar });
  },
};

// ── one appointment ──

/** A telehealth appointment: Join link, Add to calendar (.ics), and the practice's notice rule. */
export const AppointmentDetail: Story = {
  render: openAppointment('ap-avery-next-1'),
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    const detail = await schedule.partOf('portico-schedule-appointment');
    await schedule.findByRole('link', { name: 'Join video appointment', within: detail });
    await schedule.findByRole('link', { name: 'Add to calendar (.ics)', within: detail });
  },
};

/** Charges Avery's first open patient invoice to this appointment (#14.2). */
function chargeAppointment(backend: Parameters<NonNullable<Parameters<typeof portico>[0]['setup']>>[0], cardProcessing: boolean): void {
  const invoice = backend.db.data.invoices.find((i) => i.clientId === CLIENT.avery && i.kind === 'patient' && i.balance.amount > 0 && i.status !== 'void')!;
  backend.db.data.appointments.find((a) => a.id === 'ap-avery-next-1')!.charge = { invoiceId: invoice.id, amountDue: invoice.balance };
  backend.db.data.organisation.features.cardProcessing = cardProcessing;
}

/** An appointment with a charge: what is owed, and Pay (which opens the invoice it is billed on). */
export const AppointmentToPay: Story = {
  render: openAppointment('ap-avery-next-1'),
  parameters: portico({ setup: (backend) => chargeAppointment(backend, true) }),
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    const pay = await schedule.findByRole('button', { name: /^Pay /, within: await schedule.partOf('portico-schedule-appointment') });
    await expect(pay.getAttribute('aria-disabled')).toBeNull();
  },
};

/** The practice has no card processing: Pay is greyed out and says why. */
export const AppointmentPayUnavailable: Story = {
  render: openAppointment('ap-avery-next-1'),
  parameters: portico({ setup: (backend) => chargeAppointment(backend, false) }),
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    const detail = await schedule.partOf('portico-schedule-appointment');
    const pay = await schedule.findByRole('button', { name: /^Pay /, within: detail });
    await expect(pay.getAttribute('aria-disabled')).toBe('true');
    await expect(textOf(detail)).toContain('does not take card payments');
  },
};

/** Cancelling well ahead of time: the dialog asks for a reason, with the notice rule up front. */
export const CancelDialog: Story = {
  render: openAppointment('ap-avery-next-2'),
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    await schedule.click(await schedule.findByRole('button', { name: 'Cancel appointment', within: await schedule.partOf('portico-schedule-appointment') }));
    const dialog = await schedule.findByRole('dialog', { name: 'Cancel appointment' });
    await schedule.click(schedule.getByRole('button', { name: 'Cancel appointment', within: dialog }));
    // The message is the reason field's own (inside its <portico-field>): read across shadow roots.
    await schedule.waitForText('Please give a reason', { within: dialog });
  },
};

/** Starts in less than the notice window: Cancel and Reschedule say why they are unavailable. */
export const CancelInsideNoticeWindow: Story = {
  render: openAppointment(SOON_APPOINTMENT_ID[CLIENT.avery]!),
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    const detail = await schedule.partOf('portico-schedule-appointment');
    const cancel = await schedule.findByRole('button', { name: 'Cancel appointment', within: detail });
    await expect(cancel.getAttribute('aria-disabled')).toBe('true');
    // Why, read with the button: the notice it is described by.
    await expect(descriptionOf(cancel)).not.toBe('');
    await schedule.click(cancel);
    await expect(schedule.queryAllByRole('dialog', { name: 'Cancel appointment' })).toHaveLength(0);
  },
};

// ── self-scheduling ──

/** Today is inside the notice window, so it has no open times: the picker offers the next day that has some. */
export const DayWithoutSlots: Story = {
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    const picker = await startBooking(schedule);
    await schedule.waitForText(/No open times on/, { within: picker });
    await schedule.findByRole('button', { name: /^Show the next day with open times/, within: picker });
  },
};

/** The next day with open times, one picked, ready to request. */
export const PickSlot: Story = {
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    const picker = await startBooking(schedule);
    await schedule.pickFirstSlot(picker);
    await schedule.waitForText('Chosen time:', { within: await schedule.partOf('portico-schedule-booking') });
  },
};

/** The booking link (`#/schedule/book?provider=tm-riley&service=svc-telehealth`): booking opens with both chosen. */
export const BookingLink: Story = {
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    schedule.element.applyIntent({ view: 'schedule', book: { providerId: 'tm-riley', serviceId: 'svc-telehealth' } });
    await schedule.waitFor(() => schedule.getByLabel<HTMLSelectElement>('Service').value === 'svc-telehealth', { message: 'the service chosen' });
    await expect(schedule.getByLabel<HTMLSelectElement>('Provider').value).toBe('tm-riley');
  },
};

/** A booking link whose provider the practice no longer offers: booking opens with a note and nothing chosen. */
export const BookingLinkNoLongerOffered: Story = {
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    schedule.element.applyIntent({ view: 'schedule', book: { providerId: 'tm-gone', serviceId: 'svc-telehealth' } });
    await schedule.waitForText('is no longer offered for online booking', { within: await schedule.partOf('portico-schedule-booking') });
    await expect(schedule.getByLabel<HTMLSelectElement>('Provider').value).toBe('');
  },
};

/** Opens "Your requests"; returns the requests part once it lists requests. */
async function showRequests(schedule: ScheduleHarness): Promise<ShadowRoot> {
  await schedule.click('Your requests');
  const requests = await schedule.partOf('portico-schedule-requests');
  await schedule.waitFor(() => schedule.queryAllByRole('listitem', { within: requests }).length > 0, { message: 'the requests' });
  return requests;
}

/** The request whose text includes `text` (its payment line), once shown. */
function requestWith(schedule: ScheduleHarness, requests: ShadowRoot, text: string): Promise<HTMLElement> {
  return schedule.waitFor(() => schedule.queryAllByRole('listitem', { within: requests }).find((item) => textOf(item).includes(text)), { message: `the request with "${text}"` });
}

/** The requests sent: one pending until the provider answers (with Withdraw), one declined with the reason. */
export const PendingRequest: Story = {
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    const requests = await showRequests(schedule);
    const pending = await requestWith(schedule, requests, 'Pending — waiting for the provider');
    await schedule.findByRole('button', { name: 'Withdraw request', within: pending });
  },
};

/** A payer sees the calendar only: no booking, no requests. */
export const Payer: Story = {
  parameters: portico({ user: 'payer' }),
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    await appointmentsShown(schedule);
    await expect(schedule.queryAllByRole('group', { name: 'Schedule sections' })).toHaveLength(0);
    await expect(schedule.queryAllByRole('button', { name: 'Book an appointment' })).toHaveLength(0);
  },
};

// ── #14.2: a request paid up front (the demo's Initial consultation, $40.00) ──

/** The schedule in its own provider, with the test payment provider (card `4242 4242 4242 4242` pays, `4000 0000 0000 0002` is declined). */
const withPayments = (_args: unknown, context: StoryContext) => {
  const { adapter, theme, locale } = porticoOf(context);
  return html`<portico-provider .adapter=${adapter} .theme=${theme} .locale=${locale} .paymentProvider=${createTestPaymentProvider()}>
    <portico-schedule mode="list"></portico-schedule>
  </portico-provider>`;
};

/** Opens booking with Dr. Riley Demo and the Initial consultation, which the practice takes payment for up front. */
async function startUpfrontBooking(schedule: ScheduleHarness, pickSlot = true): Promise<void> {
  await schedule.click('Book an appointment');
  await schedule.selectOption(await listBox(schedule, 'Provider'), 'tm-riley');
  await schedule.selectOption(await listBox(schedule, 'Service'), 'svc-consult');
  if (!pickSlot) return;
  await schedule.pickFirstSlot(await slotPicker(schedule));
  // The card choice, once the saved cards are known.
  await schedule.findByRole('radio', { name: 'A new card' });
  await schedule.waitForTextGone('Loading your saved cards');
}

/** The service is paid up front: the amount, what happens to it, and how to pay (saved cards or a new card). */
export const UpfrontNeedsPayment: Story = {
  render: withPayments,
  parameters: portico({ provider: false }),
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    await startUpfrontBooking(schedule);
    await expect(schedule.text()).toContain('is paid when you send the request: $40.00');
    await schedule.findByRole('button', { name: 'Pay $40.00 and request this time' });
  },
};

/** A declined card: says why, nothing sent, the time, note and card kept. */
export const UpfrontPaymentFailed: Story = {
  render: withPayments,
  parameters: portico({ provider: false }),
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    await startUpfrontBooking(schedule);
    await schedule.click(schedule.getByRole('radio', { name: 'A new card' }));
    await schedule.type(await schedule.findByLabel('Card number'), '4000 0000 0000 0002');
    await schedule.type(schedule.getByLabel('Expiry date'), '12 / 34');
    await schedule.type(schedule.getByLabel('Security code (CVC)'), '123');
    await schedule.click('Pay $40.00 and request this time');
    await schedule.waitForText('The payment did not go through: Your card was declined.');
    await expect(schedule.text()).toContain('Chosen time:');
  },
};

/** The practice has no card processing: a service paid up front cannot be requested here, and the view says whom to contact. */
export const UpfrontCardProcessingOff: Story = {
  render: withPayments,
  parameters: portico({ provider: false, setup: (backend) => void (backend.db.data.organisation.features.cardProcessing = false) }),
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    await startUpfrontBooking(schedule, false);
    await schedule.waitForText('To book it, contact the practice:');
    // No open times offered.
    await expect(schedule.queryAllByRole('button', { name: /^Show the next day with open times/ })).toHaveLength(0);
    await expect(schedule.queryAllByRole('radio')).toHaveLength(0);
  },
};

/** A pending request paid up front: "Paid $40.00 — refunded if declined or withdrawn", with Withdraw. */
export const UpfrontPaidPending: Story = {
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    const request = await requestWith(schedule, await showRequests(schedule), 'Paid $40.00 — refunded if declined or withdrawn');
    await expect(textOf(request)).toContain('Pending');
    await schedule.findByRole('button', { name: 'Withdraw request', within: request });
  },
};

/** A declined request whose up-front payment the practice refunded. */
export const UpfrontRefunded: Story = {
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    const request = await requestWith(schedule, await showRequests(schedule), 'Refunded $40.00');
    await expect(textOf(request)).toContain('Declined');
  },
};

/** A backend that only holds the payment: held while pending, voided (nothing charged) once declined. */
export const UpfrontHeldAndVoided: Story = {
  parameters: portico({
    setup: (backend) => {
      const held = backend.db.data.requests.find((r) => r.id === 'req-avery-upfront-pending')!;
      held.payment = { ...held.payment!, status: 'authorised' };
      const released = backend.db.data.requests.find((r) => r.id === 'req-avery-upfront-declined')!;
      released.payment = { ...released.payment!, status: 'voided' };
    },
  }),
  play: async ({ canvasElement }) => {
    const schedule = await scheduleIn(canvasElement);
    const requests = await showRequests(schedule);
    await expect(textOf(await requestWith(schedule, requests, '$40.00 held on your card'))).toContain('Pending');
    await expect(textOf(await requestWith(schedule, requests, 'Voided'))).toContain('Declined');
  },
};
