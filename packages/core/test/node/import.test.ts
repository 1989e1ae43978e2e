/** Server-rendered host pages import Portico in Node: that must not touch the DOM or crash. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('importing @portico/core in Node does not crash', async () => {
  const core = await import('../../src/index.js');
  assert.equal(typeof core.createRestAdapter, 'function');
  assert.equal(core.kindForStatus(404), 'not-found');
});

test('the package entry points resolve and load in a fresh Node process', () => {
  // Through the package name, as a host would. The `source` condition stands in for the
  // built `dist/` files, which a test run does not produce.
  const script = [
    "const core = await import('@portico/core');",
    "const openapi = await import('@portico/core/openapi');",
    "if (typeof core.routes !== 'object' || typeof openapi.toOpenApi !== 'function') process.exit(2);",
    "if ('toOpenApi' in core) process.exit(3);",
    "const testing = await import('@portico/core/testing');",
    "if (typeof testing.describeAdapterContract !== 'function' || 'describeAdapterContract' in core) process.exit(4);",
  ].join('\n');
  execFileSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script], {
    stdio: 'pipe',
    timeout: 30_000,
  });
});

test('the main entry never reaches the contract suite (@portico/core/testing)', () => {
  // Follows every relative import from src/index.ts; none may lead into src/testing/.
  const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      visit(resolve(dirname(file), spec!.replace(/\.js$/, '.ts')));
    }
  };
  visit(resolve(src, 'index.ts'));
  assert.ok(seen.size > 20, `only ${seen.size} modules found`);
  assert.deepEqual([...seen].filter((file) => file.includes('/testing/')), []);
});
