import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { HIDDEN_MEMBER_ID, PRACTICE_NAME } from '@portico/mock';
import type { PorticoPortal } from '../../src/portal/portal.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { PortalHarness, adapterFor, mockBackend, renderPortal, visibleText, waitFor } from '../helpers/portal-harness.js';

describe('<portico-portal>', () => {
  beforeEach(async () => {
    (await mockBackend()).reset();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows the practice, the signed-in user and the assigned professional', async () => {
    const portal = await renderPortal({ user: 'client' });
    const header = visibleText(portal.root.querySelector('header')!);
    expect(header).to.contain(PRACTICE_NAME);
    expect(header).to.contain('Signed in as Avery Example');
    expect(header).to.contain('Assigned professional Dr. Riley Demo, Licensed Clinical Psychologist');
  });

  it('opens the first ready view, the dashboard, and Care team shows the team without the hidden member', async () => {
    const portal = await renderPortal({ user: 'client' });
    expect(portal.currentLabel()).to.equal('Dashboard');
    const dashboard = await portal.settled('portico-dashboard');
    expect(visibleText(dashboard.shadowRoot!)).to.contain('Welcome, Avery');
    await portal.open('Care team');
    const team = await portal.settled('portico-team');
    const text = visibleText(team.shadowRoot!);
    expect(text).to.contain('Dr. Riley Demo');
    expect(text).to.contain('Morgan Mockwell');
    expect(text).not.to.contain('Casey Placeholder'); // Milo's analyst, not on Avery's team
    expect(text).not.to.contain('Robin Example');
    expect(team.shadowRoot!.innerHTML).not.to.contain(HIDDEN_MEMBER_ID);
  });

  it('shows a client every module and a payer only the calendar, invoices and account', async () => {
    const client = await renderPortal({ user: 'client' });
    expect(client.menu()).to.deep.equal(['Dashboard', 'Care team', 'Messages', 'Files', 'Billing', 'Schedule', 'Tasks', 'Forms', 'Care & progress', 'Account']);
    const payer = await renderPortal({ user: 'payer' });
    expect(payer.menu()).to.deep.equal(['Dashboard', 'Billing', 'Schedule', 'Account']);
  });

  it('drops a switched-off feature and an unsubscribed module from the menu', async () => {
    const backend = await mockBackend();
    backend.db.data.organisation.features.messaging = false;
    backend.db.data.organisation.modules = backend.db.data.organisation.modules.filter((m) => m !== 'clinical');
    const portal = await renderPortal({ user: 'client' });
    expect(portal.menu()).not.to.include('Messages');
    expect(portal.menu()).not.to.include('Care & progress');
    expect(portal.menu()).to.include('Files');
  });

  it('moves focus to the view heading when the user navigates, via the main region while the view loads', async () => {
    const portal = await renderPortal({ user: 'client' });
    await portal.settled('portico-dashboard');
    await portal.open('Billing');
    expect(portal.currentLabel()).to.equal('Billing');
    await portal.settled('portico-billing');
    await waitFor(() => portal.focused()?.localName === 'h2', { message: 'focus on the Billing heading' });
    expect(portal.focused()!.textContent?.trim()).to.equal('Billing');
    await portal.open('Care team');
    await portal.settled('portico-team');
    await waitFor(() => portal.focused()?.localName === 'h2' && portal.focused()!.textContent === 'Care team', { message: 'focus on the heading' });
  });

  it('fires a cancelable portico-navigate, and a prevented navigation stays put', async () => {
    const portal = await renderPortal({ user: 'client' });
    const navigated = oneEvent(portal.portal, 'portico-navigate');
    await portal.click(portal.link('Files'));
    const event = await navigated;
    expect(event.detail).to.deep.equal({ view: 'files', item: undefined });
    await portal.portal.updateComplete;
    expect(portal.currentLabel()).to.equal('Files');

    portal.portal.addEventListener('portico-navigate', (e) => e.preventDefault(), { once: true });
    await portal.click(portal.link('Tasks'));
    await portal.portal.updateComplete;
    expect(portal.currentLabel()).to.equal('Files');
  });

  it('keeps the URL untouched with routing="none" and lets the host navigate', async () => {
    const portal = await renderPortal({ user: 'client', routing: 'none' });
    const before = location.href;
    await portal.open('Schedule');
    expect(location.href).to.equal(before);
    portal.portal.navigate({ view: 'team' });
    await portal.settled('portico-team');
    expect(portal.currentLabel()).to.equal('Care team');
  });

  it('puts the view in the URL hash, opens deep links and follows back and forward', async () => {
    location.hash = '#/files';
    const adapter = await adapterFor('client');
    const el = await fixture<PorticoPortal>(html`<portico-portal .adapter=${adapter}></portico-portal>`);
    await waitFor(() => el.shadowRoot!.querySelector('nav a[aria-current="page"]'));
    expect(el.shadowRoot!.querySelector('nav a[aria-current="page"]')!.textContent!.trim()).to.equal('Files');

    await new PortalHarness(el).open('Care team');
    await el.updateComplete;
    expect(location.hash).to.equal('#/team');
    history.back();
    await waitFor(() => el.view === 'files', { message: 'back to files' });
    history.forward();
    await waitFor(() => el.view === 'team', { message: 'forward to team' });
  });

  it('lets a guardian switch between the children they act for', async () => {
    const portal = await renderPortal({ user: 'guardian' });
    const select = portal.root.querySelector<HTMLSelectElement>('header select')!;
    expect(select.labels?.[0]?.textContent?.trim()).to.equal('Viewing');
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Milo Sample', 'Nori']);
    expect(visibleText(portal.root.querySelector('header')!)).to.contain('Casey Placeholder');
    await portal.settled('portico-dashboard');
    await portal.open('Care team');
    const team = await portal.settled('portico-team');
    expect(visibleText(team.shadowRoot!)).to.contain('work with Milo Sample');

    const clientChanged = oneEvent(portal.portal, 'portico-client-changed');
    await portal.selectOption('Viewing', 'Nori');
    const changed = await clientChanged;
    expect(changed.detail.clientId).to.equal(select.options[1]!.value);
    await waitFor(() => visibleText(team.shadowRoot!).includes('work with Nori'), { message: "Nori's team" });
    expect(visibleText(portal.root.querySelector('header')!)).to.contain('Morgan Mockwell');
  });

  it('applies the practice branding from the session, with readable header text', async () => {
    const backend = await mockBackend();
    backend.db.data.organisation.branding.primaryColor = '#5b2a86';
    const portal = await renderPortal({ user: 'client' });
    const header = portal.root.querySelector('header')!;
    expect(getComputedStyle(header).backgroundColor).to.equal('rgb(91, 42, 134)');
    expect(getComputedStyle(header).color).to.equal('rgb(255, 255, 255)');
  });

  it('takes design tokens from host CSS and from the theme property', async () => {
    const portal = await renderPortal({ user: 'client' });
    const header = portal.root.querySelector('header')!;
    const branded = getComputedStyle(header).backgroundColor;
    // The host page's stylesheet wins over the practice's branding from the backend.
    const style = document.createElement('style');
    style.textContent = 'portico-portal { --portico-color-primary: rgb(10, 120, 60); }';
    document.head.append(style);
    expect(getComputedStyle(header).backgroundColor).to.equal('rgb(10, 120, 60)');
    style.remove();
    expect(getComputedStyle(header).backgroundColor).to.equal(branded);
    portal.portal.theme = { tokens: { 'color-primary': '#fafafa' } };
    await portal.portal.updateComplete;
    expect(getComputedStyle(header).backgroundColor).to.equal('rgb(250, 250, 250)');
    // Light brand colour: the header text turns dark to stay readable.
    expect(getComputedStyle(header).color).not.to.equal('rgb(255, 255, 255)');
    // A theme change at run time keeps what the user was doing: the same view element stays.
    const team = portal.view();
    portal.portal.theme = { colorScheme: 'dark' };
    await portal.portal.updateComplete;
    expect(portal.view()).to.equal(team);
  });

  it('keeps host CSS out and its own CSS in', async () => {
    const style = document.createElement('style');
    style.textContent = 'button, a { background: rgb(255, 0, 255) !important; font-size: 40px !important; } .member { border: 9px solid red; }';
    document.head.append(style);
    try {
      const portal = await renderPortal({ user: 'client' });
      await portal.open('Care team');
      const team = await portal.settled('portico-team');
      const messageButton = team.shadowRoot!.querySelector('button')!;
      expect(getComputedStyle(messageButton).backgroundColor).not.to.equal('rgb(255, 0, 255)');
      const outside = document.createElement('li');
      outside.className = 'member';
      document.body.append(outside);
      expect(getComputedStyle(outside).borderTopWidth).to.equal('9px');
      const card = team.shadowRoot!.querySelector('.member')!;
      expect(getComputedStyle(card).borderTopWidth).to.equal('1px');
      outside.remove();
    } finally {
      style.remove();
    }
  });

  it('runs two portals on one page independently', async () => {
    const [a, b] = [await adapterFor('client'), await adapterFor('guardian')];
    // fixtureSync: fixture() on a plain <div> waits for an animation frame a background tab may not get.
    const wrapper = fixtureSync<HTMLDivElement>(html`<div>
      <portico-portal id="one" .adapter=${a} routing="none"></portico-portal>
      <portico-portal id="two" .adapter=${b} routing="none"></portico-portal>
    </div>`);
    const one = wrapper.querySelector<PorticoPortal>('#one')!;
    const two = wrapper.querySelector<PorticoPortal>('#two')!;
    await waitFor(() => one.shadowRoot!.querySelector('nav a') && two.shadowRoot!.querySelector('nav a'));
    expect(visibleText(one.shadowRoot!.querySelector('header')!)).to.contain('Avery Example');
    expect(visibleText(two.shadowRoot!.querySelector('header')!)).to.contain('Jordan Sample');
    two.navigate({ view: 'files' });
    await two.updateComplete;
    expect(one.view).to.not.equal('files');
    expect(one.shadowRoot!.querySelector('nav a[aria-current="page"]')!.textContent!.trim()).to.equal('Dashboard');
  });

  it('shows an error with retry when the session cannot load, then recovers', async () => {
    const backend = await mockBackend();
    backend.faults.errorRate('session.get', 1);
    const adapter = await adapterFor('client');
    const el = await fixture<PorticoPortal>(html`<portico-portal .adapter=${adapter} routing="none"></portico-portal>`);
    const error = await waitFor(() => el.shadowRoot!.querySelector('portico-state-error'), { message: 'the error panel' });
    expect(visibleText(error.shadowRoot!)).to.contain('Could not open the portal');
    backend.faults.reset();
    const h = new PortalHarness(el);
    await h.click(await h.findByRole('button', { name: 'Try again', within: error }));
    await waitFor(() => el.shadowRoot!.querySelector('nav a'), { message: 'the shell after retry' });
  });

  it('keeps the portal working when one view gets a bad payload', async () => {
    const backend = await mockBackend();
    backend.faults.malformed('team.list', { path: '0.name', value: 42 });
    const portal = await renderPortal({ user: 'client' });
    await portal.open('Care team');
    const team = await portal.settled('portico-team');
    const error = await waitFor(() => team.shadowRoot!.querySelector('portico-state-error'), { message: 'the team error' });
    expect(visibleText(error.shadowRoot!)).to.match(/unexpected/i);
    await portal.open('Files');
    expect(portal.currentLabel()).to.equal('Files');
  });

  it('collapses the menu behind a Menu button in a narrow container', async () => {
    const portal = await renderPortal({ user: 'client' });
    portal.portal.style.width = '340px';
    const toggle = portal.root.querySelector<HTMLButtonElement>('.menu-toggle')!;
    const list = portal.root.querySelector('nav ul')!;
    // getComputedStyle forces style and layout, so the container query applies at once.
    await waitFor(() => getComputedStyle(toggle).display !== 'none', { message: 'the Menu button' });
    expect(getComputedStyle(list).display).to.equal('none');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await portal.click(portal.getByRole('button', { name: /^Menu\b/ }));
    await portal.portal.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(list).display).to.not.equal('none');
  });

  it('has a skip link that moves focus to the content', async () => {
    const portal = await renderPortal({ user: 'client' });
    const skip = portal.root.querySelector<HTMLAnchorElement>('.skip-link')!;
    expect(skip.textContent).to.equal('Skip to content');
    // A skip link shows only once it has focus (a person reaches it with Tab), then Enter follows it.
    skip.focus();
    await portal.press('Enter');
    expect(portal.focused()?.classList.contains('main')).to.equal(true);
  });

  it('passes axe for a client and for a guardian', async () => {
    const client = await renderPortal({ user: 'client' });
    await client.settled('portico-dashboard');
    await expectNoAxeViolations(client.portal);
    const guardian = await renderPortal({ user: 'guardian' });
    await guardian.settled('portico-dashboard');
    await expectNoAxeViolations(guardian.portal);
  });
});

describe('<portico-portal> opening items', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('opens a view and item a view asks for, and puts the item in the URL', async () => {
    history.replaceState(null, '', location.pathname + location.search);
    const adapter = await adapterFor('client');
    const el = await fixture<PorticoPortal>(html`<portico-portal .adapter=${adapter}></portico-portal>`);
    await waitFor(() => el.shadowRoot!.querySelector('nav a'));
    const dashboard = await waitFor(() => el.shadowRoot!.querySelector('portico-dashboard'));
    // What a view sends when it asks the portal to open an item: the event itself is under test.
    dashboard.dispatchEvent(new CustomEvent('portico-open-requested', { bubbles: true, composed: true, detail: { view: 'files', item: 'f-1' } }));
    await el.updateComplete;
    expect(el.view).to.equal('files');
    expect(location.hash).to.equal('#/files/f-1');
    history.replaceState(null, '', location.pathname + location.search);
  });
});
