/** Links on the practice's own pages that open the portal (or the registration page) at a task. */
import { expect, test, view, visit } from './fixtures.js';

test('Shortcut link: "Book an appointment" on the practice\'s page opens booking with Dr. Riley Demo and telehealth chosen', async ({ page }) => {
  // A fresh browser page, as a visitor arriving at the practice's website.
  await visit(page);
  await page.locator('.shortcut-links').getByRole('link', { name: 'Book an appointment' }).click();
  await expect(view(page).getByRole('heading', { level: 2, name: 'Schedule' })).toBeVisible();
  const chosen = (name: string) => view(page).getByRole('combobox', { name }).locator('option:checked');
  await expect(chosen('Provider'), 'the provider chosen').toHaveText('Dr. Riley Demo — Licensed Clinical Psychologist');
  await expect(chosen('Service'), 'the service chosen').toHaveText('Telehealth therapy (50 min, video)');
  await expect(view(page).getByRole('button', { name: 'Request this time' })).toBeVisible();
});

test('Shortcut link: "New client? Register" opens the registration page, and a new client registers', async ({ page, portico }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'New client? Register' }).click();
  await expect(page).toHaveURL(/\/register\.html$/);
  const form = page.locator('portico-registration');
  await expect(form.getByRole('heading', { name: 'Register as a new client' })).toBeVisible({ timeout: 20_000 });
  await portico.run(async (t) => {
    const form = await t.element(t.PorticoHarness, 'portico-registration');
    await form.type(await form.findByRole('textbox', { name: 'First name' }), 'Quinn');
    await form.type(await form.findByRole('textbox', { name: 'Last name' }), 'Newcomer');
    await form.type(await form.findByRole('textbox', { name: 'Email' }), 'quinn.newcomer@example.com');
    await form.type('Date of birth', '1992-06-01');
    await form.check(await form.findByRole<HTMLInputElement>('checkbox', { name: /^I accept the terms of / }));
    await form.click('Register');
  });
  await expect(form.getByRole('heading', { name: 'Thank you for registering' })).toBeVisible();
  await expect(form.locator('[part="confirmation"]'), 'the confirmation').toContainText('quinn.newcomer@example.com');
});
