/**
 * The base every view harness stands on (Material Web's `harness.ts`, with Testing Library's
 * queries): find things by role, accessible name and text inside the view's shadow roots, wait
 * for what a person would see, and act with real key presses and clicks through a `Driver`.
 *
 * ```ts
 * const view = new PorticoHarness(document.querySelector('portico-messages')!);
 * await view.click(await view.findByRole('button', { name: 'New message' }));
 * await view.type('Subject', 'Rescheduling');
 * await view.waitForText('Message sent');
 * ```
 */
import { defaultDriver, type Driver } from './driver.js';
import {
  deepActiveElement,
  describeRole,
  getByLabel,
  getByRole,
  getByText,
  queryAllByLabel,
  queryAllByRole,
  queryAllByText,
  textOf,
  type ByRoleOptions,
  type Scope,
  type TextMatch,
} from './queries.js';
import { waitFor, type WaitOptions } from './wait.js';

export interface HarnessOptions {
  /** The driver for key presses and clicks (default: the one set with `useDriver`). */
  driver?: Driver;
}

export interface FindOptions extends ByRoleOptions {
  /** Look only inside this element or shadow root (default: the whole view). */
  within?: Scope;
  /** Milliseconds to wait (default: `setWaitTimeout`'s value). */
  timeout?: number;
}

/** A text field a harness can type into. */
export type TextControl = HTMLInputElement | HTMLTextAreaElement;

export class PorticoHarness<E extends HTMLElement = HTMLElement> {
  readonly driver: Driver;

  constructor(
    readonly element: E,
    options: HarnessOptions = {},
  ) {
    this.driver = options.driver ?? defaultDriver();
  }

