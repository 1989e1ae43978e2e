/** Drives `<portico-tasks>` the way a user does: find a task by its title, tick it, read it. */
import type { PorticoTasks } from '../views/tasks/tasks.js';
import { PorticoHarness } from './harness.js';
import { getByRole, textOf, type Scope, type TextMatch } from './queries.js';

export class TasksHarness extends PorticoHarness<PorticoTasks> {
  /** Waits until the list (or the empty / error panel) is on screen. */
  async settled(): Promise<this> {
    await this.waitFor(() => this.root.querySelector('ul.tasks, portico-state-empty, portico-state-error'), { message: 'the tasks to settle' });
    return this;
  }

  /** The task whose title is `title`, wherever it is listed. */
  task(title: string): HTMLLIElement {
    const item = [...this.root.querySelectorAll<HTMLLIElement>('li.task')].find((li) => li.querySelector('.title')?.textContent?.trim() === title);
    if (!item) throw new Error(`No task "${title}" in [${this.titles('all').join(', ')}]`);
    return item;
  }

  /** The checkbox of the task titled `title`, by its name ("Mark “<title>” done"). */
  checkbox(title: string): HTMLInputElement {
    return getByRole<HTMLInputElement>(this.task(title), 'checkbox', { name: `Mark “${title}” done` });
  }

  titles(list: 'open' | 'done' | 'all'): string[] {
    const scope = list === 'all' ? 'li.task' : `[part="${list}-list"] li.task`;
    return [...this.root.querySelectorAll(scope)].map((li) => li.querySelector('.title')!.textContent!.trim());
  }

  notice(): string {
    return textOf(this.root.querySelector('[part="notice"]')!);
  }

  /** The button whose accessible name is `name`, in the view (or in `scope`). */
  button(name: TextMatch, scope: Scope = this.element): HTMLButtonElement {
    return getByRole<HTMLButtonElement>(scope, 'button', { name });
  }
}
