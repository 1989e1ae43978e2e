/** team, messages and files. */
import { check, deepEqual, equal, rejects, unique } from '../assert.js';
import { UNKNOWN_ID, acceptedFile, refusedFile, walkPages, type ContractContext, type SuiteApi } from './context.js';

export function messageSuites({ describe, it }: SuiteApi, c: ContractContext): void {
  describe('team', () => {
    it('team.list: the care team, never a hidden member', async () => {
      for (const user of ['client', 'guardian'] as const) {
        const team = await c.api(user).team.list({ clientId: c.clientId(user) });
        check(team.length > 0, `team.list (${user}): a care team`);
        unique(team.map((m) => m.id), `team.list (${user})`);
        const hidden = team.filter((m) => m.hidden);
        equal(hidden.length, 0, `team.list (${user}): members with hidden: true`);
      }
    });
  });

  describe('messages', () => {
    it('messages.listThreads, getThread and listMessages agree', async () => {
      const clientId = c.clientId();
      const { items: threads } = await walkPages('messages.listThreads', (cursor) => c.api().messages.listThreads({ clientId, limit: 2, cursor }), 2);
      const first = threads[0];
      check(first, 'messages.listThreads: the client has a thread');
      const times = threads.map((t) => t.lastMessageAt);
      deepEqual(times, [...times].sort().reverse(), 'messages.listThreads: most recent activity first');
      const thread = await c.api().messages.getThread({ clientId, threadId: first.id });
      equal(thread.subject, first.subject, 'messages.getThread: the subject');
      const page = await c.api().messages.listMessages({ clientId, threadId: first.id, limit: 5 });
      check(page.items.length > 0, 'messages.listMessages: the thread has messages');
      check(page.items.every((m) => m.threadId === first.id), 'messages.listMessages: every message belongs to the thread');
      const sent = page.items.map((m) => m.sentAt);
      deepEqual(sent, [...sent].sort().reverse(), 'messages.listMessages: newest first');
    });

    it('messages.createThread, send (stored once per idempotency key), markRead and search', async () => {
      const clientId = c.clientId();
      const recipient = (await c.api().team.list({ clientId })).find((m) => m.messageable);
      check(recipient, 'team.list: a member the client may message');
      const subject = `Contract suite ${c.unique('subject')}`;
      const created = await c.api().messages.createThread({ clientId, body: { recipientIds: [recipient.id], subject, text: 'First message.', attachmentIds: [] } });
      equal(created.thread.subject, subject, 'messages.createThread: the subject');
      equal(created.message.threadId, created.thread.id, 'messages.createThread: the first message is in the thread');
      check(created.thread.participants.some((p) => p.id === recipient.id), 'messages.createThread: the recipient takes part');
      const threadId = created.thread.id;

      const marker = c.unique('marker').replace(/-/g, '');
      const key = c.unique('send');
      const body = { text: `Reply ${marker}`, attachmentIds: [] };
      const once = await c.api().messages.send({ clientId, threadId, body }, { idempotencyKey: key });
      const again = await c.api().messages.send({ clientId, threadId, body }, { idempotencyKey: key });
      equal(once.text, body.text, 'messages.send: the text');
      equal(again.id, once.id, 'messages.send repeated with the same key: the same message');
      equal((await c.api().messages.getThread({ clientId, threadId })).messageCount, 2, 'messages.getThread: the first message and one reply');

      const read = await c.api().messages.markRead({ clientId, threadId });
      equal(read.unreadCount, 0, 'messages.markRead: unreadCount');
      // One count for every badge: the summary agrees with the threads, all pages of them.
      const summary = await c.api().messages.getSummary({ clientId });
      const { items: all } = await walkPages('messages.listThreads', (cursor) => c.api().messages.listThreads({ clientId, limit: 50, cursor }), 50);
      equal(summary.unreadCount, all.reduce((n, t) => n + t.unreadCount, 0), 'messages.getSummary: unreadCount is the sum over every thread');
      equal(summary.unreadThreads, all.filter((t) => t.unreadCount > 0).length, 'messages.getSummary: unreadThreads');
      const hits = await c.api().messages.search({ clientId, body: { q: marker } });
      const hit = hits.find((h) => h.message.id === once.id);
      check(hit, 'messages.search: finds the reply by a word in it');
      equal(hit.threadSubject, subject, 'messages.search: the thread subject');
    });

    it('messages.uploadAttachment, then send it', async () => {
      const clientId = c.clientId();
      const file = acceptedFile(await c.api().session.get(), 'attachment');
      const attachment = await c.api().messages.uploadAttachment({ clientId, body: { file } });
      equal(attachment.name, file.name, 'messages.uploadAttachment: the name');
      equal(attachment.size, file.size, 'messages.uploadAttachment: the size');
      const thread = (await c.api().messages.listThreads({ clientId, limit: 1 })).items[0];
      check(thread, 'messages.listThreads: a thread');
      const message = await c.api().messages.send({ clientId, threadId: thread.id, body: { text: 'With a file.', attachmentIds: [attachment.id] } });
      deepEqual(message.attachments.map((a) => a.id), [attachment.id], 'messages.send: the attachment');
      const bytes = await c.api().messages.downloadAttachment({ clientId, attachmentId: attachment.id });
      equal(await bytes.text(), await file.text(), 'messages.downloadAttachment: the bytes that were uploaded');
      await rejects(c.api().messages.downloadAttachment({ clientId, attachmentId: UNKNOWN_ID }), 'not-found', 'messages.downloadAttachment of an unknown id');
    });
  });

  describe('files', () => {
    it('files.list pages, filters by kind, and files.get returns one', async () => {
      const clientId = c.clientId();
      const { items } = await walkPages('files.list', (cursor) => c.api().files.list({ clientId, limit: 2, cursor }), 2);
      const first = items[0];
      check(first, 'files.list: the client has files');
      const ofKind = await c.api().files.list({ clientId, kind: first.kind, limit: 50 });
      check(ofKind.items.length > 0 && ofKind.items.every((f) => f.kind === first.kind), `files.list kind=${first.kind}: only that kind`);
      const file = await c.api().files.get({ clientId, fileId: first.id });
      equal(file.name, first.name, 'files.get: the name');
    });

    it('files.search finds a file by a word of its name', async () => {
      const clientId = c.clientId();
      const first = (await c.api().files.list({ clientId, limit: 1 })).items[0];
      check(first, 'files.list: a file');
      const word = first.name.split(/[^\p{L}\p{N}]+/u).find((w) => w.length >= 3) ?? first.name;
      const hits = await c.api().files.search({ clientId, body: { q: word } });
      check(hits.some((f) => f.id === first.id), `files.search "${word}": finds ${first.name}`);
    });

    it('files.upload reports progress up to 1, and files.share sets who sees it', async () => {
      const clientId = c.clientId();
      const file = acceptedFile(await c.api().session.get(), 'upload');
      const fractions: number[] = [];
      const uploaded = await c.api().files.upload(
        { clientId, body: { file, kind: 'other', description: 'Contract suite upload' } },
        { onUploadProgress: ({ fraction }) => fractions.push(fraction) },
      );
      equal(uploaded.name, file.name, 'files.upload: the name');
      equal(uploaded.kind, 'other', 'files.upload: the kind');
      equal(fractions.at(-1), 1, 'files.upload: the last progress report');
      equal((await c.api().files.get({ clientId, fileId: uploaded.id })).id, uploaded.id, 'files.get after the upload');
      const bytes = await c.api().files.download({ clientId, fileId: uploaded.id });
      equal(await bytes.text(), await file.text(), 'files.download: the bytes that were uploaded');
      await rejects(c.api().files.download({ clientId, fileId: UNKNOWN_ID }), 'not-found', 'files.download of an unknown id');
      const member = (await c.api().team.list({ clientId }))[0];
      check(member, 'team.list: a member');
      deepEqual((await c.api().files.share({ clientId, fileId: uploaded.id, body: { memberIds: [member.id] } })).sharedWith, [member.id], 'files.share');
      deepEqual((await c.api().files.share({ clientId, fileId: uploaded.id, body: { memberIds: [] } })).sharedWith, [], 'files.share with nobody');
    });

    it('files.upload shares with the members in shareWith, and refuses an unknown one storing nothing', async () => {
      const clientId = c.clientId();
      const session = await c.api().session.get();
      const member = (await c.api().team.list({ clientId })).find((m) => !m.hidden);
      check(member, 'team.list: a visible member');
      const shared = await c.api().files.upload({ clientId, body: { file: acceptedFile(session, 'shared-upload'), kind: 'other', shareWith: member.id } });
      deepEqual(shared.sharedWith, [member.id], 'files.upload with shareWith: sharedWith');
      const before = (await c.api().files.list({ clientId, limit: 100 })).items.length;
      await rejects(
        c.api().files.upload({ clientId, body: { file: acceptedFile(session, 'refused-share'), kind: 'other', shareWith: UNKNOWN_ID } }),
        'invalid-request', 'files.upload sharing with an unknown member',
      );
      equal((await c.api().files.list({ clientId, limit: 100 })).items.length, before, 'files.upload refused: nothing stored');
    });

    it('files.upload refuses a file type the practice does not accept', async () => {
      const error = await rejects(c.api().files.upload({ clientId: c.clientId(), body: { file: refusedFile(), kind: 'other' } }), 'invalid-request', 'files.upload of an .exe');
      check(error.message.length > 0, 'files.upload: the refusal says why');
      await rejects(c.api().files.get({ clientId: c.clientId(), fileId: UNKNOWN_ID }), 'not-found', 'files.get of an unknown id');
    });
  });
}
