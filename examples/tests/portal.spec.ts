/** The example practice site as `npm start` serves it: who sees what, the menu, and what stays out of storage. */
import { currentEntry, expect, menu, test, view, visit } from './fixtures.js';

test('a client sees the portal with the care team, and not the hidden member', async ({ page }) => {
  await visit(page);
  await menu(page).getByRole('link', { name: 'Care team' }).click();
  await expect(page.locator('portico-portal').locator('[part="header"]')).toContainText('Avery Example');
  const members = view(page).getByRole('heading', { level: 3 });
  await expect(members.filter({ hasText: 'Dr. Riley Demo' })).toBeVisible();
  await expect(members.filter({ hasText: 'Robin Example' }), 'the hidden team member is shown').toHaveCount(0);
});

test('menu navigation updates the view and the URL hash', async ({ page }) => {
  await visit(page);
  await menu(page).getByRole('link', { name: 'Files' }).click();
  await expect(page).toHaveURL(/#\/files$/);
  await expect(currentEntry(page)).toHaveText('Files');
});

test('a guardian switches between the two children', async ({ page, portico }) => {
  await visit(page, { as: 'guardian', hash: '#/team' });
  await expect(view(page).getByText(/who work with/)).toBeVisible();
  // The second child in the header's "Viewing" list, chosen with the keyboard through the portal's harness.
  await portico.run(async (t) => {
    const portal = t.portal();
    const viewing = await portal.findByRole<HTMLSelectElement>('combobox', { name: 'Viewing' });
    await portal.selectOption(viewing, viewing.options[1]!.text.trim());
  });
  await expect(view(page).getByText(/who work with Nori/)).toBeVisible();
});

test('a payer sees only the calendar, invoices and account', async ({ page }) => {
  await visit(page, { as: 'payer' });
  await expect(menu(page).getByRole('link')).toHaveText(['Dashboard', 'Billing', 'Schedule', 'Account']);
});

test('no health data lands in localStorage or sessionStorage', async ({ page }) => {
  await visit(page, { hash: '#/team' });
  await expect(view(page).getByRole('heading', { level: 3 }).first()).toBeVisible();
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length), 'storage entries').toBe(0);
});
