/**
 * Serves the bytes behind files', attachments' and invoices' `url`s: what was uploaded, or a
 * small placeholder of the right type for seeded rows. Not part of the contract's route table
 * (a real backend would hand out short-lived storage URLs), so it carries no auth.
 */
import { HttpResponse, http, type HttpHandler } from 'msw';
import type { MockDb } from './db/index.js';
import { PRACTICE_NAME } from './seed/practice.js';

function placeholderPdf(title: string): string {
  const text = title.replace(/[()\\]/g, '');
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj 0 -28 Td /F1 12 Tf (${PRACTICE_NAME.replace(/[()]/g, '')} - sample document) Tj ET`;
  return [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
    `4 0 obj << /Length ${stream.length} >> stream\n${stream}\nendstream endobj`,
    '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
}

function placeholderSvg(title: string): string {
  const safe = title.replace(/[<>&"]/g, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 640 400"><rect width="640" height="400" fill="#dbeef4"/><text x="320" y="200" font-family="sans-serif" font-size="24" text-anchor="middle" fill="#1f6f8b">${safe}</text></svg>`;
}

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
    if (mimeType.startsWith('image/')) return new HttpResponse(placeholderSvg(name), { headers: { 'Content-Type': 'image/svg+xml' } });
    if (mimeType === 'application/pdf') return new HttpResponse(placeholderPdf(name), { headers: { 'Content-Type': 'application/pdf' } });
    if (mimeType.startsWith('text/')) return new HttpResponse(`${name}\n\nA sample file from ${PRACTICE_NAME}.\n`, { headers: { 'Content-Type': mimeType } });
    return new HttpResponse(new Uint8Array(0), { headers: { 'Content-Type': mimeType } });
  });
}
