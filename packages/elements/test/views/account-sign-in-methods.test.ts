// Issue #14.6: where the organisation enables SSO, Account shows the providers and links or
// unlinks one; the backend does the OAuth dance, the element starts it (its authorisation URL)
// and finishes it on return (`portico_sso=` in the query, or `completeLink()` from the host).
import { expect } from '@open-wc/testing';
import type { PorticoAccount } from '../../src/views/account/account.js';
import type { PorticoAccountSignInMethods } from '../../src/views/account/account-sign-in-methods.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { button, click, renderAccount, sectionRoot } from '../helpers/account-harness.js';
import { adapterFor, mockBackend, renderPortal, visibleText, waitFor } from '../helpers/portal-harness.js';

const SSO = [{ id: 'sso-google', label: 'Google Workspace' }, { id: 'sso-microsoft', label: 'Microsoft' }];

const tabs = (account: PorticoAccount) => [...account.shadowRoot!.querySelectorAll('[role="tab"]')].map((t) => t.textContent!.trim());

async function methodsRoot(account: PorticoAccount): Promise<ShadowRoot> {
  return sectionRoot(account, 'portico-account-sign-in-methods', '[part="list"], portico-state-error');
}

/** The provider rows as the person reads them. */
function rows(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('[part="method"]')].map((li) => visibleText(li));
}

describe('sign-in methods (#14.6)', () => {
  beforeEach(async () => (await mockBackend()).reset());
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('is hidden when the organisation offers no single sign-on, in Account and in the header menu', async () => {
    const account = await renderAccount(await adapterFor('client'));
    expect(tabs(account)).not.to.include('Sign-in methods');
    const portal = await renderPortal({ user: 'client' });
    const menu = await waitFor(() => portal.root.querySelector('portico-header-menu')?.shadowRoot?.querySelector('[role="menu"]'), { message: 'the header menu' });
    expect([...menu.querySelectorAll('[role="menuitem"]')].map((e) => e.textContent!.trim())).not.to.include('Sign-in methods');
  });

  it('links a provider through the backend’s page and back, then unlinks it', async () => {
    const backend = await mockBackend();
    backend.db.data.organisation.ssoProviders = SSO;
    const adapter = await adapterFor('client');
    const account = await renderAccount(adapter, 'sign-in-methods');
    expect(tabs(account)).to.include('Sign-in methods');
    const root = await methodsRoot(account);
    expect(rows(root)).to.deep.equal(['Google Workspace Not linked Link Google Workspace', 'Microsoft Not linked Link Microsoft']);
    await expectNoAxeViolations(account);

    // The element goes to the backend's authorisation URL; here the test stands in for the browser.
    let authorizationUrl = '';
    account.addEventListener('portico-sso-link-started', (event) => {
      event.preventDefault();
      authorizationUrl = event.detail.authorizationUrl;
    }, { once: true });
    await click(button(root, 'Link Google Workspace'));
    await waitFor(() => authorizationUrl, { message: 'the authorisation URL' });
    // The mock's provider approves at once and sends the person back to this page with the result.
    const back = new URL(authorizationUrl);
    expect(back.pathname).to.equal(location.pathname);
    const result = back.searchParams.get('portico_sso')!;
    expect(result).to.be.a('string');

    history.replaceState(null, '', `${location.pathname}?portico_sso=${encodeURIComponent(result)}`);
    const returned = await renderAccount(adapter, 'sign-in-methods');
    const after = await methodsRoot(returned);
    await waitFor(() => after.querySelector('[role="status"]'), { message: 'the linked confirmation' });
    expect(visibleText(after.querySelector('[role="status"]')!)).to.equal('Google Workspace is linked. You can sign in with it.');
    expect(rows(after)[0]).to.match(/^Google Workspace Linked to avery\.example@example\.com since .+ Unlink Google Workspace$/);
    // The one-time result is gone from the address bar.
    expect(location.search).to.equal('');
    await expectNoAxeViolations(returned);

    await click(button(after, 'Unlink Google Workspace'));
    await waitFor(() => rows(after)[0] === 'Google Workspace Not linked Link Google Workspace', { message: 'unlinked' });
    expect(visibleText(after.querySelector('[role="status"]')!)).to.equal('Google Workspace is unlinked.');
    await waitFor(() => after.activeElement?.textContent?.trim() === 'Link Google Workspace', { message: 'focus kept on the provider’s button' });
  });

  it('says so when the result it came back with is expired or used', async () => {
    (await mockBackend()).db.data.organisation.ssoProviders = SSO;
    const account = await renderAccount(await adapterFor('client'), 'sign-in-methods');
    const root = await methodsRoot(account);
    const section = account.shadowRoot!.querySelector<PorticoAccountSignInMethods>('portico-account-sign-in-methods')!;
    await section.completeLink('sso-already-used-result');
    const alert = await waitFor(() => root.querySelector('[role="alert"]'), { message: 'the failure' });
    expect(visibleText(alert)).to.equal('Linking did not finish: the link expired or was already used. Try again.');
    expect(root.activeElement).to.equal(alert);
    await expectNoAxeViolations(account);
  });
});
