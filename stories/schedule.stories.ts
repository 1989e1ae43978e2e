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
import { queryAllByLabel, textOf as shownText } from '@portico/elements/testing';
import { expect, userEvent, waitFor } from 'storybook/test';
import { FOREVER, portico, porticoOf } from './support/portico.js';

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

const view = (canvas: HTMLElement): ShadowRoot => canvas.querySelector('portico-schedule')!.shadowRoot!;
const part = (canvas: HTMLElement, tag: string): ShadowRoot | null => view(canvas).querySelector(tag)?.shadowRoot ?? null;
const calendar = (canvas: HTMLElement) => part(canvas, 'portico-schedule-calendar');
const detail = (canvas: HTMLElement) => part(canvas, 'portico-schedule-appointment');
const booking = (canvas: HTMLElement) => part(canvas, 'portico-schedule-booking');
const slotPicker = (canvas: HTMLElement) => booking(canvas)?.querySelector('portico-schedule-slot-picker')?.shadowRoot ?? null;
/** Booking's list box labelled `label` ("Provider", "Service"): the `<select>` inside its `<portico-field>`. */
const listBox = (canvas: HTMLElement, label: string): HTMLSelectElement | undefined => {
  const root = booking(canvas);
  return root ? (queryAllByLabel(root, label)[0] as HTMLSelectElement | undefined) : undefined;
};
const appointments = (canvas: HTMLElement) => [...(calendar(canvas)?.querySelectorAll('[part="appointment"]') ?? [])];
const textOf = (root: ParentNode | null | undefined) => root?.textContent?.replace(/\s+/g, ' ') ?? '';

function buttonIn(root: ParentNode | null | undefined, text: string | RegExp): HTMLButtonElement | undefined {
  return [...(root?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => {
    const t = b.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return typeof text === 'string' ? t === text : text.test(t);
  });
}

async function clickButton(root: () => ParentNode | null | undefined, text: string | RegExp): Promise<void> {
  await waitFor(() => expect(buttonIn(root(), text)).toBeTruthy(), { timeout: 5000 });
  await userEvent.click(buttonIn(root(), text)!);
}

/** Opens "Book an appointment" and chooses the first provider and its first service. */
async function startBooking(canvas: HTMLElement): Promise<void> {
  await clickButton(() => view(canvas), 'Book an appointment');
  await waitFor(() => expect(listBox(canvas, 'Provider')).toBeTruthy(), { timeout: 5000 });
  const provider = listBox(canvas, 'Provider')!;
  await userEvent.selectOptions(provider, provider.options[1]!.value);
  await waitFor(() => expect(listBox(canvas, 'Service')?.options.length).toBeGreaterThan(1), { timeout: 5000 });
  const service = listBox(canvas, 'Service')!;
  await userEvent.selectOptions(service, service.options[1]!.value);
  await waitFor(() => expect(slotPicker(canvas)?.querySelector('fieldset, [role="status"]')).toBeTruthy(), { timeout: 5000 });
}

// ── the calendar's states ──

/** Upcoming appointments as a list, grouped by day, in the user's time zone. */
export const Content: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(appointments(canvasElement).length).toBeGreaterThan(0), { timeout: 5000 });
    await expect(view(canvasElement).querySelector('[part="sections"]')).not.toBeNull();
  },
};

export const Loading: Story = {
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'schedule.listAppointments') }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(calendar(canvasElement)?.querySelector('portico-state-loading')).toBeTruthy(), { timeout: 5000 });
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
    await waitFor(() => expect(calendar(canvasElement)?.querySelector('portico-state-empty')).toBeTruthy(), { timeout: 5000 });
  },
};

/** Every `schedule.listAppointments` fails (500); Retry recovers once the backend does. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: portico({ faults: (faults) => faults.errorRate('schedule.listAppointments', 1) }),
  play: async (context) => {
    const { canvasElement } = context;
    const error = () => calendar(canvasElement)?.querySelector('portico-state-error') ?? null;
    await waitFor(() => expect(error()).not.toBeNull(), { timeout: 8000 });
    await error()!.updateComplete;
    porticoOf(context).backend.faults.clear('schedule.listAppointments');
    await userEvent.click(error()!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!);
    await waitFor(() => expect(appointments(canvasElement).length).toBeGreaterThan(0), { timeout: 5000 });
  },
};

/** An appointment's start is not a date: the adapter rejects the payload and the view says so. */
export const InvalidResponse: Story = {
  parameters: portico({ faults: (faults) => faults.malformed('schedule.listAppointments') }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(calendar(canvasElement)?.querySelector('portico-state-error')).toBeTruthy(), { timeout: 8000 });
  },
};

