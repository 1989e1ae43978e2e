/**
 * `<portico-messages>` (MSG-1..3) on the mock practice: the thread list in each state, an open
 * thread, the 2,000-message history, a reply that failed to send (kept with Retry), one still
 * sending, a new message and its validation, search, and the narrow one-pane layout. Play
 * functions drive the view with the shipped harness (`MessagesHarness` from
 * `@portico/elements/testing`), as its tests do.
 */
import '@portico/elements/views/messages';
import { CLIENT, LONG_THREAD_ID } from '@portico/mock';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MessagesHarness } from '@portico/elements/testing';
import type { PorticoMessages } from '@portico/elements/views/messages';
import { expect } from 'storybook/test';
import { until } from './support/dom.js';
import { FOREVER, portico, porticoOf } from './support/portico.js';

interface MessagesArgs {
  /** The open thread (the portal sets it from `#/messages/<id>`). */
  item: string;
}

const SCHEDULE_THREAD = 'th-avery-schedule';

const meta: Meta<MessagesArgs> = {
  title: 'Views/Messages',
  component: 'portico-messages',
  tags: ['autodocs'],
  args: { item: '' },
  argTypes: { item: { control: 'select', options: ['', SCHEDULE_THREAD, LONG_THREAD_ID, 'th-avery-family'] } },
  render: ({ item }) => html`<portico-messages .item=${item || undefined}></portico-messages>`,
};
export default meta;

type Story = StoryObj<MessagesArgs>;

/** The harness on the story's view (driven through Storybook's userEvent, see support/dom.ts). */
async function messagesIn(canvas: HTMLElement): Promise<MessagesHarness> {
  return new MessagesHarness(await until(() => canvas.querySelector<PorticoMessages>('portico-messages'), 'the Messages view'));
}

/** The rows of the open thread's log (none while no thread is open). */
const rows = (messages: MessagesHarness): HTMLElement[] => (messages.thread()?.shadowRoot ? messages.rows() : []);

/** A row of the open thread's log in state `state` (`failed`, `pending`), once shown. */
const rowIn = (messages: MessagesHarness, state: string, what: string, timeout?: number): Promise<HTMLElement> =>
  messages.waitFor(() => rows(messages).find((r) => r.classList.contains(state)), { message: what, timeout });

/** Waits for the open thread's messages and its reply composer. */
async function threadReady(messages: MessagesHarness): Promise<void> {
  await messages.openedThread();
  await messages.composerReady();
}

/** Clicks "New message" and waits for the composer's recipients. */
async function newMessage(messages: MessagesHarness): Promise<HTMLInputElement[]> {
  await messages.settled();
  await messages.click('New message');
  await messages.messageField();
  return messages.waitFor(() => {
    const boxes = messages.queryAllByRole<HTMLInputElement>('checkbox', { within: messages.composer() });
    return boxes.length > 0 && boxes;
  }, { message: 'the recipients' });
}

/** Avery's conversations with unread counts; none open yet. */
export const Content: Story = {
  play: async ({ canvasElement }) => {
    const messages = await messagesIn(canvasElement);
    await messages.waitFor(() => messages.threadButtons().length > 0, { message: 'the threads' });
    await expect(messages.text(messages.root.querySelector('ul.threads')!)).toContain('Rescheduling next month');
  },
};

export const Loading: Story = {
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'messages.listThreads') }),
  play: async ({ canvasElement }) => {
    const messages = await messagesIn(canvasElement);
    await messages.waitFor(() => messages.root.querySelector('.list-pane portico-state-loading'), { message: 'the skeleton' });
  },
};

/** No conversations yet: says how to start one. */
export const Empty: Story = {
  parameters: portico({
    setup: (backend) => {
      backend.db.data.threads = backend.db.data.threads.filter((t) => t.clientId !== CLIENT.avery);
    },
  }),
  play: async ({ canvasElement }) => {
    const empty = await (await messagesIn(canvasElement)).settled();
    await expect(empty.localName).toBe('portico-state-empty');
  },
};

