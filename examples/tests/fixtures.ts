/**
 * What every example check shares: a `page` that fails its test on a page error, a console
 * error or a CSP violation (the site runs under the strict CSP `npm start` sends), the shipped
 * harnesses of `@portico/elements/testing` in that page (`portico.run`), and the steps a
 * visitor takes through the portal's menu.
 *
 * The checks drive the views through the harnesses, the same code the unit tests and stories
 * use, whose key presses and clicks are Playwright's own (`page.keyboard`, `page.mouse`, through
 * `connectPlaywright`). Playwright's locators remain for navigation (the menu, the practice's
 * own links), network and downloads, and for the assertions.
 */
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { connectPlaywright } from '@portico/elements/testing/playwright';
import nodeResolve from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import type * as Testing from '@portico/elements/testing';

export { expect };

/** What `portico.run` hands its steps, in the page: the shipped harnesses and examples/tests/in-page.js. */
export type InPage = typeof Testing & {
  /** The portal on the page. */
  portal(): Testing.PortalHarness;
  /** The view `tag` in the portal's main region once loaded, in its harness. */
  view<H>(Harness: new (element: never) => H, tag: string): Promise<H>;
  /** The element `tag` on the page (outside the portal), once rendered, in its harness. */
  element<H>(Harness: new (element: never) => H, tag: string): Promise<H>;
};

export interface Portico {
  /**
   * Runs `steps` in the page with the harnesses, and resolves with what they return (plain
   * data). `steps` is sent to the page as source, so it can use only `t` and `arg`.
   */
  run<R, A = undefined>(steps: (t: InPage, arg: A) => Promise<R>, arg?: A): Promise<R>;
}

/**
 * The harness code for the page, bundled once per worker from the built package (the example
 * checks run on the build, as the site does): examples/tests/in-page.js as `window.PorticoTesting`.
 */
async function harnessBundle(): Promise<string> {
  const bundle = await rollup({
    input: fileURLToPath(new URL('./in-page.js', import.meta.url)),
    plugins: [nodeResolve({ browser: true })],
    onwarn: (warning, warn) => {
      if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
    },
  });
  const { output } = await bundle.generate({ format: 'iife', name: 'PorticoTesting' });
  await bundle.close();
  // Playwright may wrap an init script in a function: make the global explicit.
  return `${output[0].code}\nglobalThis.PorticoTesting = PorticoTesting;\n`;
}

export const test = base.extend<{ portico: Portico }, { harnessScript: string }>({
  // Playwright reads a fixture's needs from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  harnessScript: [async ({}, use) => use(await harnessBundle()), { scope: 'worker' }],
  page: async ({ page, harnessScript }, use) => {
    // Before the first navigation: the harnesses' input, and their code in every document. An
    // init script comes through the browser's automation protocol, not the page, so the page's
    // CSP stays exactly as users get it (and still reports violations below).
    await connectPlaywright(page);
    await page.addInitScript({ content: harnessScript });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}${message.location().url ? ` (${message.location().url})` : ''}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    // "Failed to load resource" names no address: the failed responses say which.
    const failedResponses: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failedResponses.push(`${response.status()} ${response.url()}`);
    });
    await use(page);
    expect(problems, `errors on the page${failedResponses.length ? ` (failed responses: ${failedResponses.join(', ')})` : ''}`).toEqual([]);
  },
  portico: async ({ page }, use) => {
    await use({
      run: <R, A>(steps: (t: InPage, arg: A) => Promise<R>, arg?: A) => page.evaluate(`(${steps.toString()})(window.PorticoTesting, ${JSON.stringify(arg) ?? 'undefined'})`) as Promise<R>,
    });
  },
});

/** The portal's menu. */
export const menu = (page: Page): Locator => page.getByRole('navigation', { name: 'Portal' });

/** The portal's view region (the menu and header are outside it), named after the open view. */
export const view = (page: Page): Locator => page.locator('portico-portal').locator('[part="main"]');

/** The menu entry for the open view. */
export const currentEntry = (page: Page): Locator => menu(page).locator('a[aria-current="page"]');

/** Opens the site (as `as`: guardian, payer…) and waits for the portal's menu. */
export async function visit(page: Page, { as, hash = '' }: { as?: string; hash?: string } = {}): Promise<void> {
  await page.goto(`/${as ? `?as=${as}` : ''}${hash}`);
  await expect(currentEntry(page)).toBeVisible({ timeout: 20_000 });
}

/** Clicks a menu entry (its name may go on with a count: "Messages, 6 unread") and waits for its view's heading. */
export async function openMenu(page: Page, label: string, heading: string | RegExp = label): Promise<void> {
  const name = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(,|$)`);
  await menu(page).getByRole('link', { name }).click();
  await expect(view(page).getByRole('heading', { level: 2, name: heading })).toBeVisible();
}

/**
 * A new visit that keeps the mock's data (it lives as long as the page, so a real reload would
 * start over): a fresh <portico-portal> in place of the old one, with a new adapter and an
 * empty cache, that loads everything from the backend again.
 */
export async function revisit(page: Page, hash: string): Promise<void> {
  await page.evaluate((next) => {
    type Portal = HTMLElement & { getAccessToken?: unknown; paymentProvider?: unknown };
    const old = document.getElementById('portal') as Portal;
    const fresh = old.cloneNode(false) as Portal;
    fresh.getAccessToken = old.getAccessToken;
    fresh.paymentProvider = old.paymentProvider;
    history.replaceState(history.state, '', next);
    old.replaceWith(fresh);
  }, hash);
  await expect(currentEntry(page)).toBeVisible({ timeout: 20_000 });
}

/** A small valid PDF, as a person would pick from their disk. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
