#!/usr/bin/env node
/**
 * What a developer outside this repository runs, from the built packages (`npm run build`):
 *   1. `portico-mock serve --port 0` starts; its printed base URL and tokens are read.
 *   2. `portico-conformance` runs the adapter contract suite over HTTP against it; each of its
 *      checks counts here.
 *   3. A page on another origin (another port), with a strict CSP, loads the script-tag bundle
 *      and shows the portal against that server in Chromium: the menu and dashboard content
 *      appear, every request carries the token, and nothing breaks the CSP.
 * Prints `Conformance: N passed, N failed`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

/** The script-tag bundle: in the elements package once it ships there, else the root build. */
const BUNDLE_DIR = resolve('packages/elements/cdn');
const MOCK_BIN = 'packages/mock/bin/portico-mock.js';
const CONFORMANCE_BIN = 'packages/core/bin/portico-conformance.js';

let passed = 0;
let failed = 0;
const children = [];
const stopAll = () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('exit', stopAll);

try {
  await main();
} catch (error) {
  failed += 1;
  console.log(`  ✗ ${String(error?.stack ?? error).split('\n').join('\n      ')}`);
}
stopAll();
console.log(`Conformance: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

async function main() {
  const { DEMO_CREDENTIALS, DEMO_INVITATION_TOKEN, createSeed, guestContractLinks } = await import('../packages/mock/dist/node.js');
  // The mock's guest links, in the file form `--guest-links` reads.
  const links = guestContractLinks(() => createSeed());
  const guestLinksFile = join(await mkdtemp(join(tmpdir(), 'portico-guest-links-')), 'links.json');
  await writeFile(guestLinksFile, JSON.stringify({ pay: links.pay(), sign: links.sign(), confirm: links.confirm(), expired: links.expired, used: links.used, revoked: links.revoked }));

  // 1. The mock server, as `npx portico-mock serve` starts it.
  const mock = spawn(process.execPath, [MOCK_BIN, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(mock);
  const started = await readLines(mock, (lines) => lines.some((l) => l.startsWith('token payer ')), 20000, 'portico-mock serve to print its tokens');
  const baseUrl = /^Portico mock backend: (\S+)$/m.exec(started.join('\n'))?.[1];
  const tokens = Object.fromEntries(started.filter((l) => l.startsWith('token ')).map((l) => l.split(' ').slice(1)));
  if (!baseUrl || !tokens.client || !tokens.guardian || !tokens.payer) throw new Error(`portico-mock serve printed:\n${started.join('\n')}`);
  console.log(`  portico-mock serve: ${baseUrl}`);

  // 2. The conformance CLI against it, with the demo sign-in and invitation so every check runs.
  const cli = spawn(process.execPath, [
    CONFORMANCE_BIN, '--base-url', baseUrl,
    '--token-client', tokens.client, '--token-guardian', tokens.guardian, '--token-payer', tokens.payer,
    '--email', DEMO_CREDENTIALS.client.email, '--password', DEMO_CREDENTIALS.client.password,
    '--invitation-token', DEMO_INVITATION_TOKEN,
    '--guest-links', guestLinksFile,
  ], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(cli);
  let out = '';
  cli.stdout.on('data', (chunk) => {
    out += chunk;
    process.stdout.write(String(chunk).replace(/^(?=.)/gm, '  '));
  });
  const code = await new Promise((done) => cli.on('exit', done));
  const closing = /^(\d+) passed, (\d+) failed$/m.exec(out);
  if (!closing) throw new Error(`portico-conformance ended (exit ${code}) without its closing line`);
  passed += Number(closing[1]);
  failed += Number(closing[2]);
  if ((code === 0) !== (Number(closing[2]) === 0)) {
    failed += 1;
    console.log(`  ✗ portico-conformance exit code ${code} does not match its result`);
  }
  const skipped = /^(\d+) skipped$/m.exec(out);
  if (skipped) {
    failed += 1;
    console.log(`  ✗ ${skipped[1]} conformance checks were skipped`);
  }
  if (Number(closing[1]) < 40) {
    failed += 1;
    console.log(`  ✗ only ${closing[1]} conformance checks passed; the suite has at least 40`);
  }

  // 3. The script tag on another origin, against the server.
  await checkPageOnAnotherOrigin(baseUrl, tokens.client);
}

async function checkPageOnAnotherOrigin(baseUrl, token) {
  if (!existsSync(join(BUNDLE_DIR, 'portico.js'))) throw new Error(`no script-tag bundle in ${BUNDLE_DIR}: run npm run build`);
  const mockOrigin = new URL(baseUrl).origin;
  const csp = [
    "default-src 'none'", "script-src 'self'", "style-src 'self'", `connect-src ${mockOrigin}`,
    `img-src 'self' data: blob: ${mockOrigin}`, "font-src 'self'", "base-uri 'none'", "form-action 'none'",
  ].join('; ');
  const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>A host site</title><link rel="icon" href="data:,"></head>
<body>
  <h1>A host site on another origin</h1>
  <script type="module" src="/portico.js"></script>
  <portico-portal id="portal" api-base-url="${baseUrl}" routing="none"></portico-portal>
  <script type="module" src="/host.js"></script>
</body>
</html>`;
  // The host's own code, as docs/embedding.md shows it: a module script after the element.
  const host = `document.getElementById('portal').getAccessToken = async () => ${JSON.stringify(token)};\n`;
  const types = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html' };
  const site = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://site').pathname;
    const headers = { 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' };
    if (path === '/') return res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(page);
    if (path === '/host.js') return res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(host);
    const file = normalize(join(BUNDLE_DIR, path));
    if (!file.startsWith(BUNDLE_DIR)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, headers).end();
    }
  });
  await new Promise((done) => site.listen(0, '127.0.0.1', done));
  const siteUrl = `http://127.0.0.1:${site.address().port}/`;

  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await check('a page on another origin with a strict CSP shows the portal from the script tag against portico-mock serve', async () => {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems = [];
      const requests = [];
      tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      tab.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
      tab.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} for ${response.url()}`));
      tab.on('request', (request) => {
        if (request.url().startsWith(baseUrl) && request.method() !== 'OPTIONS') requests.push(request);
      });
      await tab.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
      });
      await tab.goto(siteUrl);
      const portal = tab.locator('portico-portal');
      const menu = portal.locator('nav').getByRole('link');
      await portal.locator('nav a[aria-current="page"]').waitFor({ timeout: 30000 });
      const labels = (await menu.allInnerTexts()).map((t) => t.trim());
      if (!labels.includes('Dashboard') || !labels.includes('Messages')) throw new Error(`menu: ${labels.join(', ')}`);
      const main = portal.locator('.main');
      await main.getByRole('heading', { level: 2, name: /^Welcome/ }).waitFor({ timeout: 30000 });
      await main.getByRole('list', { name: 'Dashboard widgets' }).getByRole('heading', { level: 3 }).first().waitFor({ timeout: 30000 });
      await tab.waitForLoadState('networkidle');
      const withoutToken = [];
      for (const request of requests) {
        if ((await request.headerValue('authorization')) !== `Bearer ${token}`) withoutToken.push(request.url());
      }
      if (requests.length === 0) problems.push('no request reached portico-mock serve');
      if (withoutToken.length) problems.push(`requests without the token: ${withoutToken.join(', ')}`);
      await tab.close();
      if (problems.length) throw new Error(problems.join('\n'));
    });
  } finally {
    await browser.close();
    site.close();
  }
}

async function check(name, run) {
  try {
    await run();
    passed += 1;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`  ✗ ${name}\n      ${String(error?.message ?? error).split('\n').join('\n      ')}`);
  }
}

/** Collects a child's stdout lines until `done(lines)` holds. */
function readLines(child, done, timeout, what) {
  return new Promise((resolveLines, reject) => {
    const lines = [];
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; got:\n${lines.join('\n')}`)), timeout);
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      lines.push(...parts);
      if (done(lines)) {
        clearTimeout(timer);
        resolveLines(lines);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what}: exited with ${code}; printed:\n${lines.join('\n')}`));
    });
  });
}
