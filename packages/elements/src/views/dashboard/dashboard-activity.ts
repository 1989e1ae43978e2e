import { localized, msg } from '@lit/localize';
import { html } from 'lit';
import { can, formatRelative, type Activity, type Module } from '@portico/core';
import { resource } from '../../controllers/resource.js';
import { define } from '../../define.js';
import { DashboardWidget } from './widget-base.js';


/** The view an activity belongs to; calls have none. */
const VIEW_OF: Record<Activity['kind'], Module | undefined> = {
  call: undefined,
  visit: 'schedule',
  message: 'messages',
  document: 'files',
  payment: 'billing',
  form: 'forms',
};

function kindLabel(kind: Activity['kind']): string {
  switch (kind) {
    case 'call':
      return msg('Call');
    case 'visit':
      return msg('Visit');
    case 'message':
      return msg('Secure message');
    case 'document':
      return msg('Document');
    case 'payment':
      return msg('Payment');
    case 'form':
      return msg('Form');
  }
}

/**
 * @tagname portico-dashboard-activity
 * @summary What happened lately: calls, visits, documents, payments. An entry opens the view it
 * belongs to; entries about a part of the portal the session may not see are left out.
 * @fires portico-open-requested - `{ view }` of the entry's part of the portal.
 */
@localized()
export class PorticoDashboardActivity extends DashboardWidget {
  private readonly activity = resource(this, 'dashboard.listActivity', () => this.s.clientId && { clientId: this.s.clientId, limit: 8 }, { isEmpty: (page) => this.visible(page.items).length === 0 });

  /** Defence in depth: no entry about a module this session may not open (messaging switched off). */
  private visible(items: Activity[]): Activity[] {
    const s = this.session;
    if (!s) return [];
    return items.filter((a) => {
      const view = VIEW_OF[a.kind];
      return !view || view === 'schedule' || can(s.session, s.clientId, view);
    });
  }

  override render() {
    return this.activity.render({
      loading: () => this.loading(msg('Loading recent activity')),
      error: (error) => this.errorPanel(error, msg('Could not load recent activity'), () => void this.activity.retry()),
      empty: () => this.emptyPanel(msg('No activity yet'), msg('Calls, visits, documents and payments will be listed here as they happen.')),
      content: (page) => this.renderList(this.visible(page.items).slice(0, 5)),
    });
  }

  private renderList(items: Activity[]) {
    const ctx = this.formatContext;
    const s = this.session;
    return html`<ul class="items">
      ${items.map((a) => {
        const view = VIEW_OF[a.kind];
        const body = html`<span class="title"><span>${a.summary}</span></span>
          <span class="meta">${kindLabel(a.kind)} · ${formatRelative(a.occurredAt, ctx, this.now)}</span>`;
        return html`<li>
          ${view && s && can(s.session, s.clientId, view)
            ? html`<button class="item" type="button" data-item=${a.id} @click=${() => this.open(view)}>${body}</button>`
            : html`<div class="item" data-item=${a.id}>${body}</div>`}
        </li>`;
      })}
    </ul>`;
  }
}

define('portico-dashboard-activity', PorticoDashboardActivity);

declare global {
  interface HTMLElementTagNameMap {
    'portico-dashboard-activity': PorticoDashboardActivity;
  }
}
