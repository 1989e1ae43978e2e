/**
 * `<portico-registration>` (issue #14.3) on the mock practice: the new-client form, its field
 * errors, the confirmation, a duplicate the practice refused, and registrations switched off.
 * It works before there is a session, so it takes the story's adapter directly.
 */
import '@portico/elements/auth';
import { DEMO_CREDENTIALS } from '@portico/mock';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { buttonNamed, fieldLabelled, typeInto, until } from './support/dom.js';
import { portico, porticoOf, type PorticoParameters } from './support/portico.js';

const standalone = (options: PorticoParameters = {}) => portico({ provider: false, session: 'lazy', ...options });

const meta: Meta = { title: 'Registration', component: 'portico-registration', parameters: standalone() };
export default meta;
type Story = StoryObj;

const render = (_args: unknown, context: StoryContext) => html`<portico-registration .adapter=${porticoOf(context).adapter}></portico-registration>`;

const formRoot = (canvas: HTMLElement): Promise<ShadowRoot> =>
  until(() => {
    const root = canvas.querySelector('portico-registration')?.shadowRoot;
    return root?.querySelector('form') ? root : null;
  }, 'the registration form');

async function fillAndSend(canvas: HTMLElement, email: string): Promise<ShadowRoot> {
  const root = await formRoot(canvas);
  await typeInto(fieldLabelled(root, 'First name'), 'Robin');
  await typeInto(fieldLabelled(root, 'Last name'), 'Newcomer');
  await typeInto(fieldLabelled(root, 'Email'), email);
  await typeInto(fieldLabelled(root, 'Date of birth'), '1991-05-06');
  root.querySelector<HTMLInputElement>('#accept-terms')!.click();
  buttonNamed(root, 'Register')!.click();
  return root;
}

/** The form, with the practice's terms linked. */
export const Form: Story = { render, play: async ({ canvasElement }) => void (await formRoot(canvasElement)) };

/** Sent empty: each field says what it needs. */
export const FieldErrors: Story = {
  name: 'Field errors',
  render,
  play: async ({ canvasElement }) => {
    const root = await formRoot(canvasElement);
    buttonNamed(root, 'Register')!.click();
    await until(() => root.querySelector('portico-field[invalid]'), 'the field errors');
  },
};

/** Taken: where the invitation goes. */
export const Registered: Story = {
  render,
  play: async ({ canvasElement }) => {
    const root = await fillAndSend(canvasElement, 'robin.newcomer@example.com');
    await until(() => root.querySelector('[part="confirmation"]'), 'the confirmation');
  },
};

/** The practice refused a duplicate (an address it knows). */
export const Duplicate: Story = {
  render,
  play: async ({ canvasElement }) => {
    const root = await fillAndSend(canvasElement, DEMO_CREDENTIALS.client.email);
    await until(() => root.querySelector('[part="error"]'), 'the refusal');
  },
};

/** The practice takes no registrations online. */
export const Closed: Story = {
  render,
  parameters: standalone({ setup: (backend) => void (backend.db.data.organisation.features.selfRegistration = false) }),
};
