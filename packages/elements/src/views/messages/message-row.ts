/** One row of a thread's message log (rendered by the virtualizer, so plain templates). */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { formatDateTime, formatFileSize, type Attachment, type FormatContext, type PersonRef } from '@portico/core';
import '../../ui/document-button.js';
import type { DocumentLoader } from '../../ui/documents.js';
import type { ThreadRow } from './drafts.js';

export interface RowContext {
  format: FormatContext;
  /** The signed-in user's id: their messages are shown as "You". */
  userId: string;
  onRetry: (localId: string) => void;
  onDiscard: (localId: string) => void;
  /** Fetches an attachment's bytes through the adapter. */
  download: (attachment: Attachment) => DocumentLoader;
}

function who(sender: PersonRef, ctx: RowContext): string {
  return sender.id === ctx.userId ? msg('You') : sender.name;
}

function attachmentList(attachments: readonly Attachment[], ctx: RowContext) {
  if (attachments.length === 0) return nothing;
  return html`<ul class="files" aria-label=${msg('Attachments')}>
    ${attachments.map(
      (a) => html`<li>
        <portico-document-button variant="link" document-kind="attachment" document-id=${a.id} file-name=${a.name} label=${msg(str`Download ${a.name}`)} .load=${ctx.download(a)}>${a.name}</portico-document-button>
        <span class="muted">(${formatFileSize(a.size, ctx.format)})</span>
      </li>`,
    )}
  </ul>`;
}

/** User content (names, text, file names) goes in as text; Lit never parses it as markup. */
export function renderRow(row: ThreadRow, ctx: RowContext) {
  if (row.kind === 'message') {
    const m = row.message;
    const mine = m.sender.id === ctx.userId;
    return html`<div class=${mine ? 'row mine' : 'row'} role="listitem" data-id=${row.id} part="message">
      <div class="bubble">
        <p class="meta">
          <span class="sender">${who(m.sender, ctx)}</span>
          <time datetime=${m.sentAt}>${formatDateTime(m.sentAt, ctx.format)}</time>
          ${!m.read && !mine ? html`<span class="badge">${msg('New')}</span>` : nothing}
        </p>
        <p class="text">${m.text}</p>
        ${attachmentList(m.attachments, ctx)}
      </div>
    </div>`;
  }
  const e = row.entry;
  const failed = e.status === 'failed';
  return html`<div class=${failed ? 'row mine failed' : 'row mine pending'} role="listitem" data-id=${row.id} part="message">
    <div class="bubble">
      <p class="meta">
        <span class="sender">${who(e.sender, ctx)}</span>
        <span class="status">${failed ? msg('Not sent') : msg('Sending…')}</span>
      </p>
      <p class="text">${e.text}</p>
      ${attachmentList(e.attachments, ctx)}
      ${failed
        ? html`<p class="failure">${e.error ?? ''}</p>
            <div class="row-actions">
              <button class="button" data-size="sm" data-variant="primary" type="button" aria-label=${msg(str`Retry sending: ${e.text.slice(0, 40)}`)} @click=${() => ctx.onRetry(e.localId)}>
                ${msg('Retry')}
              </button>
              <button class="button" data-size="sm" data-variant="ghost" type="button" aria-label=${msg(str`Discard: ${e.text.slice(0, 40)}`)} @click=${() => ctx.onDiscard(e.localId)}>
                ${msg('Discard')}
              </button>
            </div>`
        : nothing}
    </div>
  </div>`;
}