/** Every `messages.listThreads` fails (500); Retry shows the threads once the backend recovers. */
export const ErrorState: Story = {
  name: 'Error (with Retry)',
  parameters: portico({ faults: (faults) => faults.errorRate('messages.listThreads', 1) }),
  play: async (context) => {
    const messages = await messagesIn(context.canvasElement);
    const error = await messages.waitFor(() => messages.root.querySelector('.list-pane')?.querySelector('portico-state-error'), { message: 'the error', timeout: 10_000 });
    porticoOf(context).backend.faults.clear('messages.listThreads');
    await messages.click(await messages.findByRole('button', { name: 'Try again', within: error }));
    await messages.waitFor(() => messages.threadButtons().length > 0, { message: 'the threads after Retry' });
  },
};

/** A thread list that fails the schema check: an error, not a half-drawn list. */
export const InvalidResponse: Story = {
  name: 'Error: a bad payload',
  parameters: portico({ faults: (faults) => faults.malformed('messages.listThreads') }),
  play: async ({ canvasElement }) => {
    const error = await (await messagesIn(canvasElement)).settled();
    await expect(error.localName).toBe('portico-state-error');
  },
};

/** A conversation open beside the list, scrolled to its newest message, with the reply box. */
export const OpenThread: Story = {
  name: 'Open thread',
  args: { item: SCHEDULE_THREAD },
  play: async ({ canvasElement }) => {
    const messages = await messagesIn(canvasElement);
    await threadReady(messages);
    await messages.findByRole('heading', { name: 'Rescheduling next month', within: messages.thread()! });
  },
};

/** 2,000 messages: the log renders only the rows near the viewport and loads older pages on scrolling up. */
export const LongThread: Story = {
  name: 'Long thread (2,000 messages)',
  args: { item: LONG_THREAD_ID },
  play: async ({ canvasElement }) => {
    const messages = await messagesIn(canvasElement);
    await threadReady(messages);
    // Virtualised: far fewer rows in the DOM than messages in the thread.
    await expect(messages.rows().length).toBeLessThan(200);
    await messages.findByRole('heading', { name: 'Weekly check-ins', within: messages.thread()! });
  },
};

/** The conversation's messages are still on their way. */
export const ThreadLoading: Story = {
  name: 'Open thread: loading',
  args: { item: SCHEDULE_THREAD },
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'messages.listMessages') }),
  play: async ({ canvasElement }) => {
    const messages = await messagesIn(canvasElement);
    await messages.waitFor(() => messages.thread()?.shadowRoot?.querySelector('portico-state-loading'), { message: 'the thread skeleton' });
  },
};

/** The conversation could not be loaded: its error with Retry, and no reply box. */
export const ThreadError: Story = {
  name: 'Open thread: error',
  args: { item: SCHEDULE_THREAD },
  parameters: portico({ faults: (faults) => faults.errorRate('messages.listMessages', 1) }),
  play: async ({ canvasElement }) => {
    const messages = await messagesIn(canvasElement);
    await messages.waitFor(() => messages.thread()?.shadowRoot?.querySelector('portico-state-error'), { message: 'the thread error', timeout: 10_000 });
    await expect(messages.messageBox()).toBeUndefined();
  },
};

/** The reply did not reach the practice: it stays in the thread marked "Not sent", its text kept, with Retry and Discard. */
export const FailedSend: Story = {
  name: 'Reply failed to send',
  args: { item: SCHEDULE_THREAD },
  parameters: portico({ faults: (faults) => faults.errorRate('messages.send', 1) }),
  play: async ({ canvasElement }) => {
    const messages = await messagesIn(canvasElement);
    await threadReady(messages);
    await messages.reply('Is the parking garage open on Saturdays?');
    const failed = await rowIn(messages, 'failed', 'the failed reply', 10_000);
    await expect(messages.text(failed)).toContain('Not sent');
    await messages.findByRole('button', { name: /^Retry sending: /, within: failed });
  },
};

