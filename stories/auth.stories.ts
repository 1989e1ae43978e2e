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
import { expect, userEvent } from 'storybook/test';
import type { PorticoField } from '../packages/elements/src/ui/field.js';
import { buttonNamed, fieldLabelled, textOf, typeInto, until } from './support/dom.js';
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

/** The shadow root of the story's element (`tag`), once it rendered. */
function rootOf(canvas: HTMLElement, tag: string): Promise<ShadowRoot> {
  return until(() => {
    const root = canvas.querySelector(tag)?.shadowRoot;
    return root && root.childElementCount > 0 ? root : null;
  }, `<${tag}>`);
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
async function submitSignIn(canvas: HTMLElement, email: string, password: string): Promise<ShadowRoot> {
  const root = await rootOf(canvas, 'portico-sign-in');
  await typeInto(fieldLabelled(root, 'Email'), email);
  await typeInto(fieldLabelled(root, 'Password'), password);
  await userEvent.click(buttonNamed(root, 'Sign in')!);
  return root;
}

export const SignIn: Story = {
  name: 'Sign in',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const root = await rootOf(canvasElement, 'portico-sign-in');
    await expect(textOf(root.querySelector('h2'))).toBe('Sign in');
  },
};

/** The organisation enabled single sign-on: a button per provider under the form. */
export const SignInWithSso: Story = {
  name: 'Sign in: with single sign-on',
  parameters: standalone(),
  render: (_args, context) => signIn(context, { sso: true }),
  play: async ({ canvasElement }) => {
    const root = await rootOf(canvasElement, 'portico-sign-in');
    await expect(buttonNamed(root, 'Sign in with Microsoft')).not.toBeNull();
  },
};

/** Submitted empty: each missing field says so next to it. */
export const SignInMissingFields: Story = {
  name: 'Sign in: missing fields',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const root = await rootOf(canvasElement, 'portico-sign-in');
    await userEvent.click(buttonNamed(root, 'Sign in')!);
    await until(() => root.querySelector('portico-field[name="email"][invalid]') && root.querySelector('#password[invalid]'), 'the field errors');
  },
};

/** Wrong password: the message does not say which of the two is wrong; the email is kept. */
export const SignInWrongPassword: Story = {
  name: 'Sign in: wrong password',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const root = await submitSignIn(canvasElement, DEMO_CREDENTIALS.client.email, 'not-my-password');
    const error = await until(() => root.querySelector('[part="error"]'), 'the failure');
    await expect(textOf(error)).toContain('The email or password is not right');
  },
};

/** The practice cannot be reached: said plainly, with what was typed kept. */
export const SignInOffline: Story = {
  name: 'Sign in: practice unreachable',
  parameters: standalone({ faults: (faults) => faults.offline() }),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const root = await submitSignIn(canvasElement, DEMO_CREDENTIALS.client.email, DEMO_CREDENTIALS.client.password);
    await until(() => root.querySelector('[part="error"]'), 'the failure', 10_000);
  },
};

/** The password shown (the toggle is a real button with `aria-pressed`). */
export const SignInPasswordShown: Story = {
  name: 'Sign in: password shown',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const root = await rootOf(canvasElement, 'portico-sign-in');
    await typeInto(fieldLabelled(root, 'Password'), 'DemoPass-Client1');
    await userEvent.click(buttonNamed(root, 'Show password')!);
    await until(() => fieldLabelled(root, 'Password').type === 'text', 'the password shown');
  },
};

/** The recovery steps inside the sign-in element (issue #14.8), opened from "Forgot password?". */
async function openRecovery(canvas: HTMLElement, email = ''): Promise<ShadowRoot> {
  const root = await rootOf(canvas, 'portico-sign-in');
  if (email) await typeInto(fieldLabelled(root, 'Email'), email);
  await userEvent.click(buttonNamed(root, 'Forgot password?')!);
  return until(() => {
    const inner = root.querySelector('portico-password-recovery')?.shadowRoot;
    return inner?.querySelector('form') ? inner : null;
  }, 'the recovery steps');
}

/** Asks for the code: "Forgot password?" sends a one-time code by email or SMS, never a security question. */
export const ForgotPassword: Story = {
  name: 'Forgot password: ask for a code',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const root = await openRecovery(canvasElement);
    await expect(fieldLabelled(root, 'Text message to the mobile number on your account')).toBeTruthy();
  },
};

/** Sent: the answer never says whether the address has an account. */
export const ForgotPasswordSent: Story = {
  name: 'Forgot password: code sent',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const root = await openRecovery(canvasElement, DEMO_CREDENTIALS.client.email);
    await userEvent.click(buttonNamed(root, 'Send code')!);
    await until(() => root.querySelector('#code'), 'the code step');
  },
};

