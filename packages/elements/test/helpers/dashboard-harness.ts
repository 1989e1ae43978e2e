/**
 * Drives `<portico-dashboard>` the way a user does: widgets by kind, their Move handle and
 * size control, what each widget shows, and which adapter calls were made.
 */
import { fixture, html } from '@open-wc/testing';
import type { PortalAdapter, WidgetKind } from '@portico/core';
import '../../src/provider/provider.js';
import '../../src/views/dashboard/dashboard.js';
import type { PorticoDashboard } from '../../src/views/dashboard/dashboard.js';
import { waitFor } from './portal-harness.js';

export interface DashboardOptions {
  saveDelay?: number;
  now?: Date;
}

export async function renderDashboard(adapter: PortalAdapter, options: DashboardOptions = {}): Promise<PorticoDashboard> {
  const provider = await fixture(html`<portico-provider .adapter=${adapter}>
    <portico-dashboard save-delay=${options.saveDelay ?? 50} .now=${options.now}></portico-dashboard>
  </portico-provider>`);
  return provider.querySelector('portico-dashboard')!;
}

/** Records `domain.operation` of every adapter call. */
export function recording(adapter: PortalAdapter): { adapter: PortalAdapter; calls: string[] } {
  const calls: string[] = [];
  const wrapped = new Proxy(adapter, {
    get(target, domain, receiver) {
      const ops: unknown = Reflect.get(target, domain, receiver);
      if (typeof domain !== 'string' || typeof ops !== 'object' || ops === null) return ops;
      return new Proxy(ops, {
        get(group, op, r) {
          const fn: unknown = Reflect.get(group, op, r);
          if (typeof op !== 'string' || typeof fn !== 'function') return fn;
          return (...args: unknown[]) => {
            calls.push(`${domain}.${op}`);
            return (fn as (...a: unknown[]) => unknown).apply(group, args);
          };
        },
      });
    },
  });
  return { adapter: wrapped, calls };
}

const root = (dash: PorticoDashboard): ShadowRoot => dash.shadowRoot!;

/** The widget kinds on screen, in order. */
export function order(dash: PorticoDashboard): string[] {
  return [...root(dash).querySelectorAll<HTMLElement>('li.widget')].map((li) => li.dataset['kind']!);
}

export function widget(dash: PorticoDashboard, kind: WidgetKind): HTMLLIElement {
  const li = root(dash).querySelector<HTMLLIElement>(`li.widget[data-kind="${kind}"]`);
  if (!li) throw new Error(`No ${kind} widget in [${order(dash).join(', ')}]`);
  return li;
}

/** The shadow root of a widget's content element. */
export function body(dash: PorticoDashboard, kind: WidgetKind): ShadowRoot {
  return widget(dash, kind).querySelector('.widget-body > *')!.shadowRoot!;
}

export function moveButton(dash: PorticoDashboard, kind: WidgetKind): HTMLButtonElement {
  return widget(dash, kind).querySelector<HTMLButtonElement>('[part="move-button"]')!;
}

export function sizeSelect(dash: PorticoDashboard, kind: WidgetKind): HTMLSelectElement {
  return widget(dash, kind).querySelector<HTMLSelectElement>('select')!;
}

export function announcement(dash: PorticoDashboard): string {
  return root(dash).querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
}

/** Waits until the layout is on screen and every widget shows data, empty or an error. */
export async function settled(dash: PorticoDashboard): Promise<void> {
  await waitFor(() => root(dash).querySelector('ul.grid, portico-state-empty'), { message: 'the dashboard layout' });
  await waitFor(
    () =>
      [...root(dash).querySelectorAll('.widget-body > *')].every((el) => {
        const r = el.shadowRoot;
        return r && r.childElementCount > 0 && !r.querySelector('portico-state-loading');
      }),
    { message: 'every widget to load' },
  );
}

/** The focused element inside the dashboard. */
export function focused(dash: PorticoDashboard): Element | null {
  return root(dash).activeElement;
}
