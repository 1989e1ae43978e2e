import * as z from 'zod/mini';
import { Instant, named } from './common.js';

/** The practice's password rules, shown to the user as they type (ACCT-1). */
export const PasswordPolicy = named(
  'PasswordPolicy',
  z.object({
    minLength: z.int().check(z.positive()),
    requireUppercase: z.boolean(),
    requireLowercase: z.boolean(),
    requireDigit: z.boolean(),
    requireSymbol: z.boolean(),
  }),
);

export const SignInInput = named(
  'SignInInput',
  z.object({ email: z.string().check(z.minLength(1)), password: z.string().check(z.minLength(1)) }),
);

/**
 * The backend owns credentials; a successful sign-in hands the host an access token, which
 * the host keeps and gives back through `getAccessToken` (tokens come from the host).
 */
export const SignInResult = named(
  'SignInResult',
  z.object({
    accessToken: z.string(),
    expiresAt: Instant,
    /** True after a one-time password: the user must set a new password before anything else. */
    mustChangePassword: z.boolean(),
  }),
);

/** What an invitation link opens (ACCT-1). */
export const Invitation = named(
  'Invitation',
  z.object({
    email: z.string(),
    organisationName: z.string(),
    clientName: z.string(),
    termsUrl: z.string(),
    passwordPolicy: PasswordPolicy,
    expiresAt: Instant,
  }),
);

/** An invitation token, as the invitation link carries it; it travels in bodies, never URLs. */
export const InvitationToken = z.string().check(z.minLength(8));

/** What the enrolment form collects (ACCT-1). */
export const AcceptInvitationInput = z.object({ password: z.string().check(z.minLength(1)), acceptTerms: z.literal(true) });

/** The body of `auth.acceptInvitation`: the form's fields plus the invitation's token. */
export const AcceptInvitationRequest = named(
  'AcceptInvitationRequest',
  z.object({ token: InvitationToken, ...AcceptInvitationInput.shape }),
);

export const ForgotPasswordInput = named('ForgotPasswordInput', z.object({ email: z.string().check(z.minLength(3)) }));

export const ChangePasswordInput = named(
  'ChangePasswordInput',
  z.object({ currentPassword: z.string().check(z.minLength(1)), newPassword: z.string().check(z.minLength(1)) }),
);

export type PasswordPolicy = z.output<typeof PasswordPolicy>;
export type SignInResult = z.output<typeof SignInResult>;
export type Invitation = z.output<typeof Invitation>;
