/**
 * Password recovery with a one-time code (issue #14.8), instead of a security question: NIST
 * SP 800-63B §5.1.1.2 tells verifiers not to prompt for knowledge-based hints. See docs/security.md.
 */
import * as z from 'zod/mini';
import { Instant, named } from './common.js';
import { PasswordPolicy } from './auth.js';

/** Where the code goes: the account's email address or its mobile number (SMS). */
export const RecoveryChannel = z.enum(['email', 'sms']);

/**
 * Asks for a code. The answer is the same whether or not the address is known (or has a mobile
 * number), so it never tells who has an account.
 */
export const RecoveryCodeRequest = named(
  'RecoveryCodeRequest',
  z.object({ email: z.string().check(z.minLength(3), z.maxLength(320)), channel: RecoveryChannel }),
);

/** The code the person typed, for the address they asked with. */
export const RecoveryCodeCheck = named(
  'RecoveryCodeCheck',
  z.object({ email: z.string().check(z.minLength(3), z.maxLength(320)), code: z.string().check(z.minLength(4), z.maxLength(12)) }),
);

/**
 * A right code: a short-lived token that allows one password reset, and the rules the new
 * password must meet. The element holds the token in memory only.
 */
export const RecoveryTicket = named(
  'RecoveryTicket',
  z.object({ resetToken: z.string().check(z.minLength(8)), expiresAt: Instant, passwordPolicy: PasswordPolicy }),
);

export const RecoveryReset = named(
  'RecoveryReset',
  z.object({ resetToken: z.string().check(z.minLength(8)), newPassword: z.string().check(z.minLength(1)) }),
);

export type RecoveryChannel = z.output<typeof RecoveryChannel>;
export type RecoveryTicket = z.output<typeof RecoveryTicket>;
