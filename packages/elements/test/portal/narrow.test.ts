// Issue #10.15 and #13.4: on phones (320 and 375 px) no view scrolls sideways, the header stays
// compact, and long unbroken names from the backend wrap instead of widening the page (the
// contract refuses anything longer than TEXT_LIMITS; see core's schemas test).
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { TEXT_LIMITS } from '@portico/core';
import { getByLabel } from '../../src/testing/queries.js';
import { tolerateResizeObserverLoop } from '../helpers/messages-harness.js';
import { deepQuery, mockBackend, renderPortal, waitFor, type PortalHarness } from '../helpers/portal-harness.js';

/** How far the page scrolls sideways (0 when it fits). */
function sidewaysOverflow(): number {
  return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function openSettled(portal: PortalHarness, label: string): Promise<HTMLElement> {
  await portal.open(label);
  await waitFor(() => portal.currentLabel() === label, { message: `${label} to be current` });
  // The portal shows its own loading panel while a view's code loads; wait for the view itself,
  // then for every part of it to have its data (no loading panel left at any depth).
  const view = await waitFor(() => {
    const shown = portal.view();
    return shown && shown.localName !== 'portico-state-loading' ? shown : null;
  }, { message: `the ${label} view` });
  await waitFor(() => view.shadowRoot && view.shadowRoot.childElementCount > 0 && !deepQuery(view.shadowRoot, 'portico-state-loading'), { message: `${label} to load` });
  return view;
}

/** Every view, its overflow in px; views with none are left out. */
async function overflowingViews(portal: PortalHarness): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  for (const label of portal.menu()) {
    await openSettled(portal, label);
    // Let layout settle (a frame), then measure what a person would scroll.
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    const overflow = sidewaysOverflow();
    if (overflow > 0) found[label] = overflow;
  }
  return found;
}

/** The longest unbroken names and titles the contract lets a backend send (a longer one is refused). */
const LONG_NAME = 'W'.repeat(TEXT_LIMITS.name);
const LONG_TITLE = 'W'.repeat(TEXT_LIMITS.title);

describe('the portal on phones (#10.15, #13.4)', () => {
  tolerateResizeObserverLoop();
  beforeEach(async () => {
    (await mockBackend()).reset();
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [320, 375]) {
    it(`fits ${width} px on every view, as a client and as a guardian, with a compact header`, async function () {
      await setViewport({ width, height: 700 });
      for (const user of ['client', 'guardian'] as const) {
        const portal = await renderPortal({ user });
        expect(await overflowingViews(portal), `${user} at ${width} px`).to.deep.equal({});
        const header = portal.root.querySelector('header')!;
        // Before: 224 px (client) and about 290 px (guardian, with the client switcher).
        const bound = user === 'client' ? 150 : 190;
        expect(header.getBoundingClientRect().height, `${user} header height at ${width} px`).to.be.below(bound);
      }
    });
  }

  it('books at 320 px without the provider list widening the page (#10.15)', async function () {
    await setViewport({ width: 320, height: 640 });
    const portal = await renderPortal({ user: 'client' });
    const schedule = await openSettled(portal, 'Schedule');
    await portal.click(await portal.findByRole('button', { name: 'Book an appointment', within: schedule }));
    const booking = await waitFor(() => schedule.shadowRoot!.querySelector('portico-schedule-booking')?.shadowRoot, { message: 'the booking form' });
    const provider = await portal.findByLabel<HTMLSelectElement>('Provider', { within: booking });
    await waitFor(() => provider.options.length > 1, { message: 'the providers' });
    await portal.selectOption(provider, provider.options[1]!.value);
    await waitFor(() => booking.querySelector('#service'), { message: 'the service list' });
    expect(provider.getBoundingClientRect().right).to.be.at.most(innerWidth);
    expect(sidewaysOverflow()).to.equal(0);
  });

  it('keeps the Account tabs on one row at 320 px (#10.15)', async function () {
    await setViewport({ width: 320, height: 640 });
    const portal = await renderPortal({ user: 'client' });
    const account = await openSettled(portal, 'Account');
    const tablist = await waitFor(() => account.shadowRoot!.querySelector<HTMLElement>('[role="tablist"]'), { message: 'the tabs' });
    const tabs = [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')];
    const tops = new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    expect(tops.size, 'rows of tabs').to.equal(1);
    expect(sidewaysOverflow()).to.equal(0);
    // The last tab is reachable by keyboard and scrolled into view when focused.
    tabs.at(-1)!.focus();
    const rect = tabs.at(-1)!.getBoundingClientRect();
    expect(rect.right).to.be.at.most(innerWidth);
  });

  for (const [width, height] of [[375, 667], [320, 568]] as const) {
    it(`shows a thread's reply box on the same ${width}×${height} phone screen as its heading (#10.15)`, async function () {
      await setViewport({ width, height });
      const portal = await renderPortal({ user: 'client' });
      const messages = await openSettled(portal, 'Messages');
      const first = await waitFor(() => messages.shadowRoot!.querySelector<HTMLButtonElement>('button.thread'), { message: 'a thread' });
      await portal.click(first);
      const thread = await waitFor(() => messages.shadowRoot!.querySelector('portico-messages-thread')?.shadowRoot, { message: 'the thread' });
      const reply = await waitFor(() => getByLabel(thread, 'Reply'), { message: 'the reply box' });
      await waitFor(() => thread.querySelector('.log [role="listitem"]'), { message: 'the messages' });
      // With the thread's heading at the top of the screen, the reply box is on the same screen
      // (before: a 60vh log pushed it below the fold).
      const heading = thread.querySelector<HTMLElement>('.thread-header')!;
      heading.scrollIntoView({ block: 'start' });
      expect(reply.getBoundingClientRect().bottom, `reply box bottom vs. the ${height} px screen`).to.be.at.most(innerHeight);
    });
  }

  it('keeps the longest unbroken names and titles the contract allows inside the page at 375 px', async function () {
    await setViewport({ width: 375, height: 700 });
    const backend = await mockBackend();
    const data = backend.db.data as unknown as Record<string, unknown>;
    // Every name and title the backend sends, as one unbroken word as long as the contract allows
    // (before the fix, 200 characters of W widened the page as a 100,000-character name did).
    const stretch = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(stretch);
      else if (value && typeof value === 'object') {
        for (const [key, v] of Object.entries(value)) {
          if (typeof v === 'string' && /^(name|fileName|serviceName|providerName)$/.test(key)) (value as Record<string, unknown>)[key] = LONG_NAME;
          else if (typeof v === 'string' && /^(title|subject)$/.test(key)) (value as Record<string, unknown>)[key] = LONG_TITLE;
          else stretch(v);
        }
      }
    };
    stretch(data);
    const portal = await renderPortal({ user: 'client' });
    expect(await overflowingViews(portal)).to.deep.equal({});
  });
});
