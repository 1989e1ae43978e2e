import { PorticoError, type PorticoErrorKind } from '@portico/core';
import type { PorticoRetryDetail } from '@portico/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PorticoHarness } from '@portico/elements/testing';
import { expect, fn } from 'storybook/test';
import './support/dom.js';

interface ErrorArgs {
  kind: PorticoErrorKind | 'unknown';
  operation: string;
  status: number | undefined;
  heading: string;
  noRetry: boolean;
  onRetry: (detail: PorticoRetryDetail) => void;
}

const KINDS: ErrorArgs['kind'][] = [
  'network', 'unauthorized', 'forbidden', 'not-found', 'conflict', 'invalid-request', 'invalid-response', 'server', 'aborted', 'unknown',
];

const meta: Meta<ErrorArgs> = {
  title: 'Primitives/State: Error',
  component: 'portico-state-error',
  tags: ['autodocs'],
  // No backend: rendered inline on the docs page (see `docs.story` in .storybook/preview.ts).
  parameters: { docs: { story: { inline: true, height: 'auto' } } },
  args: { kind: 'network', operation: 'messages.listThreads', status: undefined, heading: '', noRetry: false, onRetry: fn() },
  argTypes: {
    kind: { control: 'select', options: KINDS, description: 'The `PorticoError` kind; `unknown` passes a plain Error' },
    status: { control: 'number' },
    onRetry: { table: { disable: true } },
  },
  render: ({ kind, operation, status, heading, noRetry, onRetry }) => {
    const error =
      kind === 'unknown'
        ? new Error('Something odd happened')
        : new PorticoError({ kind, operation, ...(status === undefined ? {} : { status }) });
    return html`<portico-state-error
      .error=${error}
      heading=${heading}
      ?no-retry=${noRetry}
      @portico-retry=${(event: CustomEvent<PorticoRetryDetail>) => onRetry(event.detail)}
    ></portico-state-error>`;
  },
};
export default meta;

type Story = StoryObj<ErrorArgs>;

/** The harness on the story's panel (driven through Storybook's userEvent, see support/dom.ts). */
const panel = (canvasElement: HTMLElement): PorticoHarness => new PorticoHarness(canvasElement.querySelector<HTMLElement>('portico-state-error')!);

/** Retry fires `portico-retry` naming the failed operation. */
export const Network: Story = {
  play: async ({ canvasElement, args }) => {
    const error = panel(canvasElement);
    await expect((await error.findByRole('alert')).textContent).toContain('Could not reach the practice');
    await error.click('Try again');
    await expect(args.onRetry).toHaveBeenCalledWith({ operation: 'messages.listThreads' });
  },
};

export const Unauthorized: Story = { args: { kind: 'unauthorized', status: 401 } };

/** No Retry: trying the same call again cannot help. */
export const Forbidden: Story = {
  args: { kind: 'forbidden', operation: 'billing.listInvoices', status: 403 },
  play: async ({ canvasElement }) => {
    const error = panel(canvasElement);
    await error.findByRole('alert');
    await expect(error.queryAllByRole('button')).toHaveLength(0);
  },
};

export const NotFound: Story = { args: { kind: 'not-found', operation: 'messages.getThread', status: 404 } };

export const Conflict: Story = { args: { kind: 'conflict', operation: 'schedule.cancelAppointment', status: 409 } };

export const InvalidRequest: Story = { args: { kind: 'invalid-request', operation: 'account.updateProfile', status: 400 } };

/** The adapter's schema check refused the payload (what `faults.malformed` produces). */
export const InvalidResponse: Story = { args: { kind: 'invalid-response', operation: 'team.list', status: 200 } };

export const Server: Story = { args: { kind: 'server', operation: 'files.list', status: 500 } };

export const UnknownError: Story = { args: { kind: 'unknown' } };

export const CustomHeadingWithoutRetry: Story = {
  args: { kind: 'server', operation: 'messages.listThreads', status: 503, heading: 'Could not load your messages', noRetry: true },
};
