import { localized, msg, str } from '@lit/localize';
import { html } from 'lit';
import { formatDate, formatFileSize, type PortalFile } from '@portico/core';
import { resource } from '../../controllers/resource.js';
import { define } from '../../define.js';
import { DashboardWidget } from './widget-base.js';


/**
 * @tagname portico-dashboard-files
 * @summary The three newest files shared with the client; each opens in Files.
 * @csspart view-all - The link to Files.
 * @fires portico-open-requested - `{ view: 'files', item?: fileId }`.
 */
@localized()
export class PorticoDashboardFiles extends DashboardWidget {
  private readonly files = resource(this, 'files.list', () => this.s.clientId && { clientId: this.s.clientId, sort: 'newest' as const, limit: 3 });

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
