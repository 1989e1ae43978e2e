/**
 * `<portico-dashboard>` (DASH-1, DASH-2) on the mock practice: the greeting and widgets in each
 * state, a layout the user customised, and the layout's own failures (not loaded, not saved).
 */
import type { WidgetKind } from '@portico/core';
import '@portico/elements/views/dashboard';
import { CLIENT, type MockBackend } from '@portico/mock';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { buttonNamed, textOf, typeInto, until } from './support/dom.js';
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

const root = (canvas: HTMLElement): ShadowRoot => canvas.querySelector('portico-dashboard')!.shadowRoot!;
const order = (canvas: HTMLElement): string[] => [...root(canvas).querySelectorAll<HTMLElement>('li.widget')].map((li) => li.dataset['kind']!);
const widget = (canvas: HTMLElement, kind: WidgetKind): HTMLElement | null => root(canvas).querySelector<HTMLElement>(`li.widget[data-kind="${kind}"]`);
const body = (canvas: HTMLElement, kind: WidgetKind): ShadowRoot | null => widget(canvas, kind)?.querySelector('.widget-body > *')?.shadowRoot ?? null;

/** Waits for the layout and for every widget to show data, its empty panel or its error. */
async function settled(canvas: HTMLElement): Promise<void> {
  await until(() => root(canvas).querySelector('ul.grid, portico-state-empty'), 'the dashboard layout');
  await until(
    () =>
      [...root(canvas).querySelectorAll('.widget-body > *')].every((el) => {
        const r = el.shadowRoot;
        return r && r.childElementCount > 0 && !r.querySelector('portico-state-loading');
      }),
    'every widget to load',
  );
}

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
    await settled(canvasElement);
    await expect(textOf(root(canvasElement).querySelector('[part="heading"]'))).toBe('Welcome, Avery');
    await expect(order(canvasElement)).toHaveLength(6);
  },
};

/** The layout is still loading: the dashboard's own skeleton. */
export const Loading: Story = {
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'dashboard.getLayout') }),
  play: async ({ canvasElement }) => {
    await until(() => root(canvasElement).querySelector('portico-state-loading'), 'the skeleton');
  },
};

/** The layout is known; every widget is still waiting for its data and shows its own skeleton. */
export const WidgetsLoading: Story = {
  parameters: portico({ faults: (faults) => WIDGET_OPERATIONS.forEach((op) => faults.latency(FOREVER, op)) }),
  play: async ({ canvasElement }) => {
    await until(() => body(canvasElement, 'upcoming-appointments')?.querySelector('portico-state-loading'), 'the widget skeletons');
  },
};

/** A new client with nothing yet: each widget says what will appear and where to start. */
export const Empty: Story = {
  parameters: portico({ setup: newClient }),
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(textOf(body(canvasElement, 'recent-messages'))).toContain('No messages yet');
    await expect(textOf(body(canvasElement, 'balance-due'))).toContain('You are all paid up');
  },
};

/** One widget fails (the others keep working); Retry recovers it once the backend does. */
export const ErrorState: Story = {
  name: 'Error (one widget, with Retry)',
  parameters: portico({ faults: (faults) => faults.errorRate('messages.listThreads', 1) }),
  play: async (context) => {
    const { canvasElement } = context;
    await settled(canvasElement);
    const error = await until(() => body(canvasElement, 'recent-messages')?.querySelector('portico-state-error'), 'the widget error');
    await expect(body(canvasElement, 'recent-files')?.querySelector('portico-state-error')).toBeNull();
    await error.updateComplete;
    porticoOf(context).backend.faults.clear('messages.listThreads');
    await userEvent.click(error.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!);
    await until(() => body(canvasElement, 'recent-messages')?.querySelector('button.item'), 'the messages after Retry');
  },
};

/** The practice's system is down: every widget shows its own error and Retry. */
export const AllWidgetsFail: Story = {
  name: 'Error (every widget)',
  parameters: portico({ faults: (faults) => WIDGET_OPERATIONS.forEach((op) => faults.errorRate(op, 1)) }),
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(root(canvasElement).querySelectorAll('.widget-body > *')).toHaveLength(6);
    await until(() => order(canvasElement).every((kind) => body(canvasElement, kind as WidgetKind)?.querySelector('portico-state-error')), 'every widget error');
  },
};

/** A payload that fails the schema check is that widget's error, not a half-drawn balance. */
export const InvalidResponse: Story = {
  name: 'Error: a bad payload',
  parameters: portico({ faults: (faults) => faults.malformed('billing.listInvoices') }),
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await until(() => body(canvasElement, 'balance-due')?.querySelector('portico-state-error'), 'the balance error');
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
    await settled(canvasElement);
    await expect(order(canvasElement)).toEqual(['balance-due', 'recent-messages', 'open-tasks', 'upcoming-appointments', 'recent-activity', 'recent-files']);
    await expect(widget(canvasElement, 'balance-due')!.dataset['size']).toBe('large');
  },
};

/** A widget picked up with its Move button and moved up one place with the arrow keys; Escape would put it back. */
export const MovingAWidget: Story = {
  name: 'Moving a widget',
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const move = widget(canvasElement, 'balance-due')!.querySelector<HTMLButtonElement>('[part="move-button"]')!;
    move.focus();
    move.click();
    await waitFor(() => expect(move.getAttribute('aria-pressed')).toBe('true'));
    move.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, composed: true }));
    await waitFor(() => expect(order(canvasElement).indexOf('balance-due')).toBe(1));
  },
};

/** Saving the new layout fails: a notice says so, with Try again, and the layout stays as arranged. */
export const LayoutNotSaved: Story = {
  name: 'Layout could not be saved',
  parameters: portico({ faults: (faults) => faults.errorRate('dashboard.saveLayout', 1) }),
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const size = widget(canvasElement, 'recent-files')!.querySelector<HTMLSelectElement>('[part="size-select"]')!;
    await typeInto(size, 'large');
    const notice = await until(() => root(canvasElement).querySelector('[part="notice"]'), 'the save notice');
    await expect(textOf(notice)).toContain('Your layout could not be saved.');
    await expect(buttonNamed(notice, 'Try again')).not.toBeNull();
  },
};

/** The saved layout cannot be loaded: the usual layout is shown, with a notice and Try again. */
export const LayoutNotLoaded: Story = {
  name: 'Saved layout could not be loaded',
  parameters: portico({ faults: (faults) => faults.errorRate('dashboard.getLayout', 1) }),
  play: async ({ canvasElement }) => {
    const notice = await until(() => root(canvasElement).querySelector('[part="notice"]'), 'the layout notice', 10_000);
    await expect(textOf(notice)).toContain('could not be loaded');
    await settled(canvasElement);
  },
};

/** A guardian viewing their child: the intro names who is being viewed. */
export const Guardian: Story = {
  parameters: portico({ user: 'guardian' }),
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(textOf(root(canvasElement).querySelector('[part="intro"]'))).toMatch(/You are viewing (Milo|Nori)/);
  },
};

/** A payer sees only what a payer may use (appointments and the balance). */
export const Payer: Story = {
  parameters: portico({ user: 'payer' }),
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(order(canvasElement)).not.toContain('recent-messages');
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
    await settled(canvasElement);
    await expect(textOf(root(canvasElement).querySelector('[part="heading"]'))).toBe('Le damos la bienvenida, Avery');
  },
};
