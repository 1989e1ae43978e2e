/** registration: a new client registers from the practice's link (issue #14.3). */
import { check, rejects } from '../assert.js';
import type { ContractContext, SuiteApi } from './context.js';

export function registrationSuites({ describe, it }: SuiteApi, c: ContractContext): void {
  describe('registration', () => {
    it('registration.info names the practice; registration.register refuses a registration without consent to the terms', async () => {
      const info = await c.api().registration.info();
      check(info.organisationName.length > 0, 'registration.info: the practice\'s name');
      const body = { firstName: 'Contract', lastName: c.unique('Check'), email: `${c.unique('new')}@example.com`, dateOfBirth: '1990-01-01', acceptTerms: false };
      // A client that skips the element's check: the backend must refuse it, never create the client.
      await rejects(c.api().registration.register({ body: body as never }), 'invalid-request', 'registration.register without consent');
    });
  });
}
