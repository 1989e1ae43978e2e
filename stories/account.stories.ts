/**
 * `<portico-account>` (ACCT-2..6) on the mock practice: each tab (contact details,
 * notifications, availability, contacting the practice, password and sign-out) with its
 * loading, error, validation and saved states.
 */
import type { AccountSection } from '@portico/elements/views/account';
import '@portico/elements/views/account';
import { CLIENT } from '@portico/mock';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AccountHarness, errorOf } from '@portico/elements/testing';
import { expect } from 'storybook/test';
import type { PorticoAccount } from '../packages/elements/src/views/account/account.js';
import { until } from './support/dom.js';
import { FOREVER, portico, porticoOf } from './support/portico.js';

interface AccountArgs {
  /** The section shown (the portal sets it from `#/account/<section>`). */
  item: AccountSection;
}

const SECTIONS: AccountSection[] = ['profile', 'notifications', 'availability', 'contact', 'password', 'sign-in-methods'];

const TAGS: Record<AccountSection, string> = {
  profile: 'portico-account-profile',
  notifications: 'portico-account-notifications',
  availability: 'portico-account-availability',
  contact: 'portico-account-contact',
  password: 'portico-change-password',
  'sign-in-methods': 'portico-account-sign-in-methods',
};

const meta: Meta<AccountArgs> = {
  title: 'Views/Account',
  component: 'portico-account',
  tags: ['autodocs'],
  args: { item: 'profile' },
  argTypes: { item: { control: 'inline-radio', options: SECTIONS } },
  render: ({ item }) => html`<portico-account item=${item}></portico-account>`,
};
export default meta;

type Story = StoryObj<AccountArgs>;

/** The harness on the story's view, once its tabs are shown (driven through Storybook's userEvent, see support/dom.ts). */
async function accountIn(canvas: HTMLElement): Promise<AccountHarness> {
  return new AccountHarness(await until(() => canvas.querySelector<PorticoAccount>('portico-account'), 'the Account view')).ready();
}

/** Waits for a section's form (its data loaded) and returns the harness on the view. */
async function formOf(canvas: HTMLElement, id: AccountSection): Promise<AccountHarness> {
  const account = await accountIn(canvas);
  await account.formOf(TAGS[id]);
  return account;
}

/** Waits until a section shows `state` (`portico-state-loading`, `portico-state-error`): a state panel has no role of its own to find it by. */
async function stateOf(canvas: HTMLElement, id: AccountSection, state: string): Promise<AccountHarness> {
  const account = await accountIn(canvas);
  await account.section(TAGS[id], state);
  return account;
}

// ── Contact details ──

/** The profile with its completion meter; what is missing links to its field. */
export const ContactDetails: Story = {
  name: 'Contact details',
  play: async ({ canvasElement }) => {
    const account = await formOf(canvasElement, 'profile');
    await account.findByText('Profile completion');
  },
};

export const ContactDetailsLoading: Story = {
  name: 'Contact details: loading',
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'account.getProfile') }),
  play: async ({ canvasElement }) => {
    await stateOf(canvasElement, 'profile', 'portico-state-loading');
  },
};

/** The profile fails to load; Retry shows the form once the backend recovers. */
export const ContactDetailsError: Story = {
  name: 'Contact details: error (with Retry)',
  parameters: portico({ faults: (faults) => faults.errorRate('account.getProfile', 1) }),
  play: async (context) => {
    const { canvasElement } = context;
    const account = await accountIn(canvasElement);
    await account.findByRole('button', { name: 'Try again', timeout: 10_000 });
    porticoOf(context).backend.faults.clear('account.getProfile');
    await account.retry();
    await account.formOf(TAGS.profile);
  },
};

/** Saved with a required field emptied and a bad email: each problem next to its field. */
export const ContactDetailsInvalid: Story = {
  name: 'Contact details: validation errors',
  play: async ({ canvasElement }) => {
    const account = await formOf(canvasElement, 'profile');
    await account.typeIn('First name', '');
    await account.typeIn('Email', 'avery.example');
    await account.click('Save contact details');
    await account.waitForError('Email');
    await account.waitForError('First name');
  },
};

/** Saving fails: what was typed stays, the notice says so, the button offers to try again. */
export const ContactDetailsNotSaved: Story = {
  name: 'Contact details: not saved',
  parameters: portico({ faults: (faults) => faults.errorRate('account.updateProfile', 1) }),
  play: async ({ canvasElement }) => {
    const account = await formOf(canvasElement, 'profile');
    await account.typeIn('Preferred name', 'Ave');
    await account.click('Save contact details');
    await account.findByRole('button', { name: 'Try saving again', timeout: 10_000 });
  },
};

