/**
 * The one idempotency-key generator (see attempt.ts). A module of its own so that the store and
 * the REST adapter, which every page loads, do not pull in `Attempt`, which only views use.
 */

/**
 * A random id: a UUID where `crypto.randomUUID` exists, else 32 random hex digits from
 * `crypto.getRandomValues` (pages served over plain http have only the latter).
 */
export function randomId(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  return Array.from(c.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
