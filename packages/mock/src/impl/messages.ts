/** Secure messaging (MSG-1..3). */
import type { Attachment, Message, PersonRef, Thread } from '@portico/core';
import { badRequest, found } from '../errors.js';
import type { MockData, ThreadRecord } from '../db/types.js';
import { placeholderDocument } from '../documents.js';
import { paginate } from '../paging.js';
import { iso } from '../time.js';
import { addActivity, personFor, visibleTeam } from './client-view.js';
import type { AuthedContext, ImplFor } from './types.js';
import { checkUpload } from './uploads.js';

/** A thread as the contract returns it, with counts derived from its messages. */
function threadView(data: MockData, thread: ThreadRecord): Thread {
  const messages = data.messages[thread.id] ?? [];
  const last = messages.at(-1);
  const members: PersonRef[] = thread.memberIds.flatMap((id) => {
    const m = data.team.find((t) => t.id === id);
    return m && !m.hidden ? [{ id: m.id, kind: 'team' as const, name: m.name }] : [];
  });
  const clientSide: PersonRef[] = data.users
    .filter((u) => u.links.some((l) => l.clientId === thread.clientId && l.relationship !== 'payer'))
    .map((u) => personFor(u, thread.clientId));
  return {
    id: thread.id,
    subject: thread.subject,
    participants: [...members, ...clientSide],
    lastMessageAt: last?.sentAt ?? iso(0),
    lastMessagePreview: (last?.text ?? '').slice(0, 140),
    unreadCount: messages.filter((m) => !m.read).length,
    messageCount: messages.length,
  };
}


function thread(data: MockData, clientId: string, threadId: string): ThreadRecord {
  return found(data.threads.find((t) => t.id === threadId && t.clientId === clientId), 'This conversation');
}

function attachmentsFor(ctx: AuthedContext, clientId: string, ids: string[]): Attachment[] {
  return ids.map((id) => {
    const attachment = ctx.data.attachments.find((a) => a.id === id && a.clientId === clientId);
    if (!attachment) throw badRequest('unknown-attachment', 'An attachment was not found. Upload it again.', [{ path: 'attachmentIds', message: `Unknown attachment ${id}` }]);
    return attachment;
  });
}

function newMessage(ctx: AuthedContext, clientId: string, threadId: string, text: string, attachmentIds: string[]): Message {
  const message: Message = {
    id: ctx.db.id('msg'), threadId, sender: personFor(ctx.user, clientId), text, sentAt: iso(ctx.now),
    attachments: attachmentsFor(ctx, clientId, attachmentIds), read: true,
  };
  (ctx.data.messages[threadId] ??= []).push(message);
  return message;
}

export const messagesImpl: ImplFor<'messages'> = {
  messages: {
    getSummary: ({ clientId }, ctx) => {
      const counts = ctx.data.threads.filter((t) => t.clientId === clientId).map((t) => threadView(ctx.data, t).unreadCount);
      return { unreadCount: counts.reduce((a, b) => a + b, 0), unreadThreads: counts.filter((n) => n > 0).length };
    },
    listThreads: ({ clientId, cursor, limit }, ctx) => {
      const views = ctx.data.threads.filter((t) => t.clientId === clientId).map((t) => threadView(ctx.data, t));
      views.sort((a, b) => b.lastMessageAt.localeCompare(a.lastMessageAt));
      return paginate(views, { cursor, limit });
    },
    getThread: ({ clientId, threadId }, ctx) => threadView(ctx.data, thread(ctx.data, clientId, threadId)),
    listMessages: ({ clientId, threadId, cursor, limit }, ctx) => {
      thread(ctx.data, clientId, threadId);
      const newestFirst = [...(ctx.data.messages[threadId] ?? [])].reverse();
      return paginate(newestFirst, { cursor, limit });
    },
    createThread: ({ clientId, body }, ctx) => {
      // Hidden, unknown and non-messageable members are refused alike, so nothing reveals a hidden one.
      const team = visibleTeam(ctx.data, clientId);
      const bad = body.recipientIds.filter((id) => !team.some((m) => m.id === id && m.messageable));
      if (bad.length) {
        throw badRequest('invalid-recipient', 'You can only message members of your care team.', bad.map(() => ({ path: 'recipientIds', message: 'Not a member of your care team' })));
      }
      const record: ThreadRecord = { id: ctx.db.id('th'), clientId, subject: body.subject, memberIds: [...new Set(body.recipientIds)] };
      ctx.data.threads.push(record);
      ctx.data.messages[record.id] = [];
      const message = newMessage(ctx, clientId, record.id, body.text, body.attachmentIds);
      return { thread: threadView(ctx.data, record), message };
    },
    send: ({ clientId, threadId, body }, ctx) => {
      thread(ctx.data, clientId, threadId);
      const message = newMessage(ctx, clientId, threadId, body.text, body.attachmentIds);
      addActivity(ctx, clientId, 'message', 'You sent a message');
      return message;
    },
    markRead: ({ clientId, threadId }, ctx) => {
      const record = thread(ctx.data, clientId, threadId);
      for (const message of ctx.data.messages[threadId] ?? []) message.read = true;
      return threadView(ctx.data, record);
    },
    search: ({ clientId, body }, ctx) => {
      const q = body.q.toLowerCase();
      return ctx.data.threads
        .filter((t) => t.clientId === clientId)
        .flatMap((t) => (ctx.data.messages[t.id] ?? []).filter((m) => m.text.toLowerCase().includes(q)).map((message) => ({ message, threadSubject: t.subject })))
        .sort((a, b) => b.message.sentAt.localeCompare(a.message.sentAt))
        .slice(0, 50);
    },
    downloadAttachment: ({ clientId, attachmentId }, ctx) => {
      const uploaded = ctx.data.attachments.find((a) => a.id === attachmentId && a.clientId === clientId);
      const sent = ctx.data.threads
        .filter((t) => t.clientId === clientId)
        .flatMap((t) => (ctx.data.messages[t.id] ?? []).flatMap((m) => m.attachments))
        .find((a) => a.id === attachmentId);
      const attachment = found(uploaded ?? sent, 'This attachment');
      return ctx.db.blobs.get(attachment.id) ?? placeholderDocument(attachment.name, attachment.mimeType);
    },
    uploadAttachment: ({ clientId, file }, ctx) => {
      checkUpload(ctx, file);
      const id = ctx.db.id('att');
      ctx.db.blobs.set(id, file);
      const attachment = { id, clientId, name: file.name, mimeType: file.type || 'application/octet-stream', size: file.size, url: ctx.db.downloadUrl(id) };
      ctx.data.attachments.push(attachment);
      return attachment;
    },
  },
};
