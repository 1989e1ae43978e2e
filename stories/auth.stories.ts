/**
 * The sign-in elements (ACCT-1, ACCT-2) on the mock practice: `<portico-sign-in>` (with the
 * forced change after a one-time password), `<portico-enrollment>`, `<portico-change-password>`
 * and `<portico-sign-out>`, with their password rules, field errors and failures.
 *
 * They work before there is a session, so they sit outside `<portico-provider>` and take the
 * story's adapter. A host themes its sign-in page itself; these stories do that with the demo
 * practice's branding and the toolbar's theme on a wrapper (custom properties inherit).
 */
import { applyTheme, brandingToTheme, mergeThemes } from '@portico/elements';
import '@portico/elements/auth';
import { DEMO_CREDENTIALS, DEMO_INVITATION_TOKEN, DEMO_ONE_TIME_PASSWORD, DEMO_RECOVERY_CODE, RECOVERY_REQUEST_LIMIT } from '@portico/mock';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { AuthHarness } from '@portico/elements/testing';
import { expect } from 'storybook/test';
import { until } from './support/dom.js';
import { FOREVER, portico, porticoOf, type PorticoParameters } from './support/portico.js';

const meta: Meta = {
  title: 'Auth',
  parameters: portico({ provider: false, session: 'lazy' }),
};
export default meta;

type Story = StoryObj;

/** Story parameters for the auth elements: no provider, no session needed. */
const standalone = (options: PorticoParameters = {}) => portico({ provider: false, session: 'lazy', ...options });

/** Wraps an auth element in the practice's branding plus the toolbar's theme. */
function themed(context: StoryContext, content: TemplateResult): TemplateResult {
  const { backend, theme } = porticoOf(context);
  const merged = mergeThemes(brandingToTheme(backend.db.data.organisation.branding), theme);
  return html`<div class="story-auth" ${ref((el) => el && applyTheme(el as HTMLElement, merged))}>${content}</div>`;
}

/** The harness on the story's element (`tag`), once it rendered (driven through Storybook's userEvent, see support/dom.ts). */
async function authIn(canvas: HTMLElement, tag: string): Promise<AuthHarness> {
  const element = await until(() => canvas.querySelector<HTMLElement>(tag), `<${tag}>`);
  return new AuthHarness(element).ready();
}

// ── <portico-sign-in> ──

const signIn = (context: StoryContext, extra: { sso?: boolean } = {}) =>
  themed(
    context,
    html`<portico-sign-in
      .adapter=${porticoOf(context).adapter}
      .ssoProviders=${extra.sso ? [{ id: 'google', label: 'Google Workspace' }, { id: 'microsoft', label: 'Microsoft' }] : []}
    ></portico-sign-in>`,
  );

/** Fills the sign-in form and submits it. */
async function submitSignIn(canvas: HTMLElement, email: string, password: string): Promise<AuthHarness> {
  const auth = await authIn(canvas, 'portico-sign-in');
  await auth.signIn(email, password);
  return auth;
}

export const SignIn: Story = {
  name: 'Sign in',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const auth = await authIn(canvasElement, 'portico-sign-in');
    await expect(auth.heading()).toBe('Sign in');
  },
};

/** The organisation enabled single sign-on: a button per provider under the form. */
export const SignInWithSso: Story = {
  name: 'Sign in: with single sign-on',
  parameters: standalone(),
  render: (_args, context) => signIn(context, { sso: true }),
  play: async ({ canvasElement }) => {
    const auth = await authIn(canvasElement, 'portico-sign-in');
    await auth.findByRole('button', { name: 'Sign in with Microsoft' });
  },
};

/** Submitted empty: each missing field says so next to it. */
export const SignInMissingFields: Story = {
  name: 'Sign in: missing fields',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const auth = await authIn(canvasElement, 'portico-sign-in');
    await auth.click('Sign in');
    await auth.waitForError('Email');
    await auth.waitForError('Password');
  },
};

