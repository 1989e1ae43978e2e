#!/usr/bin/env node
/**
 * The chaos run (issue #13): the built example site with the mock's fault flags (packages/mock/
 * src/faults.ts) through every view, as each role. Expects `npm run build`.
 *
 * 1. Every view under 20% server errors, latency (300 ms everywhere, 3 s on two list operations),
 *    one malformed payload per view visit: no page error, and each view reaches content or an
 *    error panel (never blank, never stuck loading); an error panel's "Try again" works once
 *    the faults clear.
 * 2. An offline window on every view: it shows an error panel, and "Try again" brings it back online.
 * 3. No duplicate write: a reply, a new thread, an upload, a form submission, a payment and a
 *    data sheet, each with its first response lost (stored by the mock, then a network error)
 *    and retried as the person would; the mock's own tables must hold exactly one record.
 * 4. No lost draft: a reply that failed offline, and form answers kept with "Save now" offline,
 *    are still there after visiting another view and coming back.
 *
 * Prints one line per check and `Chaos: N passed, N failed`. CHAOS_ROLES narrows a run.
 */
import { createChecks, expect, launch, openView, serve, until } from './lib/page-harness.mjs';

const ROLES = (process.env.CHAOS_ROLES ?? 'client,guardian,payer').split(',');
const server = await serve();
const browser = await launch();
const checks = createChecks({ concurrency: 2 });

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** A fresh page (own context, own mock) signed in as `role`, with the portal's menu shown. */
async function open(role, hash = '#/dashboard') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message.split('\n')[0].slice(0, 200)));
  page.on('dialog', (dialog) => dialog.accept().catch(() => {}));
  await page.goto(`${server.origin}/?as=${role}&probe${hash}`);
  await until(() => page.evaluate(() => Boolean(document.querySelector('portico-portal')?.shadowRoot?.querySelector('nav a[aria-current="page"]'))), { timeout: 60000, message: 'the portal menu' });
  return { page, errors, close: () => context.close() };
}

const view = (page) => page.locator('portico-portal .main');
const faults = (page, script, arg) => page.evaluate(script, arg);
const menuOf = (page) => page.evaluate(() => [...document.querySelector('portico-portal').shadowRoot.querySelectorAll('nav a[href^="#/"]')].map((a) => a.getAttribute('href')));

/** Waits until the view shows content or an error panel; throws "blank"/"stuck" otherwise. */
async function settle(page, hash, timeout = 45000) {
  return (await openView(page, hash, { timeout, navigate: false })).state;
}

/** Clicks "Try again" on each error panel shown (a dashboard has one per widget) and waits for content. */
async function tryAgain(page, hash) {
  let state;
  for (let round = 0; round < 8; round++) {
    // The view's panels, or the portal's own when the session itself could not load.
    const retry = page.locator('portico-portal portico-state-error').getByRole('button', { name: /^Try again/ }).first();
    await retry.click({ timeout: 10000 });
    state = await settle(page, hash, 30000);
    if (state.state === 'content') return;
  }
  throw new Error(`"Try again" on ${hash} did not bring the view back: ${state?.text}`);
}

