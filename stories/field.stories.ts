/**
 * `<portico-field>`, the one form field: label, optional hint, the control and the error message,
 * wired with `aria-describedby`; form-associated, so it posts with its `<form>`. One story per state.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../packages/elements/src/ui/field.js';
import type { FieldType } from '../packages/elements/src/ui/field.js';
import { PorticoHarness } from '@portico/elements/testing';
import './support/dom.js';

interface FieldArgs {
  label: string;
  type: FieldType;
  hint: string;
  error: string;
  required: boolean;
  disabled: boolean;
}

const meta: Meta<FieldArgs> = {
  title: 'Primitives/Field',
  component: 'portico-field',
  tags: ['autodocs'],
  parameters: { docs: { story: { inline: true, height: 'auto' } } },
  args: { label: 'Email', type: 'email', hint: '', error: '', required: false, disabled: false },
  argTypes: { type: { control: 'select', options: ['text', 'email', 'tel', 'date', 'password', 'number', 'search', 'textarea'] } },
  render: ({ label, type, hint, error, required, disabled }) =>
    html`<form style="max-width: 32rem">
      <portico-field name="field" label=${label} type=${type} hint=${hint} error=${error} ?required=${required} ?disabled=${disabled} autocomplete="email"></portico-field>
    </form>`,
};
export default meta;

type Story = StoryObj<FieldArgs>;

/** The harness on the story's form (driven through Storybook's userEvent, see support/dom.ts). */
const formIn = (canvas: HTMLElement): PorticoHarness => new PorticoHarness(canvas.querySelector('form')!);

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await formIn(canvasElement).type('Email', 'ana@example.com');
    await expect(new FormData(canvasElement.querySelector('form')!).get('field')).toBe('ana@example.com');
  },
};

export const WithHint: Story = { args: { hint: 'We send appointment reminders to this address.' } };

export const WithError: Story = {
  args: { error: 'Enter an email address, like name@example.com.' },
  play: async ({ canvasElement }) => {
    const email = await formIn(canvasElement).findByLabel('Email');
    await expect(email.getAttribute('aria-invalid')).toBe('true');
  },
};

export const Disabled: Story = { args: { disabled: true } };

export const Required: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('form')!.checkValidity()).toBe(false);
  },
};

export const Select: Story = {
  render: () => html`<portico-field name="language" type="select" label="Language for messages" value="en"
    .options=${[{ value: 'en', label: 'English', lang: 'en' }, { value: 'es', label: 'Español', lang: 'es' }]}></portico-field>`,
};
