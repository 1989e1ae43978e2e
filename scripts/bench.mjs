#!/usr/bin/env node
/**
 * `npm run bench`: how fast the example site (what `npm start` serves) feels, measured in
 * Chromium with `performance.now()` inside the page while waiting on what a person would see.
 * Each run uses a fresh browser context (no service worker, no module cache): cold start, the
 * first visit of a few views, opening the 2,000-message thread, and scrolling it. Prints median
 * and p90 over the runs and writes `.bench/results.json`. No thresholds: it measures, it does not
 * judge. Expects a build (`npm run build`). BENCH_RUNS overrides the number of runs (default 5).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The seeded 2,000-message thread (packages/mock/src/seed/messages.ts: LONG_THREAD_ID). */
const LONG_THREAD_ID = 'th-avery-checkins';
const LONG_THREAD_SUBJECT = 'Weekly check-ins';
const NEWEST_MESSAGE_ID = `${LONG_THREAD_ID}-m2000`;
const SCROLL_STEPS = 20;

if (!existsSync(resolve(root, 'packages/elements/cdn/portico.js'))) {
  console.error('packages/elements/cdn/portico.js is missing: run `npm run build` first, then `npm run bench`.');
  process.exit(1);
}

const port = await new Promise((done) => {
  const probe = createServer().listen(0, () => {
    const { port: free } = probe.address();
    probe.close(() => done(free));
  });
});
const server = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((done, fail) => {
  server.stdout.on('data', (chunk) => String(chunk).includes('http://localhost') && done());
  server.on('exit', (code) => fail(new Error(`server exited with ${code}`)));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/**
 * Runs in the page before its own scripts: helpers that pierce shadow roots, and a frame loop
 * that notes when the portal's first screen is ready (menu and every dashboard widget showing
 * content, not a loading placeholder), in ms since navigation start.
 */
function pageHelpers() {
  /** Every match of `selector` in `from` and the shadow roots below it. */
  const deep = (selector, from) => {
    const found = [...from.querySelectorAll(selector)];
    for (const el of from.querySelectorAll('*')) if (el.shadowRoot) found.push(...deep(selector, el.shadowRoot));
    return found;
  };
  /** `host >> inner`: matches of `inner` anywhere inside the shadow roots of the `host` matches. */
  const all = (chain) =>
    chain.split(' >> ').reduce((scopes, selector, i) => (i === 0 ? deep(selector, document) : scopes.flatMap((host) => (host.shadowRoot ? deep(selector, host.shadowRoot) : []))), []);
  /** Rendered and laid out (the first file rows sit just below the fold at 1280×900). */
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  /** Calls `act` at t0, then returns the ms until `ready()` holds in a frame. */
  const timeUntil = async (act, ready, timeout = 30000) => {
    const t0 = performance.now();
    act();
    for (;;) {
      if (ready()) return performance.now() - t0;
      if (performance.now() - t0 > timeout) throw new Error('timed out');
      await frame();
    }
  };
  const widgetsReady = () => {
    if (!all('portico-portal >> nav a[aria-current="page"]').length) return false;
    const bodies = all('portico-dashboard >> li.widget .widget-body > *');
    // Laid out (most widgets are below the fold), with content rather than a loading placeholder.
    return bodies.length > 0 && bodies.every((w) => w.shadowRoot && w.shadowRoot.childElementCount > 0 && !w.shadowRoot.querySelector('portico-state-loading') && visible(w));
  };
  globalThis.__bench = { all, visible, frame, timeUntil, coldStart: undefined };
  const poll = () => {
    if (widgetsReady()) globalThis.__bench.coldStart = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** Clicks the menu entry to `hash` and returns the ms until an element matching `selector` is visible. */
function firstVisit(page, hash, selector) {
  return page.evaluate(
    ([h, s]) => {
      const b = globalThis.__bench;
      return b.timeUntil(
        () => b.all(`portico-portal >> nav a[href="${h}"]`)[0].click(),
        () => b.all(s).some(b.visible),
      );
    },
    [hash, selector],
  );
}

async function run() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(pageHelpers);
  await page.goto(`http://localhost:${port}/`);
  await page.waitForFunction(() => globalThis.__bench?.coldStart !== undefined, null, { timeout: 30000 });
  const result = { coldStart: await page.evaluate(() => globalThis.__bench.coldStart) };

  result.files = await firstVisit(page, '#/files', 'portico-files >> li.file');
  result.billing = await firstVisit(page, '#/billing', 'portico-billing >> li.card');
  result.messages = await firstVisit(page, '#/messages', 'portico-messages >> [part="thread"]');

  Object.assign(
    result,
    await page.evaluate(
      ([subject, newestId]) => {
        const b = globalThis.__bench;
        const log = () => b.all('portico-messages-thread >> [part="log"]')[0];
        const newestInView = () => {
          const row = b.all(`portico-messages-thread >> [role="listitem"][data-id="${newestId}"]`)[0];
          const box = log()?.getBoundingClientRect();
          const r = row?.getBoundingClientRect();
          return !!r && r.height > 0 && r.bottom > box.top && r.top < box.bottom;
        };
        const button = b.all('portico-messages >> [part="thread"]').find((el) => el.textContent.trim().startsWith(subject));
        return b.timeUntil(() => button.click(), newestInView).then((openThread) => ({ openThread }));
      },
      [LONG_THREAD_SUBJECT, NEWEST_MESSAGE_ID],
    ),
  );
  // Let the opened thread settle (the pin to the newest message), as a reader would.
  await page.waitForTimeout(500);
  result.domRows = await page.evaluate(() => globalThis.__bench.all('portico-messages-thread >> [role="listitem"]').length);

  Object.assign(
    result,
    await page.evaluate(async (steps) => {
      const b = globalThis.__bench;
      const log = b.all('portico-messages-thread >> [part="log"]')[0];
      // The display's frame interval, from idle frames.
      const idle = [];
      let last = await new Promise((done) => requestAnimationFrame(done));
      for (let i = 0; i < 30; i++) {
        const now = await new Promise((done) => requestAnimationFrame(done));
        idle.push(now - last);
        last = now;
      }
      idle.sort((x, y) => x - y);
      const interval = idle[Math.floor(idle.length / 2)];

      const deltas = [];
      let running = true;
      let previous;
      const tick = (now) => {
        if (previous !== undefined) deltas.push(now - previous);
        previous = now;
        if (running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const before = log.scrollTop;
      let travelled = 0;
      for (let i = 0; i < steps; i++) {
        const top = log.scrollTop;
        log.scrollBy(0, -log.clientHeight);
        // The log keeps the reader's place when an older page lands above, so measure each step.
        await new Promise((done) => setTimeout(done, 100));
        travelled += Math.max(0, top - log.scrollTop);
      }
      await new Promise((done) => setTimeout(done, 300));
      running = false;
      const dropped = deltas.reduce((sum, d) => sum + Math.max(0, Math.round(d / interval) - 1), 0);
      return {
        frameInterval: interval,
        scrollFrameMean: deltas.reduce((sum, d) => sum + d, 0) / deltas.length,
        scrollFrameMax: Math.max(...deltas),
        scrollDroppedShare: dropped / (dropped + deltas.length),
        scrollRowsInDom: b.all('portico-messages-thread >> [role="listitem"]').length,
        scrollStartTop: before,
        scrollTravelled: travelled,
      };
    }, SCROLL_STEPS),
  );
  await context.close();
  if (problems.length) throw new Error(problems.join('\n'));
  return result;
}

const chromiumVersion = browser.version();
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    runs.push(await run());
    process.stderr.write(`run ${i + 1}/${RUNS} done\n`);
  }
} finally {
  await browser.close();
  server.kill();
}

/** Nearest-rank percentile. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const metrics = [
  ['coldStart', 'cold start → menu + dashboard widgets', 'ms'],
  ['files', 'first visit: Files → file rows', 'ms'],
  ['billing', 'first visit: Billing → invoice rows', 'ms'],
  ['messages', 'first visit: Messages → thread list', 'ms'],
  ['openThread', `open "${LONG_THREAD_SUBJECT}" (2,000) → newest in view`, 'ms'],
  ['domRows', '  message rows in the DOM after opening', 'rows'],
  ['scrollFrameMean', `scroll up ${SCROLL_STEPS} viewports: mean frame time`, 'ms'],
  ['scrollFrameMax', '  longest frame', 'ms'],
  ['scrollDroppedShare', '  dropped frames', '%'],
  ['scrollRowsInDom', '  message rows in the DOM after scrolling', 'rows'],
  ['scrollTravelled', '  distance scrolled (older pages load on the way)', 'px'],
];
const summary = {};
for (const [key, label, unit] of metrics) {
  const values = runs.map((r) => r[key]);
  summary[key] = { label: label.trim(), unit, median: percentile(values, 50), p90: percentile(values, 90), runs: values };
}

const format = (value, unit) => (unit === '%' ? `${(value * 100).toFixed(1)}%` : unit === 'rows' || unit === 'px' ? String(Math.round(value)) : value.toFixed(1));
const width = Math.max(...metrics.map(([, label]) => label.length));
console.log(`\nPortico benchmark: example site, Chromium, ${RUNS} runs (fresh context each), frame interval ≈ ${percentile(runs.map((r) => r.frameInterval), 50).toFixed(1)} ms`);
console.log(`${'metric'.padEnd(width)}  ${'median'.padStart(9)}  ${'p90'.padStart(9)}  unit`);
for (const [key, label, unit] of metrics) {
  const s = summary[key];
  console.log(`${label.padEnd(width)}  ${format(s.median, unit).padStart(9)}  ${format(s.p90, unit).padStart(9)}  ${unit === '%' ? '' : unit}`);
}

await mkdir(resolve(root, '.bench'), { recursive: true });
const out = {
  date: new Date().toISOString(),
  node: process.version,
  chromium: chromiumVersion,
  runs: RUNS,
  viewport: { width: 1280, height: 900 },
  metrics: summary,
  raw: runs,
};
await writeFile(resolve(root, '.bench/results.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log('\nWrote .bench/results.json');