// ── month, week, list ──

/** The month as a grid (arrow keys move between days), today's appointments below it. */
export const Month: Story = {
  render: inMode('month'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(calendar(canvasElement)?.querySelector('[part="month-grid"]')).toBeTruthy(), { timeout: 5000 });
  },
};

/** One week, appointments under each day. */
export const Week: Story = {
  render: inMode('week'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textOf(calendar(canvasElement))).toContain('Week of'), { timeout: 5000 });
  },
};

/** Past appointments, newest first, including a late cancellation and a no-show. */
export const PastList: Story = {
  render: inMode('list'),
  play: async ({ canvasElement }) => {
    await clickButton(() => calendar(canvasElement), 'Past');
    await waitFor(() => expect(calendar(canvasElement)?.querySelector('[data-status="no-show"]')).toBeTruthy(), { timeout: 5000 });
  },
};

// ── one appointment ──

/** A telehealth appointment: Join link, Add to calendar (.ics), and the practice's notice rule. */
export const AppointmentDetail: Story = {
  render: openAppointment('ap-avery-next-1'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(detail(canvasElement)?.querySelector('[part="join-link"]')).toBeTruthy(), { timeout: 5000 });
    await expect(detail(canvasElement)!.querySelector('[part="ics-link"]')).not.toBeNull();
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
    await waitFor(() => expect(detail(canvasElement)?.querySelector('[part="pay-button"]')).toBeTruthy(), { timeout: 5000 });
    await expect(detail(canvasElement)!.querySelector('[part="pay-button"]')!.getAttribute('aria-disabled')).toBeNull();
  },
};

/** The practice has no card processing: Pay is greyed out and says why. */
export const AppointmentPayUnavailable: Story = {
  render: openAppointment('ap-avery-next-1'),
  parameters: portico({ setup: (backend) => chargeAppointment(backend, false) }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(detail(canvasElement)?.querySelector('[part="pay-button"]')?.getAttribute('aria-disabled')).toBe('true'), { timeout: 5000 });
    await expect(textOf(detail(canvasElement))).toContain('does not take card payments');
  },
};

/** Cancelling well ahead of time: the dialog asks for a reason, with the notice rule up front. */
export const CancelDialog: Story = {
  render: openAppointment('ap-avery-next-2'),
  play: async ({ canvasElement }) => {
    await clickButton(() => detail(canvasElement)?.querySelector('article'), 'Cancel appointment');
    const dialog = () => detail(canvasElement)?.querySelector('portico-schedule-change-dialog')?.shadowRoot ?? null;
    await waitFor(() => expect(dialog()?.querySelector('dialog[open]')).toBeTruthy(), { timeout: 5000 });
    await userEvent.click(dialog()!.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    // The message is the reason field's own (inside its <portico-field>): read across shadow roots.
    await waitFor(() => expect(shownText(dialog()!)).toContain('Please give a reason'), { timeout: 5000 });
  },
};

/** Starts in less than the notice window: Cancel and Reschedule say why they are unavailable. */
export const CancelInsideNoticeWindow: Story = {
  render: openAppointment(SOON_APPOINTMENT_ID[CLIENT.avery]!),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(detail(canvasElement)?.querySelector('#inside-notice')).toBeTruthy(), { timeout: 5000 });
    const cancel = buttonIn(detail(canvasElement)?.querySelector('article'), 'Cancel appointment')!;
    await expect(cancel.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(cancel);
    await expect(detail(canvasElement)!.querySelector('portico-schedule-change-dialog')?.shadowRoot?.querySelector('dialog[open]') ?? null).toBeNull();
  },
};

// ── self-scheduling ──

/** Today is inside the notice window, so it has no open times: the picker offers the next day that has some. */
export const DayWithoutSlots: Story = {
  play: async ({ canvasElement }) => {
    await startBooking(canvasElement);
    await waitFor(() => expect(textOf(slotPicker(canvasElement))).toMatch(/No open times on/), { timeout: 5000 });
    await expect(buttonIn(slotPicker(canvasElement), /^Show the next day with open times/)).toBeTruthy();
  },
};

