/**
 * Issue #12.4: the five journeys a person must be able to finish with only a keyboard, in the
 * whole portal, against the mock through the REST adapter. Only keys (Tab, Shift+Tab, Enter,
 * Space, arrows, Escape, typing); no clicks, no `.focus()`. At every stop the focus must be
 * visible, and each journey ends on what the person sees and what the practice now holds.
 * The accessibility conformance report (docs/accessibility.md) cites these tests by name.
 */
import { expect } from '@open-wc/testing';
import { createTestPaymentProvider } from '@portico/mock';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { tolerateResizeObserverLoop } from '../helpers/messages-harness.js';
import { deepQuery, mockBackend, renderPortal, visibleText, waitFor, type PortalHarness } from '../helpers/portal-harness.js';
import { KeyboardUser } from './keyboard.js';

/** Opens a view from the menu by Tab and Enter, and waits until it has its data. */
async function openByKeyboard(keys: KeyboardUser, portal: PortalHarness, label: string, tag: string): Promise<HTMLElement> {
  await keys.tabTo({ role: 'link', name: new RegExp(`^${label}`) });
  await keys.press('Enter');
  await waitFor(() => portal.currentLabel() === label, { message: `${label} to be current` });
  // The view's code loads on first visit; on a busy machine that can take a while.
  const view = await waitFor(() => portal.root.querySelector<HTMLElement>(`.main > ${tag}`), { message: `<${tag}>` });
  await waitFor(() => view.shadowRoot && view.shadowRoot.childElementCount > 0 && !deepQuery(view.shadowRoot, 'portico-state-loading'), { message: `${label} to load` });
  return view;
}

function expectFocusAlwaysVisible(keys: KeyboardUser): void {
  expect(keys.stops.length, 'focus stops').to.be.above(0);
  expect(keys.invisibleStops(), 'stops without a visible focus indicator').to.deep.equal([]);
}

