#!/usr/bin/env node
/**
 * What a registry and a consumer get: packs each package (after `npm run build`) into a temp
 * folder and checks every tarball —
 *   - contents: package.json, README.md, LICENSE, built JS and type declarations for every
 *     export, and for @portico/elements the script-tag bundle (`cdn/portico.js`,
 *     `cdn/portico-auth.js`) and `custom-elements.json`; nothing from the example's mock bundle;
 *   - publint: package.json fields and exports against the files in the tarball;
 *   - arethetypeswrong (attw): types resolve for every export and module resolution mode that
 *     an ESM-only package supports (`--profile esm-only`: `require()` from CommonJS under
 *     node16 is not supported by design, every package is `"type": "module"` with no `require`).
 * Packs with `--ignore-scripts` because the build stage has just built everything; `prepack`
 * (each package's build) is what makes a pack from a clean checkout complete.
 * Prints one line per check and ends with `Packages: N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const packages = {
  core: { required: ['dist/index.js', 'dist/index.d.ts', 'dist/openapi.js', 'dist/openapi.d.ts', 'dist/testing/adapter-suite.js', 'dist/testing/adapter-suite.d.ts'] },
  mock: { required: ['dist/index.js', 'dist/index.d.ts', 'dist/node.js', 'dist/node.d.ts'] },
  elements: {
    required: ['dist/index.js', 'dist/index.d.ts', 'dist/portal/index.js', 'dist/auth/index.js', 'dist/auth/index.d.ts', 'cdn/portico.js', 'cdn/portico-auth.js', 'custom-elements.json'],
    forbidden: [/portico-mock/, /(^|\/)test\//],
  },
};
const common = ['package.json', 'README.md', 'LICENSE'];

let passed = 0;
let failed = 0;
function check(name, problems) {
  if (problems.length === 0) {
    passed += 1;
    console.log(`  ✓ ${name}`);
  } else {
    failed += 1;
    console.log(`  ✗ ${name}\n      ${problems.join('\n').split('\n').join('\n      ')}`);
  }
}

const run = (command, args) => spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const tmp = mkdtempSync(join(tmpdir(), 'portico-pack-'));
try {
  for (const [dir, { required, forbidden = [] }] of Object.entries(packages)) {
    const packed = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp, '-w', `packages/${dir}`]);
    let info;
    try {
      info = JSON.parse(packed.stdout)[0];
    } catch {
      check(`${dir}: npm pack`, [packed.stderr.trim() || 'npm pack printed no JSON']);
      continue;
    }
    const tarball = join(tmp, info.filename);
    const files = new Set(info.files.map((f) => f.path));
    check(`${info.name}: tarball has README, LICENSE, built JS and types${dir === 'elements' ? ', cdn/portico.js and the manifest' : ''} (${files.size} files)`, [
      ...[...common, ...required].filter((f) => !files.has(f)).map((f) => `missing ${f}`),
      ...[...files].filter((f) => forbidden.some((re) => re.test(f))).map((f) => `should not ship ${f}`),
    ]);
    const publint = run('npx', ['--no-install', 'publint', '--strict', tarball]);
    check(`${info.name}: publint`, publint.status === 0 ? [] : [`${publint.stdout}${publint.stderr}`.trim()]);
    const attw = run('npx', ['--no-install', 'attw', tarball, '--profile', 'esm-only', '--format', 'ascii']);
    check(`${info.name}: arethetypeswrong (esm-only)`, attw.status === 0 ? [] : [`${attw.stdout}${attw.stderr}`.trim()]);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`Packages: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
