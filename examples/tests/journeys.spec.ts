/**
 * Journeys from the issues' "Done when", tried as a new user would on the example page. The
 * views are driven through their shipped harnesses (`portico.run`, real key presses and clicks);
 * Playwright opens the menu, watches the network and downloads, and asserts what is shown.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { PDF, expect, openMenu, revisit, test, view, visit } from './fixtures.js';

test('Messages: a client sends a reply and sees it in the thread', async ({ page, portico }) => {
  await visit(page);
  await openMenu(page, 'Messages');
  const text = `Could we try Tuesday at 4 instead? (${Date.now().toString(36)})`;
  await portico.run(async (t, text) => {
    const messages = await t.view(t.MessagesHarness, 'portico-messages');
    await messages.click(await messages.findByRole('button', { name: /^Rescheduling next month/ }));
    await messages.type(await messages.findByRole('textbox', { name: 'Reply' }), text);
    await messages.click('Send');
  }, text);
  const reply = view(page).getByRole('textbox', { name: 'Reply' });
  const sent = view(page).locator('portico-messages-thread').getByRole('listitem').filter({ hasText: text });
  await expect(sent).toBeVisible();
  // Sent, not just shown: the "Sending…" state goes, and nothing says it failed.
  await expect(view(page).getByText('Sending…')).toHaveCount(0);
  await expect(sent, 'the reply was not sent').not.toContainText('Not sent');
  await expect(reply, 'the composer was not emptied').toHaveValue('');
});

test('Files: a client uploads a PDF with the picker and sees it listed', async ({ page, portico }) => {
  await visit(page);
  await openMenu(page, 'Files');
  await portico.run(async (t) => {
    const files = await t.view(t.FilesHarness, 'portico-files');
    await files.selectOption(await files.findByRole('combobox', { name: 'What is it?' }), 'Report');
    await files.type(await files.findByRole('textbox', { name: 'Description (optional)' }), 'School evaluation');
  });
  // The "Choose files" label opens the picker of its (visually hidden) file input: a real click
  // through the harness, and Playwright answers the browser's file dialog.
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    portico.run(async (t) => {
      const files = await t.view(t.FilesHarness, 'portico-files');
      await files.click(await files.findByText('Choose files'));
    }),
  ]);
  await chooser.setFiles({ name: 'School evaluation.pdf', mimeType: 'application/pdf', buffer: PDF });
  const shared = view(page).getByRole('region', { name: 'Shared files' });
  const row = shared.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'School evaluation.pdf' }) });
  for (const part of ['Report', 'Uploaded by you', 'School evaluation']) await expect(row).toContainText(part);
});

test('Dashboard: a client reorders widgets with the keyboard and finds the order kept', async ({ page, portico }) => {
  await visit(page);
  const widgets = (p: Page) => view(p).getByRole('list', { name: 'Dashboard widgets' }).getByRole('heading', { level: 3 });
  await expect(widgets(page).first()).toBeVisible();
  const before = await widgets(page).allInnerTexts();
  expect(before.indexOf('Balance due'), `the starting order: ${before.join(', ')}`).toBe(2);
  await portico.run(async (t) => {
    const dashboard = await t.view(t.DashboardHarness, 'portico-dashboard');
    (await dashboard.findByRole('button', { name: 'Move Balance due' })).focus();
    await dashboard.press('Space');
  });
  await expect(view(page).getByText('Balance due picked up, position 3 of 6')).toBeVisible();
  await portico.run(async (t) => {
    const dashboard = await t.view(t.DashboardHarness, 'portico-dashboard');
    await dashboard.press('ArrowUp');
    await dashboard.press('ArrowUp');
  });
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/me/dashboard-layout') && r.request().method() === 'PUT');
  await portico.run(async (t) => (await t.view(t.DashboardHarness, 'portico-dashboard')).press('Enter'));
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

test('Billing: a client pays an invoice with the test card and sees it paid', async ({ page, portico }) => {
  await visit(page);
  await openMenu(page, 'Billing');
  const { number, amount } = await portico.run(async (t, expiry) => {
    const billing = await t.view(t.BillingHarness, 'portico-billing');
    await billing.selectOption(await billing.findByRole('combobox', { name: 'Show' }), 'Unpaid');
    const invoice = await billing.waitFor(() => billing.queryAllByRole('button', { name: /^Invoice / })[0], { message: 'an unpaid invoice' });
    const number = t.textOf(invoice);
    await billing.click(invoice);
    const detail = await billing.findByRole('article', { name: number });
    const pay = await billing.findByRole('button', { name: /^Pay /, within: detail });
    const amount = t.textOf(pay).replace(/^Pay /, '');
    await billing.click(pay);
    const dialog = await billing.findByRole('dialog', { name: `Pay invoice ${number.replace(/^Invoice /, '')}` });
    await billing.check(await billing.findByRole<HTMLInputElement>('radio', { name: 'A new card', within: dialog }));
    // The test provider's own card field (Stripe-like), in its own shadow root.
    await billing.type(await billing.findByRole('textbox', { name: 'Card number', within: dialog }), '4242 4242 4242 4242');
    await billing.type(await billing.findByRole('textbox', { name: 'Expiry date', within: dialog }), expiry);
    await billing.type(await billing.findByRole('textbox', { name: 'Security code (CVC)', within: dialog }), '123');
    await billing.click(await billing.findByRole('button', { name: `Pay ${amount}`, within: dialog }));
    return { number, amount };
  }, `12 / ${(new Date().getFullYear() + 3) % 100}`);
  const detail = view(page).getByRole('article', { name: number });
  const dialog = view(page).getByRole('dialog', { name: `Pay invoice ${number.replace(/^Invoice /, '')}` });
  await expect(dialog.getByText(`Payment of ${amount} received. Thank you!`)).toBeVisible();
  await expect(dialog, 'no receipt number').toContainText('Receipt number');
  await portico.run(async (t, name) => {
    const billing = await t.view(t.BillingHarness, 'portico-billing');
    await billing.click(await billing.findByRole('button', { name: 'Done', within: await billing.findByRole('dialog', { name }) }));
  }, `Pay invoice ${number.replace(/^Invoice /, '')}`);
  await expect(dialog).toBeHidden();
  await expect(detail.getByText('Paid', { exact: true })).toBeVisible();
  await expect(detail.getByRole('button', { name: /^Pay / }), 'the Pay button is still offered').toHaveCount(0);
  await expect(detail, 'the balance').toContainText(/Balance due\s*\$0\.00/);
});

test('Schedule: a client requests an open slot and sees it pending', async ({ page, portico }) => {
  await visit(page);
  await openMenu(page, 'Schedule');
  const time = await portico.run(async (t) => {
    const schedule = await t.view(t.ScheduleHarness, 'portico-schedule');
    await schedule.click('Book an appointment');
    await schedule.selectOption(await schedule.findByRole('combobox', { name: 'Provider' }), 'Dr. Riley Demo — Licensed Clinical Psychologist');
    await schedule.selectOption(await schedule.findByRole('combobox', { name: 'Service' }), 'Individual therapy (50 min)');
    // Today is inside the notice window; the picker offers the next day with open times.
    const slot = () => schedule.queryAllByRole<HTMLInputElement>('radio', { name: /\d:\d\d/ })[0];
    const nextDay = () => schedule.queryAllByRole('button', { name: /^Show the next day with open times/ })[0];
    await schedule.waitFor(() => slot() ?? nextDay(), { message: 'an open time or the next day with open times' });
    const offer = nextDay();
    if (!slot() && offer) await schedule.click(offer);
    const radio = await schedule.waitFor(slot, { message: 'an open time' });
    // Read before sending: afterwards the open times are fetched again and the radio may be reused.
    const time = t.textOf(radio.closest('label') ?? radio);
    await schedule.check(radio);
    await schedule.type(await schedule.findByRole('textbox', { name: 'Note for the provider (optional)' }), 'Mornings are easier.');
    await schedule.click('Request this time');
    return time;
  });
  expect(time, "the slot's label").toMatch(/\d:\d\d/);
  await expect(view(page).getByText(/It is pending until Dr\. Riley Demo accepts it\./)).toBeVisible();
  const pending = view(page).getByRole('listitem').filter({ hasText: 'Mornings are easier.' });
  await expect(pending).toContainText('Pending');
  await expect(pending, `the request for ${time}`).toContainText(time);
});

test('Schedule: a client downloads an appointment as an .ics file', async ({ page, portico }) => {
  await visit(page);
  await openMenu(page, 'Schedule');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    portico.run(async (t) => {
      const schedule = await t.view(t.ScheduleHarness, 'portico-schedule');
      await schedule.click(await schedule.waitFor(() => schedule.queryAllByRole('button', { name: / with / })[0], { message: 'an appointment' }));
      await schedule.click(await schedule.findByRole('link', { name: 'Add to calendar (.ics)' }));
    }),
  ]);
  expect(file.suggestedFilename(), 'file name').toMatch(/^appointment-\d{8}\.ics$/);
  const ics = await readFile(await file.path(), 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR'), `the file starts with: ${ics.slice(0, 40)}`).toBe(true);
  expect(ics.includes('BEGIN:VEVENT') && ics.includes('DTSTART:') && ics.trimEnd().endsWith('END:VCALENDAR'), 'one calendar event').toBe(true);
});

test('Tasks: a client marks a task done', async ({ page, portico }) => {
  await visit(page);
  await openMenu(page, 'Tasks');
  const title = 'Bring your insurance card to the next visit';
  const box = view(page).getByRole('checkbox', { name: `Mark “${title}” done` });
  await expect(box, 'the task starts done').not.toBeChecked();
  await portico.run(async (t, title) => {
    const tasks = await t.view(t.TasksHarness, 'portico-tasks');
    await tasks.check(await tasks.findByRole<HTMLInputElement>('checkbox', { name: `Mark “${title}” done` }));
  }, title);
  const done = view(page).getByRole('region', { name: /^Done \(\d+\)$/ });
  await expect(done.getByRole('heading', { name: title })).toBeVisible();
  await expect(done.getByRole('checkbox', { name: `Mark “${title}” done` }), 'the task is not shown done').toBeChecked();
  await expect(view(page).getByRole('region', { name: /^To do/ }).getByRole('heading', { name: title }), 'the task is still to do').toHaveCount(0);
});

test('Forms: a client completes and signs the intake questionnaire and finds it among documents', async ({ page, portico }) => {
  await visit(page);
  await openMenu(page, 'Forms');
  await portico.run(async (t) => {
    const forms = await t.view(t.FormsHarness, 'portico-forms');
    await forms.open('Intake questionnaire');
    const field = (role: string, name: string) => forms.findByRole(role, { name });
    // A date field (no textbox role): found by its label, typed segment by segment.
    await forms.type(await forms.findByLabel('Date of birth'), '1990-03-15');
    await forms.type(await field('textbox', 'Mobile phone'), '555 0101');
    await forms.choose('How should we contact you?', 'Portal message');
    await forms.type(await field('textbox', 'What brings you to the practice?'), 'Trouble sleeping.');
    await forms.type(await field('spinbutton', 'Stress this week, 0 to 10'), '6');
    await forms.choose('Do you take any medication?', 'Yes');
    await forms.type(await field('textbox', 'Which medication, and how much?'), 'Melatonin 3 mg');
    await forms.type(await field('textbox', 'Type your full name to sign'), 'Avery Example');
  });
  const form = view(page);
  await expect(form.getByRole('heading', { level: 2, name: 'Intake questionnaire' })).toBeVisible();
  await expect(form.getByText(/Signed by Avery Example on/)).toBeVisible();
  await portico.run(async (t) => (await t.view(t.FormsHarness, 'portico-forms')).click('Submit form'));
  await expect(form.getByRole('heading', { name: '“Intake questionnaire” is submitted' })).toBeVisible();

  await openMenu(page, 'Files');
  const row = view(page).getByRole('region', { name: 'Shared files' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Intake questionnaire/ }) });
  await expect(row.first(), 'the signed form in Files').toContainText('Form');
});

test('Care & progress: a client runs a data sheet with ten trials and submits it', async ({ page, portico }) => {
  await visit(page);
  await openMenu(page, 'Care & progress');
  await portico.run(async (t) => {
    const clinical = await t.view(t.ClinicalHarness, 'portico-clinical');
    await clinical.click(await clinical.findByRole('tab', { name: 'Data collection' }));
    await clinical.click('Start Session data sheet');
  });
  const sheet = view(page).getByRole('region', { name: 'Session data sheet' });
  await expect(sheet).toBeVisible();
  const taps = [...Array<string>(7).fill('Correct'), 'Incorrect', 'Prompted', 'Prompted'];
  await portico.run(async (t, taps) => {
    const clinical = await t.view(t.ClinicalHarness, 'portico-clinical');
    const sheet = await clinical.findByRole('region', { name: 'Session data sheet' });
    for (const tap of taps) await clinical.click(await clinical.findByRole('button', { name: tap, within: sheet }));
  }, taps);
  await expect(sheet.getByText('10 trials · 7 correct · 1 incorrect · 2 prompted')).toBeVisible();
  await portico.run(async (t) => {
    const clinical = await t.view(t.ClinicalHarness, 'portico-clinical');
    const sheet = await clinical.findByRole('region', { name: 'Session data sheet' });
    await clinical.type(await clinical.findByRole('textbox', { name: 'Note for the practice (optional)', within: sheet }), 'Ten trials at the table.');
    await clinical.click(await clinical.findByRole('button', { name: 'Submit data sheet', within: sheet }));
  });
  await expect(view(page).getByRole('heading', { name: 'Data sheet sent' })).toBeVisible();
});

test('Account: a client changes a notification preference and finds it kept', async ({ page, portico }) => {
  await visit(page);
  await openMenu(page, 'Account');
  const openNotifications = () => portico.run(async (t) => {
    const account = await t.view(t.AccountHarness, 'portico-account');
    await account.click(await account.findByRole('tab', { name: 'Notifications' }));
  });
  await openNotifications();
  const box = view(page).getByRole('checkbox', { name: 'Invoice due: Text message (SMS)' });
  await expect(box, 'the preference starts on').not.toBeChecked();
  await portico.run(async (t) => {
    const account = await t.view(t.AccountHarness, 'portico-account');
    await account.check(await account.findByRole<HTMLInputElement>('checkbox', { name: 'Invoice due: Text message (SMS)' }));
    await account.click('Save preferences');
  });
  await expect(view(page).getByText('Your preferences were saved.')).toBeVisible();

  await openMenu(page, 'Dashboard', /^Welcome/);
  await openMenu(page, 'Account');
  await openNotifications();
  await expect(box, 'the preference was lost on coming back').toBeChecked();

  // A new visit reads it back from the backend.
  await revisit(page, '#/account/notifications');
  await expect(box, 'the preference was not kept by the backend').toBeChecked();
});
