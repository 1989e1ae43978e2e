/** Cursor pagination: the cursor is an opaque base64 offset. */
import { badRequest } from './errors.js';

export const DEFAULT_PAGE_SIZE = 50;

export function encodeCursor(offset: number): string {
  return btoa(`o:${offset}`);
}

function decodeCursor(cursor: string): number {
  try {
    const match = /^o:(\d+)$/.exec(atob(cursor));
    if (match) return Number(match[1]);
  } catch {
    // Falls through to the error below.
  }
  throw badRequest('invalid-cursor', 'The page cursor is not valid. Start again from the first page.', [{ path: 'cursor', message: 'Invalid cursor' }]);
}

/** One page of `items` (already in the order the route promises). */
export function paginate<T>(items: readonly T[], query: { cursor?: string | undefined; limit?: number | undefined }): { items: T[]; nextCursor: string | null } {
  const offset = query.cursor ? decodeCursor(query.cursor) : 0;
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const end = offset + limit;
  return { items: items.slice(offset, end), nextCursor: end < items.length ? encodeCursor(end) : null };
}
