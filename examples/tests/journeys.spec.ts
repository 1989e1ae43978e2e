/** Journeys from the issues' "Done when", tried as a new user would on the example page. */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { PDF, expect, openMenu, revisit, test, view, visit } from './fixtures.js';

test('Messages: a client sends a reply and sees it in the thread', async ({ page }) => {
  await visit(page);
  await openMenu(page, 'Messages');
  await view(page).getByRole('button', { name: /^Rescheduling next month/ }).click();
  const text = `Could we try Tuesday at 4 instead? (${Date.now().toString(36)})`;
  const reply = view(page).getByRole('textbox', { name: 'Reply' });
  await reply.fill(text);
  await view(page).getByRole('button', { name: 'Send', exact: true }).click();
  const sent = view(page).locator('portico-messages-thread').getByRole('listitem').filter({ hasText: text });
  await expect(sent).toBeVisible();
  // Sent, not just shown: the "Sending…" state goes, and nothing says it failed.
  await expect(view(page).getByText('Sending…')).toHaveCount(0);
  await expect(sent, 'the reply was not sent').not.toContainText('Not sent');
  await expect(reply, 'the composer was not emptied').toHaveValue('');
});

test('Files: a client uploads a PDF with the picker and sees it listed', async ({ page }) => {
  await visit(page);
  await openMenu(page, 'Files');
  await view(page).getByRole('combobox', { name: 'What is it?' }).selectOption({ label: 'Report' });
  await view(page).getByRole('textbox', { name: 'Description (optional)' }).fill('School evaluation');
  // The "Choose files" label opens the picker of its (visually hidden) file input.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), view(page).getByText('Choose files', { exact: true }).click()]);
  await chooser.setFiles({ name: 'School evaluation.pdf', mimeType: 'application/pdf', buffer: PDF });
  const shared = view(page).getByRole('region', { name: 'Shared files' });
  const row = shared.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'School evaluation.pdf' }) });
  for (const part of ['Report', 'Uploaded by you', 'School evaluation']) await expect(row).toContainText(part);
});

test('Dashboard: a client reorders widgets with the keyboard and finds the order kept', async ({ page }) => {
  await visit(page);
  const widgets = (p: Page) => view(p).getByRole('list', { name: 'Dashboard widgets' }).getByRole('heading', { level: 3 });
  await expect(widgets(page).first()).toBeVisible();
  const before = await widgets(page).allInnerTexts();
  expect(before.indexOf('Balance due'), `the starting order: ${before.join(', ')}`).toBe(2);
  await view(page).getByRole('button', { name: 'Move Balance due' }).focus();
  await page.keyboard.press('Space');
  await expect(view(page).getByText('Balance due picked up, position 3 of 6')).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/me/dashboard-layout') && r.request().method() === 'PUT');
  await page.keyboard.press('Enter');
  await expect(view(page).getByText('Balance due, dropped at position 1 of 6')).toBeVisible();
  const moved = ['Balance due', ...before.filter((t) => t !== 'Balance due')];
  await expect(widgets(page), 'the order after the move').toHaveText(moved, { useInnerText: true });

  // The dashboard saves through the adapter (PUT /me/dashboard-layout) shortly after the drop,
  // or at once on leaving.
  expect((await saved).ok(), 'the layout was not saved').toBe(true);
  await openMenu(page, 'Messages');
  await openMenu(page, 'Dashboard', /^Welcome/);
  await expect(widgets(page), 'the order was lost on coming back').toHaveText(moved, { useInnerText: true });

  // A new visit reads the layout back from the backend.
  await revisit(page, '#/dashboard');
  await expect(widgets(page), 'the order on the next visit').toHaveText(moved, { useInnerText: true });
});

