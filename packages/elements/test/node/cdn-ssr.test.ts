/**
 * A server-side build (SSR, static generation) may import the script-tag bundle: that must not
 * throw "HTMLElement is not defined" (issue #13.8), as the npm entries do not. Runs against the
 * built bundle in packages/elements/cdn/ in a fresh Node process without any DOM; skipped
 * (saying why) when the bundle has not been built yet (npm test runs it again after the build).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const root = resolve(import.meta.dirname, '../../../..');
const built = join(root, 'packages/elements/cdn');
const dir = existsSync(join(built, 'portico.js')) ? built : undefined;

for (const entry of ['portico.js', 'portico-auth.js']) {
  test(`importing the built script-tag bundle ${entry} in Node does not throw`, (t) => {
    if (!dir) {
      t.skip('no built bundle: run `npm run build` first');
      return;
    }
    const url = pathToFileURL(join(dir, entry)).href;
    const script = [
      `if (typeof globalThis.HTMLElement !== 'undefined' || typeof globalThis.document !== 'undefined') process.exit(3);`,
      `await import(${JSON.stringify(url)});`,
      `process.stdout.write('imported');`,
    ].join('\n');
    let out: string;
    try {
      out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', stdio: 'pipe', timeout: 30_000 });
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '');
      assert.fail(`importing ${entry} threw in Node:\n${stderr.split('\n').filter((l) => /Error/.test(l)).slice(0, 3).join('\n')}`);
    }
    assert.equal(out, 'imported');
  });
}
