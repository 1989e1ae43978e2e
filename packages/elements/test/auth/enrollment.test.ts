import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_INVITATION_TOKEN, PRACTICE_NAME } from '@portico/mock';
import '../../src/auth/enrollment.js';
import '../../src/auth/sign-out.js';
import type { PorticoEnrollment } from '../../src/auth/enrollment.js';
import type { PorticoSignOut } from '../../src/auth/sign-out.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { button, click, errorOf, field, rules, typeInto } from '../helpers/account-harness.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

async function renderEnrollment(token: string | undefined): Promise<PorticoEnrollment> {
  const backend = await mockBackend();
  const el = await fixture<PorticoEnrollment>(html`<portico-enrollment api-base-url=${backend.baseUrl} .token=${token}></portico-enrollment>`);
  if (token) await waitFor(() => el.shadowRoot!.querySelector('form, portico-state-empty, portico-state-error'), { message: 'the invitation' });
  return el;
}

describe('<portico-enrollment>', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('shows the practice and client, the rules as typed, and creates the account', async () => {
    const backend = await mockBackend();
    const el = await renderEnrollment(DEMO_INVITATION_TOKEN);
    const root = el.shadowRoot!;
    const text = visibleText(root);
    expect(text).to.contain(`Join ${PRACTICE_NAME}`);
    expect(text).to.contain('Milo Sample');
    expect(text).to.contain('pat.testwell@example.com');
    expect(root.querySelector<HTMLAnchorElement>('a[target="_blank"]')!.href).to.equal('https://harborlane.example/terms');
    // The token never reaches a URL: it travelled in the body of a POST.
    expect(location.href).not.to.contain(DEMO_INVITATION_TOKEN);

    await typeInto(field(root, 'Choose a password'), 'Harbor1');
    await el.updateComplete;
    expect(rules(root)).to.deep.equal([
      ['At least 10 characters', false],
      ['An upper-case letter (A–Z)', true],
      ['A lower-case letter (a–z)', true],
      ['A digit (0–9)', true],
    ]);
    // Met / not met is said in words, not only by colour.
    expect(root.querySelector('.rules li:not([data-met]) .visually-hidden')!.textContent).to.contain('Not met yet:');
    expect(visibleText(root.querySelector('[role="status"]')!)).to.equal('3 of 4 password rules met');
    await expectNoAxeViolations(el);

    await typeInto(field(root, 'Choose a password'), 'Harbor-Lane-42');
    await typeInto(field(root, 'Confirm new password'), 'Harbor-Lane-41');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(errorOf(field(root, 'Confirm new password'))).to.equal('The two passwords do not match.');
    await typeInto(field(root, 'Confirm new password'), 'Harbor-Lane-42');
    await el.updateComplete;
    expect(errorOf(field(root, 'Confirm new password'))).to.equal('');

    // Terms are required.
    await click(button(root, 'Create account'));
    await el.updateComplete;
    const terms = field(root, 'I accept the terms of use');
    expect(errorOf(terms)).to.contain('Accept the terms of use');
    await waitFor(() => root.activeElement === terms, { message: 'focus on the terms box' });
    await expectNoAxeViolations(el);
    await click(terms);
    const signedIn = oneEvent(el, 'portico-signed-in');
    await click(button(root, 'Create account'));
    const event = await signedIn;
    expect(event.detail.accessToken).to.be.a('string');
    const pat = backend.db.data.users.find((u) => u.email === 'pat.testwell@example.com')!;
    expect(pat.password).to.equal('Harbor-Lane-42');
    expect(backend.db.data.invitations[0]!.used).to.equal(true);
    await waitFor(() => visibleText(root).includes('Your account is ready'));
  });

  it('says when the invitation was already used', async () => {
    (await mockBackend()).db.data.invitations[0]!.used = true;
    const el = await renderEnrollment(DEMO_INVITATION_TOKEN);
    const empty = el.shadowRoot!.querySelector('portico-state-empty')!;
    expect(visibleText(empty.shadowRoot!)).to.contain('This invitation has already been used');
    await expectNoAxeViolations(el);
  });

  it('says what to do without a token, and when the token is unknown', async () => {
    const none = await renderEnrollment(undefined);
    expect(visibleText(none.shadowRoot!.querySelector('portico-state-empty')!.shadowRoot!)).to.contain('No invitation');
    const unknown = await renderEnrollment('invite-unknown-9999');
    expect(visibleText(unknown.shadowRoot!.querySelector('portico-state-empty')!.shadowRoot!)).to.contain('This invitation is not valid');
  });

  it('shows a failure to load with Retry', async () => {
    const backend = await mockBackend();
    backend.faults.errorRate('auth.getInvitation', 1);
    const el = await renderEnrollment(DEMO_INVITATION_TOKEN);
    const error = el.shadowRoot!.querySelector('portico-state-error')!;
    await expectNoAxeViolations(el);
    backend.faults.reset();
    await click(await waitFor(() => button(error.shadowRoot!, 'Try again'), { message: 'Try again' }));
    await waitFor(() => el.shadowRoot!.querySelector('form'), { message: 'the form after retry' });
  });
});

describe('<portico-sign-out>', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('ends the session and tells the host', async () => {
    const el = await fixture<PorticoSignOut>(html`<portico-sign-out .adapter=${await adapterFor('client')}></portico-sign-out>`);
    await expectNoAxeViolations(el);
    const signedOut = oneEvent(el, 'portico-signed-out');
    await click(button(el.shadowRoot!, 'Sign out'));
    const event = await signedOut;
    expect(event.detail).to.deep.equal({ confirmed: true });
  });
});
