/**
 * Idle sign-out kept in step across tabs (#12.3), driven as a person would: two portals on one
 * page, each with its own BroadcastChannel of one name, play two tabs of the same site; a
 * driven clock stands in for fifteen idle minutes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PortalAdapter } from '@portico/core';
import type { PorticoPortal } from '../../src/portal/portal.js';
import { storeFor } from '../../src/store.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { PortalHarness, adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

const MINUTE = 60_000;

async function renderTab(adapter: PortalAdapter, clock: FakeClock, channel: string): Promise<PortalHarness> {
  const element = await fixture<PorticoPortal>(
    html`<portico-portal .adapter=${adapter} .idleClock=${clock} idle-timeout="15" idle-channel=${channel} routing="none"></portico-portal>`,
  );
  const portal = new PortalHarness(element);
  await waitFor(() => portal.root.querySelector('nav a'), { message: 'the portal shell' });
  return portal;
}

/** The open idle warning of a portal (the alertdialog), if any. */
function warning(portal: PortalHarness): HTMLDialogElement | null {
  const dialog = portal.root.querySelector('portico-idle-warning')?.shadowRoot?.querySelector<HTMLDialogElement>('dialog[role="alertdialog"]');
  return dialog?.open ? dialog : null;
}

function buttonIn(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);
  if (!found) throw new Error(`No "${text}" button`);
  return found;
}

function countSignOuts(portal: PortalHarness): () => number {
  let n = 0;
  portal.portal.addEventListener('portico-signed-out', () => n++);
  return () => n;
}

describe('idle sign-out across tabs', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('idle in both tabs: one warning each; "Stay signed in" in one keeps both; then one sign-out each, with the store cleared', async function () {
    const clock = new FakeClock();
    const channel = `portico-idle-test-${Math.random()}`;
    const adapterA = await adapterFor('client');
    const adapterB = await adapterFor('client');
    const a = await renderTab(adapterA, clock, channel);
    const b = await renderTab(adapterB, clock, channel);
    await waitFor(() => clock.pending() === 2, { message: 'both idle timers running' });
    const signOutsA = countSignOuts(a);
    const signOutsB = countSignOuts(b);

    clock.advance(13 * MINUTE - 1000);
    await a.portal.updateComplete;
    expect(warning(a)).to.equal(null);
    clock.advance(1000);
    await waitFor(() => warning(a) && warning(b), { message: 'a warning in each tab' });
    expect(a.root.querySelectorAll('portico-idle-warning')).to.have.length(1);
    expect(b.root.querySelectorAll('portico-idle-warning')).to.have.length(1);
    expect(visibleText(warning(a)!)).to.contain('Are you still there?');

    // The person answers in tab A: the warning in tab B goes too.
    buttonIn(warning(a)!, 'Stay signed in').click();
    await waitFor(() => !warning(a) && !warning(b), { message: 'both warnings to close' });
    expect(visibleText(b.root)).not.to.contain('You have signed out');

    clock.advance(13 * MINUTE);
    await waitFor(() => warning(a) && warning(b), { message: 'the warnings again' });
    clock.advance(2 * MINUTE);
    await waitFor(() => visibleText(a.root).includes('You have signed out') && visibleText(b.root).includes('You have signed out'), { message: 'both signed out' });
    expect([signOutsA(), signOutsB()]).to.deep.equal([1, 1]);
    expect(storeFor(adapterA).getState(['session.get', {}]).status).to.equal('idle');
    expect(storeFor(adapterB).getState(['session.get', {}]).status).to.equal('idle');
    expect(warning(a) ?? warning(b)).to.equal(null);
  });

  it('signing out with the button in one tab signs out the other', async function () {
    const clock = new FakeClock();
    const channel = `portico-idle-test-${Math.random()}`;
    const a = await renderTab(await adapterFor('client'), clock, channel);
    const b = await renderTab(await adapterFor('client'), clock, channel);
    await waitFor(() => clock.pending() === 2, { message: 'both idle timers running' });
    const signedOutB = new Promise<CustomEvent>((resolve) => b.portal.addEventListener('portico-signed-out', (e) => resolve(e), { once: true }));

    // The account view's Sign out button fires portico-signed-out from inside tab A.
    a.root.querySelector('nav')!.dispatchEvent(new CustomEvent('portico-signed-out', { bubbles: true, composed: true, detail: { confirmed: true } }));
    await waitFor(() => visibleText(a.root).includes('You have signed out'), { message: 'tab A signed out' });
    expect((await signedOutB).detail).to.deep.equal({ confirmed: false, reason: 'other-tab' });
    await waitFor(() => visibleText(b.root).includes('You have signed out'), { message: 'tab B signed out' });
    expect(visibleText(b.root)).not.to.contain('Avery');
  });

  it('the warning is an alertdialog with focus on "Stay signed in", announces the countdown politely by the minute, Escape stays, and passes axe', async function () {
    const clock = new FakeClock();
    const portal = await renderTab(await adapterFor('client'), clock, `portico-idle-test-${Math.random()}`);
    await waitFor(() => clock.pending() === 1, { message: 'the idle timer running' });
    clock.advance(13 * MINUTE);
    const dialog = await waitFor(() => warning(portal), { message: 'the warning' });
    const stay = buttonIn(dialog, 'Stay signed in');
    await waitFor(() => portal.focused() === stay, { message: 'focus on "Stay signed in"' });
    const root = dialog.getRootNode() as ShadowRoot;
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.equal('Are you still there?');
    const status = dialog.querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('You will be signed out in 2 minutes.');
    expect(dialog.querySelector('.countdown')!.textContent).to.equal('2:00');
    await expectNoAxeViolations(portal.portal);

    // The visible countdown moves every second; what is announced changes only at the minute.
    clock.advance(1000);
    await waitFor(() => dialog.querySelector('.countdown')!.textContent === '1:59', { message: 'the countdown to move' });
    expect(status.textContent!.trim()).to.equal('You will be signed out in 2 minutes.');
    clock.advance(59_000);
    await waitFor(() => status.textContent!.trim() === 'You will be signed out in 1 minute.', { message: 'the one-minute announcement' });
    clock.advance(1000);
    await waitFor(() => dialog.querySelector('.countdown')!.textContent === '0:59', { message: 'the countdown' });
    expect(status.textContent!.trim()).to.equal('You will be signed out in 1 minute.');

    await sendKeys({ press: 'Escape' });
    await waitFor(() => !warning(portal), { message: 'Escape to close the warning' });
    expect(visibleText(portal.root)).not.to.contain('You have signed out');
    // Escape meant "stay": a full idle period again before the next warning.
    clock.advance(12 * MINUTE);
    await portal.portal.updateComplete;
    expect(warning(portal)).to.equal(null);

    // Keyboard only: Tab to "Sign out now", Enter.
    clock.advance(MINUTE);
    await waitFor(() => warning(portal), { message: 'the next warning' });
    await waitFor(() => portal.focused()?.textContent?.trim() === 'Stay signed in', { message: 'focus on Stay' });
    await sendKeys({ press: 'Tab' });
    expect(portal.focused()?.textContent?.trim()).to.equal('Sign out now');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => visibleText(portal.root).includes('You have signed out'), { message: 'signed out' });
  });
});
