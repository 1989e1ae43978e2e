import { expect, oneEvent } from '@open-wc/testing';
import { formatFileSize, type PortalAdapter } from '@portico/core';
import { HIDDEN_MEMBER_ID, MEMBER } from '@portico/mock';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { MessagesHarness, pickFiles, renderMessages, tolerateResizeObserverLoop, type } from '../helpers/messages-harness.js';
import type { PorticoMessages } from '../../src/views/messages/messages.js';
import { errorOf } from '../../src/testing/queries.js';
import { adapterFor, mockBackend, renderPortal, visibleText, waitFor } from '../helpers/portal-harness.js';
import { documentButton, documentLabel } from '../helpers/downloads.js';

const SCHEDULE_THREAD = 'th-avery-schedule';

describe('<portico-messages>', () => {
  beforeEach(async () => (await mockBackend()).reset());
  tolerateResizeObserverLoop();

  it('lists threads with subject, people, preview, time and unread counts; opening one marks it read', async () => {
    const backend = await mockBackend();
    const h = await renderMessages(await adapterFor('client'));
    await h.settled();
    const button = h.threadButton('Rescheduling next month');
    expect(visibleText(button)).to.contain('Quinn Sampleton');
    expect(button.querySelector('.preview')!.textContent!.length).to.be.greaterThan(5);
    expect(button.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-/);
    expect(button.querySelector('[part="unread-count"]')!.textContent!.trim()).to.equal('1 unread');
    await expectNoAxeViolations(h.element);

    const openRequested = oneEvent(h.element, 'portico-open-requested');
    await h.click(button);
    const opened = await openRequested;
    expect(opened.detail).to.deep.equal({ view: 'messages', item: SCHEDULE_THREAD });
    const thread = await h.openedThread();
    expect(thread.shadowRoot!.querySelector('h3')!.textContent).to.equal('Rescheduling next month');
    // The count drops in the list and in the backend.
    await waitFor(() => !h.threadButton('Rescheduling next month').querySelector('[part="unread-count"]'), { message: 'the unread count to drop' });
    await waitFor(() => backend.db.data.messages[SCHEDULE_THREAD]!.every((m) => m.read), { message: 'messages marked read' });
    expect(h.threadButton('Rescheduling next month').getAttribute('aria-current')).to.equal('true');
    await expectNoAxeViolations(h.element);
  });

  it('opens a deep-linked thread at its newest message', async () => {
    const backend = await mockBackend();
    const h = await renderMessages(await adapterFor('client'), { item: SCHEDULE_THREAD });
    const thread = await h.openedThread();
    const newest = backend.db.data.messages[SCHEDULE_THREAD]!.at(-1)!;
    await waitFor(() => h.rows().some((r) => r.dataset.id === newest.id), { message: 'the newest message' });
    expect(visibleText(thread.shadowRoot!)).to.contain(newest.text);
  });

  it('sends a reply that appears in the thread and in the backend, and says so', async () => {
    const backend = await mockBackend();
    const h = await renderMessages(await adapterFor('client'), { item: SCHEDULE_THREAD });
    await h.openedThread();
    const before = backend.db.data.messages[SCHEDULE_THREAD]!.length;
    const sent = oneEvent(h.element, 'portico-message-sent');
    await h.reply('Could we try Tuesday at 4 instead?');
    const pending = await waitFor(() => h.rows().find((r) => r.textContent!.includes('Could we try Tuesday')));
    expect(pending).to.exist;
    const { detail } = await sent;
    expect(detail.threadId).to.equal(SCHEDULE_THREAD);
    const stored = backend.db.data.messages[SCHEDULE_THREAD]!;
    expect(stored.length).to.equal(before + 1);
    expect(stored.at(-1)!.id).to.equal(detail.messageId);
    expect(stored.at(-1)!.text).to.equal('Could we try Tuesday at 4 instead?');
    await waitFor(() => h.rows().find((r) => r.dataset.id === detail.messageId), { message: 'the stored message in the log' });
    expect(h.rows().some((r) => r.textContent!.includes('Sending…'))).to.equal(false);
    // The composer is empty again; an empty reply is refused next to the field.
    const composer = h.composer().shadowRoot!;
    const box = await h.messageField();
    expect(box.value).to.equal('');
    await h.click(await h.findByRole('button', { name: 'Send', within: composer }));
    const error = await waitFor(() => errorOf(box), { message: 'the empty-reply error' });
    expect(error).to.equal('Write a message first.');
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(h.focused()).to.equal(box);
  });

  it('keeps a failed reply in the thread with Retry, and stores it once', async () => {
    const backend = await mockBackend();
    backend.faults.dropResponse('messages.send', { times: 1 });
    const h = await renderMessages(await adapterFor('client'), { item: SCHEDULE_THREAD });
    await h.openedThread();
    const text = 'Is the parking garage open on Saturdays?';
    await h.reply(text);
    const failed = await waitFor(() => h.rows().find((r) => r.classList.contains('failed')), { message: 'the failed message' });
    expect(visibleText(failed)).to.contain(text);
    expect(visibleText(failed)).to.contain('Not sent');
    await expectNoAxeViolations(h.thread()!);
    // The backend stored it before the answer was lost; the failed copy stays in the thread,
    // also after leaving it (for another thread, side by side in this width) and coming back.
    expect(backend.db.data.messages[SCHEDULE_THREAD]!.filter((m) => m.text === text).length).to.equal(1);
    await h.openThread('Question about my statement');
    await h.findByRole('heading', { name: 'Question about my statement', within: h.thread()! });
    await h.openThread('Rescheduling next month');
    await h.findByRole('heading', { name: 'Rescheduling next month', within: h.thread()! });
    const kept = await waitFor(() => h.rows().find((r) => r.classList.contains('failed')), { message: 'the failed message again' });
    expect(visibleText(kept)).to.contain(text);
    const retry = await h.findByRole('button', { name: /^Retry sending: /, within: kept });
    const sent = oneEvent(h.element, 'portico-message-sent');
    await h.click(retry);
    await sent;
    await waitFor(() => !h.rows().some((r) => r.classList.contains('failed') || r.classList.contains('pending')), { message: 'the outbox to empty' });
    expect(backend.db.data.messages[SCHEDULE_THREAD]!.filter((m) => m.text === text).length).to.equal(1);
    await waitFor(() => h.rows().filter((r) => r.textContent!.includes(text)).length === 1, { message: 'one copy in the log' });
  });

  it('composes a new thread to the care team, never offering a hidden member', async () => {
    const backend = await mockBackend();
    const h = await renderMessages(await adapterFor('client'));
    await h.settled();
    await h.click('New message');
    const root = await h.composerReady();
    const boxes = await waitFor(() => {
      const found = h.queryAllByRole<HTMLInputElement>('checkbox', { within: root });
      return found.length ? found : null;
    });
    const offered = boxes.map((b) => b.value);
    expect(offered).to.include(MEMBER.riley);
    expect(offered).not.to.include(HIDDEN_MEMBER_ID);
    expect(visibleText(root)).not.to.contain('Robin Example');
    await expectNoAxeViolations(h.element);

    // Sending with nothing filled in says what is missing, next to each field.
    await h.click(await h.findByRole('button', { name: 'Send', within: root }));
    await waitFor(() => root.querySelector('#recipients-error'));
    const subject = await h.subjectField();
    expect(errorOf(subject)).to.equal('Add a subject.');
    expect(subject.getAttribute('aria-invalid')).to.equal('true');
    await expectNoAxeViolations(h.element);

    await h.check(boxes.find((b) => b.value === MEMBER.riley)!);
    await type(await h.subjectField(), 'Question about homework');
    await type(await h.messageField(), 'Which worksheet is for this week?');
    const sent = oneEvent(h.element, 'portico-message-sent');
    await h.click(await h.findByRole('button', { name: 'Send', within: root }));
    const { detail } = await sent;
    const created = backend.db.data.threads.find((t) => t.id === detail.threadId)!;
    expect(created.subject).to.equal('Question about homework');
    expect(created.memberIds).to.deep.equal([MEMBER.riley]);
    const thread = await h.openedThread();
    await waitFor(() => thread.shadowRoot!.querySelector('h3')!.textContent === 'Question about homework', { message: 'the new thread' });
    await waitFor(() => h.threadButtons().some((b) => b.dataset.threadId === detail.threadId), { message: 'the new thread in the list' });
  });

  it('never makes a hidden team member a recipient, even when compose-to asks for one', async () => {
    const backend = await mockBackend();
    const threadsBefore = backend.db.data.threads.length;
    const h = await renderMessages(await adapterFor('client'), { composeTo: HIDDEN_MEMBER_ID });
    const root = await h.composerReady();
    const boxes = await waitFor(() => {
      const found = h.queryAllByRole<HTMLInputElement>('checkbox', { within: root });
      return found.length ? found : null;
    }, { message: 'the recipients' });
    expect(boxes.map((b) => b.value)).not.to.include(HIDDEN_MEMBER_ID);
    expect(boxes.filter((b) => b.checked)).to.have.length(0);
    expect(visibleText(root)).not.to.contain('Robin Example');

    // Filled in without choosing anyone: nobody is chosen, so nothing is sent.
    await type(await h.subjectField(), 'For the director');
    await type(await h.messageField(), 'Hello there.');
    await h.click(await h.findByRole('button', { name: 'Send', within: root }));
    const error = await waitFor(() => root.querySelector('#recipients-error'), { message: 'the recipients error' });
    expect(error.textContent).to.equal('Choose at least one person to message.');
    expect(backend.db.data.threads.length).to.equal(threadsBefore);

    // Choosing a visible member sends to that member only.
    await h.check(boxes.find((b) => b.value === MEMBER.riley)!);
    const sent = oneEvent(h.element, 'portico-message-sent');
    await h.click(await h.findByRole('button', { name: 'Send', within: root }));
    const { detail } = await sent;
    const created = backend.db.data.threads.find((t) => t.id === detail.threadId)!;
    expect(created.memberIds).to.deep.equal([MEMBER.riley]);
  });

  it('keeps drafts when switching threads and views', async () => {
    const portal = await renderPortal({ user: 'client' });
    await portal.open('Messages');
    const view = await portal.settled('portico-messages');
    const h = new MessagesHarness(view as PorticoMessages);
    await h.settled();
    await h.openThread('Rescheduling next month');
    const reply = 'Half-written reply about Tuesday';
    await type(await h.messageField(), reply);

    // Another thread has its own (empty) draft; back in the first one, the reply is still there.
    // In the portal's width the open thread replaces the list: back to the list first.
    await h.click(await h.findByRole('button', { name: 'Back to conversations', within: h.thread()! }));
    await waitFor(() => !h.thread(), { message: 'the list again' });
    await h.openThread('Question about my statement');
    await waitFor(() => h.thread()!.shadowRoot!.querySelector('h3')!.textContent === 'Question about my statement', { message: 'the other thread' });
    await waitFor(() => h.messageBox()?.value === '', { message: 'an empty draft there' });
    await h.click(await h.findByRole('button', { name: 'Back to conversations', within: h.thread()! }));
    await waitFor(() => !h.thread(), { message: 'the list again' });
    await h.openThread('Rescheduling next month');
    await waitFor(() => h.messageBox()?.value === reply, { message: 'the reply draft back' });

    // A new message half written, then another view and back: still there, as typed.
    await h.click('New message');
    await waitFor(() => h.root.querySelector('#compose-heading'), { message: 'the new-message form' });
    await type(await h.subjectField(), 'Draft subject');
    await type(await h.messageField(), 'Draft body');
    await portal.open('Care team');
    await portal.settled('portico-team');
    await portal.open('Messages');
    expect(portal.view()).to.equal(view);
    const again = await h.composerReady();
    expect((await h.subjectField()).value).to.equal('Draft subject');
    expect((await h.messageField()).value).to.equal('Draft body');
    // And the reply draft of the first thread too.
    await h.click(await h.findByRole('button', { name: 'Cancel', within: again }));
    await waitFor(() => !h.root.querySelector('#compose-heading'), { message: 'the composer to close' });
    await h.openThread('Rescheduling next month');
    await waitFor(() => h.messageBox()?.value === reply, { message: 'the reply draft after switching views' });
  });

  it('opens the composer with the recipient from compose-to preselected', async () => {
    const h = await renderMessages(await adapterFor('client'), { composeTo: MEMBER.morgan });
    const root = await h.composerReady();
    const box = await waitFor(() => root.querySelector<HTMLInputElement>(`input[value="${MEMBER.morgan}"]`));
    expect(box.checked).to.equal(true);
    expect(root.querySelector<HTMLInputElement>(`input[value="${MEMBER.riley}"]`)!.checked).to.equal(false);
  });

  it('rejects an attachment of a type the practice does not accept, next to the field', async () => {
    const h = await renderMessages(await adapterFor('client'), { item: SCHEDULE_THREAD });
    await h.openedThread();
    const root = await h.composerReady();
    const input = root.querySelector<HTMLInputElement>('#files')!;
    pickFiles(input, [new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' })]);
    const error = await waitFor(() => root.querySelector('#files-error'));
    expect(error.textContent).to.contain('"setup.exe" cannot be attached');
    expect(error.textContent).to.contain('PDF');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('files-error');
    expect(root.querySelector('.attachments')).to.equal(null);
  });

  it('rejects an attachment over the size limit before uploading it', async () => {
    const backend = await mockBackend();
    const { maxUploadBytes } = backend.db.data.organisation.rules;
    const uploadsBefore = backend.db.data.attachments.length;
    const h = await renderMessages(await adapterFor('client'), { item: SCHEDULE_THREAD });
    await h.openedThread();
    const root = await h.composerReady();
    const limit = formatFileSize(maxUploadBytes, { locale: 'en' });
    expect(visibleText(root.querySelector('#files-hint')!)).to.contain(`up to ${limit} each`);
    const input = root.querySelector<HTMLInputElement>('#files')!;
    pickFiles(input, [
      new File([new Uint8Array(maxUploadBytes + 1)], 'big-scan.pdf', { type: 'application/pdf' }),
      new File(['%PDF-1.4 ok'], 'small.pdf', { type: 'application/pdf' }),
    ]);
    const error = await waitFor(() => root.querySelector('#files-error'), { message: 'the size error' });
    expect(error.textContent).to.contain(`"big-scan.pdf" cannot be attached: it is larger than the ${limit} limit.`);
    expect(error.textContent).not.to.contain('small.pdf');
    // The good file still goes up; the big one never leaves the browser.
    await waitFor(() => root.querySelector('.attachments .ok'), { message: 'the small file uploaded' });
    expect([...root.querySelectorAll('.attachments .name')].map((n) => n.textContent)).to.deep.equal(['small.pdf']);
    expect(backend.db.data.attachments.length).to.equal(uploadsBefore + 1);
    await expectNoAxeViolations(h.element);
  });

  it('uploads a dropped attachment with progress and sends it as a download link', async () => {
    const backend = await mockBackend();
    backend.faults.latency(400, 'messages.uploadAttachment');
    const h = await renderMessages(await adapterFor('client'), { item: SCHEDULE_THREAD });
    await h.openedThread();
    const root = await h.composerReady();
    const transfer = new DataTransfer();
    transfer.items.add(new File(['%PDF-1.4 hello'], 'school-report.pdf', { type: 'application/pdf' }));
    // An OS drag from the desktop has no driver equivalent: the drop event is what the browser fires.
    root.querySelector('form')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    const progress = await waitFor(() => root.querySelector('.attachments progress'), { message: 'the progress bar' });
    expect(progress.getAttribute('aria-label')).to.equal('Uploading school-report.pdf');
    await waitFor(() => root.querySelector('.attachments .ok'), { message: 'the upload to finish' });
    await h.reply('Here is the report.');
    await waitFor(() => backend.db.data.messages[SCHEDULE_THREAD]!.at(-1)!.text === 'Here is the report.', { message: 'the stored message' });
    const stored = backend.db.data.messages[SCHEDULE_THREAD]!.at(-1)!;
    expect(stored.attachments.map((a) => a.name)).to.deep.equal(['school-report.pdf']);
    // The attachment downloads through the adapter (a button), never as a link to its URL.
    const row = await waitFor(() => h.rows().find((r) => r.dataset.id === stored.id && r.querySelector('portico-document-button')));
    const button = documentButton(row, 'Download school-report.pdf');
    expect(documentLabel(button)).to.equal('school-report.pdf');
    expect(row.querySelector('a[href]')).to.equal(null);
  });

  it('searches across every thread and opens the hit', async () => {
    const backend = await mockBackend();
    backend.db.data.messages[SCHEDULE_THREAD]!.at(-3)!.text = 'The zebra crossing by the clinic is closed.';
    backend.db.data.messages['th-avery-billing']!.at(-2)!.text = 'Is the Zebra Crossing entrance open on Fridays?';
    const h = await renderMessages(await adapterFor('client'));
    await h.settled();
    const search = h.search().shadowRoot!;
    await type(await h.searchField(), 'zebra crossing');
    await h.click(await h.findByRole('button', { name: 'Search', within: search }));
    const hits = await waitFor(() => {
      const found = [...search.querySelectorAll<HTMLButtonElement>('.hit')];
      return found.length ? found : null;
    }, { message: 'search hits' });
    expect(hits.map((hit) => hit.querySelector('.subject')!.textContent).sort()).to.deep.equal(['Question about my statement', 'Rescheduling next month']);
    const billing = hits.find((hit) => hit.querySelector('.subject')!.textContent === 'Question about my statement')!;
    expect(visibleText(billing)).to.contain('Is the Zebra Crossing entrance open on Fridays?');
    await h.click(await h.findByRole('button', { name: /^Question about my statement /, within: search }));
    const thread = await h.openedThread();
    await waitFor(() => thread.shadowRoot!.querySelector('h3')!.textContent === 'Question about my statement', { message: 'the hit\'s thread' });
  });

  it('searches on Enter in the search field, and says what to type when it is empty', async () => {
    const h = await renderMessages(await adapterFor('client'));
    await h.settled();
    const field = await h.searchField();
    await h.click(field);
    await h.press('Enter');
    await waitFor(() => errorOf(field), { message: 'the empty-search error' });
    expect(errorOf(field)).to.equal('Type a word or phrase to search for.');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(h.focused()).to.equal(field);
    await expectNoAxeViolations(h.element);
    await h.type(field, 'breathing exercise');
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    await h.press('Enter');
    await h.findByRole('heading', { name: 'Results for "breathing exercise"' });
    await waitFor(() => h.search().shadowRoot!.querySelector('.hit'), { message: 'search hits' });
    await h.click('Clear search');
    expect(field.value).to.equal('');
    expect(h.focused()).to.equal(field);
  });

  it('searches without markup and opens the hit', async () => {
    const h = await renderMessages(await adapterFor('client'));
    await h.settled();
    const search = h.search().shadowRoot!;
    await type(await h.searchField(), 'breathing exercise');
    await h.click(await h.findByRole('button', { name: 'Search', within: search }));
    const hits = await waitFor(() => {
      const found = [...search.querySelectorAll<HTMLButtonElement>('.hit')];
      return found.length ? found : null;
    }, { message: 'search hits' });
    expect(visibleText(hits[0]!)).to.contain('breathing exercise');
    expect(h.threadButtons().length).to.equal(0);
    await expectNoAxeViolations(h.element);
    await h.click(hits[0]!);
    await h.openedThread();
  });

  it('shows a skeleton while loading', async () => {
    const backend = await mockBackend();
    backend.faults.latency(1500, 'messages.listThreads');
    const h = await renderMessages(await adapterFor('client'));
    // The session is there (the provider shows the view) while the threads are on their way.
    await waitFor(() => h.element.assignedSlot && h.root.querySelector('portico-state-loading'), { message: 'the skeleton' });
    expect(h.root.querySelector('portico-state-loading')!.getAttribute('label')).to.equal('Loading your messages');
    await expectNoAxeViolations(h.element);
  });

  it('says what to do when there are no threads yet', async () => {
    const adapter = await adapterFor('client');
    const empty: PortalAdapter = { ...adapter, messages: { ...adapter.messages, listThreads: async () => ({ items: [], nextCursor: null }) } };
    const h = await renderMessages(empty);
    const state = await waitFor(() => h.root.querySelector('portico-state-empty'));
    expect(visibleText(state.shadowRoot!)).to.contain('No messages yet');
    expect(visibleText(state.shadowRoot!)).to.contain('New message');
    await expectNoAxeViolations(h.element);
  });

  it('shows the failure with a Retry that recovers', async () => {
    const backend = await mockBackend();
    backend.faults.errorRate('messages.listThreads', 1);
    const h = await renderMessages(await adapterFor('client'));
    const error = await waitFor(() => h.root.querySelector('portico-state-error'));
    expect(visibleText(error.shadowRoot!)).to.contain('Could not load your messages');
    await expectNoAxeViolations(h.element);
    backend.faults.reset();
    await h.click(await h.findByRole('button', { name: 'Try again', within: error }));
    await waitFor(() => h.root.querySelector('ul.threads'), { message: 'the list after Retry' });
  });

  it('shows user content as text, never as markup', async () => {
    const backend = await mockBackend();
    backend.db.data.messages[SCHEDULE_THREAD]!.at(-1)!.text = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const h = await renderMessages(await adapterFor('client'), { item: SCHEDULE_THREAD });
    const thread = await h.openedThread();
    await waitFor(() => visibleText(thread.shadowRoot!).includes('<b>bold</b>'));
    expect(thread.shadowRoot!.querySelector('.log b, .log img')).to.equal(null);
    expect(h.root.querySelector('.threads b, .threads img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
