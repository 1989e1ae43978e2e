/**
 * Self-registration of a new client (issue #14.3): the "new client" shortcut link opens
 * `<portico-registration>`. The backend creates the client and sends the invitation; whether a
 * registration duplicates an existing client is the backend's call (409 `duplicate-client`).
 */
import * as z from 'zod/mini';
import { LocalDate, named } from './common.js';

/** What the registration page shows before anyone signs in. */
export const RegistrationInfo = named(
  'RegistrationInfo',
  z.object({
    organisationName: z.string().check(z.maxLength(200)),
    /** The practice's terms; linked through `safeUrl`. */
    termsUrl: z.string().check(z.maxLength(2000)),
    /** False when the practice does not take registrations through the portal. */
    open: z.boolean(),
  }),
);

export const RegistrationInput = named(
  'RegistrationInput',
  z.object({
    firstName: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    lastName: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    email: z.string().check(z.trim(), z.minLength(3), z.maxLength(320)),
    phone: z.optional(z.string().check(z.maxLength(40))),
    dateOfBirth: LocalDate,
    acceptTerms: z.literal(true),
  }),
);

/** Accepted: the invitation goes to `email` (said back, so the person knows where to look). */
export const RegistrationResult = named('RegistrationResult', z.object({ invitationSentTo: z.string() }));

export type RegistrationInfo = z.output<typeof RegistrationInfo>;
export type RegistrationInput = z.output<typeof RegistrationInput>;
