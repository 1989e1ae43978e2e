/**
 * Drives Portico elements the way a user does, against the mock backend through the real
 * REST adapter (in the spirit of Material Web's harness.ts): find by role and name, click,
 * choose, and wait for what the user would see.
 */
import { fixture, html } from '@open-wc/testing';
import { createRestAdapter, type PortalAdapter } from '@portico/core';
import { startMockBackend, type MockBackend } from '@portico/mock';
import type { PorticoPortal } from '../../src/portal/portal.js';
import '../../src/portal/portal.js';

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

/** Polls until `check` returns a truthy value (or throws the last failure after `timeout`). */
export async function waitFor<T>(check: () => T | undefined | null | false, { timeout = 5000, message = 'condition' } = {}): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - started > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
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

/** All text a user would read in an element, across shadow roots, whitespace folded. */
export function visibleText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
    } else if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...node.childNodes]).forEach(walk);
    } else if (node instanceof Element && node.shadowRoot) {
      walk(node.shadowRoot);
    } else if (!(node instanceof HTMLStyleElement || node instanceof HTMLScriptElement)) {
      node.childNodes.forEach(walk);
    }
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export class PortalHarness {
  constructor(readonly portal: PorticoPortal) {}

  get root(): ShadowRoot {
    return this.portal.shadowRoot!;
  }

  /** Menu entries by their visible label. */
  menu(): string[] {
    return [...this.root.querySelectorAll<HTMLAnchorElement>('nav a')].map((a) => a.textContent!.trim());
  }

  link(label: string): HTMLAnchorElement {
    const link = [...this.root.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.textContent!.trim() === label);
    if (!link) throw new Error(`No menu entry "${label}" in [${this.menu().join(', ')}]`);
    return link;
  }

  currentLabel(): string | undefined {
    return this.root.querySelector('nav a[aria-current="page"]')?.textContent?.trim();
  }

  /** The element in the main region (a view, or a state panel). */
  view<E extends HTMLElement = HTMLElement>(): E | null {
    return this.root.querySelector('.main')?.firstElementChild as E | null;
  }

  async open(label: string): Promise<void> {
    this.link(label).click();
    await this.portal.updateComplete;
  }

  /** Waits until the view `tag` is shown and its data rendered (no loading panel left). */
  async settled(tag: string): Promise<HTMLElement> {
    const view = await waitFor(() => this.root.querySelector<HTMLElement>(`.main > ${tag}`), { message: `<${tag}>` });
    await waitFor(() => view.shadowRoot && !view.shadowRoot.querySelector('portico-state-loading') && view.shadowRoot.childElementCount > 0, { message: `<${tag}> to load` });
    return view;
  }

  /** The element focused inside the portal, following shadow roots. */
  focused(): Element | null {
    let active: Element | null = this.root.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }
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
  const harness = new PortalHarness(portal);
  await waitFor(() => harness.root.querySelector('nav a'), { message: 'the portal shell' });
  return harness;
}
