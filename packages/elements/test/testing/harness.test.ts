/**
 * The shipped base harness: queries by role and accessible name through shadow roots and slots,
 * waits that say what they waited for, and actions that arrive as trusted key presses and clicks.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { segmentKeys } from '../../src/testing/harness.js';
import { PorticoHarness, getByRole, nameOf, queryAllByRole, selectWithKeys, typeInto, userEventDriver, waitFor, type Driver } from '../helpers/harness.js';

/** A small component with the shapes Portico views have: labelled fields, slotted text, a nested shadow root. */
class HarnessProbe extends LitElement {
  static override properties = { sent: { state: true }, later: { state: true } };
  sent = '';
  later = false;
  keys: { key: string; trusted: boolean }[] = [];

  override render() {
    return litHtml`
      <form @submit=${(e: Event) => { e.preventDefault(); this.sent = (this.renderRoot.querySelector('textarea') as HTMLTextAreaElement).value; }}>
        <label for="body">Message</label>
        <textarea id="body" @keydown=${(e: KeyboardEvent) => this.keys.push({ key: e.key, trusted: e.isTrusted })}></textarea>
        <label for="topic">Topic</label>
        <select id="topic"><option>Billing</option><option>Scheduling</option><option>Other</option></select>
        <label><input type="checkbox" id="urgent" /> Urgent</label>
        <label for="dob">Date of birth</label><input type="date" id="dob" />
        <label for="start">Starts at</label><input type="time" id="start" />
        <button type="submit">Send message</button>
        <button type="button" aria-label="Close the draft">×</button>
        <button type="button" hidden>Hidden action</button>
        <harness-probe-inner><span>Slotted name</span></harness-probe-inner>
      </form>
      ${this.sent ? litHtml`<p role="status">Sent: ${this.sent}</p>` : ''}
      ${this.later ? litHtml`<button type="button">Appears later</button>` : ''}
    `;
  }
}
class HarnessProbeInner extends LitElement {
  override render() {
    return litHtml`<button type="button"><slot></slot></button>`;
  }
}
customElements.define('harness-probe', HarnessProbe);
customElements.define('harness-probe-inner', HarnessProbeInner);

async function probe(): Promise<PorticoHarness<HarnessProbe>> {
  const el = await fixture<HarnessProbe>(html`<harness-probe></harness-probe>`);
  return new PorticoHarness(el);
}

