/**
 * `<portico-messages>` (MSG-1..3) on the mock practice: the thread list in each state, an open
 * thread, the 2,000-message history, a reply that failed to send (kept with Retry), one still
 * sending, a new message and its validation, search, and the narrow one-pane layout.
 */
import '@portico/elements/views/messages';
import { CLIENT, LONG_THREAD_ID } from '@portico/mock';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { buttonNamed, fieldLabelled, shadowOf, textOf, typeInto, until } from './support/dom.js';
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

const root = (canvas: HTMLElement): ShadowRoot => canvas.querySelector('portico-messages')!.shadowRoot!;
const thread = (canvas: HTMLElement): ShadowRoot | null => shadowOf(root(canvas), 'portico-messages-thread');
const rows = (canvas: HTMLElement): HTMLElement[] => [...(thread(canvas)?.querySelectorAll<HTMLElement>('.log [role="listitem"]') ?? [])];

/** Waits for the thread list, or its empty or error panel. */
const listSettled = (canvas: HTMLElement) => until(() => root(canvas).querySelector('ul.threads, .list-pane portico-state-empty, .list-pane portico-state-error'), 'the thread list');

/** Waits for the open thread's messages and its reply composer. */
async function threadReady(canvas: HTMLElement): Promise<ShadowRoot> {
  await until(() => rows(canvas).length > 0, 'the messages');
  return until(() => shadowOf(thread(canvas), 'portico-messages-composer'), 'the reply composer');
}

/** Writes a reply in the open thread and sends it. */
async function reply(canvas: HTMLElement, text: string, label = 'Reply'): Promise<void> {
  const composer = await threadReady(canvas);
  await typeInto(fieldLabelled<HTMLTextAreaElement>(composer, label), text);
  composer.querySelector<HTMLFormElement>('form')!.requestSubmit();
}

/** Avery's conversations with unread counts; none open yet. */
export const Content: Story = {
  play: async ({ canvasElement }) => {
    await until(() => root(canvasElement).querySelectorAll('button.thread').length > 0, 'the threads');
    await expect(textOf(root(canvasElement).querySelector('ul.threads'))).toContain('Rescheduling next month');
  },
};

export const Loading: Story = {
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'messages.listThreads') }),
  play: async ({ canvasElement }) => {
    await until(() => root(canvasElement).querySelector('.list-pane portico-state-loading'), 'the skeleton');
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
    const empty = await listSettled(canvasElement);
    await expect(empty.localName).toBe('portico-state-empty');
  },
};

/** Every `messages.listThreads` fails (500); Retry shows the threads once the backend recovers. */
export const ErrorState: Story = {
  name: 'Error (with Retry)',
  parameters: portico({ faults: (faults) => faults.errorRate('messages.listThreads', 1) }),
  play: async (context) => {
    const { canvasElement } = context;
    const error = await until(() => root(canvasElement).querySelector('.list-pane')?.querySelector('portico-state-error'), 'the error', 10_000);
    await error.updateComplete;
    porticoOf(context).backend.faults.clear('messages.listThreads');
    await userEvent.click(error.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!);
    await until(() => root(canvasElement).querySelectorAll('button.thread').length > 0, 'the threads after Retry');
  },
};

/** A thread list that fails the schema check: an error, not a half-drawn list. */
export const InvalidResponse: Story = {
  name: 'Error: a bad payload',
  parameters: portico({ faults: (faults) => faults.malformed('messages.listThreads') }),
  play: async ({ canvasElement }) => {
    const error = await listSettled(canvasElement);
    await expect(error.localName).toBe('portico-state-error');
  },
};

/** A conversation open beside the list, scrolled to its newest message, with the reply box. */
export const OpenThread: Story = {
  name: 'Open thread',
  args: { item: SCHEDULE_THREAD },
  play: async ({ canvasElement }) => {
    await threadReady(canvasElement);
    await expect(textOf(thread(canvasElement)!.querySelector('h3'))).toBe('Rescheduling next month');
  },
};

/** 2,000 messages: the log renders only the rows near the viewport and loads older pages on scrolling up. */
export const LongThread: Story = {
  name: 'Long thread (2,000 messages)',
  args: { item: LONG_THREAD_ID },
  play: async ({ canvasElement }) => {
    await threadReady(canvasElement);
    // Virtualised: far fewer rows in the DOM than messages in the thread.
    await expect(rows(canvasElement).length).toBeLessThan(200);
    await expect(textOf(thread(canvasElement)!.querySelector('h3'))).toBe('Weekly check-ins');
  },
};

/** The conversation's messages are still on their way. */
export const ThreadLoading: Story = {
  name: 'Open thread: loading',
  args: { item: SCHEDULE_THREAD },
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'messages.listMessages') }),
  play: async ({ canvasElement }) => {
    await until(() => thread(canvasElement)?.querySelector('portico-state-loading'), 'the thread skeleton');
  },
};