describe('keyboard-only journeys (#12.4)', () => {
  tolerateResizeObserverLoop();
  beforeEach(async () => (await mockBackend()).reset());

  it('KBD-1 pays an invoice with a new card using only the keyboard', async function () {
    this.timeout(240_000);
    const backend = await mockBackend();
    const portal = await renderPortal({ user: 'client' });
    portal.portal.paymentProvider = createTestPaymentProvider();
    const keys = new KeyboardUser();
    const billing = await openByKeyboard(keys, portal, 'Billing', 'portico-billing');
    const invoice = backend.db.data.invoices.find((i) => i.id === 'inv-avery-01')!;
    await waitFor(() => deepQuery(billing.shadowRoot!, `[data-invoice-id="${invoice.id}"]`), { message: 'the invoices' });
    await keys.tabTo({ role: 'button', name: `Invoice ${invoice.number}` });
    await keys.press('Enter');
    await keys.tabTo({ role: 'button', name: /^Pay / });
    await keys.press('Enter');
    // The dialog takes focus; the amount choice comes first, then the saved cards.
    const dialog = await waitFor(() => deepQuery(billing.shadowRoot!, 'portico-billing-pay-dialog')?.shadowRoot?.querySelector('dialog[open]'), { message: 'the pay dialog' });
    await waitFor(() => dialog.querySelector('input[name="method"]'), { message: 'the payment methods' });
    await keys.tabTo({ role: 'radio', name: /^Visa ending/ });
    // Arrow keys move through the radio group to "a new card".
    for (let i = 0; i < 5 && !(keys.focused instanceof HTMLInputElement && keys.focused.value === 'new'); i += 1) await keys.press('ArrowDown');
    expect((keys.focused as HTMLInputElement).value).to.equal('new');
    expect((keys.focused as HTMLInputElement).checked).to.equal(true);
    await keys.tabTo({ role: 'textbox', name: /Card number/ });
    await keys.type('4242 4242 4242 4242');
    await keys.tabTo({ role: 'textbox', name: /Expiry date/ });
    await keys.type('12 / 34');
    await keys.tabTo({ role: 'textbox', name: /Security code/ });
    await keys.type('123');
    await keys.tabTo({ role: 'button', name: /^Pay / });
    await keys.press('Enter');
    await waitFor(() => visibleText(dialog).includes('Receipt number'), { message: 'the receipt', timeout: 30_000 });
    expect(backend.db.data.invoices.find((i) => i.id === invoice.id)!.balance.amount).to.equal(0);
    await expectNoAxeViolations(portal.portal);
    // Escape closes the dialog and focus goes back to the invoice (never to the page's top).
    await keys.press('Escape');
    await waitFor(() => !dialog.hasAttribute('open'), { message: 'the dialog to close' });
    await waitFor(() => composedContains(billing, keys.focused), { message: 'focus back in billing' });
    expectFocusAlwaysVisible(keys);
  });

  it('KBD-2 requests an appointment using only the keyboard', async function () {
    this.timeout(240_000);
    const backend = await mockBackend();
    const portal = await renderPortal({ user: 'client' });
    const keys = new KeyboardUser();
    const schedule = await openByKeyboard(keys, portal, 'Schedule', 'portico-schedule');
    await keys.tabTo({ role: 'button', name: 'Book an appointment' });
    await keys.press('Enter');
    const booking = await waitFor(() => schedule.shadowRoot!.querySelector('portico-schedule-booking')?.shadowRoot?.querySelector('#provider'), { message: 'the booking form' });
    expect(booking).to.exist;
    await keys.tabTo({ role: 'combobox', name: 'Provider' });
    // A closed select takes arrow keys directly: the first provider.
    await keys.press('ArrowDown');
    await keys.tabTo({ role: 'combobox', name: 'Service' });
    await keys.press('ArrowDown');
    // Move to a day with open times, by the keyboard, then pick its first time.
    const picker = await waitFor(() => deepQuery(schedule.shadowRoot!, 'portico-schedule-slot-picker')?.shadowRoot, { message: 'the slot picker' });
    for (let day = 0; day < 14 && !picker.querySelector('input[type="radio"]'); day += 1) {
      await keys.tabTo({ role: 'button', name: 'Next day' });
      await keys.press('Enter');
      await waitFor(() => picker.querySelector('input[type="radio"], .notice'), { message: 'the day\'s times' });
    }
    const first = await waitFor(() => picker.querySelector<HTMLInputElement>('input[type="radio"]'), { message: 'an open time' });
    await keys.tabTo({ role: 'radio', name: /./ });
    await keys.press('Space');
    await waitFor(() => first.checked, { message: 'the time chosen' });
    // Read now: once the request is sent, the open times are fetched again without this one and
    // Lit may reuse this <input> for the next time (a later start).
    const chosen = first.value;
    await keys.tabTo({ role: 'textbox', name: 'Note for the provider (optional)' });
    await keys.type('Afternoons suit me.');
    await keys.tabTo({ role: 'button', name: 'Request this time' });
    await keys.press('Enter');
    await waitFor(() => visibleText(schedule).includes('It is pending until'), { message: 'the confirmation', timeout: 30_000 });
    const stored = backend.db.data.requests.find((r) => r.note === 'Afternoons suit me.');
    expect(stored?.status).to.equal('pending');
    expect(stored?.start).to.equal(chosen);
    await expectNoAxeViolations(portal.portal);
    expectFocusAlwaysVisible(keys);
  });

  it('KBD-3 fills and signs a form using only the keyboard', async function () {
    this.timeout(240_000);
    const backend = await mockBackend();
    const portal = await renderPortal({ user: 'client' });
    const keys = new KeyboardUser();
    const forms = await openByKeyboard(keys, portal, 'Forms', 'portico-forms');
    await waitFor(() => forms.shadowRoot!.querySelector('[data-assignment-id="fa-avery-consent"]'), { message: 'the consent form' });
    await keys.tabTo({ role: 'button', name: /: Informed consent for treatment$/ });
    await keys.press('Enter');
    await waitFor(() => forms.shadowRoot!.querySelector('portico-forms-filler')?.shadowRoot?.querySelector('form'), { message: 'the form' });
    await keys.tabTo({ role: 'radio', name: /^(Yes|No)$/, group: 'Do you consent to telehealth sessions?' });
    // Arrow keys choose within the yes/no group: land on "No" (no follow-up questions).
    for (let i = 0; i < 3 && nameOfFocused(keys) !== 'No'; i += 1) await keys.press('ArrowDown');
    expect((keys.focused as HTMLInputElement).checked).to.equal(true);
    // Signing by keyboard: the typed signature.
    await keys.tabTo({ role: 'radio', name: /Type your name|Draw your signature/ });
    for (let i = 0; i < 3 && nameOfFocused(keys) !== 'Type your name'; i += 1) await keys.press('ArrowUp');
    await keys.tabTo({ role: 'textbox', name: 'Type your full name to sign' });
    await keys.type('Avery Example');
    await keys.tabTo({ role: 'button', name: /^Submit/ });
    await keys.press('Enter');
    await waitFor(() => visibleText(forms).includes('is submitted'), { message: 'the submission', timeout: 30_000 });
    const assignment = backend.db.data.assignments.find((a) => a.id === 'fa-avery-consent')!;
    expect(assignment.status).to.equal('submitted');
    expect(backend.db.data.files.find((f) => f.id === assignment.documentId)!.description).to.contain('signed by Avery Example');
    await expectNoAxeViolations(portal.portal);
    expectFocusAlwaysVisible(keys);
  });

  it('KBD-4 sends a message with an attachment using only the keyboard', async function () {
    this.timeout(240_000);
    const backend = await mockBackend();
    const portal = await renderPortal({ user: 'client' });
    const keys = new KeyboardUser();
    const messages = await openByKeyboard(keys, portal, 'Messages', 'portico-messages');
    await keys.tabTo({ role: 'button', name: 'New message' });
    await keys.press('Enter');
    const composer = await waitFor(() => deepQuery(messages.shadowRoot!, 'portico-messages-composer')?.shadowRoot?.querySelector('form'), { message: 'the composer' });
    const root = composer.getRootNode() as ShadowRoot;
    // The first recipient, chosen with Space.
    await keys.tabTo({ role: 'checkbox', name: /./ });
    await keys.press('Space');
    expect((keys.focused as HTMLInputElement).checked).to.equal(true);
    await keys.tabTo({ role: 'textbox', name: 'Subject' });
    await keys.type('Sleep diary');
    await keys.tabTo({ role: 'textbox', name: 'Message' });
    await keys.type('Here is this week\'s sleep diary.');
    // The file chooser: reached by Tab, opened with Space (the browser asks for a file here).
    const picker = await keys.tabTo({ role: 'button', name: 'Attach files' });
    let opened = false;
    picker.addEventListener('click', () => (opened = true), { once: true });
    await keys.press('Space');
    await waitFor(() => opened, { message: 'the file chooser to open' });
    // What the person's file dialog hands back: one file, put in the input as the browser does.
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Mon 7h, Tue 6h'], 'sleep-diary.txt', { type: 'text/plain' }));
    (picker as HTMLInputElement).files = transfer.files;
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => visibleText(root).includes('Uploaded'), { message: 'the upload', timeout: 30_000 });
    await keys.tabTo({ role: 'button', name: 'Send' });
    await keys.press('Enter');
    const stored = () => Object.values(backend.db.data.messages).flat().find((m) => m.text === 'Here is this week\'s sleep diary.');
    const sent = await waitFor(stored, { message: 'the stored message', timeout: 30_000 });
    expect(sent.attachments.map((a) => a.name)).to.deep.equal(['sleep-diary.txt']);
    await waitFor(() => visibleText(messages).includes('Sleep diary'), { message: 'the new thread shown' });
    await expectNoAxeViolations(portal.portal);
    expectFocusAlwaysVisible(keys);
  });

  it('KBD-5 switches the client being viewed as a guardian using only the keyboard', async function () {
    this.timeout(240_000);
    const portal = await renderPortal({ user: 'guardian' });
    const keys = new KeyboardUser();
    await waitFor(() => visibleText(portal.root.querySelector('header')!).includes('Casey Placeholder'), { message: 'Milo\'s professional' });
    const switcher = await keys.tabTo({ role: 'combobox', name: 'Viewing' });
    await keys.press('ArrowDown');
    await waitFor(() => visibleText(portal.root.querySelector('header')!).includes('Morgan Mockwell'), { message: 'Nora\'s professional in the header' });
    expect((switcher as HTMLSelectElement).selectedOptions[0]!.textContent!.trim()).to.equal('Nori');
    // The views now show Nora's data: her forms, opened by keyboard.
    const forms = await openByKeyboard(keys, portal, 'Forms', 'portico-forms');
    await waitFor(() => forms.shadowRoot!.querySelector('[data-assignment-id^="fa-nora"]'), { message: 'Nora\'s forms' });
    expect(forms.shadowRoot!.querySelector('[data-assignment-id^="fa-milo"]')).to.equal(null);
    // And back with Shift+Tab to the switcher, ArrowUp to Milo.
    await keys.tabTo({ role: 'combobox', name: 'Viewing' }, { backwards: true });
    await keys.press('ArrowUp');
    await waitFor(() => visibleText(portal.root.querySelector('header')!).includes('Casey Placeholder'), { message: 'Milo again' });
    await expectNoAxeViolations(portal.portal);
    expectFocusAlwaysVisible(keys);
  });
});

function nameOfFocused(keys: KeyboardUser): string {
  const el = keys.focused as HTMLInputElement | null;
  return el?.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Whether `el` is inside `container`, across shadow roots. */
function composedContains(container: Element, el: Element | null): boolean {
  for (let node: Node | null = el; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) if (node === container) return true;
  return false;
}
