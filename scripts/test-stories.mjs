#!/usr/bin/env node
/**
 * Runs the built Storybook's stories as tests: every story in `storybook-static/index.json` is
 * rendered in Chromium (`iframe.html?id=…`) and must finish its play function without an error,
 * actually draw its elements (every custom element defined, the story's own Portico elements
 * rendered, some text or graphics) and pass axe on the story root. Each docs page (autodocs)
 * must render too. Expects `npm run build-storybook` first.
 *
 * A lane opens a stories file once and switches between its stories in the page, as Storybook's
 * UI does (much faster than a page load per story); a story that fails that way is run again on
 * a freshly loaded page, and that run decides (the summary lists such stories). A story that
 * does not finish within 20 s fails.
 *
 *   node scripts/test-stories.mjs [filter]     # filter: part of a story id, e.g. `team--`
 *
 * Env: CHROME_PATH (default /usr/bin/chromium), STORIES_DIR (default storybook-static),
 * STORIES_CONCURRENCY (default 2), STORIES_GLOBALS (extra toolbar globals for every story, e.g.
 * `theme:dark`; most play functions read English text, so `locale:es` fails them), STORIES_DEBUG
 * (log requests the static server cannot answer). Last line: `Stories: N passed, N failed`
 * (docs pages included); exit 1 on failure.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(process.env.STORIES_DIR ?? 'storybook-static');
const filter = process.argv[2] ?? '';
const concurrency = Math.max(1, Number(process.env.STORIES_CONCURRENCY ?? 2));
const STORY_TIMEOUT = 20_000;
// The a11y addon's own axe run is switched off: this script runs axe itself, once.
const globals = ['a11y.manual:!true', ...(process.env.STORIES_GLOBALS ?? '').split(';').filter(Boolean)].join(';');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

if (!existsSync(join(root, 'index.json'))) {
  console.log(`No ${join(root, 'index.json')}: run \`npm run build-storybook\` first.`);
  console.log('Stories: 0 passed, 1 failed');
  process.exit(1);
}

// ── a small static server for the built Storybook ──
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.map': 'application/json', '.txt': 'text/plain',
};
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    if (process.env.STORIES_DEBUG) console.error(`404 ${request.method} ${request.url}`);
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://localhost:${server.address().port}`;

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
// Stories, and the docs pages (autodocs) after their file's stories.
const stories = Object.values(index.entries)
  .filter((entry) => (entry.type === 'story' || entry.type === 'docs') && entry.id.includes(filter))
  .sort((a, b) => (a.type === b.type ? a.id.localeCompare(b.id) : a.type === 'story' ? -1 : 1));

/**
 * Runs in the page before Storybook: records each render's outcome from the channel's events in
 * `window.__storyOutcome`, which the runner replaces before switching to the next story.
 */
function watchStorybook() {
  window.__storyOutcome = { id: undefined, finished: false, status: undefined, errors: [] };
  const outcome = () => window.__storyOutcome;
  const describe = (error) => (error && typeof error === 'object' ? `${error.name ?? 'Error'}: ${error.message ?? JSON.stringify(error)}` : String(error));
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('playFunctionThrewException', (error) => outcome().errors.push(`play function: ${describe(error)}`));
      value.on('storyThrewException', (error) => outcome().errors.push(`render: ${describe(error)}`));
      value.on('storyErrored', (error) => outcome().errors.push(`render: ${error?.title ?? ''} ${error?.description ?? ''}`.trim()));
      value.on('storyMissing', (id) => outcome().errors.push(`story missing: ${id}`));
      value.on('unhandledErrorsWhilePlaying', (errors) => outcome().errors.push(...errors.map((e) => `unhandled while playing: ${describe(e)}`)));
      value.on('docsRendered', (id) => {
        if (outcome().id !== undefined && id !== outcome().id) return;
        outcome().status = 'success';
        outcome().finished = true;
      });
      value.on('storyFinished', (event) => {
        // A late event from the story before is not this story's outcome.
        if (outcome().id !== undefined && event?.storyId !== outcome().id) return;
        outcome().status = event?.status;
        outcome().finished = true;
      });
    },
  });
}