test('Billing: a client pays an invoice with the test card and sees it paid', async ({ page }) => {
  await visit(page);
  await openMenu(page, 'Billing');
  await view(page).getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Unpaid' });
  const invoice = view(page).getByRole('button', { name: /^Invoice / }).first();
  const number = (await invoice.innerText()).trim();
  await invoice.click();
  const detail = view(page).getByRole('article', { name: number });
  const pay = detail.getByRole('button', { name: /^Pay / });
  const amount = (await pay.innerText()).replace(/^Pay /, '').trim();
  await pay.click();
  const dialog = view(page).getByRole('dialog', { name: `Pay invoice ${number.replace(/^Invoice /, '')}` });
  await dialog.getByRole('radio', { name: 'A new card' }).check();
  // The test provider's own card field (Stripe-like), in its own shadow root.
  await dialog.getByRole('textbox', { name: 'Card number' }).fill('4242 4242 4242 4242');
  await dialog.getByRole('textbox', { name: 'Expiry date' }).fill(`12 / ${(new Date().getFullYear() + 3) % 100}`);
  await dialog.getByRole('textbox', { name: 'Security code (CVC)' }).fill('123');
  await dialog.getByRole('button', { name: `Pay ${amount}` }).click();
  await expect(dialog.getByText(`Payment of ${amount} received. Thank you!`)).toBeVisible();
  await expect(dialog, 'no receipt number').toContainText('Receipt number');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expect(detail.getByText('Paid', { exact: true })).toBeVisible();
  await expect(detail.getByRole('button', { name: /^Pay / }), 'the Pay button is still offered').toHaveCount(0);
  await expect(detail, 'the balance').toContainText(/Balance due\s*\$0\.00/);
});

test('Schedule: a client requests an open slot and sees it pending', async ({ page }) => {
  await visit(page);
  await openMenu(page, 'Schedule');
  await view(page).getByRole('button', { name: 'Book an appointment' }).click();
  await view(page).getByRole('combobox', { name: 'Provider' }).selectOption({ label: 'Dr. Riley Demo — Licensed Clinical Psychologist' });
  await view(page).getByRole('combobox', { name: 'Service' }).selectOption({ label: 'Individual therapy (50 min)' });
  // Today is inside the notice window; the picker offers the next day with open times.
  const slots = view(page).getByRole('radio', { name: /\d:\d\d/ });
  const nextDay = view(page).getByRole('button', { name: /^Show the next day with open times/ });
  await expect(slots.first().or(nextDay)).toBeVisible();
  if (await nextDay.isVisible()) await nextDay.click();
  const slot = slots.first();
  await expect(slot).toBeVisible();
  const time = (await slot.evaluate((el) => el.closest('label')?.textContent ?? '')).replace(/\s+/g, ' ').trim();
  expect(time, "the slot's label").toMatch(/\d:\d\d/);
  await slot.check();
  await view(page).getByRole('textbox', { name: 'Note for the provider (optional)' }).fill('Mornings are easier.');
  await view(page).getByRole('button', { name: 'Request this time' }).click();
  await expect(view(page).getByText(/It is pending until Dr\. Riley Demo accepts it\./)).toBeVisible();
  const pending = view(page).getByRole('listitem').filter({ hasText: 'Mornings are easier.' });
  await expect(pending).toContainText('Pending');
  await expect(pending, `the request for ${time}`).toContainText(time);
});

