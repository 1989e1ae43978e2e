import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
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

const provider = (canvasElement: HTMLElement) => canvasElement.querySelector('portico-provider')!;
const status = (canvasElement: HTMLElement) => provider(canvasElement).shadowRoot!.querySelector<HTMLElement>('[part="status"]');
const slotShown = (canvasElement: HTMLElement): boolean => !!provider(canvasElement).shadowRoot!.querySelector('slot');

export const Content: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(slotShown(canvasElement)).toBe(true), { timeout: 5000 });
  },
};

/** The session never arrives: the provider's skeleton. */
export const Loading: Story = {
  parameters: portico({ provider: false, session: 'lazy', faults: (faults) => faults.latency(FOREVER, 'session.get') }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(status(canvasElement)?.localName).toBe('portico-state-loading'));
    await expect(slotShown(canvasElement)).toBe(false);
  },
};

/** Offline while the session loads; back online, Retry shows the views. */
export const ErrorThenRetry: Story = {
  parameters: portico({ provider: false, session: 'lazy', faults: (faults) => faults.offline() }),
  play: async (context) => {
    const { canvasElement } = context;
    const { backend } = porticoOf(context);
    await waitFor(() => expect(status(canvasElement)?.localName).toBe('portico-state-error'), { timeout: 5000 });
    const panel = status(canvasElement)!.shadowRoot!;
    await expect(panel.querySelector('[part="heading"]')!.textContent).toContain('Could not open the portal');
    backend.faults.offline(false);
    await userEvent.click(panel.querySelector<HTMLButtonElement>('[part="retry-button"]')!);
    await waitFor(() => expect(slotShown(canvasElement)).toBe(true), { timeout: 5000 });
  },
};

/** The practice's system fails (500): the same panel, with the operation and status for support. */
export const ServerError: Story = {
  parameters: portico({ provider: false, session: 'lazy', faults: (faults) => faults.errorRate('session.get', 1) }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(status(canvasElement)?.localName).toBe('portico-state-error'), { timeout: 5000 });
    await expect(status(canvasElement)!.shadowRoot!.querySelector('[part="reference"]')!.textContent).toContain('session.get · 500');
  },
};

/** A session that does not match the schema is refused by the adapter, not shown half-broken. */
export const InvalidResponse: Story = {
  parameters: portico({ provider: false, session: 'lazy', faults: (faults) => faults.malformed('session.get') }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(status(canvasElement)?.localName).toBe('portico-state-error'), { timeout: 5000 });
    await expect(status(canvasElement)!.shadowRoot!.querySelector('[part="description"]')!.textContent).toContain('Try again');
  },
};