  /** The view's shadow root (for a harness method that must reach past roles). */
  get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error(`<${this.element.localName}> has no shadow root yet`);
    return root;
  }

  /** `<portico-messages>`: how errors name this view. */
  protected get label(): string {
    return `<${this.element.localName}>`;
  }

  // Queries: get* throws at once, find* waits.

  getByRole<T extends Element = HTMLElement>(role: string, options: FindOptions = {}): T {
    return getByRole<T>(options.within ?? this.element, role, options);
  }

  queryAllByRole<T extends Element = HTMLElement>(role: string, options: FindOptions = {}): T[] {
    return queryAllByRole(options.within ?? this.element, role, options) as T[];
  }

  /** Waits until exactly one element with `role` (and name) is shown, and returns it. */
  findByRole<T extends Element = HTMLElement>(role: string, options: FindOptions = {}): Promise<T> {
    return this.waitFor(() => getByRole<T>(options.within ?? this.element, role, options), {
      message: `${describeRole(role, options)} in ${this.label}`,
      timeout: options.timeout,
    });
  }

  getByText<T extends Element = HTMLElement>(text: TextMatch, within: Scope = this.element): T {
    return getByText<T>(within, text);
  }

  queryAllByText<T extends Element = HTMLElement>(text: TextMatch, within: Scope = this.element): T[] {
    return queryAllByText(within, text) as T[];
  }

  findByText<T extends Element = HTMLElement>(text: TextMatch, options: { within?: Scope; timeout?: number } = {}): Promise<T> {
    return this.waitFor(() => getByText<T>(options.within ?? this.element, text), { message: `the text "${String(text)}" in ${this.label}`, timeout: options.timeout });
  }

  getByLabel<T extends Element = TextControl>(label: TextMatch, within: Scope = this.element): T {
    return getByLabel<T>(within, label);
  }

  queryAllByLabel<T extends Element = TextControl>(label: TextMatch, within: Scope = this.element): T[] {
    return queryAllByLabel(within, label) as T[];
  }

  findByLabel<T extends Element = TextControl>(label: TextMatch, options: { within?: Scope; timeout?: number } = {}): Promise<T> {
    return this.waitFor(() => getByLabel<T>(options.within ?? this.element, label), { message: `the field "${String(label)}" in ${this.label}`, timeout: options.timeout });
  }

  /** Everything a person reads in the view (or in `within`), across shadow roots. */
  text(within: Scope = this.element): string {
    return textOf(within);
  }

  /** Waits until `text` (a phrase, or a pattern) appears in the view. */
  async waitForText(text: TextMatch, options: { within?: Scope; timeout?: number } = {}): Promise<void> {
    const scope = options.within ?? this.element;
    await this.waitFor(() => (typeof text === 'string' ? textOf(scope).includes(text) : text.test(textOf(scope))), {
      message: `"${String(text)}" to appear in ${this.label}`,
      timeout: options.timeout,
    });
  }

  /** Waits until `text` is no longer shown. */
  async waitForTextGone(text: TextMatch, options: { within?: Scope; timeout?: number } = {}): Promise<void> {
    const scope = options.within ?? this.element;
    await this.waitFor(() => !(typeof text === 'string' ? textOf(scope).includes(text) : text.test(textOf(scope))), {
      message: `"${String(text)}" to go from ${this.label}`,
      timeout: options.timeout,
    });
  }

  waitFor<T>(check: () => T | undefined | null | false, options: WaitOptions = {}): Promise<T> {
    return waitFor(check, options);
  }

  // Actions, through the driver.

  /** Clicks an element, or the button named `name` once it is shown. */
  async click(target: Element | TextMatch): Promise<void> {
    const element = target instanceof Element ? target : await this.findByRole('button', { name: target });
    await this.driver.click(element);
  }

  /**
   * Focuses a field (an element, or the one labelled `label`), selects what it holds and types
   * `text` with key presses (see `typeInto`).
   */
  async type(field: Element | TextMatch, text: string): Promise<TextControl> {
    const control = (field instanceof Element ? field : await this.findByLabel(field)) as TextControl;
    return typeInto(control, text, this.driver);
  }

  /** Pastes `text` into a field, replacing what it holds (see `pasteInto`). */
  async paste(field: Element | TextMatch, text: string): Promise<TextControl> {
    const control = (field instanceof Element ? field : await this.findByLabel(field)) as TextControl;
    return pasteInto(control, text);
  }

  /** Presses a key (or a chord such as `Shift+Tab`) in whatever has focus. */
  async press(key: string): Promise<void> {
    await this.driver.press(key);
  }

  /**
   * Chooses the option `option` (its visible text or its value) in a list box (an element, or
   * the one labelled `label`) with the keyboard (see `selectWithKeys`).
   */
  async selectOption(field: HTMLSelectElement | TextMatch, option: TextMatch): Promise<HTMLSelectElement> {
    const select = (field instanceof HTMLSelectElement ? field : await this.findByLabel<HTMLSelectElement>(field)) as HTMLSelectElement;
    return selectWithKeys(select, option, this.driver);
  }

  /** Ticks or clears the checkbox labelled `label` with the space bar. */
  async check(field: HTMLInputElement | TextMatch, checked = true): Promise<HTMLInputElement> {
    const box = (field instanceof HTMLInputElement ? field : await this.findByLabel<HTMLInputElement>(field)) as HTMLInputElement;
    if (box.checked !== checked) {
      box.focus();
      await this.driver.press('Space');
    }
    return box;
  }

  /** The element that has focus, followed into shadow roots. */
  focused(): Element | null {
    return deepActiveElement(this.element.ownerDocument);
  }
}

/**
 * The keys a person types into a date or time field for `value` (`2026-03-15`, `14:30`): the
 * digits of each segment in the order the locale shows them, and `A`/`P` for a 12-hour clock.
 */
