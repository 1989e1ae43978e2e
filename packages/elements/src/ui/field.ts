import { localized, msg } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formStyles } from '../auth/form.styles.js';
import { define } from '../define.js';
import { baseStyles } from '../theme/base-styles.js';
import { emailProblem, looksLikeEmail } from './email.js';
import { fieldStyles } from './field.styles.js';

/** What `<portico-field>` renders: an `<input>` of that type, a `<textarea>` or a `<select>`. */
export type FieldType = 'text' | 'email' | 'tel' | 'url' | 'date' | 'time' | 'password' | 'number' | 'search' | 'textarea' | 'select';

/** One choice of a `type="select"` field; consecutive options with the same `group` share an `<optgroup>`. */
export interface FieldOption {
  value: string;
  label: string;
  /** The option's language when it differs from the page's (a language's own name). */
  lang?: string;
  group?: string;
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * @tagname portico-field
 * @summary The one form field (ARCHITECTURE: "Forms use one field primitive"): a label, an optional
 * hint, the control and the error message, wired with `aria-describedby` and `aria-invalid`, in its
 * own shadow root. Form-associated: it posts `name=value` with its `<form>`, takes part in the form's
 * validity (the browser's checks and the `error` the view sets, anchored on the control), resets
 * with the form, is disabled by a disabled `<fieldset>`, and restores its value on Back.
 *
 * The view owns the checks: it sets `error` (a client-side check, or a field issue the server
 * reported) and the message shows under the control and is announced. A view that checks on
 * leaving a field listens for `blur` on the field and runs the check through its `PressGuard`
 * (ui/press-guard.ts), so an error revealed mid-press does not move the button being pressed.
 *
 * ```html
 * <form>
 *   <portico-field name="email" type="email" label="Email" autocomplete="email" required></portico-field>
 * </form>
 * ```
 *
 * Events: `input` (natively composed) reaches listeners on the field with `value` already updated;
 * `change` is re-dispatched from the field as a composed event. Enter in a text-like field submits
 * its form through the form's default button, as in a native input.
 *
 * @slot end - A control beside the field's control, e.g. a "Show password" toggle.
 * @slot hint - Richer hint content (a rules list) shown in place of the `hint` text; part of the control's description.
 *
 * @csspart label - The label (its text is the control's accessible name).
 * @csspart hint - The hint under the label.
 * @csspart control - The `<input>`, `<textarea>` or `<select>`.
 * @csspart error - The error message under the control.
 *
 * @cssprop --portico-color-border-strong - The control's border.
 * @cssprop --portico-color-danger - The error message and the invalid control's border.
 * @cssprop --portico-color-muted - The hint and the "(optional)" marker.
 * @cssprop --portico-radius-sm - The control's corners.
 * @cssprop --portico-density - Scales the control's height.
 */
@localized()
export class PorticoField extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [baseStyles, formStyles, fieldStyles];

  /** The label; the control's accessible name. */
  @property() label = '';

  /** A line under the label saying what to enter. */
  @property() hint = '';

  /** The message to show under the control (a failed check); empty when the value is fine. */
  @property() error = '';

  @property() type: FieldType = 'text';

  /** The name the value is posted under with the form. */
  @property({ reflect: true }) name = '';

  /** The current value (the attribute gives the value the form resets to). */
  @property() value = '';

  /** Choices of a `type="select"` field. */
  @property({ attribute: false }) options: readonly FieldOption[] = [];

  @property({ type: Boolean, reflect: true }) required = false;

  /** Shows "(optional)" after the label. */
  @property({ type: Boolean }) optional = false;

  @property({ type: Boolean, reflect: true }) disabled = false;

  @property({ type: Boolean }) readonly = false;

  @property() autocomplete: string | undefined;

  @property() inputmode: string | undefined;

  @property({ type: Number }) maxlength: number | undefined;

  @property({ type: Number }) minlength: number | undefined;

  @property() pattern: string | undefined;

  @property() min: string | undefined;

  @property() max: string | undefined;

  @property() step: string | undefined;

  /** Visible rows of a `type="textarea"` field. */
  @property({ type: Number }) rows: number | undefined;

  /** Disabled by the form (a disabled `<fieldset>` around it). */
  @state() private formDisabled = false;

  @state() private hasHintSlot = false;

  private readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The `<input>`, `<textarea>` or `<select>` inside. */
  get control(): Control | null {
    return this.renderRoot?.querySelector<Control>('#control') ?? null;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** The value the form resets to: the `value` attribute. */
  get defaultValue(): string {
    return this.getAttribute('value') ?? '';
  }

  formResetCallback(): void {
    this.value = this.defaultValue;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('error')) this.toggleAttribute('invalid', !!this.error);
  }

  protected override updated(): void {
    // The control's value is written only when it differs from what the control reads now (what
    // Lit's `live()` does, without its chunk on every view). A date with a segment typed halfway,
    // or a number like "2." or "5e", reads '' while being typed; the field takes that '' as its
    // value, and writing it back would empty the control and drop the keys typed so far.
    const control = this.control;
    if (control && this.type !== 'select' && control.value !== this.value) control.value = this.value;
    this.sync();
  }

  /** Posts the value with the form and mirrors the control's validity (or `error`) onto the field. */
  private sync(): void {
    this.internals.setFormValue(this.value);
    const control = this.control;
    if (!control) return;
    if (this.error) this.internals.setValidity({ customError: true }, this.error, control);
    else if (this.type === 'email' && this.value.trim() && !looksLikeEmail(this.value)) this.internals.setValidity({ typeMismatch: true }, emailProblem(this.value)!, control);
    else if (!control.validity.valid) this.internals.setValidity(control.validity, control.validationMessage, control);
    else this.internals.setValidity({});
  }

  override render() {
    const describedBy = [this.hint || this.hasHintSlot ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean).join(' ');
    const invalid = this.error ? 'true' : 'false';
    const disabled = this.disabled || this.formDisabled;
    return html`
      <label part="label" for="control">${this.label}${this.optional ? html` <span class="optional">${msg('(optional)')}</span>` : nothing}</label>
      <div part="hint" class="hint" id="hint" ?hidden=${!this.hint && !this.hasHintSlot}><slot name="hint" @slotchange=${this.onHintSlot}>${this.hint}</slot></div>
      <div class="row">${this.renderControl(describedBy, invalid, disabled)}<slot name="end"></slot></div>
      <div aria-live="polite">${this.error ? html`<p part="error" class="field-error" id="error">${this.error}</p>` : nothing}</div>
    `;
  }

  private renderControl(describedBy: string, invalid: string, disabled: boolean) {
    const described = describedBy || nothing;
    if (this.type === 'select') {
      return html`<select part="control" id="control" name=${this.name || nothing} ?required=${this.required} ?disabled=${disabled}
        autocomplete=${ifDefined(this.autocomplete as HTMLSelectElement['autocomplete'] | undefined)}
        aria-invalid=${invalid} aria-describedby=${described} @input=${this.onInput} @change=${this.onChange}>
        ${this.renderChoices()}
      </select>`;
    }
    if (this.type === 'textarea') {
      return html`<textarea part="control" id="control" name=${this.name || nothing} ?required=${this.required} ?disabled=${disabled} ?readonly=${this.readonly}
        rows=${ifDefined(this.rows)} maxlength=${ifDefined(this.maxlength)} minlength=${ifDefined(this.minlength)}
        autocomplete=${ifDefined(this.autocomplete as HTMLTextAreaElement['autocomplete'] | undefined)} inputmode=${ifDefined(this.inputmode)}
        aria-invalid=${invalid} aria-describedby=${described} @input=${this.onInput} @change=${this.onChange}></textarea>`;
    }
    // An email field is a text input with the email keyboard and autofill: the browser's own email
    // check backtracks for minutes on a long value from data (a 100,000-character address froze
    // the page), so Portico checks the address itself (`looksLikeEmail`, linear).
    const email = this.type === 'email';
    return html`<input part="control" id="control" type=${email ? 'text' : this.type} name=${this.name || nothing} ?required=${this.required} ?disabled=${disabled} ?readonly=${this.readonly}
      maxlength=${ifDefined(this.maxlength)} minlength=${ifDefined(this.minlength)} pattern=${ifDefined(this.pattern)}
      min=${ifDefined(this.min)} max=${ifDefined(this.max)} step=${ifDefined(this.step)}
      autocomplete=${ifDefined(this.autocomplete as HTMLInputElement['autocomplete'] | undefined)} inputmode=${ifDefined(this.inputmode ?? (email ? 'email' : undefined))}
      spellcheck=${email ? 'false' : nothing} autocapitalize=${email ? 'off' : nothing}
      aria-invalid=${invalid} aria-describedby=${described} @input=${this.onInput} @change=${this.onChange} @keydown=${this.onKeydown} />`;
  }

  private renderChoices() {
    const option = (o: FieldOption) => html`<option value=${o.value} lang=${ifDefined(o.lang)} ?selected=${o.value === this.value}>${o.label}</option>`;
    const runs: FieldOption[][] = [];
    for (const o of this.options) {
      const last = runs.at(-1);
      if (last && last[0]!.group === o.group) last.push(o);
      else runs.push([o]);
    }
    return runs.map((run) => (run[0]!.group === undefined ? run.map(option) : html`<optgroup label=${run[0]!.group}>${run.map(option)}</optgroup>`));
  }

  private readonly onHintSlot = (event: Event): void => {
    this.hasHintSlot = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  };

  /** Runs before the (composed) `input` event reaches listeners on the field, so they read the new `value`. */
  private readonly onInput = (event: Event): void => {
    this.value = (event.target as Control).value;
    this.sync();
  };

  /**
   * Enter in a text-like input submits the field's form, as it would if the input were the form's
   * own (HTML's implicit submission): the input sits in the field's shadow root, so the browser
   * does not. Like the browser, it clicks the form's default button, and does nothing when that
   * button is disabled; a form without one is submitted directly.
   */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    const form = this.internals.form;
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented || !form) return;
    event.preventDefault();
    const submitter = [...form.elements].find((el): el is HTMLButtonElement | HTMLInputElement => (el instanceof HTMLButtonElement || el instanceof HTMLInputElement) && el.type === 'submit');
    if (!submitter) form.requestSubmit();
    else if (!submitter.disabled) submitter.click();
  };

  private readonly onChange = (event: Event): void => {
    this.value = (event.target as Control).value;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };
}

define('portico-field', PorticoField);

declare global {
  interface HTMLElementTagNameMap {
    'portico-field': PorticoField;
  }
}
