/**
 * The contract suite's setup for any backend reached over HTTP: REST adapters for three
 * bearer tokens, and the client each user acts for found in their own session (no seed ids).
 * Without sign-in credentials or an invitation token, the tests that need them are skipped.
 */
import type { PortalAdapter } from '../contract/adapter.js';
import { createRestAdapter } from '../rest/rest-adapter.js';
import { ContractSkip } from './assert.js';
import type { AdapterContractSetup, ContractUser } from './suites/context.js';

export interface HttpContractOptions {
  /** Where the REST contract is served, e.g. `http://localhost:4010/api`. */
  baseUrl: string;
  /**
   * A bearer token per user: the client themself, a guardian of some client, and a payer of
   * some client. Each user's client is the first of their session's clients with that relationship.
   */
  tokens: Record<ContractUser, string>;
  /** A user who signs in with a password (the suite changes it and changes it back). */
  credentials?: { email: string; password: string };
  /** An unused invitation token (the suite enrols with it once). */
  invitationToken?: string;
  /** The payment provider's test tokens. Default: the Stripe-style `tok_visa` family the mock uses. */
  paymentTokens?: AdapterContractSetup['paymentTokens'];
  /** Guest links in each state (see `AdapterContractSetup.guestLinks`); without them those checks are skipped. */
  guestLinks?: AdapterContractSetup['guestLinks'];
  /** Per-request timeout in milliseconds. Default 20 000. */
  timeout?: number;
  /** A fetch implementation; defaults to the global one. */
  fetch?: typeof fetch;
}

const RELATIONSHIP: Record<ContractUser, string> = { client: 'self', guardian: 'guardian', payer: 'payer' };

/** Builds the suite's setup; it asks each user's session once, to find their client. */
export async function httpContractSetup(options: HttpContractOptions): Promise<AdapterContractSetup> {
  const adapterForToken = (token: string): PortalAdapter =>
    createRestAdapter({
      baseUrl: options.baseUrl,
      getAccessToken: () => token,
      // Failures show at once: the suite checks what the backend answers, not the retries.
      retry: { limit: 0 },
      ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  const adapters = new Map<ContractUser, PortalAdapter>();
  const clients = new Map<ContractUser, string>();
  for (const user of ['client', 'guardian', 'payer'] as const) {
    const adapter = adapterForToken(options.tokens[user]);
    let session;
    try {
      session = await adapter.session.get();
    } catch (error) {
      throw new Error(`GET /session with the ${user} token failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    const client = session.clients.find((c) => c.relationship === RELATIONSHIP[user]);
    if (!client) throw new Error(`the ${user} token's session has no client with relationship "${RELATIONSHIP[user]}"`);
    adapters.set(user, adapter);
    clients.set(user, client.id);
  }
  const { credentials, invitationToken } = options;
  return {
    adapterFor: (user) => adapters.get(user)!,
    clientIdFor: (user) => clients.get(user)!,
    adapterForToken,
    get credentials() {
      if (!credentials) throw new ContractSkip('needs sign-in credentials (--email and --password)');
      return credentials;
    },
    invitationToken() {
      if (!invitationToken) throw new ContractSkip('needs an unused invitation token (--invitation-token)');
      return invitationToken;
    },
    paymentTokens: options.paymentTokens ?? { succeeds: 'tok_visa', declines: 'tok_chargeDeclined', requiresAction: 'tok_threeDSecure', confirms: 'tok_visa' },
    ...(options.guestLinks ? { guestLinks: options.guestLinks } : {}),
    baseUrl: options.baseUrl,
  };
}