export function segmentKeys(type: 'date' | 'time', value: string, locale: string): string {
  if (type === 'date') {
    const [year, month, day] = value.split('-');
    const order = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(2000, 0, 2))
      .map((p) => p.type)
      .filter((t) => t === 'year' || t === 'month' || t === 'day');
    return order.map((t) => ({ year, month, day })[t as 'year' | 'month' | 'day'] ?? '').join('');
  }
  const [hours = '0', minutes = '00'] = value.split(':');
  const hour = Number(hours);
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  if (cycle === 'h23' || cycle === 'h24') return `${hours.padStart(2, '0')}${minutes}`;
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return `${String(twelve).padStart(2, '0')}${minutes}${hour < 12 ? 'A' : 'P'}`;
}

/**
 * Focuses `control`, selects what it holds and types `text` with key presses; an empty `text`
 * clears it with Backspace. A date or time field takes its value as the form posts it
 * (`2026-03-15`, `14:30`; empty clears each segment) and is typed segment by segment in the order the browser shows them
 * (Chromium formats these fields in its own locale, not the page's), as a person types it.
 */
export async function typeInto<C extends Element>(control: C, text: string, driver: Driver = defaultDriver()): Promise<C> {
  const field = control as unknown as TextControl;
  if (field instanceof HTMLInputElement && (field.type === 'date' || field.type === 'time') && driver.dateEntry !== 'value') {
    // Focus lands on the first segment only when it arrives from outside the field.
    field.blur();
    field.focus();
    if (text !== '') {
      await driver.type(segmentKeys(field.type, text, navigator.language));
      return control;
    }
    // Cleared as a person does: Backspace in each segment, Tab to the next one.
    const segments = field.type === 'date' ? 3 : segmentKeys('time', '13:00', navigator.language).endsWith('P') ? 3 : 2;
    for (let i = 0; i < segments; i++) {
      if (i > 0) await driver.press('Tab');
      await driver.press('Backspace');
    }
    return control;
  }
  field.focus();
  if (field.value !== '' && driver.clear) {
    await driver.clear(field);
  } else if (field.value !== '') {
    field.select();
    if (text === '') await driver.press('Backspace');
  }
  if (text !== '') await driver.type(text);
  return control;
}

/**
 * Pastes `text` into `control`, replacing what it holds: one edit, as a paste is, for text far
 * too long to type key by key (a 100,000-character name). The browser fires `input` itself.
 */
export function pasteInto<C extends Element>(control: C, text: string): Promise<C> {
  const field = control as unknown as TextControl;
  field.focus();
  field.select();
  field.ownerDocument.execCommand('insertText', false, text);
  return Promise.resolve(control);
}

/**
 * Chooses an option in a closed `<select>` with the keyboard, as a person does: the option's
 * first letter (type-ahead, which jumps straight to it in most lists), then the arrow keys for
 * what is left. Each step that moves the selection fires `input` and `change`, as the browser does.
 */
export async function selectWithKeys(select: HTMLSelectElement, option: TextMatch, driver: Driver = defaultDriver()): Promise<HTMLSelectElement> {
  const options = [...select.options];
  const target = options.findIndex((o) => (typeof option === 'string' ? o.text.trim() === option || o.value === option : option.test(o.text)));
  if (target < 0) throw new Error(`No option "${String(option)}" in [${options.map((o) => o.text.trim()).join(', ')}]`);
  select.focus();
  if (driver.selectOption) {
    await driver.selectOption(select, options[target]!);
    return select;
  }
  const letter = options[target]!.text.trim().charAt(0);
  for (let presses = 0; letter.trim() && select.selectedIndex !== target && presses < options.length; presses++) {
    const before = select.selectedIndex;
    await driver.type(letter);
    if (select.selectedIndex === before) break;
  }
  for (let steps = options.length; select.selectedIndex !== target && steps > 0; steps--) {
    await driver.press(select.selectedIndex < target ? 'ArrowDown' : 'ArrowUp');
  }
  if (select.selectedIndex !== target) throw new Error(`Could not reach option "${String(option)}" with the keyboard`);
  return select;
}