// 1–2. Every view under faults, and offline, per role.
for (const role of ROLES) {
  checks.addGroup(`${role} · faults`, async (record) => {
    const { page, errors, close } = await open(role);
    try {
      for (const hash of await menuOf(page)) {
        const problems = [];
        const before = errors.length;
        await faults(page, () => {
          const f = window.porticoMock.faults;
          f.reset().errorRate('*', 0.2).latency(300).latency(3000, 'messages.listThreads').latency(3000, 'billing.list').malformed('*', { times: 1 });
        });
        await page.evaluate((next) => (location.hash = next), hash);
        let state;
        try {
          state = await settle(page, hash);
        } catch (error) {
          problems.push(error.message);
        }
        await faults(page, () => window.porticoMock.faults.reset());
        if (state?.state === 'error') {
          if (!state.retry) problems.push(`error panel without "Try again": ${state.text}`);
          else await tryAgain(page, hash).catch((error) => problems.push(error.message));
        }
        if (errors.length > before) problems.push(`page errors: ${errors.slice(before).join(' | ')}`);
        record(`${hash} under errors, latency, malformed`, problems, state?.state);
      }
      for (const hash of await menuOf(page)) {
        const problems = [];
        const before = errors.length;
        // A fresh portal (new adapter, empty cache) opened online on another view; then offline,
        // the person opens this one, so its data must load during the offline window.
        await faults(page, () => window.porticoMock.faults.reset());
        await page.evaluate((start) => {
          const old = document.getElementById('portal');
          const fresh = old.cloneNode(false);
          fresh.getAccessToken = old.getAccessToken;
          fresh.paymentProvider = old.paymentProvider;
          history.replaceState(history.state, '', start);
          old.replaceWith(fresh);
        }, hash === '#/dashboard' ? '#/account' : '#/dashboard');
        await settle(page, hash === '#/dashboard' ? '#/account' : '#/dashboard').catch(() => {});
        await faults(page, () => window.porticoMock.faults.offline(true));
        await page.evaluate((next) => (location.hash = next), hash);
        let state;
        try {
          state = await settle(page, hash);
        } catch (error) {
          problems.push(`offline: ${error.message}`);
        }
        await faults(page, () => window.porticoMock.faults.offline(false));
        if (state?.state === 'error') await tryAgain(page, hash).catch((error) => problems.push(error.message));
        if (errors.length > before) problems.push(`page errors: ${errors.slice(before).join(' | ')}`);
        record(`${hash} offline, then Try again`, problems, state?.state);
      }
    } finally {
      await close();
    }
  });
}

// 3. No duplicate write: the first response of the write is lost; the person retries.
function duplicateCheck(name, role, { operation, hash, act, retry, done, count }) {
  checks.add(`no duplicate write: ${name} (${operation}, first response lost)`, async () => {
    const { page, errors, close } = await open(role, hash);
    try {
      await faults(page, (op) => window.porticoMock.faults.reset().dropResponse(op, { times: 1 }), operation);
      const tag = `chaos ${Date.now().toString(36)}`;
      await act(page, tag);
      // The person retries until it is done (an automatic retry may make this unnecessary).
      await until(async () => {
        if (await done(page, tag).catch(() => false)) return true;
        await retry(page, tag).catch(() => {});
        return false;
      }, { timeout: 45000, message: `${name} to be done after a retry`, interval: 1000 }).catch(async (error) => {
        const seen = await view(page).innerText().catch(() => '');
        throw new Error(`${error.message}; the view shows: ${seen.replace(/\s+/g, ' ').slice(-300)}`);
      });
      const stored = await page.evaluate(count, tag);
      expect(stored === 1, `${stored} stored (expected 1)`);
      expect(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      return `1 stored`;
    } finally {
      await close();
    }
  });
}

duplicateCheck('a message reply', 'client', {
  operation: 'messages.send', hash: '#/messages',
  act: async (page, tag) => {
    await view(page).locator('portico-thread-list, .threads').getByRole('button').first().click({ timeout: 20000 }).catch(async () => {
      await view(page).getByRole('button', { name: /^Rescheduling next month/ }).click({ timeout: 20000 });
    });
    await view(page).getByRole('textbox', { name: 'Reply' }).fill(`Reply ${tag}`);
    await view(page).getByRole('button', { name: 'Send', exact: true }).click();
  },
  retry: (page) => view(page).getByRole('button', { name: /^(Retry sending|Retry$)/ }).first().click({ timeout: 2000 }),
  done: async (page, tag) => {
    const row = view(page).getByRole('listitem').filter({ hasText: `Reply ${tag}` });
    return (await row.count()) > 0 && !/Not sent|Sending…/.test(await row.first().innerText());
  },
  count: (tag) => Object.values(window.porticoMock.db.data.messages).flat().filter((m) => m.text === `Reply ${tag}`).length,
});

duplicateCheck('a new thread', 'client', {
  operation: 'messages.createThread', hash: '#/messages',
  act: async (page, tag) => {
    await view(page).getByRole('button', { name: 'New message', exact: true }).click({ timeout: 20000 });
    const to = view(page).getByRole('group', { name: 'Send to' }).getByRole('checkbox').first();
    await to.check({ timeout: 15000 });
    await view(page).getByRole('textbox', { name: 'Subject' }).fill(`Subject ${tag}`);
    await view(page).getByRole('textbox', { name: 'Message' }).fill(`First message ${tag}`);
    await view(page).getByRole('button', { name: 'Send', exact: true }).click();
  },
  retry: (page) => view(page).getByRole('button', { name: /^Retry/ }).first().click({ timeout: 2000 }),
  done: async (page, tag) => (await view(page).getByText(`First message ${tag}`).count()) > 0 && (await view(page).getByRole('button', { name: /^Retry/ }).count()) === 0 && (await view(page).getByText('Sending…').count()) === 0,
  count: (tag) => window.porticoMock.db.data.threads.filter((t) => t.subject === `Subject ${tag}`).length,
});

duplicateCheck('a file upload', 'client', {
  operation: 'files.upload', hash: '#/files',
  act: async (page, tag) => {
    await view(page).getByRole('combobox', { name: 'What is it?' }).selectOption({ label: 'Report' }, { timeout: 20000 });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 15000 }), view(page).getByText('Choose files', { exact: true }).click()]);
    await chooser.setFiles({ name: `${tag}.pdf`, mimeType: 'application/pdf', buffer: PDF });
  },
  retry: (page, tag) => view(page).getByRole('button', { name: `Try again to upload ${tag}.pdf` }).click({ timeout: 2000 }),
  done: async (page, tag) => (await view(page).getByRole('region', { name: 'Shared files' }).getByRole('heading', { name: `${tag}.pdf` }).count()) > 0,
  count: (tag) => window.porticoMock.db.data.files.filter((f) => f.name === `${tag}.pdf`).length,
});

