#!/usr/bin/env node
/**
 * End-to-end check of what `npm start` serves: the fictional practice site with the portal on
 * the in-browser mock, loaded in Chromium under the site's strict CSP, used as a visitor
 * would. Expects a build (`npm run build`). Prints `Example: N passed, N failed`.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const server = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => String(chunk).includes('http://localhost') && resolve());
  server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let passed = 0;
let failed = 0;

async function check(name, run) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  try {
    await run(page);
    if (problems.length) throw new Error(problems.join('\n'));
    passed += 1;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`  ✗ ${name}\n      ${String(error?.message ?? error).split('\n').join('\n      ')}`);
  } finally {
    await page.close();
  }
}

/** Text of the element matching a chain of selectors, piercing shadow roots (Playwright's css engine does). */
const text = (page, selector) => page.locator(selector).first().innerText({ timeout: 15000 });

/** The portal's view region (the menu and header are outside it). */
const view = (page) => page.locator('portico-portal .main');

/** Opens the site as `as` and waits for the portal's menu. */
async function visit(page, { as, hash = '' } = {}) {
  await page.goto(`http://localhost:${port}/${as ? `?as=${as}` : ''}${hash}`);
  await page.locator('portico-portal nav a[aria-current="page"]').waitFor({ timeout: 20000 });
}

/** Clicks a menu entry (its name may go on with a count: "Messages, 6 unread") and waits for its view's heading. */
async function openMenu(page, label, heading = label) {
  const name = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(,|$)`);
  await page.locator('portico-portal nav').getByRole('link', { name }).click();
  await view(page).getByRole('heading', { level: 2, name: heading }).waitFor({ timeout: 15000 });
}

/**
 * A new visit that keeps the mock's data (it lives as long as the page, so a real reload would
 * start over): a fresh <portico-portal> in place of the old one, with a new adapter and an
 * empty cache, that loads everything from the backend again.
 */
async function revisit(page, hash) {
  await page.evaluate((next) => {
    const old = document.getElementById('portal');
    const fresh = old.cloneNode(false);
    fresh.getAccessToken = old.getAccessToken;
    fresh.paymentProvider = old.paymentProvider;
    history.replaceState(history.state, '', next);
    old.replaceWith(fresh);
  }, hash);
  await page.locator('portico-portal nav a[aria-current="page"]').waitFor({ timeout: 20000 });
}

/** Fails with `message` unless `condition` holds. */
function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** A small valid PDF, as a person would pick from their disk. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

console.log('Example site (npm start)');
await check('a client sees the portal with the care team, and not the hidden member', async (page) => {
  await page.goto(`http://localhost:${port}/`);
  await page.locator('portico-portal nav a[aria-current="page"]').waitFor({ timeout: 20000 });
  await page.locator('portico-portal nav a[href="#/team"]').click();
  const header = await text(page, 'portico-portal header');
  if (!header.includes('Avery Example')) throw new Error(`header: ${header}`);
  await page.locator('portico-team .member').first().waitFor({ timeout: 15000 });
  const team = (await page.locator('portico-team .member').allInnerTexts()).join(' ');
  if (!team.includes('Dr. Riley Demo')) throw new Error(`team: ${team.slice(0, 200)}`);
  if (team.includes('Robin Example')) throw new Error('the hidden team member is shown');
});

await check('menu navigation updates the view and the URL hash', async (page) => {
  await page.goto(`http://localhost:${port}/`);
  await page.locator('portico-portal nav a[href="#/files"]').click({ timeout: 20000 });
  await page.waitForFunction(() => location.hash === '#/files');
  const current = await text(page, 'portico-portal nav a[aria-current="page"]');
  if (current.trim() !== 'Files') throw new Error(`current menu entry: ${current}`);
});

await check('a guardian switches between the two children', async (page) => {
  await page.goto(`http://localhost:${port}/?as=guardian#/team`);
  const select = page.locator('portico-portal select');
  await select.waitFor({ timeout: 20000 });
  await page.locator('portico-team .intro').waitFor({ timeout: 15000 });
  await select.selectOption({ index: 1 });
  await page.waitForFunction(() => document.querySelector('portico-portal')?.shadowRoot?.querySelector('portico-team')?.shadowRoot?.textContent?.includes('Nori'), null, { timeout: 15000 });
});

