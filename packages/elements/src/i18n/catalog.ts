/**
 * Builds a lit-localize locale module from a catalogue keyed by the English source text, so
 * translators read `'Retry': 'Reintentar'` instead of hashes. Keys become the ids `msg()`
 * looks up (the same FNV-1a hash lit-localize's own tooling writes, so a generated XLIFF
 * workflow can replace this file later without touching any `msg()` call).
 *
 * Placeholders: write `${0}`, `${1}` … for the expressions of a `msg(str\`…\`)` call, in the
 * order they appear in the English source; the translation may reorder them.
 */
import type { TemplateMap } from '@lit/localize';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

const PLACEHOLDER = /\$\{(\d+)\}/g;

export function translations(catalogue: Readonly<Record<string, string>>): TemplateMap {
  const templates: TemplateMap = {};
  for (const [source, translated] of Object.entries(catalogue)) {
    const sourceStrings = source.split(/\$\{\d+\}/);
    const id = generateMsgId(sourceStrings.length === 1 ? source : sourceStrings, false);
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
