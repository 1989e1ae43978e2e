/**
 * `<portico-dashboard>` (DASH-1, DASH-2) on the mock practice: the greeting and widgets in each
 * state, a layout the user customised, and the layout's own failures (not loaded, not saved).
 * Play functions drive the view with the shipped harness (`DashboardHarness` from
 * `@portico/elements/testing`), as its tests do.
 */
import type { WidgetKind } from '@portico/core';
import '@portico/elements/views/dashboard';
import { CLIENT, type MockBackend } from '@portico/mock';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DashboardHarness } from '@portico/elements/testing';
import type { PorticoDashboard } from '@portico/elements/views/dashboard';
import { expect } from 'storybook/test';
import { textOf, until } from './support/dom.js';
import { FOREVER, portico, porticoOf } from './support/portico.js';

const meta: Meta = {
  title: 'Views/Dashboard',
  component: 'portico-dashboard',
  tags: ['autodocs'],
  render: () => html`<portico-dashboard save-delay="100"></portico-dashboard>`,
};
export default meta;

type Story = StoryObj;

/** Every request the widgets make, for faults that hit them all. */
const WIDGET_OPERATIONS = [
  'schedule.listAppointments',
  'messages.listThreads',
  'files.list',
  'dashboard.listActivity',
  'billing.listInvoices',
  'tasks.list',
  'forms.listAssignments',
] as const;

/** The harness on the story's view (driven through Storybook's userEvent, see support/dom.ts). */
async function dashboardIn(canvas: HTMLElement): Promise<DashboardHarness> {
  return new DashboardHarness(await until(() => canvas.querySelector<PorticoDashboard>('portico-dashboard'), 'the dashboard'));
}

/** The dashboard once its layout is shown and every widget shows data, its empty panel or its error. */
async function settled(canvas: HTMLElement): Promise<DashboardHarness> {
  return (await dashboardIn(canvas)).settled();
}

/** A widget's content (its shadow root), or null while it is not shown. */
const body = (dash: DashboardHarness, kind: WidgetKind): ShadowRoot | null => (dash.order().includes(kind) ? dash.body(kind) : null);

/** The layout notice (an alert) that says `text`, once shown. */
const notice = (dash: DashboardHarness, text: string, timeout?: number): Promise<HTMLElement> =>
  dash.waitFor(() => dash.queryAllByRole('alert').find((a) => textOf(a).includes(text)), { message: `the notice "${text}"`, timeout });

/** A new client: nothing booked, written, shared, billed or assigned yet. */
function newClient(backend: MockBackend): void {
  const d = backend.db.data;
  const mine = (row: { clientId: string }) => row.clientId !== CLIENT.avery;
  d.appointments = d.appointments.filter(mine);
  d.threads = d.threads.filter(mine);
  d.files = d.files.filter(mine);
  d.activity = d.activity.filter(mine);
  d.invoices = d.invoices.filter(mine);
  d.tasks = d.tasks.filter(mine);
  d.assignments = d.assignments.filter(mine);
}

/** Avery's greeting and all six widgets with the practice's data. */
export const Content: Story = {
  play: async ({ canvasElement }) => {
    const dash = await settled(canvasElement);
    await dash.findByRole('heading', { name: 'Welcome, Avery' });
    await expect(dash.order()).toHaveLength(6);
  },
};

/** The layout is still loading: the dashboard's own skeleton. */
export const Loading: Story = {
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'dashboard.getLayout') }),
  play: async ({ canvasElement }) => {
    const dash = await dashboardIn(canvasElement);
    await dash.waitFor(() => dash.root.querySelector('portico-state-loading'), { message: 'the skeleton' });
  },
};

/** The layout is known; every widget is still waiting for its data and shows its own skeleton. */
export const WidgetsLoading: Story = {
  parameters: portico({ faults: (faults) => WIDGET_OPERATIONS.forEach((op) => faults.latency(FOREVER, op)) }),
  play: async ({ canvasElement }) => {
    const dash = await dashboardIn(canvasElement);
    await dash.waitFor(() => body(dash, 'upcoming-appointments')?.querySelector('portico-state-loading'), { message: 'the widget skeletons' });
  },
};

/** A new client with nothing yet: each widget says what will appear and where to start. */
export const Empty: Story = {
  parameters: portico({ setup: newClient }),
  play: async ({ canvasElement }) => {
    const dash = await settled(canvasElement);
    await expect(dash.text(dash.body('recent-messages'))).toContain('No messages yet');
    await expect(dash.text(dash.body('balance-due'))).toContain('You are all paid up');
  },
};

