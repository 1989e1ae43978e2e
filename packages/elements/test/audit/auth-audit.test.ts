/** Audit events from signing in and out (#12.2): no email, no token in them. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { DEMO_CREDENTIALS } from '@portico/mock';
import '../../src/auth/sign-in.js';
import '../../src/auth/sign-out.js';
import type { PorticoSignIn } from '../../src/auth/sign-in.js';
import type { PorticoSignOut } from '../../src/auth/sign-out.js';
import { button, field, typeInto } from '../helpers/account-harness.js';
import { auditsPerTest, expectOneAudit } from '../helpers/audit.js';
import { adapterFor, mockBackend, waitFor } from '../helpers/portal-harness.js';

describe('audit events: signing in and out', () => {
  const log = auditsPerTest();

  it('signing in fires signed-in once, without the email or the token; a wrong password fires none', async () => {
    const backend = await mockBackend();
    const el = await fixture<PorticoSignIn>(html`<portico-sign-in api-base-url=${backend.baseUrl}></portico-sign-in>`);
    const root = el.shadowRoot!;
    const { email, password } = DEMO_CREDENTIALS.client;
    await typeInto(field(root, 'Email'), email);
    await typeInto(field(root, 'Password'), `${password}-wrong`);
    await el.updateComplete;
    setTimeout(() => button(root, 'Sign in').click());
    await waitFor(() => root.querySelector('[role="alert"]')?.textContent?.trim(), { message: 'the refusal' });
    expect(log.of('signed-in')).to.have.length(0);

    await typeInto(field(root, 'Password'), password);
    await el.updateComplete;
    setTimeout(() => button(root, 'Sign in').click());
    const signedIn = await oneEvent(el, 'portico-signed-in');
    expectOneAudit(log, { type: 'signed-in' }, [email, signedIn.detail.accessToken]);
  });

  it('the Sign out button fires signed-out once', async () => {
    const adapter = await adapterFor('client');
    const el = await fixture<PorticoSignOut>(html`<portico-sign-out .adapter=${adapter}></portico-sign-out>`);
    setTimeout(() => el.shadowRoot!.querySelector('button')!.click());
    await oneEvent(el, 'portico-signed-out');
    expectOneAudit(log, { type: 'signed-out' });
  });
});
