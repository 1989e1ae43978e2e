/**
 * Issue #11: saving insurance carries core's `Attempt`: the same coverage retried after a lost
 * answer is stored once; coverage changed after a lost answer is a new save with a new key (the
 * old code kept one key until a success, so the backend replayed the first answer and the
 * corrected member ID was never stored).
 */
import { expect, oneEvent } from '@open-wc/testing';
import { CLIENT } from '@portico/mock';
import { BillingHarness, renderBilling, selectTab, settled } from '../helpers/billing-harness.js';
import { adapterFor, mockBackend, waitFor } from '../helpers/portal-harness.js';

async function openForm(h: BillingHarness): Promise<ShadowRoot> {
  await settled(h.element, 'portico-billing-invoices', '.card');
  await selectTab(h.element, 'Insurance');
  const insurance = await settled(h.element, 'portico-billing-insurance', '.card');
  await h.click(await h.findByRole('button', { name: 'Add insurance', within: insurance }));
  const form = await waitFor(() => insurance.querySelector('portico-billing-insurance-form')?.shadowRoot?.querySelector('form') && insurance.querySelector('portico-billing-insurance-form')!.shadowRoot, { message: 'the form' });
  await waitFor(() => h.getByLabel<HTMLSelectElement>('Insurance company (payer) *', form).options.length > 2, { message: 'payers' });
  return form;
}

async function fill(h: BillingHarness, form: ShadowRoot, memberId: string): Promise<void> {
  const backend = await mockBackend();
  await h.selectOption(h.getByLabel<HTMLSelectElement>('Insurance company (payer) *', form), backend.db.data.payers[0]!.name);
  await h.type(h.getByLabel('Member ID *', form), memberId);
  await h.type(h.getByLabel('Subscriber name *', form), 'Avery Example');
  await h.type(h.getByLabel('Coverage starts *', form), '2026-01-01');
}

const policies = async (memberId: string) => (await mockBackend()).db.data.insurance.filter((p) => p.clientId === CLIENT.avery && p.memberId === memberId);

describe('<portico-billing> saving insurance: one attempt per coverage', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('the same coverage saved again after a lost answer is stored once', async () => {
    const backend = await mockBackend();
    const h = new BillingHarness(await renderBilling(await adapterFor('client')));
    const form = await openForm(h);
    await fill(h, form, 'SAME-1');
    backend.faults.dropResponse('insurance.create', { times: 1 });
    await h.click(h.getByRole('button', { name: 'Save insurance', within: form }));
    await h.waitForText('Could not reach the practice', { within: form });
    expect(await policies('SAME-1')).to.have.length(1);
    const saved = oneEvent(h.element, 'portico-insurance-saved');
    await h.click(h.getByRole('button', { name: 'Save insurance', within: form }));
    await saved;
    expect(await policies('SAME-1')).to.have.length(1);
  });

  it('coverage corrected after a lost answer is a new save: the corrected member ID is stored', async () => {
    const backend = await mockBackend();
    const h = new BillingHarness(await renderBilling(await adapterFor('client')));
    const form = await openForm(h);
    await fill(h, form, 'TYPO-1');
    backend.faults.dropResponse('insurance.create', { times: 1 });
    await h.click(h.getByRole('button', { name: 'Save insurance', within: form }));
    await h.waitForText('Could not reach the practice', { within: form });
    await h.type(h.getByLabel('Member ID *', form), 'FIXED-1');
    const event = oneEvent(h.element, 'portico-insurance-saved');
    await h.click(h.getByRole('button', { name: 'Save insurance', within: form }));
    const saved = await event;
    const fixed = await policies('FIXED-1');
    expect(fixed).to.have.length(1);
    expect(saved.detail.policyId).to.equal(fixed[0]!.id);
  });
});
