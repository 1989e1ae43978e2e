import { expect } from '@open-wc/testing';
import type { PortalAdapter } from '@portico/core';
import { CLIENT } from '@portico/mock';
import type { PorticoAccount } from '../../src/views/account/account.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { button, click, choose, errorOf, field, renderAccount, sectionRoot, pasteInto, setChecked, typeInto } from '../helpers/account-harness.js';
import { deepActiveElement, webTestRunnerDriver } from '../helpers/harness.js';
import { descriptionOf, getByRole, queryAllByLabel } from '../../src/testing/queries.js';
import { setPorticoLocale } from '../../src/i18n/localization.js';
import { adapterFor, mockBackend, renderPortal, visibleText, waitFor } from '../helpers/portal-harness.js';

/** The field labelled `label` inside `scope` (a `<portico-field>`'s control), once it is rendered. */
const findLabel = (scope: Element, label: string) =>
  waitFor(() => queryAllByLabel(scope, label)[0] as HTMLInputElement | undefined, { message: `the field "${label}"` });

const tab = (account: PorticoAccount, label: string) =>
  [...account.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => t.textContent!.trim() === label)!;

describe('<portico-account>', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('switches sections with tabs and arrow keys, asking the portal to put the section in the URL', async () => {
    const account = await renderAccount(await adapterFor('client'));
    const tabs = [...account.shadowRoot!.querySelectorAll('[role="tab"]')].map((t) => t.textContent!.trim());
    expect(tabs).to.deep.equal(['Contact details', 'Notifications', 'Availability', 'Contact the practice', 'Password and sign-out']);
    const requested: (string | undefined)[] = [];
    account.addEventListener('portico-open-requested', (e) => requested.push(e.detail.item));
    tab(account, 'Contact details').focus();
    await webTestRunnerDriver.press('ArrowRight');
    await account.updateComplete;
    expect(tab(account, 'Notifications').getAttribute('aria-selected')).to.equal('true');
    await waitFor(() => account.shadowRoot!.activeElement === tab(account, 'Notifications'), { message: 'focus on the tab' });
    expect(requested).to.deep.equal(['notifications']);
    await sectionRoot(account, 'portico-account-notifications');
    await expectNoAxeViolations(account);
  });

  it('opens in the portal at the section named by the deep link', async () => {
    const portal = await renderPortal({ user: 'client' });
    portal.portal.navigate({ view: 'account', item: 'contact' });
    const account = (await portal.settled('portico-account')) as PorticoAccount;
    expect(tab(account, 'Contact the practice').getAttribute('aria-selected')).to.equal('true');
    await sectionRoot(account, 'portico-account-contact');
    await click(tab(account, 'Notifications'));
    await waitFor(() => portal.portal.item === 'notifications', { message: 'the portal to follow' });
    expect(tab(account, 'Notifications').getAttribute('aria-selected')).to.equal('true');
  });

  it('hides availability from a payer', async () => {
    const account = await renderAccount(await adapterFor('payer'));
    expect(tab(account, 'Availability')).to.equal(undefined);
  });

  describe('profile', () => {
    it('lists what is missing as links to the fields, and saving fills the meter', async () => {
      const backend = await mockBackend();
      const account = await renderAccount(await adapterFor('guardian'));
      const root = await sectionRoot(account, 'portico-account-profile');
      const meter = root.querySelector('meter')!;
      expect(meter.labels?.[0]?.textContent).to.equal('Profile completion');
      expect(meter.value).to.equal(4);
      expect(meter.max).to.equal(6);
      const links = [...root.querySelectorAll<HTMLAnchorElement>('.completion a')];
      expect(links.map((a) => a.textContent!.trim())).to.deep.equal(['Date of birth', 'Emergency contact']);
      await expectNoAxeViolations(account);

      await click(links[1]!);
      expect(deepActiveElement()).to.equal(field(root, 'Contact’s name'));
      expect(location.hash).not.to.contain('profile-');

      await typeInto(field(root, 'Contact’s name'), 'Sam Sample');
      await typeInto(field(root, 'Contact’s phone'), '12');
      await typeInto(field(root, 'Date of birth'), '1990-05-01');
      await click(button(root, 'Save contact details'));
      await account.updateComplete;
      const phone = field(root, 'Contact’s phone');
      await waitFor(() => phone.getAttribute('aria-invalid') === 'true', { message: 'the phone error' });
      expect(errorOf(phone)).to.contain('7 to 15 digits');
      await waitFor(() => deepActiveElement() === phone, { message: 'focus on the phone field' });
      await expectNoAxeViolations(account);

      await typeInto(phone, '+1 555-0199');
      await click(button(root, 'Save contact details'));
      await waitFor(() => root.querySelector('meter')!.value === 6, { message: 'the meter to fill' });
      expect(visibleText(root.querySelector('.completion')!)).to.contain('Your profile is complete');
      expect(backend.db.data.profiles['u-jordan']!.emergencyContact).to.deep.equal({ name: 'Sam Sample', phone: '+1 555-0199', relationship: '' });
      expect(backend.db.data.profiles['u-jordan']!.dateOfBirth).to.equal('1990-05-01');
    });

    it('checks the email format next to the field', async () => {
      const account = await renderAccount(await adapterFor('client'));
      const root = await sectionRoot(account, 'portico-account-profile');
      await typeInto(field(root, 'Email'), 'avery@');
      await click(button(root, 'Save contact details'));
      await account.updateComplete;
      await waitFor(() => errorOf(field(root, 'Email')), { message: 'the email error' });
      expect(errorOf(field(root, 'Email'))).to.contain('like name@example.com');
    });

    it('refuses a 100,000-character name next to the field, and the backend keeps the old one (#13.4)', async () => {
      const backend = await mockBackend();
      const before = structuredClone(backend.db.data.profiles['u-avery']);
      const account = await renderAccount(await adapterFor('client'));
      const root = await sectionRoot(account, 'portico-account-profile');
      await pasteInto(field(root, 'First name'), 'A'.repeat(100_000));
      await click(button(root, 'Save contact details'));
      await account.updateComplete;
      await waitFor(() => errorOf(field(root, 'First name')), { message: 'the length error' });
      expect(errorOf(field(root, 'First name'))).to.equal('Use at most 200 characters (this has 100000).');
      expect(backend.db.data.profiles['u-avery']).to.deep.equal(before);
    });

    it('keeps what was typed when saving fails, and saves on retry', async () => {
      const backend = await mockBackend();
      backend.faults.errorRate('account.updateProfile', 1, { times: 1 });
      const account = await renderAccount(await adapterFor('client'));
      const root = await sectionRoot(account, 'portico-account-profile');
      await typeInto(field(root, 'Preferred name'), 'Ave');
      await click(button(root, 'Save contact details'));
      const alert = await waitFor(() => root.querySelector('[role="alert"]'), { message: 'the failure' });
      expect(visibleText(alert)).to.contain('Your changes were not saved.');
      expect(field(root, 'Preferred name').value).to.equal('Ave');
      await expectNoAxeViolations(account);
      await click(button(root, 'Try saving again'));
      await waitFor(() => root.querySelector('[role="status"]'), { message: 'the saved notice' });
      expect(backend.db.data.profiles['u-avery']!.preferredName).to.equal('Ave');
    });

    it('shows a skeleton while loading and Retry after a failure', async () => {
      const backend = await mockBackend();
      backend.faults.latency(600, 'account.getProfile');
      const account = await renderAccount(await adapterFor('client'));
      const profile = await waitFor(() => account.shadowRoot!.querySelector('portico-account-profile'));
      await waitFor(() => profile.shadowRoot!.querySelector('portico-state-loading'), { message: 'the skeleton' });
      await expectNoAxeViolations(account);
      backend.faults.reset();
      backend.faults.errorRate('account.getProfile', 1);
      const failing = await renderAccount(await adapterFor('client'));
      const root = await sectionRoot(failing, 'portico-account-profile');
      const error = root.querySelector('portico-state-error')!;
      await expectNoAxeViolations(failing);
      backend.faults.reset();
      await click(await waitFor(() => button(error.shadowRoot!, 'Try again'), { message: 'Try again' }));
      await waitFor(() => root.querySelector('form'), { message: 'the form after retry' });
    });
  });

  describe('notifications', () => {
    it('lists every event by channel, and a change is kept by the backend', async () => {
      const backend = await mockBackend();
      const account = await renderAccount(await adapterFor('client'), 'notifications');
      const root = await sectionRoot(account, 'portico-account-notifications');
      const rows = [...root.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());
      expect(rows).to.have.length(10);
      expect(rows).to.include.members(['Appointment booked', 'Appointment cancelled', 'Appointment rescheduled', 'Appointment removed', 'Appointment request confirmed', 'Appointment request declined', 'Appointment request confirmation or decline undone', 'New message', 'New document', 'Invoice due']);
      const box = field(root, 'Invoice due: Text message (SMS)');
      expect(box.checked).to.equal(false);
      const zone = field<HTMLSelectElement>(root, 'Time zone');
      expect(zone.value).to.equal(backend.db.data.preferences['u-avery']!.timeZone);
      expect(zone.options.length).to.be.greaterThan(100);
      // #10: grouped by region and named, the common zones first; values stay IANA names.
      const groups = [...zone.querySelectorAll('optgroup')].map((g) => g.label);
      expect(groups[0]).to.equal('Common time zones');
      expect(groups).to.include.members(['Americas', 'Europe', 'Asia', 'Africa', 'Pacific']);
      const chicago = [...zone.querySelectorAll('optgroup')[0]!.querySelectorAll('option')].find((o) => o.value === 'America/Chicago')!;
      expect(chicago.textContent!.trim()).to.equal('Chicago — Central Time');
      expect([...zone.options].filter((o) => o.value === 'America/Chicago')).to.have.length(1);
      expect([...zone.options].some((o) => /^[A-Za-z]+\/[A-Za-z_]+$/.test(o.textContent!.trim())), 'a raw IANA name as a label').to.equal(false);
      await expectNoAxeViolations(account);

      await setChecked(box, true);
      await setChecked(field(getByRole(root, 'group', { name: 'How long before' }), '1 hour'), true);
      await choose(zone, 'Europe/Madrid');
      await account.updateComplete;
      await click(button(root, 'Save preferences'));
      await waitFor(() => root.querySelector('[role="status"]'), { message: 'the saved notice' });
      const stored = backend.db.data.preferences['u-avery']!;
      expect(stored.events['invoice-due']).to.deep.equal({ email: true, sms: true });
      expect(stored.reminders.hoursBefore).to.include(1);
      expect(stored.timeZone).to.equal('Europe/Madrid');

      // A fresh page (new adapter, new cache) reads it back from the backend.
      const again = await renderAccount(await adapterFor('client'), 'notifications');
      const fresh = await sectionRoot(again, 'portico-account-notifications');
      expect(fresh.querySelector<HTMLInputElement>('input[aria-label="Invoice due: Text message (SMS)"]')!.checked).to.equal(true);
      expect(field<HTMLSelectElement>(fresh, 'Time zone').value).to.equal('Europe/Madrid');
    });

    it('offers "request confirmation or decline undone" by email and SMS, and the backend keeps the choice (#14)', async () => {
      const backend = await mockBackend();
      const account = await renderAccount(await adapterFor('client'), 'notifications');
      const root = await sectionRoot(account, 'portico-account-notifications');
      const sms = queryAllByLabel(root, 'Appointment request confirmation or decline undone: Text message (SMS)')[0] as HTMLInputElement | undefined;
      expect(sms, 'the SMS box of the new event').to.exist;
      expect(root.querySelector('input[aria-label="Appointment request confirmation or decline undone: Email"]')).to.exist;
      await setChecked(sms!, true);
      await account.updateComplete;
      await click(button(root, 'Save preferences'));
      await waitFor(() => root.querySelector('[role="status"]'), { message: 'the saved notice' });
      expect(backend.db.data.preferences['u-avery']!.events['request-decision-undone']?.sms).to.equal(true);
    });

    it('still shows the preferences of a backend that does not send request-decision-undone yet, that event off', async () => {
      const backend = await mockBackend();
      delete backend.db.data.preferences['u-avery']!.events['request-decision-undone'];
      const account = await renderAccount(await adapterFor('client'), 'notifications');
      const root = await sectionRoot(account, 'portico-account-notifications');
      const rows = [...root.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());
      expect(rows).to.have.length(10);
      for (const channel of ['Email', 'Text message (SMS)']) {
        const box = root.querySelector<HTMLInputElement>(`input[aria-label="Appointment request confirmation or decline undone: ${channel}"]`);
        expect(box, `the ${channel} box of the missing event`).to.exist;
        expect(box!.checked, `${channel} off by default`).to.equal(false);
      }
      expect(root.querySelector<HTMLInputElement>('input[aria-label="Invoice due: Email"]')!.checked).to.equal(true);
      await expectNoAxeViolations(account);
    });

    it('switches Portico to the chosen language when saved', async () => {
      const backend = await mockBackend();
      const account = await renderAccount(await adapterFor('client'), 'notifications');
      const root = await sectionRoot(account, 'portico-account-notifications');
      await choose(field<HTMLSelectElement>(root, 'Language'), 'es');
      await click(button(root, 'Save preferences'));
      try {
        await waitFor(() => tab(account, 'Notificaciones'), { message: 'Spanish tabs' });
        expect(backend.db.data.preferences['u-avery']!.language).to.equal('es');
        expect(visibleText(root)).to.contain('Sus preferencias se guardaron.');
      } finally {
        await setPorticoLocale('en');
      }
    });

    it('asks for a reminder time when reminders are on', async () => {
      const account = await renderAccount(await adapterFor('client'), 'notifications');
      const root = await sectionRoot(account, 'portico-account-notifications');
      for (const box of root.querySelectorAll<HTMLInputElement>('[id^="hours-"]')) await setChecked(box, false);
      await account.updateComplete;
      await click(button(root, 'Save preferences'));
      await waitFor(() => root.querySelector('#hours-error'), { message: 'the reminder error' });
      expect(root.querySelector('#hours-error')!.textContent).to.contain('Choose at least one reminder time');
      // The boxes are a fieldset named by its legend; the error is tied to the group, read after its name.
      const group = getByRole<HTMLFieldSetElement>(root, 'group', { name: 'How long before' });
      expect(group.localName).to.equal('fieldset');
      const error = 'Choose at least one reminder time, or turn reminders off.';
      expect(errorOf(group)).to.equal(error);
      expect(descriptionOf(group)).to.equal(error);
      expect(group.contains(root.querySelector('#hours-error'))).to.equal(true);
      // Focus went to the first box of the group, so the person lands where the problem is.
      await waitFor(() => deepActiveElement() === group.querySelector('input[type="checkbox"]'), { message: 'focus on the first reminder time' });
      await expectNoAxeViolations(account);
      // Ticking a time clears the error and the description.
      await setChecked(getByRole<HTMLInputElement>(group, 'checkbox', { name: '1 hour' }), true);
      await waitFor(() => !root.querySelector('#hours-error'), { message: 'the error cleared' });
      expect(errorOf(group)).to.equal('');
      expect(group.hasAttribute('aria-describedby')).to.equal(false);
    });
  });

  describe('availability', () => {
    it('adds a window, refuses end-before-start and overlaps next to the field, and saves', async () => {
      const backend = await mockBackend();
      const account = await renderAccount(await adapterFor('client'), 'availability');
      const root = await sectionRoot(account, 'portico-account-availability');
      const monday = [...root.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')!.textContent === 'Monday')!;
      expect(monday.querySelectorAll('.window')).to.have.length(1);
      await click(button(root, 'Add a time on Monday'));
      await account.updateComplete;
      const windows = monday.querySelectorAll('.window');
      expect(windows).to.have.length(2);
      const start = await findLabel(windows[1]!, 'From');
      const end = await findLabel(windows[1]!, 'To');
      await waitFor(() => deepActiveElement() === start, { message: 'focus on the new window' });
      await typeInto(start!, '12:00');
      await typeInto(end!, '11:00');
      await click(button(root, 'Save availability'));
      await waitFor(() => errorOf(end!), { message: 'the order error' });
      expect(errorOf(end!)).to.equal('The end time must be after the start time.');
      await expectNoAxeViolations(account);

      await typeInto(start!, '18:00');
      await typeInto(end!, '21:00');
      await click(button(root, 'Save availability'));
      await waitFor(() => errorOf(end!).includes('overlaps'), { message: 'the overlap error' });
      expect(errorOf(end!)).to.equal('This overlaps another time on Monday.');
      expect(backend.db.data.availability[CLIENT.avery]!.windows.filter((w) => w.weekday === 1)).to.have.length(1);

      await typeInto(start!, '09:00');
      await typeInto(end!, '11:30');
      await click(button(root, 'Save availability'));
      await waitFor(() => root.querySelector('[role="status"]'), { message: 'the saved notice' });
      expect(backend.db.data.availability[CLIENT.avery]!.windows.filter((w) => w.weekday === 1)).to.deep.equal([
        { weekday: 1, start: '09:00', end: '11:30' },
        { weekday: 1, start: '17:00', end: '20:00' },
      ]);
    });

    it('a time left out is told at its field, and focus goes there', async () => {
      const account = await renderAccount(await adapterFor('client'), 'availability');
      const root = await sectionRoot(account, 'portico-account-availability');
      const tuesday = [...root.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')!.textContent === 'Tuesday')!;
      const before = tuesday.querySelectorAll('.window').length;
      await click(button(root, 'Add a time on Tuesday'));
      const added = await waitFor(() => tuesday.querySelectorAll('.window')[before], { message: 'the new window' });
      const start = await findLabel(added, 'From');
      const end = await findLabel(added, 'To');
      await waitFor(() => deepActiveElement() === start, { message: 'focus on the new window' });
      await typeInto(end, '10:00');
      await click(button(root, 'Save availability'));
      await waitFor(() => errorOf(start), { message: 'the missing start' });
      expect(errorOf(start)).to.equal('Enter both a start and an end time.');
      expect(start.getAttribute('aria-invalid')).to.equal('true');
      expect(end.getAttribute('aria-invalid')).to.equal('false');
      await waitFor(() => deepActiveElement() === start, { message: 'focus on the field to fix' });
      await expectNoAxeViolations(account);
      await typeInto(start, '09:00');
      await typeInto(end, '');
      await click(button(root, 'Save availability'));
      await waitFor(() => errorOf(end), { message: 'the missing end' });
      expect(errorOf(end)).to.equal('Enter both a start and an end time.');
      await waitFor(() => deepActiveElement() === end, { message: 'focus on the end' });
    });

    it('says what to do when no times are recorded yet', async () => {
      const adapter = await adapterFor('client');
      const empty: PortalAdapter = { ...adapter, account: { ...adapter.account, getAvailability: async () => ({ timeZone: 'America/Chicago', windows: [] }) } };
      const account = await renderAccount(empty, 'availability');
      const root = await sectionRoot(account, 'portico-account-availability');
      expect(visibleText(root)).to.contain('You have not added any times yet');
      expect(visibleText(root)).to.contain('America/Chicago');
      await expectNoAxeViolations(account);
    });
  });

  describe('contact the practice', () => {
    it('prefills from a template, sends, and confirms', async () => {
      const backend = await mockBackend();
      const account = await renderAccount(await adapterFor('client'), 'contact');
      const root = await sectionRoot(account, 'portico-account-contact');
      await expectNoAxeViolations(account);
      await choose(field<HTMLSelectElement>(root, 'Start from a template'), 'tpl-billing');
      await account.updateComplete;
      expect(field(root, 'Subject').value).to.equal('Billing question');
      const text = field<HTMLTextAreaElement>(root, 'Your message');
      expect(text.value).to.match(/^Hello, I have a question about a recent invoice/);
      await typeInto(text, `${text.value}the one from March.`);
      backend.faults.errorRate('account.contactPractice', 1, { times: 1 });
      await click(button(root, 'Send message'));
      const alert = await waitFor(() => root.querySelector('[role="alert"]'), { message: 'the failure' });
      expect(visibleText(alert)).to.contain('What you wrote is still here.');
      expect(field<HTMLTextAreaElement>(root, 'Your message').value).to.contain('the one from March.');
      await click(button(root, 'Try sending again'));
      const status = await waitFor(() => root.querySelector('[role="status"]'), { message: 'the confirmation' });
      expect(visibleText(status)).to.contain('Your message “Billing question” was sent');
      expect(root.activeElement).to.equal(status);
      await expectNoAxeViolations(account);
      expect(backend.db.data.practiceMessages).to.have.length(1);
      expect(backend.db.data.practiceMessages[0]).to.include({ templateId: 'tpl-billing', subject: 'Billing question' });
      expect(backend.db.data.practiceMessages[0]!.text).to.contain('the one from March.');
    });

    it('asks for a subject and a message next to the fields', async () => {
      const account = await renderAccount(await adapterFor('client'), 'contact');
      const root = await sectionRoot(account, 'portico-account-contact');
      // The practice's default template is loaded (#14.1); the person empties both fields.
      expect(field(root, 'Subject').value).to.equal('A question for Harbor Lane Therapy');
      await typeInto(field(root, 'Subject'), '');
      await typeInto(field<HTMLTextAreaElement>(root, 'Your message'), '');
      await click(button(root, 'Send message'));
      await waitFor(() => errorOf(field(root, 'Subject')), { message: 'the subject error' });
      expect(errorOf(field<HTMLTextAreaElement>(root, 'Your message'))).to.equal('Write your message.');
    });
  });

  describe('password', () => {
    it('changes the password with the current one and the rules', async () => {
      const backend = await mockBackend();
      const account = await renderAccount(await adapterFor('client'), 'password');
      const change = await waitFor(() => account.shadowRoot!.querySelector('portico-change-password'));
      const root = await waitFor(() => change.shadowRoot!.querySelector('form') && change.shadowRoot!, { message: 'the form' });
      await typeInto(field(root, 'Current password'), 'wrong-one');
      await typeInto(field(root, 'New password'), 'Harbor-Lane-42');
      await typeInto(field(root, 'Confirm new password'), 'Harbor-Lane-42');
      await click(button(root, 'Change password'));
      await waitFor(() => errorOf(field(root, 'Current password')), { message: 'the wrong-password error' });
      expect(errorOf(field(root, 'Current password'))).to.equal('That is not your current password.');
      expect(field(root, 'New password').value).to.equal('Harbor-Lane-42');
      await expectNoAxeViolations(account);
      await typeInto(field(root, 'Current password'), backend.credentials.client.password);
      await click(button(root, 'Change password'));
      await waitFor(() => root.querySelector('[role="status"].notice'), { message: 'the changed notice' });
      expect(backend.db.data.users.find((u) => u.id === 'u-avery')!.password).to.equal('Harbor-Lane-42');
    });
  });
});
