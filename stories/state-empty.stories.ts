import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './support/story-button.js';

interface EmptyArgs {
  heading: string;
  description: string;
}

const meta: Meta<EmptyArgs> = {
  title: 'Primitives/State: Empty',
  component: 'portico-state-empty',
  tags: ['autodocs'],
  // No backend: rendered inline on the docs page (see `docs.story` in .storybook/preview.ts).
  parameters: { docs: { story: { inline: true, height: 'auto' } } },
  args: {
    heading: 'No messages yet',
    description: 'When you write to your care team, the conversation will show here.',
  },
  render: ({ heading, description }) =>
    html`<portico-state-empty heading=${heading} description=${description}></portico-state-empty>`,
};
export default meta;

type Story = StoryObj<EmptyArgs>;

export const Default: Story = {};

/** With no heading, the element says "Nothing here yet"; views should always say what to do next. */
export const GenericHeading: Story = { args: { heading: '', description: '' } };

export const WithAction: Story = {
  render: ({ heading, description }) => html`<portico-state-empty heading=${heading} description=${description}>
    <story-button slot="action" variant="primary" label="New message"></story-button>
  </portico-state-empty>`,
};

export const WithIcon: Story = {
  args: { heading: 'No files shared yet', description: 'Files you and the practice share will be listed here.' },
  render: ({ heading, description }) => html`<portico-state-empty heading=${heading} description=${description}>
    <svg slot="icon" width="48" height="48" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.5" aria-hidden="true">
      <path d="M4 4h10l6 6v10H4z" />
      <path d="M14 4v6h6" />
    </svg>
  </portico-state-empty>`,
};
