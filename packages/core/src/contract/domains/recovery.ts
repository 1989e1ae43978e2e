/**
 * Routes of the `recovery` domain (issue #14.8): password recovery with a one-time code by
 * email or SMS, in three steps; see `../routes.ts` and docs/security.md.
 */
import { route } from '../route.js';
import { RecoveryCodeCheck, RecoveryCodeRequest, RecoveryReset, RecoveryTicket } from '../../schemas/recovery.js';

export const recovery = {
  requestCode: route({
    method: 'POST', path: '/auth/recovery/code', authenticated: false, body: RecoveryCodeRequest, response: null, status: 202,
    summary: 'Send a one-time recovery code by email or SMS (always 202, whether or not the address is known)',
    description: 'Too many requests for one address answer 429 with code `rate-limited`; the element asks the person to wait.',
  }),
  verifyCode: route({
    method: 'POST', path: '/auth/recovery/verify', authenticated: false, body: RecoveryCodeCheck, response: RecoveryTicket,
    summary: 'Check a recovery code; a right one gives a short-lived reset token',
    description: 'A wrong code answers 400 `invalid-code` (an issue on `code`); an old one 400 `code-expired`; after too many wrong tries the code is locked: 423 `code-locked`, and the person asks for a new one.',
  }),
  resetPassword: route({
    method: 'POST', path: '/auth/recovery/reset', authenticated: false, body: RecoveryReset, response: null, status: 204,
    summary: 'Set a new password with the reset token from verifyCode (used once)',
    description: 'A password against the rules answers 400 `weak-password` with issues on `newPassword`; a used or expired token 400 `reset-expired`.',
  }),
};
