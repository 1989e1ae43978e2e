import type { DemoUser } from '@portico/mock';
import type { RoutingMode } from '@portico/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { portico, porticoOf } from './support/portico.js';

interface PortalArgs {
  view: string;
  routing: RoutingMode;
}

/**
 * The whole portal on the mock. `<portico-portal>` is its own provider, so these stories
 * render it themselves (`provider: false`) with the story's adapter, theme and locale.
 */
const meta: Meta<PortalArgs> = {
  title: 'Portal',
  component: 'portico-portal',
  args: { view: 'team', routing: 'hash' },
  argTypes: {
    view: { control: 'select', options: ['dashboard', 'team', 'messages', 'files', 'billing', 'schedule', 'tasks', 'forms', 'clinical', 'account'] },
    routing: { control: 'inline-radio', options: ['hash', 'none'] },
  },
  parameters: { ...portico({ provider: false }), layout: 'fullscreen' },
  render: ({ view, routing }, context) => {
    const { adapter, theme, locale } = porticoOf(context);
    return html`<portico-portal .adapter=${adapter} .theme=${theme} .locale=${locale} .view=${view} routing=${routing}></portico-portal>`;
  },
};
export default meta;

type Story = StoryObj<PortalArgs>;

const shell = (canvasElement: HTMLElement): ShadowRoot => canvasElement.querySelector('portico-portal')!.shadowRoot!;

/** Waits for the shell and the care team inside it. */
async function portalReady(canvasElement: HTMLElement): Promise<ShadowRoot> {
  await waitFor(() => expect(shell(canvasElement).querySelector('nav a[aria-current="page"]')).not.toBeNull(), { timeout: 8000 });
  const root = shell(canvasElement);
  await waitFor(() => expect(root.querySelector('portico-team')?.shadowRoot?.querySelector('[part="member"]')).toBeTruthy(), { timeout: 8000 });
  return root;
}

const as = (user: DemoUser) => ({ ...portico({ user, provider: false }), layout: 'fullscreen' });

export const Client: Story = {
  play: async ({ canvasElement }) => {
    const root = await portalReady(canvasElement);
    await expect(root.querySelector('header')!.textContent).toContain('Avery Example');
  },
};

/** Two children: the header offers a switcher. */
export const Guardian: Story = {
  parameters: as('guardian'),
  play: async ({ canvasElement }) => {
    const root = await portalReady(canvasElement);
    await expect(root.querySelectorAll('#client-switcher option')).toHaveLength(2);
  },
};

/** Pays for Milo: the menu shows only what a payer may use. */
export const Payer: Story = {
  parameters: as('payer'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shell(canvasElement).querySelector('nav a[aria-current="page"]')).not.toBeNull(), { timeout: 8000 });
  },
};

/** Opening on the dashboard, as most hosts do. */
export const Dashboard: Story = {
  args: { view: 'dashboard' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shell(canvasElement).querySelector('portico-dashboard')?.shadowRoot?.querySelector('ul.grid')).toBeTruthy(), { timeout: 8000 });
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await portalReady(canvasElement);
  },
};

export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    const root = await portalReady(canvasElement);
    await waitFor(() => expect(root.querySelector('nav a[href="#/team"]')?.textContent?.trim()).toBe('Equipo de atención'));
  },
};

/** `routing="none"`: the URL stays the host's; menu links still switch views. */
export const RoutingNone: Story = {
  args: { routing: 'none' },
  play: async ({ canvasElement }) => {
    const hash = location.hash;
    await portalReady(canvasElement);
    await expect(location.hash).toBe(hash);
  },
};

export const PlumBrand: Story = {
  globals: { theme: 'plum' },
  play: async ({ canvasElement }) => {
    await portalReady(canvasElement);
  },
};
