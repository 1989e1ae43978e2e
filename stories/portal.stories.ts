import type { DemoUser } from '@portico/mock';
import type { RoutingMode } from '@portico/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PortalHarness } from '@portico/elements/testing';
import { expect } from 'storybook/test';
import './support/dom.js';
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

/** The harness on the story's portal (driven through Storybook's userEvent, see support/dom.ts), once its menu is shown. */
async function portalIn(canvasElement: HTMLElement): Promise<PortalHarness> {
  const portal = new PortalHarness(canvasElement.querySelector('portico-portal')!);
  await portal.ready();
  await portal.waitFor(() => portal.currentLabel(), { message: 'the current menu entry' });
  return portal;
}

/** Waits for the shell and the care team inside it. */
async function portalReady(canvasElement: HTMLElement): Promise<PortalHarness> {
  const portal = await portalIn(canvasElement);
  const team = await portal.settled('portico-team');
  await portal.waitFor(() => portal.queryAllByRole('listitem', { within: team }).length > 0, { message: 'the care team' });
  return portal;
}

const as = (user: DemoUser) => ({ ...portico({ user, provider: false }), layout: 'fullscreen' });

export const Client: Story = {
  play: async ({ canvasElement }) => {
    const portal = await portalReady(canvasElement);
    await portal.waitForText('Signed in as Avery Example');
  },
};

/** Two children: the header offers a switcher. */
export const Guardian: Story = {
  parameters: as('guardian'),
  play: async ({ canvasElement }) => {
    const portal = await portalReady(canvasElement);
    await expect((await portal.findByLabel<HTMLSelectElement>('Viewing')).options).toHaveLength(2);
  },
};

/** Pays for Milo: the menu shows only what a payer may use. */
export const Payer: Story = {
  parameters: as('payer'),
  play: async ({ canvasElement }) => {
    await portalIn(canvasElement);
  },
};

/** Opening on the dashboard, as most hosts do. */
export const Dashboard: Story = {
  args: { view: 'dashboard' },
  play: async ({ canvasElement }) => {
    const portal = await portalIn(canvasElement);
    await portal.findByRole('list', { name: 'Dashboard widgets', timeout: 8000 });
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
    const portal = await portalReady(canvasElement);
    await portal.findByRole('link', { name: 'Equipo de atención', within: portal.nav() });
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
