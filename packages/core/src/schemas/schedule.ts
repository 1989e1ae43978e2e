import * as z from 'zod/mini';
import { Id, Instant, Money, named, Name, Title } from './common.js';

export const Service = named(
  'Service',
  z.object({
    id: Id,
    name: Name,
    durationMinutes: z.int().check(z.positive()),
    telehealth: z.boolean(),
    description: z.optional(z.string()),
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
  }),
);

export const RequestAppointmentInput = named(
  'RequestAppointmentInput',
  z.object({
    providerId: Id,
    serviceId: Id,
    start: Instant,
    note: z.optional(z.string().check(z.maxLength(1000))),
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
