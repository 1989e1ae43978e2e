/**
 * Issue #13.1: every URL that comes from data passes one allow-list before it reaches an `href`,
 * a `src` or a frame. Hostile `javascript:` and `data:` URLs are put in every URL field the mock
 * returns; each view is opened as a person would, and nothing clickable or loadable carries them
 * and no script runs. Documents still download (through the adapter, not their URL).
 */
import { expect } from '@open-wc/testing';
import { isSafeUrl, safeUrl, createObjectUrl, revokeObjectUrl } from '@portico/core';
import { CLIENT } from '@portico/mock';
import { documentButton, watchDownloads } from '../helpers/downloads.js';
import { BillingHarness, renderBilling, settled, selectTab } from '../helpers/billing-harness.js';
import { renderFiles } from '../helpers/files-harness.js';
import { renderMessages } from '../helpers/messages-harness.js';
import { adapterFor, mockBackend, renderPortal, visibleText, waitFor } from '../helpers/portal-harness.js';
import { partOf, renderSchedule } from '../helpers/schedule-harness.js';
import { renderTasks } from '../helpers/tasks-harness.js';

declare global {
  interface Window {
    __porticoPwned?: number;
  }
}

const HOSTILE = [
  'javascript:window.__porticoPwned=1',
  ' JaVaScRiPt:window.__porticoPwned=2',
  'java\tscript:window.__porticoPwned=3',
  'data:text/html,<script>parent.__porticoPwned=4</script>',
  'vbscript:msgbox(1)',
  'http://evil.example/phish',
];

