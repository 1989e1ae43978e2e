/**
 * #14.2: paying for an appointment. With payments on, an appointment with a charge says what
 * is owed and Pay opens the invoice it is billed on (whose pay dialog and intent key pay it,
 * never twice); without card processing Pay is greyed out with the reason; with payments off
 * nothing about paying shows.
 */
import { expect } from '@open-wc/testing';
import { CLIENT } from '@portico/mock';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { mockBackend, renderPortal, visibleText, waitFor } from '../helpers/portal-harness.js';

async function chargedAppointment() {
  const backend = await mockBackend();
  const appointment = backend.db.data.appointments.find((a) => a.clientId === CLIENT.avery && a.charge)!;
  expect(appointment, 'a seeded appointment with a charge').to.exist;
  return { backend, appointment, invoice: backend.db.data.invoices.find((i) => i.id === appointment.charge!.invoiceId)! };
}

async function openAppointment(id: string) {
  history.replaceState(null, '', `#/schedule/${id}`);
  const portal = await renderPortal({ user: 'client', routing: 'hash' });
  const schedule = await waitFor(() => portal.root.querySelector<HTMLElement>('.main > portico-schedule'), { message: 'the schedule' });
  const detail = await waitFor(() => schedule.shadowRoot?.querySelector('portico-schedule-appointment')?.shadowRoot?.querySelector('article') && schedule.shadowRoot.querySelector('portico-schedule-appointment')!, { message: 'the appointment' });
  return { portal, detail };
}

describe('paying for an appointment (#14.2)', () => {
  beforeEach(async () => (await mockBackend()).reset());
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('shows what is owed, and Pay opens the invoice it is billed on, with its Pay', async function () {
    const { appointment, invoice } = await chargedAppointment();
    const { portal, detail } = await openAppointment(appointment.id);
    const charge = await waitFor(() => detail.shadowRoot!.querySelector<HTMLElement>('[part="charge"]'), { message: 'the charge' });
    const amount = `$${(invoice.balance.amount / 100).toFixed(2)}`;
    expect(visibleText(charge)).to.contain(`Amount due for this appointment: ${amount}`);
    const pay = charge.querySelector<HTMLButtonElement>('[part="pay-button"]')!;
    expect(pay.textContent!.trim()).to.equal(`Pay ${amount}`);
    expect(pay.getAttribute('aria-disabled')).to.equal(null);
    await expectNoAxeViolations(detail);
    await portal.click(pay);
    await waitFor(() => location.hash === `#/billing/${invoice.id}`, { message: 'the invoice in the URL' });
    const billing = await waitFor(() => portal.root.querySelector<HTMLElement>('.main > portico-billing'), { message: 'billing' });
    await waitFor(() => visibleText(billing).includes(invoice.number) && visibleText(billing).includes(`Pay ${amount}`), { message: 'the invoice with its Pay' });
  });

  it('greys Pay out with the reason when the practice has no card processing', async function () {
    const { backend, appointment } = await chargedAppointment();
    backend.db.data.organisation.features.cardProcessing = false;
    const { portal, detail } = await openAppointment(appointment.id);
    const charge = await waitFor(() => detail.shadowRoot!.querySelector<HTMLElement>('[part="charge"]'), { message: 'the charge' });
    const pay = charge.querySelector<HTMLButtonElement>('[part="pay-button"]')!;
    expect(pay.getAttribute('aria-disabled')).to.equal('true');
    expect(visibleText(charge)).to.contain('the practice does not take card payments through the portal');
    await expectNoAxeViolations(detail);
    await portal.click(pay);
    await new Promise((r) => requestAnimationFrame(r));
    expect(location.hash).to.equal(`#/schedule/${appointment.id}`);
  });

  it('says nothing about paying when the practice does not take payments in the portal', async function () {
    const { backend, appointment } = await chargedAppointment();
    backend.db.data.organisation.features.payments = false;
    const { detail } = await openAppointment(appointment.id);
    expect(detail.shadowRoot!.querySelector('[part="charge"]')).to.equal(null);
    expect(visibleText(detail)).not.to.contain('Amount due');
  });
});
