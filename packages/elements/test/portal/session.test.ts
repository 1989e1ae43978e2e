/**
 * Sign-out, session expiry and the portal's own states (issue #10.2, #13.6, #13.7, #10.11,
 * #10.14, #10.17): driven as a person would, against the mock through the real REST adapter.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createRestAdapter, setLogger, type PortalAdapter } from '@portico/core';
import type { PorticoPortal } from '../../src/portal/portal.js';
import { PorticoProvider } from '../../src/provider/provider.js';
import { storeFor } from '../../src/store.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { MessagesHarness, tolerateResizeObserverLoop, type } from '../helpers/messages-harness.js';
import type { PorticoMessages } from '../../src/views/messages/messages.js';
import { PortalHarness, adapterFor, deepQuery, mockBackend, renderPortal, visibleText, waitFor } from '../helpers/portal-harness.js';
import { watchRequests } from '../helpers/requests.js';

/** A REST adapter over the mock whose every request is counted (the real fetch underneath). */
async function countingAdapter(user: 'client' | 'guardian'): Promise<{ adapter: PortalAdapter; requests: string[] }> {
  const backend = await mockBackend();
  const token = backend.tokenFor(user);
  const requests: string[] = [];
  const adapter = createRestAdapter({
    baseUrl: backend.baseUrl,
    getAccessToken: () => token,
    retry: { limit: 0 },
    fetch: (input, init) => {
      requests.push(new URL(input instanceof Request ? input.url : String(input), location.href).pathname);
      return fetch(input, init);
    },
  });
  return { adapter, requests };
}

