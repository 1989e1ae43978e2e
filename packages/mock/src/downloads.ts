/**
 * Serves the bytes behind files', attachments' and invoices' `url`s: what was uploaded, or a
 * small placeholder of the right type for seeded rows. Not part of the contract's route table and
 * not used by Portico's elements, which fetch documents through the adapter with the bearer
 * token (`files.download`, `messages.downloadAttachment`, `billing.invoicePdf`, `billing.receipt`).
 */
import { HttpResponse, http, type HttpHandler } from 'msw';
import type { MockDb } from './db/index.js';
import { placeholderDocument } from './documents.js';

export function downloadHandler(prefix: string, db: MockDb): HttpHandler {
  return http.get(`${prefix}/downloads/:id`, ({ params }) => {
    const id = String(params.id);
    const blob = db.blobs.get(id);
    if (blob) return new HttpResponse(blob, { headers: { 'Content-Type': blob.type || 'application/octet-stream' } });
    const { data } = db;
    const row = data.files.find((f) => f.id === id) ?? data.attachments.find((a) => a.id === id);
    const name = row?.name ?? id.replace(/\.(pdf|receipt)$/, '');
    const mimeType = row?.mimeType ?? 'application/pdf';
    if (!row && !/^(inv|pay|att)-/.test(id)) return HttpResponse.json({ error: { code: 'not-found', message: 'This file could not be found.' } }, { status: 404 });
    const document = placeholderDocument(name, mimeType);
    return new HttpResponse(document, { headers: { 'Content-Type': document.type } });
  });
}
