/**
 * `npm test` without Chromium: scripts/check-chromium.mjs must stop with one line that says
 * how to install it or set CHROME_PATH, and exit non-zero; with a browser there, say nothing.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const script = resolve(import.meta.dirname, '../check-chromium.mjs');
const check = (chromePath: string) =>
  spawnSync(process.execPath, [script], { env: { ...process.env, CHROME_PATH: chromePath }, encoding: 'utf8' });

test('a missing browser stops with one line naming the fix, and a non-zero exit', () => {
  const result = check('/nonexistent');
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, result.stderr);
  assert.match(lines[0]!, /\/nonexistent/);
  assert.match(lines[0]!, /apt-get install chromium/);
  assert.match(lines[0]!, /CHROME_PATH/);
});

test('a file that is not executable counts as missing', () => {
  const result = check(resolve(import.meta.dirname, '../../package.json'));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /apt-get install chromium/);
});

test('an executable browser passes silently', () => {
  // Node itself stands in for the browser binary: the check only looks for an executable file.
  const result = check(process.execPath);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, '');
});
