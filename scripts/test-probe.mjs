#!/usr/bin/env node
/**
 * The hostile-data probe (issue #13): the built example site on a page WITHOUT a CSP, its mock
 * in hostile mode (every seeded text and URL field the backend returns is a corpus string, see
 * packages/mock/src/hostile/), as each of the three roles. Expects `npm run build`.
 *
 * For every menu view and the main item states (a thread, an invoice, a file preview, a form,
 * an appointment), with `?hostile=vectors`:
 * - no script ran: every vector calls `window.__xss('<id>')`, and `alert`/`confirm`/`prompt`
 *   and `window.open` with a script URL are recorded; links with a script URL are clicked;
 * - no markup from data: no element in the portal carries an inline event handler, and no
 *   `href`/`src`/`action`/`data` holds a `javascript:`, `vbscript:` or scriptable `data:` URL;
 * - no page error;
 * - no sideways overflow at 1280 px and 375 px (`scrollWidth <= innerWidth`);
 * then every text field the person can type in there gets corpus strings (submitted with
 * Enter, and the composer sent), and the same checks run again.
 * With `?hostile=long` (100,000-character strings): every view and item opens (content or an
 * error panel) within a generous budget, timings printed; no sideways overflow.
 *
 * Prints one line per state and `Probe: N passed, N failed`. PROBE_ROLES=client,payer and
 * PROBE_MODES=vectors,long narrow a run.
 */
import { createChecks, launch, openView, serve, until, viewState } from './lib/page-harness.mjs';

const ROLES = (process.env.PROBE_ROLES ?? 'client,guardian,payer').split(',');
const MODES = (process.env.PROBE_MODES ?? 'vectors,long').split(',');
const OPEN_BUDGET = { vectors: 30000, long: 90000 };

const server = await serve();
const browser = await launch();
const checks = createChecks({ concurrency: 2 });
const timings = [];

/** Installed before any page script: the sentinel every vector calls, and recorders. */
function sentinel() {
  const hits = [];
  Object.defineProperty(window, '__xssHits', { value: hits });
  // Returns nothing: a javascript: URL that evaluates to a value would replace the document.
  window.__xss = (id) => void hits.push(String(id));
  for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = (...args) => void hits.push(`${name}(${String(args[0] ?? '').slice(0, 40)})`);
  const open = window.open.bind(window);
  window.open = (url, ...rest) => {
    const bare = [...String(url ?? '')].filter((c) => c.charCodeAt(0) > 0x20).join('');
    if (/^(javascript|vbscript|data):/i.test(bare)) {
      hits.push(`window.open(${String(url).slice(0, 60)})`);
      return null;
    }
    return open(url, ...rest);
  };
}

/** In the page: script URLs and inline handlers anywhere in the portal (deep), and clicks script links. */
function scanPortal() {
  const portal = document.querySelector('portico-portal');
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (portal?.shadowRoot) walk(portal.shadowRoot);
  // Browsers ignore control characters and spaces in a URL's scheme, so strip them first.
  const scriptUrl = (value) => /^(javascript|vbscript|data:(text\/html|image\/svg|application\/xhtml|text\/xml))/i.test([...value].filter((c) => c.charCodeAt(0) > 0x20).join(''));
  // Control characters shown as \uXXXX, so a report line stays one line.
  const shown = (value) => [...value.slice(0, 50)].map((c) => (c.charCodeAt(0) < 0x20 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('');
  const urls = [];
  const handlers = [];
  const injected = [];
  for (const el of all) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) handlers.push(`<${el.localName} ${attr.name}>`);
      if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'srcdoc'].includes(attr.name) && (attr.name === 'srcdoc' || scriptUrl(attr.value))) {
        urls.push(`<${el.localName} ${attr.name}="${shown(attr.value)}">`);
      }
    }
    if (['script', 'iframe', 'object', 'embed', 'base', 'meta'].includes(el.localName) && !el.closest?.('[data-portico-allowed]')) {
      // Portico's own iframes (print, PDF preview) point at blob: URLs; anything else came from data.
      const src = el.getAttribute('src') ?? el.getAttribute('data') ?? '';
      if (!/^blob:/.test(src) && el.localName !== 'iframe') injected.push(`<${el.localName}${src ? ` ${el.hasAttribute('src') ? 'src' : 'data'}="${shown(src)}"` : ''}>`);
      if (el.localName === 'iframe' && !/^(blob:|about:blank|$)/.test(src)) injected.push(`<iframe src="${shown(src)}">`);
    }
  }
  // A person clicking such a link: does the script run? (The sentinel records it; a javascript:
  // URL runs as a queued navigation, so the caller reads the hits a moment later.)
  let clicked = 0;
  for (const el of all) {
    if (el.localName === 'a' && scriptUrl(el.getAttribute('href') ?? '')) {
      el.removeAttribute('target');
      el.removeAttribute('download');
      el.click();
      clicked++;
    }
  }
  return { urls, handlers, injected, clicked };
}