test('Schedule: a client downloads an appointment as an .ics file', async ({ page }) => {
  await visit(page);
  await openMenu(page, 'Schedule');
  await view(page).getByRole('button', { name: / with / }).first().click();
  const link = view(page).getByRole('link', { name: 'Add to calendar (.ics)' });
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(file.suggestedFilename(), 'file name').toMatch(/^appointment-\d{8}\.ics$/);
  const ics = await readFile(await file.path(), 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR'), `the file starts with: ${ics.slice(0, 40)}`).toBe(true);
  expect(ics.includes('BEGIN:VEVENT') && ics.includes('DTSTART:') && ics.trimEnd().endsWith('END:VCALENDAR'), 'one calendar event').toBe(true);
});

test('Tasks: a client marks a task done', async ({ page }) => {
  await visit(page);
  await openMenu(page, 'Tasks');
  const title = 'Bring your insurance card to the next visit';
  const box = view(page).getByRole('checkbox', { name: `Mark “${title}” done` });
  await expect(box, 'the task starts done').not.toBeChecked();
  await box.check();
  const done = view(page).getByRole('region', { name: /^Done \(\d+\)$/ });
  await expect(done.getByRole('heading', { name: title })).toBeVisible();
  await expect(done.getByRole('checkbox', { name: `Mark “${title}” done` }), 'the task is not shown done').toBeChecked();
  await expect(view(page).getByRole('region', { name: /^To do/ }).getByRole('heading', { name: title }), 'the task is still to do').toHaveCount(0);
});

test('Forms: a client completes and signs the intake questionnaire and finds it among documents', async ({ page }) => {
  await visit(page);
  await openMenu(page, 'Forms');
  await view(page).getByRole('button', { name: 'Start: Intake questionnaire' }).click();
  const form = view(page);
  await expect(form.getByRole('heading', { level: 2, name: 'Intake questionnaire' })).toBeVisible();
  await form.getByRole('textbox', { name: 'Date of birth' }).fill('1990-03-15');
  await form.getByRole('textbox', { name: 'Mobile phone' }).fill('555 0101');
  await form.getByRole('group', { name: 'How should we contact you?' }).getByRole('radio', { name: 'Portal message' }).check();
  await form.getByRole('textbox', { name: 'What brings you to the practice?' }).fill('Trouble sleeping.');
  await form.getByRole('spinbutton', { name: 'Stress this week, 0 to 10' }).fill('6');
  await form.getByRole('group', { name: 'Do you take any medication?' }).getByRole('radio', { name: 'Yes' }).check();
  await form.getByRole('textbox', { name: 'Which medication, and how much?' }).fill('Melatonin 3 mg');
  await form.getByRole('textbox', { name: 'Type your full name to sign' }).fill('Avery Example');
  await expect(form.getByText(/Signed by Avery Example on/)).toBeVisible();
  await form.getByRole('button', { name: 'Submit form' }).click();
  await expect(form.getByRole('heading', { name: '“Intake questionnaire” is submitted' })).toBeVisible();

  await openMenu(page, 'Files');
  const row = view(page).getByRole('region', { name: 'Shared files' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Intake questionnaire/ }) });
  await expect(row.first(), 'the signed form in Files').toContainText('Form');
});

test('Care & progress: a client runs a data sheet with ten trials and submits it', async ({ page }) => {
  await visit(page);
  await openMenu(page, 'Care & progress');
  await view(page).getByRole('tab', { name: 'Data collection' }).click();
  await view(page).getByRole('button', { name: 'Start Session data sheet' }).click();
  const sheet = view(page).getByRole('region', { name: 'Session data sheet' });
  const taps = [...Array<string>(7).fill('Correct'), 'Incorrect', 'Prompted', 'Prompted'];
  for (const tap of taps) await sheet.getByRole('button', { name: tap, exact: true }).click();
  await expect(sheet.getByText('10 trials · 7 correct · 1 incorrect · 2 prompted')).toBeVisible();
  await sheet.getByRole('textbox', { name: 'Note for the practice (optional)' }).fill('Ten trials at the table.');
  await sheet.getByRole('button', { name: 'Submit data sheet' }).click();
  await expect(view(page).getByRole('heading', { name: 'Data sheet sent' })).toBeVisible();
});

test('Account: a client changes a notification preference and finds it kept', async ({ page }) => {
  await visit(page);
  await openMenu(page, 'Account');
  await view(page).getByRole('tab', { name: 'Notifications' }).click();
  const box = view(page).getByRole('checkbox', { name: 'Invoice due: Text message (SMS)' });
  await expect(box, 'the preference starts on').not.toBeChecked();
  await box.check();
  await view(page).getByRole('button', { name: 'Save preferences' }).click();
  await expect(view(page).getByText('Your preferences were saved.')).toBeVisible();

  await openMenu(page, 'Dashboard', /^Welcome/);
  await openMenu(page, 'Account');
  await view(page).getByRole('tab', { name: 'Notifications' }).click();
  await expect(box, 'the preference was lost on coming back').toBeChecked();

  // A new visit reads it back from the backend.
  await revisit(page, '#/account/notifications');
  await expect(box, 'the preference was not kept by the backend').toBeChecked();
});
