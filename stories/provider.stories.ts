import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PorticoHarness } from '@portico/elements/testing';
import { expect } from 'storybook/test';
import './support/dom.js';
import { FOREVER, portico, porticoOf } from './support/portico.js';

/**
 * `<portico-provider>` loads the session through the adapter and shows its own loading or error
 * panel until it has one; then its slot (the views) appears. These stories render the provider
 * themselves (`provider: false`) and let it load the session (`session: 'lazy'`).
 */
const meta: Meta = {
  title: 'Provider',
  component: 'portico-provider',
  parameters: portico({ provider: false, session: 'lazy' }),
  render: (_args, context) => {
    const { adapter, theme, locale } = porticoOf(context);
    return html`<portico-provider .adapter=${adapter} .theme=${theme} .locale=${locale}>
      <p class="story-content">The practice's views appear here once the session has loaded.</p>
    </portico-provider>`;
  },
};
export default meta;

type Story = StoryObj;

/** The base harness on the story's provider (driven through Storybook's userEvent, see support/dom.ts). */
const providerIn = (canvasElement: HTMLElement) => new PorticoHarness(canvasElement.querySelector('portico-provider')!);
/** The story's own content, which the provider's slot shows once the session has loaded. */
const CONTENT = "The practice's views appear here once the session has loaded.";

export const Content: Story = {
  play: async ({ canvasElement }) => {
    await providerIn(canvasElement).findByText(CONTENT);
  },
};

/** The session never arrives: the provider's skeleton. */
export const Loading: Story = {
  parameters: portico({ provider: false, session: 'lazy', faults: (faults) => faults.latency(FOREVER, 'session.get') }),
  play: async ({ canvasElement }) => {
    const provider = providerIn(canvasElement);
    // The skeleton's announcement.
    await provider.findByText('Loading…');
    await expect(provider.text()).not.toContain(CONTENT);
  },
};

/** Offline while the session loads; back online, Retry shows the views. */
export const ErrorThenRetry: Story = {
  parameters: portico({ provider: false, session: 'lazy', faults: (faults) => faults.offline() }),
  play: async (context) => {
    const provider = providerIn(context.canvasElement);
    const { backend } = porticoOf(context);
    const alert = await provider.findByRole('alert');
    await expect(provider.text(alert)).toContain('Could not open the portal');
    backend.faults.offline(false);
    await provider.click(provider.getByRole('button', { name: 'Try again', within: alert }));
    await provider.findByText(CONTENT);
  },
};

/** The practice's system fails (500): the same panel, with the operation and status for support. */
export const ServerError: Story = {
  parameters: portico({ provider: false, session: 'lazy', faults: (faults) => faults.errorRate('session.get', 1) }),
  play: async ({ canvasElement }) => {
    const provider = providerIn(canvasElement);
    await provider.waitForText('session.get · 500', { within: await provider.findByRole('alert') });
  },
};

/** A session that does not match the schema is refused by the adapter, not shown half-broken. */
export const InvalidResponse: Story = {
  parameters: portico({ provider: false, session: 'lazy', faults: (faults) => faults.malformed('session.get') }),
  play: async ({ canvasElement }) => {
    const provider = providerIn(canvasElement);
    await expect(provider.text(await provider.findByRole('alert'))).toContain('Try again');
  },
};
