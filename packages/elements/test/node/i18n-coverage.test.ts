/**
 * I18N-1: every string the elements pass to `msg()` has a Spanish translation, and the
 * catalogue holds no entry that no code uses any more.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const src = resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The English source of every msg() call, with `${expr}` turned into `${0}`, `${1}`… */
function sourceStrings(): Set<string> {
  const found = new Set<string>();
  for (const file of files(src).filter((f) => !f.includes('/i18n/locales/'))) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\bmsg\(\s*'((?:[^'\\]|\\.)*)'/g)) found.add(m[1]!.replace(/\\'/g, "'"));
    for (const m of code.matchAll(/\bmsg\(\s*str`((?:[^`\\]|\\.)*)`/g)) {
      let n = 0;
      found.add(m[1]!.replace(/\$\{[^}]*\}/g, () => `\${${n++}}`));
    }
  }
  return found;
}

async function spanish(): Promise<Set<string>> {
  const dir = join(src, 'i18n/locales/es');
  const keys = new Set<string>();
  for (const file of readdirSync(dir)) {
    const module = (await import(join(dir, file))) as Record<string, Record<string, string>>;
    for (const catalogue of Object.values(module)) for (const key of Object.keys(catalogue)) keys.add(key);
  }
  return keys;
}

test('every msg() string has a Spanish translation', async () => {
  const es = await spanish();
  const missing = [...sourceStrings()].filter((s) => !es.has(s));
  assert.deepEqual(missing, [], `Add these to packages/elements/src/i18n/locales/es/<area>.ts:\n${missing.join('\n')}`);
});

test('the Spanish catalogue has no stale entries', async () => {
  const used = sourceStrings();
  const stale = [...(await spanish())].filter((s) => !used.has(s));
  assert.deepEqual(stale, [], `No msg() uses these any more; remove them:\n${stale.join('\n')}`);
});