/** One widget fails (the others keep working); Retry recovers it once the backend does. */
export const ErrorState: Story = {
  name: 'Error (one widget, with Retry)',
  parameters: portico({ faults: (faults) => faults.errorRate('messages.listThreads', 1) }),
  play: async (context) => {
    const dash = await settled(context.canvasElement);
    const error = await dash.waitFor(() => dash.body('recent-messages').querySelector('portico-state-error'), { message: 'the widget error' });
    await expect(dash.body('recent-files').querySelector('portico-state-error')).toBeNull();
    porticoOf(context).backend.faults.clear('messages.listThreads');
    await dash.click(await dash.findByRole('button', { name: 'Try again', within: error }));
    await dash.waitFor(() => dash.body('recent-messages').querySelector('button.item'), { message: 'the messages after Retry' });
  },
};

/** The practice's system is down: every widget shows its own error and Retry. */
export const AllWidgetsFail: Story = {
  name: 'Error (every widget)',
  parameters: portico({ faults: (faults) => WIDGET_OPERATIONS.forEach((op) => faults.errorRate(op, 1)) }),
  play: async ({ canvasElement }) => {
    const dash = await settled(canvasElement);
    await expect(dash.order()).toHaveLength(6);
    await dash.waitFor(() => dash.order().every((kind) => dash.body(kind as WidgetKind).querySelector('portico-state-error')), { message: 'every widget error' });
  },
};

/** A payload that fails the schema check is that widget's error, not a half-drawn balance. */
export const InvalidResponse: Story = {
  name: 'Error: a bad payload',
  parameters: portico({ faults: (faults) => faults.malformed('billing.listInvoices') }),
  play: async ({ canvasElement }) => {
    const dash = await settled(canvasElement);
    await dash.waitFor(() => dash.body('balance-due').querySelector('portico-state-error'), { message: 'the balance error' });
  },
};

/** The user moved Balance due first and made it and Recent messages large; the next visit restores it. */
export const CustomisedLayout: Story = {
  name: 'Customised layout',
  parameters: portico({
    setup: (backend) => {
      backend.db.data.layouts['u-avery'] = {
        widgets: [
          { kind: 'balance-due', size: 'large' },
          { kind: 'recent-messages', size: 'large' },
          { kind: 'open-tasks', size: 'small' },
          { kind: 'upcoming-appointments', size: 'small' },
          { kind: 'recent-activity', size: 'medium' },
          { kind: 'recent-files', size: 'medium' },
        ],
      };
    },
  }),
  play: async ({ canvasElement }) => {
    const dash = await settled(canvasElement);
    await expect(dash.order()).toEqual(['balance-due', 'recent-messages', 'open-tasks', 'upcoming-appointments', 'recent-activity', 'recent-files']);
    await expect(dash.widget('balance-due').dataset['size']).toBe('large');
  },
};

/** A widget picked up with its Move button and moved up one place with the arrow keys; Escape would put it back. */
export const MovingAWidget: Story = {
  name: 'Moving a widget',
  play: async ({ canvasElement }) => {
    const dash = await settled(canvasElement);
    await dash.pickUp('balance-due');
    await dash.press('ArrowUp');
    await dash.waitFor(() => dash.order().indexOf('balance-due') === 1, { message: 'Balance due moved up one place' });
  },
};

/** Saving the new layout fails: a notice says so, with Try again, and the layout stays as arranged. */
export const LayoutNotSaved: Story = {
  name: 'Layout could not be saved',
  parameters: portico({ faults: (faults) => faults.errorRate('dashboard.saveLayout', 1) }),
  play: async ({ canvasElement }) => {
    const dash = await settled(canvasElement);
    await dash.resize('recent-files', 'large');
    const shown = await notice(dash, 'Your layout could not be saved.');
    await dash.findByRole('button', { name: 'Try again', within: shown });
  },
};

/** The saved layout cannot be loaded: the usual layout is shown, with a notice and Try again. */
export const LayoutNotLoaded: Story = {
  name: 'Saved layout could not be loaded',
  parameters: portico({ faults: (faults) => faults.errorRate('dashboard.getLayout', 1) }),
  play: async ({ canvasElement }) => {
    const dash = await dashboardIn(canvasElement);
    await notice(dash, 'could not be loaded', 10_000);
    await dash.settled();
  },
};

/** A guardian viewing their child: the intro names who is being viewed. */
export const Guardian: Story = {
  parameters: portico({ user: 'guardian' }),
  play: async ({ canvasElement }) => {
    const dash = await settled(canvasElement);
    await expect(dash.text()).toMatch(/You are viewing (Milo|Nori)/);
  },
};

/** A payer sees only what a payer may use (appointments and the balance). */
export const Payer: Story = {
  parameters: portico({ user: 'payer' }),
  play: async ({ canvasElement }) => {
    const dash = await settled(canvasElement);
    await expect(dash.order()).not.toContain('recent-messages');
  },
};

/** In a narrow container (a phone): one column. */
export const Narrow: Story = {
  render: () => html`<div style="max-width: 360px"><portico-dashboard save-delay="100"></portico-dashboard></div>`,
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
  },
};

/** In Spanish: every widget's text, dates and money in `es`. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    const dash = await settled(canvasElement);
    await dash.findByRole('heading', { name: 'Le damos la bienvenida, Avery' });
  },
};