async function overflowAt(page, width) {
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The states to visit: every menu view, then an item of each kind the role can see. */
async function statesFor(page) {
  const menu = await page.evaluate(() => [...document.querySelector('portico-portal').shadowRoot.querySelectorAll('nav a[href^="#/"]')].map((a) => a.getAttribute('href')));
  const items = await page.evaluate(() => {
    const mock = window.porticoMock;
    const { data } = mock.db;
    const clientId = mock.db.sessionFor(mock.db.user(mock.user)).defaultClientId;
    const mine = (rows) => rows.find((r) => r.clientId === clientId)?.id;
    return {
      // The shortest thread with an attachment (its link comes from data too; a long thread
      // would have it pages back, out of view).
      messages: data.threads
        .filter((t) => t.clientId === clientId)
        .map((t) => ({ id: t.id, messages: data.messages[t.id] ?? [] }))
        .sort((a, b) => Number(b.messages.some((m) => m.attachments?.length)) - Number(a.messages.some((m) => m.attachments?.length)) || a.messages.length - b.messages.length)[0]?.id,
      billing: mine(data.invoices),
      files: mine(data.files),
      forms: mine(data.assignments),
      schedule: data.appointments.find((a) => a.clientId === clientId && a.visibleToClient)?.id,
    };
  });
  const states = [...menu];
  for (const [view, id] of Object.entries(items)) if (id && menu.includes(`#/${view}`)) states.push(`#/${view}/${encodeURIComponent(id)}`);
  return states;
}

async function openState(page, hash, budget) {
  return openView(page, hash, { timeout: budget });
}

const view = (page) => page.locator('portico-portal .main');

/** Puts corpus strings in every text field of the current view, submits with Enter, sends a composer. */
async function typeEverywhere(page, corpus, start) {
  const fields = page.locator('portico-portal .main').locator('input:not([type]), input[type=text], input[type=search], input[type=email], input[type=tel], input[type=url], textarea');
  const count = await fields.count();
  let typed = 0;
  for (let i = 0; i < count; i++) {
    const field = fields.nth(i);
    if (!(await field.isVisible().catch(() => false)) || !(await field.isEditable().catch(() => false))) continue;
    const value = corpus[(start + typed) % corpus.length];
    await field.fill(value, { timeout: 5000 }).catch(() => {});
    typed++;
    const single = await field.evaluate((el) => el.localName === 'input').catch(() => false);
    if (single) await field.press('Enter', { timeout: 5000 }).catch(() => {});
  }
  const send = page.locator('portico-portal .main').getByRole('button', { name: 'Send', exact: true });
  if (await send.first().isVisible().catch(() => false)) await send.first().click({ timeout: 5000 }).catch(() => {});
  return typed;
}

function addRole(role, mode) {
  checks.addGroup(`${role} · ${mode}`, async (record) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await context.addInitScript(sentinel);
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message.split('\n')[0].slice(0, 200)));
      page.on('dialog', (dialog) => dialog.dismiss().catch(() => {}));
      const hostile = mode === 'long' ? 'long' : 'vectors';
      const boot = async () => {
        // Through about:blank: the same URL with another hash would not load a new document.
        await page.goto('about:blank');
        await page.goto(`${server.origin}/?as=${role}&hostile=${hostile}&probe#/dashboard`);
        await until(() => page.evaluate(() => Boolean(document.querySelector('portico-portal')?.shadowRoot?.querySelector('nav a[aria-current="page"]'))), { timeout: 60000, message: 'the portal menu' });
      };
      await boot();
      const corpus = mode === 'vectors' ? await page.evaluate(async () => (await import('/mock/portico-mock.js')).SHORT_CORPUS.map((s) => s.value)) : [];
      const states = await statesFor(page);
      let typedTotal = 0;
      for (const hash of states) {
        const problems = [];
        const errorsBefore = errors.length;
        let opened;
        try {
          opened = await openState(page, hash, OPEN_BUDGET[mode]);
          timings.push({ role, mode, hash, ms: opened.ms, state: opened.state.state });
        } catch (error) {
          record(hash, [`never opened: ${error.message}`]);
          await page.evaluate(() => (location.hash = '#/dashboard')).catch(() => {});
          continue;
        }
        const scanForScripts = async (when) => {
          const scan = await page.evaluate(scanPortal);
          if (scan.clicked) await page.waitForTimeout(300);
          const hits = await page.evaluate(() => [...window.__xssHits]);
          if (hits.length) problems.push(`${when}script ran: ${[...new Set(hits)].join(', ')}`);
          if (scan.urls.length) problems.push(`${when}script URLs in the DOM: ${[...new Set(scan.urls)].slice(0, 5).join(' ')}${scan.urls.length > 5 ? ` (+${scan.urls.length - 5})` : ''}`);
          if (scan.handlers.length) problems.push(`${when}inline handlers from data: ${[...new Set(scan.handlers)].slice(0, 5).join(' ')}`);
          if (scan.injected.length) problems.push(`${when}elements from data: ${[...new Set(scan.injected)].slice(0, 5).join(' ')}`);
          await page.evaluate(() => window.__xssHits.splice(0));
          // Clicking a script link starts a navigation: MSW then takes the page for gone and
          // stops answering it, so go on from a fresh page.
          if (scan.clicked) {
            await boot();
            await openState(page, hash, OPEN_BUDGET[mode]).catch((error) => problems.push(`${when}did not open again: ${error.message}`));
          }
        };
        if (mode === 'vectors') {
          await scanForScripts('');
          typedTotal += await typeEverywhere(page, corpus, typedTotal * 7);
          await until(async () => (await viewState(page)).state !== 'loading', { timeout: 15000, message: `${hash} to settle after typing` }).catch((e) => problems.push(e.message));
          await scanForScripts('after typing: ');
          // Fields behind a tab (Account's profile, insurance…) or the "New message" composer.
          const tabs = await view(page).getByRole('tab').allInnerTexts().catch(() => []);
          for (const tab of tabs.slice(1)) {
            const name = tab.trim();
            if (!(await view(page).getByRole('tab', { name, exact: true }).first().click({ timeout: 5000 }).then(() => true, () => false))) continue;
            await until(async () => (await viewState(page)).state !== 'loading', { timeout: 15000, message: `tab "${name}" to load` }).catch((e) => problems.push(e.message));
            typedTotal += await typeEverywhere(page, corpus, typedTotal * 7);
            await scanForScripts(`tab "${name}", after typing: `);
          }
          if (hash === '#/messages' && (await view(page).getByRole('button', { name: 'New message', exact: true }).click({ timeout: 5000 }).then(() => true, () => false))) {
            await view(page).getByRole('checkbox').first().check({ timeout: 5000 }).catch(() => {});
            typedTotal += await typeEverywhere(page, corpus, typedTotal * 7);
            await scanForScripts('new message, after typing: ');
          }
        }
        for (const width of [1280, 375]) {
          const over = await overflowAt(page, width);
          if (over > 0) {
            problems.push(`${over} px sideways overflow at ${width} px`);
            break; // one relayout of 100k-character text is slow enough; 375 px would only say more of the same
          }
        }
        await page.setViewportSize({ width: 1280, height: 900 });
        if (errors.length > errorsBefore) problems.push(`page errors: ${errors.slice(errorsBefore).join(' | ')}`);
        record(hash, problems, `${opened.state.state === 'error' ? `error panel "${opened.state.text.slice(0, 80)}"` : 'content'} in ${(opened.ms / 1000).toFixed(1)} s`);
      }
      if (mode === 'vectors') record('text fields typed in', typedTotal > 0 ? [] : ['no text field found to type in'], `${typedTotal} fields`);
    } finally {
      await context.close();
    }
  });
}

console.log('Probe: hostile data and typing on the example site without a CSP');
for (const mode of MODES) for (const role of ROLES) addRole(role, mode);
const started = Date.now();
await checks.runAll();
await browser.close();
server.close();
const slowest = timings.filter((t) => t.mode === 'long').sort((a, b) => b.ms - a.ms).slice(0, 5);
if (slowest.length) console.log(`\nSlowest opens on 100k-character data: ${slowest.map((t) => `${t.role} ${t.hash} ${(t.ms / 1000).toFixed(1)} s`).join(', ')}`);
console.log(`Probe run took ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(checks.summary('Probe') ? 0 : 1);
