/**
 * Routes of the `signInMethods` domain (issue #14.6): the single sign-on providers linked to the
 * signed-in person's account, where the organisation enables SSO (`Organisation.ssoProviders`).
 */
import * as z from 'zod/mini';
import { route } from '../route.js';
import { Id } from '../../schemas/common.js';
import { SignInMethods, SsoAuthorization, SsoLinkResult, SsoLinkStart } from '../../schemas/sign-in-methods.js';

const provider = z.object({ providerId: Id });

export const signInMethods = {
  list: route({ method: 'GET', path: '/me/sign-in-methods', summary: 'The organisation\'s SSO providers and which the person linked', response: SignInMethods }),
  startLink: route({
    method: 'POST', path: '/me/sign-in-methods/{providerId}/link', params: provider, body: SsoLinkStart, response: SsoAuthorization,
    summary: 'Start linking a provider: the URL of its authorisation page',
    description: 'The backend runs the OAuth flow; its callback sends the person back to `returnUrl` with `portico_sso=<result>` added to the query. 404 for a provider the organisation does not offer.',
  }),
  completeLink: route({
    method: 'POST', path: '/me/sign-in-methods/complete', body: SsoLinkResult, response: SignInMethods,
    summary: 'Finish linking with the result the callback handed back',
    description: 'A result that is unknown, used or expired answers 400 `sso-result-invalid`; an account linked to another portal user 409 `sso-account-in-use`.',
  }),
  unlink: route({
    method: 'DELETE', path: '/me/sign-in-methods/{providerId}', params: provider, response: SignInMethods,
    summary: 'Unlink a provider',
    description: 'Refused with 409 `last-sign-in-method` when it is the only way left to sign in.',
  }),
};
