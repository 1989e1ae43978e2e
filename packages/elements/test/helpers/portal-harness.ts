/**
 * Renders Portico against the mock backend through the real REST adapter; the harnesses that
 * drive it are the shipped ones (`src/testing/`, `@portico/elements/testing`), re-exported here
 * so tests keep one import path.
 */
import { fixture, html } from '@open-wc/testing';
import { createRestAdapter, type PortalAdapter } from '@portico/core';
import { startMockBackend, type MockBackend } from '@portico/mock';
import type { PorticoPortal } from '../../src/portal/portal.js';
import '../../src/portal/portal.js';
import { PortalHarness } from '../../src/testing/portal.js';
import './harness.js';

export { PortalHarness };
/** Waits on what a person would see (the shipped `waitFor`: a named, generous timeout). */
export { waitFor } from '../../src/testing/wait.js';
/** All text a user would read in an element, across shadow roots, whitespace folded. */
export { textOf as visibleText } from '../../src/testing/queries.js';

export type DemoUser = 'client' | 'guardian' | 'payer';

let backend: MockBackend | undefined;

/** One mock per test page, reset to the seed for every test. */
export async function mockBackend(): Promise<MockBackend> {
  backend ??= await startMockBackend({ seed: 1, quiet: true });
  return backend;
}

/** A REST adapter signed in as `user` (each call makes a fresh adapter, hence a fresh cache). */
export async function adapterFor(user: DemoUser): Promise<PortalAdapter> {
  const b = await mockBackend();
  const token = b.tokenFor(user);
  return createRestAdapter({ baseUrl: b.baseUrl, getAccessToken: () => token, retry: { limit: 0 } });
}

/** Deep `querySelector` through open shadow roots. */
export function deepQuery<E extends Element = HTMLElement>(root: Element | ShadowRoot | Document, selector: string): E | null {
  const direct = root.querySelector<E>(selector);
  if (direct) return direct;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const found = deepQuery<E>(el.shadowRoot, selector);
      if (found) return found;
    }
  }
  return null;
}

export interface PortalOptions {
  user?: DemoUser;
  routing?: 'hash' | 'none';
  adapter?: PortalAdapter;
}

/** Renders a portal signed in as `user` and waits until its shell is on screen. */
export async function renderPortal(options: PortalOptions = {}): Promise<PortalHarness> {
  const adapter = options.adapter ?? (await adapterFor(options.user ?? 'client'));
  const portal = await fixture<PorticoPortal>(html`<portico-portal .adapter=${adapter} routing=${options.routing ?? 'none'}></portico-portal>`);
  return new PortalHarness(portal).ready();
}