describe('<portico-portal> sessions', () => {
  tolerateResizeObserverLoop();
  beforeEach(async () => {
    (await mockBackend()).reset();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('signing out removes every view and client detail, clears the store and what is registered with it, and offers Sign in again', async function () {
    const adapter = await adapterFor('client');
    const portal = await renderPortal({ adapter });
    await portal.settled('portico-dashboard');
    await portal.open('Billing');
    await portal.settled('portico-billing');
    const store = storeFor(adapter);
    let draftsCleared = 0;
    store.onClear(() => draftsCleared++);
    expect(store.getState(['session.get', {}]).status).to.equal('success');

    await portal.open('Account');
    const account = await portal.settled('portico-account');
    await portal.click(await portal.findByRole('tab', { name: 'Password and sign-out', within: account }));
    const signOutButton = await portal.findByRole('button', { name: 'Sign out', within: account });
    const signedOut = oneEvent(portal.portal, 'portico-signed-out');
    await portal.click(signOutButton);
    await signedOut;

    await waitFor(() => visibleText(portal.root).includes('You have signed out'), { message: 'the signed-out panel' });
    const text = visibleText(portal.root);
    expect(text).not.to.contain('Avery');
    expect(text).not.to.contain('Dr. Riley Demo');
    expect(portal.root.querySelector('portico-dashboard, portico-billing, portico-account, nav')).to.equal(null);
    expect(store.getState(['session.get', {}]).status).to.equal('idle');
    expect(draftsCleared).to.equal(1);
    // Focus goes to the panel's heading, and the panel passes axe.
    await waitFor(() => portal.root.activeElement?.textContent?.trim() === 'You have signed out', { message: 'focus on the panel' });
    await expectNoAxeViolations(portal.portal);

    const requested = oneEvent(portal.portal, 'portico-sign-in-requested');
    await portal.click('Sign in again');
    expect((await requested).detail).to.deep.equal({ reason: 'signed-out' });
    // The host signed the person in again: the portal starts afresh on the dashboard.
    portal.portal.resume();
    await portal.settled('portico-dashboard');
    expect(portal.currentLabel()).to.equal('Dashboard');
  });

  it('the host can replace the signed-out panel through slot="signed-out"', async () => {
    const adapter = await adapterFor('client');
    const element = await fixture<PorticoPortal>(html`<portico-portal .adapter=${adapter} routing="none"
      ><p slot="signed-out">See you soon at Harbor Lane</p></portico-portal
    >`);
    const portal = new PortalHarness(element);
    await waitFor(() => portal.root.querySelector('nav a'), { message: 'the shell' });
    expect(visibleText(element.shadowRoot!)).not.to.contain('See you soon');
    // The signal a sign-out sends (here without a view to press it in): no user input stands for it.
    element.shadowRoot!.dispatchEvent(new CustomEvent('portico-signed-out', { bubbles: true, composed: true, detail: { confirmed: true } }));
    await waitFor(() => visibleText(element.shadowRoot!).includes('See you soon at Harbor Lane'), { message: 'the host panel' });
    expect(visibleText(element.shadowRoot!)).not.to.contain('You have signed out');
  });

  it('an expiry fires portico-session-expired once for many failing requests, shows one panel, and resume() returns to the same place with the typed text', async function () {
    const backend = await mockBackend();
    let token = backend.tokenFor('client');
    const element = await fixture<PorticoPortal>(html`<portico-portal api-base-url=${backend.baseUrl} routing="hash"></portico-portal>`);
    element.getAccessToken = () => token;
    element.requestUpdate();
    const portal = new PortalHarness(element);
    await waitFor(() => portal.root.querySelector('nav a'), { message: 'the shell' });
    let expiries = 0;
    element.addEventListener('portico-session-expired', () => expiries++);

    // Messages → a thread → type a reply, not sent.
    await portal.open('Messages');
    const messages = await portal.settled('portico-messages');
    const harness = new MessagesHarness(messages as PorticoMessages);
    const threadButton = await waitFor(() => harness.threadButtons()[0], { message: 'a thread' });
    await portal.click(threadButton);
    await harness.openedThread();
    await type((await harness.messageField()), 'Half-written note about Thursday');
    const itemBefore = element.item;
    expect(itemBefore).to.be.a('string');

    // The session expires at the backend; the host cannot refresh it. The person opens
    // Billing, which asks for several things at once: every one is refused.
    const user = backend.db.data.users.find((u) => u.key === 'client')!;
    user.token = 'demo-token-client-renewed';
    const requests = watchRequests();
    await portal.open('Billing');
    await waitFor(() => visibleText(portal.root).includes('Your session has ended'), { message: 'the expired panel' });
    // Every refused request has landed before the expiries are counted.
    await requests.idle();
    requests.stop();
    expect(expiries).to.equal(1);
    expect(portal.root.querySelectorAll('[part="session-expired"]')).to.have.length(1);
    expect(portal.root.querySelector<HTMLElement>('.shell')!.hidden).to.equal(true);
    await expectNoAxeViolations(element);

    // Sign in again: the host is asked, gets a new token and resumes.
    element.addEventListener('portico-sign-in-requested', () => {
      token = user.token;
      element.resume();
    }, { once: true });
    await portal.click('Sign in again');
    await waitFor(() => !portal.root.querySelector('[part="session-expired"]'), { message: 'the panel to go' });
    expect(portal.currentLabel()).to.equal('Billing');
    const billing = await portal.settled('portico-billing');
    await waitFor(() => !billing.shadowRoot!.querySelector('portico-state-error'), { message: 'Billing to load again' });
    expect(visibleText(billing.shadowRoot!)).not.to.contain('Your session has ended');

    // Browser Back to the thread: the same thread, with what was typed.
    history.back();
    await waitFor(() => element.view === 'messages' && element.item === itemBefore, { message: 'the thread again' });
    const again = (await harness.messageField());
    expect(again.value).to.equal('Half-written note about Thursday');
    expect(expiries).to.equal(1);
  });

  it('without api-base-url or adapter says what is missing, in the view and through the logger', async () => {
    const lines: string[] = [];
    setLogger({ warn: (l) => lines.push(l), error: (l) => lines.push(l) });
    const delay = PorticoProvider.missingBackendDelay;
    PorticoProvider.missingBackendDelay = 50;
    try {
      const element = await fixture<PorticoPortal>(html`<portico-portal routing="none"></portico-portal>`);
      await waitFor(() => visibleText(element.shadowRoot!).includes('not connected to the practice'), { message: 'the missing-backend state' });
      expect(visibleText(element.shadowRoot!)).to.contain('api-base-url');
      expect(element.shadowRoot!.querySelector('portico-state-loading')).to.equal(null);
      expect(lines).to.have.length(1);
      expect(lines[0]).to.contain('<portico-portal> has no backend').and.contain('api-base-url').and.contain('adapter');
    } finally {
      PorticoProvider.missingBackendDelay = delay;
      setLogger(undefined);
    }
  });

  it('a guardian with contact access switched off sees why, and the portal asks for nothing but the session', async () => {
    const backend = await mockBackend();
    backend.db.data.organisation.features.contactAccess = false;
    const { adapter, requests } = await countingAdapter('guardian');
    const network = watchRequests();
    const portal = await fixture<PorticoPortal>(html`<portico-portal .adapter=${adapter} routing="none"></portico-portal>`);
    await waitFor(() => visibleText(portal.shadowRoot!).includes('The practice has not enabled portal access for contacts'), { message: 'the contact-access state' });
    // Whatever the portal asked for has been answered before the list is checked.
    await network.idle();
    network.stop();
    expect(requests).to.deep.equal([`${new URL(backend.baseUrl, location.href).pathname}/session`]);
    expect(portal.shadowRoot!.querySelectorAll('nav a')).to.have.length(0);
    // And the API refuses the data too.
    const error = await adapter.team.list({ clientId: 'cl-milo' }).catch((e: unknown) => e as { status?: number });
    expect((error as { status?: number }).status).to.equal(403);
  });

  it('a guardian sees the care plan only for the child they are the personal representative of, in the view and the API', async function () {
    const adapter = await adapterFor('guardian');
    const portal = await renderPortal({ adapter });
    const tabs = (view: HTMLElement) => [...view.shadowRoot!.querySelectorAll('[role="tab"]')].map((t) => t.textContent!.trim());
    await portal.open('Care & progress');
    const clinical = await portal.settled('portico-clinical');
    await waitFor(() => tabs(clinical).length > 0, { message: 'the tabs' });
    expect(tabs(clinical)).to.include('Care plan'); // Milo: Jordan is his personal representative

    await portal.selectOption('Viewing', 'cl-nora');
    await waitFor(() => visibleText(portal.root.querySelector('header')!).includes('Nori') && tabs(clinical).length > 0 && !tabs(clinical).includes('Care plan'), { message: 'Nora without a care plan tab' });
    expect(visibleText(clinical.shadowRoot!)).not.to.contain('Behavioural service plan');

    expect((await adapter.clinical.getCarePlan({ clientId: 'cl-milo' })).title).to.equal('Behavioural service plan');
    const refused = await adapter.clinical.getCarePlan({ clientId: 'cl-nora' }).catch((e: unknown) => e as { status?: number });
    expect((refused as { status?: number }).status).to.equal(403);
  });

  it('one unread count from the backend on the Messages badge, the dashboard and the thread list, dropping when a thread is read', async function () {
    const backend = await mockBackend();
    const unreadIn = (threadId: string) => (backend.db.data.messages[threadId] ?? []).filter((m) => !m.read).length;
    const threads = backend.db.data.threads.filter((t) => t.clientId === 'cl-avery');
    const total = threads.reduce((n, t) => n + unreadIn(t.id), 0);
    expect(threads.filter((t) => unreadIn(t.id) > 0).length).to.be.greaterThan(1);
    const portal = await renderPortal({ user: 'client' });
    const badge = () => portal.link('Messages').getAttribute('aria-label');
    await waitFor(() => badge() === `Messages, ${total} unread`, { message: `the badge "Messages, ${total} unread"` });
    expect(portal.link('Messages').dataset.count).to.equal(String(total));
    const dashboard = await portal.settled('portico-dashboard');
    const widget = await waitFor(() => deepQuery(dashboard.shadowRoot!, 'portico-dashboard-messages'), { message: 'the messages widget' });
    await waitFor(() => visibleText(widget.shadowRoot!).includes(`${total} unread messages`), { message: `the dashboard saying ${total}` });

    await portal.open('Messages');
    const messages = await portal.settled('portico-messages');
    await waitFor(() => messages.shadowRoot!.querySelector('[part="unread-total"]')?.textContent?.trim() === `${total} unread messages`, { message: 'the thread list total' });
    const unreadButton = new MessagesHarness(messages as PorticoMessages).threadButtons().find((b) => b.querySelector('[part="unread-count"]'))!;
    const opened = threads.find((t) => t.id === unreadButton.dataset.threadId)!;
    const left = total - unreadIn(opened.id);
    await portal.click(unreadButton);
    await waitFor(() => badge() === `Messages, ${left} unread`, { message: `the badge "Messages, ${left} unread"` });
    await waitFor(() => messages.shadowRoot!.querySelector('[part="unread-total"]')?.textContent?.trim() === `${left} unread messages`, { message: 'the thread list total after reading' });
  });

  it('switching to Español puts lang="es" on the portal', async () => {
    const portal = await renderPortal({ user: 'client' });
    await portal.settled('portico-dashboard');
    expect(portal.portal.getAttribute('lang')).to.equal('en');
    portal.portal.locale = 'es';
    await waitFor(() => portal.currentLabel() === 'Inicio', { message: 'Spanish text' });
    expect(portal.portal.getAttribute('lang')).to.equal('es');
    const provider = await fixture<PorticoProvider>(html`<portico-provider .adapter=${await adapterFor('client')} locale="es-MX"></portico-provider>`);
    await provider.updateComplete;
    expect(provider.getAttribute('lang')).to.equal('es-MX');
    portal.portal.locale = 'en';
  });

  it('an unknown deep link says so with a way to the dashboard instead of showing the dashboard', async () => {
    history.replaceState(null, '', '#/nowhere/x-1');
    const element = await fixture<PorticoPortal>(html`<portico-portal .adapter=${await adapterFor('payer')} routing="hash"></portico-portal>`);
    const portal = new PortalHarness(element);
    await waitFor(() => visibleText(portal.root).includes('This page could not be found'), { message: 'the not-found state' });
    expect(portal.root.querySelector('portico-dashboard')).to.equal(null);
    await expectNoAxeViolations(element);
    // A view this session may not open (a payer and Messages) is "not available", not silently the dashboard.
    history.pushState(null, '', '#/messages');
    // A history entry the host pushed: the browser's popstate, which no key or click here stands for.
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => visibleText(portal.root).includes('This part of the portal is not available to you'), { message: 'the not-available state' });
    await portal.click(await portal.findByRole('link', { name: 'Go to Dashboard' }));
    await portal.settled('portico-dashboard');
    expect(location.hash).to.equal('#/dashboard');
  });

  it('keeps the portal’s own font on its header and menu under a host `* { font-family: … !important }`', async () => {
    const portal = await renderPortal({ user: 'client' });
    const header = portal.root.querySelector('header')!;
    const link = portal.root.querySelector('nav a')!;
    const before = [getComputedStyle(header).fontFamily, getComputedStyle(link).fontFamily];
    const style = document.createElement('style');
    style.textContent = '* { font-family: "Comic Sans MS", fantasy !important; }';
    document.head.append(style);
    try {
      expect([getComputedStyle(header).fontFamily, getComputedStyle(link).fontFamily]).to.deep.equal(before);
      expect(before[0]).not.to.contain('Comic Sans');
    } finally {
      style.remove();
    }
  });
});
