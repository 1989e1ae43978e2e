import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';

interface LoadingArgs {
  rows: number;
  label: string;
}

const meta: Meta<LoadingArgs> = {
  title: 'Primitives/State: Loading',
  component: 'portico-state-loading',
  tags: ['autodocs'],
  // No backend: rendered inline on the docs page (see `docs.story` in .storybook/preview.ts).
  parameters: { docs: { story: { inline: true, height: 'auto' } } },
  args: { rows: 3, label: '' },
  argTypes: {
    rows: { control: { type: 'range', min: 1, max: 12 } },
    label: { control: 'text', description: 'What screen readers hear; empty means "Loading…"' },
  },
  render: ({ rows, label }) => html`<portico-state-loading rows=${rows} label=${label}></portico-state-loading>`,
};
export default meta;

type Story = StoryObj<LoadingArgs>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const loading = canvasElement.querySelector('portico-state-loading')!;
    await loading.updateComplete;
    const status = loading.shadowRoot!.querySelector('[role="status"]')!;
    await expect(status.textContent?.trim()).toMatch(/^(Loading…|Cargando…)$/);
    await expect(loading.shadowRoot!.querySelectorAll('[part="row"]')).toHaveLength(3);
  },
};

export const ManyRows: Story = { args: { rows: 8 } };

export const CustomLabel: Story = {
  args: { rows: 4, label: 'Loading the care team' },
  play: async ({ canvasElement }) => {
    const loading = canvasElement.querySelector('portico-state-loading')!;
    await loading.updateComplete;
    await expect(loading.shadowRoot!.querySelector('[role="status"]')!.textContent?.trim()).toBe('Loading the care team');
  },
};