/** The next day with open times, one picked, ready to request. */
export const PickSlot: Story = {
  play: async ({ canvasElement }) => {
    await startBooking(canvasElement);
    await clickButton(() => slotPicker(canvasElement), /^Show the next day with open times/);
    await waitFor(() => expect(slotPicker(canvasElement)?.querySelector('input[type="radio"]')).toBeTruthy(), { timeout: 5000 });
    await userEvent.click(slotPicker(canvasElement)!.querySelector<HTMLInputElement>('input[type="radio"]')!);
    await waitFor(() => expect(textOf(booking(canvasElement))).toContain('Chosen time:'), { timeout: 5000 });
  },
};

/** The booking link (`#/schedule/book?provider=tm-riley&service=svc-telehealth`): booking opens with both chosen. */
export const BookingLink: Story = {
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('portico-schedule')!.applyIntent({ view: 'schedule', book: { providerId: 'tm-riley', serviceId: 'svc-telehealth' } });
    await waitFor(() => expect(listBox(canvasElement, 'Service')?.value).toBe('svc-telehealth'), { timeout: 5000 });
    await expect(listBox(canvasElement, 'Provider')!.value).toBe('tm-riley');
  },
};

/** A booking link whose provider the practice no longer offers: booking opens with a note and nothing chosen. */
export const BookingLinkNoLongerOffered: Story = {
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('portico-schedule')!.applyIntent({ view: 'schedule', book: { providerId: 'tm-gone', serviceId: 'svc-telehealth' } });
    await waitFor(() => expect(textOf(booking(canvasElement))).toContain('is no longer offered for online booking'), { timeout: 5000 });
    await expect(listBox(canvasElement, 'Provider')!.value).toBe('');
  },
};

/** The requests sent: one pending until the provider answers (with Withdraw), one declined with the reason. */
export const PendingRequest: Story = {
  play: async ({ canvasElement }) => {
    await clickButton(() => view(canvasElement), 'Your requests');
    const requests = () => part(canvasElement, 'portico-schedule-requests');
    await waitFor(() => expect(requests()?.querySelector('[part="request"] [data-status="pending"]')).toBeTruthy(), { timeout: 5000 });
    await expect(buttonIn(requests(), 'Withdraw request')).toBeTruthy();
  },
};

