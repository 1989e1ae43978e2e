#!/usr/bin/env node
/**
 * `sideEffects` in @portico/elements lists only the modules that register elements, so a host
 * that imports one helper from the package gets that helper, not the portal. Builds a tiny
 * entry with Vite (as a host app would, against the built package through node_modules) and
 * checks the output: one chunk, no view code, no element registered.
 * Expects a build (`npm run build`). Prints `Tree-shaking: N passed, N failed`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
// Inside the repository so `@portico/elements` resolves through node_modules like a host's would.
const work = join(root, '.pack/treeshake');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

let passed = 0;
let failed = 0;
function check(name, problems) {
  if (problems.length === 0) {
    passed += 1;
    console.log(`  ✓ ${name}`);
  } else {
    failed += 1;
    console.log(`  ✗ ${name}\n      ${problems.join('\n      ')}`);
  }
}

/** Builds `source` as a library entry; returns every output chunk. */
async function bundle(name, source) {
  writeFileSync(join(work, `${name}.js`), source);
  const result = await build({
    root: work,
    logLevel: 'silent',
    configFile: false,
    build: {
      write: false,
      minify: false,
      lib: { entry: join(work, `${name}.js`), formats: ['es'], fileName: name },
    },
  });
  return (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
}

// The views, the portal and the elements a portal registers, as they appear in built code.
const VIEW_CODE = [/portico-dashboard/, /portico-messages/, /portico-billing/, /portico-portal/, /customElements\.define/];
const found = (chunks, patterns) =>
  chunks.flatMap((c) => patterns.filter((re) => re.test(c.code)).map((re) => `${c.fileName} contains ${re}`));

const helpers = [
  ['token (theme)', "import { token } from '@portico/elements';\nexport const primary = token('color-primary');\n"],
  ['emit (events)', "import { emit } from '@portico/elements';\nexport { emit };\n"],
];
for (const [name, source] of helpers) {
  const chunks = await bundle(name.split(' ')[0], source);
  check(`importing ${name} from @portico/elements pulls no view chunk (${chunks.length} chunk)`, [
    ...(chunks.length === 1 ? [] : [`expected one chunk, got ${chunks.map((c) => c.fileName).join(', ')}`]),
    ...found(chunks, VIEW_CODE),
  ]);
}

// The control: the documented side-effect import still registers the portal and splits out its views.
const portal = await bundle('portal', "import '@portico/elements/portal';\n");
check(`import '@portico/elements/portal' still registers the portal, views in their own chunks (${portal.length} chunks)`, [
  ...(portal.some((c) => /customElements\.define/.test(c.code)) ? [] : ['no customElements.define in the output']),
  ...(portal.length > 1 ? [] : ['views are not split into their own chunks']),
]);

rmSync(work, { recursive: true, force: true });
console.log(`Tree-shaking: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
