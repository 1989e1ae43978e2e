/** recovery: password recovery with a one-time code (issue #14.8), checked without knowing any code. */
import { check, equal, rejects } from '../assert.js';
import type { ContractContext, SuiteApi } from './context.js';

export function recoverySuites({ describe, it }: SuiteApi, c: ContractContext): void {
  describe('recovery', () => {
    it('recovery.requestCode answers 202 for any address; a wrong code and an unknown reset token are refused', async () => {
      const email = `${c.unique('nobody')}@example.com`;
      equal(await c.api().recovery.requestCode({ body: { email, channel: 'email' } }), undefined, 'recovery.requestCode (unknown address, email)');
      equal(await c.api().recovery.requestCode({ body: { email, channel: 'sms' } }), undefined, 'recovery.requestCode (unknown address, SMS)');
      const wrong = await rejects(c.api().recovery.verifyCode({ body: { email, code: '000000' } }), 'invalid-request', 'recovery.verifyCode with a code never sent');
      check(wrong.message.length > 0, 'recovery.verifyCode: the refusal says why');
      await rejects(c.api().recovery.resetPassword({ body: { resetToken: c.unique('not-a-reset-token'), newPassword: 'Unused-Password-1' } }), 'invalid-request', 'recovery.resetPassword with an unknown token');
    });
  });
}
