/**
 * Checks answers against a form definition the way the backend will, with messages for the
 * person filling it in. Paths match the backend's issue paths: `fieldId`, `groupId.2.subId`,
 * and `signature` / `signature.image` for the e-signature.
 */
import { msg, str } from '@lit/localize';
import { formatLocalDate, testPattern, type FormAnswers, type FormDefinition, type FormField, type LeafField } from '@portico/core';

/** The most characters a text answer takes when the form's field sets no `maxLength`. */
export const FORM_ANSWER_MAX_LENGTH = 10_000;

export type Value = FormAnswers[string] | undefined;
/** A value a leaf field stores (a group stores a list of records of these). */
export type AnswerLeaf = Exclude<FormAnswers[string], Record<string, unknown>[]>;
export type LeafValue = AnswerLeaf | undefined;
export type GroupItem = Record<string, AnswerLeaf>;

/** One problem to show next to a field and in the summary. */
export interface FieldError {
  path: string;
  label: string;
  message: string;
}

export function isBlank(value: Value): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Whether `value` is a whole number of `step`s from `min` (floating-point tolerant). */
function onStep(value: number, step: number, base: number): boolean {
  const n = (value - base) / step;
  return Math.abs(n - Math.round(n)) < 1e-9;
}

/** The message for one leaf value, or undefined when it is fine. */
export function leafError(field: LeafField, value: LeafValue, locale: string): string | undefined {
  if (field.type === 'statement') return undefined;
  if (isBlank(value)) {
    if (!field.required) return undefined;
    switch (field.type) {
      case 'single-choice':
        return msg('Choose an answer.');
      case 'multi-choice':
        return field.minSelected && field.minSelected > 1 ? msg(str`Choose at least ${field.minSelected}.`) : msg('Choose at least one.');
      case 'date':
        return msg('Enter a date.');
      case 'number':
        return msg('Enter a number.');
      default:
        return msg('Answer this question.');
    }
  }
  switch (field.type) {
    case 'text':
    case 'long-text':
      if (typeof value !== 'string') return msg('Answer this question.');
      // A form without its own limit still has one (#13.4: 100,000 characters were accepted).
      if (value.length > (field.maxLength ?? FORM_ANSWER_MAX_LENGTH)) return msg(str`Use ${field.maxLength ?? FORM_ANSWER_MAX_LENGTH} characters or fewer.`);
      // A refused pattern (one that could freeze the page) is left to the backend (testPattern → undefined).
      if (field.type === 'text' && field.pattern && testPattern(field.pattern, value) === false) return field.patternMessage ?? msg('Check the format of this answer.');
      return undefined;
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return msg('Enter a number.');
      const { min, max, step } = field;
      if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
        if (min !== undefined && max !== undefined) return msg(str`Enter a number from ${min} to ${max}.`);
        return min !== undefined ? msg(str`Enter ${min} or more.`) : msg(str`Enter ${max} or less.`);
      }
      if (step !== undefined && step > 0 && !onStep(value, step, min ?? 0)) {
        return step === 1 ? msg('Enter a whole number.') : msg(str`Use steps of ${step}.`);
      }
      return undefined;
    }
    case 'date':
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return msg('Enter a date.');
      if (field.min && value < field.min) {
        const min = formatLocalDate(field.min, { locale });
        return msg(str`Enter a date on or after ${min}.`);
      }
      if (field.max && value > field.max) {
        const max = formatLocalDate(field.max, { locale });
        return msg(str`Enter a date on or before ${max}.`);
      }
      return undefined;
    case 'multi-choice':
      if (field.minSelected && (!Array.isArray(value) || value.length < field.minSelected)) return msg(str`Choose at least ${field.minSelected}.`);
      return undefined;
    default:
      return undefined;
  }
}

/** The leaf fields shown right now for a field (follow-ups only when the answer is yes). */
export function visibleFollowUps(field: FormField, answers: FormAnswers): LeafField[] {
  return field.type === 'yes-no' && answers[field.id] === true ? field.followUp : [];
}

export function groupItems(value: Value): GroupItem[] {
  return Array.isArray(value) ? (value as unknown[]).filter((v): v is GroupItem => typeof v === 'object' && v !== null && !Array.isArray(v)) : [];
}

function fieldErrors(field: FormField, answers: FormAnswers, locale: string, out: FieldError[]): void {
  const value = answers[field.id];
  const push = (path: string, label: string, message: string | undefined) => message && out.push({ path, label, message });
  if (field.type === 'yes-no') {
    if (typeof value !== 'boolean') {
      if (field.required) push(field.id, field.label, msg('Answer yes or no.'));
      return;
    }
    for (const follow of visibleFollowUps(field, answers)) push(follow.id, follow.label, leafError(follow, answers[follow.id] as LeafValue, locale));
    return;
  }
  if (field.type === 'group') {
    const items = groupItems(value);
    const min = field.minItems ?? (field.required ? 1 : 0);
    if (items.length < min) push(field.id, field.label, min === 1 ? msg('Add at least one.') : msg(str`Add at least ${min}.`));
    if (field.maxItems !== undefined && items.length > field.maxItems) push(field.id, field.label, msg(str`Add no more than ${field.maxItems}.`));
    items.forEach((item, i) => {
      for (const sub of field.fields) {
        const label = msg(str`${sub.label} (${field.label} ${i + 1})`);
        push(`${field.id}.${i}.${sub.id}`, label, leafError(sub, item[sub.id], locale));
      }
    });
    return;
  }
  push(field.id, field.label, leafError(field, value as LeafValue, locale));
}

/** The label to show for an issue `path` (e.g. one the backend reported), or undefined. */
export function labelForPath(definition: FormDefinition, path: string): string | undefined {
  const [id, index, subId] = path.split('.');
  for (const section of definition.sections) {
    for (const field of section.fields) {
      if (field.type === 'yes-no') {
        const follow = field.followUp.find((f) => f.id === path);
        if (follow) return follow.label;
      }
      if (field.id !== id) continue;
      if (field.type === 'group' && index !== undefined && subId !== undefined) {
        const sub = field.fields.find((f) => f.id === subId);
        return sub ? msg(str`${sub.label} (${field.label} ${Number(index) + 1})`) : field.label;
      }
      return field.label;
    }
  }
  return undefined;
}

/** Every problem in the answers, in the order the fields appear. */
export function validateAnswers(definition: FormDefinition, answers: FormAnswers, locale: string): FieldError[] {
  const out: FieldError[] = [];
  for (const section of definition.sections) for (const field of section.fields) fieldErrors(field, answers, locale, out);
  return out;
}

/** Answers without those of follow-ups that are hidden (their question was answered "no"). */
export function answersToSend(definition: FormDefinition, answers: FormAnswers): FormAnswers {
  const out: FormAnswers = { ...answers };
  for (const section of definition.sections) {
    for (const field of section.fields) {
      if (field.type === 'yes-no' && answers[field.id] !== true) for (const follow of field.followUp) delete out[follow.id];
    }
  }
  return out;
}
