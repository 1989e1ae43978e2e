// Issue #14.8: "Forgot password?" sends a one-time code by email or SMS (no security question),
// then the code, then a new password; rate limits and locked codes are said plainly, and the
// answer never tells whether an address has an account.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { DEMO_CREDENTIALS, DEMO_RECOVERY_CODE, RECOVERY_ATTEMPT_LIMIT, RECOVERY_REQUEST_LIMIT } from '@portico/mock';
import '../../src/auth/sign-in.js';
import type { PorticoSignIn } from '../../src/auth/sign-in.js';
import type { PorticoPasswordRecovery } from '../../src/auth/password-recovery.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { button, click, errorOf, field, rules, typeInto } from '../helpers/account-harness.js';
import { AuthHarness, deepActiveElement } from '../helpers/harness.js';
import { mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

const NEW_PASSWORD = 'Harbor-Lane-Recovered-7';

async function renderSignIn(): Promise<PorticoSignIn> {
  const backend = await mockBackend();
  return fixture<PorticoSignIn>(html`<portico-sign-in api-base-url=${backend.baseUrl}></portico-sign-in>`);
}

/** Opens "Forgot password?" with `email` typed on the sign-in form; returns the recovery element's root. */
async function openRecovery(el: PorticoSignIn, email: string): Promise<ShadowRoot> {
  await new AuthHarness(el).forgotPassword(email);
  const recovery = await waitFor(() => el.shadowRoot!.querySelector<PorticoPasswordRecovery>('portico-password-recovery'), { message: 'the recovery steps' });
  await recovery.updateComplete;
  return recovery.shadowRoot!;
}

function heading(root: ShadowRoot): string {
  return root.querySelector('h2')!.textContent!.trim();
}

async function step(root: ShadowRoot, title: string): Promise<void> {
  await waitFor(() => heading(root) === title, { message: `the "${title}" step` });
  await waitFor(() => root.activeElement === root.querySelector('h2'), { message: `focus on "${title}"` });
}

/** Clicks a button and waits until the element has its answer (no request in flight). */
async function press(root: ShadowRoot, label: string): Promise<void> {
  await click(button(root, label));
  const recovery = root.host as PorticoPasswordRecovery;
  await recovery.updateComplete;
  await waitFor(() => root.querySelector('[part="submit-button"]')?.getAttribute('aria-busy') === 'false', { message: `the answer to "${label}"` });
  await recovery.updateComplete;
}

function alertText(root: ShadowRoot): string | undefined {
  const alert = root.querySelector('[role="alert"]');
  return alert ? visibleText(alert) : undefined;
}

describe('password recovery with a one-time code (#14.8)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('sends a code by text message, checks it, sets the new password and signs in with it', async () => {
    const backend = await mockBackend();
    const { email } = DEMO_CREDENTIALS.client;
    const el = await renderSignIn();
    const root = await openRecovery(el, email);
    await step(root, 'Reset your password');
    expect(field(root, 'Email').value).to.equal(email);
    expect(visibleText(root)).not.to.match(/security question/i);
    await expectNoAxeViolations(el);

    await click(field(root, 'Text message to the mobile number on your account'));
    await click(button(root, 'Send code'));
    await step(root, 'Enter your code');
    expect(visibleText(root.querySelector('[role="status"]')!)).to.equal('If an account with a mobile number exists for that address, we sent a code by text message.');
    const code = field(root, 'Code');
    expect(code.autocomplete).to.equal('one-time-code');
    expect(code.inputMode).to.equal('numeric');
    await expectNoAxeViolations(el);

    await typeInto(code, '111111');
    await click(button(root, 'Check code'));
    await waitFor(() => errorOf(field(root, 'Code')), { message: 'the wrong-code error' });
    expect(errorOf(field(root, 'Code'))).to.equal('That code is not right. Check it and try again.');
    expect(deepActiveElement()).to.equal(field(root, 'Code'));
    await expectNoAxeViolations(el);

    await typeInto(field(root, 'Code'), DEMO_RECOVERY_CODE);
    await click(button(root, 'Check code'));
    await step(root, 'Choose a new password');
    // The practice's rules, from the ticket the right code gave.
    expect(rules(root).map(([text]) => text)).to.include('At least 10 characters');
    await typeInto(field(root, 'New password'), 'short');
    await typeInto(field(root, 'Confirm new password'), 'short');
    await click(button(root, 'Save new password'));
    await waitFor(() => errorOf(field(root, 'New password')), { message: 'the rules error' });
    await expectNoAxeViolations(el);
    await typeInto(field(root, 'New password'), NEW_PASSWORD);
    await typeInto(field(root, 'Confirm new password'), NEW_PASSWORD);
    const resetting = oneEvent(el, 'portico-password-reset');
    await click(button(root, 'Save new password'));
    const reset = await resetting;
    expect(reset.detail).to.deep.equal({ email });
    expect(backend.db.data.users.find((u) => u.id === 'u-avery')!.password).to.equal(NEW_PASSWORD);

    // Back at sign-in, the address filled in, saying what happened; the new password works.
    const signIn = el.shadowRoot!;
    await waitFor(() => heading(signIn) === 'Sign in', { message: 'the sign-in form' });
    expect(visibleText(signIn.querySelector('[role="status"]')!)).to.equal('Your password was changed. Sign in with your new password.');
    expect(field(signIn, 'Email').value).to.equal(email);
    await typeInto(field(signIn, 'Password'), NEW_PASSWORD);
    const signingIn = oneEvent(el, 'portico-signed-in');
    await click(button(signIn, 'Sign in'));
    const signedIn = await signingIn;
    expect(signedIn.detail.accessToken).to.be.a('string');
    // Nothing of the recovery was kept in web storage.
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.to.contain('reset-');
  });

  it('answers an unknown address the same way, and its code never works', async () => {
    const el = await renderSignIn();
    const root = await openRecovery(el, 'nobody@example.com');
    await click(button(root, 'Send code'));
    await step(root, 'Enter your code');
    expect(visibleText(root.querySelector('[role="status"]')!)).to.equal('If an account exists for that address, we sent a code by email.');
    await typeInto(field(root, 'Code'), DEMO_RECOVERY_CODE);
    await click(button(root, 'Check code'));
    await waitFor(() => errorOf(field(root, 'Code')), { message: 'the wrong-code error' });
    expect(errorOf(field(root, 'Code'))).to.equal('That code is not right. Check it and try again.');
  });

  it('locks a code after too many wrong tries; a new code then works', async () => {
    const el = await renderSignIn();
    const root = await openRecovery(el, DEMO_CREDENTIALS.client.email);
    await click(button(root, 'Send code'));
    await step(root, 'Enter your code');
    for (let i = 1; i <= RECOVERY_ATTEMPT_LIMIT; i++) {
      await typeInto(field(root, 'Code'), `00000${i}`);
      await press(root, 'Check code');
      if (i < RECOVERY_ATTEMPT_LIMIT) expect(errorOf(field(root, 'Code')), `wrong try ${i}`).to.equal('That code is not right. Check it and try again.');
    }
    expect(alertText(root)).to.equal('Too many wrong codes: this code no longer works. Ask for a new code.');
    expect(root.activeElement).to.equal(root.querySelector('[role="alert"]'));
    await expectNoAxeViolations(el);
    await click(button(root, 'Send a new code'));
    await waitFor(() => visibleText(root.querySelector('[role="status"]')!) === 'We sent a new code. Earlier codes no longer work.', { message: 'the new code' });
    expect(alertText(root)).to.equal(undefined);
    await typeInto(field(root, 'Code'), DEMO_RECOVERY_CODE);
    await click(button(root, 'Check code'));
    await step(root, 'Choose a new password');
  });

  it('says to wait when too many codes were asked for one address', async () => {
    const el = await renderSignIn();
    const root = await openRecovery(el, DEMO_CREDENTIALS.client.email);
    await click(button(root, 'Send code'));
    await step(root, 'Enter your code');
    for (let i = 1; i < RECOVERY_REQUEST_LIMIT; i++) {
      await press(root, 'Send a new code');
      expect(alertText(root), `new code ${i}`).to.equal(undefined);
    }
    await press(root, 'Send a new code');
    expect(alertText(root)).to.equal('Too many codes were asked for this address. Wait 15 minutes, then ask again.');
    await expectNoAxeViolations(el);
  });
});
