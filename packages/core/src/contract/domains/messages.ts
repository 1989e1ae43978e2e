/** Routes of the `messages` domain; see `../routes.ts`. */
import * as z from 'zod/mini';
import { documentResponse, route } from '../route.js';
import { client, withId } from '../params.js';
import { Attachment, PageQuery, pageOf } from '../../schemas/common.js';
import { CreateThreadInput, CreatedThread, Message, MessageSearchHit, MessagesSummary, SendMessageInput, Thread } from '../../schemas/messages.js';

export const messages = {
  getSummary: route({ method: 'GET', path: '/clients/{clientId}/messages/summary', summary: 'Unread messages across all threads: the one count every badge shows', params: client, requires: 'messages', response: MessagesSummary }),
  listThreads: route({ method: 'GET', path: '/clients/{clientId}/threads', summary: 'Threads, most recent activity first', params: client, query: PageQuery, requires: 'messages', response: pageOf(Thread) }),
  getThread: route({ method: 'GET', path: '/clients/{clientId}/threads/{threadId}', summary: 'One thread', params: withId('threadId'), requires: 'messages', response: Thread }),
  listMessages: route({ method: 'GET', path: '/clients/{clientId}/threads/{threadId}/messages', summary: 'Messages of a thread, newest first; page backwards with the cursor', params: withId('threadId'), query: PageQuery, requires: 'messages', response: pageOf(Message) }),
  createThread: route({ method: 'POST', path: '/clients/{clientId}/threads', summary: 'Start a thread with team members (never hidden ones)', params: client, body: CreateThreadInput, requires: 'messages.send', status: 201, response: CreatedThread }),
  send: route({ method: 'POST', path: '/clients/{clientId}/threads/{threadId}/messages', summary: 'Reply in a thread', params: withId('threadId'), body: SendMessageInput, requires: 'messages.send', status: 201, response: Message }),
  markRead: route({ method: 'POST', path: '/clients/{clientId}/threads/{threadId}/read', summary: 'Mark every message in a thread read', params: withId('threadId'), requires: 'messages', response: Thread }),
  search: route({ method: 'POST', path: '/clients/{clientId}/messages/search', summary: 'Search messages (the query travels in the body so it never lands in URLs or logs)', params: client, body: z.object({ q: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)) }), requires: 'messages', response: z.array(MessageSearchHit) }),
  downloadAttachment: route({ method: 'GET', path: '/clients/{clientId}/attachments/{attachmentId}/content', summary: 'An attachment\'s bytes (sent with the bearer token like every call)', params: withId('attachmentId'), requires: 'messages', response: documentResponse('*/*') }),
  uploadAttachment: route({ method: 'POST', path: '/clients/{clientId}/attachments', summary: 'Upload a file to attach to a message', params: client, upload: z.object({}), requires: 'messages.send', status: 201, response: Attachment }),
};
