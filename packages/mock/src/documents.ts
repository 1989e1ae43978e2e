/**
 * The bytes of the mock's documents: what was uploaded, or a small valid placeholder of the
 * right type for seeded rows (a one-page PDF, an SVG picture, a short text, a short video).
 */
import { PRACTICE_NAME } from './seed/practice.js';
import { SAMPLE_VIDEO_BASE64 } from './sample-video.js';

export function placeholderPdf(title: string): string {
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

export function placeholderSvg(title: string): string {
  const safe = title.replace(/[<>&"]/g, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 640 400"><rect width="640" height="400" fill="#dbeef4"/><text x="320" y="200" font-family="sans-serif" font-size="24" text-anchor="middle" fill="#1f6f8b">${safe}</text></svg>`;
}


function sampleVideo(): Uint8Array<ArrayBuffer> {
  const binary = atob(SAMPLE_VIDEO_BASE64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A placeholder document named `name` of type `mimeType`. */
export function placeholderDocument(name: string, mimeType: string): Blob {
  if (mimeType.startsWith('image/')) return new Blob([placeholderSvg(name)], { type: 'image/svg+xml' });
  if (mimeType === 'application/pdf') return new Blob([placeholderPdf(name)], { type: 'application/pdf' });
  if (mimeType.startsWith('text/')) return new Blob([`${name}\n\nA sample file from ${PRACTICE_NAME}.\n`], { type: mimeType });
  if (mimeType.startsWith('video/')) return new Blob([sampleVideo()], { type: 'video/mp4' });
  return new Blob([`${name}\n`], { type: mimeType });
}
