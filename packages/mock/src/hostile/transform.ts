/**
 * Hostile mode: every text and URL field the mock returns carries a string from the corpus.
 *
 * The transform runs over each response body after the mock has produced it, and only replaces
 * strings that came from the seed (what the person writes during a visit is returned as
 * written, so a test can still find its own reply). Replacements are deterministic (the same
 * seeded value in the same field always gets the same corpus string), and never break the
 * contract: a replacement longer than a length cap is cut to the cap (the longest string the
 * contract allows, still unbroken where it was), and one the operation's response schema refuses
 * otherwise (a date, an enum) is put back, so the check is "what a backend may legally send",
 * and it keeps working as the schemas tighten.
 *
 * - `vectors`: short corpus strings (every kind but the 100k-character ones); URL fields get
 *   URL vectors, colour and font fields get CSS vectors.
 * - `long`: 100,000-character strings in the first few rows of each list, short ones elsewhere.
 */
import type * as z from 'zod/mini';
import { CORPUS, LONG_CORPUS, SHORT_CORPUS, type HostileString } from './corpus.js';

export type HostileMode = 'vectors' | 'long';

/** Fields that carry identity or machine values rather than text: never replaced. */
const MACHINE_KEY = /^(id|key|token|password|oneTimePassword|cursor|nextCursor|previousCursor|mimeType|timeZone|language|locale|currency|pattern|etag|version|role|status|kind|type)$|Ids?$|At$|Date$|Token$/;
const URL_KEY = /(url|href|link|website)$/i;
const CSS_KEY = /(color|colour|font|fontFamily)$/i;
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$|^([01]\d|2[0-3]):[0-5]\d$/;

/** How many rows of a list get a 100k string in `long` mode (a few already show the cost). */
const LONG_ROWS = 3;

const urls = SHORT_CORPUS.filter((s) => s.kind === 'url' || s.kind === 'entity' || s.kind === 'html');
const css = SHORT_CORPUS.filter((s) => s.kind === 'css');

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function pick(pool: readonly HostileString[], seedValue: string, key: string): HostileString {
  return pool[hash(`${key}\u0000${seedValue}`) % pool.length]!;
}

export interface Hostile {
  readonly mode: HostileMode;
  /** Replaces seeded text and URL fields in a response body; keeps it valid against `schema`. */
  apply(body: unknown, schema: z.ZodMiniType | undefined): unknown;
  /** Which corpus strings have been sent so far, by id. */
  readonly sent: ReadonlySet<string>;
}

/**
 * Creates the transform. `seeded` is every string in the seed; only those are replaced.
 */
export function createHostile(mode: HostileMode, seeded: ReadonlySet<string>): Hostile {
  const sent = new Set<string>();

  function replacement(key: string, value: string, row: number): HostileString | null {
    if (!seeded.has(value) || MACHINE_KEY.test(key) || DATE_LIKE.test(value) || value.length === 0) return null;
    if (mode === 'long' && row < LONG_ROWS) return pick(LONG_CORPUS, value, key);
    if (URL_KEY.test(key)) return pick(urls, value, key);
    if (CSS_KEY.test(key)) return pick(css, value, key);
    return pick(SHORT_CORPUS, value, key);
  }

  /** Walks a copy of the body, returning the replaced paths with their original and new values. */
  function replaceAll(body: unknown): { body: unknown; changes: Map<string, { original: string; value: string; id: string }> } {
    const changes = new Map<string, { original: string; value: string; id: string }>();
    const walk = (value: unknown, path: string[], key: string, row: number): unknown => {
      if (typeof value === 'string') {
        const hit = replacement(key, value, row);
        if (!hit) return value;
        changes.set(path.join('.'), { original: value, value: hit.value, id: hit.id });
        return hit.value;
      }
      if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, String(index)], key, index));
      if (typeof value === 'object' && value !== null) {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(value)) out[k] = walk(v, [...path, k], k, row);
        return out;
      }
      return value;
    };
    return { body: walk(body, [], '', 0), changes };
  }

  function setAt(body: unknown, path: string, value: string): void {
    const keys = path.split('.');
    let target = body as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
    target[keys.at(-1)!] = value;
  }

  return {
    mode,
    sent,
    apply(input, schema) {
      const { body, changes } = replaceAll(input);
      if (changes.size === 0) return input;
      // Put back what the contract refuses; a few rounds, as one issue may hide another.
      for (let round = 0; schema && round < 5; round++) {
        const result = schema.safeParse(body);
        if (result.success) break;
        let reverted = 0;
        for (const issue of result.error.issues) {
          const path = issue.path.map(String).join('.');
          // Too long for the contract: send the longest string it allows, still hostile.
          const maximum = issue.code === 'too_big' && typeof issue.maximum === 'number' ? issue.maximum : undefined;
          const replaced = changes.get(path);
          if (replaced && maximum !== undefined && maximum > 0 && replaced.value.length > maximum) {
            replaced.value = replaced.value.slice(0, maximum);
            setAt(body, path, replaced.value);
            reverted++;
            continue;
          }
          for (const [changed, { original }] of changes) {
            if (changed === path || changed.startsWith(`${path}.`) || path.startsWith(`${changed}.`)) {
              setAt(body, changed, original);
              changes.delete(changed);
              reverted++;
            }
          }
        }
        if (reverted === 0) return input;
      }
      if (schema && !schema.safeParse(body).success) return input;
      for (const { id } of changes.values()) sent.add(id);
      return body;
    },
  };
}

/** Every string in a value (the seed), to tell seeded text from what a person wrote. */
export function collectStrings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) collectStrings(item, into);
  return into;
}

export { CORPUS };
