import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CLIENT } from '@portico/mock';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { openDetail, pressButton, openPayDialog, renderBilling, selectTab, settled, typeCard } from '../helpers/billing-harness.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';
import { getByRole } from '../../src/testing/queries.js';

/** The invoice inv-avery-01, by its number as the invoice list shows it. */
const NUMBER = 'HL-1041';

/** The saved-cards part, on its tab. */
async function openCards(billing: Awaited<ReturnType<typeof renderBilling>>, selector = '.card'): Promise<ShadowRoot> {
  await waitFor(() => [...billing.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Saved cards'), { message: 'the Saved cards tab' });
  await selectTab(billing, 'Saved cards');
  return settled(billing, 'portico-billing-cards', selector);
}

/** Opens "Add a card" and waits for the provider's field in the dialog. */
async function openAddDialog(cards: ShadowRoot): Promise<HTMLDialogElement> {
  await pressButton(cards, 'Add a card');
  const dialog = await waitFor(() => cards.querySelector<HTMLDialogElement>('dialog.add-card[open]'), { message: 'the add-a-card dialog' });
  await waitFor(() => dialog.querySelector('.card-field [data-provider="test"]'), { message: 'the provider card field' });
  return dialog;
}

function cardItem(cards: ShadowRoot, label: string): HTMLLIElement | undefined {
  return [...cards.querySelectorAll<HTMLLIElement>('li.card')].find((li) => li.querySelector('strong')?.textContent?.trim() === label);
}

describe('<portico-billing> saved cards outside a payment', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('adds the test Visa in a dialog: focus moves in and back, the card appears as the default, nothing is charged', async () => {
    const backend = await mockBackend();
    backend.db.data.paymentMethods = backend.db.data.paymentMethods.filter((m) => m.clientId !== CLIENT.avery);
    const paymentsBefore = backend.db.data.payments.length;
    const billing = await renderBilling(await adapterFor('client'));
    const cards = await openCards(billing, 'portico-state-empty');
    const opener = getByRole(cards, 'button', { name: 'Add a card' });
    const dialog = await openAddDialog(cards);
    expect(cards.activeElement?.id).to.equal('add-heading');
    await expectNoAxeViolations(billing);

    await typeCard(cards, { number: '4242 4242 4242 4242', expiry: '12 / 30' });
    await pressButton(dialog, 'Save card');
    await waitFor(() => !dialog.open, { message: 'the dialog to close' });
    await waitFor(() => cards.activeElement === opener, { message: 'focus back on "Add a card"' });
    const item = await waitFor(() => cardItem(cards, 'Visa ending 4242'), { message: 'the new card in the list' });
    expect(visibleText(item)).to.contain('Default');
    expect(visibleText(item)).to.contain('Expires 12/2030');
    await waitFor(() => visibleText(cards).includes('Visa ending 4242 saved.'), { message: 'the announcement' });
    const saved = backend.db.data.paymentMethods.filter((m) => m.clientId === CLIENT.avery);
    expect(saved.map((m) => [m.brand, m.last4, m.isDefault])).to.deep.equal([['visa', '4242', true]]);
    expect(backend.db.data.payments.length).to.equal(paymentsBefore);
  });

  it('Cancel (and Escape) keeps nothing and returns focus to "Add a card"', async () => {
    const backend = await mockBackend();
    const before = backend.db.data.paymentMethods.length;
    const billing = await renderBilling(await adapterFor('client'));
    const cards = await openCards(billing);
    const opener = getByRole(cards, 'button', { name: 'Add a card' });
    let dialog = await openAddDialog(cards);
    await typeCard(cards, { number: '3782 822463 10005' });
    await pressButton(dialog, 'Cancel');
    await waitFor(() => !dialog.open, { message: 'the dialog to close' });
    await waitFor(() => cards.activeElement === opener, { message: 'focus back on "Add a card"' });
    await waitFor(() => cards.querySelector('.card-field [data-provider="test"]') === null, { message: 'the typed card to be forgotten' });

    dialog = await openAddDialog(cards);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog.open, { message: 'Escape to close the dialog' });
    await waitFor(() => cards.activeElement === opener, { message: 'focus back on "Add a card" after Escape' });
    expect(backend.db.data.paymentMethods.length).to.equal(before);
    expect(cardItem(cards, 'American Express ending 0005') === undefined, 'no Mastercard listed').to.equal(true);
  });

  it('a declined card shows the reason next to the card field and is not saved', async () => {
    const backend = await mockBackend();
    const before = backend.db.data.paymentMethods.length;
    const billing = await renderBilling(await adapterFor('client'));
    const cards = await openCards(billing);
    const dialog = await openAddDialog(cards);
    await typeCard(cards, { number: '4000 0000 0000 0002' });
    await pressButton(dialog, 'Save card');
    const alert = await waitFor(() => dialog.querySelector('[role="alert"] .notice'), { message: 'the decline message' });
    expect(alert.textContent).to.contain('Your card was declined.');
    // Next to the fields: the message follows the provider's field, before the buttons.
    expect(dialog.querySelector('.card-field')!.compareDocumentPosition(alert) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(dialog.open).to.equal(true);
    await expectNoAxeViolations(billing);
    expect(backend.db.data.paymentMethods.length).to.equal(before);
  });

  it('makes another card the default by keyboard: the list follows, and the pay dialog preselects it', async () => {
    const backend = await mockBackend();
    const billing = await renderBilling(await adapterFor('client'));
    const cards = await openCards(billing);
    expect(visibleText(cardItem(cards, 'Visa ending 4242')!)).to.contain('Default');
    const dialog = await openAddDialog(cards);
    await typeCard(cards, { number: '3782 822463 10005' });
    await pressButton(dialog, 'Save card');
    const added = await waitFor(() => cardItem(cards, 'American Express ending 0005'), { message: 'the American Express card in the list' });
    expect(visibleText(added)).to.not.contain('Default');
    expect(cardItem(cards, 'Visa ending 4242')!.querySelector('button[aria-label*="default"]') === null, 'no "Make default" on the default card').to.equal(true);

    const make = added.querySelector<HTMLButtonElement>('button[aria-label="Make default: American Express ending 0005"]');
    expect(make !== null, 'a "Make default" button naming the card').to.equal(true);
    expect(make!.textContent!.trim()).to.equal('Make default');
    make!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => visibleText(cardItem(cards, 'American Express ending 0005')!).includes('Default'), { message: 'the American Express card to be the default' });
    expect(visibleText(cardItem(cards, 'Visa ending 4242')!)).to.not.contain('Default');
    expect(cardItem(cards, 'Visa ending 4242')!.querySelector('button[aria-label="Make default: Visa ending 4242"]') !== null, '"Make default" on the Visa now').to.equal(true);
    await waitFor(() => visibleText(cards).includes('American Express ending 0005 is now your default card.'), { message: 'the announcement' });
    await waitFor(() => cards.activeElement === cardItem(cards, 'American Express ending 0005'), { message: 'focus on the new default card' });
    await expectNoAxeViolations(billing);
    const amex = backend.db.data.paymentMethods.find((m) => m.clientId === CLIENT.avery && m.last4 === '0005')!;
    expect(backend.db.data.paymentMethods.filter((m) => m.clientId === CLIENT.avery && m.isDefault).map((m) => m.id)).to.deep.equal([amex.id]);

    // Straight on to an invoice (the cards are already in the store): the pay dialog preselects the new default.
    let pay = await openPayDialog(await openDetail(billing, NUMBER));
    await waitFor(() => pay.querySelector<HTMLInputElement>(`input[name="method"][value="${amex.id}"]`)?.checked, { message: 'the new default card preselected' });
    expect(pay.querySelector<HTMLInputElement>('input[name="method"][value="pm-avery-visa"]')!.checked).to.equal(false);

    // And after a new page load (the old page, its pay dialog open on top, goes away).
    billing.closest('portico-provider')!.remove();
    const fresh = await renderBilling(await adapterFor('client'));
    pay = await openPayDialog(await openDetail(fresh, NUMBER));
    await waitFor(() => pay.querySelector<HTMLInputElement>(`input[name="method"][value="${amex.id}"]`)?.checked, { message: 'the new default card preselected after a reload' });
  });
});
