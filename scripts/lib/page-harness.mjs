/**
 * Shared by the probe, chaos and snippet runs (scripts/test-probe.mjs, test-chaos.mjs,
 * test-snippets.mjs): a static server for the built bundle and the example site WITHOUT a
 * Content-Security-Policy (so a script smuggled in through data would run, and be seen), one
 * Chromium, and small checks that report precisely what failed.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { chromium } from 'playwright-core';
import { built, locate, root, types } from './example-site.mjs';

export { root };

/**
 * Serves the example site as `npm start` does (scripts/lib/example-site.mjs), plus
 * in-memory `pages` (path → HTML). No CSP header. Resolves with the origin.
 */
export async function serve(pages = new Map()) {
  if (!built()) throw new Error('No build: run `npm run build` first.');
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const headers = { 'cache-control': 'no-store', ...(pathname === '/mockServiceWorker.js' ? { 'service-worker-allowed': '/' } : {}) };
    if (pages.has(pathname)) {
      res.writeHead(200, { ...headers, 'content-type': types['.html'] }).end(pages.get(pathname));
      return;
    }
    const file = locate(decodeURIComponent(pathname));
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://localhost:${server.address().port}`, close: () => server.close() };
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Runs named checks and prints `✓ name` / `✗ name` with the reason; `summary(label)` prints the
 * closing `Label: N passed, N failed` line. Checks run `concurrency` at a time; `CHECKS_ONLY`
 * (a regular expression) narrows a run to the matching names.
 */
export function createChecks({ concurrency = 2 } = {}) {
  const queue = [];
  const results = [];
  // CHECKS_ONLY=<regex> runs only the checks (or groups) whose name matches, while iterating.
  const only = process.env.CHECKS_ONLY ? new RegExp(process.env.CHECKS_ONLY) : null;
  return {
    add(name, run) {
      if (!only || only.test(name)) queue.push({ name, run });
    },
    /**
     * A job that reports several results (`record(name, problems)`, a passing one when
     * `problems` is empty); the job itself counts only if it throws (one failure).
     */
    addGroup(name, run) {
      if (!only || only.test(name)) queue.push({ name, run, group: true });
    },
    async runAll() {
      let next = 0;
      const worker = async () => {
        while (next < queue.length) {
          const { name, run, group } = queue[next++];
          const started = Date.now();
          const record = (label, problems = [], note = '') => {
            const full = `${name} · ${label}`;
            if (problems.length === 0) {
              results.push({ name: full, ok: true });
              console.log(`  ✓ ${full}${note ? ` — ${note}` : ''}`);
            } else {
              results.push({ name: full, ok: false, message: problems.join('; ') });
              console.log(`  ✗ ${full}${note ? ` — ${note}` : ''}\n      ${problems.join('\n      ')}`);
            }
          };
          try {
            const note = await run(record);
            if (group) continue;
            results.push({ name, ok: true });
            console.log(`  ✓ ${name}${note ? ` — ${note}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
          } catch (error) {
            results.push({ name, ok: false, message: String(error?.message ?? error) });
            console.log(`  ✗ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n      ${String(error?.message ?? error).split('\n').join('\n      ')}`);
          }
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      return results;
    },
    summary(label) {
      const failed = results.filter((r) => !r.ok);
      if (failed.length) console.log(`\n${label} failures:\n${failed.map((r) => `  - ${r.name}: ${r.message.split('\n')[0]}`).join('\n')}`);
      console.log(`\n${label}: ${results.length - failed.length} passed, ${failed.length} failed`);
      return failed.length === 0;
    },
  };
}

/** Fails with `message` unless `condition` holds. */
export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** Polls `check` in Node until it returns a truthy value; throws `message` after `timeout`. */
export async function until(check, { timeout = 15000, message = 'condition', interval = 100 } = {}) {
  const started = Date.now();
  let last;
  for (;;) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() - started > timeout) throw new Error(`Timed out after ${timeout / 1000} s waiting for ${message}${last instanceof Error ? ` (${last.message})` : ''}`);
    await new Promise((done) => setTimeout(done, interval));
  }
}

/**
 * In the page: the deep state of the portal's current view. `content` once it shows something
 * other than a loading state, `error` with an error panel, `loading` otherwise.
 */
export function viewState(page, hostSelector = 'portico-portal') {
  return page.evaluate((selector) => {
    const deep = (node, out = []) => {
      for (const el of node.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) deep(el.shadowRoot, out);
      }
      return out;
    };
    const host = document.querySelector(selector);
    const main = host?.shadowRoot?.querySelector('.main') ?? host?.shadowRoot ?? host;
    if (!main) return { state: 'missing', text: '' };
    const all = deep(main);
    const visible = (el) => el.getClientRects().length > 0;
    const errors = all.filter((el) => el.localName === 'portico-state-error' && visible(el));
    const loading = all.filter((el) => el.localName === 'portico-state-loading' && visible(el));
    const text = (main.innerText ?? '').trim();
    const heading = all.find((el) => el.localName === 'h2' && visible(el));
    if (errors.length) {
      const panel = errors[0];
      const retry = [...(panel.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => /try again|retry/i.test(b.textContent ?? ''));
      return { state: 'error', text: (panel.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200), retry: Boolean(retry), loading: loading.length };
    }
    if (heading && loading.length === 0) return { state: 'content', text: text.slice(0, 200) };
    return { state: 'loading', text: text.slice(0, 200), loading: loading.length };
  }, hostSelector);
}

/**
 * Sets the portal's hash to `hash` (unless `navigate` is false) and waits until that view is the
 * current one and shows content or an error panel, the same on two readings in a row (so a view
 * still swapping its panels is not taken as open). Throws "blank" or "stuck loading" after `timeout`.
 */
export async function openView(page, hash, { timeout = 30000, navigate = true } = {}) {
  const name = hash.split('/')[1];
  const started = Date.now();
  if (navigate) await page.evaluate((next) => (location.hash = next), hash);
  let previous = null;
  let last = null;
  try {
    const state = await until(async () => {
      last = await viewState(page);
      const current = await page.evaluate(() => document.querySelector('portico-portal')?.getAttribute('view'));
      const settled = current === name && (last.state === 'content' || last.state === 'error');
      const stable = settled && previous?.state === last.state && previous?.text === last.text;
      previous = settled ? last : null;
      return stable ? last : null;
    }, { timeout, message: `${hash} to open`, interval: 150 });
    return { state, ms: Date.now() - started - 150 };
  } catch {
    throw new Error(`${hash} ${last?.state === 'loading' ? 'stuck loading' : last?.state === 'missing' || !last?.text ? 'blank' : `not shown (${last?.state})`} after ${timeout / 1000} s: ${JSON.stringify(last)}`);
  }
}
