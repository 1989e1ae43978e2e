/**
 * Drives `<portico-messages>` the way a person does: open a thread, type, attach, send, search,
 * scroll the log.
 */
import type { PorticoMessagesComposer } from '../views/messages/messages-composer.js';
import type { PorticoMessages } from '../views/messages/messages.js';
import type { PorticoMessagesSearch } from '../views/messages/messages-search.js';
import type { PorticoMessagesThread } from '../views/messages/messages-thread.js';
import { PorticoHarness } from './harness.js';
import { queryAllByLabel } from './queries.js';

export class MessagesHarness extends PorticoHarness<PorticoMessages> {
  /** Waits for the thread list (or the empty / error panel). */
  settled(): Promise<Element> {
    return this.waitFor(() => this.root.querySelector('ul.threads, portico-state-empty, portico-state-error'), { message: 'the thread list' });
  }

  threadButtons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button.thread')];
  }

  threadButton(subject: string): HTMLButtonElement {
    const button = this.threadButtons().find((b) => b.querySelector('.subject')!.textContent === subject);
    if (!button) throw new Error(`No thread "${subject}"`);
    return button;
  }

  /** Clicks the thread whose subject is `subject` in the list (once listed), and waits until it shows its messages. */
  async openThread(subject: string): Promise<PorticoMessagesThread> {
    await this.click(await this.waitFor(() => this.threadButton(subject), { message: `the thread "${subject}"` }));
    return this.openedThread();
  }

  thread(): PorticoMessagesThread | null {
    return this.root.querySelector('portico-messages-thread');
  }

  /** Waits until the open thread shows its messages. */
  async openedThread(): Promise<PorticoMessagesThread> {
    const thread = await this.waitFor(() => this.thread(), { message: 'the thread' });
    await this.waitFor(() => thread.shadowRoot?.querySelector('.log [role="listitem"]'), { message: 'the messages' });
    return thread;
  }

  rows(thread = this.thread()!): HTMLElement[] {
    return [...thread.shadowRoot!.querySelectorAll<HTMLElement>('.log [role="listitem"]')];
  }

  log(thread = this.thread()!): HTMLElement {
    return thread.shadowRoot!.querySelector<HTMLElement>('.log')!;
  }

  /** The reply composer of the open thread, or the new-message composer. */
  composer(): PorticoMessagesComposer {
    const composer = this.composerOrNull();
    if (!composer) throw new Error('No composer');
    return composer;
  }

  /** Waits for the composer's message field (a draft may still be loading) and returns the composer's shadow root. */
  async composerReady(): Promise<ShadowRoot> {
    await this.messageField();
    return this.composer().shadowRoot!;
  }

  /** The composer's message box ("Reply" in a thread, "Message" for a new thread), if shown. */
  messageBox(): HTMLTextAreaElement | undefined {
    const composer = this.composerOrNull();
    return composer ? queryAllByLabel(composer, /^(Reply|Message)$/).find((c): c is HTMLTextAreaElement => c instanceof HTMLTextAreaElement) : undefined;
  }

  /** Waits for the composer's message box and returns it. */
  messageField(): Promise<HTMLTextAreaElement> {
    return this.waitFor(() => this.messageBox(), { message: 'the composer\'s message box' });
  }

  /** The new-message composer's Subject field, once shown. */
  subjectField(): Promise<HTMLInputElement> {
    return this.findByLabel<HTMLInputElement>('Subject', { within: this.composer() });
  }

  /** The "Search messages" field. */
  searchField(): Promise<HTMLInputElement> {
    return this.findByLabel<HTMLInputElement>('Search messages', { within: this.search() });
  }

  /** Types a reply in the open thread's composer and clicks its Send (or, after a failure, Retry) button. */
  async reply(text: string): Promise<void> {
    await this.type(await this.messageField(), text);
    await this.click(await this.findByRole('button', { name: /^(Send|Retry)$/, within: this.composer() }));
  }

  private composerOrNull(): PorticoMessagesComposer | null {
    return this.thread()?.shadowRoot?.querySelector('portico-messages-composer') ?? this.root.querySelector('portico-messages-composer');
  }

  search(): PorticoMessagesSearch {
    return this.root.querySelector('portico-messages-search')!;
  }
}