/** A payer sees the calendar only: no booking, no requests. */
export const Payer: Story = {
  parameters: portico({ user: 'payer' }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(appointments(canvasElement).length).toBeGreaterThan(0), { timeout: 5000 });
    await expect(view(canvasElement).querySelector('[part="sections"]')).toBeNull();
    await expect(buttonIn(view(canvasElement), 'Book an appointment')).toBeUndefined();
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
/** The card entry renders into the booking's shadow root. */
const cardEntry = (canvas: HTMLElement) => booking(canvas)?.querySelector('portico-billing-card-entry') ?? null;

/** Opens booking with Dr. Riley Demo and the Initial consultation, which the practice takes payment for up front. */
async function startUpfrontBooking(canvas: HTMLElement, pickSlot = true): Promise<void> {
  await clickButton(() => view(canvas), 'Book an appointment');
  await waitFor(() => expect(listBox(canvas, 'Provider')).toBeTruthy(), { timeout: 5000 });
  await userEvent.selectOptions(listBox(canvas, 'Provider')!, 'tm-riley');
  await waitFor(() => expect(listBox(canvas, 'Service')?.options.length).toBeGreaterThan(1), { timeout: 5000 });
  await userEvent.selectOptions(listBox(canvas, 'Service')!, 'svc-consult');
  if (!pickSlot) return;
  await waitFor(() => expect(slotPicker(canvas)?.querySelector('input[type="radio"]') ?? buttonIn(slotPicker(canvas), /^Show the next day with open times/)).toBeTruthy(), { timeout: 5000 });
  const next = buttonIn(slotPicker(canvas), /^Show the next day with open times/);
  if (next) await userEvent.click(next);
  await waitFor(() => expect(slotPicker(canvas)?.querySelector('input[type="radio"]')).toBeTruthy(), { timeout: 5000 });
  await userEvent.click(slotPicker(canvas)!.querySelector<HTMLInputElement>('input[type="radio"]')!);
  await waitFor(() => expect(cardEntry(canvas)?.querySelector('input[name="method"]')).toBeTruthy(), { timeout: 5000 });
}

/** The service is paid up front: the amount, what happens to it, and how to pay (saved cards or a new card). */
export const UpfrontNeedsPayment: Story = {
  render: withPayments,
  parameters: portico({ provider: false }),
  play: async ({ canvasElement }) => {
    await startUpfrontBooking(canvasElement);
    await expect(textOf(booking(canvasElement))).toContain('is paid when you send the request: $40.00');
    await expect(buttonIn(booking(canvasElement), 'Pay $40.00 and request this time')).toBeTruthy();
  },
};

/** A declined card: says why, nothing sent, the time, note and card kept. */
export const UpfrontPaymentFailed: Story = {
  render: withPayments,
  parameters: portico({ provider: false }),
  play: async ({ canvasElement }) => {
    await startUpfrontBooking(canvasElement);
    await userEvent.click(cardEntry(canvasElement)!.querySelector<HTMLInputElement>('input[name="method"][value="new"]')!);
    await waitFor(() => expect(cardEntry(canvasElement)?.querySelector('.card-field [data-provider="test"]')?.shadowRoot?.querySelector('input[name="number"]')).toBeTruthy(), { timeout: 5000 });
    const fields = cardEntry(canvasElement)!.querySelector('.card-field [data-provider="test"]')!.shadowRoot!;
    await userEvent.type(fields.querySelector<HTMLInputElement>('input[name="number"]')!, '4000 0000 0000 0002');
    await userEvent.type(fields.querySelector<HTMLInputElement>('input[name="expiry"]')!, '12 / 34');
    await userEvent.type(fields.querySelector<HTMLInputElement>('input[name="cvc"]')!, '123');
    await userEvent.click(buttonIn(booking(canvasElement), 'Pay $40.00 and request this time')!);
    await waitFor(() => expect(textOf(booking(canvasElement))).toContain('The payment did not go through: Your card was declined.'), { timeout: 5000 });
    await expect(textOf(booking(canvasElement))).toContain('Chosen time:');
  },
};

/** The practice has no card processing: a service paid up front cannot be requested here, and the view says whom to contact. */
export const UpfrontCardProcessingOff: Story = {
  render: withPayments,
  parameters: portico({ provider: false, setup: (backend) => void (backend.db.data.organisation.features.cardProcessing = false) }),
  play: async ({ canvasElement }) => {
    await startUpfrontBooking(canvasElement, false);
    await waitFor(() => expect(booking(canvasElement)?.querySelector('[part="upfront-unavailable"]')).toBeTruthy(), { timeout: 5000 });
    await expect(textOf(booking(canvasElement))).toContain('To book it, contact the practice:');
    await expect(slotPicker(canvasElement)).toBeNull();
  },
};

const requestsOf = (canvas: HTMLElement) => part(canvas, 'portico-schedule-requests');

/** A pending request paid up front: "Paid $40.00 — refunded if declined or withdrawn", with Withdraw. */
export const UpfrontPaidPending: Story = {
  play: async ({ canvasElement }) => {
    await clickButton(() => view(canvasElement), 'Your requests');
    await waitFor(() => expect(requestsOf(canvasElement)?.querySelector('[data-id="req-avery-upfront-pending"] [part="payment"]')).toBeTruthy(), { timeout: 5000 });
    await expect(textOf(requestsOf(canvasElement)!.querySelector('[data-id="req-avery-upfront-pending"]'))).toContain('Paid $40.00 — refunded if declined or withdrawn');
  },
};

/** A declined request whose up-front payment the practice refunded. */
export const UpfrontRefunded: Story = {
  play: async ({ canvasElement }) => {
    await clickButton(() => view(canvasElement), 'Your requests');
    await waitFor(() => expect(requestsOf(canvasElement)?.querySelector('[data-id="req-avery-upfront-declined"] [part="payment"]')).toBeTruthy(), { timeout: 5000 });
    await expect(textOf(requestsOf(canvasElement)!.querySelector('[data-id="req-avery-upfront-declined"]'))).toContain('Refunded $40.00');
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
    await clickButton(() => view(canvasElement), 'Your requests');
    await waitFor(() => expect(requestsOf(canvasElement)?.querySelector('[data-id="req-avery-upfront-declined"] [part="payment"]')).toBeTruthy(), { timeout: 5000 });
    await expect(textOf(requestsOf(canvasElement)!.querySelector('[data-id="req-avery-upfront-pending"]'))).toContain('$40.00 held on your card');
    await expect(textOf(requestsOf(canvasElement)!.querySelector('[data-id="req-avery-upfront-declined"]'))).toContain('Voided');
  },
};
