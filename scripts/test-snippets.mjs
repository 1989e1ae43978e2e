#!/usr/bin/env node
/**
 * Every code snippet in README.md, docs/*.md and each packages/<name>/README.md runs as a test (issue #10,
 * finding 18).
 * Expects a build (`npm run build`). Prints one line per block, then `Snippets: N passed, N failed`.
 *
 * By the fence's language:
 * - `html`: loaded in Chromium on a page with the built bundle and the in-browser mock. The
 *   documented URLs are replaced by the local ones: the npm CDN's
 *   `https://…/@portico/elements@<version>/cdn/` and any `https://…/portico/` prefix become
 *   `/portico/` (the built `packages/elements/cdn/`; a documented `integrity` hash is dropped),
 *   every `api-base-url="…"` and `baseUrl: '…'` becomes
 *   `/api` (the mock). The host's token function the docs call (`mySite.portalToken`,
 *   `mySite.getPortalToken`, `auth.token`) returns the mock user's token. Passes when every
 *   `<portico-*>` element in the block is defined and shows content (no loading state, no error
 *   panel) and the page logged no error.
 * - `ts`, `tsx`, `js`: typechecked against the packages' sources with the repository's strict
 *   tsconfig, each block its own module; the names the docs use for the host's own things
 *   (`mySite`, `auth`, `portal`, …) are declared in SNIPPET_GLOBALS below. A block
 *   that touches no DOM and none of the host's things but `mySite`/`auth` is also run in Node,
 *   with the mock (`@portico/mock/node`) answering at every `baseUrl` it names.
 * - `sh`, `bash`, `shell`: every `npm run X`/`npm start`/`npm test` names a script in
 *   package.json, every `npm install` a package of this repository, every `npx X` an installed bin
 *   or the (built) `bin` of one of this repository's workspace packages (`npx -p <package> X`: of
 *   that package), whose `--help` must list the command's subcommand and every `--option` it
 *   uses (a `\` line continuation joins lines into one command).
 * - `vue`: typechecked with vue-tsc by the framework examples stage (scripts/test-frameworks.mjs),
 *   which picks up every bare ```vue block of the files in FRAMEWORK_SNIPPET_DOCS; here it passes
 *   as covered there, and fails in any other file. (`tsx` blocks go through both.)
 * - `css`: parsed by Chromium; every rule must survive parsing.
 * - `json`: parsed.
 * - no language, `text`, `http`: prose, not code; listed, not counted.
 * A block opts out only with a marker on its fence line and a reason:
 * ```` ```ts skip-test: needs a real Stripe key ````.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createChecks, expect, launch, root, serve, until } from './lib/page-harness.mjs';

const PROSE = new Set(['', 'text', 'txt', 'plain', 'http', 'console-output']);
const TS = new Set(['ts', 'tsx', 'js', 'javascript', 'mjs', 'typescript']);
const SH = new Set(['sh', 'bash', 'shell', 'zsh']);
// Names of the DOM or of the host's own things (not in a URL like `/portal-api/`): such a block is typechecked, not run.
const DOM_OR_HOST = /(?<![\w./-])(document|window|customElements|HTMLElement|portal|ref|createTestInvitation|restoreTestData|describeAdapterContract)\b(?![-/])/;

/** Fenced blocks of a Markdown file: `{ file, line, lang, info, code }`. */
export function extractBlocks(file) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^`]*)$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const body = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).exec(lines[j]);
      if (close) break;
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j]);
    }
    const [lang = '', ...rest] = info.trim().split(/\s+/);
    blocks.push({ file, line: i + 1, lang: lang.toLowerCase(), info: rest.join(' '), code: body.join('\n') });
    i = j;
  }
  return blocks;
}

// The root README, the docs, and each package's README (what npm shows for @portico/*).
const files = ['README.md', ...execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'docs/*.md', 'packages/*/README.md'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean)];
const blocks = files.flatMap(extractBlocks);
const checks = createChecks({ concurrency: 2 });
const prose = [];
const where = (b) => `${b.file}:${b.line} (${b.lang || 'no language'})`;

// ── ts/js: one typecheck for all, then runs ──
const work = join(root, '.test-results/snippets');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const tsBlocks = [];
// What the docs call the host's own things, declared for the typecheck only (kept out of the
// repository's own program, where such globals would hide mistakes).
const SNIPPET_GLOBALS = `/** Names the docs' snippets use for the host's own things; a snippet needing a new one adds it here. */
import type { AccessTokenProvider } from '@portico/core';
import type { PorticoPortal } from '@portico/elements';