duplicateCheck('a form submission', 'client', {
  operation: 'forms.submit', hash: '#/forms',
  act: async (page) => {
    await view(page).getByRole('button', { name: 'Start: Intake questionnaire' }).click({ timeout: 20000 });
    const form = view(page);
    await form.getByRole('heading', { level: 2, name: 'Intake questionnaire' }).waitFor({ timeout: 15000 });
    await form.getByRole('textbox', { name: 'Date of birth' }).fill('1990-03-15');
    await form.getByRole('textbox', { name: 'Mobile phone' }).fill('555 0101');
    await form.getByRole('group', { name: 'How should we contact you?' }).getByRole('radio', { name: 'Portal message' }).check();
    await form.getByRole('textbox', { name: 'What brings you to the practice?' }).fill('Trouble sleeping.');
    await form.getByRole('spinbutton', { name: 'Stress this week, 0 to 10' }).fill('6');
    await form.getByRole('group', { name: 'Do you take any medication?' }).getByRole('radio', { name: 'No' }).check();
    await form.getByRole('textbox', { name: 'Type your full name to sign' }).fill('Avery Example');
    await form.getByRole('button', { name: 'Submit form' }).click();
  },
  retry: (page) => view(page).getByRole('button', { name: /^(Submit form|Try again|Retry)/ }).first().click({ timeout: 2000 }),
  done: async (page) => (await view(page).getByRole('heading', { name: '“Intake questionnaire” is submitted' }).count()) > 0,
  count: () => window.porticoMock.db.data.files.filter((f) => f.name.startsWith('Intake questionnaire (completed')).length,
});

/**
 * Pays the first unpaid invoice with the test Visa as a new card: the whole balance, or
 * `partial` (a second payment would then still fit in the balance, so a new key means a second
 * charge). Remembers the invoice number for `countPayments`.
 */