/** Wrong password: the message does not say which of the two is wrong; the email is kept. */
export const SignInWrongPassword: Story = {
  name: 'Sign in: wrong password',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const auth = await submitSignIn(canvasElement, DEMO_CREDENTIALS.client.email, 'not-my-password');
    await expect(await auth.alertText()).toContain('The email or password is not right');
  },
};

/** The practice cannot be reached: said plainly, with what was typed kept. */
export const SignInOffline: Story = {
  name: 'Sign in: practice unreachable',
  parameters: standalone({ faults: (faults) => faults.offline() }),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const auth = await submitSignIn(canvasElement, DEMO_CREDENTIALS.client.email, DEMO_CREDENTIALS.client.password);
    await auth.findByRole('alert', { timeout: 10_000 });
  },
};

/** The password shown (the toggle is a real button with `aria-pressed`). */
export const SignInPasswordShown: Story = {
  name: 'Sign in: password shown',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const auth = await authIn(canvasElement, 'portico-sign-in');
    await auth.type('Password', 'DemoPass-Client1');
    await auth.click('Show password');
    await auth.waitFor(() => auth.getByRole('button', { name: 'Show password' }).getAttribute('aria-pressed') === 'true', { message: 'the password shown' });
    await auth.waitFor(() => auth.getByLabel<HTMLInputElement>('Password').type === 'text', { message: 'the password in clear' });
  },
};

/** The recovery steps inside the sign-in element (issue #14.8), opened from "Forgot password?". */
async function openRecovery(canvas: HTMLElement, email = ''): Promise<AuthHarness> {
  const auth = await authIn(canvas, 'portico-sign-in');
  await auth.forgotPassword(email);
  return auth;
}

/** Asks for the code: "Forgot password?" sends a one-time code by email or SMS, never a security question. */
export const ForgotPassword: Story = {
  name: 'Forgot password: ask for a code',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const auth = await openRecovery(canvasElement);
    await auth.findByLabel('Text message to the mobile number on your account');
  },
};

/** Sent: the answer never says whether the address has an account. */
export const ForgotPasswordSent: Story = {
  name: 'Forgot password: code sent',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const auth = await openRecovery(canvasElement, DEMO_CREDENTIALS.client.email);
    await auth.sendCode();
  },
};

/** A wrong code: said next to the field. */
export const ForgotPasswordWrongCode: Story = {
  name: 'Forgot password: wrong code',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const auth = await openRecovery(canvasElement, DEMO_CREDENTIALS.client.email);
    await auth.sendCode();
    await auth.checkCode('000000');
    await auth.waitForError('Code');
  },
};

/** Too many codes for one address: the person is asked to wait. */
export const ForgotPasswordRateLimited: Story = {
  name: 'Forgot password: too many codes',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const auth = await openRecovery(canvasElement, DEMO_CREDENTIALS.client.email);
    await auth.sendCode();
    for (let i = 0; i < RECOVERY_REQUEST_LIMIT; i++) {
      await auth.click('Send a new code');
      await auth.waitFor(() => auth.getByRole('button', { name: 'Check code' }).getAttribute('aria-busy') === 'false', { message: 'the answer' });
    }
    await auth.findByRole('alert');
  },
};

/** The right code: the new password with the practice's rules. */
export const ForgotPasswordNewPassword: Story = {
  name: 'Forgot password: choose a new password',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const auth = await openRecovery(canvasElement, DEMO_CREDENTIALS.client.email);
    await auth.sendCode();
    await auth.checkCode(DEMO_RECOVERY_CODE);
    await auth.findByRole('list', { name: 'Password rules' });
  },
};

