// Issue #14.1: the header's account menu (WAI-ARIA menu button), the profile-completion
// indicator behind its org switch, the envelope opening "Contact the practice" with the
// practice's default template, and a header no taller on phones than before.
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { mockBackend, renderPortal, visibleText, waitFor, type PortalHarness } from '../helpers/portal-harness.js';

/** The header's account controls, once loaded. */
async function headerMenu(portal: PortalHarness): Promise<ShadowRoot> {
  return waitFor(() => portal.root.querySelector('portico-header-menu')?.shadowRoot?.querySelector('[aria-haspopup="menu"]') && portal.root.querySelector('portico-header-menu')!.shadowRoot!, { message: 'the account menu button' });
}

function menuButton(root: ShadowRoot): HTMLButtonElement {
  return root.querySelector<HTMLButtonElement>('[aria-haspopup="menu"]')!;
}

/** The focused element inside the menu's shadow root. */
function focusedText(root: ShadowRoot): string | undefined {
  return root.activeElement?.textContent?.trim() || root.activeElement?.getAttribute('aria-label') || undefined;
}

/** Waits until the account view shows `tab` as the selected tab. */
async function accountTab(portal: PortalHarness, tab: string): Promise<HTMLElement> {
  const account = await waitFor(() => portal.root.querySelector<HTMLElement>('.main > portico-account'), { message: 'the account view' });
  await waitFor(() => account.shadowRoot?.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.trim() === tab, { message: `the ${tab} tab` });
  return account;
}

/** Header heights on main before this change (client, guardian with the client switcher), px. */
const MAIN_HEADER = { client: 143.6, guardian: 179.6 };

