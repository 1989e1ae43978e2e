/**
 * Single sign-on providers linked to the signed-in person's account (issue #14.6). The backend
 * does the OAuth dance; Portico starts it (the backend's authorisation URL) and finishes it
 * (the opaque result the backend's callback hands back).
 */
import * as z from 'zod/mini';
import { Id, Instant, named } from './common.js';

/** One provider the organisation enabled, and whether this person linked it. */
export const SignInMethod = named(
  'SignInMethod',
  z.object({
    providerId: Id,
    label: z.string().check(z.maxLength(200)),
    linked: z.boolean(),
    /** When it was linked (absent when not linked). */
    linkedAt: z.optional(Instant),
    /** The provider account's name or address, as the provider gave it, e.g. `avery@example.com`. */
    accountHint: z.optional(z.string().check(z.maxLength(320))),
  }),
);

export const SignInMethods = named('SignInMethods', z.object({ methods: z.array(SignInMethod) }));

/** Where the backend's OAuth callback sends the person back to (the page they started on). */
export const SsoLinkStart = named('SsoLinkStart', z.object({ returnUrl: z.string().check(z.minLength(1), z.maxLength(2000)) }));

export const SsoAuthorization = named('SsoAuthorization', z.object({ authorizationUrl: z.string().check(z.minLength(1)) }));

/** The opaque result the backend's callback put in the return URL (`portico_sso=`). */
export const SsoLinkResult = named('SsoLinkResult', z.object({ result: z.string().check(z.minLength(8), z.maxLength(2000)) }));

export type SignInMethod = z.output<typeof SignInMethod>;
export type SignInMethods = z.output<typeof SignInMethods>;
