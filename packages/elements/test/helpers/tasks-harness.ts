/** Renders `<portico-tasks>` for a test; the harness that drives it is the shipped one (src/testing/tasks.ts). */
import { fixture, html } from '@open-wc/testing';
import type { PortalAdapter } from '@portico/core';
import '../../src/provider/provider.js';
import '../../src/views/tasks/tasks.js';
import { TasksHarness } from '../../src/testing/tasks.js';
import './harness.js';

export { TasksHarness };

export async function renderTasks(adapter: PortalAdapter, now?: Date): Promise<TasksHarness> {
  const provider = await fixture(html`<portico-provider .adapter=${adapter}><portico-tasks .now=${now}></portico-tasks></portico-provider>`);
  return new TasksHarness(provider.querySelector('portico-tasks')!);
}