/** Signed in with a one-time password: a new password must be chosen, the rules shown as it is typed. */
export const ForcedPasswordChange: Story = {
  name: 'Sign in: new password required (one-time password)',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const auth = await submitSignIn(canvasElement, DEMO_CREDENTIALS.client.email, DEMO_ONE_TIME_PASSWORD);
    await auth.waitForHeading('Choose a new password');
    await auth.type(await auth.findByLabel('New password'), 'Harbor1');
    await auth.waitFor(() => auth.rulesMet() > 0, { message: 'a met rule' });
  },
};

// ── <portico-enrollment> ──

/** The enrolment form for `token` (the demo invitation unless given; `null`: no token at all). */
const enrolment = (context: StoryContext, token: string | null = DEMO_INVITATION_TOKEN) =>
  themed(context, html`<portico-enrollment .adapter=${porticoOf(context).adapter} .token=${token ?? undefined}></portico-enrollment>`);

/** Waits for the enrolment form (the invitation loaded). */
const enrolmentForm = async (canvas: HTMLElement) => (await authIn(canvas, 'portico-enrollment')).formShown();

/** The invitation: practice, client and email, then the password with the practice's rules and the terms. */
export const Enrolment: Story = {
  parameters: standalone(),
  render: (_args, context) => enrolment(context),
  play: async ({ canvasElement }) => {
    const auth = await enrolmentForm(canvasElement);
    await expect(auth.text()).toContain('pat.testwell@example.com');
  },
};

/** Part-way to a good password: three of four rules met, said in words as well as marks. */
export const EnrolmentPasswordRules: Story = {
  name: 'Enrolment: password rules as typed',
  parameters: standalone(),
  render: (_args, context) => enrolment(context),
  play: async ({ canvasElement }) => {
    const auth = await enrolmentForm(canvasElement);
    await auth.type('Choose a password', 'Harbor1');
    await auth.waitFor(() => auth.rulesMet() === 3, { message: 'three met rules' });
  },
};

/** Submitted with a short password, a confirmation that does not match and the terms not accepted. */
export const EnrolmentErrors: Story = {
  name: 'Enrolment: errors',
  parameters: standalone(),
  render: (_args, context) => enrolment(context),
  play: async ({ canvasElement }) => {
    const auth = await enrolmentForm(canvasElement);
    await auth.choosePassword('Harbor1', 'Harbor2', 'Choose a password');
    await auth.click('Create account');
    await auth.waitForError('Choose a password');
    await auth.waitForError('Confirm new password');
    await expect(auth.errorFor('I accept the terms of use')).toContain('Accept the terms of use');
  },
};

/** Filled in and sent: the account is ready. */
export const EnrolmentDone: Story = {
  name: 'Enrolment: account ready',
  parameters: standalone(),
  render: (_args, context) => enrolment(context),
  play: async ({ canvasElement }) => {
    const auth = await enrolmentForm(canvasElement);
    await auth.choosePassword('Harbor-Lane-42', 'Harbor-Lane-42', 'Choose a password');
    await auth.click(auth.getByLabel('I accept the terms of use'));
    await auth.click('Create account');
    await auth.waitForHeading('Your account is ready');
  },
};

export const EnrolmentLoading: Story = {
  name: 'Enrolment: loading',
  parameters: standalone({ faults: (faults) => faults.latency(FOREVER, 'auth.getInvitation') }),
  render: (_args, context) => enrolment(context),
  play: async ({ canvasElement }) => {
    const auth = await authIn(canvasElement, 'portico-enrollment');
    await auth.waitFor(() => auth.root.querySelector('portico-state-loading'), { message: 'the skeleton' });
  },
};

/** The invitation could not be loaded; Retry shows the form once the backend recovers. */
export const EnrolmentError: Story = {
  name: 'Enrolment: error (with Retry)',
  parameters: standalone({ faults: (faults) => faults.errorRate('auth.getInvitation', 1) }),
  render: (_args, context) => enrolment(context),
  play: async (context) => {
    const { canvasElement } = context;
    const auth = await authIn(canvasElement, 'portico-enrollment');
    await auth.findByRole('button', { name: 'Try again', timeout: 10_000 });
    porticoOf(context).backend.faults.clear('auth.getInvitation');
    await auth.retry();
    await auth.formShown();
  },
};

