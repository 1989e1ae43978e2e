import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { Attempts, formatDate, safeUrl, type Task } from '@portico/core';
import { requestOpen } from '../../controllers/intents.js';
import { mutate, operationKey, resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { viewHeaderStyles } from '../../ui/view-frame.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { dueState, dueText } from './due.js';
import { tasksStyles } from './tasks.styles.js';

/** The last status change, for the live-region notice with Undo and for retrying a failure. */
interface Change {
  task: Task;
  status: Task['status'];
  outcome: 'pending' | 'done' | 'failed';
  error?: unknown;
}

const warningIcon = svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M8 1.5 15 14H1L8 1.5Zm-.75 4.5v4h1.5V6h-1.5Zm0 5v1.5h1.5V11h-1.5Z"/></svg>`;
const formIcon = svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 1.5h5.5L13 5v9.5H4V1.5Zm1.5 1.5v10h6V5.7L8.8 3H5.5Zm1 4.5h4V9h-4V7.5Zm0 2.5h4v1.5h-4V10Z"/></svg>`;
const doneIcon = svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M6.2 11.6 2.6 8l1.1-1.1 2.5 2.5 6.1-6.1 1.1 1.1z"/></svg>`;

/** Open tasks by due date (undated last); done tasks, most recently completed first. */
function byDue(a: Task, b: Task): number {
  return (a.dueOn ?? '9999-99-99').localeCompare(b.dueOn ?? '9999-99-99') || a.title.localeCompare(b.title);
}
function byCompleted(a: Task, b: Task): number {
  return (b.completedAt ?? '').localeCompare(a.completedAt ?? '');
}

/**
 * @tagname portico-tasks
 * @summary The client's to-do list from the practice (TASK-1): what to do, by when, open and
 * done; mark a task done (with Undo); overdue tasks say so in words and with an icon. A task
 * that points to a form or homework opens it; a link opens in a new tab.
 *
 * This module exports the class without registering it (subclass it for a brand); `tasks.js`
 * registers `<portico-tasks>`.
 *
 * Place it in `<portico-portal>` or, on its own, inside `<portico-provider>`.
 *
 * @csspart heading - The view's heading.
 * @csspart notice - The live region saying what just changed, with Undo.
 * @csspart open-list - The list of open tasks.
 * @csspart done-list - The list of done tasks.
 * @csspart task - One task.
 * @csspart due - A task's due date line.
 * @csspart action - A task's link to its form, homework or web page.
 * @csspart by-form-mark - In place of the checkbox on a task linked to a form (it completes when the form is submitted).
 * @csspart by-form-note - "Completes when you submit the form." on such a task.
 *
 * @cssprop --portico-color-warning - Overdue text and icon.
 * @cssprop --portico-color-surface - Task background.
 * @cssprop --portico-radius-md - Task corner radius.
 *
 * @fires portico-task-completed - A task was marked done and the practice has it. `detail: { taskId }`.
 * @fires portico-open-requested - The user opened a task's form (`{ view: 'forms', item: assignmentId }`) or homework (`{ view: 'clinical', item: homeworkId }`).
 */
@localized()
export class PorticoTasks extends LitElement {
  static override styles = [baseStyles, buttonStyles, viewHeaderStyles, tasksStyles];

  private readonly s = new SessionController(this);

  /** "Today" for due dates; the real date when unset (stories and tests pin it). */
  @property({ attribute: false }) now: Date | undefined;

  @state() private change: Change | undefined;

  private readonly tasks = resource(this, 'tasks.list', () => this.s.clientId && { clientId: this.s.clientId });

  /**
   * One write attempt per task (rows are independent): the intent is the status asked for, so
   * "Try again" or ticking the box again after a lost answer reuses the key (stored once), and
   * a refusal, an answer or the other status starts a new attempt.
   */
  private readonly attempts = new Attempts();

  /** Moves focus to the view's heading (the portal calls this after navigation). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    return html`
      <h2 part="heading" tabindex="-1">${msg('Tasks')}</h2>
      <p class="intro">${msg('Things the practice has asked you to do.')}</p>
      <div class="notice" part="notice" role="status" aria-live="polite">${this.renderNotice()}</div>
      ${this.tasks.render({
        loading: () => html`<portico-state-loading rows="5" label=${msg('Loading your tasks')}></portico-state-loading>`,
        empty: () => html`<portico-state-empty
          heading=${msg('No tasks')}
          description=${msg('When the practice asks you to do something, such as fill in a form before a visit, it will be listed here.')}
        ></portico-state-empty>`,
        content: (tasks) => this.renderTasks(tasks),
      })}
    `;
  }

  private renderNotice() {
    const change = this.change;
    if (!change || change.outcome === 'pending') return nothing;
    const title = change.task.title;
    if (change.outcome === 'failed') {
      const text = describeError(change.error);
      return html`<p class="error" role="alert">
        ${change.status === 'done' ? msg(str`Could not mark “${title}” done.`) : msg(str`Could not reopen “${title}”.`)}
        ${text.description}
        <button class="button" data-size="sm" type="button" @click=${() => this.setStatus(change.task, change.status)}>
          ${msg('Try again')}
        </button>
      </p>`;
    }
    if (change.status === 'open') return html`<p>${msg(str`“${title}” is back on your to-do list.`)}</p>`;
    return html`<p>
      ${msg(str`Marked “${title}” done.`)}
      <button class="button" data-variant="ghost" data-size="sm" type="button" aria-label=${msg(str`Undo: mark “${title}” not done`)} @click=${() => this.undo(change.task)}>
        ${msg('Undo')}
      </button>
    </p>`;
  }

  private renderTasks(tasks: Task[]) {
    const open = tasks.filter((t) => t.status === 'open').sort(byDue);
    const done = tasks.filter((t) => t.status === 'done').sort(byCompleted);
    return html`
      <section aria-labelledby="open-heading">
        <h3 id="open-heading" tabindex="-1">${msg(str`To do (${open.length})`)}</h3>
        ${open.length
          ? html`<ul class="tasks" part="open-list">${repeat(open, (t) => t.id, (t) => this.renderTask(t))}</ul>`
          : html`<p class="all-done">${msg('All done. Nice work!')}</p>`}
      </section>
      ${done.length
        ? html`<section aria-labelledby="done-heading">
            <h3 id="done-heading">${msg(str`Done (${done.length})`)}</h3>
            <ul class="tasks" part="done-list">${repeat(done, (t) => t.id, (t) => this.renderTask(t))}</ul>
          </section>`
        : nothing}
    `;
  }

  private renderTask(task: Task) {
    const done = task.status === 'done';
    const ctx = this.s.format;
    const due = done ? 'none' : dueState(task.dueOn, ctx, this.now);
    // A task linked to a form completes when the form is submitted: no tick by hand.
    const byForm = task.link?.kind === 'form';
    return html`<li class="task" part="task" data-task-id=${task.id} data-due=${due} ?data-done=${done} ?data-by-form=${byForm}>
      ${byForm
        ? html`<span class="by-form" part="by-form-mark" aria-hidden="true">${done ? doneIcon : formIcon}</span>`
        : html`<input
            type="checkbox"
            id=${`task-${task.id}`}
            .checked=${live(done)}
            aria-label=${msg(str`Mark “${task.title}” done`)}
            aria-describedby=${`due-${task.id}`}
            @change=${(e: Event) => this.setStatus(task, (e.target as HTMLInputElement).checked ? 'done' : 'open')}
          />`}
      <div class="body">
        <h4 class="title">${task.title}</h4>
        ${task.description ? html`<p class="description">${task.description}</p>` : nothing}
        <p class="due" part="due" id=${`due-${task.id}`}>
          ${done
            ? task.completedAt
              ? msg(str`Done ${formatDate(task.completedAt, ctx)}`)
              : msg('Done')
            : html`${due === 'overdue' ? warningIcon : nothing}<span>${dueText(task.dueOn, ctx, this.now)}</span>`}
        </p>
        ${!done && byForm ? html`<p class="description" part="by-form-note">${msg('Completes when you submit the form.')}</p>` : nothing}
        ${!done && task.link ? this.renderLink(task.link) : nothing}
      </div>
    </li>`;
  }

  private renderLink(link: NonNullable<Task['link']>) {
    switch (link.kind) {
      case 'form':
        return html`<button class="button" data-size="sm" part="action" type="button" @click=${() => this.open('forms', link.assignmentId)}>
          ${msg('Open the form')}
        </button>`;
      case 'homework':
        return html`<button class="button" data-size="sm" part="action" type="button" @click=${() => this.open('clinical', link.homeworkId)}>
          ${msg('Open the homework')}
        </button>`;
      case 'url': {
        // Only web links; anything else (javascript:, data:) is shown as text, not followed.
        const safe = safeUrl(link.url);
        return safe
          ? html`<a class="button" data-size="sm" part="action" href=${safe} target="_blank" rel="noopener noreferrer">
              ${link.label}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span>
            </a>`
          : html`<p class="description">${link.label}</p>`;
      }
    }
  }

  private open(view: 'forms' | 'clinical', item: string): void {
    requestOpen(this, { view, item });
  }

  private undo(task: Task): void {
    void this.setStatus(task, 'open');
  }

  private checkboxOf(task: Task): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`[id="task-${CSS.escape(task.id)}"]`);
  }

  /** Optimistic through the store: the task moves at once and moves back if the call fails. */
  private async setStatus(task: Task, status: Task['status']): Promise<void> {
    const store = this.tasks.store;
    const clientId = this.s.clientId;
    if (!store || !clientId) return;
    const next = this.neighbourOf(task);
    const attempt = this.attempts.of(task.id);
    const idempotencyKey = attempt.key(status);
    this.change = { task, status, outcome: 'pending' };
    const completedAt = status === 'done' ? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
    const pending = mutate<'tasks.update', Task[]>(store, 'tasks.update', { clientId, taskId: task.id, body: { status } }, {
      idempotencyKey,
      optimistic: { key: operationKey('tasks.list', { clientId }), update: (list) => list.map((t) => (t.id === task.id ? { ...t, status, completedAt } : t)) },
      invalidates: ['dashboard'],
    });
    // The checkbox moved to the other list: keep keyboard users in the list they were in.
    await this.updateComplete;
    if (status === 'done') (next ?? this.renderRoot.querySelector<HTMLElement>('#open-heading'))?.focus();
    else this.checkboxOf(task)?.focus();
    try {
      await pending;
      attempt.settle();
      if (this.change?.task.id !== task.id) return;
      this.change = { task, status, outcome: 'done' };
      if (status === 'done') emit(this, 'portico-task-completed', { taskId: task.id });
    } catch (error) {
      attempt.settle(error);
      this.change = { task, status, outcome: 'failed', error };
    }
  }

  /** The checkbox to focus once `task` leaves the open list: the next one, else the previous. */
  private neighbourOf(task: Task): HTMLInputElement | undefined {
    const boxes = [...this.renderRoot.querySelectorAll<HTMLInputElement>('[part="open-list"] input[type="checkbox"]')];
    const index = boxes.findIndex((b) => b.id === `task-${task.id}`);
    if (index < 0) return undefined;
    return boxes[index + 1] ?? boxes[index - 1];
  }
}

declare global {
  interface HTMLElementEventMap {
    'portico-task-completed': CustomEvent<{ taskId: string }>;
  }
}