await check('a payer sees only the calendar, invoices and account', async (page) => {
  await page.goto(`http://localhost:${port}/?as=payer`);
  await page.locator('portico-portal nav a').first().waitFor({ timeout: 20000 });
  const menu = (await page.locator('portico-portal nav a').allInnerTexts()).map((t) => t.trim());
  if (menu.join(',') !== 'Dashboard,Billing,Schedule,Account') throw new Error(`menu: ${menu.join(', ')}`);
});

await check('no health data lands in localStorage or sessionStorage', async (page) => {
  await page.goto(`http://localhost:${port}/#/team`);
  await page.locator('portico-team .member').first().waitFor({ timeout: 20000 });
  const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
  if (stored !== 0) throw new Error(`${stored} storage entries`);
});

// Journeys from the issues' "Done when", tried as a new user would on the example page.

await check('Messages: a client sends a reply and sees it in the thread', async (page) => {
  await visit(page);
  await openMenu(page, 'Messages');
  await view(page).getByRole('button', { name: /^Rescheduling next month/ }).click();
  const text = `Could we try Tuesday at 4 instead? (${Date.now().toString(36)})`;
  await view(page).getByRole('textbox', { name: 'Reply' }).fill(text);
  await view(page).getByRole('button', { name: 'Send', exact: true }).click();
  const sent = view(page).locator('portico-messages-thread').getByRole('listitem').filter({ hasText: text });
  await sent.waitFor({ timeout: 15000 });
  // Sent, not just shown: the "Sending…" state goes, and nothing says it failed.
  await view(page).getByText('Sending…').waitFor({ state: 'detached', timeout: 15000 });
  expect(!(await sent.innerText()).includes('Not sent'), 'the reply was not sent');
  expect((await view(page).getByRole('textbox', { name: 'Reply' }).inputValue()) === '', 'the composer was not emptied');
});

await check('Files: a client uploads a PDF with the picker and sees it listed', async (page) => {
  await visit(page);
  await openMenu(page, 'Files');
  await view(page).getByRole('combobox', { name: 'What is it?' }).selectOption({ label: 'Report' });
  await view(page).getByRole('textbox', { name: 'Description (optional)' }).fill('School evaluation');
  // The "Choose files" label opens the picker of its (visually hidden) file input.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 15000 }), view(page).getByText('Choose files', { exact: true }).click()]);
  await chooser.setFiles({ name: 'School evaluation.pdf', mimeType: 'application/pdf', buffer: PDF });
  const shared = view(page).getByRole('region', { name: 'Shared files' });
  const row = shared.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'School evaluation.pdf' }) });
  await row.waitFor({ timeout: 15000 });
  const seen = await row.innerText();
  for (const part of ['Report', 'Uploaded by you', 'School evaluation']) expect(seen.includes(part), `the listed file: ${seen}`);
});

await check('Dashboard: a client reorders widgets with the keyboard and finds the order kept', async (page) => {
  await visit(page);
  const widgets = (p) => view(p).getByRole('list', { name: 'Dashboard widgets' }).getByRole('heading', { level: 3 });
  await widgets(page).first().waitFor({ timeout: 15000 });
  const before = await widgets(page).allInnerTexts();
  expect(before.indexOf('Balance due') === 2, `the starting order: ${before.join(', ')}`);
  await view(page).getByRole('button', { name: 'Move Balance due' }).focus();
  await page.keyboard.press('Space');
  await view(page).getByText('Balance due picked up, position 3 of 6').waitFor({ timeout: 5000 });
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/me/dashboard-layout') && r.request().method() === 'PUT', { timeout: 15000 });
  await page.keyboard.press('Enter');
  await view(page).getByText('Balance due, dropped at position 1 of 6').waitFor({ timeout: 5000 });
  const moved = ['Balance due', ...before.filter((t) => t !== 'Balance due')];
  expect((await widgets(page).allInnerTexts()).join() === moved.join(), `the order after the move: ${(await widgets(page).allInnerTexts()).join(', ')}`);

  // The dashboard saves through the adapter (PUT /me/dashboard-layout) shortly after the drop,
  // or at once on leaving.
  expect((await saved).ok(), 'the layout was not saved');
  await openMenu(page, 'Messages');
  await openMenu(page, 'Dashboard', /^Welcome/);
  expect((await widgets(page).allInnerTexts()).join() === moved.join(), 'the order was lost on coming back');

  // A new visit reads the layout back from the backend.
  await revisit(page, '#/dashboard');
  await widgets(page).first().waitFor({ timeout: 15000 });
  const again = await widgets(page).allInnerTexts();
  expect(again.join() === moved.join(), `the order on the next visit: ${again.join(', ')}`);
});

