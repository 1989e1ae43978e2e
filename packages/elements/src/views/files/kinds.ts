/** The kinds of file and the sort orders of the Files view: their labels, and which files show inline. */
import { msg } from '@lit/localize';
import type { FileKind, PortalFile } from '@portico/core';

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
