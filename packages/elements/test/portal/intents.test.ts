import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MEMBER, createTestPaymentProvider } from '@portico/mock';
import type { PorticoPortal } from '../../src/portal/portal.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { chooseNewCard, submitPay, typeCard } from '../helpers/billing-harness.js';
import { PortalHarness, adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

/** Focuses a control and presses Enter, as a keyboard user does. */
async function press(control: HTMLElement): Promise<void> {
  control.focus();
  await sendKeys({ press: 'Enter' });
}

describe('<portico-portal> intents and host services', () => {
  beforeEach(async () => {
    (await mockBackend()).reset();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('Team → Message opens Messages composing to that member, with no attribute passed and no member id in the URL', async () => {
    const adapter = await adapterFor('client');
    const element = await fixture<PorticoPortal>(html`<portico-portal .adapter=${adapter} routing="hash"></portico-portal>`);
    const portal = new PortalHarness(element);
    await waitFor(() => portal.root.querySelector('nav a'), { message: 'the portal shell' });
    await portal.open('Care team');
    const team = await portal.settled('portico-team');
    const message = await portal.findByRole('button', { name: 'Message Morgan Mockwell', within: team });
    await press(message);

    await waitFor(() => portal.currentLabel() === 'Messages', { message: 'Messages to open' });
    const messages = await portal.settled('portico-messages');
    const composer = await waitFor(() => messages.shadowRoot!.querySelector('portico-messages-composer')?.shadowRoot, { message: 'the composer' });
    const chosen = await waitFor(() => composer.querySelector<HTMLInputElement>(`input[value="${MEMBER.morgan}"]`), { message: 'the recipients' });
    expect(chosen.checked).to.equal(true);
    expect(composer.querySelector<HTMLInputElement>(`input[value="${MEMBER.riley}"]`)!.checked).to.equal(false);
    // Focus lands on the new message's heading, so a screen reader hears where it is.
    await waitFor(() => portal.focused()?.id === 'compose-heading', { message: 'focus on "New message"' });
    expect(portal.focused()!.textContent!.trim()).to.equal('New message');
    expect(messages.hasAttribute('compose-to')).to.equal(false);
    expect(location.hash).to.equal('#/messages');
    await expectNoAxeViolations(element);
  });

  it('opening a thread has one writer: the portal sets the view\'s item and the URL', async () => {
    const adapter = await adapterFor('client');
    const element = await fixture<PorticoPortal>(html`<portico-portal .adapter=${adapter} routing="hash"></portico-portal>`);
    const portal = new PortalHarness(element);
    await waitFor(() => portal.root.querySelector('nav a'), { message: 'the portal shell' });
    await portal.open('Messages');
    const messages = await portal.settled('portico-messages');
    const first = await waitFor(() => messages.shadowRoot!.querySelector<HTMLElement>('[data-thread-id]'), { message: 'a thread' });
    const navigations: { view: string; item?: string | undefined }[] = [];
    element.addEventListener('portico-navigate', (event) => navigations.push(event.detail));
    await press(first);
    await waitFor(() => messages.shadowRoot!.querySelector('portico-messages-thread'), { message: 'the thread' });
    expect(navigations).to.deep.equal([{ view: 'messages', item: first.dataset.threadId }]);
    expect(element.item).to.equal(first.dataset.threadId);
    expect((messages as HTMLElement & { item?: string }).item).to.equal(first.dataset.threadId);
    expect(location.hash).to.equal(`#/messages/${first.dataset.threadId}`);
  });

  it('gives Billing the host\'s payment provider by context: a new card can pay', async () => {
    const adapter = await adapterFor('client');
    const element = await fixture<PorticoPortal>(html`<portico-portal .adapter=${adapter} .paymentProvider=${createTestPaymentProvider()}></portico-portal>`);
    const portal = new PortalHarness(element);
    await waitFor(() => portal.root.querySelector('nav a'), { message: 'the portal shell' });
    element.navigate({ view: 'billing', item: 'inv-avery-01' });
    const billing = await portal.settled('portico-billing');
    const detail = await waitFor(() => billing.shadowRoot!.querySelector('portico-billing-invoice')?.shadowRoot?.querySelector('article') && billing.shadowRoot!.querySelector('portico-billing-invoice')!.shadowRoot!, { message: 'the invoice' });
    await press(await portal.findByRole('button', { name: /^Pay /, within: detail }));
    const dialog = await waitFor(() => detail.querySelector('portico-billing-pay-dialog')?.shadowRoot?.querySelector('dialog[open]') && detail.querySelector('portico-billing-pay-dialog')!.shadowRoot!, { message: 'the pay dialog' });
    await waitFor(() => dialog.querySelector('input[name="method"][value="new"]'), { message: 'the new-card choice' });
    await chooseNewCard(dialog);
    await typeCard(dialog, { number: '4242 4242 4242 4242' });
    await submitPay(dialog);
    await waitFor(() => visibleText(dialog).includes('Receipt number'), { message: 'the receipt' });
  });
});
