/** Audit events from Forms (#12.2): signing and submitting a form; ids only, never answers or the name. */
import { expect } from '@open-wc/testing';
import { auditsPerTest, expectOneAudit } from '../helpers/audit.js';
import { renderForms } from '../helpers/forms-harness.js';
import { adapterFor, visibleText, waitFor } from '../helpers/portal-harness.js';

describe('audit events: forms', () => {
  const log = auditsPerTest();

  it('signing and submitting a consent fires form-signed once with the assignment id; a refused signature fires none', async () => {
    const forms = await (await renderForms(await adapterFor('client'), 'fa-avery-consent')).ready();
    await forms.choose('Do you consent to telehealth sessions?', 'No');
    await forms.type('Type your full name to sign', 'X');
    await forms.submit();
    await waitFor(() => forms.summary().length > 0, { message: 'the refusal' });
    expect(log.of('form-signed')).to.have.length(0);

    await forms.type('Type your full name to sign', 'Avery Example');
    await forms.submit();
    await waitFor(() => visibleText(forms.form).includes('is submitted'), { message: 'the submission' });
    expectOneAudit(log, { type: 'form-signed', assignmentId: 'fa-avery-consent' }, ['Avery', 'telehealth']);
  });
});
