import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Attempts, formatLocalDate, todayIn, type Homework } from '@portico/core';
import { mutate, operationKey, resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { clinicalPartStyles } from './clinical.styles.js';
import { homeworkStatusLabel } from './status-labels.js';

/**
 * @tagname portico-clinical-homework
 * @summary Homework the practice assigned (CLIN-1): title, instructions, due date, and a
 * "Mark done" / "Mark not done" toggle. `focusItem` scrolls to and focuses one homework (a
 * task's deep link).
 *
 * @csspart homework - One homework item.
 * @csspart toggle-button - Mark done / Mark not done.
 */
@localized()
export class PorticoClinicalHomework extends LitElement {
  static override styles = [baseStyles, buttonStyles, clinicalPartStyles];

  protected readonly s = new SessionController(this);

  /** A homework id to scroll to and focus once the list is shown. */
  @property({ attribute: 'focus-item' }) focusItem: string | undefined;

  @state() private pending = new Set<string>();
  @state() private errors = new Map<string, string>();
  /** One write attempt per homework (rows are independent): a retry after a lost answer is stored once. */
  private readonly attempts = new Attempts();
  private focused: string | undefined;

  private readonly homework = resource(this, 'clinical.listHomework', () => this.s.can('clinical') && this.s.clientId && { clientId: this.s.clientId });

  /** Focuses `focusItem` again (now, or once the list has loaded). */
  refocus(): void {
    this.focused = undefined;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('focusItem')) this.focused = undefined;
  }

  protected override async updated(): Promise<void> {
    const id = this.focusItem;
    if (!id || this.focused === id || !this.homework.data) return;
    const item = [...this.renderRoot.querySelectorAll<HTMLElement>('li[data-homework]')].find((li) => li.dataset.homework === id);
    if (!item) return;
    this.focused = id;
    item.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    item.focus({ preventScroll: true });
  }

  override render() {
    return this.homework.render({
      loading: () => html`<portico-state-loading rows="3" label=${msg('Loading homework')}></portico-state-loading>`,
      empty: () => html`<portico-state-empty
        heading=${msg('No homework assigned')}
        description=${msg('When your provider gives you something to practise between sessions, it will be listed here.')}
      ></portico-state-empty>`,
      content: (items) => this.renderList(items),
    });
  }

  private renderList(items: Homework[]) {
    const ctx = this.s.format;
    const today = todayIn(ctx);
    return html`<ul class="cards">
      ${items.map((h) => {
        const busy = this.pending.has(h.id);
        const error = this.errors.get(h.id);
        const overdue = h.status !== 'done' && h.dueOn !== null && h.dueOn < today;
        return html`<li class="card" part="homework" data-homework=${h.id} data-status=${h.status} tabindex="-1" aria-labelledby=${`hw-${h.id}`}>
          <h4 id=${`hw-${h.id}`}>${h.title}</h4>
          <p class="badge">${homeworkStatusLabel(h.status)}${overdue ? html` · ${msg('Overdue')}` : nothing}</p>
          <p>${h.instructions}</p>
          <p class="muted">
            ${h.dueOn ? msg(str`Due ${formatLocalDate(h.dueOn, ctx)}`) : msg('No due date')} ·
            ${msg(str`Assigned ${formatLocalDate(h.assignedOn, ctx)}`)}
          </p>
          ${error ? html`<p class="error" id=${`hw-error-${h.id}`} role="alert">${error}</p>` : nothing}
          <div class="actions">
            <button
              class="button"
              part="toggle-button"
              data-variant=${h.status === 'done' ? 'secondary' : 'primary'}
              type="button"
              aria-busy=${busy ? 'true' : 'false'}
              aria-disabled=${busy ? 'true' : 'false'}
              aria-describedby=${`hw-${h.id}${error ? ` hw-error-${h.id}` : ''}`}
              @click=${() => void this.toggle(h)}
            >
              ${h.status === 'done' ? msg('Mark not done') : msg('Mark done')}
            </button>
          </div>
        </li>`;
      })}
    </ul>`;
  }

  private async toggle(h: Homework): Promise<void> {
    const s = this.s.state;
    const store = this.homework.store;
    if (!s || !store || this.pending.has(h.id)) return;
    const status: Homework['status'] = h.status === 'done' ? 'assigned' : 'done';
    const attempt = this.attempts.of(h.id);
    // The same status retried after a lost answer keeps its key; a refusal or another status gets a new one.
    const idempotencyKey = attempt.key(status);
    const clientId = s.clientId;
    this.pending = new Set(this.pending).add(h.id);
    const errors = new Map(this.errors);
    errors.delete(h.id);
    this.errors = errors;
    try {
      await mutate<'clinical.updateHomework', Homework[]>(store, 'clinical.updateHomework', { clientId, homeworkId: h.id, body: { status } }, {
        idempotencyKey,
        optimistic: { key: operationKey('clinical.listHomework', { clientId }), update: (list) => list.map((x) => (x.id === h.id ? { ...x, status } : x)) },
      });
      attempt.settle();
    } catch (error) {
      attempt.settle(error);
      const text = describeError(error);
      this.errors = new Map(this.errors).set(
        h.id,
        status === 'done' ? msg(str`Could not mark it done. ${text.description}`) : msg(str`Could not mark it not done. ${text.description}`),
      );
    } finally {
      const pending = new Set(this.pending);
      pending.delete(h.id);
      this.pending = pending;
    }
  }
}

define('portico-clinical-homework', PorticoClinicalHomework);

declare global {
  interface HTMLElementTagNameMap {
    'portico-clinical-homework': PorticoClinicalHomework;
  }
}
