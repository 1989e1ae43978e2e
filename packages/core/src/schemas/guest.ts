/**
 * Guest actions from a one-time link (issue #12): a person without a portal account pays one
 * invoice, signs one form or answers one appointment. The link's token travels in request
 * bodies only; after the second factor the backend hands out a short-lived `grant` that the
 * action carries beside the token. Nothing else is reachable with either.
 */
import * as z from 'zod/mini';
import { Id, Instant, LocalDate, Money, Name, Title, named } from './common.js';
import { Invoice } from './billing.js';

/** The one-time token of a guest link, as the link's fragment (`#token=…`) carries it. */
export const GuestToken = z.string().check(z.minLength(16), z.maxLength(256));

/** What the link lets a guest do. */
export const GuestAction = z.enum(['pay', 'sign', 'confirm']);

/** Who to contact when a link no longer works. */
export const GuestPractice = named(
  'GuestPractice',
  z.object({ name: Name, phone: z.optional(z.string().check(z.maxLength(60))), email: z.optional(z.string().check(z.maxLength(200))) }),
);

/** The second factor the practice chose for this link. */
export const GuestFactor = named(
  'GuestFactor',
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('date-of-birth') }),
    /** A code the backend sends; `destination` is masked (`•••• 0142`, `a•••@example.com`). */
    z.object({ kind: z.literal('code'), channel: z.enum(['sms', 'email']), destination: z.string().check(z.maxLength(200)) }),
  ]),
);

/**
 * What a link is, before the second factor: no health detail, only the kind of action, the
 * factor and the practice. A link that no longer works says why (`expired`, `used`, `revoked`,
 * `locked` after too many wrong answers).
 */
export const GuestLink = named(
  'GuestLink',
  z.discriminatedUnion('state', [
    z.object({ state: z.literal('open'), action: GuestAction, factor: GuestFactor, practice: GuestPractice, expiresAt: Instant }),
    z.object({ state: z.literal(['expired', 'used', 'revoked', 'locked']), practice: GuestPractice }),
  ]),
);

/** The body every guest operation starts from: the link's token, never in a URL. */
export const GuestTokenBody = named('GuestTokenBody', z.object({ token: GuestToken }));

/** The answer to the second factor: the date of birth or the code, as the link's factor asks. */
export const GuestVerifyInput = named(
  'GuestVerifyInput',
  z.object({ token: GuestToken, dateOfBirth: z.optional(LocalDate), code: z.optional(z.string().check(z.minLength(1), z.maxLength(12))) }),
);

/** A form to sign, as a guest sees it: its title, what the signature agrees to, and whose name to type. */
export const GuestForm = named(
  'GuestForm',
  z.object({ id: Id, title: Title, statement: z.string().check(z.maxLength(10_000)), signerName: Name }),
);

/** An appointment, as a guest sees it. */
export const GuestAppointment = named(
  'GuestAppointment',
  z.object({
    id: Id,
    start: Instant,
    end: Instant,
    serviceName: Name,
    providerName: Name,
    /** Null for telehealth or when the practice hides locations. */
    locationName: z.nullable(Name),
    /** What the guest answered so far, if anything. */
    response: z.nullable(z.enum(['confirmed', 'cancelled', 'reschedule-requested'])),
  }),
);

/** The one item the link is for, shown after the second factor. */
export const GuestItem = named(
  'GuestItem',
  z.discriminatedUnion('action', [
    z.object({ action: z.literal('pay'), invoice: Invoice }),
    z.object({ action: z.literal('sign'), form: GuestForm }),
    z.object({ action: z.literal('confirm'), appointment: GuestAppointment }),
  ]),
);

/** The answer to a right second factor: a short-lived grant for the action, and the item. */
export const GuestGrant = named('GuestGrant', z.object({ grant: z.string().check(z.minLength(8), z.maxLength(256)), expiresAt: Instant, item: GuestItem }));

const GuestCall = { token: GuestToken, grant: z.string().check(z.minLength(8), z.maxLength(256)) };

/** Pay the link's invoice with a payment provider's one-time token (the full balance or part). */
export const GuestPayInput = named('GuestPayInput', z.object({ ...GuestCall, amount: Money, paymentToken: z.string().check(z.minLength(1)) }));

/** Complete a guest payment that required the bank's extra confirmation (3-D Secure). */
export const GuestConfirmPaymentInput = named(
  'GuestConfirmPaymentInput',
  z.object({ ...GuestCall, actionToken: z.string(), confirmationToken: z.string() }),
);

/** Sign the link's form with a typed signature: the signer's name as the backend gave it. */
export const GuestSignInput = named('GuestSignInput', z.object({ ...GuestCall, typedName: z.string().check(z.minLength(1), z.maxLength(200)) }));

export const GuestSigned = named('GuestSigned', z.object({ signedAt: Instant, signerName: Name }));

/** Answer the link's appointment: confirm it, cancel it, or ask the practice to reschedule. */
export const GuestRespondInput = named(
  'GuestRespondInput',
  z.object({ ...GuestCall, response: z.enum(['confirm', 'cancel', 'reschedule']), note: z.optional(z.string().check(z.maxLength(1000))) }),
);

export type GuestToken = z.output<typeof GuestToken>;
export type GuestAction = z.output<typeof GuestAction>;
export type GuestPractice = z.output<typeof GuestPractice>;
export type GuestFactor = z.output<typeof GuestFactor>;
export type GuestLink = z.output<typeof GuestLink>;
export type GuestForm = z.output<typeof GuestForm>;
export type GuestAppointment = z.output<typeof GuestAppointment>;
export type GuestItem = z.output<typeof GuestItem>;
export type GuestGrant = z.output<typeof GuestGrant>;
export type GuestSigned = z.output<typeof GuestSigned>;
export type GuestRespondInput = z.output<typeof GuestRespondInput>;