/**
 * Checks the story drew something real: the root has elements, every custom element in it
 * (through shadow roots) is defined, the story's own Portico elements have rendered, and there
 * is text or graphics.
 * Catches a view whose import is missing (an undefined tag draws nothing) or a blank render.
 */
function checkRendered() {
  const problems = [];
  const root = document.querySelector('#storybook-root');
  if (!root || root.childElementCount === 0) return ['the story root is empty'];
  const undefinedTags = new Set();
  const blank = new Set();
  let text = '';
  let graphics = 0;
  // `light`: the story's own markup (not inside a shadow root), whose elements must all draw something.
  const walk = (node, light) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += child.textContent;
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const tag = child.localName;
      if (tag === 'style' || tag === 'script' || tag === 'template') continue;
      if (tag === 'svg' || tag === 'img' || tag === 'canvas' || tag === 'meter' || tag === 'progress') graphics += 1;
      if (tag.includes('-')) {
        if (!customElements.get(tag)) undefinedTags.add(tag);
        else if (light && tag.startsWith('portico-') && child.shadowRoot?.childElementCount === 0) blank.add(tag);
      }
      if (child.shadowRoot) walk(child.shadowRoot, false);
      walk(child, light);
    }
  };
  walk(root, true);
  if (undefinedTags.size) problems.push(`not defined (missing import?): ${[...undefinedTags].join(', ')}`);
  if (blank.size) problems.push(`rendered nothing: ${[...blank].join(', ')}`);
  const box = root.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) problems.push('the story root has no size');
  if (!text.trim() && graphics === 0) problems.push('the story shows no text or graphics');
  return problems;
}

/** Runs axe on the story root, honouring a story's `parameters.a11y` (`test: 'off'`, disabled rules). */
async function runAxe() {
  const parameters = window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.a11y ?? {};
  if (parameters.disable === true || parameters.test === 'off') return { skipped: true, violations: [] };
  const rules = { region: { enabled: false } };
  for (const rule of parameters.config?.rules ?? []) if (rule.id && rule.enabled === false) rules[rule.id] = { enabled: false };
  const result = await window.axe.run(document.querySelector('#storybook-root') ?? document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules,
    resultTypes: ['violations'],
  });
  return {
    skipped: false,
    violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    })),
  };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const started = Date.now();
let passed = 0;
let failed = 0;
/** Stories that failed after the story before them in the same page, and passed on a fresh one. */
const isolatedOnly = [];

/**
 * MSW's `worker.start()` calls `registration.update()` without awaiting it; when Chromium is
 * still busy with the previous page's update it rejects ("Not found"). The running worker is
 * unaffected, so this one harness-made rejection is not held against the story.
 */
const HARNESS_ERRORS = [/Failed to update a ServiceWorker for scope .*mockServiceWorker\.js/];

/**
 * One lane: its own browser context (so its own service worker) and page. A stories file is
 * opened once (`page.goto`) and its stories are switched in the page, as Storybook's own UI
 * and test runner do; a story that fails that way is run again on a freshly loaded page, and
 * that run decides.
 */
