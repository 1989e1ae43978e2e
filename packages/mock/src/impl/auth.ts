/** Session and sign-in (ACCT-1, ACCT-2). */
import type { PasswordPolicy } from '@portico/core';
import { ApiError, badRequest, conflict, notFound } from '../errors.js';
import type { MockData, UserRecord } from '../db/types.js';
import { HOUR, iso } from '../time.js';
import type { ImplFor, PublicContext } from './types.js';

/** Checks a new password against the practice's rules; 400 `weak-password` with one issue per rule. */
export function checkPassword(policy: PasswordPolicy, password: string, path: string): void {
  const issues: { path: string; message: string }[] = [];
  if (password.length < policy.minLength) issues.push({ path, message: `Use at least ${policy.minLength} characters.` });
  if (policy.requireUppercase && !/[A-Z]/.test(password)) issues.push({ path, message: 'Include an upper-case letter.' });
  if (policy.requireLowercase && !/[a-z]/.test(password)) issues.push({ path, message: 'Include a lower-case letter.' });
  if (policy.requireDigit && !/\d/.test(password)) issues.push({ path, message: 'Include a digit.' });
  if (policy.requireSymbol && !/[^A-Za-z0-9]/.test(password)) issues.push({ path, message: 'Include a symbol.' });
  if (issues.length) throw badRequest('weak-password', 'The new password does not meet the practice\'s password rules.', issues);
}

function issueToken(ctx: PublicContext, user: UserRecord) {
  const accessToken = `session-${user.id}-${ctx.db.id('t')}`;
  ctx.db.sessionTokens.set(accessToken, user.id);
  return { accessToken, expiresAt: iso(ctx.now + 8 * HOUR), mustChangePassword: user.mustChangePassword };
}

function findInvitation(data: MockData, token: string) {
  const invitation = data.invitations.find((i) => i.token === token);
  if (!invitation) throw notFound('This invitation');
  if (invitation.used) throw conflict('invitation-used', 'This invitation has already been used. Sign in instead.');
  return invitation;
}

export const authImpl: ImplFor<'session' | 'auth'> = {
  session: {
    get: (_input, ctx) => ctx.session,
  },
  auth: {
    signIn: ({ body }, ctx) => {
      const user = ctx.data.users.find((u) => u.email.toLowerCase() === body.email.trim().toLowerCase());
      const oneTime = user?.oneTimePassword !== null && user?.oneTimePassword === body.password;
      if (!user || (user.password !== body.password && !oneTime)) {
        throw new ApiError(401, 'invalid-credentials', 'The email or password is not right.');
      }
      if (oneTime) user.mustChangePassword = true;
      return issueToken(ctx, user);
    },
    signOut: (_input, ctx) => {
      // Ends sign-in sessions; the long-lived demo tokens stay valid so stories keep working.
      for (const [token, userId] of ctx.db.sessionTokens) if (userId === ctx.user.id) ctx.db.sessionTokens.delete(token);
    },
    forgotPassword: () => undefined,
    changePassword: ({ body }, ctx) => {
      const user = ctx.user;
      if (body.currentPassword !== user.password && body.currentPassword !== user.oneTimePassword) {
        throw badRequest('wrong-password', 'The current password is not right.', [{ path: 'currentPassword', message: 'Not your current password' }]);
      }
      checkPassword(ctx.data.passwordPolicy, body.newPassword, 'newPassword');
      user.password = body.newPassword;
      user.oneTimePassword = null;
      user.mustChangePassword = false;
    },
    passwordPolicy: (_input, ctx) => ctx.data.passwordPolicy,
    getInvitation: ({ body }, ctx) => {
      const invitation = findInvitation(ctx.data, body.token);
      const user = ctx.data.users.find((u) => u.id === invitation.userId)!;
      return {
        email: user.email, organisationName: ctx.data.organisation.name, clientName: invitation.clientName,
        termsUrl: 'https://harborlane.example/terms', passwordPolicy: ctx.data.passwordPolicy, expiresAt: invitation.expiresAt,
      };
    },
    acceptInvitation: ({ body }, ctx) => {
      const invitation = findInvitation(ctx.data, body.token);
      checkPassword(ctx.data.passwordPolicy, body.password, 'password');
      const user = ctx.data.users.find((u) => u.id === invitation.userId)!;
      user.password = body.password;
      user.mustChangePassword = false;
      invitation.used = true;
      return issueToken(ctx, user);
    },
  },
};
