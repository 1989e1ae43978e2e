/**
 * `<portico-registration>` (issue #14.3) on the mock practice: the new-client form, its field
 * errors, the confirmation, a duplicate the practice refused, and registrations switched off.
 * It works before there is a session, so it takes the story's adapter directly.
 */
import '@portico/elements/auth';
import { DEMO_CREDENTIALS } from '@portico/mock';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { errorOf, PorticoHarness } from '@portico/elements/testing';
import { until } from './support/dom.js';
import { portico, porticoOf, type PorticoParameters } from './support/portico.js';

const standalone = (options: PorticoParameters = {}) => portico({ provider: false, session: 'lazy', ...options });

const meta: Meta = { title: 'Registration', component: 'portico-registration', parameters: standalone() };
export default meta;
type Story = StoryObj;

const render = (_args: unknown, context: StoryContext) => html`<portico-registration .adapter=${porticoOf(context).adapter}></portico-registration>`;

/** The harness on the story's `<portico-registration>` once its form is shown (driven through Storybook's userEvent, see support/dom.ts). */
/** The terms box, named after the practice ("I accept the terms of Harbor Lane Therapy"). */
const ACCEPT_TERMS = /^I accept the terms of /;

async function formOf(canvas: HTMLElement): Promise<PorticoHarness> {
  const registration = new PorticoHarness(await until(() => canvas.querySelector<HTMLElement>('portico-registration'), '<portico-registration>'));
  await registration.findByRole('button', { name: 'Register' });
  return registration;
}

async function fillAndSend(canvas: HTMLElement, email: string): Promise<PorticoHarness> {
  const registration = await formOf(canvas);
  await registration.type('First name', 'Robin');
  await registration.type('Last name', 'Newcomer');
  await registration.type('Email', email);
  await registration.type('Date of birth', '1991-05-06');
  await registration.check(ACCEPT_TERMS);
  await registration.click('Register');
  return registration;
}

/** The form, with the practice's terms linked. */
export const Form: Story = { render, play: async ({ canvasElement }) => void (await formOf(canvasElement)) };

/** Sent empty: each field says what it needs. */
export const FieldErrors: Story = {
  name: 'Field errors',
  render,
  play: async ({ canvasElement }) => {
    const registration = await formOf(canvasElement);
    await registration.click('Register');
    await registration.waitFor(() => errorOf(registration.getByLabel('First name')), { message: 'the field errors' });
  },
};

/** Taken: where the invitation goes. */
export const Registered: Story = {
  render,
  play: async ({ canvasElement }) => {
    const registration = await fillAndSend(canvasElement, 'robin.newcomer@example.com');
    await registration.waitForText(/will send an invitation to robin\.newcomer@example\.com/, { timeout: 10_000 });
  },
};

/** The practice refused a duplicate (an address it knows). */
export const Duplicate: Story = {
  render,
  play: async ({ canvasElement }) => {
    const registration = await fillAndSend(canvasElement, DEMO_CREDENTIALS.client.email);
    await registration.findByRole('alert', { timeout: 10_000 });
  },
};

/** The practice takes no registrations online. */
export const Closed: Story = {
  render,
  parameters: standalone({ setup: (backend) => void (backend.db.data.organisation.features.selfRegistration = false) }),
};
