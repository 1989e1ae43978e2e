/** Renders the list of files (a template function: the rows live in `<portico-files>`' shadow root). */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { formatDate, formatFileSize, type FormatContext, type PortalFile } from '@portico/core';
import '../../ui/document-button.js';
import type { DocumentLoader } from '../../ui/documents.js';
import { kindLabel, previewKindOf } from './kinds.js';

export interface FileListOptions {
  /** The view's one formatting context (`SessionController.format`). */
  ctx: FormatContext;
  /** The signed-in user's id, to say "Uploaded by you". */
  userId: string | undefined;
  mayShare: boolean;
  onPreview: (file: PortalFile, opener: HTMLElement) => void;
  onShare: (file: PortalFile, opener: HTMLElement) => void;
  /** Fetches a file's bytes through the adapter. */
  download: (file: PortalFile) => DocumentLoader;
}

export function renderFileList(files: readonly PortalFile[], options: FileListOptions) {
  const { ctx } = options;
  return html`<ul class="files" part="list">
    ${files.map((file) => {
      const uploader = file.uploadedBy.id === options.userId ? msg('Uploaded by you') : msg(str`Uploaded by ${file.uploadedBy.name}`);
      const shared = file.sharedWith.length;
      return html`<li class="file" part="file" data-file-id=${file.id}>
        <div class="file-main">
          <span class="kind" part="kind" data-kind=${file.kind}>${kindLabel(file.kind)}</span>
          <h3 part="name">${file.name}</h3>
          <p class="meta">
            <span>${formatFileSize(file.size, ctx)}</span> <span aria-hidden="true">·</span>
            <time datetime=${file.createdAt}>${formatDate(file.createdAt, ctx)}</time> <span aria-hidden="true">·</span>
            <span>${uploader}</span>
            ${options.mayShare && shared > 0
              ? html`<span aria-hidden="true">·</span>
                  <span>${shared === 1 ? msg('Shared with 1 team member') : msg(str`Shared with ${shared} team members`)}</span>`
              : nothing}
          </p>
          ${file.description ? html`<p class="description">${file.description}</p>` : nothing}
        </div>
        <div class="actions" part="actions">
          ${previewKindOf(file)
            ? html`<button class="button" data-size="sm" type="button" data-action="preview" aria-label=${msg(str`Preview ${file.name}`)}
                @click=${(e: Event) => options.onPreview(file, e.currentTarget as HTMLElement)}>${msg('Preview')}</button>`
            : nothing}
          <portico-document-button size="sm" document-kind="file" document-id=${file.id} file-name=${file.name} label=${msg(str`Download ${file.name}`)} .load=${options.download(file)}
            >${msg('Download')}</portico-document-button
          >
          ${options.mayShare
            ? html`<button class="button" data-size="sm" type="button" data-action="share" aria-label=${msg(str`Share ${file.name}`)}
                @click=${(e: Event) => options.onShare(file, e.currentTarget as HTMLElement)}>${msg('Share')}</button>`
            : nothing}
        </div>
      </li>`;
    })}
  </ul>`;
}