export const ContactDetailsSaved: Story = {
  name: 'Contact details: saved',
  play: async ({ canvasElement }) => {
    const account = await formOf(canvasElement, 'profile');
    await account.typeIn('Preferred name', 'Ave');
    await account.click('Save contact details');
    await account.waitForText('Your contact details were saved.');
  },
};

// ── Notifications ──

/** Every event by channel, reminders, language and time zone. */
export const Notifications: Story = {
  args: { item: 'notifications' },
  play: async ({ canvasElement }) => {
    await formOf(canvasElement, 'notifications');
  },
};

export const NotificationsLoading: Story = {
  name: 'Notifications: loading',
  args: { item: 'notifications' },
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'account.getPreferences') }),
  play: async ({ canvasElement }) => {
    await stateOf(canvasElement, 'notifications', 'portico-state-loading');
  },
};

export const NotificationsError: Story = {
  name: 'Notifications: error',
  args: { item: 'notifications' },
  parameters: portico({ faults: (faults) => faults.errorRate('account.getPreferences', 1) }),
  play: async ({ canvasElement }) => {
    const account = await accountIn(canvasElement);
    await account.findByRole('button', { name: 'Try again', timeout: 10_000 });
  },
};

/** Saving the preferences fails; the choices stay as made. */
export const NotificationsNotSaved: Story = {
  name: 'Notifications: not saved',
  args: { item: 'notifications' },
  parameters: portico({ faults: (faults) => faults.errorRate('account.updatePreferences', 1) }),
  play: async ({ canvasElement }) => {
    const account = await formOf(canvasElement, 'notifications');
    await account.click(account.queryAllByRole('checkbox')[0]!);
    await account.click('Save preferences');
    await account.findByRole('button', { name: 'Try saving again', timeout: 10_000 });
  },
};

// ── Availability ──

/** The weekly times the client is usually free, per weekday. */
export const Availability: Story = {
  args: { item: 'availability' },
  play: async ({ canvasElement }) => {
    await formOf(canvasElement, 'availability');
  },
};

/** No times recorded yet: says what to do. */
export const AvailabilityEmpty: Story = {
  name: 'Availability: none yet',
  args: { item: 'availability' },
  parameters: portico({
    setup: (backend) => {
      backend.db.data.availability[CLIENT.avery] = { ...backend.db.data.availability[CLIENT.avery]!, windows: [] };
    },
  }),
  play: async ({ canvasElement }) => {
    const account = await formOf(canvasElement, 'availability');
    await expect(account.text()).toContain('You have not added any times yet');
  },
};

/** A new time that ends before it starts: refused next to the field. */
export const AvailabilityInvalid: Story = {
  name: 'Availability: validation errors',
  args: { item: 'availability' },
  play: async ({ canvasElement }) => {
    const account = await formOf(canvasElement, 'availability');
    await account.click('Add a time on Monday');
    const monday = await account.findByRole('group', { name: 'Monday' });
    // The new time is the last From / To pair in Monday's group.
    const starts = await account.waitFor(() => (account.queryAllByLabel('From', monday).length > 1 ? account.queryAllByLabel('From', monday) : null), { message: 'the new time' });
    const ends = account.queryAllByLabel('To', monday);
    await account.type(starts[starts.length - 1]!, '12:00');
    await account.type(ends[ends.length - 1]!, '11:00');
    await account.click('Save availability');
    await account.waitFor(() => [...account.queryAllByLabel('From', monday), ...account.queryAllByLabel('To', monday)].find((control) => errorOf(control)), { message: 'the order error' });
  },
};

export const AvailabilityLoading: Story = {
  name: 'Availability: loading',
  args: { item: 'availability' },
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'account.getAvailability') }),
  play: async ({ canvasElement }) => {
    await stateOf(canvasElement, 'availability', 'portico-state-loading');
  },
};

// ── Contact the practice ──

/** A message to the practice, optionally started from a template. */
export const ContactPractice: Story = {
  name: 'Contact the practice',
  args: { item: 'contact' },
  play: async ({ canvasElement }) => {
    await formOf(canvasElement, 'contact');
  },
};

/** Started from a template and sent: the confirmation. */
export const ContactPracticeSent: Story = {
  name: 'Contact the practice: sent',
  args: { item: 'contact' },
  play: async ({ canvasElement }) => {
    const account = await formOf(canvasElement, 'contact');
    await account.selectOption('Start from a template', 'tpl-billing');
    await account.waitFor(() => account.getByLabel('Subject').value === 'Billing question', { message: 'the template text' });
    await account.click('Send message');
    await account.waitForText('Your message “Billing question” was sent');
    await account.findByRole('button', { name: 'Write another message' });
  },
};

