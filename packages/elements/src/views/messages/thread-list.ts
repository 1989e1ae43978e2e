/** The list of threads: subject, participants, last message preview, time and unread count. */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { formatDate, formatTime, localDateOf, todayIn, type FormatContext, type Thread } from '@portico/core';

export interface ThreadListContext {
  format: FormatContext;
  userId: string;
  selectedId: string | undefined;
  onOpen: (threadId: string) => void;
}

/** Today's messages show the time; older ones the date. */
export function threadTime(instant: string, format: FormatContext): string {
  return localDateOf(instant, format) === todayIn(format) ? formatTime(instant, format) : formatDate(instant, format, 'medium');
}

export function renderThreadList(threads: readonly Thread[], ctx: ThreadListContext) {
  return html`<ul class="threads" part="thread-list" aria-label=${msg('Conversations')}>
    ${threads.map((t) => {
      const people = t.participants.filter((p) => p.id !== ctx.userId && p.kind === 'team').map((p) => p.name).join(', ');
      const unread = t.unreadCount;
      return html`<li>
        <button
          type="button"
          class=${unread > 0 ? 'thread unread' : 'thread'}
          part="thread"
          data-thread-id=${t.id}
          aria-current=${t.id === ctx.selectedId ? 'true' : 'false'}
          @click=${() => ctx.onOpen(t.id)}
        >
          <span class="top">
            <span class="subject">${t.subject}</span>
            <time datetime=${t.lastMessageAt}>${threadTime(t.lastMessageAt, ctx.format)}</time>
          </span>
          <span class="people">${people}</span>
          <span class="preview">${t.lastMessagePreview}</span>
          ${unread > 0 ? html`<span class="count" part="unread-count">${msg(str`${unread} unread`)}</span>` : nothing}
        </button>
      </li>`;
    })}
  </ul>`;
}
