import { localized, msg, str } from '@lit/localize';
import { html } from 'lit';
import { formatDate, formatFileSize, type PortalFile } from '@portico/core';
import { ResourceController } from '../../controllers/resource-controller.js';
import { define } from '../../define.js';
import { DashboardWidget } from './widget-base.js';

type Page = { items: PortalFile[]; nextCursor: string | null };
type Key = readonly ['files.list', { clientId: string; sort: 'newest'; limit: number }];

/**
 * @tagname portico-dashboard-files
 * @summary The three newest files shared with the client; each opens in Files.
 * @csspart view-all - The link to Files.
 * @fires portico-open-requested - `{ view: 'files', item?: fileId }`.
 */
@localized()
export class PorticoDashboardFiles extends DashboardWidget {
  private readonly files = new ResourceController<Page, Key[1]>(this, {
    key: () => this.session && (['files.list', { clientId: this.session.clientId, sort: 'newest', limit: 3 }] as const),
    fetch: (adapter, params, signal) => adapter.files.list(params, { signal }),
  });

  override render() {
    return this.files.render({
      loading: () => this.loading(msg('Loading recent files')),
      error: (error) => this.errorPanel(error, msg('Could not load your files'), () => void this.files.retry()),
      empty: () => html`${this.emptyPanel(msg('No files yet'), msg('Documents the practice shares with you, and files you upload, will appear here.'))}${this.footer(msg('Open Files'), 'files')}`,
      content: (page) => this.renderList(page.items.slice(0, 3)),
    });
  }

  private renderList(files: PortalFile[]) {
    const ctx = this.formatContext;
    return html`<ul class="items">
        ${files.map(
          (f) => html`<li>
            <button class="item" type="button" data-item=${f.id} @click=${() => this.open('files', f.id)}>
              <span class="title">${f.name}</span>
              <span class="meta">${msg(str`${formatDate(f.createdAt, ctx)} · ${formatFileSize(f.size, ctx)} · from ${f.uploadedBy.name}`)}</span>
            </button>
          </li>`,
        )}
      </ul>
      ${this.footer(msg('See all files'), 'files')}`;
  }
}

define('portico-dashboard-files', PorticoDashboardFiles);

declare global {
  interface HTMLElementTagNameMap {
    'portico-dashboard-files': PorticoDashboardFiles;
  }
}
