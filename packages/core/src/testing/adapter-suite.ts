/**
 * The adapter contract suite (Lion's reusable test suites): mocha tests that prove a
 * `PortalAdapter` and the backend behind it keep Portico's contract. Every operation of the
 * route table is called at least once and what comes back is checked; so are the rules that
 * cut across operations (payers and the care plan, hidden team members, idempotency keys,
 * cursors, unknown ids).
 *
 * ```ts
 * import { describeAdapterContract } from '@portico/core/testing';
 *
 * describeAdapterContract('my backend', async () => ({
 *   adapterFor: (user) => createRestAdapter({ baseUrl, getAccessToken: () => tokens[user] }),
 *   clientIdFor: (user) => clients[user],
 *   adapterForToken: (token) => createRestAdapter({ baseUrl, getAccessToken: () => token }),
 *   credentials: { email: 'test-client@example.com', password: '…' },
 *   invitationToken: () => createInvitation(),
 *   paymentTokens: { succeeds: 'tok_visa', declines: 'tok_chargeDeclined', requiresAction: 'tok_threeDSecure', confirms: 'tok_visa' },
 *   reset: () => resetTestData(),
 * }));
 * ```
 *
 * Ids are discovered from list responses, so the suite runs against any backend with a modest
 * amount of data (see docs/rest-contract.md, "Run the contract suite against your backend").
 * Exported from `@portico/core/testing`, never from the main entry.
 * @module
 */
import { listOperations } from '../contract/route.js';
import { routes } from '../contract/routes.js';
import { check } from './assert.js';
import { ContractContext, runnerGlobals, type AdapterContractSetup, type SuiteApi } from './suites/context.js';
import { accountSuites } from './suites/account.js';
import { messageSuites } from './suites/messages.js';
import { billingSuites } from './suites/billing.js';
import { scheduleSuites } from './suites/schedule.js';
import { clinicalSuites } from './suites/clinical.js';
import { ruleSuites } from './suites/rules.js';
import { auditSuites } from './suites/audit.js';
import { guestSuites } from './suites/guest.js';
import { recoverySuites } from './suites/recovery.js';
import { signInMethodsSuites } from './suites/sign-in-methods.js';
import { registrationSuites } from './suites/registration.js';

export type { AdapterContractSetup, ContractUser, GuestLinkFixture, SuiteApi } from './suites/context.js';
export { runConformance, type ConformanceOptions, type ConformanceResult, type CheckResult } from './conformance.js';
export { httpContractSetup, type HttpContractOptions } from './http-setup.js';
export { ContractAssertionError, ContractSkip } from './assert.js';

export interface AdapterContractOptions {
  /**
   * Skip the final check that every operation of the route table was called (for a run that
   * filters tests with `--grep`).
   */
  skipCoverage?: boolean;
}

/**
 * Registers the contract tests in a `describe(name)` block. `setup` runs once, in a `before`
 * hook; `reset()` (when given) runs before every test, so tests never depend on each other.
 */
export function describeAdapterContract(
  name: string,
  setup: () => AdapterContractSetup | Promise<AdapterContractSetup>,
  options: AdapterContractOptions = {},
): void {
  registerAdapterContract(runnerGlobals(), name, setup, options);
}

/**
 * The same tests registered with any BDD-style `api` (`describe`, `it`, `before`,
 * `beforeEach`) instead of the runner's globals; the conformance runner uses its own.
 */
export function registerAdapterContract(
  api: SuiteApi,
  name: string,
  setup: () => AdapterContractSetup | Promise<AdapterContractSetup>,
  options: AdapterContractOptions = {},
): void {
  const context = new ContractContext();
  api.describe(name, () => {
    api.before(async () => {
      context.fixtures = await setup();
    });
    api.beforeEach(async () => {
      await context.fixtures.reset?.();
    });
    accountSuites(api, context);
    messageSuites(api, context);
    billingSuites(api, context);
    scheduleSuites(api, context);
    clinicalSuites(api, context);
    ruleSuites(api, context);
    auditSuites(api, context);
    guestSuites(api, context);
    recoverySuites(api, context);
    signInMethodsSuites(api, context);
    registrationSuites(api, context);
    if (!options.skipCoverage) {
      // In a describe of its own: mocha runs a block's own tests before its nested blocks.
      api.describe('coverage', () => {
        api.it('called every operation of the route table', () => {
          const missing = listOperations(routes).map((op) => op.name).filter((op) => !context.called.has(op));
          check(missing.length === 0, `operations the suite never reached (a failed test above stopped early?): ${missing.join(', ')}`);
        });
      });
    }
  });
}