describe('the header menu (#14.1)', () => {
  beforeEach(async () => {
    (await mockBackend()).reset();
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('is a menu button named for the person, driven by arrows, Escape returning focus', async () => {
    const portal = await renderPortal({ user: 'client' });
    const root = await headerMenu(portal);
    const button = menuButton(root);
    expect(button.getAttribute('aria-label')).to.equal('Account menu for Avery Example');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.querySelector('[part="initials"]')!.getAttribute('data-initials')).to.equal('AE');

    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(() => button.getAttribute('aria-expanded') === 'true', { message: 'the menu to open' });
    const entries = [...root.querySelectorAll('[role="menuitem"]')].map((e) => e.textContent!.trim());
    expect(entries).to.deep.equal(['Account profile', 'Notifications', 'Availability', 'Change password', 'Time zone', 'Sign out']);
    await waitFor(() => focusedText(root) === 'Account profile', { message: 'focus on the first entry' });
    await expectNoAxeViolations(portal.portal);

    await sendKeys({ press: 'ArrowDown' });
    expect(focusedText(root)).to.equal('Notifications');
    await sendKeys({ press: 'End' });
    expect(focusedText(root)).to.equal('Sign out');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedText(root)).to.equal('Account profile');
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedText(root)).to.equal('Sign out');

    await sendKeys({ press: 'Escape' });
    await waitFor(() => button.getAttribute('aria-expanded') === 'false', { message: 'the menu to close' });
    expect(root.querySelector('[role="menu"]')!.hasAttribute('hidden')).to.equal(true);
    expect(root.activeElement).to.equal(button);
  });

  it('opens the chosen account section, and signs out from the menu', async () => {
    const portal = await renderPortal({ user: 'client' });
    const root = await headerMenu(portal);
    const button = menuButton(root);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => focusedText(root) === 'Account profile', { message: 'the first entry' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await accountTab(portal, 'Notifications');
    expect(portal.currentLabel()).to.equal('Account');

    await portal.click(button);
    await waitFor(() => button.getAttribute('aria-expanded') === 'true', { message: 'the menu to open' });
    await portal.click(portal.getByRole('menuitem', { name: 'Change password', within: root }));
    await accountTab(portal, 'Password and sign-out');

    await portal.click(button);
    await waitFor(() => button.getAttribute('aria-expanded') === 'true', { message: 'the menu to open' });
    await portal.click(portal.getByRole('menuitem', { name: 'Sign out', within: root }));
    await waitFor(() => visibleText(portal.root).includes('You have signed out'), { message: 'the signed-out panel' });
    expect(visibleText(portal.root)).not.to.contain('Avery Example');
  });

  it('shows profile completion while the practice has it on and takes the person to what is missing', async () => {
    const portal = await renderPortal({ user: 'guardian' });
    const root = await headerMenu(portal);
    const completion = await waitFor(() => root.querySelector<HTMLButtonElement>('[part="completion"]'), { message: 'the completion indicator' });
    // Jordan has a name, email, phone and address, but no date of birth or emergency contact.
    expect(completion.getAttribute('aria-label')).to.equal('Profile 67% complete: add what is missing');
    expect(visibleText(completion)).to.equal('Profile 67%');
    await expectNoAxeViolations(portal.portal);
    const button = menuButton(root);
    await portal.click(button);
    await waitFor(() => button.getAttribute('aria-expanded') === 'true', { message: 'the menu to open' });
    expect(root.querySelector('[role="menuitem"]')!.textContent!.trim(), 'the menu’s first entry').to.equal('Complete your profile (67%)');
    await sendKeys({ press: 'Escape' });
    await portal.click(portal.getByRole('button', { name: 'Profile 67% complete: add what is missing', within: root }));
    const account = await accountTab(portal, 'Contact details');
    const profile = await waitFor(() => account.shadowRoot!.querySelector('portico-account-profile')?.shadowRoot?.querySelector('[part="completion"]'), { message: 'the missing list' });
    expect(visibleText(profile)).to.contain('Still missing: Date of birth Emergency contact');
  });

  it('hides profile completion when the practice switches it off, and for a complete profile', async () => {
    const backend = await mockBackend();
    backend.db.data.organisation.features.profileCompletion = false;
    const guardian = await renderPortal({ user: 'guardian' });
    const root = await headerMenu(guardian);
    // The envelope and menu are there; the indicator is not, and its data is never asked for.
    expect(root.querySelector('[part="contact-button"]')).to.exist;
    expect(root.querySelector('[part="completion"]')).to.equal(null);

    backend.reset();
    const client = await renderPortal({ user: 'client' });
    const clientRoot = await headerMenu(client);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await client.portal.updateComplete;
    expect(clientRoot.querySelector('[part="completion"]'), 'Avery’s profile is complete').to.equal(null);
  });

  it('opens "Contact the practice" from the envelope with the practice’s default template loaded', async () => {
    const portal = await renderPortal({ user: 'client' });
    const root = await headerMenu(portal);
    const envelope = root.querySelector<HTMLButtonElement>('[part="contact-button"]')!;
    expect(envelope.getAttribute('aria-label')).to.equal('Contact the practice');
    await portal.click(portal.getByRole('button', { name: 'Contact the practice', within: root }));
    const account = await accountTab(portal, 'Contact the practice');
    const contact = await waitFor(() => account.shadowRoot!.querySelector('portico-account-contact')?.shadowRoot?.querySelector<HTMLInputElement>('#subject')?.getRootNode() as ShadowRoot | undefined, { message: 'the contact form' });
    await waitFor(() => contact.querySelector<HTMLInputElement>('#subject')!.value === 'A question for Harbor Lane Therapy', { message: 'the default subject' });
    expect(contact.querySelector<HTMLTextAreaElement>('#text')!.value).to.equal('Hello, I have a question: ');
    expect(contact.querySelector<HTMLSelectElement>('#template')!.value).to.equal('tpl-general');
  });

  for (const width of [320, 375]) {
    it(`keeps the header no taller than before at ${width} px`, async function () {
      await setViewport({ width, height: 700 });
      for (const user of ['client', 'guardian'] as const) {
        (await mockBackend()).reset();
        const portal = await renderPortal({ user });
        const root = await headerMenu(portal);
        // Jordan's profile is incomplete: on phones the indicator is a ring around the initials.
        if (user === 'guardian') await waitFor(() => root.querySelector('.avatar-ring')?.getBoundingClientRect().width, { message: 'the completion ring' });
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const height = portal.root.querySelector('header')!.getBoundingClientRect().height;
        expect(height, `${user} header at ${width} px`).to.be.at.most(MAIN_HEADER[user]);
        // The controls sit on the brand's line.
        const bar = root.querySelector('[part="base"]')!.getBoundingClientRect();
        const brand = portal.root.querySelector('.brand')!.getBoundingClientRect();
        expect(Math.abs(bar.top + bar.height / 2 - (brand.top + brand.height / 2)), `${user} controls beside the brand`).to.be.below(4);
      }
    });
  }
});
