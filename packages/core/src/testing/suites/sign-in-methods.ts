/** signInMethods: linked SSO providers (issue #14.6), checked without running a real OAuth flow. */
import { check, rejects } from '../assert.js';
import { UNKNOWN_ID, type ContractContext, type SuiteApi } from './context.js';

export function signInMethodsSuites({ describe, it }: SuiteApi, c: ContractContext): void {
  describe('signInMethods', () => {
    it('signInMethods.list names each offered provider once; an unknown provider and an unknown result are refused', async () => {
      const api = c.api('client');
      const { methods } = await api.signInMethods.list();
      check(new Set(methods.map((m) => m.providerId)).size === methods.length, 'signInMethods.list: each provider once');
      check(methods.every((m) => m.linked || m.linkedAt === undefined), 'signInMethods.list: linkedAt only on linked providers');
      await rejects(api.signInMethods.startLink({ providerId: UNKNOWN_ID, body: { returnUrl: 'https://portal.example/account' } }), 'not-found', 'signInMethods.startLink (unknown provider)');
      await rejects(api.signInMethods.unlink({ providerId: UNKNOWN_ID }), 'not-found', 'signInMethods.unlink (unknown provider)');
      await rejects(api.signInMethods.completeLink({ body: { result: c.unique('not-a-result') } }), 'invalid-request', 'signInMethods.completeLink (unknown result)');
    });
  });
}
