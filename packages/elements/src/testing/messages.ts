/**
 * Drives `<portico-messages>` the way a person does: open a thread, type, attach, send, search,
 * scroll the log.
 */
import type { PorticoMessagesComposer } from '../views/messages/messages-composer.js';
import type { PorticoMessages } from '../views/messages/messages.js';
import type { PorticoMessagesSearch } from '../views/messages/messages-search.js';
import type { PorticoMessagesThread } from '../views/messages/messages-thread.js';
import { PorticoHarness } from './harness.js';

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
    const inThread = this.thread()?.shadowRoot?.querySelector('portico-messages-composer');
    const composer = inThread ?? this.root.querySelector('portico-messages-composer');
    if (!composer) throw new Error('No composer');
    return composer;
  }

  async composerReady(): Promise<ShadowRoot> {
    return this.waitFor(() => (this.composer().shadowRoot?.querySelector('textarea') ? this.composer().shadowRoot : null), { message: 'the composer' });
  }

  /** Types a reply in the open thread's composer and presses its send button. */
  async reply(text: string): Promise<void> {
    const root = await this.composerReady();
    await this.type(root.querySelector('textarea')!, text);
    root.querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
  }

  search(): PorticoMessagesSearch {
    return this.root.querySelector('portico-messages-search')!;
  }
}
