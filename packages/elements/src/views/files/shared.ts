/** Helpers shared by the Files view's parts: labels, formatting context, upload checks. */
import { msg, str } from '@lit/localize';
import { formatFileSize, type FileKind, type PortalFile } from '@portico/core';
import type { PorticoConfig } from '../../context.js';

export const FILE_KINDS: readonly FileKind[] = [
  'session-note', 'form', 'report', 'insurance-authorization', 'video', 'photo', 'invoice', 'other',
];

export type FileSort = 'newest' | 'oldest' | 'name' | 'size';
export const FILE_SORTS: readonly FileSort[] = ['newest', 'oldest', 'name', 'size'];

/** The text label of a kind (kinds are never told by colour alone). */
export function kindLabel(kind: FileKind): string {
  switch (kind) {
    case 'session-note': return msg('Session note');
    case 'form': return msg('Form');
    case 'report': return msg('Report');
    case 'insurance-authorization': return msg('Insurance authorisation');
    case 'video': return msg('Video');
    case 'photo': return msg('Photo');
    case 'invoice': return msg('Invoice');
    default: return msg('Other');
  }
}

export function sortLabel(sort: FileSort): string {
  switch (sort) {
    case 'oldest': return msg('Oldest first');
    case 'name': return msg('Name (A–Z)');
    case 'size': return msg('Largest first');
    default: return msg('Newest first');
  }
}

/** Sorts a copy, the way the backend sorts `files.list` (search results come newest first). */
export function sortFiles(files: readonly PortalFile[], sort: FileSort): PortalFile[] {
  const compare: Record<FileSort, (a: PortalFile, b: PortalFile) => number> = {
    newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
    oldest: (a, b) => a.createdAt.localeCompare(b.createdAt),
    name: (a, b) => a.name.localeCompare(b.name),
    size: (a, b) => b.size - a.size,
  };
  return [...files].sort(compare[sort]);
}

export type PreviewKind = 'image' | 'pdf' | 'video';

/** How a file can be shown inline, if at all. */
export function previewKindOf(file: Pick<PortalFile, 'mimeType'>): PreviewKind | undefined {
  const type = file.mimeType.toLowerCase();
  if (type.startsWith('image/')) return 'image';
  if (type === 'application/pdf') return 'pdf';
  if (type.startsWith('video/')) return 'video';
  return undefined;
}

export interface FormatCtx {
  locale: string;
  timeZone: string;
}

export function formatContext(config: PorticoConfig | undefined): FormatCtx {
  return {
    locale: config?.locale ?? document.documentElement.lang ?? 'en',
    timeZone: config?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}

/** The kind an upload gets when the person leaves "Choose for me". */
export function guessKind(file: Pick<File, 'type'>): FileKind {
  if (file.type.startsWith('image/')) return 'photo';
  if (file.type.startsWith('video/')) return 'video';
  return 'other';
}

const TYPE_NAMES: Record<string, () => string> = {
  'application/pdf': () => msg('PDF'),
  'image/*': () => msg('images'),
  'video/*': () => msg('videos'),
  'video/mp4': () => msg('MP4 video'),
  'text/plain': () => msg('plain text'),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': () => msg('Word documents'),
};

/** The accepted types as a person reads them: "PDF, images, MP4 video". */
export function acceptedTypesText(accepted: readonly string[], locale: string): string {
  const names = accepted.map((t) => TYPE_NAMES[t]?.() ?? t);
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** Whether a file's type is one of the practice's accepted types (MIME, `type/*` or `.ext`). */
export function isAcceptedType(file: Pick<File, 'type' | 'name'>, accepted: readonly string[]): boolean {
  const type = (file.type || 'application/octet-stream').toLowerCase();
  const name = file.name.toLowerCase();
  return accepted.some((raw) => {
    const t = raw.trim().toLowerCase();
    if (t.startsWith('.')) return name.endsWith(t);
    if (t.endsWith('/*')) return type.startsWith(t.slice(0, -1));
    return t === type;
  });
}

export interface UploadRules {
  acceptedUploadTypes: readonly string[];
  maxUploadBytes: number;
}

/** Checks a file before it is sent; returns what to tell the person, naming the file and the limit. */
export function checkFile(file: File, rules: UploadRules, locale: string): string | undefined {
  if (rules.acceptedUploadTypes.length > 0 && !isAcceptedType(file, rules.acceptedUploadTypes)) {
    const accepted = acceptedTypesText(rules.acceptedUploadTypes, locale);
    return msg(str`“${file.name}” is not a file type the practice accepts. Accepted: ${accepted}.`);
  }
  if (file.size > rules.maxUploadBytes) {
    const size = formatFileSize(file.size, { locale });
    const limit = formatFileSize(rules.maxUploadBytes, { locale });
    return msg(str`“${file.name}” is ${size}, larger than the ${limit} limit.`);
  }
  return undefined;
}