await check('Billing: a client pays an invoice with the test card and sees it paid', async (page) => {
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
  await dialog.getByText(`Payment of ${amount} received. Thank you!`).waitFor({ timeout: 15000 });
  expect((await dialog.innerText()).includes('Receipt number'), 'no receipt number');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 5000 });
  await detail.getByText('Paid', { exact: true }).waitFor({ timeout: 15000 });
  expect((await detail.getByRole('button', { name: /^Pay / }).count()) === 0, 'the Pay button is still offered');
  const balance = await detail.innerText();
  expect(/Balance due\s*\$0\.00/.test(balance), `the balance: ${balance.slice(0, 300)}`);
});

await check('Schedule: a client requests an open slot and sees it pending', async (page) => {
  await visit(page);
  await openMenu(page, 'Schedule');
  await view(page).getByRole('button', { name: 'Book an appointment' }).click();
  await view(page).getByRole('combobox', { name: 'Provider' }).selectOption({ label: 'Dr. Riley Demo — Licensed Clinical Psychologist' });
  await view(page).getByRole('combobox', { name: 'Service' }).selectOption({ label: 'Individual therapy (50 min)' });
  // Today is inside the notice window; the picker offers the next day with open times.
  const slots = view(page).getByRole('radio', { name: /\d:\d\d/ });
  const nextDay = view(page).getByRole('button', { name: /^Show the next day with open times/ });
  await slots.first().or(nextDay).waitFor({ timeout: 15000 });
  if (await nextDay.isVisible()) await nextDay.click();
  const slot = slots.first();
  await slot.waitFor({ timeout: 15000 });
  const time = (await slot.evaluate((el) => el.closest('label')?.textContent ?? '')).replace(/\s+/g, ' ').trim();
  expect(/\d:\d\d/.test(time), `the slot's label: ${time}`);
  await slot.check();
  await view(page).getByRole('textbox', { name: 'Note for the provider (optional)' }).fill('Mornings are easier.');
  await view(page).getByRole('button', { name: 'Request this time' }).click();
  await view(page).getByText(/It is pending until Dr\. Riley Demo accepts it\./).waitFor({ timeout: 15000 });
  const pending = view(page).getByRole('listitem').filter({ hasText: 'Mornings are easier.' });
  await pending.waitFor({ timeout: 15000 });
  const seen = await pending.innerText();
  expect(seen.includes('Pending'), `the request: ${seen}`);
  expect(seen.replace(/\s+/g, ' ').includes(time), `the request for ${time}: ${seen}`);
});

await check('Schedule: a client downloads an appointment as an .ics file', async (page) => {
  await visit(page);
  await openMenu(page, 'Schedule');
  await view(page).getByRole('button', { name: / with / }).first().click();
  const link = view(page).getByRole('link', { name: 'Add to calendar (.ics)' });
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }), link.click()]);
  expect(/^appointment-\d{8}\.ics$/.test(file.suggestedFilename()), `file name: ${file.suggestedFilename()}`);
  const ics = await readFile(await file.path(), 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR'), `the file starts with: ${ics.slice(0, 40)}`);
  expect(ics.includes('BEGIN:VEVENT') && ics.includes('DTSTART:') && ics.trimEnd().endsWith('END:VCALENDAR'), 'not one calendar event');
});

await check('Tasks: a client marks a task done', async (page) => {
  await visit(page);
  await openMenu(page, 'Tasks');
  const title = 'Bring your insurance card to the next visit';
  const box = view(page).getByRole('checkbox', { name: `Mark “${title}” done` });
  expect(!(await box.isChecked()), 'the task starts done');
  await box.check();
  const done = view(page).getByRole('region', { name: /^Done \(\d+\)$/ });
  await done.getByRole('heading', { name: title }).waitFor({ timeout: 15000 });
  expect(await done.getByRole('checkbox', { name: `Mark “${title}” done` }).isChecked(), 'the task is not shown done');
  expect((await view(page).getByRole('region', { name: /^To do/ }).getByRole('heading', { name: title }).count()) === 0, 'the task is still to do');
});