/** Sending fails: what was written is kept, with Try sending again. */
export const ContactPracticeFails: Story = {
  name: 'Contact the practice: not sent',
  args: { item: 'contact' },
  parameters: portico({ faults: (faults) => faults.errorRate('account.contactPractice', 1) }),
  play: async ({ canvasElement }) => {
    const account = await formOf(canvasElement, 'contact');
    await account.typeIn('Subject', 'Parking');
    await account.typeIn('Your message', 'Is the parking garage open on Saturdays?');
    await account.click('Send message');
    await account.findByRole('button', { name: 'Try sending again', timeout: 10_000 });
  },
};

export const ContactPracticeInvalid: Story = {
  name: 'Contact the practice: validation errors',
  args: { item: 'contact' },
  play: async ({ canvasElement }) => {
    const account = await formOf(canvasElement, 'contact');
    // The practice's default template is loaded (#14.1); the person empties both fields.
    await account.waitFor(() => account.getByLabel('Subject').value, { message: 'the default template' });
    await account.typeIn('Subject', '');
    await account.typeIn('Your message', '');
    await account.click('Send message');
    await account.waitFor(() => account.errorFor('Subject') || account.errorFor('Your message'), { message: 'the field errors' });
  },
};

// ── Password and sign-out ──

/** Change password (the rules shown as the user types) and Sign out. */
export const Password: Story = {
  name: 'Password and sign-out',
  args: { item: 'password' },
  play: async ({ canvasElement }) => {
    await formOf(canvasElement, 'password');
  },
};

/** A new password part-way there: met rules ticked, the rest still open. */
export const PasswordRules: Story = {
  name: 'Password: rules as typed',
  args: { item: 'password' },
  play: async ({ canvasElement }) => {
    const account = await formOf(canvasElement, 'password');
    await account.typeIn('New password', 'harbor');
    await account.waitFor(() => account.rules().some(([, met]) => met), { message: 'a met rule' });
    await expect(account.rules().some(([, met]) => !met)).toBe(true);
  },
};

/** The current password is wrong and the confirmation does not match: said next to each field. */
export const PasswordErrors: Story = {
  name: 'Password: errors',
  args: { item: 'password' },
  play: async ({ canvasElement }) => {
    const account = await formOf(canvasElement, 'password');
    await account.typeIn('Current password', 'wrong-one');
    await account.typeIn('New password', 'Harbor-Lane-42');
    await account.typeIn('Confirm new password', 'Harbor-Lane-42');
    await account.click('Change password');
    await account.waitForError('Current password');
  },
};

/** A payer has no Availability tab. */
export const Payer: Story = {
  parameters: portico({ user: 'payer' }),
  play: async ({ canvasElement }) => {
    const account = await formOf(canvasElement, 'profile');
    await expect(account.tabs()).not.toContain('Availability');
  },
};

/** In Spanish: the password tab with the rules part-way met. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  args: { item: 'password' },
  play: async ({ canvasElement }) => {
    const account = await formOf(canvasElement, 'password');
    await account.typeIn('Contraseña nueva', 'harbor');
    await account.waitFor(() => account.rules('Reglas de contraseña').some(([, met]) => met), { message: 'a met rule' });
  },
};

// ── Sign-in methods (#14.6): only where the organisation enables SSO ──

const SSO = [{ id: 'sso-google', label: 'Google Workspace' }, { id: 'sso-microsoft', label: 'Microsoft' }];

/** The organisation offers two providers; none linked yet. */
export const SignInMethods: Story = {
  name: 'Sign-in methods',
  args: { item: 'sign-in-methods' },
  parameters: portico({ setup: (backend) => void (backend.db.data.organisation.ssoProviders = SSO) }),
  play: async ({ canvasElement }) => {
    const account = await accountIn(canvasElement);
    await account.findByRole('button', { name: 'Link Google Workspace' });
  },
};

/** Linking failed: the result came back expired or used. */
export const SignInMethodsLinkFailed: Story = {
  name: 'Sign-in methods: link failed',
  args: { item: 'sign-in-methods' },
  parameters: portico({ setup: (backend) => void (backend.db.data.organisation.ssoProviders = SSO) }),
  play: async ({ canvasElement }) => {
    const account = await accountIn(canvasElement);
    await account.findByRole('button', { name: 'Link Google Workspace' });
    // Coming back from the provider with a result that expired: what the portal does on its return URL.
    const element = account.root.querySelector('portico-account-sign-in-methods')!;
    await element.completeLink('sso-expired-result');
    await account.findByRole('alert');
  },
};

/** Loading the providers failed: said, with a retry. */
export const SignInMethodsError: Story = {
  name: 'Sign-in methods: error',
  args: { item: 'sign-in-methods' },
  parameters: portico({
    setup: (backend) => void (backend.db.data.organisation.ssoProviders = SSO),
    faults: (faults) => faults.errorRate('signInMethods.list', 1),
  }),
};
