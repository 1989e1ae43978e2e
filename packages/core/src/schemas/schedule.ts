import * as z from 'zod/mini';
import { PayInvoiceInput } from './billing.js';
import { Id, Instant, Money, named, Name, Title } from './common.js';

export const Service = named(
  'Service',
  z.object({
    id: Id,
    name: Name,
    durationMinutes: z.int().check(z.positive()),
    telehealth: z.boolean(),
    description: z.optional(z.string()),
    /**
     * The practice's rule for self-scheduling (#14.2), per service: a request for this service
     * must carry a payment of exactly this amount, taken up front and refunded or voided by the
     * backend when the practice declines the request or the client withdraws it. Absent: a
     * request is sent without payment.
     */
    upfrontPayment: z.optional(Money),
  }),
);

/** A provider a client may self-schedule with (SCHED-2). */
export const Provider = named(
  'Provider',
  z.object({ id: Id, name: Name, title: Title, serviceIds: z.array(Id), photoUrl: z.nullable(z.string()) }),
);

export const Location = named(
  'Location',
  z.object({ name: Name, address: z.string() }),
);

export const Appointment = named(
  'Appointment',
  z.object({
    id: Id,
    start: Instant,
    end: Instant,
    status: z.enum(['scheduled', 'completed', 'cancelled', 'no-show']),
    provider: z.object({ id: Id, name: Name }),
    service: z.object({ id: Id, name: Name }),
    /** Null when the appointment is telehealth or the practice hides locations (SCHED-1). */
    location: z.nullable(Location),
    telehealthUrl: z.nullable(z.string()),
    cancellationReason: z.optional(z.string()),
    /**
     * What the client owes for this appointment (#14.2): the patient invoice it is billed on
     * and the amount still due there. It is paid through that invoice (`billing.pay`, with the
     * invoice's payment intent key), so an appointment is never charged twice. Absent when
     * nothing is owed or the practice does not take payments in the portal.
     */
    charge: z.optional(z.object({ invoiceId: Id, amountDue: Money })),
  }),
);

export const Slot = named(
  'Slot',
  z.object({ start: Instant, end: Instant, providerId: Id, serviceId: Id }),
);

export const SlotQuery = z.object({
  providerId: Id,
  serviceId: Id,
  from: Instant,
  to: Instant,
});

/**
 * The up-front payment a request carries (#14.2), as it stands now: `authorised` (held on the
 * card, not yet captured), `paid` (captured), `refunded` (captured, then given back) or
 * `voided` (the hold released; nothing was ever taken). `paymentId` is the payment in
 * `billing.listPayments`, when the backend lists it there.
 */
export const RequestPayment = named(
  'RequestPayment',
  z.object({
    status: z.enum(['authorised', 'paid', 'refunded', 'voided']),
    amount: Money,
    paymentId: z.optional(Id),
    methodLabel: z.optional(z.string()),
  }),
);

export const AppointmentRequest = named(
  'AppointmentRequest',
  z.object({
    id: Id,
    provider: z.object({ id: Id, name: Name }),
    service: z.object({ id: Id, name: Name }),
    start: Instant,
    end: Instant,
    status: z.enum(['pending', 'accepted', 'declined', 'withdrawn']),
    note: z.optional(z.string()),
    createdAt: Instant,
    /** When accepted, the appointment it became. */
    appointmentId: z.optional(Id),
    declineReason: z.optional(z.string()),
    /** The up-front payment sent with the request, when its service required one (#14.2). */
    payment: z.optional(RequestPayment),
  }),
);

export const RequestAppointmentInput = named(
  'RequestAppointmentInput',
  z.object({
    providerId: Id,
    serviceId: Id,
    start: Instant,
    note: z.optional(z.string().check(z.maxLength(1000))),
    /**
     * The up-front payment, required when the service has `upfrontPayment` (#14.2): the same
     * body as an invoice payment — the amount (the service's) and exactly one of a single-use
     * `paymentToken` from the host's payment provider (optionally `saveMethod`) or a saved
     * `paymentMethodId`. The request's `Idempotency-Key` is the payment's: a retry carries the
     * same key with a fresh token and must be stored, and charged, once.
     */
    payment: z.optional(PayInvoiceInput),
  }),
);

export const CancelAppointmentInput = named(
  'CancelAppointmentInput',
  z.object({ reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)) }),
);

export const RescheduleAppointmentInput = named(
  'RescheduleAppointmentInput',
  z.object({ start: Instant, reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)) }),
);

export const AppointmentQuery = z.object({
  from: z.optional(Instant),
  to: z.optional(Instant),
  /** `past` for history, `upcoming` for what is next; omit for both. */
  when: z.optional(z.enum(['past', 'upcoming'])),
});

export type Service = z.output<typeof Service>;
export type Provider = z.output<typeof Provider>;
export type Appointment = z.output<typeof Appointment>;
export type Slot = z.output<typeof Slot>;
export type AppointmentRequest = z.output<typeof AppointmentRequest>;
export type RequestPayment = z.output<typeof RequestPayment>;
export type RequestAppointmentInput = z.output<typeof RequestAppointmentInput>;