describe('the shipped base harness (@portico/elements/testing)', () => {
  it('finds controls by role and accessible name across shadow roots and slots', async () => {
    const view = await probe();
    expect(view.getByRole('button', { name: 'Send message' }).textContent).to.equal('Send message');
    expect(view.getByRole('button', { name: 'Close the draft' }).textContent).to.equal('×');
    // The button lives in a nested shadow root; its name comes from light-DOM text in its slot.
    expect(nameOf(view.getByRole('button', { name: 'Slotted name' }))).to.equal('Slotted name');
    expect(view.getByLabel('Message').localName).to.equal('textarea');
    expect(view.getByLabel('Urgent').id).to.equal('urgent');
    expect(getByRole(view.element, 'combobox', { name: 'Topic' }).localName).to.equal('select');
  });

  it('leaves out what a person cannot see, unless asked', async () => {
    const view = await probe();
    expect(queryAllByRole(view.element, 'button').map((el) => nameOf(el))).to.deep.equal(['Send message', 'Close the draft', 'Slotted name']);
    expect(queryAllByRole(view.element, 'button', { hidden: true, name: 'Hidden action' })).to.have.length(1);
  });

  it('says what it looked for and what is there when a query fails', async () => {
    const view = await probe();
    expect(() => view.getByRole('button', { name: 'Delete' })).to.throw(/No button "Delete".*buttons shown: "Send message", "Close the draft", "Slotted name"/);
  });

  it('waits for a control to appear, and names it when it never does', async () => {
    const view = await probe();
    const found = view.findByRole('button', { name: 'Appears later' });
    view.element.later = true;
    expect((await found).textContent).to.equal('Appears later');
    let error: Error | undefined;
    await view.findByRole('button', { name: 'Never there', timeout: 100 }).catch((e: Error) => (error = e));
    expect(error?.message).to.match(/^Timed out after 100 ms waiting for the button "Never there" in <harness-probe>: No button "Never there"/);
  });

  it('types with trusted key presses, replaces what a field held, and submits by click', async () => {
    const view = await probe();
    const field = await view.type('Message', 'Hello');
    await view.type(field, 'Hi there');
    expect(field.value).to.equal('Hi there');
    expect(view.element.keys.map((k) => k.key).join('')).to.contain('Hi there');
    expect(view.element.keys.every((k) => k.trusted)).to.equal(true);
    await view.click('Send message');
    await view.waitForText('Sent: Hi there');
    expect(view.getByRole('status').textContent).to.equal('Sent: Hi there');
  });

  it('clears a field with Backspace when asked to type nothing', async () => {
    const view = await probe();
    const field = await view.type('Message', 'Draft');
    await view.type(field, '');
    expect(field.value).to.equal('');
  });

  it('types a date and a time segment by segment, over what they held', async () => {
    const view = await probe();
    const date = await view.type('Date of birth', '1990-05-01');
    expect(date.value).to.equal('1990-05-01');
    await view.type(date, '2026-12-31');
    expect(date.value).to.equal('2026-12-31');
    const time = await view.type('Starts at', '18:00');
    expect(time.value).to.equal('18:00');
    await view.type(time, '09:30');
    expect(time.value).to.equal('09:30');
  });

  it('pastes text far too long to type, as one edit with an input event', async () => {
    const view = await probe();
    const inputs: string[] = [];
    view.getByLabel('Message').addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    const field = await view.paste('Message', 'W'.repeat(100_000));
    expect(field.value).to.have.length(100_000);
    expect(inputs).to.deep.equal(['insertText']);
  });

  it('chooses an option with the arrow keys and ticks a box with the space bar', async () => {
    const view = await probe();
    const select = await view.selectOption('Topic', 'Other');
    expect(select.value).to.equal('Other');
    await view.selectOption(select, 'Billing');
    expect(select.value).to.equal('Billing');
    const box = await view.check('Urgent');
    expect(box.checked).to.equal(true);
    expect(view.focused()).to.equal(box);
    await view.check(box, false);
    expect(box.checked).to.equal(false);
  });

  it('moves focus with Tab and Shift+Tab', async () => {
    const view = await probe();
    view.getByLabel('Message').focus();
    await view.press('Tab');
    expect(view.focused()).to.equal(view.getByLabel('Topic'));
    await view.press('Shift+Tab');
    expect(view.focused()).to.equal(view.getByLabel('Message'));
  });

  it('refuses to click what something else covers', async () => {
    const view = await probe();
    const cover = document.createElement('div');
    cover.style.cssText = 'position:fixed;inset:0;background:white';
    document.body.append(cover);
    try {
      let error: Error | undefined;
      await view.click('Send message').catch((e: Error) => (error = e));
      expect(error?.message).to.match(/Cannot click <button> "Send message": <div> is on top of it/);
    } finally {
      cover.remove();
    }
  });

  it('gives user-event the keys in its own syntax (the Storybook driver)', async () => {
    const calls: string[] = [];
    const driver: Driver = userEventDriver({
      keyboard: async (t) => void calls.push(t),
      click: async (el) => void calls.push(`click ${el.localName}`),
      selectOptions: async (el, value) => void calls.push(`select ${el.localName} ${String(value)}`),
    });
    await driver.type('a{b}[c');
    await driver.press('Shift+Tab');
    await driver.press('Space');
    await driver.click(document.body);
    const select = document.createElement('select');
    select.append(new Option('One', '1'), new Option('Two', '2'));
    await selectWithKeys(select, 'Two', driver);
    const input = document.createElement('input');
    input.value = 'old';
    document.body.append(input);
    await typeInto(input, 'new', driver);
    input.remove();
    expect(calls).to.deep.equal(['a{{b}[[c', '{Shift>}{Tab}{/Shift}', '[Space]', 'click body', 'select select 2', '{Control>}a{/Control}{Backspace}', 'new']);
  });

  it('orders date and time segments as the locale shows them', () => {
    expect(segmentKeys('date', '1990-05-01', 'en-US')).to.equal('05011990');
    expect(segmentKeys('date', '1990-05-01', 'en-GB')).to.equal('01051990');
    expect(segmentKeys('time', '18:05', 'en-US')).to.equal('0605P');
    expect(segmentKeys('time', '00:30', 'en-US')).to.equal('1230A');
    expect(segmentKeys('time', '18:05', 'en-GB')).to.equal('1805');
  });

  it('waitFor retries a check that throws and reports its last error', async () => {
    let error: Error | undefined;
    await waitFor(() => { throw new Error('not yet'); }, { message: 'the impossible', timeout: 60 }).catch((e: Error) => (error = e));
    expect(error?.message).to.equal('Timed out after 60 ms waiting for the impossible: not yet');
  });
});
