/**
 * Billing on the view kit (issue #11): "Show more" is the kit's one paging behaviour, and the
 * open invoice has one writer, the portal.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PorticoPortal } from '../../src/portal/portal.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { BillingHarness, renderBilling, settled } from '../helpers/billing-harness.js';
import { PortalHarness, adapterFor, mockBackend, waitFor } from '../helpers/portal-harness.js';

describe('<portico-billing> on the view kit', () => {
  beforeEach(async () => {
    (await mockBackend()).reset();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('"Show more invoices" says when it fails, offers Try again, then moves focus to the first new invoice and says how many were added', async () => {
    const backend = await mockBackend();
    const billing = await renderBilling(await adapterFor('client'));
    const h = new BillingHarness(billing);
    const list = await settled(billing, 'portico-billing-invoices', '.card');
    const invoices = () => [...list.querySelectorAll<HTMLElement>('[data-invoice-id]')];
    expect(invoices().length).to.equal(20);

    backend.faults.errorRate('billing.listInvoices', 1);
    await h.click(await h.findByRole('button', { name: 'Show more invoices' }));
    const alert = await h.findByRole('alert', { within: list });
    expect(alert.textContent!.trim()).to.not.equal('');
    expect(invoices().length).to.equal(20);
    await expectNoAxeViolations(billing);

    backend.faults.clear('billing.listInvoices');
    await h.click(await h.findByRole('button', { name: 'Try again' }));
    // Every invoice of the client's (the seed's count, which other seeds such as payments up front add to).
    const all = backend.db.data.invoices.filter((i) => i.clientId === 'cl-avery').length;
    await waitFor(() => invoices().length === all, { message: 'the second page' });
    await waitFor(() => list.activeElement === invoices()[20], { message: 'focus on the first new invoice' });
    await h.findByText(`${all - 20} more shown`, { within: list });
    expect(list.querySelector('[role="alert"]')).to.equal(null);
    expect(h.queryAllByRole('button', { name: 'Show more invoices' }).length).to.equal(0);
    await expectNoAxeViolations(billing);
  });

  it('opening an invoice in a portal has one writer: the portal writes the item and the URL, and a host that cancels the navigation keeps the list', async () => {
    const element = await fixture<PorticoPortal>(html`<portico-portal .adapter=${await adapterFor('client')} routing="hash"></portico-portal>`);
    const portal = new PortalHarness(element);
    await waitFor(() => portal.root.querySelector('nav a'), { message: 'the portal shell' });
    await portal.open('Billing');
    const billing = (await portal.settled('portico-billing')) as HTMLElement & { item?: string };
    const h = new BillingHarness(billing as never);
    const list = await settled(billing as never, 'portico-billing-invoices', '.card');

    // The host handles navigation itself this time: nothing opens, the URL stays.
    const cancel = (event: Event) => event.preventDefault();
    element.addEventListener('portico-navigate', cancel);
    await h.click(list.querySelector<HTMLElement>('[data-invoice-id="inv-avery-02"]')!);
    // Opening is synchronous up to the portal's answer: once the view has updated, nothing more comes.
    await (billing as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(billing.item).to.equal(undefined);
    expect(billing.shadowRoot!.querySelector('portico-billing-invoice')).to.equal(null);
    expect(location.hash).to.equal('#/billing');
    element.removeEventListener('portico-navigate', cancel);

    const navigations: { view: string; item?: string | undefined }[] = [];
    element.addEventListener('portico-navigate', (event) => navigations.push(event.detail));
    await h.click(list.querySelector<HTMLElement>('[data-invoice-id="inv-avery-02"]')!);
    const detail = await settled(billing as never, 'portico-billing-invoice', 'article');
    expect(navigations).to.deep.equal([{ view: 'billing', item: 'inv-avery-02' }]);
    expect(billing.item).to.equal('inv-avery-02');
    expect(location.hash).to.equal('#/billing/inv-avery-02');
    await waitFor(() => detail.activeElement?.id === 'invoice-heading', { message: 'focus on the invoice heading' });

    await h.click(await h.findByRole('button', { name: 'Back to invoices' }));
    await waitFor(() => location.hash === '#/billing' && !billing.shadowRoot!.querySelector('portico-billing-invoice'), { message: 'the list again' });
    expect(navigations).to.deep.equal([{ view: 'billing', item: 'inv-avery-02' }, { view: 'billing', item: undefined }]);
    await waitFor(() => list.activeElement === list.querySelector('[data-invoice-id="inv-avery-02"]'), { message: 'focus back on the invoice' });
  });
});