/** The reply is on its way: shown at once as "Sending…". */
export const Sending: Story = {
  name: 'Reply sending',
  args: { item: SCHEDULE_THREAD },
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'messages.send') }),
  play: async ({ canvasElement }) => {
    const messages = await messagesIn(canvasElement);
    await threadReady(messages);
    await messages.reply('Could we try Tuesday at 4 instead?');
    await rowIn(messages, 'pending', 'the pending reply');
  },
};

/** "New message": recipients from the care team (never a hidden member), subject and message. */
export const NewMessage: Story = {
  name: 'New message',
  play: async ({ canvasElement }) => {
    await newMessage(await messagesIn(canvasElement));
  },
};

/** Sent empty: each problem next to its field. */
export const NewMessageErrors: Story = {
  name: 'New message: validation errors',
  play: async ({ canvasElement }) => {
    const messages = await messagesIn(canvasElement);
    await newMessage(messages);
    await messages.click(await messages.findByRole('button', { name: 'Send', within: messages.composer() }));
    const composer = messages.composer().shadowRoot!;
    await messages.waitFor(() => composer.querySelector('#recipients-error') && composer.querySelector('portico-field#subject[invalid]') && composer.querySelector('portico-field#text[invalid]'), { message: 'the field errors' });
  },
};

/** Creating the thread failed: the draft is kept as typed, with Retry. */
export const NewMessageFails: Story = {
  name: 'New message: not sent',
  parameters: portico({ faults: (faults) => faults.errorRate('messages.createThread', 1) }),
  play: async ({ canvasElement }) => {
    const messages = await messagesIn(canvasElement);
    const [first] = await newMessage(messages);
    await messages.click(first!);
    await messages.type(await messages.subjectField(), 'Parking on Saturdays');
    await messages.type(await messages.messageField(), 'Is the parking garage open on Saturdays?');
    await messages.click(await messages.findByRole('button', { name: 'Send', within: messages.composer() }));
    await messages.findByRole('alert', { within: messages.composer(), timeout: 10_000 });
  },
};

/** Search across every thread; hits open their thread. */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    const messages = await messagesIn(canvasElement);
    await messages.settled();
    await messages.type(await messages.searchField(), 'worksheet');
    await messages.click(await messages.findByRole('button', { name: 'Search', within: messages.search() }));
    await messages.waitFor(() => messages.search().shadowRoot!.querySelector('[part="results"], portico-state-empty'), { message: 'the search results' });
  },
};

/** A guardian's conversations about their child. */
export const Guardian: Story = {
  parameters: portico({ user: 'guardian' }),
  play: async ({ canvasElement }) => {
    const messages = await messagesIn(canvasElement);
    await messages.waitFor(() => messages.threadButtons().length > 0, { message: 'the threads' });
  },
};

/** A narrow container (a phone): one pane at a time, the thread with a Back control. */
export const Narrow: Story = {
  name: 'Narrow (one pane)',
  args: { item: SCHEDULE_THREAD },
  render: ({ item }) => html`<div style="max-width: 360px">
    <portico-messages .item=${item || undefined}></portico-messages>
  </div>`,
  play: async ({ canvasElement }) => {
    await threadReady(await messagesIn(canvasElement));
  },
};

/** In Spanish, with a conversation open and a reply that failed. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  args: { item: SCHEDULE_THREAD },
  parameters: portico({ faults: (faults) => faults.errorRate('messages.send', 1) }),
  play: async ({ canvasElement }) => {
    const messages = await messagesIn(canvasElement);
    await messages.openedThread();
    const composer = await messages.waitFor(() => messages.composer(), { message: 'the reply composer' });
    // The harness's reply() knows the English names; in Spanish the field and button are named in Spanish.
    await messages.type(await messages.findByLabel('Responder', { within: composer }), '¿El estacionamiento abre los sábados?');
    await messages.click(await messages.findByRole('button', { name: 'Enviar', within: composer }));
    await rowIn(messages, 'failed', 'the failed reply', 10_000);
  },
};