/** The link was used before: the account exists, sign in instead. */
export const EnrolmentUsed: Story = {
  name: 'Enrolment: invitation already used',
  parameters: standalone({
    setup: (backend) => {
      for (const invitation of backend.db.data.invitations) invitation.used = true;
    },
  }),
  render: (_args, context) => enrolment(context),
  play: async ({ canvasElement }) => {
    const auth = await authIn(canvasElement, 'portico-enrollment');
    await auth.waitForText('This invitation has already been used');
  },
};

/** An unknown or expired token. */
export const EnrolmentInvalid: Story = {
  name: 'Enrolment: invitation not valid',
  parameters: standalone(),
  render: (_args, context) => enrolment(context, 'invite-unknown-9999'),
  play: async ({ canvasElement }) => {
    const auth = await authIn(canvasElement, 'portico-enrollment');
    await auth.waitForText('This invitation is not valid');
  },
};

/** Opened without the invitation's token. */
export const EnrolmentNoToken: Story = {
  name: 'Enrolment: no invitation',
  parameters: standalone(),
  render: (_args, context) => enrolment(context, null),
  play: async ({ canvasElement }) => {
    const auth = await authIn(canvasElement, 'portico-enrollment');
    await auth.waitForText('No invitation');
  },
};

// ── <portico-change-password> ──

const changePassword = (context: StoryContext, forced = false) =>
  themed(
    context,
    forced
      ? html`<portico-change-password
          .adapter=${porticoOf(context).adapter}
          .currentPassword=${DEMO_ONE_TIME_PASSWORD}
          submit-label="Save password and continue"
        ></portico-change-password>`
      : html`<portico-change-password .adapter=${porticoOf(context).adapter}></portico-change-password>`,
  );

const changeForm = async (canvas: HTMLElement) => (await authIn(canvas, 'portico-change-password')).formShown();

/** Signed in: current password, then the new one with the practice's rules. */
export const ChangePassword: Story = {
  name: 'Change password',
  parameters: standalone(),
  render: (_args, context) => changePassword(context),
  play: async ({ canvasElement }) => {
    await changeForm(canvasElement);
  },
};

/** The forced change after a one-time password: the current password is known, so not asked. */
export const ChangePasswordForced: Story = {
  name: 'Change password: forced (no current password)',
  parameters: standalone(),
  render: (_args, context) => changePassword(context, true),
  play: async ({ canvasElement }) => {
    const auth = await changeForm(canvasElement);
    await auth.findByLabel('New password');
    await expect(auth.queryAllByLabel('Current password')).toHaveLength(0);
  },
};

/** A strong new password: every rule met. */
export const ChangePasswordRules: Story = {
  name: 'Change password: every rule met',
  parameters: standalone(),
  render: (_args, context) => changePassword(context),
  play: async ({ canvasElement }) => {
    const auth = await changeForm(canvasElement);
    await auth.type('New password', 'Harbor-Lane-42');
    await auth.waitFor(() => auth.rules().every(([, met]) => met), { message: 'every rule met' });
  },
};

/** The current password is not right, and the new one misses rules. */
export const ChangePasswordErrors: Story = {
  name: 'Change password: errors',
  parameters: standalone(),
  render: (_args, context) => changePassword(context),
  play: async ({ canvasElement }) => {
    const auth = await changeForm(canvasElement);
    await auth.click('Change password');
    await auth.waitForError('Current password');
    await auth.waitForError('New password');
    await auth.type('Current password', 'wrong-one');
    await auth.choosePassword('Harbor-Lane-42');
    await auth.click('Change password');
    await auth.waitFor(() => auth.errorFor('Current password') === 'That is not your current password.', { message: 'the wrong-password error' });
  },
};

