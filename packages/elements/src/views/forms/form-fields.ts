/**
 * Renders a form definition's fields into the filler's shadow root. Text, number and date answers
 * are `<portico-field>`s, which tie their label, hint and error to the control themselves; choice groups (radios, checkboxes, yes/no, repeated groups) are a
 * `<fieldset>` with a `<legend>`, their help and error tied to the fieldset by id. Every control
 * has a visible label; errors sit next to their field.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { FormAnswers, FormField, LeafField } from '@portico/core';
import '../../ui/field.js';
import type { PorticoField } from '../../ui/field.js';
import { groupItems, type AnswerLeaf, type LeafValue } from './form-validation.js';

/** What the renderer needs from the element that owns the answers. */
export interface FieldHost {
  readonly answers: FormAnswers;
  errorFor(path: string): string | undefined;
  /** Sets a top-level answer (`path` = field id) or a group item's (`group.index.sub`). */
  setValue(path: string, value: AnswerLeaf): void;
  blurred(path: string): void;
  addItem(groupId: string): void;
  removeItem(groupId: string, index: number): void;
  /** Stable keys of a group's items, so removing one keeps the others' controls in place. */
  itemKeys(groupId: string, count: number): readonly number[];
}

/** Ids in the shadow root for a path: the control, its error and its help text. */
export const controlId = (path: string): string => `fld-${path}`;
export const errorId = (path: string): string => `err-${path}`;
const helpId = (path: string): string => `help-${path}`;

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function labelText(field: { label: string; required: boolean }) {
  return html`${field.label}${field.required ? nothing : html` <span class="optional">${msg('(optional)')}</span>`}`;
}

function errorLine(path: string, error: string | undefined) {
  return error
    ? html`<p class="field-error" id=${errorId(path)}><span class="visually-hidden">${msg('Error:')}</span> ${error}</p>`
    : nothing;
}

function helpLine(path: string, help: string | undefined) {
  return help ? html`<p class="help" id=${helpId(path)}>${help}</p>` : nothing;
}

/**
 * A text leaf through `<portico-field>`: its label (with "(optional)"), the practice's help
 * as the hint and the error, tied to the control by the field. The field carries the path's id,
 * so the summary's links and focus-on-error reach it (it delegates focus to its control).
 */
function renderText(field: Extract<LeafField, { type: 'text' | 'long-text' }>, path: string, text: string, host: FieldHost): TemplateResult {
  const long = field.type === 'long-text';
  // A long answer's characters left are part of its hint, so they are read with the field.
  const hint = long && field.maxLength !== undefined
    ? html`<span slot="hint" class="hint-lines">${field.help ? html`<span>${field.help}</span>` : nothing}<span>${msg(str`${Math.max(0, field.maxLength - text.length)} characters left`)}</span></span>`
    : nothing;
  return html`<portico-field id=${controlId(path)} data-type=${field.type} type=${long ? 'textarea' : 'text'} rows=${ifDefined(long ? 4 : undefined)}
    label=${field.label} hint=${field.help ?? ''} ?optional=${!field.required} ?required=${field.required} maxlength=${ifDefined(field.maxLength)}
    .value=${live(text)} .error=${host.errorFor(path) ?? ''}
    @input=${(e: Event) => host.setValue(path, (e.target as PorticoField).value)} @blur=${() => host.blurred(path)}
  >${hint}</portico-field>`;
}

/**
 * A number or date leaf through `<portico-field>`, like a text one. The field keeps a value being
 * typed ("2." or "5e", a date segment typed halfway: the control reads '' until it is whole), so
 * the answer is null until the control holds a whole number or date.
 */
function renderShort(field: Extract<LeafField, { type: 'number' | 'date' }>, path: string, value: LeafValue, host: FieldHost): TemplateResult {
  const number = field.type === 'number';
  const text = number ? (typeof value === 'number' ? String(value) : '') : typeof value === 'string' ? value : '';
  return html`<portico-field id=${controlId(path)} data-type=${field.type} type=${field.type} inputmode=${ifDefined(number ? 'decimal' : undefined)}
    label=${field.label} hint=${field.help ?? ''} ?optional=${!field.required} ?required=${field.required}
    min=${ifDefined(field.min)} max=${ifDefined(field.max)} step=${ifDefined(number ? field.step : undefined)}
    .value=${live(text)} .error=${host.errorFor(path) ?? ''}
    @input=${(e: Event) => {
      const typed = (e.target as PorticoField).value;
      host.setValue(path, typed === '' ? null : number ? Number(typed) : typed);
    }} @blur=${() => host.blurred(path)}
  ></portico-field>`;
}

