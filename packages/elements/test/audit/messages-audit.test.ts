/** Audit events from Messages (#12.2): a reply, a new thread and an attachment download; ids only. */
import { MEMBER } from '@portico/mock';
import { auditsPerTest, expectOneAudit } from '../helpers/audit.js';
import { documentButton, watchDownloads } from '../helpers/downloads.js';
import { renderMessages, tolerateResizeObserverLoop, type } from '../helpers/messages-harness.js';
import { adapterFor, mockBackend, waitFor } from '../helpers/portal-harness.js';

const SCHEDULE_THREAD = 'th-avery-schedule';

describe('audit events: messages', () => {
  tolerateResizeObserverLoop();
  const log = auditsPerTest();

  it('a reply in a thread fires message-sent once with the thread and message ids, never the text', async () => {
    const backend = await mockBackend();
    const h = await renderMessages(await adapterFor('client'), { item: SCHEDULE_THREAD });
    await h.openedThread();
    await h.reply('Could we try Tuesday at 4 instead?');
    await waitFor(() => log.of('message-sent').length > 0, { message: 'the audit event' });
    const stored = backend.db.data.messages[SCHEDULE_THREAD]!.at(-1)!;
    expectOneAudit(log, { type: 'message-sent', threadId: SCHEDULE_THREAD, messageId: stored.id }, ['Tuesday']);
  });

  it('a new message from the composer fires message-sent once with the new thread\'s ids, never the subject', async () => {
    const backend = await mockBackend();
    const h = await renderMessages(await adapterFor('client'));
    await h.settled();
    await h.click('New message');
    const root = await h.composerReady();
    const box = await waitFor(() => h.queryAllByRole<HTMLInputElement>('checkbox', { within: root }).find((b) => b.value === MEMBER.riley), { message: 'the recipients' });
    await h.check(box);
    await type(await h.subjectField(), 'Question about homework');
    await type(await h.messageField(), 'Which worksheet is for this week?');
    await h.click(await h.findByRole('button', { name: 'Send', within: root }));
    await waitFor(() => log.of('message-sent').length > 0, { message: 'the audit event' });
    const thread = backend.db.data.threads.find((t) => t.subject === 'Question about homework')!;
    const message = backend.db.data.messages[thread.id]!.at(-1)!;
    expectOneAudit(log, { type: 'message-sent', threadId: thread.id, messageId: message.id }, ['homework', 'worksheet']);
  });

  it('downloading an attachment fires file-downloaded with the attachment id, not its name', async () => {
    const backend = await mockBackend();
    const h = await renderMessages(await adapterFor('client'), { item: SCHEDULE_THREAD });
    await h.openedThread();
    const root = await h.composerReady();
    const transfer = new DataTransfer();
    transfer.items.add(new File(['%PDF-1.4 hello'], 'school-report.pdf', { type: 'application/pdf' }));
    // An OS drag from the desktop has no driver equivalent: the drop event is what the browser fires.
    root.querySelector('form')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await waitFor(() => root.querySelector('.attachments .ok'), { message: 'the upload to finish' });
    await h.reply('Here is the report.');
    await waitFor(() => backend.db.data.messages[SCHEDULE_THREAD]!.at(-1)!.text === 'Here is the report.', { message: 'the stored message' });
    const stored = backend.db.data.messages[SCHEDULE_THREAD]!.at(-1)!;
    const row = await waitFor(() => h.rows().find((r) => r.dataset.id === stored.id && r.querySelector('portico-document-button')), { message: 'the row' });
    const watch = watchDownloads();
    try {
      // Clicked on its element: the file name shown in the button is slotted text, which the
      // page's hit test reports as the <portico-document-button> host, not the inner button.
      await h.click((documentButton(row, 'Download school-report.pdf').getRootNode() as ShadowRoot).host);
      await watch.next();
      await waitFor(() => log.of('file-downloaded').length > 0, { message: 'the audit event' });
    } finally {
      watch.stop();
    }
    expectOneAudit(log, { type: 'file-downloaded', document: 'attachment', documentId: stored.attachments[0]!.id }, ['school-report']);
  });
});
