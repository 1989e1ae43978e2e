// Issue #14.3: the new-client link opens <portico-registration>: field errors next to fields,
// consent to the practice's terms (linked through safeUrl), the backend creates the client and
// sends the invitation, and a duplicate the backend refuses is said plainly.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/registration/registration.js';
import type { PorticoRegistration } from '../../src/registration/registration.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { button, click, errorOf, field, typeInto } from '../helpers/account-harness.js';
import { deepActiveElement, getByLabel } from '../helpers/harness.js';
import { mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

async function renderRegistration(): Promise<ShadowRoot> {
  const backend = await mockBackend();
  const el = await fixture<PorticoRegistration>(html`<portico-registration api-base-url=${backend.baseUrl}></portico-registration>`);
  return waitFor(() => el.shadowRoot!.querySelector('form') && el.shadowRoot!, { message: 'the registration form' });
}

async function fill(root: ShadowRoot, values: { first: string; last: string; email: string; dob: string }): Promise<void> {
  await typeInto(field(root, 'First name'), values.first);
  await typeInto(field(root, 'Last name'), values.last);
  await typeInto(field(root, 'Email'), values.email);
  await typeInto(field(root, 'Date of birth'), values.dob);
}

describe('<portico-registration> (#14.3)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('says what is missing next to each field, then registers and says where the invitation goes', async () => {
    const root = await renderRegistration();
    const terms = root.querySelector<HTMLAnchorElement>('a[target="_blank"]')!;
    expect(terms.href).to.equal('https://harborlane.example/terms');
    expect(terms.rel).to.equal('noopener noreferrer');
    await expectNoAxeViolations(root.host);

    await click(button(root, 'Register'));
    await waitFor(() => errorOf(field(root, 'First name')), { message: 'the field errors' });
    expect(errorOf(field(root, 'Email'))).to.equal('Enter an email address, like name@example.com.');
    expect(errorOf(field(root, 'Date of birth'))).to.equal('Enter your date of birth.');
    expect(errorOf(getByLabel(root, /^I accept the terms of /))).to.equal('Accept the terms to register.');
    expect(deepActiveElement()).to.equal(field(root, 'First name'));
    await expectNoAxeViolations(root.host);

    await fill(root, { first: 'Robin', last: 'Newcomer', email: 'robin.newcomer@example.com', dob: '1991-05-06' });
    await click(getByLabel(root, /^I accept the terms of /));
    const registering = oneEvent(root.host, 'portico-registered');
    await click(button(root, 'Register'));
    const registered = await registering;
    expect(registered.detail).to.deep.equal({ invitationSentTo: 'robin.newcomer@example.com' });
    const confirmation = await waitFor(() => root.querySelector('[part="confirmation"]'), { message: 'the confirmation' });
    expect(visibleText(confirmation)).to.contain('will send an invitation to robin.newcomer@example.com');
    await waitFor(() => root.activeElement === confirmation, { message: 'focus on the confirmation' });
    await expectNoAxeViolations(root.host);
  });

  it('says clearly when the practice refused a duplicate', async () => {
    const backend = await mockBackend();
    const root = await renderRegistration();
    // The demo client's own address: the mock (as the practice's system) calls it a duplicate.
    await fill(root, { first: 'Avery', last: 'Example', email: backend.credentials.client.email, dob: '1990-01-01' });
    await click(getByLabel(root, /^I accept the terms of /));
    await click(button(root, 'Register'));
    const alert = await waitFor(() => root.querySelector('[role="alert"]'), { message: 'the refusal' });
    expect(visibleText(alert)).to.contain('The practice already has a client with these details, so it did not register you again.');
    expect(root.activeElement).to.equal(alert);
    expect(field(root, 'Email').value).to.equal(backend.credentials.client.email);
    await expectNoAxeViolations(root.host);
  });

  it('says the practice takes no registrations when it switched them off', async () => {
    (await mockBackend()).db.data.organisation.features.selfRegistration = false;
    const backend = await mockBackend();
    const el = await fixture<PorticoRegistration>(html`<portico-registration api-base-url=${backend.baseUrl}></portico-registration>`);
    await waitFor(() => el.shadowRoot!.querySelector('h2'), { message: 'the heading' });
    expect(visibleText(el.shadowRoot!)).to.contain('does not take registrations online');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
  });
});
