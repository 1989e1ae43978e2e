/** A typed signature must be the signed-in person's own name; the record names them (#10.5). */
import { expect } from '@open-wc/testing';
import { CLIENT } from '@portico/mock';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { BillingHarness, buttonByText, renderBilling, selectTab, settled } from '../helpers/billing-harness.js';
import { renderForms } from '../helpers/forms-harness.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

describe('signatures name the signed-in person', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('forms: "X" is refused with a message next to the name; the name in other case and spacing signs, and the record names the user', async () => {
    const backend = await mockBackend();
    const forms = await (await renderForms(await adapterFor('client'), 'fa-avery-consent')).ready();
    await forms.choose('Do you consent to telehealth sessions?', 'No');
    const name = await forms.type('Type your full name to sign', 'X');
    await forms.submit();
    await waitFor(() => forms.errorOf(name), { message: 'the signature error' });
    expect(forms.errorOf(name)).to.equal('Sign with your own name as the practice has it: Avery Example.');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(forms.summary()).to.deep.equal(['Your full name: Sign with your own name as the practice has it: Avery Example.']);
    await expectNoAxeViolations(forms.element);
    expect(backend.db.data.assignments.find((a) => a.id === 'fa-avery-consent')!.status).not.to.equal('submitted');

    await forms.type('Type your full name to sign', '  avery   EXAMPLE ');
    expect(forms.errorOf(name)).to.equal(undefined);
    await forms.submit();
    await waitFor(() => visibleText(forms.form).includes('is submitted'), { message: 'the submission' });
    const assignment = backend.db.data.assignments.find((a) => a.id === 'fa-avery-consent')!;
    const document = backend.db.data.files.find((f) => f.id === assignment.documentId)!;
    expect(document.description).to.contain('signed by Avery Example');
  });

  it('forms: the backend refuses a signature with another name even from a client that does not check', async () => {
    const adapter = await adapterFor('client');
    const error = await adapter.forms
      .submit({ clientId: CLIENT.avery, assignmentId: 'fa-avery-consent', body: {
        answers: { understands: 'yes', telehealthOk: false },
        signature: { kind: 'typed', signerName: 'X', text: 'X', signedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') },
      } })
      .then(() => undefined, (e: { kind: string; issues: { path: string }[] }) => e);
    expect(error?.kind).to.equal('invalid-request');
    expect(error?.issues.map((i) => i.path)).to.include('signature.signerName');
  });

  it('timesheets: "Bob Stranger" is refused with a message next to the field; the stored signature names the signed-in user', async () => {
    const backend = await mockBackend();
    const billing = await renderBilling(await adapterFor('client'));
    await settled(billing, 'portico-billing-invoices', '.card');
    await selectTab(billing, 'Timesheets');
    const sheets = await settled(billing, 'portico-billing-timesheets', '.card');
    const sheet = backend.db.data.timesheets.find((t) => t.clientId === CLIENT.avery && t.status === 'awaiting-signature')!;
    const card = sheets.querySelector(`[data-timesheet-id="${sheet.id}"]`)!;
    const h = new BillingHarness(billing);
    buttonByText(card, 'Sign').click();
    const input = await h.type(await h.findByLabel('Type your full name to sign', { within: card }), 'Bob Stranger');
    buttonByText(card, 'Sign timesheet').click();
    await waitFor(() => input.getAttribute('aria-invalid') === 'true', { message: 'the refused name' });
    const describedBy = (input.getRootNode() as ShadowRoot).getElementById(input.getAttribute('aria-describedby')!.split(' ').pop()!);
    expect(describedBy!.textContent!.trim()).to.equal('Sign with your own name as the practice has it: Avery Example.');
    await waitFor(() => input.matches(':focus'), { message: 'focus on the refused name' });
    await expectNoAxeViolations(billing);
    expect(backend.db.data.timesheets.find((t) => t.id === sheet.id)!.status).to.equal('awaiting-signature');

    await h.type(input, 'AVERY  example');
    buttonByText(card, 'Sign timesheet').click();
    await waitFor(() => backend.db.data.timesheets.find((t) => t.id === sheet.id)!.status === 'signed', { message: 'the signed timesheet' });
    expect(backend.db.data.timesheets.find((t) => t.id === sheet.id)!.signature!.signerName).to.equal('Avery Example');
  });
});