async function lane(queue) {
  // Storybook pauses animations instead of waiting for them when it sees this user agent.
  const probe = await browser.newPage();
  const userAgent = `${await probe.evaluate(() => navigator.userAgent)} StorybookTestRunner`;
  await probe.close();
  const context = await browser.newContext({ userAgent, viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
  await context.addInitScript(watchStorybook);
  const page = await context.newPage();
  let pageErrors = [];
  page.on('pageerror', (error) => {
    if (!HARNESS_ERRORS.some((pattern) => pattern.test(error.message))) pageErrors.push(`page error: ${error.message}`);
  });

  /** Renders one story (in the open page, or by loading the page) and checks it; returns the problems. */
  async function check(story, fresh) {
    pageErrors = [];
    const problems = [];
    try {
      if (fresh || story.type === 'docs') {
        await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=${story.type}&globals=${encodeURIComponent(globals)}`);
        await page.evaluate((id) => (window.__storyOutcome.id = id), story.id);
      } else {
        await page.evaluate((id) => {
          window.__storyOutcome = { id, finished: false, status: undefined, errors: [] };
          window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
        }, story.id);
      }
      await page.waitForFunction(() => window.__storyOutcome?.finished, null, { timeout: STORY_TIMEOUT }).catch(async () => {
        const phase = await page.evaluate(() => window.__STORYBOOK_PREVIEW__?.currentRender?.phase).catch(() => undefined);
        problems.push(`did not finish within ${STORY_TIMEOUT / 1000}s (phase: ${phase ?? 'unknown'})`);
      });
      const outcome = await page.evaluate(() => window.__storyOutcome);
      problems.push(...outcome.errors);
      if (outcome.finished && outcome.status !== 'success' && outcome.errors.length === 0) problems.push(`finished with status "${outcome.status}"`);
      if (story.type === 'docs') {
        // A docs page: it rendered, with its stories' blocks (axe is for the stories themselves).
        if (outcome.finished && !(await page.evaluate(() => document.querySelector('#storybook-docs')?.textContent?.trim()))) problems.push('the docs page is empty');
      } else if (outcome.finished && problems.length === 0) problems.push(...(await page.evaluate(checkRendered)));
      if (story.type === 'story' && outcome.finished && problems.length === 0) {
        if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
        const axe = await page.evaluate(runAxe);
        for (const v of axe.violations) problems.push(`axe ${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);
      }
      problems.push(...pageErrors);
    } catch (error) {
      problems.push(String(error?.message ?? error).split('\n')[0]);
    }
    return problems;
  }

  for (let group = queue.shift(); group; group = queue.shift()) {
    let fresh = true;
    for (const story of group) {
      const name = `${story.title} › ${story.type === 'docs' ? 'Docs page' : story.name}`;
      const t0 = Date.now();
      let problems = await check(story, fresh);
      let note = '';
      if (problems.length > 0 && !fresh) {
        const inPage = problems;
        problems = await check(story, true);
        if (problems.length === 0) {
          note = ' — passed on a fresh page only';
          isolatedOnly.push(`${name}: ${inPage[0]}`);
        }
      }
      // After a failure the page may be in any state: the next story loads it afresh.
      fresh = problems.length > 0;
      const ms = Date.now() - t0;
      if (problems.length === 0) {
        passed += 1;
        console.log(`  ✓ ${name} (${ms} ms)${note}`);
      } else {
        failed += 1;
        console.log(`  ✗ ${name} (${ms} ms)\n      ${problems.join('\n      ')}`);
      }
    }
  }
  await context.close();
}

const docsPages = stories.filter((entry) => entry.type === 'docs').length;
console.log(`Storybook stories (${stories.length - docsPages}) and docs pages (${docsPages}) from ${root}${process.env.STORIES_GLOBALS ? ` with ${process.env.STORIES_GLOBALS}` : ''}`);
try {
  // One group per stories file, biggest first so the lanes finish together.
  const groups = new Map();
  for (const story of stories) groups.set(story.importPath, [...(groups.get(story.importPath) ?? []), story]);
  const queue = [...groups.values()].sort((a, b) => b.length - a.length);
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length || 1) }, () => lane(queue)));
} finally {
  await browser.close();
  server.close();
}
if (stories.length === 0) failed += 1;
if (isolatedOnly.length) {
  console.log(`\n${isolatedOnly.length} passed only on a fresh page (failed right after another story in the same page):`);
  for (const line of isolatedOnly) console.log(`  ! ${line}`);
}
console.log(`Ran in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`Stories: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
