/**
 * Resource keys: `['messages.listThreads', { clientId: 'c1' }]`. The first element names the
 * data (by convention the adapter operation that fetches it), the second holds the parameters
 * that make it distinct. Keys are serialised stably, so `{ a, b }` and `{ b, a }` are one key.
 */

/** Identifies one cached resource. */
export type ResourceKey = readonly [name: string, params?: Readonly<Record<string, unknown>>];

/**
 * Selects keys to invalidate. A string matches by name, segment-wise: `'messages'` and
 * `'messages.'` match every `messages.*` key, `'messages.listThreads'` matches that name and
 * `messages.listThreads.*`. A key-shaped filter also requires the given params to be equal,
 * so `['messages', { clientId: 'c1' }]` selects the messages of client c1 only.
 */
export type KeyFilter = string | ResourceKey;

/** The cache's string form of a key. */
export function serializeKey(key: ResourceKey): string {
  const [name, params] = key;
  const canonical = params === undefined ? undefined : canonicalise(params);
  return canonical === undefined || Object.keys(canonical as object).length === 0
    ? name
    : `${name} ${JSON.stringify(canonical)}`;
}

/** Whether `key` is selected by `filter` (see {@link KeyFilter}). */
export function matchesKey(filter: KeyFilter, key: ResourceKey): boolean {
  const [prefix, wanted] = typeof filter === 'string' ? [filter, undefined] : filter;
  const [name, params = {}] = key;
  const nameMatches = prefix === '' || (prefix.endsWith('.')
    ? name.startsWith(prefix)
    : name === prefix || name.startsWith(`${prefix}.`));
  if (!nameMatches) return false;
  if (!wanted) return true;
  return Object.entries(wanted).every(([k, v]) => v === undefined || sameValue(params[k], v));
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(canonicalise(a)) === JSON.stringify(canonicalise(b));
}

/** Sorts object keys recursively and drops `undefined` members, so equal params serialise equally. */
function canonicalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalise);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = canonicalise(v);
    }
    return out;
  }
  return value;
}
