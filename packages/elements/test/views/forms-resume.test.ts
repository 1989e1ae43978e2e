import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FormsHarness } from '../helpers/forms-harness.js';
import { mockBackend, renderPortal, waitFor } from '../helpers/portal-harness.js';
import type { PorticoForms } from '../../src/views/forms/forms.js';

describe('<portico-forms> resuming a form in the portal', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('Intake → three answers → Saved → Dashboard → Continue shows the answers, and typing adds to them', async () => {
    const backend = await mockBackend();
    const portal = await renderPortal({ user: 'client' });
    await portal.settled('portico-dashboard');
    await portal.open('Forms');
    let forms = new FormsHarness((await portal.settled('portico-forms')) as PorticoForms);
    await forms.open('Intake questionnaire');
    await forms.type('Preferred name', 'Ave');
    await forms.type('Mobile phone', '555 0101');
    await forms.type('What brings you to the practice?', 'Trouble');
    await waitFor(() => forms.saveStatus() === 'Saved', { message: '"Saved"' });
    expect(backend.db.data.progress['fa-avery-intake']!.answers).to.deep.include({ preferredName: 'Ave', phone: '555 0101' });

    await portal.open('Dashboard');
    await portal.settled('portico-dashboard');
    await portal.open('Forms');
    forms = new FormsHarness((await portal.settled('portico-forms')) as PorticoForms);
    await forms.open('Intake questionnaire');
    // The fields show the saved answers as soon as the form is on screen (no later restore).
    expect(forms.control<HTMLInputElement>('Preferred name').value).to.equal('Ave');
    expect(forms.control<HTMLInputElement>('Mobile phone').value).to.equal('555 0101');
    const concern = forms.control<HTMLTextAreaElement>('What brings you to the practice?');
    expect(concern.value).to.equal('Trouble');

    // Typing at the end of the answer adds to it: nothing typed is dropped by a late restore.
    concern.focus();
    concern.setSelectionRange(concern.value.length, concern.value.length);
    await sendKeys({ type: ' Sleep' });
    await waitFor(() => forms.saveStatus() === 'Saved', { message: '"Saved" again' });
    expect(concern.value).to.equal('Trouble Sleep');
    expect(backend.db.data.progress['fa-avery-intake']!.answers).to.deep.include({ preferredName: 'Ave', phone: '555 0101', reason: 'Trouble Sleep' });
  });
});
