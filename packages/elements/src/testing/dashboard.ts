/**
 * Drives `<portico-dashboard>` the way a user does: widgets by kind, their Move handle and size
 * control, what each widget shows.
 */
import type { WidgetKind } from '@portico/core';
import type { PorticoDashboard } from '../views/dashboard/dashboard.js';
import { PorticoHarness } from './harness.js';
import { getByRole } from './queries.js';
import { waitFor } from './wait.js';

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

/** A widget's Move handle: the button named "Move <widget title>". */
export function moveButton(dash: PorticoDashboard, kind: WidgetKind): HTMLButtonElement {
  return getByRole<HTMLButtonElement>(widget(dash, kind), 'button', { name: /^Move / });
}

/** A widget's size control: the list box labelled "Size of <widget title>". */
export function sizeSelect(dash: PorticoDashboard, kind: WidgetKind): HTMLSelectElement {
  return getByRole<HTMLSelectElement>(widget(dash, kind), 'combobox', { name: /^Size of / });
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

export class DashboardHarness extends PorticoHarness<PorticoDashboard> {
  async settled(): Promise<this> {
    await settled(this.element);
    return this;
  }

  order(): string[] {
    return order(this.element);
  }

  widget(kind: WidgetKind): HTMLLIElement {
    return widget(this.element, kind);
  }

  body(kind: WidgetKind): ShadowRoot {
    return body(this.element, kind);
  }

  moveButton(kind: WidgetKind): HTMLButtonElement {
    return moveButton(this.element, kind);
  }

  /**
   * Picks a widget up with the keyboard, as the handle's help says: focus its Move button and
   * press Space. The arrow keys (`press('ArrowUp')`) then move it, Space or Enter drops it and
   * Escape puts it back.
   */
  async pickUp(kind: WidgetKind): Promise<HTMLButtonElement> {
    const handle = moveButton(this.element, kind);
    handle.focus();
    await this.press('Space');
    await this.waitFor(() => handle.getAttribute('aria-pressed') === 'true', { message: `${kind} picked up` });
    return handle;
  }

  /** Changes a widget's size with the arrow keys in its size control. */
  async resize(kind: WidgetKind, size: string): Promise<HTMLSelectElement> {
    return this.selectOption(sizeSelect(this.element, kind), size);
  }

  announcement(): string {
    return announcement(this.element);
  }
}
