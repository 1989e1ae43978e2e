import { CLIENT } from '@portico/mock';
import '@portico/elements/views/team';
import { PorticoHarness } from '@portico/elements/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { until } from './support/dom.js';
import { FOREVER, portico, porticoOf } from './support/portico.js';

/**
 * `<portico-team>` on its own inside `<portico-provider>` (the decorator adds it), on the mock.
 * Play functions drive the view with the shipped base harness (`PorticoHarness` from
 * `@portico/elements/testing`; the view has no harness of its own): buttons by their names,
 * clicks through Storybook's userEvent (support/dom.ts).
 */
const meta: Meta = {
  title: 'Views/Team',
  component: 'portico-team',
  render: () => html`<portico-team></portico-team>`,
};
export default meta;

type Story = StoryObj;

/** The harness on the story's view. */
async function teamIn(canvas: HTMLElement): Promise<PorticoHarness> {
  return new PorticoHarness(await until(() => canvas.querySelector<HTMLElement>('portico-team'), 'the Team view'));
}

/** The care team, once its members are listed. */
async function listed(canvas: HTMLElement): Promise<PorticoHarness> {
  const team = await teamIn(canvas);
  await team.waitFor(() => team.root.querySelectorAll('[part="member"]').length > 0, { message: 'the care team' });
  return team;
}

/** Waits for the panel `tag` (`portico-state-loading`, `-empty`, `-error`) in the view. */
async function panel(canvas: HTMLElement, tag: string, timeout?: number): Promise<Element> {
  const team = await teamIn(canvas);
  return team.waitFor(() => team.root.querySelector(tag), { message: `<${tag}>`, timeout });
}

/** The client's care team; the member the practice hides never appears. */
export const Content: Story = {
  play: async ({ canvasElement }) => {
    const team = await listed(canvasElement);
    await expect(team.text()).toContain('Dr. Riley Demo');
    await expect(team.text()).not.toContain('Robin Example');
  },
};

export const Loading: Story = {
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'team.list') }),
  play: async ({ canvasElement }) => {
    await panel(canvasElement, 'portico-state-loading');
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
    await panel(canvasElement, 'portico-state-empty');
  },
};

/** Every `team.list` fails (500); once the backend recovers, Retry shows the team. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: portico({ faults: (faults) => faults.errorRate('team.list', 1) }),
  play: async (context) => {
    const { canvasElement } = context;
    const error = await panel(canvasElement, 'portico-state-error', 8000);
    porticoOf(context).backend.faults.clear('team.list');
    const team = await teamIn(canvasElement);
    await team.click(await team.findByRole('button', { name: 'Try again', within: error }));
    await listed(canvasElement);
  },
};

/** The payload fails the adapter's schema check: an `invalid-response` error, not a half-drawn list. */
export const InvalidResponse: Story = {
  parameters: portico({ faults: (faults) => faults.malformed('team.list') }),
  play: async ({ canvasElement }) => {
    await panel(canvasElement, 'portico-state-error', 8000);
  },
};

/** A guardian sees the care team of the child they are viewing. */
export const Guardian: Story = {
  parameters: portico({ user: 'guardian' }),
  play: async ({ canvasElement }) => {
    const team = await listed(canvasElement);
    await expect(team.text()).toMatch(/who work with (Milo|Nori)/);
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
    const team = await listed(canvasElement);
    await expect(team.text()).toMatch(/who work with Nori/);
    await expect(team.text()).not.toContain('Robin Example');
  },
};
