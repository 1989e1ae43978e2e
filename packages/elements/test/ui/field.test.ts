import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { live } from 'lit/directives/live.js';
import '../../src/ui/field.js';
import type { PorticoField } from '../../src/ui/field.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { deepActiveElement, getByLabel, getByRole, selectWithKeys, typeInto, waitFor, webTestRunnerDriver } from '../helpers/harness.js';

/** The message the control's `aria-describedby` points to, read as a person hears it. */
function description(control: Element): string {
  const root = control.getRootNode() as ShadowRoot;
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => root.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim())
    .join(' | ');
}

describe('<portico-field>', () => {
  it('is named by its label, takes real key presses and posts its value with a real form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <portico-field name="email" type="email" label="Email" autocomplete="email" required></portico-field>
      <portico-field name="note" type="textarea" label="Note" optional></portico-field>
      <portico-field name="language" type="select" label="Language" .options=${[{ value: 'en', label: 'English' }, { value: 'es', label: 'Español', lang: 'es' }]} value="en"></portico-field>
    </form>`);
    const email = getByLabel<HTMLInputElement>(form, 'Email');
    // A text input with the email keyboard and autofill (the browser's own email check is not used: see the next test).
    expect(email.type).to.equal('text');
    expect(email.inputMode).to.equal('email');
    expect(email.autocomplete).to.equal('email');
    const seen: string[] = [];
    const field = form.querySelector<PorticoField>('portico-field[name="email"]')!;
    field.addEventListener('input', () => seen.push(field.value));
    await typeInto(email, 'ana@example.com');
    expect(seen.at(-1)).to.equal('ana@example.com');
    await typeInto(getByLabel(form, 'Note (optional)'), 'Mornings, please');
    const changes: Event[] = [];
    form.addEventListener('change', (e) => changes.push(e));
    await selectWithKeys(getByLabel<HTMLSelectElement>(form, 'Language'), 'Español');
    expect(changes.some((e) => e.composed && e.target === form.querySelector('portico-field[name="language"]'))).to.equal(true);
    const data = new FormData(form);
    expect(data.get('email')).to.equal('ana@example.com');
    expect(data.get('note')).to.equal('Mornings, please');
    expect(data.get('language')).to.equal('es');
  });

  it('submits its form on Enter like a native input (implicit submission), through the form\'s default button; not from a textarea, not when that button is disabled', async () => {
    const submitted: (string | null)[] = [];
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      submitted.push((e.submitter as HTMLButtonElement | null)?.textContent ?? null);
    }}>
      <portico-field name="email" type="email" label="Email"></portico-field>
      <portico-field name="note" type="textarea" label="Note"></portico-field>
      <button type="submit">Sign in</button>
    </form>`);
    await typeInto(getByLabel(form, 'Email'), 'ana@example.com');
    await webTestRunnerDriver.press('Enter');
    await waitFor(() => submitted.length === 1);
    expect(submitted).to.deep.equal(['Sign in']);
    // Enter in a textarea is a new line.
    await typeInto(getByLabel(form, 'Note'), 'One');
    await webTestRunnerDriver.press('Enter');
    expect(getByLabel<HTMLTextAreaElement>(form, 'Note').value).to.equal('One\n');
    // A disabled default button blocks implicit submission.
    form.querySelector('button')!.disabled = true;
    getByLabel<HTMLInputElement>(form, 'Email').focus();
    await webTestRunnerDriver.press('Enter');
    await webTestRunnerDriver.press('Enter');
    form.querySelector('button')!.disabled = false;
    await webTestRunnerDriver.press('Enter');
    await waitFor(() => submitted.length === 2);
    expect(submitted).to.deep.equal(['Sign in', 'Sign in']);
  });

  it('keeps every key typed into a date that already holds one: a segment typed halfway (no whole date yet) is not wiped by the field writing its value back', async () => {
    // A month typed halfway ("0" of "01") leaves the control reading '' until the segment is whole.
    // The field took that '' as its value and wrote it back into the control, which empties every
    // segment: the "0" was lost and 01/01/1890 became 10/11/0890. (A month like "05" hid it: "5"
    // alone is May.)
    const field = await fixture<PorticoField>(html`<portico-field name="born" type="date" label="Date of birth" value="2026-03-15"></portico-field>`);
    const control = getByLabel<HTMLInputElement>(field, 'Date of birth');
    await typeInto(control, '1890-01-01');
    await waitFor(() => control.value === '1890-01-01', { message: `1890-01-01 typed (the control reads "${control.value}")` });
    await field.updateComplete;
    expect(field.value).to.equal('1890-01-01');
    expect(control.value).to.equal('1890-01-01');
  });

  it('keeps a number being typed ("2." reads as empty until the next digit) when a parent writes the value back, as the Forms view does', async () => {
    // The parent keeps a number (or null) and renders the field from it, as views/forms/form-fields.ts does.
    let answer: number | null = 2;
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const draw = () => render(html`<portico-field name="stress" type="number" label="Stress" .value=${live(answer === null ? '' : String(answer))}
      @input=${(e: Event) => { const f = e.target as PorticoField; answer = f.value === '' ? null : Number(f.value); draw(); }}></portico-field>`, host);
    draw();
    const field = host.querySelector<PorticoField>('portico-field')!;
    await field.updateComplete;
    const control = getByLabel<HTMLInputElement>(host, 'Stress');
    control.focus();
    await webTestRunnerDriver.press('End');
    await webTestRunnerDriver.type('.5');
    await waitFor(() => control.value === '2.5', { message: `2.5 typed (the control reads "${control.value}")` });
    expect(answer).to.equal(2.5);
  });

  it('keeps every key typed into a date that already holds one when a parent writes the value back, as the Forms view does', async () => {
    let answer: string | null = '2026-03-15';
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const draw = () => render(html`<portico-field name="born" type="date" label="Date of birth" .value=${live(answer ?? '')}
      @input=${(e: Event) => { answer = (e.target as PorticoField).value || null; draw(); }}></portico-field>`, host);
    draw();
    const field = host.querySelector<PorticoField>('portico-field')!;
    await field.updateComplete;
    const control = getByLabel<HTMLInputElement>(host, 'Date of birth');
    await typeInto(control, '1890-01-01');
    await waitFor(() => control.value === '1890-01-01', { message: `1890-01-01 typed (the control reads "${control.value}")` });
    expect(answer).to.equal('1890-01-01');
  });

  it('checks an email address itself: a 100,000-character value from the backend neither freezes the page nor passes as an address', async function () {
    // Before, the control was type="email": reading its validity ran the browser's backtracking
    // check, which held the page for over a minute (the hostile-data probe's Account, #13).
    const field = await fixture<PorticoField>(html`<portico-field name="email" type="email" label="Email" .value=${'x'.repeat(100_000)}></portico-field>`);
    await field.updateComplete;
    expect(field.validity.typeMismatch).to.equal(true);
    expect(field.validationMessage).to.equal('Enter an email address, like name@example.com.');
    field.value = 'ana@example.com';
    await field.updateComplete;
    expect(field.validity.valid).to.equal(true);
  });

  it('resets with its form to the value it started with', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <portico-field name="city" label="City" value="Lisbon"></portico-field>
      <button type="reset">Reset</button>
    </form>`);
    const city = getByLabel<HTMLInputElement>(form, 'City');
    await typeInto(city, 'Porto');
    expect(new FormData(form).get('city')).to.equal('Porto');
    getByRole(form, 'button', { name: 'Reset' }).click();
    await waitFor(() => city.value === 'Lisbon', { message: 'the field back to Lisbon' });
    expect(new FormData(form).get('city')).to.equal('Lisbon');
  });

  it('takes part in the form’s validity and shows the error the view sets next to the control', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <portico-field name="phone" type="tel" label="Mobile number" hint="We text appointment reminders here." required></portico-field>
    </form>`);
    const field = form.querySelector<PorticoField>('portico-field')!;
    const phone = getByLabel<HTMLInputElement>(form, 'Mobile number');
    expect(description(phone)).to.equal('We text appointment reminders here.');
    expect(form.checkValidity()).to.equal(false);
    expect(field.validity.valueMissing).to.equal(true);

    await typeInto(phone, '555');
    expect(form.checkValidity()).to.equal(true);

    field.error = 'Enter the whole number, with the area code.';
    await field.updateComplete;
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(description(phone)).to.equal('We text appointment reminders here. | Enter the whole number, with the area code.');
    expect(field.hasAttribute('invalid')).to.equal(true);
    expect(form.checkValidity()).to.equal(false);
    expect(field.validationMessage).to.equal('Enter the whole number, with the area code.');
    await expectNoAxeViolations(form);

    field.error = '';
    await field.updateComplete;
    expect(phone.getAttribute('aria-invalid')).to.equal('false');
    expect(description(phone)).to.equal('We text appointment reminders here.');
    expect(form.checkValidity()).to.equal(true);
  });

  it('delegates focus to its control and is disabled by a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <button type="button">Before</button>
      <fieldset><legend>Contact</legend><portico-field name="name" label="Name"></portico-field></fieldset>
    </form>`);
    getByRole(form, 'button', { name: 'Before' }).focus();
    await webTestRunnerDriver.press('Tab');
    const name = getByLabel<HTMLInputElement>(form, 'Name');
    expect(deepActiveElement()).to.equal(name);
    expect(getComputedStyle(name).outlineStyle).to.equal('solid');
    form.querySelector('fieldset')!.disabled = true;
    await waitFor(() => name.disabled, { message: 'the control disabled with its fieldset' });
    expect(new FormData(form).has('name')).to.equal(false);
    await expectNoAxeViolations(form);
  });

  it('reflows to 320 px without scrolling sideways', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <portico-field name="a" label="A label long enough to wrap onto a second line at this width" hint="A hint that also wraps"></portico-field>
    </div>`);
    const field = wrapper.querySelector('portico-field')!;
    await (field as PorticoField).updateComplete;
    expect(field.scrollWidth).to.be.at.most(320);
    expect(getByLabel(wrapper, /A label long enough/).getBoundingClientRect().width).to.be.at.most(320);
  });
});
