/** Drives `<portico-clinical>` the way a user does: tabs, buttons by their visible text, disclosures. */
import { fixture, html } from '@open-wc/testing';
import type { PortalAdapter } from '@portico/core';
import '../../src/provider/provider.js';
import '../../src/views/clinical/clinical.js';
import type { PorticoClinical } from '../../src/views/clinical/clinical.js';
import { waitFor } from './portal-harness.js';

export async function renderClinical(adapter: PortalAdapter, options: { item?: string; clientId?: string } = {}): Promise<PorticoClinical> {
  const provider = await fixture(
    html`<portico-provider .adapter=${adapter} client-id=${options.clientId ?? ''}><portico-clinical .item=${options.item}></portico-clinical></portico-provider>`,
  );
  const view = provider.querySelector('portico-clinical')!;
  await waitFor(() => view.shadowRoot?.querySelector('[role="tablist"], h2 ~ portico-state-empty'), { message: '<portico-clinical> with its session' });
  return view;
}

/** Every `adapter.<domain>.<op>` call, by name, so a test can prove a request was never made. */
export function recordCalls(adapter: PortalAdapter): { adapter: PortalAdapter; calls: string[] } {
  const calls: string[] = [];
  // The REST adapter's domains are proxies (operations appear on first use), so wrap by proxy too.
  const domains = new Proxy(adapter as unknown as Record<string, Record<string, unknown>>, {
    get(target, domain) {
      const ops = Reflect.get(target, domain) as Record<string, unknown> | undefined;
      if (typeof domain !== 'string' || typeof ops !== 'object' || ops === null) return ops;
      return new Proxy(ops, {
        get(o, op) {
          const fn = Reflect.get(o, op) as unknown;
          if (typeof op !== 'string' || typeof fn !== 'function') return fn;
          return (...args: unknown[]) => {
            calls.push(`${domain}.${op}`);
            return (fn as (...a: unknown[]) => unknown)(...args);
          };
        },
      });
    },
  });
  return { adapter: domains as unknown as PortalAdapter, calls };
}

/** The adapter with some `clinical` operations replaced (the rest still reach the mock). */
export function withClinical(adapter: PortalAdapter, overrides: Partial<PortalAdapter['clinical']>): PortalAdapter {
  const clinical = new Proxy(adapter.clinical, {
    get: (target, op) => (typeof op === 'string' && op in overrides ? overrides[op as keyof typeof overrides] : Reflect.get(target, op)),
  });
  return new Proxy(adapter, { get: (target, domain) => (domain === 'clinical' ? clinical : Reflect.get(target, domain)) });
}

/** The section element inside a panel (sessions/homework/programmes/data/care plan). */
export function part<E extends HTMLElement>(view: PorticoClinical, tag: string): E | null {
  return view.shadowRoot!.querySelector<E>(tag);
}

export function tabs(view: PorticoClinical): string[] {
  return [...view.shadowRoot!.querySelectorAll('[role="tab"]')].map((t) => t.textContent!.trim());
}

export async function openTab(view: PorticoClinical, label: string): Promise<void> {
  const tab = [...view.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent!.trim() === label);
  if (!tab) throw new Error(`No tab "${label}" in [${tabs(view).join(', ')}]`);
  tab.click();
  await view.updateComplete;
}

/** A button whose visible text (or aria-label) is `text`, in `root`. */
export function button(root: ParentNode, text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent!.replace(/\s+/g, ' ').trim() === text || b.getAttribute('aria-label') === text,
  );
}

export async function click(root: ParentNode, text: string): Promise<void> {
  const b = await waitFor(() => button(root, text), { message: `button "${text}"` });
  b.click();
}