/** Accepted: a status message says so. */
export const ChangePasswordDone: Story = {
  name: 'Change password: changed',
  parameters: standalone(),
  render: (_args, context) => changePassword(context),
  play: async ({ canvasElement }) => {
    const auth = await changeForm(canvasElement);
    await auth.type('Current password', DEMO_CREDENTIALS.client.password);
    await auth.choosePassword('Harbor-Lane-42');
    await auth.click('Change password');
    await auth.waitForText('Your password has been changed.');
  },
};

/** The practice's rules are still loading. */
export const ChangePasswordLoading: Story = {
  name: 'Change password: loading the rules',
  parameters: standalone({ faults: (faults) => faults.latency(FOREVER, 'auth.passwordPolicy') }),
  render: (_args, context) => changePassword(context),
  play: async ({ canvasElement }) => {
    const auth = await authIn(canvasElement, 'portico-change-password');
    await auth.waitFor(() => auth.root.querySelector('portico-state-loading'), { message: 'the skeleton' });
  },
};

/** The rules could not be loaded; Retry shows the form once the backend recovers. */
export const ChangePasswordError: Story = {
  name: 'Change password: error (with Retry)',
  parameters: standalone({ faults: (faults) => faults.errorRate('auth.passwordPolicy', 1) }),
  render: (_args, context) => changePassword(context),
  play: async (context) => {
    const { canvasElement } = context;
    const auth = await authIn(canvasElement, 'portico-change-password');
    await auth.findByRole('button', { name: 'Try again', timeout: 10_000 });
    porticoOf(context).backend.faults.clear('auth.passwordPolicy');
    await auth.retry();
    await auth.formShown();
  },
};

// ── <portico-sign-out> ──

const signOut = (context: StoryContext) => themed(context, html`<portico-sign-out .adapter=${porticoOf(context).adapter}></portico-sign-out>`);

export const SignOut: Story = {
  name: 'Sign out',
  parameters: standalone(),
  render: (_args, context) => signOut(context),
  play: async ({ canvasElement }) => {
    const auth = await authIn(canvasElement, 'portico-sign-out');
    await auth.findByRole('button', { name: 'Sign out' });
  },
};

/** Signing out: the button is busy (and says so to screen readers) until the backend answers. */
export const SigningOut: Story = {
  name: 'Sign out: in progress',
  parameters: standalone({ faults: (faults) => faults.latency(FOREVER, 'auth.signOut') }),
  render: (_args, context) => signOut(context),
  play: async ({ canvasElement }) => {
    const auth = await authIn(canvasElement, 'portico-sign-out');
    await auth.click('Sign out');
    await auth.waitFor(() => auth.getByRole('button', { name: 'Sign out' }).getAttribute('aria-busy') === 'true', { message: 'the busy button' });
  },
};

/** Enrolment in Spanish, submitted with problems: the rules, errors and terms in `es`. */
export const EnrolmentSpanish: Story = {
  name: 'Enrolment: Spanish',
  globals: { locale: 'es' },
  parameters: standalone(),
  render: (_args, context) => enrolment(context),
  play: async ({ canvasElement }) => {
    const auth = await enrolmentForm(canvasElement);
    await auth.type('Elija una contraseña', 'Harbor1');
    await auth.click('Crear la cuenta');
    await auth.waitForError('Elija una contraseña');
    await auth.waitForError('Acepto las condiciones de uso');
  },
};

/** Sign in in Spanish, after a wrong password. */
export const SignInSpanish: Story = {
  name: 'Sign in: Spanish',
  globals: { locale: 'es' },
  parameters: standalone(),
  render: (_args, context) => signIn(context, { sso: true }),
  play: async ({ canvasElement }) => {
    const auth = await authIn(canvasElement, 'portico-sign-in');
    await auth.signIn(DEMO_CREDENTIALS.client.email, 'not-my-password', { email: 'Correo electrónico', password: 'Contraseña', submit: 'Iniciar sesión' });
    await auth.findByRole('alert');
  },
};
