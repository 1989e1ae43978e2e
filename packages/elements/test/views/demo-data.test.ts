/** Demo data that adds up (#10.9), as the person sees it. */
import { expect } from '@open-wc/testing';
import type { PorticoForms } from '../../src/views/forms/forms.js';
import { FormsHarness } from '../helpers/forms-harness.js';
import { mockBackend, renderPortal, visibleText, waitFor } from '../helpers/portal-harness.js';

describe('demo data that adds up', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('Notice of privacy practices → View in Files opens the signed notice', async () => {
    const backend = await mockBackend();
    const portal = await renderPortal({ user: 'client' });
    await portal.settled('portico-dashboard');
    await portal.open('Forms');
    const forms = new FormsHarness((await portal.settled('portico-forms')) as PorticoForms);
    await forms.open('Notice of privacy practices');
    await forms.click(forms.button('View in Files'));
    const files = await portal.settled('portico-files');
    expect(portal.currentLabel()).to.equal('Files');
    const item = (files as HTMLElement & { item?: string }).item!;
    const document = backend.db.data.files.find((f) => f.id === item)!;
    expect(document.name).to.match(/^Notice of privacy practices \(signed\)/);
    await waitFor(() => visibleText(files).includes('Notice of privacy practices (signed)'), { message: 'the notice in Files' });
  });

  it('"please call the practice" comes with the practice’s number', async () => {
    const backend = await mockBackend();
    const portal = await renderPortal({ user: 'client' });
    await portal.settled('portico-dashboard');
    await portal.open('Schedule');
    const schedule = await portal.settled('portico-schedule');
    const phone = backend.db.data.organisation.phone!;
    await portal.click(await portal.findByRole('button', { name: 'Book an appointment', within: schedule }));
    await waitFor(() => visibleText(schedule).includes(`Please call the practice on ${phone}.`), { message: 'the number to call' });
  });
});
