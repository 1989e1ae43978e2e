/**
 * Linked sign-in methods (issue #14.6). The mock plays the identity provider too: the
 * authorisation URL it returns is the return URL with the result already added, as if the
 * person had approved at once. Results are single-use.
 */
import { ApiError, badRequest, notFound } from '../errors.js';
import type { MockData } from '../db/types.js';
import { iso } from '../time.js';
import type { AuthedContext } from './types.js';
import type { ImplFor } from './types.js';

interface Linked {
  linkedAt: string;
  accountHint: string;
}

interface SsoState {
  /** userId → providerId → link. */
  links: Map<string, Map<string, Linked>>;
  /** Pending results: result → who started linking which provider. */
  pending: Map<string, { userId: string; providerId: string }>;
}

const states = new WeakMap<MockData, SsoState>();
function stateOf(data: MockData): SsoState {
  let state = states.get(data);
  if (!state) states.set(data, (state = { links: new Map(), pending: new Map() }));
  return state;
}

function methodsOf(ctx: AuthedContext) {
  const links = stateOf(ctx.data).links.get(ctx.user.id);
  return {
    methods: ctx.data.organisation.ssoProviders.map((p) => {
      const link = links?.get(p.id);
      return { providerId: p.id, label: p.label, linked: !!link, ...(link ? { linkedAt: link.linkedAt, accountHint: link.accountHint } : {}) };
    }),
  };
}

function offered(ctx: AuthedContext, providerId: string): void {
  if (!ctx.data.organisation.ssoProviders.some((p) => p.id === providerId)) throw notFound('This sign-in provider');
}

export const signInMethodsImpl: ImplFor<'signInMethods'> = {
  signInMethods: {
    list: (_input, ctx) => methodsOf(ctx),
    startLink: ({ providerId, body }, ctx) => {
      offered(ctx, providerId);
      const result = `sso-${ctx.db.id('sso')}-${providerId}`;
      stateOf(ctx.data).pending.set(result, { userId: ctx.user.id, providerId });
      const url = new URL(body.returnUrl, 'https://portal.harborlane.example/');
      url.searchParams.set('portico_sso', result);
      return { authorizationUrl: url.href };
    },
    completeLink: ({ body }, ctx) => {
      const state = stateOf(ctx.data);
      const pending = state.pending.get(body.result);
      if (!pending || pending.userId !== ctx.user.id) throw badRequest('sso-result-invalid', 'This sign-in link has expired or was already used. Try linking again.');
      state.pending.delete(body.result);
      let links = state.links.get(ctx.user.id);
      if (!links) state.links.set(ctx.user.id, (links = new Map()));
      links.set(pending.providerId, { linkedAt: iso(ctx.now), accountHint: ctx.user.email });
      return methodsOf(ctx);
    },
    unlink: ({ providerId }, ctx) => {
      offered(ctx, providerId);
      const links = stateOf(ctx.data).links.get(ctx.user.id);
      // Every mock user also has a password, so unlinking never leaves them without a way in.
      if (!ctx.user.password && (links?.size ?? 0) <= 1) throw new ApiError(409, 'last-sign-in-method', 'This is your only way to sign in.');
      links?.delete(providerId);
      return methodsOf(ctx);
    },
  },
};
