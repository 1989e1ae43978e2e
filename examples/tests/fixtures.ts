/**
 * What every example check shares: a `page` that fails its test on a page error, a console
 * error or a CSP violation (the site runs under the strict CSP `npm start` sends), and the
 * steps a visitor takes through the portal, by role and accessible name.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

export const test = base.extend({
  page: async ({ page }, use) => {
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
