import { localized, msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { can, formatLocalDate, todayIn } from '@portico/core';
import { resource } from '../../controllers/resource.js';
import type { ResourceController } from '../../controllers/resource-controller.js';
import { define } from '../../define.js';
import { DashboardWidget, warningIcon } from './widget-base.js';

type Loadable = Pick<ResourceController<unknown>, 'data' | 'status' | 'pending' | 'error' | 'retry'>;

/** One thing to do: an open task or a form not yet submitted. */
interface ToDo {
  id: string;
  title: string;
  dueOn: string | null;
  view: 'tasks' | 'forms';
  kind: string;
}

/**
 * @tagname portico-dashboard-tasks
 * @summary Open tasks and forms not yet submitted, by due date, overdue ones marked; each opens
 * in Tasks or Forms. Reads only what the session may see (tasks, forms or both).
 * @csspart view-all - The link to Tasks (or Forms).
 * @fires portico-open-requested - `{ view: 'tasks' | 'forms', item?: id }`.
 */
@localized()
export class PorticoDashboardTasks extends DashboardWidget {
  private may(capability: 'tasks' | 'forms'): boolean {
    return !!this.session && can(this.session.session, this.session.clientId, capability);
  }

  private readonly tasks = resource(this, 'tasks.list', () => this.may('tasks') && this.s.clientId && { clientId: this.s.clientId });

  private readonly forms = resource(this, 'forms.listAssignments', () => this.may('forms') && this.s.clientId && { clientId: this.s.clientId });

  /** The resources this session may read (a payer or a practice without Forms reads fewer). */
  private get active(): Loadable[] {
    const list: Loadable[] = [];
    if (this.may('tasks')) list.push(this.tasks);
    if (this.may('forms')) list.push(this.forms);
    return list;
  }

  override render() {
    const active = this.active;
    const failed = active.filter((c) => c.data === undefined && c.status === 'error');
    if (failed.length) {
      return this.errorPanel(failed[0]!.error, msg('Could not load your tasks and forms'), () => failed.forEach((c) => void c.retry()));
    }
    if (!this.session || active.some((c) => c.pending)) return this.loading(msg('Loading your tasks and forms'));
    const todo = this.toDos();
    const view = this.may('tasks') ? 'tasks' : 'forms';
    if (!todo.length) {
      return html`${this.emptyPanel(msg('Nothing to do'), msg('When the practice asks you to do something, such as fill in a form before a visit, it will be listed here.'))}
      ${this.footer(view === 'tasks' ? msg('Open Tasks') : msg('Open Forms'), view)}`;
    }
    return this.renderList(todo);
  }

  private toDos(): ToDo[] {
    const tasks = this.may('tasks') ? (this.tasks.data ?? []).filter((t) => t.status === 'open') : [];
    // A form a task already points to is listed once, as that task.
    const linked = new Set(tasks.flatMap((t) => (t.link?.kind === 'form' ? [t.link.assignmentId] : [])));
    const forms = this.may('forms') ? (this.forms.data ?? []).filter((f) => f.status !== 'submitted' && !linked.has(f.id)) : [];
    const items: ToDo[] = [
      ...tasks.map((t) => ({ id: t.id, title: t.title, dueOn: t.dueOn, view: 'tasks' as const, kind: msg('Task') })),
      ...forms.map((f) => ({ id: f.id, title: f.title, dueOn: f.dueOn, view: 'forms' as const, kind: msg('Form') })),
    ];
    return items.sort((a, b) => (a.dueOn ?? '9999-99-99').localeCompare(b.dueOn ?? '9999-99-99') || a.title.localeCompare(b.title));
  }

  private renderList(todo: ToDo[]) {
    const ctx = this.formatContext;
    const today = todayIn(ctx, this.now);
    const overdue = todo.filter((t) => t.dueOn && t.dueOn < today).length;
    return html`<p class="summary">
        ${todo.length === 1 ? msg('1 thing to do') : msg(str`${todo.length} things to do`)}
        ${overdue ? html`· <span class="overdue" data-overdue-count>${warningIcon}${overdue === 1 ? msg('1 overdue') : msg(str`${overdue} overdue`)}</span>` : nothing}
      </p>
      <ul class="items">
        ${todo.slice(0, 5).map((t) => {
          const late = !!t.dueOn && t.dueOn < today;
          const date = t.dueOn ? formatLocalDate(t.dueOn, ctx) : '';
          return html`<li>
            <button class="item" type="button" data-item=${t.id} ?data-overdue=${late} @click=${() => this.open(t.view, t.id)}>
              <span class="title">${t.title}</span>
              <span class="meta">
                ${t.kind} ·
                ${late
                  ? html`<span class="overdue">${warningIcon}${msg(str`Overdue: was due ${date}`)}</span>`
                  : t.dueOn === today
                    ? msg('Due today')
                    : t.dueOn
                      ? msg(str`Due ${date}`)
                      : msg('No due date')}
              </span>
            </button>
          </li>`;
        })}
      </ul>
      ${this.may('tasks') ? this.footer(msg('See all tasks'), 'tasks') : this.footer(msg('See all forms'), 'forms')}`;
  }
}

define('portico-dashboard-tasks', PorticoDashboardTasks);

declare global {
  interface HTMLElementTagNameMap {
    'portico-dashboard-tasks': PorticoDashboardTasks;
  }
}
