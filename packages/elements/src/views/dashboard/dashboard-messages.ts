import { localized, msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { formatRelative, type Thread } from '@portico/core';
import { resource } from '../../controllers/resource.js';
import { define } from '../../define.js';
import { DashboardWidget } from './widget-base.js';

/**
 * @tagname portico-dashboard-messages
 * @summary The three most recent conversations with their unread counts, and the client's unread
 * total across every thread (`messages.getSummary`); each opens in Messages.
 * @csspart view-all - The link to Messages.
 * @fires portico-open-requested - `{ view: 'messages', item?: threadId }`.
 */
@localized()
export class PorticoDashboardMessages extends DashboardWidget {
  private readonly threads = resource(this, 'messages.listThreads', () => this.s.clientId && { clientId: this.s.clientId, limit: 3 });

  /** The count across every thread, from the backend (not a sum over the three shown). */
  private readonly summary = resource(this, 'messages.getSummary', () => this.s.clientId && { clientId: this.s.clientId }, { isEmpty: () => false });

  override render() {
    return this.threads.render({
      loading: () => this.loading(msg('Loading recent messages')),
      error: (error) => this.errorPanel(error, msg('Could not load your messages'), () => void this.threads.retry()),
      empty: () => html`${this.emptyPanel(msg('No messages yet'), msg('Write to your care team from Messages.'))}${this.footer(msg('Open Messages'), 'messages')}`,
      content: (page) => this.renderList(page.items.slice(0, 3)),
    });
  }

  private renderList(threads: Thread[]) {
    const ctx = this.formatContext;
    const unread = this.summary.data?.unreadCount ?? 0;
    return html`${unread
        ? html`<p class="summary">${unread === 1 ? msg('1 unread message') : msg(str`${unread} unread messages`)}</p>`
        : nothing}
      <ul class="items">
        ${threads.map(
          (t) => html`<li>
            <button class="item" type="button" data-item=${t.id} @click=${() => this.open('messages', t.id)}>
              <span class="title">
                <span>${t.subject}</span>
                ${t.unreadCount ? html`<span class="badge">${msg(str`${t.unreadCount} unread`)}</span>` : nothing}
              </span>
              <span class="preview">${t.lastMessagePreview}</span>
              <span class="meta">${formatRelative(t.lastMessageAt, ctx, this.now)}</span>
            </button>
          </li>`,
        )}
      </ul>
      ${this.footer(msg('See all messages'), 'messages')}`;
  }
}

define('portico-dashboard-messages', PorticoDashboardMessages);

declare global {
  interface HTMLElementTagNameMap {
    'portico-dashboard-messages': PorticoDashboardMessages;
  }
}
