/**
 * Drives `<portico-messages>` the way a person does: open a thread, type, attach, send, retry,
 * search, scroll the log. Keeps the messages tests short.
 */
import { fixture, html } from '@open-wc/testing';
import type { PortalAdapter } from '@portico/core';
import '../../src/provider/provider.js';
import '../../src/views/messages/messages.js';
import type { PorticoMessageComposer } from '../../src/views/messages/composer.js';
import type { PorticoMessages } from '../../src/views/messages/messages.js';
import type { PorticoMessageSearch } from '../../src/views/messages/search.js';
import type { PorticoMessageThread } from '../../src/views/messages/thread-view.js';
import { waitFor } from './portal-harness.js';

export interface RenderOptions {
  item?: string;
  composeTo?: string;
}

export async function renderMessages(adapter: PortalAdapter, options: RenderOptions = {}): Promise<MessagesHarness> {
  const provider = await fixture(
    html`<portico-provider .adapter=${adapter}
      ><portico-messages .item=${options.item} compose-to=${options.composeTo ?? ''}></portico-messages
    ></portico-provider>`,
  );
  return new MessagesHarness(provider.querySelector('portico-messages')!);
}

/** Types into a field as a person would: the value, then an input event. */
export function type(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Picks files in a file input (what the browser does after the picker closes). */
export function pickFiles(input: HTMLInputElement, files: File[]): void {
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export class MessagesHarness {
  constructor(readonly element: PorticoMessages) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** Waits for the thread list (or the empty / error panel). */
  settled(): Promise<Element> {
    return waitFor(() => this.root.querySelector('ul.threads, portico-state-empty, portico-state-error'), { message: 'the thread list' });
  }

  threadButtons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button.thread')];
  }

  threadButton(subject: string): HTMLButtonElement {
    const button = this.threadButtons().find((b) => b.querySelector('.subject')!.textContent === subject);
    if (!button) throw new Error(`No thread "${subject}"`);
    return button;
  }

  thread(): PorticoMessageThread | null {
    return this.root.querySelector('portico-message-thread');
  }

  /** Waits until the open thread shows its messages. */
  async openedThread(): Promise<PorticoMessageThread> {
    const thread = await waitFor(() => this.thread(), { message: 'the thread' });
    await waitFor(() => thread.shadowRoot?.querySelector('.log [role="listitem"]'), { message: 'the messages' });
    return thread;
  }

  rows(thread = this.thread()!): HTMLElement[] {
    return [...thread.shadowRoot!.querySelectorAll<HTMLElement>('.log [role="listitem"]')];
  }

  log(thread = this.thread()!): HTMLElement {
    return thread.shadowRoot!.querySelector<HTMLElement>('.log')!;
  }

  /** The reply composer of the open thread, or the new-message composer. */
  composer(): PorticoMessageComposer {
    const inThread = this.thread()?.shadowRoot?.querySelector('portico-message-composer');
    const composer = inThread ?? this.root.querySelector('portico-message-composer');
    if (!composer) throw new Error('No composer');
    return composer;
  }

  async composerReady(): Promise<ShadowRoot> {
    const root = await waitFor(() => {
      try {
        return this.composer().shadowRoot?.querySelector('textarea') ? this.composer().shadowRoot : null;
      } catch {
        return null;
      }
    }, { message: 'the composer' });
    return root!;
  }

  async reply(text: string): Promise<void> {
    const root = await this.composerReady();
    type(root.querySelector('textarea')!, text);
    root.querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
  }

  search(): PorticoMessageSearch {
    return this.root.querySelector('portico-message-search')!;
  }
}

/**
 * The virtualised message log measures its rows with a ResizeObserver; when a measurement brings
 * more rows into range, Chromium reports "ResizeObserver loop completed with undelivered
 * notifications" to window.onerror. It is a benign notice (the remaining notifications arrive
 * in the next frame), so a describe block that opens threads calls this to let it through;
 * every other error still fails the test.
 */
export function tolerateResizeObserverLoop(): void {
  let original: OnErrorEventHandler = null;
  before(() => {
    original = window.onerror;
    window.onerror = (message, ...rest) => (String(message).includes('ResizeObserver loop') ? true : original?.call(window, message, ...rest));
  });
  after(() => {
    window.onerror = original;
  });
}