/** One leaf field at `path` with its current `value`. */
export function renderLeaf(field: LeafField, path: string, value: LeafValue, host: FieldHost): TemplateResult {
  const error = host.errorFor(path);
  const invalid = error ? 'true' : 'false';
  const described = describedBy(field.help && helpId(path), error && errorId(path));
  const id = controlId(path);
  const blur = () => host.blurred(path);
  switch (field.type) {
    case 'statement':
      return html`<div class="field statement" id=${id}>
        <p class="statement-label">${field.label}</p>
        <p class="statement-text">${field.text}</p>
      </div>`;
    case 'text':
    case 'long-text':
      return renderText(field, path, typeof value === 'string' ? value : '', host);
    case 'number':
    case 'date':
      return renderShort(field, path, value, host);
    case 'single-choice':
      return html`<fieldset class="field choices" id=${id} aria-describedby=${ifDefined(described)} data-type="single-choice">
        <legend>${labelText(field)}</legend>
        ${helpLine(path, field.help)}
        ${field.options.map(
          (option, i) => html`<label class="choice">
            <input type="radio" name=${id} id=${`${id}-${i}`} value=${option.value} .checked=${live(value === option.value)} ?required=${field.required}
              aria-invalid=${invalid} @change=${() => host.setValue(path, option.value)} @blur=${blur} />
            <span>${option.label}</span>
          </label>`,
        )}
        ${errorLine(path, error)}
      </fieldset>`;
    case 'multi-choice': {
      const chosen = Array.isArray(value) ? value : [];
      const least = field.minSelected && field.minSelected > 1 ? field.minSelected : 0;
      return html`<fieldset class="field choices" id=${id} aria-describedby=${ifDefined(describedBy(field.help && helpId(path), least > 0 && `least-${path}`, error && errorId(path)))} data-type="multi-choice">
        <legend>${labelText(field)}</legend>
        ${helpLine(path, field.help)}
        ${least ? html`<p class="help" id=${`least-${path}`}>${msg(str`Choose at least ${least}.`)}</p>` : nothing}
        ${field.options.map(
          (option, i) => html`<label class="choice">
            <input type="checkbox" id=${`${id}-${i}`} value=${option.value} .checked=${live(chosen.includes(option.value))} aria-invalid=${invalid} @blur=${blur}
              @change=${(e: Event) => {
                const on = (e.target as HTMLInputElement).checked;
                const current = Array.isArray(host.answers[path]) ? (host.answers[path] as string[]) : readItemArray(host, path);
                const next = on ? [...current.filter((v) => v !== option.value), option.value] : current.filter((v) => v !== option.value);
                host.setValue(path, next);
              }} />
            <span>${option.label}</span>
          </label>`,
        )}
        ${errorLine(path, error)}
      </fieldset>`;
    }
  }
}

/** A multi-choice value inside a group item (`group.index.sub`). */
function readItemArray(host: FieldHost, path: string): string[] {
  const [groupId, index, sub] = path.split('.');
  if (groupId === undefined || index === undefined || sub === undefined) return [];
  const value = groupItems(host.answers[groupId])[Number(index)]?.[sub];
  return Array.isArray(value) ? value : [];
}

/** Any field of a section: a leaf, a yes/no question with its follow-ups, or a repeated group. */
export function renderField(field: FormField, host: FieldHost): TemplateResult {
  if (field.type === 'yes-no') return renderYesNo(field, host);
  if (field.type === 'group') return renderGroup(field, host);
  return renderLeaf(field, field.id, host.answers[field.id] as LeafValue, host);
}

function renderYesNo(field: Extract<FormField, { type: 'yes-no' }>, host: FieldHost): TemplateResult {
  const path = field.id;
  const value = host.answers[path];
  const error = host.errorFor(path);
  const id = controlId(path);
  const described = describedBy(field.help && helpId(path), error && errorId(path));
  const radio = (answer: boolean, text: string, suffix: string) => html`<label class="choice">
    <input type="radio" name=${id} id=${`${id}-${suffix}`} .checked=${live(value === answer)} ?required=${field.required}
      aria-invalid=${error ? 'true' : 'false'} @change=${() => host.setValue(path, answer)} @blur=${() => host.blurred(path)} />
    <span>${text}</span>
  </label>`;
  return html`<div class="yes-no">
    <fieldset class="field choices inline" id=${id} aria-describedby=${ifDefined(described)} data-type="yes-no">
      <legend>${labelText(field)}</legend>
      ${helpLine(path, field.help)}
      ${radio(true, msg('Yes'), 'yes')} ${radio(false, msg('No'), 'no')}
      ${errorLine(path, error)}
    </fieldset>
    ${value === true && field.followUp.length
      ? html`<div class="follow-up">${field.followUp.map((f) => renderLeaf(f, f.id, host.answers[f.id] as LeafValue, host))}</div>`
      : nothing}
  </div>`;
}

function renderGroup(field: Extract<FormField, { type: 'group' }>, host: FieldHost): TemplateResult {
  const items = groupItems(host.answers[field.id]);
  const keys = host.itemKeys(field.id, items.length);
  const error = host.errorFor(field.id);
  const min = field.minItems ?? (field.required ? 1 : 0);
  const max = field.maxItems;
  const described = describedBy(field.help && helpId(field.id), `limit-${field.id}`, error && errorId(field.id));
  const indexed = items.map((item, index) => ({ item, index, key: keys[index] ?? index }));
  return html`<fieldset class="field group" data-type="group" aria-describedby=${ifDefined(described)}>
    <legend>${labelText(field)}</legend>
    ${helpLine(field.id, field.help)}
    <p class="help" id=${`limit-${field.id}`}>
      ${max !== undefined ? msg(str`You can add up to ${max}.`) : nothing}
      ${items.length === 0 ? msg('None added yet.') : nothing}
    </p>
    ${repeat(
      indexed,
      (entry) => entry.key,
      ({ item, index }) => {
        const name = msg(str`${field.label} ${index + 1} of ${items.length}`);
        return html`<fieldset class="item" id=${`item-${field.id}-${index}`}>
          <legend>${name}</legend>
          ${field.fields.map((sub) => renderLeaf(sub, `${field.id}.${index}.${sub.id}`, item[sub.id], host))}
          ${items.length > min
            ? html`<button class="button" data-variant="ghost" data-size="sm" type="button" @click=${() => host.removeItem(field.id, index)}>
                ${msg(str`Remove ${name}`)}
              </button>`
            : nothing}
        </fieldset>`;
      },
    )}
    ${max === undefined || items.length < max
      ? html`<button class="button" data-size="sm" type="button" id=${controlId(field.id)} aria-describedby=${ifDefined(described)} @click=${() => host.addItem(field.id)}>
          ${field.addLabel ?? msg(str`Add to ${field.label}`)}
        </button>`
      : nothing}
    ${errorLine(field.id, error)}
  </fieldset>`;
}