/** The conversation could not be loaded: its error with Retry, and no reply box. */
export const ThreadError: Story = {
  name: 'Open thread: error',
  args: { item: SCHEDULE_THREAD },
  parameters: portico({ faults: (faults) => faults.errorRate('messages.listMessages', 1) }),
  play: async ({ canvasElement }) => {
    await until(() => thread(canvasElement)?.querySelector('portico-state-error'), 'the thread error', 10_000);
    await expect(thread(canvasElement)!.querySelector('portico-messages-composer')).toBeNull();
  },
};

/** The reply did not reach the practice: it stays in the thread marked "Not sent", its text kept, with Retry and Discard. */
export const FailedSend: Story = {
  name: 'Reply failed to send',
  args: { item: SCHEDULE_THREAD },
  parameters: portico({ faults: (faults) => faults.errorRate('messages.send', 1) }),
  play: async ({ canvasElement }) => {
    await reply(canvasElement, 'Is the parking garage open on Saturdays?');
    const failed = await until(() => rows(canvasElement).find((r) => r.classList.contains('failed')), 'the failed reply', 10_000);
    await expect(textOf(failed)).toContain('Not sent');
    await expect(buttonNamed(failed, /^Retry sending: /)).not.toBeNull();
  },
};

/** The reply is on its way: shown at once as "Sending…". */
export const Sending: Story = {
  name: 'Reply sending',
  args: { item: SCHEDULE_THREAD },
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'messages.send') }),
  play: async ({ canvasElement }) => {
    await reply(canvasElement, 'Could we try Tuesday at 4 instead?');
    await until(() => rows(canvasElement).find((r) => r.classList.contains('pending')), 'the pending reply');
  },
};

/** "New message": recipients from the care team (never a hidden member), subject and message. */
export const NewMessage: Story = {
  name: 'New message',
  play: async ({ canvasElement }) => {
    await listSettled(canvasElement);
    await userEvent.click(root(canvasElement).querySelector<HTMLButtonElement>('[part="new-button"]')!);
    const composer = await until(() => shadowOf(root(canvasElement), 'portico-messages-composer'), 'the composer');
    await until(() => composer.querySelector('input[name="recipient"]'), 'the recipients');
  },
};

/** Sent empty: each problem next to its field. */
export const NewMessageErrors: Story = {
  name: 'New message: validation errors',
  play: async ({ canvasElement }) => {
    await listSettled(canvasElement);
    await userEvent.click(root(canvasElement).querySelector<HTMLButtonElement>('[part="new-button"]')!);
    const composer = await until(() => shadowOf(root(canvasElement), 'portico-messages-composer'), 'the composer');
    await until(() => composer.querySelector('input[name="recipient"]'), 'the recipients');
    composer.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await until(() => composer.querySelector('#recipients-error') && composer.querySelector('portico-field#subject[invalid]') && composer.querySelector('portico-field#text[invalid]'), 'the field errors');
  },
};

/** Creating the thread failed: the draft is kept as typed, with Retry. */
export const NewMessageFails: Story = {
  name: 'New message: not sent',
  parameters: portico({ faults: (faults) => faults.errorRate('messages.createThread', 1) }),
  play: async ({ canvasElement }) => {
    await listSettled(canvasElement);
    await userEvent.click(root(canvasElement).querySelector<HTMLButtonElement>('[part="new-button"]')!);
    const composer = await until(() => shadowOf(root(canvasElement), 'portico-messages-composer'), 'the composer');
    const first = await until(() => composer.querySelector<HTMLInputElement>('input[name="recipient"]'), 'the recipients');
    await userEvent.click(first);
    await typeInto(fieldLabelled(composer, 'Subject'), 'Parking on Saturdays');
    await typeInto(fieldLabelled<HTMLTextAreaElement>(composer, 'Message'), 'Is the parking garage open on Saturdays?');
    composer.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await until(() => composer.querySelector('.submit-error'), 'the failure', 10_000);
  },
};

/** Search across every thread; hits open their thread. */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    await listSettled(canvasElement);
    const search = await until(() => shadowOf(root(canvasElement), 'portico-messages-search'), 'the search form');
    await typeInto(fieldLabelled(search, 'Search messages'), 'worksheet');
    search.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await until(() => search.querySelector('[part="results"], portico-state-empty'), 'the search results');
  },
};

/** A guardian's conversations about their child. */
export const Guardian: Story = {
  parameters: portico({ user: 'guardian' }),
  play: async ({ canvasElement }) => {
    await until(() => root(canvasElement).querySelectorAll('button.thread').length > 0, 'the threads');
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
    await threadReady(canvasElement);
  },
};

/** In Spanish, with a conversation open and a reply that failed. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  args: { item: SCHEDULE_THREAD },
  parameters: portico({ faults: (faults) => faults.errorRate('messages.send', 1) }),
  play: async ({ canvasElement }) => {
    await reply(canvasElement, '¿El estacionamiento abre los sábados?', 'Responder');
    await until(() => rows(canvasElement).find((r) => r.classList.contains('failed')), 'the failed reply', 10_000);
  },
};
