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
   * `text` with key presses; an empty `text` clears the field with Backspace.
   */
  async type(field: Element | TextMatch, text: string): Promise<TextControl> {
    const control = (field instanceof Element ? field : await this.findByLabel(field)) as TextControl;
    control.focus();
    if (control.value !== '') {
      control.select();
      if (text === '') await this.driver.press('Backspace');
    }
    if (text !== '') await this.driver.type(text);
    return control;
  }

  /** Presses a key (or a chord such as `Shift+Tab`) in whatever has focus. */
  async press(key: string): Promise<void> {
    await this.driver.press(key);
  }

  /**
   * Chooses the option `option` (its visible text) in the list box labelled `label`, with the
   * arrow keys as a keyboard user does.
   */
  async choose(field: HTMLSelectElement | TextMatch, option: TextMatch): Promise<HTMLSelectElement> {
    const select = (field instanceof HTMLSelectElement ? field : await this.findByLabel<HTMLSelectElement>(field)) as HTMLSelectElement;
    const options = [...select.options];
    const target = options.findIndex((o) => (typeof option === 'string' ? o.text.trim() === option || o.value === option : option.test(o.text)));
    if (target < 0) throw new Error(`No option "${String(option)}" in [${options.map((o) => o.text.trim()).join(', ')}]`);
    select.focus();
    for (let steps = options.length; select.selectedIndex !== target && steps > 0; steps--) {
      await this.driver.press(select.selectedIndex < target ? 'ArrowDown' : 'ArrowUp');
    }
    if (select.selectedIndex !== target) throw new Error(`Could not reach option "${String(option)}" with the arrow keys`);
    return select;
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