/** A wrong code: said next to the field. */
export const ForgotPasswordWrongCode: Story = {
  name: 'Forgot password: wrong code',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const root = await openRecovery(canvasElement, DEMO_CREDENTIALS.client.email);
    await userEvent.click(buttonNamed(root, 'Send code')!);
    await typeInto(await until(() => root.querySelector<HTMLInputElement>('#code'), 'the code step'), '000000');
    await userEvent.click(buttonNamed(root, 'Check code')!);
    await until(() => root.querySelector('#code[invalid]'), 'the wrong-code error');
  },
};

/** Too many codes for one address: the person is asked to wait. */
export const ForgotPasswordRateLimited: Story = {
  name: 'Forgot password: too many codes',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const root = await openRecovery(canvasElement, DEMO_CREDENTIALS.client.email);
    await userEvent.click(buttonNamed(root, 'Send code')!);
    await until(() => root.querySelector('#code'), 'the code step');
    for (let i = 0; i < RECOVERY_REQUEST_LIMIT; i++) {
      await userEvent.click(buttonNamed(root, 'Send a new code')!);
      await until(() => root.querySelector('[part="submit-button"][aria-busy="false"]'), 'the answer');
    }
    await until(() => root.querySelector('[part="error"]'), 'the rate-limit message');
  },
};

/** The right code: the new password with the practice's rules. */
export const ForgotPasswordNewPassword: Story = {
  name: 'Forgot password: choose a new password',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const root = await openRecovery(canvasElement, DEMO_CREDENTIALS.client.email);
    await userEvent.click(buttonNamed(root, 'Send code')!);
    await typeInto(await until(() => root.querySelector<HTMLInputElement>('#code'), 'the code step'), DEMO_RECOVERY_CODE);
    await userEvent.click(buttonNamed(root, 'Check code')!);
    await until(() => root.querySelector('.rules'), 'the password rules');
  },
};

/** Signed in with a one-time password: a new password must be chosen, the rules shown as it is typed. */
export const ForcedPasswordChange: Story = {
  name: 'Sign in: new password required (one-time password)',
  parameters: standalone(),
  render: (_args, context) => signIn(context),
  play: async ({ canvasElement }) => {
    const root = await submitSignIn(canvasElement, DEMO_CREDENTIALS.client.email, DEMO_ONE_TIME_PASSWORD);
    const change = await until(() => {
      const inner = root.querySelector('portico-change-password')?.shadowRoot;
      return inner?.querySelector('form') ? inner : null;
    }, 'the new-password form');
    await typeInto(fieldLabelled(change, 'New password'), 'Harbor1');
    await until(() => change.querySelector('[part="password-rules"] li[data-met]'), 'a met rule');
  },
};

// ── <portico-enrollment> ──

/** The enrolment form for `token` (the demo invitation unless given; `null`: no token at all). */
const enrolment = (context: StoryContext, token: string | null = DEMO_INVITATION_TOKEN) =>
  themed(context, html`<portico-enrollment .adapter=${porticoOf(context).adapter} .token=${token ?? undefined}></portico-enrollment>`);

/** Waits for the enrolment form (the invitation loaded). */
const enrolmentForm = (canvas: HTMLElement) =>
  until(() => {
    const root = canvas.querySelector('portico-enrollment')?.shadowRoot;
    return root?.querySelector('form') ? root : null;
  }, 'the enrolment form');

/** The invitation: practice, client and email, then the password with the practice's rules and the terms. */
export const Enrolment: Story = {
  parameters: standalone(),
  render: (_args, context) => enrolment(context),
  play: async ({ canvasElement }) => {
    const root = await enrolmentForm(canvasElement);
    await expect(textOf(root.querySelector('[part="invitation"]'))).toContain('pat.testwell@example.com');
  },
};

/** Part-way to a good password: three of four rules met, said in words as well as marks. */
export const EnrolmentPasswordRules: Story = {
  name: 'Enrolment: password rules as typed',
  parameters: standalone(),
  render: (_args, context) => enrolment(context),
  play: async ({ canvasElement }) => {
    const root = await enrolmentForm(canvasElement);
    await typeInto(fieldLabelled(root, 'Choose a password'), 'Harbor1');
    await until(() => root.querySelectorAll('[part="password-rules"] li[data-met]').length === 3, 'three met rules');
  },
};

