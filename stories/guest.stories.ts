/**
 * The guest-link elements (issue #12) on the mock practice, in every state: opening, the second
 * factor (date of birth, a code), the one item (pay, sign, confirm), done, and the pages of a
 * link that no longer works (expired, used, revoked, locked), plus an error with Retry.
 *
 * A guest has no session, so they sit outside `<portico-provider>` and take the story's adapter.
 * The token is given as the `token` property here; on a real page it comes from `#token=…`.
 */
import { applyTheme, brandingToTheme, mergeThemes } from '@portico/elements';
import '@portico/elements/guest';
import { GUEST_CODE, GUEST_TOKENS, createTestPaymentProvider } from '@portico/mock';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { GuestHarness } from '@portico/elements/testing';
import { expect } from 'storybook/test';
import { until } from './support/dom.js';
import { FOREVER, portico, porticoOf, type PorticoParameters } from './support/portico.js';

const meta: Meta = {
  title: 'Guest links',
  parameters: portico({ provider: false, session: 'lazy' }),
};
export default meta;

type Story = StoryObj;

const standalone = (options: PorticoParameters = {}) => portico({ provider: false, session: 'lazy', ...options });

/** `<portico-guest>` for `token`, in the practice's branding plus the toolbar's theme. */
function guest(context: StoryContext, token: string) {
  const { backend, adapter, theme } = porticoOf(context);
  const merged = mergeThemes(brandingToTheme(backend.db.data.organisation.branding), theme);
  return html`<div class="story-guest" ${ref((el) => el && applyTheme(el as HTMLElement, merged))}>
    <portico-guest .adapter=${adapter} .token=${token} .paymentProvider=${createTestPaymentProvider()}></portico-guest>
  </div>`;
}

/** The harness on the story's `<portico-guest>` (driven through Storybook's userEvent, see support/dom.ts). */
async function guestIn(canvas: HTMLElement): Promise<GuestHarness> {
  return new GuestHarness(await until(() => canvas.querySelector<HTMLElement>('portico-guest'), '<portico-guest>'));
}

/** Waits until the page's heading reads `heading`. */
async function page(canvas: HTMLElement, heading: string | RegExp): Promise<GuestHarness> {
  const guest = await guestIn(canvas);
  await guest.page(heading, { timeout: 10_000 });
  return guest;
}

/** Answers the code factor with the mock's code. */
async function verifyWithCode(canvas: HTMLElement): Promise<GuestHarness> {
  const guest = await page(canvas, 'First, confirm it is you');
  await guest.answer('The code we sent you', GUEST_CODE);
  return guest;
}

export const Loading: Story = {
  name: 'Loading',
  parameters: standalone({ faults: (faults) => faults.latency(FOREVER, 'guest.open') }),
  render: (_args, context) => guest(context, GUEST_TOKENS.payCode),
  play: async ({ canvasElement }) => {
    const guest = await guestIn(canvasElement);
    await guest.waitFor(() => guest.element.shadowRoot?.querySelector('portico-state-loading'), { message: 'the skeleton' });
  },
};

/** The second factor: a date of birth. Nothing about the bill shows yet. */
export const VerifyDateOfBirth: Story = {
  name: 'Verify: date of birth',
  parameters: standalone(),
  render: (_args, context) => guest(context, GUEST_TOKENS.payDateOfBirth),
  play: async ({ canvasElement }) => {
    const guest = await page(canvasElement, 'First, confirm it is you');
    await expect(guest.field<HTMLInputElement>('Your date of birth').type).toBe('date');
  },
};

/** The second factor: a code sent by text message, with "Send the code again"; a wrong code is shown next to the field. */
export const VerifyCode: Story = {
  name: 'Verify: code, wrong answer',
  parameters: standalone(),
  render: (_args, context) => guest(context, GUEST_TOKENS.payCode),
  play: async ({ canvasElement }) => {
    const guest = await page(canvasElement, 'First, confirm it is you');
    await guest.answer('The code we sent you', '000000');
    await guest.waitFor(() => guest.errorFor('The code we sent you'), { message: 'the wrong-code message' });
    await guest.findByRole('button', { name: 'Send the code again' });
  },
};

export const Pay: Story = {
  name: 'Content: pay the invoice',
  parameters: standalone(),
  render: (_args, context) => guest(context, GUEST_TOKENS.payCode),
  play: async ({ canvasElement }) => {
    await verifyWithCode(canvasElement);
    const guest = await page(canvasElement, /^Pay invoice /);
    await guest.findByRole('textbox', { name: 'Card number' });
  },
};

export const PayDone: Story = {
  name: 'Done: payment received',
  parameters: standalone(),
  render: (_args, context) => guest(context, GUEST_TOKENS.payCode),
  play: async ({ canvasElement }) => {
    await verifyWithCode(canvasElement);
    const guest = await page(canvasElement, /^Pay invoice /);
    await guest.typeCard('4242 4242 4242 4242', '12 / 34', '123');
    await guest.click(/^Pay /);
    await guest.page('Payment received', { timeout: 10_000 });
  },
};

export const Sign: Story = {
  name: 'Content: sign the form',
  parameters: standalone(),
  render: (_args, context) => guest(context, GUEST_TOKENS.signCode),
  play: async ({ canvasElement }) => {
    await verifyWithCode(canvasElement);
    await page(canvasElement, 'Sign: Informed consent for treatment');
  },
};

export const Confirm: Story = {
  name: 'Content: answer the appointment',
  parameters: standalone(),
  render: (_args, context) => guest(context, GUEST_TOKENS.confirm),
  play: async (context) => {
    const guest = await page(context.canvasElement, 'First, confirm it is you');
    const birthday = porticoOf(context).backend.db.data.clients.find((c) => c.id === 'cl-avery')!.dateOfBirth!;
    await guest.answer('Your date of birth', birthday);
    await guest.page('Your appointment', { timeout: 10_000 });
  },
};

export const Expired: Story = {
  name: 'Expired link',
  parameters: standalone(),
  render: (_args, context) => guest(context, GUEST_TOKENS.expired),
  play: async ({ canvasElement }) => void (await page(canvasElement, 'This link has expired')),
};

export const Used: Story = {
  name: 'Used link',
  parameters: standalone(),
  render: (_args, context) => guest(context, GUEST_TOKENS.used),
  play: async ({ canvasElement }) => void (await page(canvasElement, 'This link has already been used')),
};

export const Revoked: Story = {
  name: 'Revoked link',
  parameters: standalone(),
  render: (_args, context) => guest(context, GUEST_TOKENS.revoked),
  play: async ({ canvasElement }) => void (await page(canvasElement, 'This link is no longer valid')),
};

export const Locked: Story = {
  name: 'Locked link',
  parameters: standalone(),
  render: (_args, context) => guest(context, GUEST_TOKENS.locked),
  play: async ({ canvasElement }) => void (await page(canvasElement, 'This link is locked')),
};

/** The link could not be opened (a server error); Retry opens it once the backend recovers. */
export const ErrorWithRetry: Story = {
  name: 'Error (with Retry)',
  parameters: standalone({ faults: (faults) => faults.errorRate('guest.open', 1) }),
  render: (_args, context) => guest(context, GUEST_TOKENS.payCode),
  play: async (context) => {
    const guest = await guestIn(context.canvasElement);
    await guest.findByRole('button', { name: 'Try again', timeout: 10_000 });
    porticoOf(context).backend.faults.clear('guest.open');
    await guest.retry();
    await page(context.canvasElement, 'First, confirm it is you');
  },
};
