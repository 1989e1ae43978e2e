/**
 * `<portico-tasks>` (TASK-1) on the mock practice: the four states and a malformed payload,
 * overdue tasks, everything done, and marking a task done with Undo. Play functions drive the
 * view with the shipped harness (`TasksHarness` from `@portico/elements/testing`), as its tests do.
 */
import '@portico/elements/views/tasks';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { TasksHarness } from '@portico/elements/testing';
import type { PorticoTasks } from '@portico/elements/views/tasks';
import { expect } from 'storybook/test';
import { until } from './support/dom.js';
import { FOREVER, portico, porticoOf } from './support/portico.js';

const meta: Meta = {
  title: 'Views/Tasks',
  component: 'portico-tasks',
  tags: ['autodocs'],
  render: () => html`<portico-tasks></portico-tasks>`,
};
export default meta;

type Story = StoryObj;

/** The harness on the story's view (driven through Storybook's userEvent, see support/dom.ts). */
async function tasksIn(canvas: HTMLElement): Promise<TasksHarness> {
  return new TasksHarness(await until(() => canvas.querySelector<PorticoTasks>('portico-tasks'), 'the Tasks view'));
}

/** The tasks, once listed. */
async function listed(canvas: HTMLElement): Promise<TasksHarness> {
  const tasks = await (await tasksIn(canvas)).settled();
  await tasks.waitFor(() => tasks.titles('all').length > 0, { message: 'the tasks' });
  return tasks;
}

/** Waits for the panel `tag` (`portico-state-loading`, `-empty`, `-error`) in the view. */
async function panel(canvas: HTMLElement, tag: string, timeout?: number): Promise<Element> {
  const tasks = await tasksIn(canvas);
  return tasks.waitFor(() => tasks.root.querySelector(tag), { message: `<${tag}>`, timeout });
}

/** Open tasks by due date (overdue first, with an icon and the word "Overdue"), then done ones. */
export const Content: Story = {
  play: async ({ canvasElement }) => {
    await listed(canvasElement);
  },
};

export const Loading: Story = {
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'tasks.list') }),
  play: async ({ canvasElement }) => {
    await panel(canvasElement, 'portico-state-loading');
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
    await panel(canvasElement, 'portico-state-empty');
  },
};

/** Every `tasks.list` fails; Retry recovers once the backend does. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: portico({ faults: (faults) => faults.errorRate('tasks.list', 1) }),
  play: async (context) => {
    const { canvasElement } = context;
    const error = await panel(canvasElement, 'portico-state-error', 8000);
    porticoOf(context).backend.faults.clear('tasks.list');
    const tasks = await tasksIn(canvasElement);
    await tasks.click(await tasks.findByRole('button', { name: 'Try again', within: error }));
    await listed(canvasElement);
  },
};

/** The task list fails the adapter's schema check: an `invalid-response` error, not a half-drawn list. */
export const InvalidResponse: Story = {
  parameters: portico({ faults: (faults) => faults.malformed('tasks.list') }),
  play: async ({ canvasElement }) => {
    await panel(canvasElement, 'portico-state-error', 8000);
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
    const tasks = await listed(canvasElement);
    await expect(tasks.titles('open').some((title) => tasks.task(title).dataset['due'] === 'overdue')).toBe(true);
    await tasks.waitForText('Overdue');
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
    const tasks = await listed(canvasElement);
    await expect(tasks.titles('done').length).toBeGreaterThan(0);
    await expect(tasks.titles('open')).toEqual([]);
    await tasks.waitForText('All done');
  },
};

/** Ticks the first task: it moves to Done and a polite notice offers Undo. */
export const MarkedDone: Story = {
  play: async ({ canvasElement }) => {
    const tasks = await listed(canvasElement);
    await tasks.click(tasks.queryAllByRole('checkbox')[0]!);
    await tasks.findByRole('button', { name: /^Undo: / });
  },
};

/** Marking done fails: the task goes back and the error says so, with Try again. */
export const MarkDoneFails: Story = {
  parameters: portico({ faults: (faults) => faults.errorRate('tasks.update', 1) }),
  play: async ({ canvasElement }) => {
    const tasks = await listed(canvasElement);
    await tasks.click(tasks.queryAllByRole('checkbox')[0]!);
    await tasks.findByRole('alert', { timeout: 8000 });
  },
};
