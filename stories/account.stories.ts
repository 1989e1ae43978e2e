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
import { expect, userEvent } from 'storybook/test';
import type { PorticoField } from '../packages/elements/src/ui/field.js';
import { buttonNamed, fieldLabelled, shadowOf, textOf, typeInto, until } from './support/dom.js';
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

const account = (canvas: HTMLElement): ShadowRoot => canvas.querySelector('portico-account')!.shadowRoot!;

/** The shown section's shadow root once it has rendered something. */
function section(canvas: HTMLElement, id: AccountSection): ShadowRoot | null {
  return shadowOf(account(canvas).querySelector(`#panel-${id}`), TAGS[id]);
}

/** Waits for a section's form (its data loaded). */
const formOf = (canvas: HTMLElement, id: AccountSection): Promise<ShadowRoot> =>
  until(() => section(canvas, id)?.querySelector('form') && section(canvas, id), `the ${id} form`);

// ── Contact details ──

/** The profile with its completion meter; what is missing links to its field. */
export const ContactDetails: Story = {
  name: 'Contact details',
  play: async ({ canvasElement }) => {
    const root = await formOf(canvasElement, 'profile');
    await expect(root.querySelector('meter')).not.toBeNull();
  },
};

export const ContactDetailsLoading: Story = {
  name: 'Contact details: loading',
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'account.getProfile') }),
  play: async ({ canvasElement }) => {
    await until(() => section(canvasElement, 'profile')?.querySelector('portico-state-loading'), 'the skeleton');
  },
};

/** The profile fails to load; Retry shows the form once the backend recovers. */
export const ContactDetailsError: Story = {
  name: 'Contact details: error (with Retry)',
  parameters: portico({ faults: (faults) => faults.errorRate('account.getProfile', 1) }),
  play: async (context) => {
    const { canvasElement } = context;
    const error = await until(() => section(canvasElement, 'profile')?.querySelector('portico-state-error'), 'the error', 10_000);
    await error.updateComplete;
    porticoOf(context).backend.faults.clear('account.getProfile');
    await userEvent.click(error.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!);
    await formOf(canvasElement, 'profile');
  },
};

/** Saved with a required field emptied and a bad email: each problem next to its field. */
export const ContactDetailsInvalid: Story = {
  name: 'Contact details: validation errors',
  play: async ({ canvasElement }) => {
    const root = await formOf(canvasElement, 'profile');
    await typeInto(fieldLabelled(root, 'First name'), '');
    await typeInto(fieldLabelled(root, 'Email'), 'avery.example');
    await userEvent.click(buttonNamed(root, 'Save contact details')!);
    await until(() => root.querySelector('#profile-email[invalid]') && root.querySelector('#profile-firstName[invalid]'), 'the field errors');
  },
};

/** Saving fails: what was typed stays, the notice says so, the button offers to try again. */
export const ContactDetailsNotSaved: Story = {
  name: 'Contact details: not saved',
  parameters: portico({ faults: (faults) => faults.errorRate('account.updateProfile', 1) }),
  play: async ({ canvasElement }) => {
    const root = await formOf(canvasElement, 'profile');
    await typeInto(fieldLabelled(root, 'Preferred name'), 'Ave');
    await userEvent.click(buttonNamed(root, 'Save contact details')!);
    await until(() => buttonNamed(root, 'Try saving again'), 'the failure', 10_000);
  },
};

export const ContactDetailsSaved: Story = {
  name: 'Contact details: saved',
  play: async ({ canvasElement }) => {
    const root = await formOf(canvasElement, 'profile');
    await typeInto(fieldLabelled(root, 'Preferred name'), 'Ave');
    await userEvent.click(buttonNamed(root, 'Save contact details')!);
    await until(() => root.querySelector('.notice[role="status"]'), 'the saved notice');
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
    await until(() => section(canvasElement, 'notifications')?.querySelector('portico-state-loading'), 'the skeleton');
  },
};

export const NotificationsError: Story = {
  name: 'Notifications: error',
  args: { item: 'notifications' },
  parameters: portico({ faults: (faults) => faults.errorRate('account.getPreferences', 1) }),
  play: async ({ canvasElement }) => {
    await until(() => section(canvasElement, 'notifications')?.querySelector('portico-state-error'), 'the error', 10_000);
  },
};

/** Saving the preferences fails; the choices stay as made. */
export const NotificationsNotSaved: Story = {
  name: 'Notifications: not saved',
  args: { item: 'notifications' },
  parameters: portico({ faults: (faults) => faults.errorRate('account.updatePreferences', 1) }),
  play: async ({ canvasElement }) => {
    const root = await formOf(canvasElement, 'notifications');
    await userEvent.click(root.querySelector<HTMLInputElement>('input[type="checkbox"]')!);
    await userEvent.click(buttonNamed(root, 'Save preferences')!);
    await until(() => buttonNamed(root, 'Try saving again'), 'the failure', 10_000);
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
    const root = await formOf(canvasElement, 'availability');
    await expect(textOf(root)).toContain('You have not added any times yet');
  },
};

