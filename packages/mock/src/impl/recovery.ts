/**
 * Password recovery with a one-time code (issue #14.8). The mock "sends" every code as
 * `DEMO_RECOVERY_CODE`, so stories and tests can type it; a real backend sends a random one.
 * Requests per address are limited, wrong codes lock the code, and nothing says whether an
 * address is known.
 */
import { ApiError, badRequest } from '../errors.js';
import type { MockData } from '../db/types.js';
import { MINUTE, iso } from '../time.js';
import { checkPassword } from './auth.js';
import type { ImplFor } from './types.js';

/** The code the mock sends (by "email" or "SMS"). */
export const DEMO_RECOVERY_CODE = '246810';

/** Codes per address within {@link WINDOW}; one more answers 429. */
export const RECOVERY_REQUEST_LIMIT = 3;
/** Wrong codes before the code locks. */
export const RECOVERY_ATTEMPT_LIMIT = 5;
const WINDOW = 15 * MINUTE;
const CODE_LIFETIME = 10 * MINUTE;
const TICKET_LIFETIME = 10 * MINUTE;

interface PendingCode {
  userId: string;
  issuedAt: number;
  wrongTries: number;
}

interface RecoveryState {
  requests: Map<string, number[]>;
  codes: Map<string, PendingCode>;
  tickets: Map<string, { userId: string; expiresAt: number }>;
}

/** Per data set, so `reset()` (new data) forgets every code. */
const states = new WeakMap<MockData, RecoveryState>();
function stateOf(data: MockData): RecoveryState {
  let state = states.get(data);
  if (!state) states.set(data, (state = { requests: new Map(), codes: new Map(), tickets: new Map() }));
  return state;
}

const key = (email: string) => email.trim().toLowerCase();

export const recoveryImpl: ImplFor<'recovery'> = {
  recovery: {
    requestCode: ({ body }, ctx) => {
      const state = stateOf(ctx.data);
      const address = key(body.email);
      const recent = (state.requests.get(address) ?? []).filter((at) => ctx.now - at < WINDOW);
      if (recent.length >= RECOVERY_REQUEST_LIMIT) {
        throw new ApiError(429, 'rate-limited', 'Too many codes were asked for this address. Wait 15 minutes and try again.');
      }
      state.requests.set(address, [...recent, ctx.now]);
      const user = ctx.data.users.find((u) => key(u.email) === address);
      // SMS needs a mobile number on the profile; either way the answer is the same 202.
      const reachable = user && (body.channel === 'email' || !!ctx.data.profiles[user.id]?.phone);
      if (user && reachable) state.codes.set(address, { userId: user.id, issuedAt: ctx.now, wrongTries: 0 });
    },
    verifyCode: ({ body }, ctx) => {
      const state = stateOf(ctx.data);
      const address = key(body.email);
      const pending = state.codes.get(address);
      const wrong = () => badRequest('invalid-code', 'That code is not right. Check it and try again.', [{ path: 'code', message: 'Not the code we sent' }]);
      if (!pending) throw wrong();
      if (pending.wrongTries >= RECOVERY_ATTEMPT_LIMIT) throw new ApiError(423, 'code-locked', 'Too many wrong codes. Ask for a new code.');
      if (ctx.now - pending.issuedAt > CODE_LIFETIME) throw badRequest('code-expired', 'This code has expired. Ask for a new code.');
      if (body.code.trim() !== DEMO_RECOVERY_CODE) {
        pending.wrongTries += 1;
        if (pending.wrongTries >= RECOVERY_ATTEMPT_LIMIT) throw new ApiError(423, 'code-locked', 'Too many wrong codes. Ask for a new code.');
        throw wrong();
      }
      state.codes.delete(address);
      const resetToken = `reset-${ctx.db.id('r')}-${pending.userId}`;
      const expiresAt = ctx.now + TICKET_LIFETIME;
      state.tickets.set(resetToken, { userId: pending.userId, expiresAt });
      return { resetToken, expiresAt: iso(expiresAt), passwordPolicy: ctx.data.passwordPolicy };
    },
    resetPassword: ({ body }, ctx) => {
      const state = stateOf(ctx.data);
      const ticket = state.tickets.get(body.resetToken);
      if (!ticket || ctx.now > ticket.expiresAt) throw badRequest('reset-expired', 'This reset has expired. Ask for a new code.');
      checkPassword(ctx.data.passwordPolicy, body.newPassword, 'newPassword');
      const user = ctx.data.users.find((u) => u.id === ticket.userId)!;
      user.password = body.newPassword;
      user.oneTimePassword = null;
      user.mustChangePassword = false;
      state.tickets.delete(body.resetToken);
      // Sign-in sessions of this user end: whoever knew the old password is out.
      for (const [token, userId] of ctx.db.sessionTokens) if (userId === user.id) ctx.db.sessionTokens.delete(token);
    },
  },
};
