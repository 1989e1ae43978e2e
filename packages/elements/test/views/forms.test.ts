import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FormAssignment } from '@portico/core';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { renderForms, withForms } from '../helpers/forms-harness.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

describe('<portico-forms>', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('lists the intake packet with each form’s status and due date', async () => {
    const forms = await (await renderForms(await adapterFor('client'))).listed();
    const packet = forms.root.querySelector('[part="packet"]')!;
    expect(visibleText(packet.querySelector('h3')!)).to.equal('New client intake');
    expect(visibleText(packet)).to.contain('1 of 3 submitted');
    const rows = [...packet.querySelectorAll('li.assignment')].map((li) => visibleText(li));
    expect(rows[0]).to.match(/^Intake questionnaire Not started Due \w+ \d+, \d{4} Start$/);
    expect(rows[1]).to.contain('Informed consent for treatment In progress');
    expect(rows[2]).to.match(/Notice of privacy practices Submitted Submitted .* View/);
    expect(packet.querySelector('button')!.getAttribute('aria-label')).to.equal('Start: Intake questionnaire');
    await expectNoAxeViolations(forms.element);
  });

  it('opens a form (asking the portal) and goes back to the list with focus on it', async () => {
    const forms = await (await renderForms(await adapterFor('client'))).listed();
    const start = await forms.action('Intake questionnaire');
    setTimeout(() => void forms.click(start));
    const event = await oneEvent(forms.element, 'portico-open-requested');
    expect(event.detail).to.deep.equal({ view: 'forms', item: 'fa-avery-intake' });
    await forms.ready();
    expect(visibleText(forms.form.querySelector('h2')!)).to.equal('Intake questionnaire');
    await waitFor(() => forms.form.activeElement?.tagName === 'H2', { message: 'focus on the form heading' });
    await forms.click(forms.getByRole('button', { name: 'All forms' }));
    await forms.listed();
    await waitFor(() => forms.root.activeElement === forms.getByRole('button', { name: 'Start: Intake questionnaire' }), { message: 'focus back on the form' });
  });

  it('a host that takes the open request is the one writer of the open form: the view waits for the item it is given (#11)', async () => {
    const forms = await (await renderForms(await adapterFor('client'))).listed();
    const asked: unknown[] = [];
    // What the portal does: take the request, then write `item` (here, when the test says so).
    forms.element.parentElement!.addEventListener('portico-open-requested', (event) => {
      event.preventDefault();
      asked.push(event.detail);
    });
    await forms.click(forms.getByRole('button', { name: 'Start: Intake questionnaire' }));
    await forms.element.updateComplete;
    expect(asked).to.deep.equal([{ view: 'forms', item: 'fa-avery-intake' }]);
    // (A boolean: chai describing a whole element in a failure message stalls the browser.)
    expect(!!forms.root.querySelector('portico-forms-filler'), 'the view does not open the form itself').to.equal(false);
    expect(visibleText(forms.root.querySelector('h2')!)).to.equal('Forms');

    forms.element.item = 'fa-avery-intake';
    await forms.ready();
    expect(visibleText(forms.form.querySelector('h2')!)).to.equal('Intake questionnaire');
    await waitFor(() => forms.form.activeElement?.tagName === 'H2', { message: 'focus on the form heading' });

    await forms.click(forms.getByRole('button', { name: 'All forms' }));
    await forms.element.updateComplete;
    expect(asked[1]).to.deep.equal({ view: 'forms' });
    expect(!!forms.root.querySelector('portico-forms-filler'), 'the form stays until the host closes it').to.equal(true);
    forms.element.item = undefined;
    await forms.listed();
    await waitFor(() => forms.root.activeElement === forms.getByRole('button', { name: 'Start: Intake questionnaire' }), { message: 'focus back on the form' });
  });

  it('shows the practice location at the head of the form, and leaves it out when the practice hides it (#14.4)', async () => {
    const backend = await mockBackend();
    let forms = await (await renderForms(await adapterFor('client'), 'fa-avery-intake')).ready();
    const shown = await waitFor(() => forms.form.querySelector('[part="location"]'), { message: 'the location' });
    expect(shown.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Practice location: Harbor Lane — Main office (demo), 100 Example Street, Suite 2, Springfield, ST 00000');
    await expectNoAxeViolations(forms.element);

    backend.db.data.organisation.features.hideLocation = true;
    forms = await (await renderForms(await adapterFor('client'), 'fa-avery-intake')).ready();
    await waitFor(() => forms.form.querySelector('[part="form"]'), { message: 'the form' });
    expect(forms.form.querySelector('[part="location"]')).to.equal(null);
    expect(visibleText(forms.form)).not.to.contain('100 Example Street');
    // The backend does not send it either, so no other reader of the definition can show it.
    const definition = await (await adapterFor('client')).forms.getDefinition({ clientId: 'cl-avery', assignmentId: 'fa-avery-intake' });
    expect(definition.location ?? null).to.equal(null);
  });

  it('renders every field type with a label and takes keyboard input', async () => {
    const forms = await (await renderForms(await adapterFor('client'), 'fa-avery-intake')).ready();
    const name = await forms.type('Preferred name', 'Ave');
    expect(name.value).to.equal('Ave');
    expect(name.maxLength).to.equal(80);
    const phone = await forms.type('Mobile phone', '555 0101');
    expect(phone.value).to.equal('555 0101');
    const birth = forms.control<HTMLInputElement>('Date of birth');
    expect(birth.type).to.equal('date');
    birth.focus();
    await sendKeys({ type: '03151990' });
    await waitFor(() => birth.value === '1990-03-15', { message: 'the date typed' });
    const phoneRadio = await forms.choose('How should we contact you?', 'Email');
    expect(phoneRadio.checked).to.equal(true);
    const reason = await forms.type('What brings you to the practice?', 'Trouble sleeping.');
    expect(reason.tagName).to.equal('TEXTAREA');
    expect(visibleText(forms.form)).to.contain('1983 characters left');
    await forms.choose('Which of these apply?', 'Sleep');
    const anxiety = await forms.choose('Which of these apply?', 'Anxiety');
    expect(anxiety.checked).to.equal(true);
    const stress = forms.control<HTMLInputElement>('Stress this week, 0 to 10');
    expect([stress.type, stress.min, stress.max, stress.step]).to.deep.equal(['number', '0', '10', '1']);
    await forms.type('Stress this week, 0 to 10', '7');
    expect(forms.filler.answers).to.deep.include({ preferredName: 'Ave', phone: '555 0101', dateOfBirth: '1990-03-15', contactMethod: 'email', stress: 7, concerns: ['sleep', 'anxiety'] });

    // Yes/no: follow-up questions appear on "yes" only.
    expect(() => forms.control('Which medication, and how much?')).to.throw();
    await forms.choose('Do you take any medication?', 'Yes');
    await forms.type('Which medication, and how much?', 'Melatonin 3 mg');
    expect(forms.control('Since when?')).to.exist;
    await forms.choose('Do you take any medication?', 'No');
    expect(() => forms.control('Which medication, and how much?')).to.throw();

    // Repeated group: add, label each item "n of m", remove.
    const group = forms.control<HTMLFieldSetElement>('Previous providers');
    expect(visibleText(group)).to.contain('You can add up to 5.');
    await forms.click(forms.button('Add a provider', group));
    await forms.filler.updateComplete;
    expect(visibleText(group.querySelector('.item legend')!)).to.equal('Previous providers 1 of 1');
    // Focus moved into the new item.
    expect(forms.form.activeElement?.id).to.equal('fld-previousProviders.0.name');
    await sendKeys({ type: 'Dr. One' });
    await forms.click(forms.button('Add a provider', group));
    await forms.filler.updateComplete;
    await sendKeys({ type: 'Dr. Two' });
    await forms.filler.updateComplete;
    expect([...group.querySelectorAll('.item > legend')].map((l) => visibleText(l))).to.deep.equal(['Previous providers 1 of 2', 'Previous providers 2 of 2']);
    await forms.choose('Kind of provider', 'Doctor', group.querySelectorAll('.item')[1]!);
    await forms.click(forms.button('Remove Previous providers 1 of 2', group));
    await forms.filler.updateComplete;
    expect(forms.filler.answers.previousProviders).to.deep.equal([{ name: 'Dr. Two', role: 'doctor' }]);
    expect(forms.control<HTMLInputElement>('Provider name', group).value).to.equal('Dr. Two');
    await expectNoAxeViolations(forms.element);
  });

  it('checks dates against their limits and ties help text to its field', async () => {
    const forms = await (await renderForms(await adapterFor('client'), 'fa-avery-intake')).ready();
    const birth = forms.control<HTMLInputElement>('Date of birth');
    expect(birth.min).to.equal('1900-01-01');
    birth.focus();
    await sendKeys({ type: '01011890' });
    await waitFor(() => birth.value === '1890-01-01', { message: 'the date typed' });
    birth.blur();
    await forms.filler.updateComplete;
    expect(forms.errorOf(birth)).to.equal('Enter a date on or after Jan 1, 1900.');
    const phone = forms.control<HTMLInputElement>('Mobile phone');
    expect(forms.hintOf(phone)).to.equal('We use it only to reach you about your care.');
  });

  it('shows statements as read-only text', async () => {
    const forms = await (await renderForms(await adapterFor('client'), 'fa-avery-consent')).ready();
    const statement = forms.form.querySelector('.statement')!;
    expect(visibleText(statement)).to.contain('About treatment Therapy involves talking about personal matters.');
    expect(statement.querySelector('input, textarea')).to.equal(null);
  });

  it('validates required fields and the signature on submit: a summary that takes focus, messages next to fields', async () => {
    const forms = await (await renderForms(await adapterFor('client'), 'fa-avery-intake')).ready();
    await forms.type('Mobile phone', 'call me');
    await forms.submit();
    const summary = forms.form.querySelector<HTMLElement>('.error-summary')!;
    await waitFor(() => forms.form.activeElement === summary, { message: 'focus on the summary' });
    expect(visibleText(summary.querySelector('h3')!)).to.equal('There are problems with 7 answers');
    expect(forms.summary()).to.deep.equal([
      'Date of birth: Enter a date.',
      'Mobile phone: Enter a phone number, digits and spaces only.',
      'How should we contact you?: Choose an answer.',
      'What brings you to the practice?: Answer this question.',
      'Stress this week, 0 to 10: Enter a number.',
      'Do you take any medication?: Answer yes or no.',
      'Your full name: Type your full name to sign the form.',
    ]);
    const phone = forms.control<HTMLInputElement>('Mobile phone');
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(forms.errorOf(phone)).to.equal('Enter a phone number, digits and spaces only.');
    expect(forms.errorOf(forms.control('How should we contact you?'))).to.equal('Choose an answer.');
    const signer = forms.control<HTMLInputElement>('Type your full name to sign');
    expect(forms.errorOf(signer)).to.equal('Type your full name to sign the form.');
    expect(forms.control<HTMLInputElement>('Preferred name').getAttribute('aria-invalid')).to.equal('false');
    await expectNoAxeViolations(forms.element);

    // A summary link moves focus to its field.
    await forms.click(forms.getByRole('link', { name: /^Stress/, within: summary }));
    expect(forms.focused()).to.equal(forms.control('Stress this week, 0 to 10'));
    await sendKeys({ type: '12' });
    await forms.filler.updateComplete;
    expect(forms.errorOf(forms.control('Stress this week, 0 to 10'))).to.equal('Enter a number from 0 to 10.');
    // Fixing a field removes its message at once.
    await forms.type('Mobile phone', '555 0101');
    expect(forms.errorOf(phone)).to.equal(undefined);
    expect(phone.getAttribute('aria-invalid')).to.equal('false');
  });

  it('shows a format problem when leaving a filled field, before any submit', async () => {
    const forms = await (await renderForms(await adapterFor('client'), 'fa-avery-intake')).ready();
    const phone = await forms.type('Mobile phone', 'abc');
    await sendKeys({ press: 'Tab' });
    await forms.filler.updateComplete;
    expect(forms.errorOf(phone)).to.equal('Enter a phone number, digits and spaces only.');
    expect(forms.form.querySelector('.error-summary')).to.equal(null);
  });

  it('refuses a 100,000-character answer next to the field, even where the form sets no limit (#13.4)', async () => {
    const forms = await (await renderForms(await adapterFor('client'), 'fa-avery-intake')).ready();
    const phone = forms.control<HTMLInputElement>('Mobile phone');
    // Pasted (typing 100,000 keys one by one would take minutes).
    await forms.paste(phone, '1'.repeat(100_000));
    await sendKeys({ press: 'Tab' });
    await forms.filler.updateComplete;
    expect(forms.errorOf(phone)).to.equal('Use 10000 characters or fewer.');
  });

  it('shows a submitted form as done, with a way to its document in Files', async () => {
    const forms = await (await renderForms(await adapterFor('client'), 'fa-avery-privacy')).ready();
    expect(visibleText(forms.form)).to.contain('“Notice of privacy practices” is submitted');
    const requested = oneEvent(forms.element, 'portico-open-requested');
    await forms.click(forms.button('View in Files'));
    const event = await requested;
    expect(event.detail).to.deep.equal({ view: 'files', item: 'file-avery-12' });
    await expectNoAxeViolations(forms.element);
  });

  it('says what to do when no forms are assigned', async () => {
    const adapter = await adapterFor('client');
    const empty = withForms(adapter, { listAssignments: async (): Promise<FormAssignment[]> => [] });
    const forms = await (await renderForms(empty)).listed();
    expect(visibleText(forms.root.querySelector('portico-state-empty')!.shadowRoot!)).to.contain('No forms to fill in');
    await expectNoAxeViolations(forms.element);
  });

  it('shows a skeleton while loading', async () => {
    (await mockBackend()).faults.latency(800, 'forms.listAssignments');
    const forms = await renderForms(await adapterFor('client'));
    await waitFor(() => forms.element.assignedSlot, { message: 'the session' });
    const loading = await waitFor(() => forms.root.querySelector('portico-state-loading'), { message: 'the skeleton' });
    expect(loading.getAttribute('label')).to.equal('Loading your forms');
    await expectNoAxeViolations(forms.element);
  });

  it('shows an error with a Retry that recovers, for the list and for a form', async () => {
    const backend = await mockBackend();
    backend.faults.errorRate('forms.getDefinition', 1);
    const forms = await renderForms(await adapterFor('client'), 'fa-avery-intake');
    const error = await waitFor(() => forms.root.querySelector('portico-forms-filler')?.shadowRoot?.querySelector('portico-state-error'), { message: 'the error' });
    await expectNoAxeViolations(forms.element);
    backend.faults.reset();
    await forms.click(await forms.findByRole('button', { name: 'Try again', within: error }));
    await forms.ready();
    expect(forms.form.querySelector('form')).to.exist;
  });

  it('says so when the linked form does not exist', async () => {
    const forms = await renderForms(await adapterFor('client'), 'fa-nope');
    const state = await waitFor(() => forms.root.querySelector('portico-state-empty'));
    expect(visibleText(state.shadowRoot!)).to.contain('This form could not be found');
  });
});