/** A new time that ends before it starts: refused next to the field. */
export const AvailabilityInvalid: Story = {
  name: 'Availability: validation errors',
  args: { item: 'availability' },
  play: async ({ canvasElement }) => {
    const root = await formOf(canvasElement, 'availability');
    await userEvent.click(buttonNamed(root, 'Add a time on Monday')!);
    const monday = [...root.querySelectorAll('fieldset')].find((f) => textOf(f.querySelector('legend')) === 'Monday')!;
    const windows = await until(() => (monday.querySelectorAll('.window').length > 1 ? monday.querySelectorAll('.window') : null), 'the new time');
    // The From and To times are <portico-field>s: their inputs are in the fields' shadow roots.
    const [start, end] = [...windows[windows.length - 1]!.querySelectorAll<PorticoField>('portico-field')].map((field) => field.control!);
    await typeInto(start!, '12:00');
    await typeInto(end!, '11:00');
    await userEvent.click(buttonNamed(root, 'Save availability')!);
    await until(() => [...monday.querySelectorAll<PorticoField>('portico-field')].find((field) => field.error), 'the order error');
  },
};

export const AvailabilityLoading: Story = {
  name: 'Availability: loading',
  args: { item: 'availability' },
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'account.getAvailability') }),
  play: async ({ canvasElement }) => {
    await until(() => section(canvasElement, 'availability')?.querySelector('portico-state-loading'), 'the skeleton');
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
    const root = await formOf(canvasElement, 'contact');
    await typeInto(fieldLabelled<HTMLSelectElement>(root, 'Start from a template'), 'tpl-billing');
    await until(() => fieldLabelled(root, 'Subject').value === 'Billing question', 'the template text');
    await userEvent.click(buttonNamed(root, 'Send message')!);
    await until(() => root.querySelector('[part="confirmation"]'), 'the confirmation');
  },
};

/** Sending fails: what was written is kept, with Try sending again. */
export const ContactPracticeFails: Story = {
  name: 'Contact the practice: not sent',
  args: { item: 'contact' },
  parameters: portico({ faults: (faults) => faults.errorRate('account.contactPractice', 1) }),
  play: async ({ canvasElement }) => {
    const root = await formOf(canvasElement, 'contact');
    await typeInto(fieldLabelled(root, 'Subject'), 'Parking');
    await typeInto(fieldLabelled<HTMLTextAreaElement>(root, 'Your message'), 'Is the parking garage open on Saturdays?');
    await userEvent.click(buttonNamed(root, 'Send message')!);
    await until(() => buttonNamed(root, 'Try sending again'), 'the failure', 10_000);
  },
};

export const ContactPracticeInvalid: Story = {
  name: 'Contact the practice: validation errors',
  args: { item: 'contact' },
  play: async ({ canvasElement }) => {
    const root = await formOf(canvasElement, 'contact');
    // The practice's default template is loaded (#14.1); the person empties both fields.
    await until(() => fieldLabelled(root, 'Subject').value, 'the default template');
    await typeInto(fieldLabelled(root, 'Subject'), '');
    await typeInto(fieldLabelled<HTMLTextAreaElement>(root, 'Your message'), '');
    await userEvent.click(buttonNamed(root, 'Send message')!);
    await until(() => root.querySelector('portico-field[invalid]'), 'the field errors');
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
    const root = await formOf(canvasElement, 'password');
    await typeInto(fieldLabelled(root, 'New password'), 'harbor');
    await until(() => root.querySelector('[part="password-rules"] li[data-met]'), 'a met rule');
    await expect(root.querySelector('[part="password-rules"] li:not([data-met])')).not.toBeNull();
  },
};

/** The current password is wrong and the confirmation does not match: said next to each field. */
export const PasswordErrors: Story = {
  name: 'Password: errors',
  args: { item: 'password' },
  play: async ({ canvasElement }) => {
    const root = await formOf(canvasElement, 'password');
    await typeInto(fieldLabelled(root, 'Current password'), 'wrong-one');
    await typeInto(fieldLabelled(root, 'New password'), 'Harbor-Lane-42');
    await typeInto(fieldLabelled(root, 'Confirm new password'), 'Harbor-Lane-42');
    await userEvent.click(buttonNamed(root, 'Change password')!);
    await until(() => root.querySelector('#current-password[invalid]'), 'the wrong-password error');
  },
};

/** A payer has no Availability tab. */
export const Payer: Story = {
  parameters: portico({ user: 'payer' }),
  play: async ({ canvasElement }) => {
    await formOf(canvasElement, 'profile');
    const tabs = [...account(canvasElement).querySelectorAll('[role="tab"]')].map((t) => textOf(t));
    await expect(tabs).not.toContain('Availability');
  },
};

/** In Spanish: the password tab with the rules part-way met. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  args: { item: 'password' },
  play: async ({ canvasElement }) => {
    const root = await formOf(canvasElement, 'password');
    await typeInto(root.querySelector<HTMLInputElement>('#change-password-new')!, 'harbor');
    await until(() => root.querySelector('[part="password-rules"] li[data-met]'), 'a met rule');
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
    const root = await until(() => section(canvasElement, 'sign-in-methods')?.querySelector('[part="list"]') && section(canvasElement, 'sign-in-methods'), 'the providers');
    await expect(buttonNamed(root, 'Link Google Workspace')).toBeTruthy();
  },
};

/** Linking failed: the result came back expired or used. */
export const SignInMethodsLinkFailed: Story = {
  name: 'Sign-in methods: link failed',
  args: { item: 'sign-in-methods' },
  parameters: portico({ setup: (backend) => void (backend.db.data.organisation.ssoProviders = SSO) }),
  play: async ({ canvasElement }) => {
    const element = await until(() => account(canvasElement).querySelector('portico-account-sign-in-methods'), 'the section');
    await until(() => element.shadowRoot?.querySelector('[part="list"]'), 'the providers');
    await element.completeLink('sso-expired-result');
    await until(() => element.shadowRoot!.querySelector('[role="alert"]'), 'the failure');
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
