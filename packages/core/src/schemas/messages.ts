import * as z from 'zod/mini';
import { Attachment, Id, Instant, PersonRef, named, Title, TEXT_LIMITS } from './common.js';

/** A secure conversation between the client side and one or more team members (MSG-1). */
export const Thread = named(
  'Thread',
  z.object({
    id: Id,
    subject: Title,
    participants: z.array(PersonRef),
    lastMessageAt: Instant,
    lastMessagePreview: z.string(),
    unreadCount: z.int().check(z.nonnegative()),
    messageCount: z.int().check(z.nonnegative()),
  }),
);

export const Message = named(
  'Message',
  z.object({
    id: Id,
    threadId: Id,
    sender: PersonRef,
    /** Plain text. Never rendered as markup. */
    text: z.string().check(z.maxLength(TEXT_LIMITS.message)),
    sentAt: Instant,
    attachments: z.array(Attachment),
    read: z.boolean(),
  }),
);

const MessageText = z.string().check(z.trim(), z.minLength(1), z.maxLength(10_000));

export const SendMessageInput = named(
  'SendMessageInput',
  z.object({ text: MessageText, attachmentIds: z.array(Id) }),
);

export const CreateThreadInput = named(
  'CreateThreadInput',
  z.object({
    recipientIds: z.array(Id).check(z.minLength(1)),
    subject: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    text: MessageText,
    attachmentIds: z.array(Id),
  }),
);

/** A thread together with the first message, as returned when a thread is created. */
export const CreatedThread = named('CreatedThread', z.object({ thread: Thread, message: Message }));

/** A search hit: the message and the thread it belongs to. */
export const MessageSearchHit = named(
  'MessageSearchHit',
  z.object({ message: Message, threadSubject: z.string() }),
);

/**
 * The client's unread messages across every thread: the one count the dashboard, the thread
 * list and the menu badge show (not a sum over the threads a view happens to have loaded).
 */
export const MessagesSummary = named(
  'MessagesSummary',
  z.object({
    unreadCount: z.int().check(z.nonnegative()),
    unreadThreads: z.int().check(z.nonnegative()),
  }),
);

export type MessagesSummary = z.output<typeof MessagesSummary>;
export type Thread = z.output<typeof Thread>;
export type Message = z.output<typeof Message>;
export type SendMessageInput = z.output<typeof SendMessageInput>;
export type CreateThreadInput = z.output<typeof CreateThreadInput>;
export type MessageSearchHit = z.output<typeof MessageSearchHit>;