/** Submitted with a short password, a confirmation that does not match and the terms not accepted. */
export const EnrolmentErrors: Story = {
  name: 'Enrolment: errors',
  parameters: standalone(),
  render: (_args, context) => enrolment(context),
  play: async ({ canvasElement }) => {
    const root = await enrolmentForm(canvasElement);
    await typeInto(fieldLabelled(root, 'Choose a password'), 'Harbor1');
    await typeInto(fieldLabelled(root, 'Confirm new password'), 'Harbor2');
    await userEvent.click(buttonNamed(root, 'Create account')!);
    await until(() => root.querySelector('#enrol-new[invalid]') && root.querySelector('#enrol-confirm[invalid]'), 'the password errors');
    await expect(root.querySelector('#terms-error')).not.toBeNull();
  },
};

/** Filled in and sent: the account is ready. */
export const EnrolmentDone: Story = {
  name: 'Enrolment: account ready',
  parameters: standalone(),
  render: (_args, context) => enrolment(context),
  play: async ({ canvasElement }) => {
    const root = await enrolmentForm(canvasElement);
    await typeInto(fieldLabelled(root, 'Choose a password'), 'Harbor-Lane-42');
    await typeInto(fieldLabelled(root, 'Confirm new password'), 'Harbor-Lane-42');
    await userEvent.click(fieldLabelled(root, 'I accept the terms of use'));
    await userEvent.click(buttonNamed(root, 'Create account')!);
    await until(() => textOf(root.querySelector('h2')) === 'Your account is ready', 'the account to be ready');
  },
};

export const EnrolmentLoading: Story = {
  name: 'Enrolment: loading',
  parameters: standalone({ faults: (faults) => faults.latency(FOREVER, 'auth.getInvitation') }),
  render: (_args, context) => enrolment(context),
  play: async ({ canvasElement }) => {
    const root = await rootOf(canvasElement, 'portico-enrollment');
    await until(() => root.querySelector('portico-state-loading'), 'the skeleton');
  },
};

/** The invitation could not be loaded; Retry shows the form once the backend recovers. */
export const EnrolmentError: Story = {
  name: 'Enrolment: error (with Retry)',
  parameters: standalone({ faults: (faults) => faults.errorRate('auth.getInvitation', 1) }),
  render: (_args, context) => enrolment(context),
  play: async (context) => {
    const { canvasElement } = context;
    const root = await rootOf(canvasElement, 'portico-enrollment');
    const error = await until(() => root.querySelector('portico-state-error'), 'the error', 10_000);
    await error.updateComplete;
    porticoOf(context).backend.faults.clear('auth.getInvitation');
    await userEvent.click(error.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!);
    await enrolmentForm(canvasElement);
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
    const root = await rootOf(canvasElement, 'portico-enrollment');
    await until(() => root.querySelector('portico-state-empty'), 'the notice');
  },
};

/** An unknown or expired token. */
export const EnrolmentInvalid: Story = {
  name: 'Enrolment: invitation not valid',
  parameters: standalone(),
  render: (_args, context) => enrolment(context, 'invite-unknown-9999'),
  play: async ({ canvasElement }) => {
    const root = await rootOf(canvasElement, 'portico-enrollment');
    await until(() => root.querySelector('portico-state-empty'), 'the notice');
  },
};

/** Opened without the invitation's token. */
export const EnrolmentNoToken: Story = {
  name: 'Enrolment: no invitation',
  parameters: standalone(),
  render: (_args, context) => enrolment(context, null),
  play: async ({ canvasElement }) => {
    const root = await rootOf(canvasElement, 'portico-enrollment');
    await expect(textOf(root.querySelector('portico-state-empty'))).toContain('No invitation');
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

const changeForm = (canvas: HTMLElement) =>
  until(() => {
    const root = canvas.querySelector('portico-change-password')?.shadowRoot;
    return root?.querySelector('form') ? root : null;
  }, 'the change-password form');

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
    const root = await changeForm(canvasElement);
    await expect(root.querySelector('#current-password')).toBeNull();
  },
};

/** A strong new password: every rule met. */
export const ChangePasswordRules: Story = {
  name: 'Change password: every rule met',
  parameters: standalone(),
  render: (_args, context) => changePassword(context),
  play: async ({ canvasElement }) => {
    const root = await changeForm(canvasElement);
    await typeInto(fieldLabelled(root, 'New password'), 'Harbor-Lane-42');
    await until(() => !root.querySelector('[part="password-rules"] li:not([data-met])'), 'every rule met');
  },
};

/** The current password is not right, and the new one misses rules. */
export const ChangePasswordErrors: Story = {
  name: 'Change password: errors',
  parameters: standalone(),
  render: (_args, context) => changePassword(context),
  play: async ({ canvasElement }) => {
    const root = await changeForm(canvasElement);
    await userEvent.click(buttonNamed(root, 'Change password')!);
    await until(() => root.querySelector('#current-password[invalid]') && root.querySelector('#change-password-new[invalid]'), 'the field errors');
    await typeInto(fieldLabelled(root, 'Current password'), 'wrong-one');
    await typeInto(fieldLabelled(root, 'New password'), 'Harbor-Lane-42');
    await typeInto(fieldLabelled(root, 'Confirm new password'), 'Harbor-Lane-42');
    await userEvent.click(buttonNamed(root, 'Change password')!);
    await until(() => root.querySelector<PorticoField>('#current-password')?.error === 'That is not your current password.', 'the wrong-password error');
  },
};