await check('Forms: a client completes and signs the intake questionnaire and finds it among documents', async (page) => {
  await visit(page);
  await openMenu(page, 'Forms');
  await view(page).getByRole('button', { name: 'Start: Intake questionnaire' }).click();
  const form = view(page);
  await form.getByRole('heading', { level: 2, name: 'Intake questionnaire' }).waitFor({ timeout: 15000 });
  await form.getByRole('textbox', { name: 'Date of birth' }).fill('1990-03-15');
  await form.getByRole('textbox', { name: 'Mobile phone' }).fill('555 0101');
  await form.getByRole('group', { name: 'How should we contact you?' }).getByRole('radio', { name: 'Portal message' }).check();
  await form.getByRole('textbox', { name: 'What brings you to the practice?' }).fill('Trouble sleeping.');
  await form.getByRole('spinbutton', { name: 'Stress this week, 0 to 10' }).fill('6');
  await form.getByRole('group', { name: 'Do you take any medication?' }).getByRole('radio', { name: 'Yes' }).check();
  await form.getByRole('textbox', { name: 'Which medication, and how much?' }).fill('Melatonin 3 mg');
  await form.getByRole('textbox', { name: 'Type your full name to sign' }).fill('Avery Example');
  await form.getByText(/Signed by Avery Example on/).waitFor({ timeout: 5000 });
  await form.getByRole('button', { name: 'Submit form' }).click();
  await form.getByRole('heading', { name: '“Intake questionnaire” is submitted' }).waitFor({ timeout: 15000 });

  await openMenu(page, 'Files');
  const row = view(page).getByRole('region', { name: 'Shared files' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Intake questionnaire/ }) });
  await row.first().waitFor({ timeout: 15000 });
  const seen = await row.first().innerText();
  expect(seen.includes('Form'), `the signed form in Files: ${seen}`);
});

await check('Care & progress: a client runs a data sheet with ten trials and submits it', async (page) => {
  await visit(page);
  await openMenu(page, 'Care & progress');
  await view(page).getByRole('tab', { name: 'Data collection' }).click();
  await view(page).getByRole('button', { name: 'Start Session data sheet' }).click();
  const sheet = view(page).getByRole('region', { name: 'Session data sheet' });
  await sheet.getByRole('button', { name: 'Correct', exact: true }).waitFor({ timeout: 15000 });
  const taps = [...Array(7).fill('Correct'), 'Incorrect', 'Prompted', 'Prompted'];
  for (const tap of taps) await sheet.getByRole('button', { name: tap, exact: true }).click();
  await sheet.getByText('10 trials · 7 correct · 1 incorrect · 2 prompted').waitFor({ timeout: 5000 });
  await sheet.getByRole('textbox', { name: 'Note for the practice (optional)' }).fill('Ten trials at the table.');
  await sheet.getByRole('button', { name: 'Submit data sheet' }).click();
  const sent = view(page).getByRole('heading', { name: 'Data sheet sent' });
  await sent.waitFor({ timeout: 15000 });
});

await check('Account: a client changes a notification preference and finds it kept', async (page) => {
  await visit(page);
  await openMenu(page, 'Account');
  await view(page).getByRole('tab', { name: 'Notifications' }).click();
  const boxName = 'Invoice due: Text message (SMS)';
  const box = (p) => view(p).getByRole('checkbox', { name: boxName });
  await box(page).waitFor({ timeout: 15000 });
  expect(!(await box(page).isChecked()), 'the preference starts on');
  await box(page).check();
  await view(page).getByRole('button', { name: 'Save preferences' }).click();
  await view(page).getByText('Your preferences were saved.').waitFor({ timeout: 15000 });

  await openMenu(page, 'Dashboard', /^Welcome/);
  await openMenu(page, 'Account');
  await view(page).getByRole('tab', { name: 'Notifications' }).click();
  await box(page).waitFor({ timeout: 15000 });
  expect(await box(page).isChecked(), 'the preference was lost on coming back');

  // A new visit reads it back from the backend.
  await revisit(page, '#/account/notifications');
  await box(page).waitFor({ timeout: 15000 });
  expect(await box(page).isChecked(), 'the preference was not kept by the backend');
});

