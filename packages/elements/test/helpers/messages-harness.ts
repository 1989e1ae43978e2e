/**
 * Renders `<portico-messages>` for a test; the harness that drives it is the shipped one
 * (src/testing/messages.ts).
 */
import { fixture, html } from '@open-wc/testing';
import type { PortalAdapter } from '@portico/core';
import '../../src/provider/provider.js';
import '../../src/views/messages/messages.js';
import { typeInto } from '../../src/testing/harness.js';
import { MessagesHarness } from '../../src/testing/messages.js';
import './harness.js';

export { MessagesHarness };

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

/** Types into a field as a person would: focus, select what it holds, one key press per character. */
export function type<C extends HTMLInputElement | HTMLTextAreaElement>(field: C, text: string): Promise<C> {
  return typeInto(field, text);
}

/** Picks files in a file input (what the browser does after the picker closes). */
export function pickFiles(input: HTMLInputElement, files: File[]): void {
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
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
