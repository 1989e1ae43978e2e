import * as z from 'zod/mini';
import { Currency, Id, Language, TimeZone, named, Name, Title } from './common.js';

/** Who the signed-in person is to the practice (ROLE-1). */
export const Role = z.enum(['client', 'contact', 'payer']);

/** Organisation-level feature switches (ROLE-2); each may be overridden per client. */
export const Features = named(
  'Features',
  z.object({
    payments: z.boolean(),
    messaging: z.boolean(),
    selfScheduling: z.boolean(),
    insuranceDisplay: z.boolean(),
    addPayers: z.boolean(),
    contactAccess: z.boolean(),
    hideLocation: z.boolean(),
    /**
     * Whether the practice has card processing set up (#14.2). Without it, paying online is
     * shown greyed out with the reason even where `payments` is on. Absent means it has.
     */
    cardProcessing: z.optional(z.boolean()),
    /** Shows the profile-completion indicator in the portal header (absent: off). */
    profileCompletion: z.optional(z.boolean()),
    /** Takes new clients' registrations from the portal's new-client link (absent: on). */
    selfRegistration: z.optional(z.boolean()),
  }),
);

/** Modules an organisation may subscribe to (ROLE-3). Unsubscribed modules are absent. */
export const Module = z.enum([
  'dashboard', 'team', 'messages', 'files', 'billing', 'schedule', 'tasks', 'forms', 'clinical', 'account',
]);

/** The practice's brand (BRAND-1). Colours are CSS colour strings. */
export const Branding = named(
  'Branding',
  z.object({
    logoUrl: z.nullable(z.string()),
    primaryColor: z.string(),
    accentColor: z.optional(z.string()),
    fontFamily: z.optional(z.string()),
    radius: z.optional(z.enum(['none', 'small', 'medium', 'large'])),
    density: z.optional(z.enum(['compact', 'comfortable', 'spacious'])),
    colorScheme: z.optional(z.enum(['light', 'dark', 'auto'])),
  }),
);

/** Rules the practice sets that the portal explains and enforces in the UI. */
export const PracticeRules = named(
  'PracticeRules',
  z.object({
    /** Cancelling or rescheduling closer than this to the start is refused. */
    cancellationNoticeHours: z.int().check(z.nonnegative()),
    /** How far ahead a client may self-schedule. */
    bookingHorizonDays: z.int().check(z.positive()),
    /** Largest upload the practice accepts, in bytes. */
    maxUploadBytes: z.int().check(z.positive()),
    /** MIME types (or `type/*`) accepted for uploads. */
    acceptedUploadTypes: z.array(z.string()),
    /** Minutes of inactivity before the portal signs out (SEC-3). */
    idleTimeoutMinutes: z.int().check(z.positive()),
  }),
);

export const Organisation = named(
  'Organisation',
  z.object({
    id: Id,
    name: Name,
    timeZone: TimeZone,
    currency: Currency,
    phone: z.optional(z.string()),
    email: z.optional(z.string()),
    website: z.optional(z.string()),
    branding: Branding,
    features: Features,
    modules: z.array(Module),
    rules: PracticeRules,
    /** SSO providers offered on the sign-in screen (ACCT-2). */
    ssoProviders: z.array(z.object({ id: Id, label: z.string() })),
  }),
);

/** A client the signed-in user may act for, with the practice's per-client overrides. */
export const ClientSummary = named(
  'ClientSummary',
  z.object({
    id: Id,
    name: Name,
    preferredName: z.optional(z.string()),
    dateOfBirth: z.optional(z.iso.date()),
    /** Per-client feature overrides; an absent key inherits the organisation's switch. */
    overrides: z.partial(Features),
    /**
     * How the signed-in user relates to this client: the client themself, a guardian acting
     * for a minor, another contact the practice let in, or a payer (ROLE-1).
     */
    relationship: z.enum(['self', 'guardian', 'contact', 'payer']),
    /**
     * For a guardian: whether the practice records them as the client's personal
     * representative (e.g. the parent of a minor). Only then may they see the care plan.
     * Absent means no; other contacts never see it.
     */
    personalRepresentative: z.optional(z.boolean()),
    /** The professional assigned to this client, shown in the header (SHELL-1). */
    assignedProfessional: z.nullable(z.object({ id: Id, name: Name, title: Title })),
  }),
);

export const PortalUser = named(
  'PortalUser',
  z.object({
    id: Id,
    name: Name,
    email: z.string(),
    role: Role,
    language: Language,
    timeZone: TimeZone,
    /** The person's photo for the header's account menu; initials show without one. */
    photoUrl: z.optional(z.nullable(z.string())),
    /** True after a one-time password sign-in: the user must choose a new password first. */
    mustChangePassword: z.boolean(),
  }),
);

/** Everything the portal needs to render the shell: who, for whom, under which rules. */
export const Session = named(
  'Session',
  z.object({
    user: PortalUser,
    organisation: Organisation,
    /** Clients this user may act for: one for a client, several for a guardian. */
    clients: z.array(ClientSummary).check(z.minLength(1)),
    /** The client selected by default. */
    defaultClientId: Id,
  }),
);

export type Role = z.output<typeof Role>;
export type Features = z.output<typeof Features>;
export type Module = z.output<typeof Module>;
export type Branding = z.output<typeof Branding>;
export type PracticeRules = z.output<typeof PracticeRules>;
export type Organisation = z.output<typeof Organisation>;
export type ClientSummary = z.output<typeof ClientSummary>;
export type PortalUser = z.output<typeof PortalUser>;
export type Session = z.output<typeof Session>;
