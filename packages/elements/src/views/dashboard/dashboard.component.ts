import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Attempt, type DashboardLayout, type WidgetKind } from '@portico/core';
import { mutate, resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { viewHeaderStyles } from '../../ui/view-frame.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { dashboardStyles } from './dashboard.styles.js';
import { WIDGET_SIZES, completeLayout, mayShowWidget, mergeVisible, moveItem, sameLayout, sizeLabel, widgetTitle, type WidgetEntry, type WidgetSize } from './layout.js';
import './dashboard-reset.js';
import { SortableController } from './sortable.js';
import './dashboard-activity.js';
import './dashboard-appointments.js';
import './dashboard-balance.js';
import './dashboard-files.js';
import './dashboard-messages.js';
import './dashboard-tasks.js';

const gripIcon = svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M5 3h2v2H5zm4 0h2v2H9zM5 7h2v2H5zm4 0h2v2H9zm-4 4h2v2H5zm4 0h2v2H9z"/></svg>`;

/**
 * @tagname portico-dashboard
 * @summary The landing view (DASH-1, DASH-2): a greeting and widgets for upcoming appointments,
 * recent messages, recent files, recent activity, the balance due and open tasks and forms —
 * only those the session may see. Each widget loads on its own (a failing one shows its own
 * error and Retry) and links into its view. Widgets are reordered by drag and drop or with the
 * keyboard (the Move button, arrow keys, Space or Enter, Escape) and resized (small, medium,
 * large); the layout is saved per user through the adapter and restored on the next visit.
 *
 * This module exports the class without registering it (subclass it for a brand); `dashboard.js`
 * registers `<portico-dashboard>`.
 *
 * Place it in `<portico-portal>` or, on its own, inside `<portico-provider>`.
 *
 * @csspart heading - The greeting.
 * @csspart intro - The line naming the client being viewed.
 * @csspart grid - The list of widgets.
 * @csspart widget - One widget's card.
 * @csspart widget-heading - A widget's title.
 * @csspart move-button - A widget's Move handle.
 * @csspart size-select - A widget's size control.
 * @csspart notice - A notice about the layout (not loaded, not saved).
 *
 * @cssprop --portico-color-surface - Widget background.
 * @cssprop --portico-color-border - Widget border.
 * @cssprop --portico-radius-lg - Widget corner radius.
 * @cssprop --portico-color-focus - Outline of a widget picked up to move.
 *
 * @fires portico-dashboard-layout-changed - The user moved, resized or reset widgets. `detail: { widgets: { kind, size }[] }` (the whole saved layout, in order).
 * @fires portico-open-requested - (From a widget.) Open a view or one item: `{ view: 'messages', item: threadId }`.
 */
@localized()
export class PorticoDashboard extends LitElement {
  static override styles = [baseStyles, buttonStyles, viewHeaderStyles, dashboardStyles];

  private readonly s = new SessionController(this);

  private get session() {
    return this.s.state;
  }

  /** "Now" for due dates and relative times; the real time when unset (stories and tests pin it). */
  @property({ attribute: false }) now: Date | undefined;

  /** Milliseconds to wait after the last change before the layout is saved. */
  @property({ type: Number, attribute: 'save-delay' }) saveDelay = 800;

  /** The layout as the user arranged it in this visit; undefined while it is the saved one. */
  @state() private edited: WidgetEntry[] | undefined;
  @state() private saveError: unknown;

  private editedFor: string | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** The layout last sent (what "Try again" sends again while nothing changed since). */
  private lastSaved: DashboardLayout | undefined;
  /** One idempotency key per layout sent: kept while that layout is retried after a lost answer. */
  private readonly saveAttempt = new Attempt();
  private readonly resetAttempt = new Attempt();

  private readonly layout = resource(this, 'dashboard.getLayout', {
    scope: () => this.session && { userId: this.session.user.id },
    staleTime: Infinity,
  });

  private readonly sortable = new SortableController<WidgetEntry[]>(this, {
    items: () => this.visible.map((w) => w.kind),
    label: (kind) => widgetTitle(kind as WidgetKind),
    move: (kind, index) => {
      const visible = this.visible;
      this.edited = mergeVisible(this.full, moveItem(visible, visible.findIndex((w) => w.kind === kind), index));
    },
    snapshot: () => this.full,
    restore: (full) => (this.edited = full),
    commit: () => this.changed(),
    handle: (kind) => this.renderRoot.querySelector<HTMLElement>(`[data-kind="${kind}"] [part="move-button"]`),
    itemAt: (x, y) => {
      for (const item of this.renderRoot.querySelectorAll<HTMLElement>('li.widget')) {
        const r = item.getBoundingClientRect();
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return item.dataset['kind'];
      }
      return undefined;
    },
  });

  /** Every widget kind in order with its size (hidden ones too, so they keep their place). */
  private get full(): WidgetEntry[] {
    return this.edited ?? completeLayout(this.layout.data?.widgets);
  }

  /** The widgets this session may see for the client being viewed. */
  private get visible(): WidgetEntry[] {
    const s = this.session;
    return s ? this.full.filter((w) => mayShowWidget(s.session, s.clientId, w.kind)) : [];
  }

  /** Moves focus to the view's heading (the portal calls this after navigation). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session' as keyof PorticoDashboard)) {
      const userId = this.session?.user.id;
      if (userId !== this.editedFor) {
        this.edited = undefined;
        this.editedFor = userId;
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Leaving before the delay ran out: save now rather than lose the change.
    if (this.saveTimer !== undefined) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      void this.save();
    }
  }

  override render() {
    const s = this.session;
    if (!s) return html`<portico-state-loading rows="4" label=${msg('Loading your dashboard')}></portico-state-loading>`;
    const firstName = s.user.name.trim().split(/\s+/)[0] ?? s.user.name;
    const clientName = s.client.preferredName ?? s.client.name;
    const visible = this.visible;
    return html`
      <div class="top">
        <div>
          <h2 part="heading" tabindex="-1">${msg(str`Welcome, ${firstName}`)}</h2>
          <p class="intro" part="intro">
            ${s.client.relationship === 'self'
              ? msg(str`Here is what is new with your care at ${s.organisation.name}.`)
              : msg(str`You are viewing ${clientName}.`)}
          </p>
        </div>
        ${visible.length > 0 && !this.layout.pending ? html`<portico-dashboard-reset .reset=${this.reset}></portico-dashboard-reset>` : nothing}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.sortable.announcement}</div>
      ${this.renderNotices()}
      ${this.layout.pending
        ? html`<portico-state-loading rows="4" label=${msg('Loading your dashboard')}></portico-state-loading>`
        : visible.length
          ? this.renderGrid(visible)
          : html`<portico-state-empty
              heading=${msg('Nothing to show here yet')}
              description=${msg('When the practice shares appointments, messages or documents with you, they will appear here. Questions? Contact the practice.')}
            ></portico-state-empty>`}
    `;
  }

  private renderNotices() {
    const notices = [];
    if (this.layout.status === 'error' && !this.layout.data) {
      notices.push(html`<p class="notice" part="notice" role="alert">
        ${msg('Your saved layout could not be loaded, so the usual layout is shown.')}
        <button class="button" data-size="sm" type="button" @click=${() => void this.layout.retry()}>${msg('Try again')}</button>
      </p>`);
    }
    if (this.saveError) {
      notices.push(html`<p class="notice" part="notice" role="alert">
        ${msg('Your layout could not be saved.')} ${describeError(this.saveError).description}
        <button class="button" data-size="sm" type="button" @click=${this.retrySave}>${msg('Try again')}</button>
      </p>`);
    }
    return notices;
  }

  private renderGrid(visible: WidgetEntry[]) {
    return html`<p id="move-help" class="visually-hidden">
        ${msg('Press Space or Enter to pick the widget up, the arrow keys to move it, Space or Enter to drop it, or Escape to cancel.')}
      </p>
      <ul class="grid" part="grid" aria-label=${msg('Dashboard widgets')}>
        ${repeat(visible, (w) => w.kind, (w) => this.renderWidget(w))}
      </ul>`;
  }

  private renderWidget({ kind, size }: WidgetEntry) {
    const title = widgetTitle(kind);
    const grabbed = this.sortable.grabbed === kind;
    return html`<li class="widget" part="widget" data-kind=${kind} data-size=${size} ?data-grabbed=${grabbed} ?data-dragging=${this.sortable.dragging === kind}>
      <section aria-labelledby=${`title-${kind}`}>
        <div class="widget-header">
          <h3 id=${`title-${kind}`} part="widget-heading">${title}</h3>
          <div class="controls">
            <button
              class="button move"
              data-variant="ghost"
              data-size="sm"
              part="move-button"
              type="button"
              aria-label=${msg(str`Move ${title}`)}
              aria-describedby="move-help"
              aria-pressed=${grabbed ? 'true' : 'false'}
              @click=${() => this.sortable.onClick(kind)}
              @keydown=${(e: KeyboardEvent) => this.sortable.onKeyDown(kind, e)}
              @focusout=${() => this.sortable.onFocusOut(kind)}
              @pointerdown=${(e: PointerEvent) => this.sortable.onPointerDown(kind, e)}
            >
              ${gripIcon}<span aria-hidden="true">${msg('Move')}</span>
            </button>
            <label class="visually-hidden" for=${`size-${kind}`}>${msg(str`Size of ${title}`)}</label>
            <select id=${`size-${kind}`} part="size-select" @change=${(e: Event) => this.resize(kind, (e.target as HTMLSelectElement).value as WidgetSize)}>
              ${WIDGET_SIZES.map((s) => html`<option value=${s} ?selected=${s === size}>${sizeLabel(s)}</option>`)}
            </select>
          </div>
        </div>
        <div class="widget-body">${this.renderBody(kind)}</div>
      </section>
    </li>`;
  }

  private renderBody(kind: WidgetKind) {
    switch (kind) {
      case 'upcoming-appointments':
        return html`<portico-dashboard-appointments .now=${this.now}></portico-dashboard-appointments>`;
      case 'recent-messages':
        return html`<portico-dashboard-messages .now=${this.now}></portico-dashboard-messages>`;
      case 'recent-files':
        return html`<portico-dashboard-files .now=${this.now}></portico-dashboard-files>`;
      case 'recent-activity':
        return html`<portico-dashboard-activity .now=${this.now}></portico-dashboard-activity>`;
      case 'balance-due':
        return html`<portico-dashboard-balance .now=${this.now}></portico-dashboard-balance>`;
      case 'open-tasks':
        return html`<portico-dashboard-tasks .now=${this.now}></portico-dashboard-tasks>`;
    }
  }

  private resize(kind: WidgetKind, size: WidgetSize): void {
    if (!WIDGET_SIZES.includes(size)) return;
    this.edited = this.full.map((w) => (w.kind === kind ? { kind, size } : w));
    this.changed();
  }

  /** The user changed the layout: tell the host, and save it after a short pause. */
  private changed(): void {
    const widgets = this.full.map(({ kind, size }) => ({ kind, size }));
    emit(this, 'portico-dashboard-layout-changed', { widgets });
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.save();
    }, this.saveDelay);
  }

  private async save(body: DashboardLayout = { widgets: this.full }): Promise<void> {
    const store = this.layout.store;
    if (!store || !this.session) return;
    this.lastSaved = body;
    const idempotencyKey = this.saveAttempt.key(body);
    try {
      await mutate(store, 'dashboard.saveLayout', { body }, { idempotencyKey, onSuccess: (saved) => this.layout.setData(saved) });
      if (this.lastSaved === body) {
        this.saveAttempt.settle();
        this.saveError = undefined;
      }
    } catch (error) {
      if (this.lastSaved === body) {
        this.saveAttempt.settle(error);
        this.saveError = error;
      }
    }
  }

  /** The same save again (the same key after a lost answer) if nothing changed since; else the current layout. */
  private readonly retrySave = (): void => {
    const last = this.lastSaved;
    void this.save(last && sameLayout(last.widgets, this.full) ? last : undefined);
  };

  private readonly reset = async (): Promise<void> => {
    const store = this.layout.store;
    if (!store || !this.session) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    let layout: DashboardLayout;
    try {
      layout = await mutate(store, 'dashboard.resetLayout', {}, { idempotencyKey: this.resetAttempt.key(), onSuccess: (saved) => this.layout.setData(saved) });
    } catch (error) {
      this.resetAttempt.settle(error);
      throw error;
    }
    this.resetAttempt.settle();
    this.lastSaved = undefined;
    this.saveError = undefined;
    this.edited = completeLayout(layout.widgets);
    emit(this, 'portico-dashboard-layout-changed', { widgets: this.full.map(({ kind, size }) => ({ kind, size })) });
    this.sortable.announcement = msg('The layout is back to the practice’s default.');
  };
}

declare global {
  interface HTMLElementEventMap {
    'portico-dashboard-layout-changed': CustomEvent<{ widgets: { kind: WidgetKind; size: 'small' | 'medium' | 'large' }[] }>;
  }
}
