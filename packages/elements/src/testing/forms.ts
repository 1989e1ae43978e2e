/**
 * Drives `<portico-forms>` and its form the way a user does: open a form by its title, find
 * controls by their visible label, type and choose with the keyboard, submit, read errors.
 */
import type { PorticoFormsFiller } from '../views/forms/forms-filler.js';
import type { PorticoForms } from '../views/forms/forms.js';
import { PorticoHarness, typeInto, type TextControl } from './harness.js';
import { errorOf, getByRole, queryAllByLabel, queryAllByRole, textOf, type Scope, type TextMatch } from './queries.js';

export class FormsHarness extends PorticoHarness<PorticoForms> {
  get filler(): PorticoFormsFiller {
    const filler = this.root.querySelector('portico-forms-filler');
    if (!filler) throw new Error('No form is open');
    return filler;
  }

  get form(): ShadowRoot {
    return this.filler.shadowRoot!;
  }

  async listed(): Promise<this> {
    await this.waitFor(() => this.root.querySelector('ul.assignments, portico-state-empty, portico-state-error'), { message: 'the forms list' });
    return this;
  }

  /** The Start / Continue / View button of the form titled `title` (by its accessible name). */
  async action(title: string): Promise<HTMLButtonElement> {
    await this.listed();
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.findByRole<HTMLButtonElement>('button', { name: new RegExp(`^(Start|Continue|View): ${escaped}$`) });
  }

  /** Clicks Start / Continue / View on the form titled `title`, and waits for the form. */
  async open(title: string): Promise<this> {
    await this.click(await this.action(title));
    await this.ready();
    return this;
  }

  /** Waits until the open form's fields (or its submitted panel) are on screen. */
  async ready(): Promise<this> {
    await this.waitFor(() => this.root.querySelector('portico-forms-filler')?.shadowRoot?.querySelector('form, .submitted'), { message: 'the form' });
    // The fields render their controls a step after the form: wait for those too.
    await Promise.all([...this.form.querySelectorAll('portico-field')].map((field) => field.updateComplete));
    return this;
  }

  /**
   * The control whose accessible name is `label` ("(optional)" after it aside): a text field's
   * `<input>`, `<textarea>` or `<select>` (inside its `<portico-field>`), or the `<fieldset>` of a
   * choice group, named by its legend.
   */
  control<C extends Element = TextControl>(label: string, scope: Scope = this.form): C {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const found = queryAllByLabel(scope, new RegExp(`^${escaped}( \\(optional\\))?$`));
    if (found.length === 1) return found[0] as C;
    throw new Error(found.length ? `${found.length} controls are labelled "${label}"` : `No control labelled "${label}"`);
  }

  /** Focuses the field labelled `label` and types `text` with the keyboard (replacing what was there). */
  override async type(label: string | Element, text: string, scope?: Scope): Promise<TextControl> {
    const control = typeof label === 'string' ? this.control<TextControl>(label, scope) : (label as TextControl);
    await typeInto(control, text, this.driver);
    await this.filler.updateComplete;
    return control;
  }

  /** Picks `option` in the radio or checkbox group `group` by focusing it and pressing Space. */
  async choose(group: string, option: string, scope?: Scope): Promise<HTMLInputElement> {
    const fieldset = this.control<HTMLFieldSetElement>(group, scope);
    const [input, ...more] = [...queryAllByRole(fieldset, 'radio', { name: option }), ...queryAllByRole(fieldset, 'checkbox', { name: option })] as HTMLInputElement[];
    if (!input || more.length) throw new Error(`${input ? 'Several options' : 'No option'} "${option}" in "${group}"`);
    input.focus();
    await this.driver.press('Space');
    await this.filler.updateComplete;
    return input;
  }

  /** The button whose accessible name is `name`, in the open form (or in `scope`). */
  button(name: TextMatch, scope: Scope = this.form): HTMLButtonElement {
    return getByRole<HTMLButtonElement>(scope, 'button', { name });
  }

  /** Clicks the open form's "Submit form" button. */
  async submit(): Promise<void> {
    await this.click(await this.findByRole('button', { name: 'Submit form', within: this.form }));
    await this.filler.updateComplete;
  }

  /** The error shown next to a control (through its `aria-describedby`). */
  errorOf(control: Element): string | undefined {
    return errorOf(control).replace(/^Error:\s*/, '') || undefined;
  }

  /** The help shown with a control (its description but the error): the practice's help text, limits, characters left. */
  hintOf(control: Element): string {
    return this.describedBy(control).filter((el) => !el.classList.contains('field-error')).map((el) => textOf(el)).join(' ');
  }

  /** The elements a control's `aria-describedby` names, in its own root. */
  private describedBy(control: Element): Element[] {
    const root = control.getRootNode() as ShadowRoot | Document;
    const ids = control.getAttribute('aria-describedby')?.split(' ').filter(Boolean) ?? [];
    return ids.map((id) => root.getElementById(id)).filter((el): el is HTMLElement => !!el);
  }

  summary(): string[] {
    return [...this.form.querySelectorAll('.error-summary li')].map((li) => textOf(li));
  }

  saveStatus(): string {
    return textOf(this.form.querySelector('[part="save-status"]')!);
  }

  /**
   * Draws a stroke on the signature pad through `[x, y]` (CSS pixels from the drawing area's
   * top-left corner): with the driver's `drag` (a real pointer pressed, moved and released), or,
   * for a driver without one (user-event, which cannot move a real pointer), by dispatching the
   * pointer events a pen would fire.
   */
  async draw(points: [number, number][]): Promise<void> {
    const pad = this.form.querySelector('portico-forms-signature-pad')!;
    const canvas = pad.shadowRoot!.querySelector('canvas')!;
    if (this.driver.drag) {
      await this.driver.drag(canvas, points.map(([x, y]) => ({ x, y })));
    } else {
      const rect = canvas.getBoundingClientRect();
      const at = (type: string, [x, y]: [number, number]) =>
        canvas.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId: 7, pointerType: 'pen', button: 0, buttons: 1, clientX: rect.left + x, clientY: rect.top + y }));
      const [first, ...rest] = points;
      at('pointerdown', first!);
      for (const p of rest) at('pointermove', p);
      at('pointerup', rest[rest.length - 1] ?? first!);
    }
    await this.filler.updateComplete;
  }
}
