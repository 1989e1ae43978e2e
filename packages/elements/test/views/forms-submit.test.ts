import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PorticoError, type PortalAdapter } from '@portico/core';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { renderForms, withForms, type FormsHarness } from '../helpers/forms-harness.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

/** Answers every required question of the intake questionnaire by keyboard. */
async function fillIntake(forms: FormsHarness): Promise<void> {
  const birth = forms.control<HTMLInputElement>('Date of birth');
  birth.focus();
  await sendKeys({ type: '03151990' });
  await forms.type('Mobile phone', '555 0101');
  await forms.choose('How should we contact you?', 'Portal message');
  await forms.type('What brings you to the practice?', 'Trouble sleeping.');
  await forms.type('Stress this week, 0 to 10', '6');
  await forms.choose('Do you take any medication?', 'Yes');
  await forms.type('Which medication, and how much?', 'Melatonin 3 mg');
}

/** An adapter that records what `forms.submit` was sent. */
function recording(adapter: PortalAdapter, sent: Parameters<PortalAdapter['forms']['submit']>[0][]): PortalAdapter {
  return withForms(adapter, { submit: (input, options) => (sent.push(input), adapter.forms.submit(input, options)) });
}

describe('<portico-forms> saving and submitting', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('saves answers as the user goes and restores them on return', async () => {
    const backend = await mockBackend();
    let forms = await (await renderForms(await adapterFor('client'), 'fa-avery-intake')).ready();
    await forms.type('Preferred name', 'Ave');
    await forms.choose('Which of these apply?', 'Mood');
    await forms.choose('Do you take any medication?', 'Yes');
    await forms.type('Which medication, and how much?', 'Vitamin D');
    await waitFor(() => forms.saveStatus() === 'Saved', { message: '"Saved"' });
    expect(backend.db.data.progress['fa-avery-intake']!.answers).to.deep.include({ preferredName: 'Ave', concerns: ['mood'], takesMedication: true, medicationList: 'Vitamin D' });
    expect(backend.db.data.assignments.find((a) => a.id === 'fa-avery-intake')!.status).to.equal('in-progress');
    await expectNoAxeViolations(forms.element);

    // Typing then leaving at once still saves (no wait for the debounce).
    await forms.type('Mobile phone', '555 0199');
    await forms.click(forms.button('All forms', forms.root));
    await waitFor(() => backend.db.data.progress['fa-avery-intake']!.answers.phone === '555 0199', { message: 'the save on leaving' });
    // The list now says the form is in progress.
    await waitFor(() => forms.root.querySelector('[data-assignment-id="fa-avery-intake"]')?.getAttribute('data-status') === 'in-progress', { message: 'in progress' });

    // A new page (new element, new adapter, empty cache): the answers come back from the backend.
    fixtureCleanup();
    forms = await (await renderForms(await adapterFor('client'))).open('Intake questionnaire');
    await waitFor(() => forms.control<HTMLInputElement>('Preferred name').value === 'Ave', { message: 'restored answers' });
    expect(forms.control<HTMLInputElement>('Mobile phone').value).to.equal('555 0199');
    expect(forms.control<HTMLInputElement>('Which medication, and how much?').value).to.equal('Vitamin D');
    const mood = [...forms.control('Which of these apply?').querySelectorAll<HTMLInputElement>('input')].find((i) => i.value === 'mood')!;
    expect(mood.checked).to.equal(true);
  });

  it('keeps the answers and says so when saving fails', async () => {
    const backend = await mockBackend();
    backend.faults.errorRate('forms.saveProgress', 1);
    const forms = await (await renderForms(await adapterFor('client'), 'fa-avery-intake')).ready();
    const name = await forms.type('Preferred name', 'Ave');
    await waitFor(() => forms.saveStatus().includes('Not saved'), { message: 'the failed save' });
    expect(forms.saveStatus()).to.contain('Your answers are still here.');
    expect(name.value).to.equal('Ave');
    await expectNoAxeViolations(forms.element);
    backend.faults.reset();
    await forms.click(forms.button('Save now'));
    await waitFor(() => forms.saveStatus() === 'Saved', { message: 'the retried save' });
    expect(backend.db.data.progress['fa-avery-intake']!.answers.preferredName).to.equal('Ave');
  });

  it('completes and signs the intake questionnaire, which then is among the documents', async () => {
    const backend = await mockBackend();
    const adapter = await adapterFor('client');
    const forms = await (await renderForms(adapter, 'fa-avery-intake')).ready();
    await fillIntake(forms);
    await forms.type('Type your full name to sign', 'Avery Example');
    expect(visibleText(forms.form.querySelector('[part="signature-preview"]')!)).to.match(/Signed by Avery Example on \w+ \d+, \d{4}/);
    await expectNoAxeViolations(forms.element);
    setTimeout(() => void forms.submit());
    const submitted = await oneEvent(forms.element, 'portico-form-submitted');
    const { documentId } = submitted.detail;
    expect(submitted.detail.assignmentId).to.equal('fa-avery-intake');
    expect(documentId).to.be.a('string');
    await waitFor(() => visibleText(forms.form).includes('“Intake questionnaire” is submitted'), { message: 'the confirmation' });
    expect(forms.form.activeElement?.tagName).to.equal('H2');
    const file = backend.db.data.files.find((f) => f.id === documentId)!;
    expect(file.kind).to.equal('form');
    expect(file.name).to.contain('Intake questionnaire');
    const page = await adapter.files.list({ clientId: 'cl-avery' });
    expect(page.items.map((f) => f.id)).to.include(documentId);
    expect(backend.db.data.assignments.find((a) => a.id === 'fa-avery-intake')!.status).to.equal('submitted');
    expect(backend.db.data.tasks.find((t) => t.id === 'task-avery-1')!.status).to.equal('done');
    await expectNoAxeViolations(forms.element);
    await forms.click(forms.button('All forms', forms.root));
    await waitFor(() => forms.root.querySelector('[data-assignment-id="fa-avery-intake"]')?.getAttribute('data-status') === 'submitted', { message: 'the list' });
    expect(visibleText(forms.root)).to.contain('2 of 3 submitted');
  });

  it('signs with a drawing made with pointer events', async () => {
    const sent: Parameters<PortalAdapter['forms']['submit']>[0][] = [];
    const forms = await (await renderForms(recording(await adapterFor('client'), sent), 'fa-avery-consent')).ready();
    // Saved progress: "understands" was answered earlier.
    const understood = [...forms.control('I have read and understood the above').querySelectorAll<HTMLInputElement>('input')].find((i) => i.value === 'yes')!;
    expect(understood.checked).to.equal(true);
    await forms.choose('Do you consent to telehealth sessions?', 'No');
    await forms.choose('How would you like to sign?', 'Draw your signature');
    await forms.type('Your full name', 'Avery Example');
    // Nothing drawn yet: the signature is required.
    await forms.submit();
    await waitFor(() => forms.summary().includes('Drawn signature: Draw your signature in the box, or choose to type your name instead.'), { message: 'the signature error' });
    const drawArea = forms.form.getElementById('fld-signature.image')!;
    expect(forms.errorOf(drawArea)).to.equal('Draw your signature in the box, or choose to type your name instead.');
    await forms.draw([[10, 40], [40, 20], [70, 60], [110, 30]]);
    await forms.filler.updateComplete;
    expect(forms.summary()).to.deep.equal([]);
    // Clear empties it; draw again.
    await forms.click(forms.button('Clear the drawing', forms.form.querySelector('portico-forms-signature-pad')!.shadowRoot!));
    await forms.filler.updateComplete;
    expect(forms.errorOf(drawArea)).to.contain('Draw your signature');
    await forms.draw([[20, 50], [60, 20], [100, 70]]);
    await forms.filler.updateComplete;
    expect(visibleText(forms.form.querySelector('[part="signature-preview"]')!)).to.contain('Signed by Avery Example');
    await forms.submit();
    await waitFor(() => visibleText(forms.form).includes('is submitted'), { message: 'the submission' });
    const signature = sent[0]!.body.signature!;
    expect(signature.kind).to.equal('drawn');
    expect(signature.signerName).to.equal('Avery Example');
    expect(signature.image).to.match(/^data:image\/png;base64,.{200,}/);
    expect(sent[0]!.body.answers).to.deep.equal({ understands: 'yes', telehealthOk: false });
  });

  it('keeps every answer when submitting fails, and the retry is stored once', async () => {
    const backend = await mockBackend();
    const sent: Parameters<PortalAdapter['forms']['submit']>[0][] = [];
    const forms = await (await renderForms(recording(await adapterFor('client'), sent), 'fa-avery-intake')).ready();
    await fillIntake(forms);
    await forms.type('Type your full name to sign', 'Avery Example');
    const before = structuredClone(forms.filler.answers);
    backend.faults.errorRate('forms.submit', 1, { times: 1 });
    await forms.submit();
    const alert = await waitFor(() => forms.form.querySelector('.submit-error'), { message: 'the submit error' });
    expect(visibleText(alert)).to.contain('Could not submit the form');
    expect(visibleText(alert)).to.contain('Your answers are kept.');
    expect(forms.filler.answers).to.deep.equal(before);
    expect(forms.control<HTMLInputElement>('Mobile phone').value).to.equal('555 0101');
    expect(forms.control<HTMLInputElement>('Which medication, and how much?').value).to.equal('Melatonin 3 mg');
    expect(forms.control<HTMLInputElement>('Type your full name to sign').value).to.equal('Avery Example');
    expect(backend.db.data.assignments.find((a) => a.id === 'fa-avery-intake')!.status).not.to.equal('submitted');
    await expectNoAxeViolations(forms.element);
    const filesBefore = backend.db.data.files.length;
    await forms.submit();
    await waitFor(() => visibleText(forms.form).includes('is submitted'), { message: 'the retried submission' });
    expect(backend.db.data.files.length).to.equal(filesBefore + 1);
  });

  it('a lost answer then Submit again sends the same Idempotency-Key and stores one form; a changed answer is a new key (#11)', async () => {
    const backend = await mockBackend();
    const keys: (string | undefined)[] = [];
    const adapter = await adapterFor('client');
    const watched = withForms(adapter, { submit: (input, options) => (keys.push(options?.idempotencyKey), adapter.forms.submit(input, options)) });
    const forms = await (await renderForms(watched, 'fa-avery-intake')).ready();
    await fillIntake(forms);
    await forms.type('Type your full name to sign', 'Avery Example');
    const filesBefore = backend.db.data.files.length;
    // The backend stores the form, but its answer is lost on the way back.
    backend.faults.dropResponse('forms.submit', { times: 1 });
    await forms.submit();
    await waitFor(() => forms.form.querySelector('.submit-error'), { message: 'the lost answer reported' });
    expect(backend.db.data.files.length).to.equal(filesBefore + 1);
    // Submit again, unchanged: the same key, so the backend answers with what it stored.
    await forms.submit();
    await waitFor(() => visibleText(forms.form).includes('is submitted'), { message: 'the retried submission' });
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(backend.db.data.files.length).to.equal(filesBefore + 1);
  });

  it('after a lost answer, changing an answer and submitting again is a new attempt: no replay passes the old answers off as the new ones (#11)', async () => {
    const backend = await mockBackend();
    const keys: (string | undefined)[] = [];
    const adapter = await adapterFor('client');
    const watched = withForms(adapter, { submit: (input, options) => (keys.push(options?.idempotencyKey), adapter.forms.submit(input, options)) });
    const forms = await (await renderForms(watched, 'fa-avery-intake')).ready();
    await fillIntake(forms);
    await forms.type('Type your full name to sign', 'Avery Example');
    backend.faults.dropResponse('forms.submit', { times: 1 });
    await forms.submit();
    await waitFor(() => forms.form.querySelector('.submit-error'), { message: 'the lost answer reported' });
    // The person changes an answer before trying again: a different submission, a new key.
    await forms.type('Mobile phone', '555 0199');
    await forms.submit();
    await waitFor(() => keys.length === 2, { message: 'the second submission' });
    expect(keys[1]).not.to.equal(keys[0]);
    // The backend had stored the first one: it says so, rather than replaying it as if the change were stored.
    const alert = await waitFor(() => forms.form.querySelector('.submit-error'), { message: 'the conflict' });
    expect(visibleText(alert)).to.contain('Could not submit the form');
    expect(visibleText(alert)).to.contain('Your answers are kept.');
    expect(visibleText(forms.form)).not.to.contain('is submitted');
    expect(forms.control<HTMLInputElement>('Mobile phone').value).to.equal('555 0199');
  });

  it('shows the practice’s own validation problems next to the fields', async () => {
    const adapter = await adapterFor('client');
    const strict = withForms(adapter, {
      submit: async () => {
        throw new PorticoError({ kind: 'invalid-request', operation: 'forms.submit', status: 400, issues: [{ path: 'phone', message: 'This number is not in service.' }] });
      },
    });
    const forms = await (await renderForms(strict, 'fa-avery-intake')).ready();
    await fillIntake(forms);
    await forms.type('Type your full name to sign', 'Avery Example');
    await forms.submit();
    await waitFor(() => forms.form.activeElement?.classList.contains('error-summary'), { message: 'the summary' });
    expect(forms.summary()).to.deep.equal(['Mobile phone: This number is not in service.']);
    expect(forms.errorOf(forms.control('Mobile phone'))).to.equal('This number is not in service.');
  });
});