/** Every URL-bearing attribute in the tree, through open shadow roots. */
function urlAttributes(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node): void => {
    // Native elements only: a custom element's own property (an avatar's `src`) loads nothing itself.
    if (node instanceof Element && !node.localName.includes('-')) {
      for (const name of ['href', 'src', 'data', 'action', 'formaction', 'poster', 'srcdoc']) {
        const value = node.getAttribute(name);
        if (value !== null) out.push(value);
      }
    }
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

function expectNoUnsafeUrl(root: Node): void {
  for (const value of urlAttributes(root)) {
    expect(/^\s*(javascript|data|vbscript)\s*:/i.test(value.replace(/[\t\n\r]/g, '')), value).to.equal(false);
    expect(value, 'a hostile URL reached the page').not.to.contain('evil.example');
  }
  expect(window.__porticoPwned).to.equal(undefined);
}

describe('URLs from data (issue #13.1)', () => {
  beforeEach(async () => (await mockBackend()).reset());
  afterEach(() => delete window.__porticoPwned);

  it('safeUrl allows https, http only on localhost, and blob: URLs Portico made', () => {
    for (const bad of [...HOSTILE, 'file:///etc/passwd', 'http://192.168.0.1/', '', '   ', 'https://', null, undefined, 42]) {
      expect(safeUrl(bad), String(bad)).to.equal(undefined);
    }
    expect(safeUrl('https://video.harborlane.example/join/1')).to.equal('https://video.harborlane.example/join/1');
    expect(safeUrl('http://localhost:8080/a')).to.equal('http://localhost:8080/a');
    expect(safeUrl('http://127.0.0.1/a')).to.equal('http://127.0.0.1/a');
    const foreign = URL.createObjectURL(new Blob(['x']));
    expect(isSafeUrl(foreign)).to.equal(false);
    URL.revokeObjectURL(foreign);
    const own = createObjectUrl(new Blob(['x']));
    expect(safeUrl(own)).to.equal(own);
    revokeObjectUrl(own);
    expect(isSafeUrl(own)).to.equal(false);
  });

  for (const hostile of HOSTILE) {
    it(`task links, the telehealth Join link, photos and the logo drop ${JSON.stringify(hostile)}`, async () => {
      const backend = await mockBackend();
      const { data } = backend.db;
      data.organisation.branding.logoUrl = hostile;
      for (const m of data.team) m.photoUrl = hostile;
      for (const t of data.tasks) if (t.link?.kind === 'url') t.link.url = hostile;
      const tele = data.appointments.find((a) => a.clientId === CLIENT.avery && a.telehealthUrl && a.status === 'scheduled' && a.visibleToClient && Date.parse(a.end) > Date.now())!;
      tele.telehealthUrl = hostile;

      const portal = await renderPortal();
      await portal.open('Care team');
      const team = await portal.settled('portico-team');
      await waitFor(() => team.shadowRoot!.querySelector('portico-avatar'), { message: 'the team' });
      expectNoUnsafeUrl(portal.portal);

      const tasks = await (await renderTasks(await adapterFor('client'))).settled();
      const survey = tasks.task('Answer the satisfaction survey');
      expect(survey.querySelector('a')).to.equal(null);
      expect(visibleText(survey)).to.contain('Open the survey');
      expectNoUnsafeUrl(tasks.element);

      const schedule = await renderSchedule(await adapterFor('client'), { item: tele.id });
      const detail = await partOf(schedule, 'portico-schedule-appointment');
      await waitFor(() => detail.querySelector('a[part="ics-link"]'), { message: 'the appointment' });
      expect(detail.querySelector('a[part="join-link"]')).to.equal(null);
      const ics = await (await fetch(detail.querySelector<HTMLAnchorElement>('a[part="ics-link"]')!.href)).text();
      expect(ics).not.to.contain('URL:');
      expectNoUnsafeUrl(schedule);
    });
  }

  it('files, previews, invoice PDFs and receipts never link to their data URL, and still download', async () => {
    const backend = await mockBackend();
    const { data } = backend.db;
    const hostile = HOSTILE[0]!;
    for (const f of data.files) f.url = hostile;
    for (const i of data.invoices) i.pdfUrl = hostile;
    for (const p of data.payments) p.receiptUrl = hostile;
    const watch = watchDownloads();
    try {
      const files = await (await renderFiles(await adapterFor('client'))).settled();
      const image = files.rows().find((r) => r.querySelector('[data-action="preview"]') && /Activity photo/.test(r.textContent!))!;
      await files.click(image.querySelector<HTMLButtonElement>('[data-action="preview"]')!);
      await waitFor(() => files.previewDialog.querySelector('img'), { message: 'the picture' });
      expectNoUnsafeUrl(files.view);
      // Downloads with the keyboard: a real click's hit test stops at the document button's host (its label is slotted as bare text).
      documentButton(files.previewDialog, /^Download /).focus();
      // Watched before the key press: the download can land before the press resolves.
      const download1 = watch.next();
      await files.press('Enter');
      expect((await download1).blob.size).to.be.greaterThan(0);
      await files.click(files.button('Close', files.previewDialog));

      const invoice = data.invoices.find((i) => i.clientId === CLIENT.avery)!;
      const billing = await renderBilling(await adapterFor('client'), { item: invoice.id });
      const detail = await settled(billing, 'portico-billing-invoice', 'article');
      expectNoUnsafeUrl(billing);
      const h = new BillingHarness(billing);
      documentButton(detail, /^Download PDF of invoice/).focus();
      // Watched before the key press: the download can land before the press resolves.
      const download2 = watch.next();
      await h.press('Enter');
      expect(await (await download2).blob.text()).to.contain('%PDF-');

      await h.click('Back to invoices');
      await settled(billing, 'portico-billing-invoices', '.card');
      await selectTab(billing, 'Payments');
      const payments = await settled(billing, 'portico-billing-payments', '.card');
      expectNoUnsafeUrl(billing);
      documentButton(payments, /^Download receipt /).focus();
      // Watched before the key press: the download can land before the press resolves.
      const download3 = watch.next();
      await h.press('Enter');
      expect(await (await download3).blob.text()).to.contain('%PDF-');
      expect(window.__porticoPwned).to.equal(undefined);
    } finally {
      watch.stop();
    }
  });

  it('message attachments never link to their data URL, and still download', async () => {
    const backend = await mockBackend();
    const { data } = backend.db;
    const hostile = HOSTILE[0]!;
    // The shortest of Avery's threads with an attachment, so the attachment is on screen.
    const thread = data.threads
      .filter((t) => t.clientId === CLIENT.avery && (data.messages[t.id] ?? []).some((m) => m.attachments.length > 0))
      .sort((a, b) => data.messages[a.id]!.length - data.messages[b.id]!.length)[0]!;
    for (const m of data.messages[thread.id]!) for (const a of m.attachments) a.url = hostile;
    const watch = watchDownloads();
    try {
      const messages = await renderMessages(await adapterFor('client'), { item: thread.id });
      const open = await messages.openedThread();
      const attachment = await waitFor(() => open.shadowRoot!.querySelector('portico-document-button'), { message: 'an attachment' });
      expectNoUnsafeUrl(messages.element);
      attachment.shadowRoot!.querySelector('button')!.focus();
      // Watched before the key press: the download can land before the press resolves.
      const download4 = watch.next();
      await messages.press('Enter');
      expect((await download4).blob.size).to.be.greaterThan(0);
    } finally {
      watch.stop();
    }
  });
});
