import { expect, oneEvent } from '@open-wc/testing';
import { CLIENT } from '@portico/mock';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { BillingHarness, renderBilling, selectTab, settled } from '../helpers/billing-harness.js';
import { pasteInto, selectWithKeys, typeInto } from '../helpers/harness.js';
import { errorOf as errorOfControl, getByLabel } from '../../src/testing/queries.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

/** The form's fields by their labels (as a person reads them). */
const LABELS = {
  payer: 'Insurance company (payer) *',
  memberId: 'Member ID *',
  subscriberName: 'Subscriber name *',
  validFrom: 'Coverage starts *',
  validTo: 'Coverage ends',
} as const;

/** The control of the form's field `id`, found by its label. */
function control(root: ShadowRoot, id: keyof typeof LABELS): HTMLInputElement | HTMLSelectElement {
  return getByLabel<HTMLInputElement | HTMLSelectElement>(root, LABELS[id]);
}

/** The message shown under the form's field `id` (what its control's aria-describedby names). */
function errorOf(root: ShadowRoot, id: keyof typeof LABELS): string {
  return errorOfControl(control(root, id));
}

/** Fills the field `id` from the keyboard: an option chosen with the keys, text typed (or pasted when huge). */
async function type(root: ShadowRoot, id: keyof typeof LABELS, value: string): Promise<void> {
  const input = control(root, id);
  if (input instanceof HTMLSelectElement) await selectWithKeys(input, value);
  else if (value.length > 1000) await pasteInto(input, value);
  else await typeInto(input, value);
}

describe('<portico-billing> insurance and timesheets', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('adds coverage: problems next to the fields first, then saved to the backend', async () => {
    const backend = await mockBackend();
    const billing = await renderBilling(await adapterFor('client'));
    await settled(billing, 'portico-billing-invoices', '.card');
    await selectTab(billing, 'Insurance');
    const insurance = await settled(billing, 'portico-billing-insurance', '.card');
    await expectNoAxeViolations(billing);
    const h = new BillingHarness(billing);
    const save = () => h.click(h.getByRole('button', { name: 'Save insurance', within: form }));
    await h.click(await h.findByRole('button', { name: 'Add insurance', within: insurance }));
    const formElement = await waitFor(() => insurance.querySelector('portico-billing-insurance-form'), { message: 'the form' });
    const form = await waitFor(() => formElement.shadowRoot?.querySelector('form') && formElement.shadowRoot, { message: 'the form to render' });
    await waitFor(() => form.activeElement?.id === 'form-heading', { message: 'focus on the form heading' });
    await waitFor(() => control(form, 'payer').querySelectorAll('option').length > 2, { message: 'payers' });
    await save();
    await waitFor(() => control(form, 'memberId').getAttribute('aria-invalid') === 'true', { message: 'field errors' });
    expect(errorOf(form, 'memberId')).to.contain('member ID');
    await waitFor(() => control(form, 'payer').matches(':focus'), { message: 'focus on the first field in error' });
    await expectNoAxeViolations(billing);
    const payerId = backend.db.data.payers[0]!.id;
    await type(form, 'payer', payerId);
    await type(form, 'memberId', 'NEW-123');
    await type(form, 'subscriberName', 'Avery Example');
    await type(form, 'validFrom', '2026-01-01');
    await type(form, 'validTo', '2025-01-01');
    await save();
    await waitFor(() => control(form, 'validTo').getAttribute('aria-invalid') === 'true', { message: 'end before start' });
    await type(form, 'validTo', '');
    // #13.4: a 100,000-character subscriber name is refused next to the field, nothing sent.
    const stored = backend.db.data.insurance.length;
    await type(form, 'subscriberName', 'W'.repeat(100_000));
    await save();
    await waitFor(() => control(form, 'subscriberName').getAttribute('aria-invalid') === 'true', { message: 'the length error' });
    expect(errorOf(form, 'subscriberName')).to.equal('Use at most 200 characters (this has 100000).');
    expect(backend.db.data.insurance.length).to.equal(stored);
    await type(form, 'subscriberName', 'Avery Example');
    backend.faults.errorRate('insurance.create', 1, { times: 1 });
    await save();
    await waitFor(() => visibleText(form).includes('had a problem'), { message: 'the failure' });
    expect(control(form, 'memberId').value).to.equal('NEW-123');
    const saved = oneEvent(billing, 'portico-insurance-saved');
    await save();
    await saved;
    const added = backend.db.data.insurance.filter((p) => p.clientId === CLIENT.avery && p.memberId === 'NEW-123');
    expect(added.length).to.equal(1);
    await waitFor(() => visibleText(insurance).includes('NEW-123'), { message: 'the new policy listed' });
  });

  it('e-signs a timesheet with a typed name', async () => {
    const backend = await mockBackend();
    const billing = await renderBilling(await adapterFor('client'));
    await settled(billing, 'portico-billing-invoices', '.card');
    await selectTab(billing, 'Timesheets');
    const sheets = await settled(billing, 'portico-billing-timesheets', '.card');
    await expectNoAxeViolations(billing);
    const sheet = backend.db.data.timesheets.find((t) => t.clientId === CLIENT.avery && t.status === 'awaiting-signature')!;
    const card = sheets.querySelector(`[data-timesheet-id="${sheet.id}"]`)!;
    const h = new BillingHarness(billing);
    await h.click(await h.findByRole('button', { name: 'Sign', within: card }));
    const input = await h.findByLabel('Type your full name to sign', { within: card });
    await waitFor(() => input.matches(':focus'), { message: 'focus on the signature field' });
    await h.click(h.getByRole('button', { name: 'Sign timesheet', within: card }));
    await waitFor(() => input.getAttribute('aria-invalid') === 'true');
    expect(h.text(card)).to.contain('Type your full name to sign.');
    await expectNoAxeViolations(billing);
    await h.type(input, 'Avery Example');
    await waitFor(() => visibleText(card).includes('Signature: Avery Example'), { message: 'the signature preview' });
    const decided = oneEvent(billing, 'portico-timesheet-decided');
    await h.click(h.getByRole('button', { name: 'Sign timesheet', within: card }));
    const event = await decided;
    expect(event.detail).to.deep.equal({ timesheetId: sheet.id, decision: 'sign' });
    const stored = backend.db.data.timesheets.find((t) => t.id === sheet.id)!;
    expect(stored.status).to.equal('signed');
    expect(stored.signature!.signerName).to.equal('Avery Example');
    await waitFor(() => visibleText(sheets.querySelector(`[data-timesheet-id="${sheet.id}"]`)!).includes('Signed by Avery Example'));
  });

  it('disputes a timesheet with a reason', async () => {
    const backend = await mockBackend();
    const billing = await renderBilling(await adapterFor('client'));
    await settled(billing, 'portico-billing-invoices', '.card');
    await selectTab(billing, 'Timesheets');
    const sheets = await settled(billing, 'portico-billing-timesheets', '.card');
    const sheet = backend.db.data.timesheets.find((t) => t.clientId === CLIENT.avery && t.status === 'awaiting-signature')!;
    const card = sheets.querySelector(`[data-timesheet-id="${sheet.id}"]`)!;
    const h = new BillingHarness(billing);
    await h.click(await h.findByRole('button', { name: 'Dispute', within: card }));
    await h.type(await h.findByLabel('What is not correct?', { within: card }), 'The Tuesday session was 60 minutes, not 90.');
    await h.click(h.getByRole('button', { name: 'Send dispute', within: card }));
    await waitFor(() => backend.db.data.timesheets.find((t) => t.id === sheet.id)!.status === 'disputed');
  });
});
