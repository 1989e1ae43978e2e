import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';

interface AvatarArgs {
  name: string;
  src: string;
  size: 'sm' | 'md' | 'lg';
  decorative: boolean;
}

/**
 * A tiny photo served with the stories (stories/support/static/): a photo URL from data must be
 * https (or http on localhost); `data:` URLs are refused like any other URL from data (docs/security.md).
 */
const PHOTO = '/avatar-photo.svg';

const meta: Meta<AvatarArgs> = {
  title: 'Primitives/Avatar',
  component: 'portico-avatar',
  tags: ['autodocs'],
  // No backend: rendered inline on the docs page (see `docs.story` in .storybook/preview.ts).
  parameters: { docs: { story: { inline: true, height: 'auto' } } },
  args: { name: 'Dr. Riley Demo', src: '', size: 'md', decorative: false },
  argTypes: {
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    src: { control: 'text' },
  },
  render: ({ name, src, size, decorative }) =>
    html`<portico-avatar name=${name} src=${src} size=${size} ?decorative=${decorative}></portico-avatar>`,
};
export default meta;

type Story = StoryObj<AvatarArgs>;

/** Also proves the decorators compile: a reactive property set at runtime re-renders. */
export const Initials: Story = {
  play: async ({ canvasElement }) => {
    const avatar = canvasElement.querySelector('portico-avatar')!;
    await avatar.updateComplete;
    const initials = (): string | null | undefined => avatar.shadowRoot!.querySelector('[part="initials"]')?.textContent;
    await expect(initials()).toBe('DD');
    await expect(avatar.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')).toBe('Dr. Riley Demo');
    avatar.name = 'Ana María López';
    await avatar.updateComplete;
    await expect(initials()).toBe('AL');
    avatar.name = 'Dr. Riley Demo';
    await avatar.updateComplete;
  },
};

export const Photo: Story = {
  args: { src: PHOTO },
  play: async ({ canvasElement }) => {
    const avatar = canvasElement.querySelector('portico-avatar')!;
    await avatar.updateComplete;
    await expect(avatar.shadowRoot!.querySelector('img')!.getAttribute('alt')).toBe('Dr. Riley Demo');
  },
};

/** A photo that fails to load falls back to the initials. */
export const BrokenPhoto: Story = {
  args: { name: 'Sam Taylor', src: '/no-such-avatar-photo.png' },
  play: async ({ canvasElement }) => {
    const avatar = canvasElement.querySelector('portico-avatar')!;
    // Waits on what a person sees (the initials once the photo failed), not on a fixed time.
    await waitFor(() => expect(avatar.shadowRoot!.querySelector('[part="initials"]')?.textContent).toBe('ST'), { timeout: 15000 });
  },
};

/** Decorative: the name is written next to it, so the avatar is hidden from screen readers. */
export const Decorative: Story = {
  args: { decorative: true },
  render: ({ name, src, size, decorative }) => html`<p style="display:flex;align-items:center;gap:.5rem;margin:0">
    <portico-avatar name=${name} src=${src} size=${size} ?decorative=${decorative}></portico-avatar>
    <span>${name}</span>
  </p>`,
};

export const Sizes: Story = {
  render: ({ src }) => html`<div style="display:flex;align-items:center;gap:1rem">
    <portico-avatar name="Milo Sample" size="sm" src=${src}></portico-avatar>
    <portico-avatar name="Nora Sample" size="md" src=${src}></portico-avatar>
    <portico-avatar name="Jordan Sample" size="lg" src=${src}></portico-avatar>
    <portico-avatar name="Pat Testwell" size="lg" src=${PHOTO}></portico-avatar>
  </div>`,
};

/** Each name gets a stable tone; all six keep white initials at 4.5:1 or better. */
export const Tones: Story = {
  render: () => html`<div style="display:flex;flex-wrap:wrap;gap:.5rem">
    ${['Avery Example', 'Jordan Sample', 'Milo Sample', 'Nora Sample', 'Pat Testwell', 'Riley Demo', 'Sam Taylor', 'Kim Lee', 'Ana López', 'Robin Example', 'Chris Park', 'Dana Cole'].map(
      (name) => html`<portico-avatar name=${name}></portico-avatar>`,
    )}
  </div>`,
};
