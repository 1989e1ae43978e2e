#!/usr/bin/env node
/**
 * `npm run docs`: the documentation as one static folder, `site/` (git-ignored), for any static
 * host (Storybook needs http, not file://; locally: `npx @web/dev-server --root-dir site --open`):
 *   site/index.html   links to both, and to the guides in the repository
 *   site/api/         the API reference (typedoc, from typedoc.json)
 *   site/storybook/   every component in every state on the mock backend (Storybook build)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const site = join(root, 'site');
const { version } = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8'));
const REPO = 'https://github.com/portico-sdk/portico/blob/main';

function step(label, command, args) {
  console.log(`${label}…`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`npm run docs: ${label} failed.`);
    process.exit(result.status ?? 1);
  }
}

rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
step('API reference (typedoc)', 'npx', ['typedoc', '--out', 'site/api']);
step('Storybook', 'npx', ['storybook', 'build', '--quiet', '-o', 'site/storybook']);

const guides = [
  ['Embedding Portico', 'docs/embedding.md', 'the script tag, npm, frameworks, routing, events'],
  ['Theming', 'docs/theming.md', 'tokens, parts, dark mode'],
  ['REST contract', 'docs/rest-contract.md', 'what a backend answers'],
  ['OpenAPI 3.1', 'docs/openapi.json', 'the contract as a machine-readable document'],
  ['Accessibility conformance report', 'docs/accessibility.md', 'WCAG 2.1 A and AA, criterion by criterion, with the tests behind each'],
];
writeFileSync(
  join(site, 'index.html'),
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Portico ${version} documentation</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 42rem; margin: 3rem auto; padding: 0 1rem; color: #1b1f24; }
  a { color: #1d4ed8; }
  a:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
  li { margin: 0.5rem 0; }
</style>
</head>
<body>
<main>
<h1>Portico ${version}</h1>
<p>An embeddable, white-label client portal: Lit web components over a pluggable adapter.</p>
<h2>In this folder</h2>
<ul>
  <li><a href="api/index.html">API reference</a>: <code>@portico/core</code>, <code>@portico/elements</code>, <code>@portico/mock</code></li>
  <li><a href="storybook/index.html">Storybook</a>: every component in every state, on the mock backend</li>
</ul>
<h2>Guides</h2>
<ul>
${guides.map(([title, path, what]) => `  <li><a href="${REPO}/${path}">${title}</a>: ${what}</li>`).join('\n')}
</ul>
</main>
</body>
</html>
`,
);
console.log(`Documentation site in site/: serve it, e.g. npx @web/dev-server --root-dir site --open`);
