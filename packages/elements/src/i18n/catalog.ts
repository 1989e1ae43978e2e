/**
 * Builds a lit-localize locale module from a catalogue keyed by the English source text, so
 * translators read `'Retry': 'Reintentar'` instead of hashes. Keys become the ids `msg()`
 * looks up (the same FNV-1a hash lit-localize's runtime and tooling compute, see `messageId`,
 * so a generated XLIFF workflow can replace this file later without touching any `msg()` call).
 *
 * Placeholders: write `${0}`, `${1}` … for the expressions of a `msg(str\`…\`)` call, in the
 * order they appear in the English source; the translation may reorder them.
 */
import type { TemplateMap } from '@lit/localize';

const PLACEHOLDER = /\$\{(\d+)\}/g;

/** lit-localize joins a template's strings with the ASCII record separator before hashing. */
const HASH_DELIMITER = '\x1e';
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/**
 * The id lit-localize's runtime `msg()` looks up for a plain-string (`s`) template: `s` and the
 * 64-bit FNV-1a hash, as 16 hex digits, of the template strings joined by the record separator,
 * hashed per UTF-16 code unit (as lit-localize's `fnv1a64` does). Our own copy, because
 * lit-localize exposes its generator only under a private path (`internal/`).
 */
export function messageId(strings: string | readonly string[]): string {
  const text = typeof strings === 'string' ? strings : strings.join(HASH_DELIMITER);
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return `s${hash.toString(16).padStart(16, '0')}`;
}

export function translations(catalogue: Readonly<Record<string, string>>): TemplateMap {
  const templates: TemplateMap = {};
  for (const [source, translated] of Object.entries(catalogue)) {
    const sourceStrings = source.split(/\$\{\d+\}/);
    const id = messageId(sourceStrings.length === 1 ? source : sourceStrings);
    if (sourceStrings.length === 1) {
      templates[id] = translated;
      continue;
    }
    const strings = translated.split(/\$\{\d+\}/);
    const values = [...translated.matchAll(PLACEHOLDER)].map((m) => Number(m[1]));
    // The shape `msg()` expects of a translated `str` template (see lit-localize runtime-msg).
    templates[id] = { strTag: true, strings: Object.assign([...strings], { raw: strings }), values };
  }
  return templates;
}
