import { CLIENT } from '@portico/mock';
import '@portico/elements/views/team';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { FOREVER, portico, porticoOf } from './support/portico.js';

/** `<portico-team>` on its own inside `<portico-provider>` (the decorator adds it), on the mock. */
const meta: Meta = {
  title: 'Views/Team',
  component: 'portico-team',
  render: () => html`<portico-team></portico-team>`,
};
export default meta;

type Story = StoryObj;

const team = (canvasElement: HTMLElement): ShadowRoot => canvasElement.querySelector('portico-team')!.shadowRoot!;
const members = (canvasElement: HTMLElement): HTMLElement[] => [...team(canvasElement).querySelectorAll<HTMLElement>('[part="member"]')];

/** The client's care team; the member the practice hides never appears. */
export const Content: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(members(canvasElement).length).toBeGreaterThan(0), { timeout: 5000 });
    const text = team(canvasElement).textContent ?? '';
    await expect(text).toContain('Dr. Riley Demo');
    await expect(text).not.toContain('Robin Example');
  },
};

export const Loading: Story = {
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'team.list') }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(team(canvasElement).querySelector('portico-state-loading')).not.toBeNull());
  },
};

/** No one assigned yet: the practice's data for this client has no care-team links. */
export const Empty: Story = {
  parameters: portico({
    setup: (backend) => {
      backend.db.data.careTeam = backend.db.data.careTeam.filter((link) => link.clientId !== CLIENT.avery);
    },
  }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(team(canvasElement).querySelector('portico-state-empty')).not.toBeNull(), { timeout: 5000 });
  },
};

/** Every `team.list` fails (500); once the backend recovers, Retry shows the team. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: portico({ faults: (faults) => faults.errorRate('team.list', 1) }),
  play: async (context) => {
    const { canvasElement } = context;
    const { backend } = porticoOf(context);
    const error = () => team(canvasElement).querySelector('portico-state-error');
    await waitFor(() => expect(error()).not.toBeNull(), { timeout: 8000 });
    await error()!.updateComplete;
    backend.faults.clear('team.list');
    await userEvent.click(error()!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!);
    await waitFor(() => expect(members(canvasElement).length).toBeGreaterThan(0), { timeout: 5000 });
  },
};

/** The payload fails the adapter's schema check: an `invalid-response` error, not a half-drawn list. */
export const InvalidResponse: Story = {
  parameters: portico({ faults: (faults) => faults.malformed('team.list') }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(team(canvasElement).querySelector('portico-state-error')).not.toBeNull(), { timeout: 8000 });
  },
};

/** A guardian sees the care team of the child they are viewing. */
export const Guardian: Story = {
  parameters: portico({ user: 'guardian' }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(members(canvasElement).length).toBeGreaterThan(0), { timeout: 5000 });
    await expect(team(canvasElement).querySelector('.intro')?.textContent).toMatch(/who work with (Milo|Nori)/);
  },
};

/** Guardian viewing their second child, chosen with the provider's `client-id`. */
export const GuardianSecondChild: Story = {
  parameters: portico({ user: 'guardian', provider: false }),
  render: (_args, context) => {
    const { adapter, theme, locale } = porticoOf(context);
    return html`<portico-provider .adapter=${adapter} .theme=${theme} .locale=${locale} client-id=${CLIENT.nora}>
      <portico-team></portico-team>
    </portico-provider>`;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(members(canvasElement).length).toBeGreaterThan(0), { timeout: 5000 });
    await expect(team(canvasElement).querySelector('.intro')?.textContent).toContain('Nori');
    await expect(team(canvasElement).textContent).not.toContain('Robin Example');
  },
};
