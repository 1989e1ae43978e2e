import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createRestAdapter } from '@portico/core';
import { DEMO_CREDENTIALS, DEMO_ONE_TIME_PASSWORD } from '@portico/mock';
import '../../src/auth/sign-in.js';
import type { PorticoSignIn } from '../../src/auth/sign-in.js';
import type { PorticoChangePassword } from '../../src/auth/change-password.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { button, click, errorOf, field, rules, typeInto } from '../helpers/account-harness.js';
import { AuthHarness, deepActiveElement } from '../helpers/harness.js';
import { mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

async function renderSignIn(): Promise<PorticoSignIn> {
  const backend = await mockBackend();
  const el = await fixture<PorticoSignIn>(html`<portico-sign-in api-base-url=${backend.baseUrl}></portico-sign-in>`);
  return el;
}

/** Types the email and password and presses Sign in (the shipped AuthHarness, real keys and click). */
async function signIn(el: PorticoSignIn, email: string, password: string): Promise<void> {
  await new AuthHarness(el).signIn(email, password);
}

describe('<portico-sign-in>', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('signs in with the demo credentials and hands the host a token that works', async () => {
    const el = await renderSignIn();
    await expectNoAxeViolations(el);
    const { email, password } = DEMO_CREDENTIALS.client;
    setTimeout(() => void signIn(el, email, password));
    const event = await oneEvent(el, 'portico-signed-in');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(Date.parse(event.detail.expiresAt)).to.be.greaterThan(Date.now());
    const backend = await mockBackend();
    const adapter = createRestAdapter({ baseUrl: backend.baseUrl, getAccessToken: () => event.detail.accessToken, retry: { limit: 0 } });
    const session = await adapter.session.get();
    expect(session.user.email).to.equal(email);
    // Portico kept nothing: no token in web storage.
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.to.contain(event.detail.accessToken);
  });

  it('says the email or password is wrong, without saying which, and keeps the email', async () => {
    const el = await renderSignIn();
    let signedIn = false;
    el.addEventListener('portico-signed-in', () => (signedIn = true));
    await signIn(el, DEMO_CREDENTIALS.client.email, 'not-the-password');
    const alert = await waitFor(() => el.shadowRoot!.querySelector('[part="error"]'), { message: 'the error' });
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(visibleText(alert)).to.equal('The email or password is not right. Check both and try again.');
    expect(el.shadowRoot!.activeElement).to.equal(alert);
    expect(field(el.shadowRoot!, 'Email').value).to.equal(DEMO_CREDENTIALS.client.email);
    expect(field(el.shadowRoot!, 'Email').getAttribute('aria-invalid')).to.equal('false');
    expect(signedIn).to.equal(false);
    await expectNoAxeViolations(el);
  });

  it('asks for the missing fields next to them', async () => {
    const el = await renderSignIn();
    await click(button(el.shadowRoot!, 'Sign in'));
    await el.updateComplete;
    const email = field(el.shadowRoot!, 'Email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(errorOf(email)).to.contain('Enter your email address.');
    expect(errorOf(field(el.shadowRoot!, 'Password'))).to.contain('Enter your password.');
    await waitFor(() => deepActiveElement() === email, { message: 'focus on the email field' });
  });

  it('shows and hides the password', async () => {
    const el = await renderSignIn();
    const toggle = button(el.shadowRoot!, 'Show password');
    expect(field(el.shadowRoot!, 'Password').type).to.equal('password');
    await click(toggle);
    await el.updateComplete;
    expect(field(el.shadowRoot!, 'Password').type).to.equal('text');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
  });

  it('forces a new password after a one-time password, with the rules shown as typed', async () => {
    const backend = await mockBackend();
    const el = await renderSignIn();
    let signedIn: { accessToken: string } | undefined;
    el.addEventListener('portico-signed-in', (e) => (signedIn = e.detail));
    await signIn(el, DEMO_CREDENTIALS.guardian.email, DEMO_ONE_TIME_PASSWORD);
    const change = await waitFor(() => el.shadowRoot!.querySelector<PorticoChangePassword>('portico-change-password'), { message: 'the forced change' });
    expect(visibleText(el.shadowRoot!)).to.contain('You signed in with a one-time password');
    const root = await waitFor(() => change.shadowRoot!.querySelector('form') && change.shadowRoot!);
    expect(signedIn).to.equal(undefined);
    // No "current password" field: the one-time password is the current one.
    expect(root.querySelector('#current-password')).to.equal(null);
    await typeInto(field(root, 'New password'), 'harbor');
    await change.updateComplete;
    expect(rules(root)).to.deep.equal([
      ['At least 10 characters', false],
      ['An upper-case letter (A–Z)', false],
      ['A lower-case letter (a–z)', true],
      ['A digit (0–9)', false],
    ]);
    expect(visibleText(root.querySelector('[role="status"]')!)).to.equal('1 of 4 password rules met');
    await expectNoAxeViolations(el);
    await typeInto(field(root, 'New password'), 'Harbor-Lane-42');
    await typeInto(field(root, 'Confirm new password'), 'Harbor-Lane-42');
    await change.updateComplete;
    expect(rules(root).every(([, met]) => met)).to.equal(true);
    await click(button(root, 'Save password and continue'));
    await waitFor(() => signedIn, { message: 'portico-signed-in' });
    const guardian = backend.db.data.users.find((u) => u.email === DEMO_CREDENTIALS.guardian.email)!;
    expect(guardian.password).to.equal('Harbor-Lane-42');
    expect(guardian.mustChangePassword).to.equal(false);
  });

  it('with a host adapter, asks the host to present the one-time session\'s token for the change', async () => {
    const backend = await mockBackend();
    let hostToken: string | null = null;
    const adapter = createRestAdapter({ baseUrl: backend.baseUrl, getAccessToken: () => hostToken, retry: { limit: 0 } });
    const el = await fixture<PorticoSignIn>(html`<portico-sign-in .adapter=${adapter}></portico-sign-in>`);
    el.addEventListener('portico-password-change-required', (e) => (hostToken = e.detail.accessToken));
    let signedIn = false;
    el.addEventListener('portico-signed-in', () => (signedIn = true));
    await signIn(el, DEMO_CREDENTIALS.payer.email, DEMO_ONE_TIME_PASSWORD);
    const change = await waitFor(() => el.shadowRoot!.querySelector<PorticoChangePassword>('portico-change-password'));
    const root = await waitFor(() => change.shadowRoot!.querySelector('form') && change.shadowRoot!);
    expect(hostToken).to.be.a('string');
    await typeInto(field(root, 'New password'), 'Harbor-Lane-43');
    await typeInto(field(root, 'Confirm new password'), 'Harbor-Lane-43');
    await click(button(root, 'Save password and continue'));
    await waitFor(() => signedIn, { message: 'portico-signed-in' });
    expect(backend.db.data.users.find((u) => u.email === DEMO_CREDENTIALS.payer.email)!.password).to.equal('Harbor-Lane-43');
  });

  it('refuses a new password that misses a rule, and a confirmation that does not match', async () => {
    const el = await renderSignIn();
    await signIn(el, DEMO_CREDENTIALS.client.email, DEMO_ONE_TIME_PASSWORD);
    const change = await waitFor(() => el.shadowRoot!.querySelector<PorticoChangePassword>('portico-change-password'));
    const root = await waitFor(() => change.shadowRoot!.querySelector('form') && change.shadowRoot!);
    await typeInto(field(root, 'New password'), 'harbor-lane-42');
    await typeInto(field(root, 'Confirm new password'), 'harbor-lane-4');
    await click(button(root, 'Save password and continue'));
    await change.updateComplete;
    const password = field(root, 'New password');
    expect(errorOf(password)).to.contain('does not meet every rule');
    expect(errorOf(field(root, 'Confirm new password'))).to.contain('The two passwords do not match.');
    await waitFor(() => deepActiveElement() === password, { message: 'focus on the new password' });
    await expectNoAxeViolations(el);
  });

  it('shows the organisation’s SSO buttons and asks the host to start SSO', async () => {
    const el = await renderSignIn();
    el.ssoProviders = [{ id: 'sso-okta', label: 'Harbor Lane SSO' }];
    await el.updateComplete;
    const sso = button(el.shadowRoot!, 'Sign in with Harbor Lane SSO');
    const requested = oneEvent(el, 'portico-sso-requested');
    await click(sso);
    const event = await requested;
    expect(event.detail).to.deep.equal({ providerId: 'sso-okta' });
    await expectNoAxeViolations(el);
  });

  it('says when the practice cannot be reached, keeping what was typed', async () => {
    const backend = await mockBackend();
    backend.faults.errorRate('auth.signIn', 1);
    const el = await renderSignIn();
    await signIn(el, DEMO_CREDENTIALS.client.email, DEMO_CREDENTIALS.client.password);
    const alert = await waitFor(() => el.shadowRoot!.querySelector('[part="error"]'));
    expect(visibleText(alert)).to.contain('had a problem');
    expect(field(el.shadowRoot!, 'Password').value).to.equal(DEMO_CREDENTIALS.client.password);
  });
});
