import * as z from 'zod/mini';
import { Id, Instant, Language, LocalDate, LocalTime, TimeZone, named } from './common.js';

export const Address = named(
  'Address',
  z.object({ line1: z.string(), line2: z.optional(z.string()), city: z.string(), region: z.string(), postalCode: z.string(), country: z.string() }),
);

/** Contact details the user keeps up to date (ACCT-3). Empty strings mean "not given". */
export const Profile = named(
  'Profile',
  z.object({
    firstName: z.string(),
    lastName: z.string(),
    preferredName: z.string(),
    pronouns: z.string(),
    email: z.string(),
    phone: z.string(),
    dateOfBirth: z.nullable(LocalDate),
    address: z.nullable(Address),
    emergencyContact: z.nullable(z.object({ name: z.string(), phone: z.string(), relationship: z.string() })),
  }),
);

export const ProfileInput = named('ProfileInput', z.partial(Profile));

/**
 * Events a user can be told about (ACCT-4). `request-decision-undone`: the practice took back
 * its confirmation or decline of an appointment request (#14).
 */
export const NotificationEvent = z.enum([
  'appointment-created', 'appointment-cancelled', 'appointment-rescheduled', 'appointment-deleted',
  'request-confirmed', 'request-declined', 'request-decision-undone', 'new-message', 'new-document', 'invoice-due',
]);

export const ChannelChoice = z.object({ email: z.boolean(), sms: z.boolean() });

export const NotificationPreferences = named(
  'NotificationPreferences',
  z.object({
    /**
     * Partial: a backend that does not send an event yet (say `request-decision-undone`) is still
     * understood, and a missing event means neither channel (off). `z.record` over an enum would
     * require every key and refuse the whole answer.
     */
    events: z.partialRecord(NotificationEvent, ChannelChoice),
    reminders: z.object({ enabled: z.boolean(), hoursBefore: z.array(z.int().check(z.positive())) }),
    timeZone: TimeZone,
    language: Language,
  }),
);

/** Times in the week the client is available (ACCT-5), in the client's own time zone. */
export const Availability = named(
  'Availability',
  z.object({
    timeZone: TimeZone,
    windows: z.array(
      z.object({ weekday: z.int().check(z.minimum(0), z.maximum(6)), start: LocalTime, end: LocalTime }),
    ),
  }),
);

export const WidgetKind = z.enum([
  'upcoming-appointments', 'recent-messages', 'recent-files', 'recent-activity', 'balance-due', 'open-tasks',
]);

/** The dashboard's widget order and sizes, saved per user (DASH-2). */
export const DashboardLayout = named(
  'DashboardLayout',
  z.object({
    widgets: z.array(z.object({ kind: WidgetKind, size: z.enum(['small', 'medium', 'large']) })),
  }),
);

/** Something that happened with the practice: a call, a visit, and the like (DASH-1). */
export const Activity = named(
  'Activity',
  z.object({
    id: Id,
    kind: z.enum(['call', 'visit', 'message', 'document', 'payment', 'form']),
    occurredAt: Instant,
    summary: z.string(),
  }),
);

/** A prefilled message to the practice owner (ACCT-6). */
export const MessageTemplate = named(
  'MessageTemplate',
  z.object({
    id: Id, label: z.string(), subject: z.string(), text: z.string(),
    /** The practice's default: loaded when the person opens "Contact the practice" (the header's envelope). */
    isDefault: z.optional(z.boolean()),
  }),
);

export const ContactPracticeInput = named(
  'ContactPracticeInput',
  z.object({
    templateId: z.nullable(Id),
    subject: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    text: z.string().check(z.trim(), z.minLength(1), z.maxLength(10_000)),
  }),
);

export const ContactPracticeResult = named(
  'ContactPracticeResult',
  z.object({ id: Id, receivedAt: Instant }),
);

export type Profile = z.output<typeof Profile>;
export type NotificationEvent = z.output<typeof NotificationEvent>;
export type NotificationPreferences = z.output<typeof NotificationPreferences>;
export type Availability = z.output<typeof Availability>;
export type WidgetKind = z.output<typeof WidgetKind>;
export type DashboardLayout = z.output<typeof DashboardLayout>;
export type Activity = z.output<typeof Activity>;
export type MessageTemplate = z.output<typeof MessageTemplate>;