/** Accepted: a status message says so. */
export const ChangePasswordDone: Story = {
  name: 'Change password: changed',
  parameters: standalone(),
  render: (_args, context) => changePassword(context),
  play: async ({ canvasElement }) => {
    const root = await changeForm(canvasElement);
    await typeInto(fieldLabelled(root, 'Current password'), DEMO_CREDENTIALS.client.password);
    await typeInto(fieldLabelled(root, 'New password'), 'Harbor-Lane-42');
    await typeInto(fieldLabelled(root, 'Confirm new password'), 'Harbor-Lane-42');
    await userEvent.click(buttonNamed(root, 'Change password')!);
    await until(() => root.querySelector('.notice[role="status"]'), 'the changed notice');
  },
};

/** The practice's rules are still loading. */
export const ChangePasswordLoading: Story = {
  name: 'Change password: loading the rules',
  parameters: standalone({ faults: (faults) => faults.latency(FOREVER, 'auth.passwordPolicy') }),
  render: (_args, context) => changePassword(context),
  play: async ({ canvasElement }) => {
    const root = await rootOf(canvasElement, 'portico-change-password');
    await until(() => root.querySelector('portico-state-loading'), 'the skeleton');
  },
};

/** The rules could not be loaded; Retry shows the form once the backend recovers. */
export const ChangePasswordError: Story = {
  name: 'Change password: error (with Retry)',
  parameters: standalone({ faults: (faults) => faults.errorRate('auth.passwordPolicy', 1) }),
  render: (_args, context) => changePassword(context),
  play: async (context) => {
    const { canvasElement } = context;
    const root = await rootOf(canvasElement, 'portico-change-password');
    const error = await until(() => root.querySelector('portico-state-error'), 'the error', 10_000);
    await error.updateComplete;
    porticoOf(context).backend.faults.clear('auth.passwordPolicy');
    await userEvent.click(error.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!);
    await changeForm(canvasElement);
  },
};

// ── <portico-sign-out> ──

const signOut = (context: StoryContext) => themed(context, html`<portico-sign-out .adapter=${porticoOf(context).adapter}></portico-sign-out>`);

export const SignOut: Story = {
  name: 'Sign out',
  parameters: standalone(),
  render: (_args, context) => signOut(context),
  play: async ({ canvasElement }) => {
    const root = await rootOf(canvasElement, 'portico-sign-out');
    await expect(textOf(root.querySelector('button'))).toBe('Sign out');
  },
};

/** Signing out: the button is busy (and says so to screen readers) until the backend answers. */
export const SigningOut: Story = {
  name: 'Sign out: in progress',
  parameters: standalone({ faults: (faults) => faults.latency(FOREVER, 'auth.signOut') }),
  render: (_args, context) => signOut(context),
  play: async ({ canvasElement }) => {
    const root = await rootOf(canvasElement, 'portico-sign-out');
    await userEvent.click(root.querySelector('button')!);
    await until(() => root.querySelector('button[aria-busy="true"]'), 'the busy button');
  },
};

/** Enrolment in Spanish, submitted with problems: the rules, errors and terms in `es`. */
export const EnrolmentSpanish: Story = {
  name: 'Enrolment: Spanish',
  globals: { locale: 'es' },
  parameters: standalone(),
  render: (_args, context) => enrolment(context),
  play: async ({ canvasElement }) => {
    const root = await enrolmentForm(canvasElement);
    await typeInto(root.querySelector<HTMLInputElement>('#enrol-new')!, 'Harbor1');
    root.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await until(() => root.querySelector('#enrol-new[invalid]') && root.querySelector('#terms-error'), 'the errors');
  },
};

/** Sign in in Spanish, after a wrong password. */
export const SignInSpanish: Story = {
  name: 'Sign in: Spanish',
  globals: { locale: 'es' },
  parameters: standalone(),
  render: (_args, context) => signIn(context, { sso: true }),
  play: async ({ canvasElement }) => {
    const root = await rootOf(canvasElement, 'portico-sign-in');
    await typeInto(root.querySelector<HTMLInputElement>('#email')!, DEMO_CREDENTIALS.client.email);
    await typeInto(root.querySelector<HTMLInputElement>('#password')!, 'not-my-password');
    root.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await until(() => root.querySelector('[part="error"]'), 'the failure');
  },
};
