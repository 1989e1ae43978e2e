/** session, auth, account and dashboard. */
import { check, deepEqual, equal, rejects } from '../assert.js';
import { strongPassword, walkPages, type ContractContext, type SuiteApi } from './context.js';

export function accountSuites({ describe, it }: SuiteApi, c: ContractContext): void {
  describe('session', () => {
    it('session.get: the user, the clients they act for and how they relate to each', async () => {
      for (const [user, relationship] of [['client', 'self'], ['guardian', 'guardian'], ['payer', 'payer']] as const) {
        const session = await c.api(user).session.get();
        const client = session.clients.find((x) => x.id === c.clientId(user));
        check(client, `session.get (${user}): clients lack ${c.clientId(user)}`);
        equal(client.relationship, relationship, `session.get (${user}): relationship`);
        check(session.clients.some((x) => x.id === session.defaultClientId), `session.get (${user}): defaultClientId is one of the clients`);
        check(session.organisation.modules.length > 0, `session.get (${user}): the organisation has modules`);
      }
    });
  });

  describe('auth', () => {
    it('auth.signIn gives a token that works; a wrong password is unauthorized', async () => {
      const { email, password } = c.fixtures.credentials;
      const result = await c.api().auth.signIn({ body: { email, password } });
      check(result.accessToken.length > 0, 'auth.signIn: an access token');
      check(Date.parse(result.expiresAt) > Date.now(), 'auth.signIn: expiresAt is in the future');
      const session = await c.tokenApi(result.accessToken).session.get();
      equal(session.user.email.toLowerCase(), email.toLowerCase(), 'session.get with the new token: the user');
      await rejects(c.api().auth.signIn({ body: { email, password: `${password}-wrong` } }), 'unauthorized', 'auth.signIn with a wrong password');
    });

    it('auth.signOut ends the session of the token it was sent with', async () => {
      const { email, password } = c.fixtures.credentials;
      const { accessToken } = await c.api().auth.signIn({ body: { email, password } });
      const api = c.tokenApi(accessToken);
      equal(await api.auth.signOut(), undefined, 'auth.signOut answers no content');
      await rejects(api.session.get(), 'unauthorized', 'session.get after sign-out');
      await rejects(c.tokenApi(c.unique('not-a-token')).session.get(), 'unauthorized', 'session.get with an unknown token');
    });

    it('auth.passwordPolicy and auth.forgotPassword (the same answer for a known and an unknown address)', async () => {
      const policy = await c.api().auth.passwordPolicy();
      check(policy.minLength >= 1, 'auth.passwordPolicy: minLength');
      equal(await c.api().auth.forgotPassword({ body: { email: c.fixtures.credentials.email } }), undefined, 'auth.forgotPassword (known)');
      equal(await c.api().auth.forgotPassword({ body: { email: `${c.unique('nobody')}@example.com` } }), undefined, 'auth.forgotPassword (unknown)');
    });

    it('auth.changePassword: the new password signs in, the old one no longer does', async () => {
      const { email, password } = c.fixtures.credentials;
      const { accessToken } = await c.api().auth.signIn({ body: { email, password } });
      const api = c.tokenApi(accessToken);
      const next = strongPassword(await api.auth.passwordPolicy());
      const wrong = await rejects(api.auth.changePassword({ body: { currentPassword: `${password}-wrong`, newPassword: next } }), 'invalid-request', 'auth.changePassword with a wrong current password');
      check(wrong.message.length > 0, 'auth.changePassword: the refusal says why');
      equal(await api.auth.changePassword({ body: { currentPassword: password, newPassword: next } }), undefined, 'auth.changePassword');
      try {
        await rejects(c.api().auth.signIn({ body: { email, password } }), 'unauthorized', 'auth.signIn with the old password');
        check((await c.api().auth.signIn({ body: { email, password: next } })).accessToken, 'auth.signIn with the new password');
      } finally {
        await api.auth.changePassword({ body: { currentPassword: next, newPassword: password } });
      }
    });

    it('auth.getInvitation and auth.acceptInvitation enrol once; an unknown token is not found', async () => {
      const token = await c.fixtures.invitationToken();
      const invitation = await c.api().auth.getInvitation({ body: { token } });
      check(invitation.email.includes('@'), 'auth.getInvitation: the email');
      check(invitation.passwordPolicy.minLength >= 1, 'auth.getInvitation: the password policy');
      const password = strongPassword(invitation.passwordPolicy, 'E');
      const result = await c.api().auth.acceptInvitation({ body: { token, password, acceptTerms: true } });
      const session = await c.tokenApi(result.accessToken).session.get();
      equal(session.user.email.toLowerCase(), invitation.email.toLowerCase(), 'session.get after enrolling');
      await rejects(c.api().auth.acceptInvitation({ body: { token, password, acceptTerms: true } }), ['conflict', 'not-found'], 'auth.acceptInvitation twice');
      await rejects(c.api().auth.getInvitation({ body: { token: c.unique('unknown-invite') } }), 'not-found', 'auth.getInvitation with an unknown token');
    });
  });

  describe('account', () => {
    it('account.getProfile and account.updateProfile change only what was sent', async () => {
      const before = await c.api().account.getProfile();
      const pronouns = before.pronouns === 'they/them' ? 'she/her' : 'they/them';
      const after = await c.api().account.updateProfile({ body: { pronouns } });
      deepEqual(after, { ...before, pronouns }, 'account.updateProfile');
      deepEqual(await c.api().account.getProfile(), after, 'account.getProfile after the update');
    });

    it('account.getPreferences and account.updatePreferences round-trip', async () => {
      const before = await c.api().account.getPreferences();
      const wanted = { ...before, reminders: { ...before.reminders, enabled: !before.reminders.enabled } };
      deepEqual(await c.api().account.updatePreferences({ body: wanted }), wanted, 'account.updatePreferences');
      deepEqual(await c.api().account.getPreferences(), wanted, 'account.getPreferences after the update');
    });

    it('account.getAvailability and account.updateAvailability round-trip', async () => {
      const clientId = c.clientId();
      const before = await c.api().account.getAvailability({ clientId });
      const wanted = { timeZone: before.timeZone, windows: [{ weekday: 2, start: '09:00', end: '11:30' }] };
      deepEqual(await c.api().account.updateAvailability({ clientId, body: wanted }), wanted, 'account.updateAvailability');
      deepEqual(await c.api().account.getAvailability({ clientId }), wanted, 'account.getAvailability after the update');
    });

    it('account.listTemplates and account.contactPractice', async () => {
      const templates = await c.api().account.listTemplates();
      const template = templates[0];
      const result = await c.api().account.contactPractice({
        body: { templateId: template?.id ?? null, subject: template?.subject || 'Contract suite', text: 'Sent by the adapter contract suite.' },
      });
      check(result.id.length > 0, 'account.contactPractice: an id');
      check(Number.isFinite(Date.parse(result.receivedAt)), 'account.contactPractice: receivedAt');
    });
  });

  describe('dashboard', () => {
    it('dashboard.getLayout, saveLayout and resetLayout', async () => {
      const initial = await c.api().dashboard.getLayout();
      const wanted = { widgets: [{ kind: 'balance-due' as const, size: 'large' as const }, { kind: 'open-tasks' as const, size: 'small' as const }] };
      deepEqual(await c.api().dashboard.saveLayout({ body: wanted }), wanted, 'dashboard.saveLayout');
      deepEqual(await c.api().dashboard.getLayout(), wanted, 'dashboard.getLayout after saving');
      const reset = await c.api().dashboard.resetLayout();
      deepEqual(await c.api().dashboard.getLayout(), reset, 'dashboard.getLayout after resetting');
      check(initial.widgets.length >= 0 && reset.widgets.length > 0, 'dashboard.resetLayout: the practice default has widgets');
    });

    it('dashboard.listActivity pages newest first with disjoint pages', async () => {
      const clientId = c.clientId();
      const { items } = await walkPages('dashboard.listActivity', (cursor) => c.api().dashboard.listActivity({ clientId, limit: 2, cursor }), 2);
      check(items.length > 0, 'dashboard.listActivity: some activity');
      const times = items.map((a) => a.occurredAt);
      deepEqual(times, [...times].sort().reverse(), 'dashboard.listActivity: newest first');
    });
  });
}
