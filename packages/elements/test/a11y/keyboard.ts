/**
 * Keyboard-only driving for the accessibility journeys: real key presses through
 * `sendKeys`, focus followed across shadow roots, and a check at every stop that the focus
 * is visible (an outline or a box shadow, on the control or on the label that stands in for
 * it, as the attach button does for its visually hidden file input).
 */
import { sendKeys } from '@web/test-runner-commands';

/** The element that has focus, following open shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function textOf(node: Element): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A close-enough accessible name: aria-label, aria-labelledby, its labels, its text, its title. */
export function nameOf(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return label.trim();
  const labelledby = el.getAttribute('aria-labelledby');
  if (labelledby) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const text = labelledby.split(/\s+/).map((id) => root.getElementById(id)).filter((n): n is HTMLElement => !!n).map(textOf).join(' ');
    if (text) return text;
  }
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length > 0) return [...labels].map(textOf).join(' ');
  if (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'button')) return el.value;
  if (!(el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) {
    const text = textOf(el);
    if (text) return text;
  }
  return el.getAttribute('title')?.trim() ?? '';
}

/** The role a person's screen reader announces, for the controls the journeys use. */
export function roleOf(el: Element): string {
  const explicit = el.getAttribute('role');
  if (explicit) return explicit;
  if (el instanceof HTMLAnchorElement && el.hasAttribute('href')) return 'link';
  if (el instanceof HTMLButtonElement) return 'button';
  if (el instanceof HTMLSelectElement) return 'combobox';
  if (el instanceof HTMLTextAreaElement) return 'textbox';
  if (el instanceof HTMLInputElement) {
    if (el.type === 'radio' || el.type === 'checkbox') return el.type;
    if (el.type === 'file') return 'button';
    if (el.type === 'submit' || el.type === 'button') return 'button';
    return 'textbox';
  }
  return el.localName;
}

function ringOn(el: Element): boolean {
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  return outline || (style.boxShadow !== 'none' && style.boxShadow !== '');
}

/** True when the focused control (or the label drawn in its place) shows a focus indicator. */
export function focusVisible(el: Element): boolean {
  if (ringOn(el)) return true;
  const labels = (el as HTMLInputElement).labels;
  return !!labels && [...labels].some(ringOn);
}

const NATIVE_CONTROLS = new Set(['a', 'button', 'input', 'select', 'textarea', 'summary']);

/**
 * Whether a focus stop is a control (2.4.7 asks for a visible indicator on those). Not a control:
 * a region or heading a view focuses after navigation (`tabindex="-1"`, not in the Tab order),
 * and the calendar button Chromium draws inside a date input (focus sits in the browser's own
 * part, the input itself no longer matches `:focus`; the browser draws that ring, out of CSS reach).
 */
export function isControl(el: Element): boolean {
  if (el.getAttribute('tabindex') === '-1' && !NATIVE_CONTROLS.has(el.localName) && !el.hasAttribute('role')) return false;
  if (el.getAttribute('tabindex') === '-1' && el.getAttribute('role') === 'region') return false;
  if (el instanceof HTMLInputElement && /^(date|time|datetime-local|month|week)$/.test(el.type) && !el.matches(':focus')) return false;
  return true;
}

export function describe(el: Element | null): string {
  if (!el) return '(nothing)';
  return `${roleOf(el)} "${nameOf(el)}"`;
}

export interface Target {
  role?: string;
  name: string | RegExp;
  /** The legend of the group (fieldset) the control is in, for answers named only "Yes" / "No". */
  group?: string;
}

function matches(el: Element | null, target: Target): boolean {
  if (!el) return false;
  if (target.role && roleOf(el) !== target.role) return false;
  if (target.group !== undefined && el.closest('fieldset')?.querySelector('legend')?.textContent?.replace(/\s+/g, ' ').trim() !== target.group) return false;
  const name = nameOf(el);
  return typeof target.name === 'string' ? name === target.name : target.name.test(name);
}

/**
 * A person with only a keyboard: every stop they Tab through is recorded, and each must show
 * where the focus is. `tabTo` presses Tab (or Shift+Tab) until the focus is on `target`.
 */
export class KeyboardUser {
  /** Every stop the focus made, in order, with whether it was visible. */
  readonly stops: { what: string; visible: boolean }[] = [];

  get focused(): Element | null {
    return deepActive();
  }

  private record(): void {
    const el = deepActive();
    if (!el || el === document.body || !isControl(el)) return;
    this.stops.push({ what: describe(el), visible: focusVisible(el) });
  }

  /** One key, or a chord such as `Shift+Tab`. */
  async press(key: string): Promise<void> {
    const keys = key.split('+');
    const last = keys.pop()!;
    for (const modifier of keys) await sendKeys({ down: modifier });
    await sendKeys({ press: last });
    for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
    this.record();
  }

  async type(text: string): Promise<void> {
    await sendKeys({ type: text });
  }

  /** Tabs until the focus is on `target`; fails naming the stops it passed when it never gets there. */
  async tabTo(target: Target, { backwards = false, max = 80 } = {}): Promise<HTMLElement> {
    const passed: string[] = [];
    for (let i = 0; i < max; i += 1) {
      await this.press(backwards ? 'Shift+Tab' : 'Tab');
      const el = deepActive();
      if (matches(el, target)) return el as HTMLElement;
      passed.push(describe(el));
    }
    throw new Error(`Tab never reached ${target.role ?? 'control'} "${String(target.name)}"; passed: ${passed.join(' → ')}`);
  }

  /** The stops where a sighted keyboard user could not see the focus. */
  invisibleStops(): string[] {
    return [...new Set(this.stops.filter((s) => !s.visible).map((s) => s.what))];
  }
}
