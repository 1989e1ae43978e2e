/**
 * The one gate every URL that comes from data (the backend, a host's adapter, an invitation)
 * passes before it reaches an `href`, a `src` or `window.open`. It allows:
 * - `https:` URLs;
 * - `http:` URLs only on `localhost`, `127.0.0.1` or `[::1]` (a developer's own machine);
 * - `blob:` URLs that Portico itself created with {@link createObjectUrl} and has not revoked.
 * Anything else — `javascript:`, `data:`, `vbscript:`, `file:`, other hosts over plain http,
 * unparseable text — is refused (`undefined`), and the caller shows text instead of a link.
 * Relative URLs are resolved against the page first, so on an `https:` page they pass.
 */

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** `blob:` URLs Portico created and still holds; only these may be used as links or sources. */
const ownObjectUrls = new Set<string>();

function pageBase(): string | undefined {
  const doc = (globalThis as { document?: { baseURI?: string } }).document;
  return doc?.baseURI ?? (globalThis as { location?: { href?: string } }).location?.href;
}

/**
 * Returns the normalised URL when it may be followed or loaded, otherwise `undefined`.
 * @param value A URL from data (any type: non-strings are refused).
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const raw = value.trim();
  if (ownObjectUrls.has(raw)) return raw;
  let parsed: URL;
  try {
    parsed = new URL(raw, pageBase());
  } catch {
    return undefined;
  }
  if (parsed.protocol === 'https:') return parsed.href;
  if (parsed.protocol === 'http:' && LOCAL_HOSTS.has(parsed.hostname)) return parsed.href;
  return undefined;
}

/** True when {@link safeUrl} allows the value. */
export function isSafeUrl(value: unknown): boolean {
  return safeUrl(value) !== undefined;
}

/**
 * Creates a `blob:` URL for bytes Portico fetched (a document through the adapter) and
 * remembers it, so {@link safeUrl} lets it through. Revoke it with {@link revokeObjectUrl}.
 */
export function createObjectUrl(blob: Blob): string {
  const url = URL.createObjectURL(blob);
  ownObjectUrls.add(url);
  return url;
}

/** Frees a `blob:` URL made by {@link createObjectUrl}; afterwards {@link safeUrl} refuses it. */
export function revokeObjectUrl(url: string | undefined): void {
  if (!url || !ownObjectUrls.delete(url)) return;
  URL.revokeObjectURL(url);
}
