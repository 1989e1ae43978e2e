/**
 * Documents (files, attachments, invoice PDFs, receipts) are fetched through the adapter —
 * with the bearer token, like every call — and handed to the browser as `blob:` URLs that
 * Portico creates and revokes. A plain link to a backend URL could carry no token.
 */
import { createObjectUrl, revokeObjectUrl } from '@portico/core';

/** Fetches a document's bytes, e.g. `(signal) => adapter.files.download({ clientId, fileId }, { signal })`. */
export type DocumentLoader = (signal: AbortSignal) => Promise<Blob>;

/** How long a download's `blob:` URL stays valid after the click: long enough for the browser to start saving. */
const DOWNLOAD_URL_LIFETIME = 40_000;

/** Saves `blob` as `fileName` through an `<a download>` click, then revokes the object URL. */
export function saveDocument(blob: Blob, fileName: string): void {
  const url = createObjectUrl(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => revokeObjectUrl(url), DOWNLOAD_URL_LIFETIME);
}
