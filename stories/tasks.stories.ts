/**
 * `<portico-tasks>` (TASK-1) on the mock practice: the four states and a malformed payload,
 * overdue tasks, everything done, and marking a task done with Undo.
 */
import '@portico/elements/views/tasks';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { FOREVER, portico, porticoOf } from './support/portico.js';

const meta: Meta = {
  title: 'Views/Tasks',
  component: 'portico-tasks',
  tags: ['autodocs'],
  render: () => html`<portico-tasks></portico-tasks>`,
};
export default meta;

type Story = StoryObj;

const root = (canvas: HTMLElement): ShadowRoot => canvas.querySelector('portico-tasks')!.shadowRoot!;
const tasks = (canvas: HTMLElement): HTMLElement[] => [...root(canvas).querySelectorAll<HTMLElement>('li.task')];

/** Open tasks by due date (overdue first, with an icon and the word "Overdue"), then done ones. */
export const Content: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(tasks(canvasElement).length).toBeGreaterThan(0), { timeout: 5000 });
  },
};

export const Loading: Story = {
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'tasks.list') }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('portico-state-loading')).not.toBeNull(), { timeout: 5000 });
  },
};

/** Nothing assigned: says what will appear here. */
export const Empty: Story = {
  parameters: portico({
    setup: (backend) => {
      backend.db.data.tasks = [];
    },
  }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('portico-state-empty')).not.toBeNull(), { timeout: 5000 });
  },
};

/** Every `tasks.list` fails; Retry recovers once the backend does. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: portico({ faults: (faults) => faults.errorRate('tasks.list', 1) }),
  play: async (context) => {
    const { canvasElement } = context;
    const error = () => root(canvasElement).querySelector('portico-state-error');
    await waitFor(() => expect(error()).not.toBeNull(), { timeout: 8000 });
    await error()!.updateComplete;
    porticoOf(context).backend.faults.clear('tasks.list');
    await userEvent.click(error()!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!);
    await waitFor(() => expect(tasks(canvasElement).length).toBeGreaterThan(0), { timeout: 5000 });
  },
};

/** The task list fails the adapter's schema check: an `invalid-response` error, not a half-drawn list. */
export const InvalidResponse: Story = {
  parameters: portico({ faults: (faults) => faults.malformed('tasks.list') }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('portico-state-error')).not.toBeNull(), { timeout: 8000 });
  },
};

/** Every open task is overdue: highlighted with text and an icon, never colour alone. */
export const Overdue: Story = {
  parameters: portico({
    setup: (backend) => {
      for (const task of backend.db.data.tasks) if (task.status === 'open') task.dueOn = '2020-01-15';
    },
  }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(tasks(canvasElement).some((t) => t.dataset.due === 'overdue')).toBe(true), { timeout: 5000 });
  },
};

/** Everything done: "All done", and the done tasks with when they were done. */
export const AllDone: Story = {
  parameters: portico({
    setup: (backend) => {
      for (const task of backend.db.data.tasks) {
        if (task.status === 'done') continue;
        task.status = 'done';
        task.completedAt = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString();
      }
    },
  }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part="done-list"]')).not.toBeNull(), { timeout: 5000 });
    await expect(root(canvasElement).querySelector('[part="open-list"]')).toBeNull();
    await expect(root(canvasElement).querySelector('.all-done')?.textContent).toContain('All done');
  },
};

/** Ticks the first task: it moves to Done and a polite notice offers Undo. */
export const MarkedDone: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(tasks(canvasElement).length).toBeGreaterThan(0), { timeout: 5000 });
    await userEvent.click(tasks(canvasElement)[0]!.querySelector('input[type="checkbox"]')!);
    await waitFor(() => expect(root(canvasElement).querySelector('[part="notice"]')?.textContent).toContain('Undo'), { timeout: 5000 });
  },
};

/** Marking done fails: the task goes back and the error says so, with Try again. */
export const MarkDoneFails: Story = {
  parameters: portico({ faults: (faults) => faults.errorRate('tasks.update', 1) }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(tasks(canvasElement).length).toBeGreaterThan(0), { timeout: 5000 });
    await userEvent.click(tasks(canvasElement)[0]!.querySelector('input[type="checkbox"]')!);
    await waitFor(() => expect(root(canvasElement).querySelector('[part="notice"] [role="alert"]')).not.toBeNull(), { timeout: 8000 });
  },
};
