/**
 * Issue #13.5: a form field's pattern comes from the backend. One that backtracks
 * catastrophically (`^(a+)+$`: 1.7 s per check at 26 characters) must not freeze the page; it
 * is refused, and the field's other rules are still checked.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FormField } from '@portico/core';
import { renderForms } from '../helpers/forms-harness.js';
import { adapterFor, mockBackend } from '../helpers/portal-harness.js';

describe('<portico-forms> patterns from the backend (issue #13.5)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('a catastrophic pattern keeps the page responsive, and length and format rules still apply', async () => {
    const backend = await mockBackend();
    const intake = backend.db.data.formDefinitions.find((f) => f.id === 'form-intake')!;
    const fields = intake.sections.flatMap((s) => s.fields) as FormField[];
    Object.assign(fields.find((f) => f.id === 'preferredName')!, { pattern: '^(a+)+$', patternMessage: 'Letters a only.', maxLength: 40 });
    const forms = await (await renderForms(await adapterFor('client'))).open('Intake questionnaire');

    const name = await forms.type('Preferred name', `${'a'.repeat(28)}!`);
    const started = performance.now();
    await sendKeys({ press: 'Tab' });
    await forms.filler.updateComplete;
    const elapsed = performance.now() - started;
    // The unguarded check takes seconds here (it doubles with every extra "a").
    expect(elapsed, `leaving the field took ${Math.round(elapsed)} ms`).to.be.below(1000);
    // The refused pattern is left to the backend; nothing false is shown.
    expect(forms.errorOf(name)).to.equal(undefined);

    // The field's length rule still holds.
    await forms.type('Preferred name', 'a'.repeat(41));
    expect((name as HTMLInputElement).value).to.have.length(40);

    // A safe pattern from the backend is still checked as the person leaves the field.
    const phone = await forms.type('Mobile phone', 'call me');
    await sendKeys({ press: 'Tab' });
    await forms.filler.updateComplete;
    expect(forms.errorOf(phone)).to.equal('Enter a phone number, digits and spaces only.');
  });
});