async function payFirstUnpaidInvoice(page, { partial } = {}) {
  await view(page).getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Unpaid' }, { timeout: 20000 });
  const invoice = view(page).getByRole('button', { name: /^Invoice / }).first();
  const number = (await invoice.innerText()).trim();
  await invoice.click();
  const detail = view(page).getByRole('article', { name: number });
  await detail.getByRole('button', { name: /^Pay / }).click();
  const dialog = view(page).getByRole('dialog', { name: `Pay invoice ${number.replace(/^Invoice /, '')}` });
  if (partial) {
    await dialog.getByRole('radio', { name: 'Another amount' }).check();
    await dialog.getByRole('textbox', { name: /^Amount to pay/ }).fill(partial);
  }
  await dialog.getByRole('radio', { name: 'A new card' }).check();
  await dialog.getByRole('textbox', { name: 'Card number' }).fill('4242 4242 4242 4242');
  await dialog.getByRole('textbox', { name: 'Expiry date' }).fill(`12 / ${(new Date().getFullYear() + 3) % 100}`);
  await dialog.getByRole('textbox', { name: 'Security code (CVC)' }).fill('123');
  await page.evaluate((n) => (window.__chaosInvoice = n.replace(/^Invoice /, '')), number);
  await dialog.getByRole('button', { name: /^Pay \$/ }).click();
}

/** What the payment checks share: the operation, Retry in the dialog, the receipt, the stored payments. */
const payment = {
  operation: 'billing.payInvoice',
  retry: (page) => view(page).getByRole('dialog').getByRole('button', { name: /^(Pay \$|Try again|Retry)/ }).first().click({ timeout: 2000 }),
  done: async (page) => (await view(page).getByText(/Payment of .* received/).count()) > 0,
  count: () => {
    const { data } = window.porticoMock.db;
    const invoice = data.invoices.find((i) => i.number === window.__chaosInvoice);
    return data.payments.filter((p) => p.invoiceId === invoice?.id || p.invoiceNumber === window.__chaosInvoice).length;
  },
};

duplicateCheck('a payment', 'client', { ...payment, hash: '#/billing', act: (page) => payFirstUnpaidInvoice(page) });

// Real providers (Stripe) issue a new token for every attempt: the retry must still be one payment.
duplicateCheck('a payment with a provider that issues a fresh token per attempt', 'client', {
  ...payment,
  hash: '#/dashboard',
  act: async (page) => {
    await page.evaluate(() => {
      const portal = document.getElementById('portal');
      const base = portal.paymentProvider;
      let attempt = 0;
      portal.paymentProvider = {
        ...base,
        mount: async (container, options) => {
          const field = await base.mount(container, options);
          const tokenize = field.tokenize.bind(field);
          field.tokenize = async () => {
            const result = await tokenize();
            return 'token' in result ? { token: `${result.token}_attempt${++attempt}` } : result;
          };
          return field;
        },
      };
      location.hash = '#/billing';
    });
    await payFirstUnpaidInvoice(page, { partial: '10.00' });
  },
});

duplicateCheck('a data sheet', 'client', {
  operation: 'clinical.submitDataSheet', hash: '#/clinical',
  act: async (page, tag) => {
    await view(page).getByRole('tab', { name: 'Data collection' }).click({ timeout: 20000 });
    await view(page).getByRole('button', { name: 'Start Session data sheet' }).click();
    const sheet = view(page).getByRole('region', { name: 'Session data sheet' });
    for (let i = 0; i < 3; i++) await sheet.getByRole('button', { name: 'Correct', exact: true }).click();
    await sheet.getByRole('textbox', { name: 'Note for the practice (optional)' }).fill(`Sheet ${tag}`);
    await sheet.getByRole('button', { name: 'Submit data sheet' }).click();
  },
  retry: (page) => view(page).getByRole('button', { name: /^(Retry|Try again)/ }).first().click({ timeout: 2000 }),
  // Sent at once ("Data sheet sent"), or from the outbox after Retry (the outbox empties).
  done: async (page, tag) => (await view(page).getByRole('heading', { name: 'Data sheet sent' }).count()) > 0
    || ((await view(page).getByRole('heading', { name: 'Waiting to send' }).count()) === 0
      && (await page.evaluate((t) => window.porticoMock.db.data.dataSheetRecords.some((r) => JSON.stringify(r).includes(`Sheet ${t}`)), tag))),
  count: (tag) => window.porticoMock.db.data.dataSheetRecords.filter((r) => JSON.stringify(r).includes(`Sheet ${tag}`)).length,
});

