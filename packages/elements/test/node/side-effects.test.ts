/**
 * `sideEffects` in packages/elements/package.json lets bundlers drop modules that only export;
 * a module that registers an element and is missing from it is dropped from a host's build (and
 * Storybook's), leaving an undefined tag. Every module that calls `define('portico-…')` must be
 * listed, in src/ and dist/.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const pkg = resolve(import.meta.dirname, '../..');
const sideEffects = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { sideEffects: string[] }).sideEffects;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The package's glob form (`./src/views/**\/*.ts`, `./src/ui/state-*.ts`) as a RegExp. */
function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/^\.\//, '').split('**/').map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')).join('(?:.*/)?');
  return new RegExp(`^${body}$`);
}
const patterns = sideEffects.map(globToRegExp);
const listed = (path: string) => patterns.some((p) => p.test(path));

test('every module that registers an element is listed in sideEffects, for src and dist', () => {
  const registering = files(join(pkg, 'src'))
    .filter((file) => /\bdefine\(\s*'portico-/.test(readFileSync(file, 'utf8')))
    .map((file) => relative(pkg, file));
  assert.ok(registering.length > 40, `expected the view and primitive modules, found ${registering.length}`);
  const missing = registering.flatMap((src) => [src, src.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')]).filter((path) => !listed(path));
  assert.deepEqual(missing, []);
});