declare global {
  /** The host site's own sign-in: hands Portico an access token, forgets it, signs the person in again. */
  const mySite: { portalToken: AccessTokenProvider; getPortalToken: AccessTokenProvider; dropPortalToken(): void; signIn(): Promise<void> };
  /** The same, as an auth module of the host's app. */
  const auth: { token: AccessTokenProvider; signInAgain(): void };
  /** The <portico-portal> on the host's page. */
  const portal: PorticoPortal;
  /** The host's test set-up for the adapter contract suite (docs/rest-contract.md). */
  function createTestInvitation(): Promise<string>;
  function restoreTestData(): Promise<void>;
}

export {};
`;

for (const block of blocks) {
  const skip = /\bskip-test\b:?\s*(.*)$/.exec(block.info);
  if (skip) {
    checks.add(`${where(block)} opts out with a reason`, async () => {
      expect(skip[1].trim().length > 3, 'skip-test needs a reason on the fence line, e.g. "skip-test: needs a real payment key"');
      return `skipped: ${skip[1].trim()}`;
    });
    continue;
  }
  if (PROSE.has(block.lang)) prose.push(block);
  else if (TS.has(block.lang)) tsBlocks.push(block);
  else if (SH.has(block.lang)) checks.add(`${where(block)} names npm scripts and packages that exist`, () => checkShell(block));
  else if (block.lang === 'json') checks.add(`${where(block)} is valid JSON`, async () => void JSON.parse(block.code));
  else if (block.lang === 'vue') checks.add(`${where(block)} is typechecked by the framework examples stage`, async () => checkVue(block));
  else if (block.lang === 'html' || block.lang === 'css') {
    // Run in the browser below.
  } else checks.add(`${where(block)} has a language the snippet runner knows`, async () => {
    throw new Error(`"${block.lang}" is not run by scripts/test-snippets.mjs: use a known language, or add "skip-test: <reason>" to the fence`);
  });
}

// Typecheck every ts/js block at once (one tsc run), then attribute errors to blocks.
const tsFiles = tsBlocks.map((block, index) => {
  const name = `${block.file.replace(/[^a-z0-9]+/gi, '-')}-${block.line}.${block.lang === 'tsx' ? 'tsx' : 'ts'}`;
  const isModule = /^\s*(import|export)\s/m.test(block.code);
  writeFileSync(join(work, name), `${block.code}\n${isModule ? '' : 'export {};\n'}`);
  return { block, name, index };
});
let tscOutput = '';
if (tsFiles.length) {
  writeFileSync(join(work, 'snippet-globals.d.ts'), SNIPPET_GLOBALS);
  // `@portico/elements/react` and `/vue` exist only as generated declarations in dist/, which
  // import the elements' dist declarations: next to the sources (the `source` condition) that
  // would be a second HTMLElementTagNameMap for every tag. Copies of them that import the
  // sources instead keep one copy of each element in the program.
  const paths = {};
  for (const entry of ['react', 'vue']) {
    const generated = join(root, 'packages/elements/dist', `${entry}.d.ts`);
    if (!existsSync(generated)) continue;
    // In a folder of its own, outside `include`: in the program only when a block imports it.
    const copy = `framework-types/elements-${entry}.d.ts`;
    mkdirSync(join(work, 'framework-types'), { recursive: true });
    writeFileSync(join(work, copy), readFileSync(generated, 'utf8').replace(/(from\s+|import\()(['"])\.\//g, '$1$2../../../packages/elements/src/'));
    paths[`@portico/elements/${entry}`] = [`./${copy}`];
  }
  writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({
    extends: '../../tsconfig.json',
    compilerOptions: { noEmit: true, types: ['node'], jsx: 'preserve', paths },
    include: ['./*.ts', './*.tsx', '../../packages/*/src'],
  }, null, 2));
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(work, 'tsconfig.json'), '--pretty', 'false'], { cwd: root, encoding: 'utf8' });
  tscOutput = `${tsc.stdout}${tsc.stderr}`;
  // An error outside the blocks (a config problem, a package's own error) must not pass as "no errors".
  const elsewhere = tscOutput.split('\n').filter((l) => /error TS\d+/.test(l) && !l.includes('.test-results/snippets/'));
  checks.add('the snippet typecheck itself ran cleanly', async () => {
    expect(tsc.status === 0 || elsewhere.length === 0, elsewhere.slice(0, 5).join('\n') || `tsc exited with ${tsc.status}`);
    expect(tsc.status === 0 || tscOutput.includes('.test-results/snippets/'), `tsc exited with ${tsc.status}: ${tscOutput.slice(0, 300)}`);
  });
}
for (const { block, name } of tsFiles) {
  checks.add(`${where(block)} typechecks against the packages`, async () => {
    const errors = tscOutput.split('\n').filter((l) => l.includes(`snippets/${name}(`));
    expect(errors.length === 0, errors.map((l) => l.replace(/^.*snippets\//, '')).join('\n'));
  });
  if (!DOM_OR_HOST.test(block.code) && !/@portico\/elements/.test(block.code)) {
    checks.add(`${where(block)} runs in Node against the mock`, () => runInNode(block, name));
  }
}

/**
 * scripts/test-frameworks.mjs writes every bare ```vue block of these files into examples/vue and
 * typechecks it with vue-tsc against the packed packages; a vue block elsewhere, or with more on
 * its fence line (which that stage does not pick up), is run by nobody.
 */
const FRAMEWORK_SNIPPET_DOCS = ['README.md', 'docs/embedding.md', 'packages/core/README.md', 'packages/mock/README.md', 'packages/elements/README.md'];
async function checkVue(block) {
  expect(FRAMEWORK_SNIPPET_DOCS.includes(block.file), `scripts/test-frameworks.mjs typechecks vue blocks only in ${FRAMEWORK_SNIPPET_DOCS.join(', ')}`);
  expect(block.info === '', 'scripts/test-frameworks.mjs picks up only a bare ```vue fence');
  return 'covered by scripts/test-frameworks.mjs (vue-tsc in examples/vue)';
}

/** The `bin`s of this repository's own workspace packages: `npx` runs them from the workspace. */
function workspaceBins(pkg) {
  const bins = new Map();
  for (const w of pkg.workspaces) {
    const own = JSON.parse(readFileSync(join(root, w, 'package.json'), 'utf8'));
    const entries = typeof own.bin === 'string' ? [[own.name.replace(/^@[^/]+\//, ''), own.bin]] : Object.entries(own.bin ?? {});
    for (const [name, file] of entries) bins.set(name, { pkg: own.name, file: join(root, w, file) });
  }
  return bins;
}

/**
 * Our own bins say what they take in `--help`: the documented command's subcommand (when the
 * help lists some) and every `--option` must be there.
 */
const helpTexts = new Map();
function checkOwnBinUsage(bin, file, args) {
  if (!helpTexts.has(file)) {
    const run = spawnSync(process.execPath, [file, '--help'], { cwd: root, encoding: 'utf8', timeout: 30000 });
    helpTexts.set(file, run.status === 0 ? run.stdout : null);
  }
  const help = helpTexts.get(file);
  if (help === null) return [`"npx ${bin} --help" failed (is the package built?)`];
  const problems = [];
  const subcommands = [...help.matchAll(new RegExp(`^\\s*${bin} ([a-z][\\w-]*)`, 'gm'))].map((m) => m[1]);
  const sub = args.find((a) => !a.startsWith('-'));
  if (subcommands.length && !args.includes('--help') && !subcommands.includes(sub)) problems.push(`"npx ${bin} ${sub ?? ''}": ${bin} --help lists ${subcommands.join(', ')}`);
  for (const option of args.filter((a) => a.startsWith('--')).map((a) => a.replace(/=.*$/, ''))) {
    if (!new RegExp(`(^|\\s)${option}(?=[\\s,]|$)`, 'm').test(help)) problems.push(`"npx ${bin} … ${option}": not an option in ${bin} --help`);
  }
  return problems;
}

function checkShell(block) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const workspaces = new Set(pkg.workspaces.map((w) => JSON.parse(readFileSync(join(root, w, 'package.json'), 'utf8')).name));
  const problems = [];
  let commands = 0;
  for (const command of block.code.replace(/\\\n/g, ' ').split('\n').flatMap((line) => line.replace(/#.*$/, '').split(/&&|\|\||;/)).map((c) => c.trim().replace(/^\$\s*/, '')).filter(Boolean)) {
    const words = command.split(/\s+/);
    if (words[0] === 'npm') {
      commands++;
      const [, verb, ...args] = words;
      if (verb === 'run' || verb === 'run-script') {
        if (!pkg.scripts[args[0]]) problems.push(`"npm run ${args[0]}": no such script in package.json`);
      } else if (['start', 'test'].includes(verb)) {
        if (!pkg.scripts[verb]) problems.push(`"npm ${verb}": no such script`);
      } else if (['install', 'i', 'add'].includes(verb)) {
        for (const name of args.filter((a) => !a.startsWith('-'))) {
          const bare = name.replace(/(?<=.)@[^/]*$/, '');
          if (!workspaces.has(bare) && !(pkg.devDependencies ?? {})[bare] && !(pkg.dependencies ?? {})[bare]) problems.push(`"npm install ${name}": not a package of this repository`);
        }
      } else if (!['ci', 'exec'].includes(verb)) problems.push(`"npm ${verb}": not checked; use npm run/start/test/install/ci`);
    } else if (words[0] === 'npx') {
      commands++;
      // `npx -p <package> <bin>` / `npx --package=<package> <bin>`: the bin comes from that package.
      let from;
      let bin;
      for (let i = 1; i < words.length && !bin; i++) {
        const w = words[i];
        if (w === '-p' || w === '--package') from = words[++i];
        else if (w.startsWith('--package=')) from = w.slice('--package='.length);
        else if (!w.startsWith('-')) bin = w;
      }
      const own = workspaceBins(pkg).get(bin);
      if (own) {
        if (from && from.replace(/(?<=.)@[^/]*$/, '') !== own.pkg) problems.push(`"npx -p ${from} ${bin}": ${bin} is a bin of ${own.pkg}, not of ${from}`);
        else if (!existsSync(own.file)) problems.push(`"npx ${bin}": ${own.pkg}'s bin ${own.file.replace(`${root}/`, '')} is missing`);
        else problems.push(...checkOwnBinUsage(bin, own.file, words.slice(words.indexOf(bin) + 1)));
      } else if (from) problems.push(`"npx -p ${from} ${bin}": ${bin} is not a bin of a package of this repository`);
      else if (!existsSync(join(root, 'node_modules/.bin', bin))) problems.push(`"npx ${bin}": not installed`);
    }
  }
  expect(problems.length === 0, problems.join('\n'));
  return commands ? `${commands} command(s)` : 'no npm commands';
}

async function runInNode(block, name) {
  const bases = [...block.code.matchAll(/baseUrl\s*[:=]\s*['"`](https?:\/\/[^'"`]+)['"`]/g)].map((m) => m[1]);
  const preload = join(work, `${name}.preload.mjs`);
  writeFileSync(preload, [
    `const { startMockBackend } = await import('@portico/mock/node');`,
    `const backends = ${JSON.stringify(bases.length ? bases : ['http://api.portico.test/api'])}.map((baseUrl) => startMockBackend({ baseUrl }));`,
    `const token = () => backends[0].accessToken;`,
    `globalThis.mySite = { portalToken: token, getPortalToken: token };`,
    `globalThis.auth = { token, signInAgain() {} };`,
  ].join('\n'));
  const run = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--import', preload, join(work, name)], { cwd: root, encoding: 'utf8', timeout: 60000 });
  const out = `${run.stdout}${run.stderr}`.trim();
  expect(run.status === 0, `exit ${run.status ?? run.signal}: ${out.split('\n').slice(0, 12).join('\n')}`);
}

// ── html and css in Chromium ──
const browserBlocks = blocks.filter((b) => (b.lang === 'html' || b.lang === 'css') && !/\bskip-test\b/.test(b.info));
const pages = new Map();
browserBlocks.forEach((block, index) => {
  if (block.lang !== 'html') return;
  const local = block.code
    .replace(/https?:\/\/[^\s"'`]+?\/@portico\/elements@[^/\s"'`]+\/cdn\//g, '/portico/')
    .replace(/https?:\/\/[^\s"'`]+?\/portico\//g, '/portico/')
    // The documented hash is the published file's; the local build's differs.
    .replace(/\s+integrity="[^"]*"/g, '')
    .replace(/api-base-url="[^"]*"/g, 'api-base-url="/api"')
    .replace(/baseUrl\s*:\s*(['"`])[^'"`]*\1/g, "baseUrl: '/api'");
  pages.set(`/__snippet/${index}.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>snippet</title></head><body>
<script type="module">
import { startMockBackend } from '/mock/portico-mock.js';
const backend = await startMockBackend({ baseUrl: '/api', serviceWorkerUrl: '/mockServiceWorker.js', quiet: true });
const token = () => backend.accessToken;
window.mySite = { portalToken: token, getPortalToken: token };
window.auth = { token, signInAgain() {} };
document.body.append(document.createRange().createContextualFragment(${JSON.stringify(local).replace(/</g, '\\u003c')}));
window.__snippetInserted = true;
</script></body></html>`);
});

let server;
let browser;
if (browserBlocks.length) {
  server = await serve(pages);
  browser = await launch();
  browserBlocks.forEach((block, index) => {
    if (block.lang === 'css') checks.add(`${where(block)} parses as CSS`, () => checkCss(block));
    else checks.add(`${where(block)} renders its elements on the built bundle with the mock`, () => checkHtml(block, index));
  });
}

async function checkCss(block) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const result = await page.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return { rules: sheet.cssRules.length, selectors: [...sheet.cssRules].map((r) => r.selectorText ?? r.cssText.slice(0, 40)) };
    }, block.code);
    const written = block.code.replace(/\/\*[\s\S]*?\*\//g, '').split('}').filter((part) => part.includes('{')).length;
    expect(result.rules === written, `${written} rules written, ${result.rules} survive parsing (${result.selectors.join(' | ')})`);
    return `${result.rules} rule(s)`;
  } finally {
    await context.close();
  }
}

async function checkHtml(block, index) {
  const tags = [...new Set([...block.code.matchAll(/<(portico-[a-z-]+)/g)].map((m) => m[1]))];
  expect(tags.length > 0, 'embeds no <portico-*> element');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && problems.push(`console error: ${message.text()}`));
    // A 401 is part of the documented token flow (the host may set getAccessToken after the element starts).
    page.on('response', (response) => response.status() >= 400 && response.status() !== 401 && problems.push(`${response.status()} for ${response.url().replace(server.origin, '')}`));
    await page.goto(`${server.origin}/__snippet/${index}.html`);
    await until(() => page.evaluate(() => window.__snippetInserted === true), { message: 'the mock to start and the snippet to be inserted' });
    for (const tag of tags) {
      const state = await until(async () => {
        const s = await page.evaluate(elementState, tag);
        if (problems.length) throw new Error(problems.join('; '));
        return s.state === 'content' || s.state === 'error' ? s : null;
      }, { timeout: 20000, message: `<${tag}> to show content` }).catch(async (error) => {
        const s = await page.evaluate(elementState, tag);
        throw new Error(`${error.message}; last seen: ${JSON.stringify(s)}`);
      });
      expect(state.state === 'content', `<${tag}> shows an error panel: ${state.text}`);
    }
    expect(problems.length === 0, problems.join('\n'));
    return tags.map((t) => `<${t}>`).join(' ');
  } finally {
    await context.close();
  }
}

/** In the page: whether `<tag>` is defined and shows content (no loading state, no error panel, some text). */
function elementState(tag) {
  const el = document.querySelector(tag);
  if (!el) return { state: 'missing' };
  if (!customElements.get(tag)) return { state: 'undefined' };
  const all = [];
  const walk = (node) => {
    for (const child of node.querySelectorAll('*')) {
      all.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  walk(el);
  const visible = (node) => node.getClientRects().length > 0;
  const text = [el, ...all].map((node) => (node.shadowRoot ? '' : '') + [...node.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('')).join(' ').replace(/\s+/g, ' ').trim();
  const error = all.find((node) => node.localName === 'portico-state-error' && visible(node));
  if (error) return { state: 'error', text: error.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 200) ?? '' };
  const loading = all.some((node) => node.localName === 'portico-state-loading' && visible(node));
  const undefinedInside = all.filter((node) => node.localName.startsWith('portico-') && !customElements.get(node.localName)).map((n) => n.localName);
  if (loading || undefinedInside.length || text.length === 0) return { state: 'loading', undefinedInside, text: text.slice(0, 120) };
  return { state: 'content', text: text.slice(0, 120) };
}

console.log('Snippets in README.md and docs/');
await checks.runAll();
await browser?.close();
server?.close();
if (prose.length) console.log(`\n  (not code, not run: ${prose.map((b) => `${b.file}:${b.line}${b.lang ? ` ${b.lang}` : ''}`).join(', ')})`);
const ok = checks.summary('Snippets');
process.exit(ok ? 0 : 1);