// 4. No lost draft.
checks.add('no lost draft: a reply that failed offline survives another view and coming back', async () => {
  const { page, errors, close } = await open('client', '#/messages');
  try {
    const thread = await page.evaluate(() => {
      const mock = window.porticoMock;
      const clientId = mock.db.sessionFor(mock.db.user(mock.user)).defaultClientId;
      return mock.db.data.threads.find((t) => t.clientId === clientId).id;
    });
    await page.evaluate((t) => (location.hash = `#/messages/${t}`), thread);
    const text = `Draft kept ${Date.now().toString(36)}`;
    await view(page).getByRole('textbox', { name: 'Reply' }).fill(text, { timeout: 20000 });
    await faults(page, () => window.porticoMock.faults.reset().offline(true));
    await view(page).getByRole('button', { name: 'Send', exact: true }).click();
    await view(page).getByText(/Not sent|not sent/).first().waitFor({ timeout: 20000 });
    await page.evaluate(() => (location.hash = '#/dashboard'));
    await settle(page, '#/dashboard');
    await page.evaluate((t) => (location.hash = `#/messages/${t}`), thread);
    await settle(page, `#/messages/${thread}`);
    const kept = await until(async () => {
      const shown = (await view(page).getByText(text).count()) > 0;
      const inComposer = (await view(page).getByRole('textbox', { name: 'Reply' }).inputValue().catch(() => '')) === text;
      return shown || inComposer;
    }, { timeout: 5000, message: 'the unsent reply' }).catch(() => false);
    expect(kept, 'the unsent reply is gone after visiting Dashboard and coming back');
    expect(errors.length === 0, `page errors: ${errors.join(' | ')}`);
  } finally {
    await close();
  }
});

checks.add('no lost draft: form answers kept offline with "Save now" survive another view', async () => {
  const { page, errors, close } = await open('client', '#/forms');
  try {
    await view(page).getByRole('button', { name: 'Start: Intake questionnaire' }).click({ timeout: 20000 });
    await view(page).getByRole('heading', { level: 2, name: 'Intake questionnaire' }).waitFor({ timeout: 15000 });
    await faults(page, () => window.porticoMock.faults.reset().offline(true));
    const answers = { 'Mobile phone': '555 0199', 'What brings you to the practice?': 'Kept while offline.' };
    for (const [label, value] of Object.entries(answers)) await view(page).getByRole('textbox', { name: label }).fill(value);
    await view(page).getByRole('button', { name: 'Save now' }).click({ timeout: 10000 });
    await page.evaluate(() => (location.hash = '#/dashboard'));
    await settle(page, '#/dashboard').catch(() => {});
    await faults(page, () => window.porticoMock.faults.offline(false));
    await page.evaluate(() => (location.hash = '#/forms'));
    await view(page).getByRole('button', { name: /^(Continue|Start): Intake questionnaire/ }).click({ timeout: 20000 });
    await view(page).getByRole('heading', { level: 2, name: 'Intake questionnaire' }).waitFor({ timeout: 15000 });
    const lost = [];
    for (const [label, value] of Object.entries(answers)) {
      const now = await view(page).getByRole('textbox', { name: label }).inputValue({ timeout: 10000 });
      if (now !== value) lost.push(`"${label}" is "${now}"`);
    }
    expect(lost.length === 0, `answers lost: ${lost.join(', ')}`);
    expect(errors.length === 0, `page errors: ${errors.join(' | ')}`);
  } finally {
    await close();
  }
});

console.log('Chaos: faults, offline, retries and drafts on the example site');
const started = Date.now();
await checks.runAll();
await browser.close();
server.close();
console.log(`Chaos run took ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(checks.summary('Chaos') ? 0 : 1);