await check('Pay your bill: a guest link pays after the date of birth; the token is in no request URL; the link again says used; an expired link says so', async (page) => {
  const requests = [];
  page.on('request', (request) => requests.push({ url: request.url(), headers: request.headers(), body: request.postData() ?? '' }));
  const token = 'hl-guest-pay-dob-0001';
  // A fresh browser context, no session: the link as a text message would open it.
  await page.goto(`http://localhost:${port}/pay.html#token=${token}`);
  const guest = page.locator('portico-guest');
  await guest.getByRole('heading', { name: 'First, confirm it is you' }).waitFor({ timeout: 20000 });
  expect(!page.url().includes(token), `the token is still in the address bar: ${page.url()}`);
  const birthday = (await page.locator('.dob').first().innerText()).trim();
  await guest.getByLabel('Your date of birth').fill(birthday);
  await guest.getByRole('button', { name: 'Continue' }).click();
  const pay = guest.getByRole('button', { name: /^Pay / });
  await pay.waitFor({ timeout: 15000 });
  const card = guest.locator('.card-field');
  await card.getByRole('textbox', { name: 'Card number' }).fill('4242 4242 4242 4242');
  await card.getByRole('textbox', { name: /Expiry/ }).fill('12 / 34');
  await card.getByRole('textbox', { name: /Security code|CVC/ }).fill('123');
  await pay.click();
  await guest.getByRole('heading', { name: 'Payment received' }).waitFor({ timeout: 15000 });
  expect(requests.some((r) => new URL(r.url).pathname === '/api/guest/links/pay'), 'no payment request was seen');
  const leaked = requests.filter((r) => r.url.includes(token) || Object.entries(r.headers).some(([name, value]) => name === 'referer' && value.includes(token)));
  expect(leaked.length === 0, `the token travelled in a URL: ${leaked.map((r) => r.url).join(', ')}`);

  // The same link again (the mock lives as long as the page): used.
  await page.getByRole('link', { name: 'Pay a bill' }).first().click();
  await guest.getByRole('heading', { name: 'This link has already been used' }).waitFor({ timeout: 15000 });
  await page.getByRole('link', { name: 'An expired link' }).click();
  await guest.getByRole('heading', { name: 'This link has expired' }).waitFor({ timeout: 15000 });
  await guest.getByRole('link', { name: '+1 555-0100' }).waitFor({ timeout: 5000 });
});

/** Waits until `read()` gives `want` (what a person would see settle), or fails with what it gave. */
async function until(read, want, message) {
  let seen;
  for (const start = Date.now(); Date.now() - start < 15000; await new Promise((r) => setTimeout(r, 100))) {
    seen = await read();
    if (seen === want) return;
  }
  throw new Error(`${message}: ${seen}`);
}

await check('Shortcut link: "Book an appointment" on the practice\'s page opens booking with Dr. Riley Demo and telehealth chosen', async (page) => {
  // A fresh browser page, as a visitor arriving at the practice's website.
  await page.goto(`http://localhost:${port}/`);
  await page.locator('portico-portal nav a[aria-current="page"]').waitFor({ timeout: 20000 });
  await page.locator('.shortcut-links').getByRole('link', { name: 'Book an appointment' }).click();
  await view(page).getByRole('heading', { level: 2, name: 'Schedule' }).waitFor({ timeout: 15000 });
  const provider = view(page).getByRole('combobox', { name: 'Provider' });
  await provider.waitFor({ timeout: 15000 });
  await until(() => provider.evaluate((el) => el.selectedOptions[0]?.textContent.trim()), 'Dr. Riley Demo — Licensed Clinical Psychologist', 'the provider chosen');
  const service = view(page).getByRole('combobox', { name: 'Service' });
  await service.waitFor({ timeout: 15000 });
  await until(() => service.evaluate((el) => el.selectedOptions[0]?.textContent.replace(/\s+/g, ' ').trim()), 'Telehealth therapy (50 min, video)', 'the service chosen');
  await view(page).getByRole('button', { name: 'Request this time' }).waitFor({ timeout: 15000 });
});

await check('Shortcut link: "New client? Register" opens the registration page, and a new client registers', async (page) => {
  await page.goto(`http://localhost:${port}/`);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'New client? Register' }).click();
  await page.waitForURL(/\/register\.html$/);
  const form = page.locator('portico-registration');
  await form.getByRole('heading', { name: 'Register as a new client' }).waitFor({ timeout: 20000 });
  await form.getByRole('textbox', { name: 'First name' }).fill('Quinn');
  await form.getByRole('textbox', { name: 'Last name' }).fill('Newcomer');
  await form.getByRole('textbox', { name: 'Email' }).fill('quinn.newcomer@example.com');
  await form.getByLabel('Date of birth').fill('1992-06-01');
  await form.getByRole('checkbox', { name: /^I accept the terms of / }).check();
  await form.getByRole('button', { name: 'Register' }).click();
  await form.getByRole('heading', { name: 'Thank you for registering' }).waitFor({ timeout: 15000 });
  const said = await form.locator('[part="confirmation"]').innerText();
  expect(said.includes('quinn.newcomer@example.com'), `the confirmation: ${said}`);
});

await browser.close();
server.kill();
console.log(`\nExample: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
