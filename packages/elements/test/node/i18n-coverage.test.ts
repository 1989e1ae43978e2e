/**
 * I18N-1: every string the elements pass to `msg()` has a Spanish translation, and the
 * catalogue holds no entry that no code uses any more.
 *
 * The messages come from lit-localize's own extractor (`lit-localize extract`, configured by
 * lit-localize.json at the repository's root), which reads the elements' sources with the
 * TypeScript compiler and writes every `msg()` as a trans-unit of an XLIFF file
 * (packages/elements/xliff/es.xlf, git-ignored; `npm run i18n:extract` writes it for
 * translators too). Its ids are the ones the runtime `msg()` looks up; the Spanish catalogues
 * (src/i18n/locales/es/<area>.ts, keyed by the English text) are turned into ids by
 * `messageId`, the function the portal itself uses to build its Spanish templates. The two
 * sets of ids must match both ways.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { messageId } from '../../src/i18n/catalog.js';

const root = resolve(import.meta.dirname, '../../../..');
const src = resolve(import.meta.dirname, '../../src');
const xliffDir = join(root, 'packages/elements/xliff');

/** A message as lit-localize extracted it: the English with its expressions as `${0}`, `${1}`… */
interface Extracted {
  id: string;
  english: string;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string): string => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name]!);

/**
 * Reads the trans-units of the XLIFF 1.2 file lit-localize wrote: `<trans-unit id="…">` with
 * a `<source>` whose placeholders are `<x id="N" equiv-text="${…}"/>`.
 */
function readXliff(file: string): Extracted[] {
  const xml = readFileSync(file, 'utf8');
  const units = [...xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>\s*<source>([\s\S]*?)<\/source>/g)];
  return units.map(([, id, source]) => ({
    id: id!,
    english: unescapeXml(source!.replace(/<x id="(\d+)"[^>]*\/>/g, (_, n: string) => `\${${n}}`)),
  }));
}

let extracted: Extracted[] = [];

before(() => {
  // A fresh extraction: an XLIFF file left from before would carry its old trans-units over.
  rmSync(xliffDir, { recursive: true, force: true });
  const cli = join(dirname(createRequire(import.meta.url).resolve('@lit/localize-tools/package.json')), 'bin/lit-localize.js');
  execFileSync(process.execPath, [cli, 'extract', '--config', join(root, 'lit-localize.json')], { cwd: root, stdio: 'pipe' });
  extracted = readXliff(join(xliffDir, 'es.xlf'));
});

/** Every Spanish catalogue entry: its English key, its id, and the catalogue file it is in. */
async function spanish(): Promise<{ english: string; id: string; file: string }[]> {
  const dir = join(src, 'i18n/locales/es');
  const entries = [];
  for (const file of readdirSync(dir)) {
    const module = (await import(join(dir, file))) as Record<string, Record<string, string>>;
    for (const catalogue of Object.values(module)) {
      for (const english of Object.keys(catalogue)) {
        const strings = english.split(/\$\{\d+\}/);
        entries.push({ english, id: messageId(strings.length === 1 ? english : strings), file: `locales/es/${file}` });
      }
    }
  }
  return entries;
}

test('lit-localize extract finds the messages', () => {
  // A broken extraction (wrong tsConfig, no msg() seen) would make both checks below vacuous.
  assert.ok(extracted.length > 500, `lit-localize extracted ${extracted.length} messages`);
});

test('every msg() string has a Spanish translation', async () => {
  const es = new Set((await spanish()).map((entry) => entry.id));
  const missing = extracted.filter((m) => !es.has(m.id)).map((m) => `${m.english}  (id ${m.id})`);
  assert.deepEqual(missing, [], `Add these to packages/elements/src/i18n/locales/es/<area>.ts:\n${missing.join('\n')}`);
});

test('the Spanish catalogue has no stale entries', async () => {
  const used = new Set(extracted.map((m) => m.id));
  const stale = (await spanish()).filter((entry) => !used.has(entry.id)).map((entry) => `${entry.english}  (in ${entry.file})`);
  assert.deepEqual(stale, [], `No msg() uses these any more; remove them:\n${stale.join('\n')}`);
});
