import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import './support/story-button.js';
import type { ButtonVariant } from './support/story-button.js';

interface ButtonArgs {
  label: string;
  variant: ButtonVariant;
  size: 'md' | 'sm';
  busy: boolean;
  disabled: boolean;
}

const VARIANTS: ButtonVariant[] = ['secondary', 'primary', 'danger', 'ghost'];

/**
 * Portico has no button element: views use native `<button class="button" data-variant=…>`
 * styled by the shared `buttonStyles` (see `packages/elements/src/ui/button.styles.ts`). These
 * stories render them in a story-only `<story-button>` so they sit in a shadow root as in a view.
 */
const meta: Meta<ButtonArgs> = {
  title: 'Primitives/Buttons',
  tags: ['autodocs'],
  // No backend: rendered inline on the docs page (see `docs.story` in .storybook/preview.ts).
  parameters: { docs: { story: { inline: true, height: 'auto' } } },
  args: { label: 'Send message', variant: 'primary', size: 'md', busy: false, disabled: false },
  argTypes: {
    variant: { control: 'inline-radio', options: VARIANTS },
    size: { control: 'inline-radio', options: ['md', 'sm'] },
  },
  render: ({ label, variant, size, busy, disabled }) =>
    html`<story-button label=${label} variant=${variant} size=${size} ?busy=${busy} ?disabled=${disabled}></story-button>`,
};
export default meta;

type Story = StoryObj<ButtonArgs>;

const button = (canvasElement: HTMLElement): HTMLButtonElement =>
  canvasElement.querySelector('story-button')!.shadowRoot!.querySelector('button')!;

/** Also checks the legacy decorators: a reactive property set at runtime re-renders the button. */
export const Primary: Story = {
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('story-button')!;
    await host.updateComplete;
    await expect(button(canvasElement).dataset['variant']).toBe('primary');
    host.label = 'Sending';
    host.busy = true;
    await host.updateComplete;
    await expect(button(canvasElement).textContent?.trim()).toBe('Sending');
    await expect(button(canvasElement).getAttribute('aria-busy')).toBe('true');
    host.label = 'Send message';
    host.busy = false;
    await host.updateComplete;
  },
};

export const Secondary: Story = { args: { variant: 'secondary', label: 'Cancel' } };

export const Danger: Story = { args: { variant: 'danger', label: 'Cancel appointment' } };

export const Ghost: Story = { args: { variant: 'ghost', label: 'Show older messages' } };

/** `aria-busy` shows a spinner; `aria-disabled` keeps focus (unlike `disabled`). */
export const Busy: Story = { args: { busy: true, label: 'Sending…' } };

export const Disabled: Story = { args: { disabled: true } };

export const AllVariants: Story = {
  render: ({ busy, disabled }) => html`<div style="display:grid;gap:1rem">
    ${(['md', 'sm'] as const).map(
      (size) => html`<div style="display:flex;flex-wrap:wrap;gap:.5rem;align-items:center">
        ${VARIANTS.map(
          (variant) => html`<story-button label=${variant} variant=${variant} size=${size} ?busy=${busy} ?disabled=${disabled}></story-button>`,
        )}
      </div>`,
    )}
  </div>`,
};
