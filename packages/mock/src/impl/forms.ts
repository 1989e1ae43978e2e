/** Forms: progress, validation, e-signature, submission (FORM-1). */
import { can, signerNameMatches, testPattern, type FormAnswers, type FormDefinition, type FormField, type LeafField } from '@portico/core';
import { badRequest, conflict, found, type Issue } from '../errors.js';
import type { Owned } from '../db/types.js';
import type { FormAssignment } from '@portico/core';
import { OFFICE } from '../seed/schedule.js';
import { iso } from '../time.js';
import { addActivity, personFor } from './client-view.js';
import type { AuthedContext, ImplFor } from './types.js';

type Value = FormAnswers[string] | undefined;

function isEmpty(value: Value): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function checkLeaf(field: LeafField, value: Value, path: string, issues: Issue[]): void {
  if (field.type === 'statement') return;
  if (isEmpty(value)) {
    if (field.required) issues.push({ path, message: `${field.label} is required.` });
    return;
  }
  if (field.type === 'number' && (typeof value !== 'number' || (field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max))) {
    issues.push({ path, message: `${field.label} must be a number${field.min !== undefined ? ` from ${field.min}` : ''}${field.max !== undefined ? ` to ${field.max}` : ''}.` });
  }
  if (field.type === 'text' && field.pattern && typeof value === 'string' && testPattern(field.pattern, value) === false) {
    issues.push({ path, message: field.patternMessage ?? `${field.label} is not in the expected format.` });
  }
  if (field.type === 'multi-choice' && field.minSelected && (!Array.isArray(value) || value.length < field.minSelected)) {
    issues.push({ path, message: `Choose at least ${field.minSelected} for ${field.label}.` });
  }
}

function checkField(field: FormField, answers: FormAnswers, issues: Issue[]): void {
  const value = answers[field.id];
  if (field.type === 'yes-no') {
    if (typeof value !== 'boolean') {
      if (field.required) issues.push({ path: field.id, message: `Answer yes or no: ${field.label}` });
      return;
    }
    if (value) for (const follow of field.followUp) checkLeaf(follow, answers[follow.id], follow.id, issues);
    return;
  }
  if (field.type === 'group') {
    const items = Array.isArray(value) ? (value as Record<string, Value>[]) : [];
    if (items.length < (field.minItems ?? (field.required ? 1 : 0))) issues.push({ path: field.id, message: `Add at least ${field.minItems ?? 1} to ${field.label}.` });
    items.forEach((item, i) => {
      if (typeof item !== 'object' || item === null) return;
      for (const sub of field.fields) checkLeaf(sub, item[sub.id], `${field.id}.${i}.${sub.id}`, issues);
    });
    return;
  }
  checkLeaf(field, value, field.id, issues);
}

/** A backend validates a submission itself; issues name the field ids. */
export function validateAnswers(definition: FormDefinition, answers: FormAnswers): Issue[] {
  const issues: Issue[] = [];
  for (const section of definition.sections) for (const field of section.fields) checkField(field, answers, issues);
  return issues;
}

function assignmentOf(ctx: AuthedContext, clientId: string, id: string): Owned<FormAssignment> {
  return found(ctx.data.assignments.find((a) => a.id === id && a.clientId === clientId), 'This form');
}

function definitionOf(ctx: AuthedContext, assignment: FormAssignment): FormDefinition {
  return found(ctx.data.formDefinitions.find((d) => d.id === assignment.formId), 'This form');
}

export const formsImpl: ImplFor<'forms'> = {
  forms: {
    listAssignments: ({ clientId }, ctx) => ctx.data.assignments.filter((a) => a.clientId === clientId),
    // The form's head names the practice's office, unless the practice hides location
    // addresses on forms (`hideLocation`, with the client's override).
    getDefinition: ({ clientId, assignmentId }, ctx) => ({
      ...definitionOf(ctx, assignmentOf(ctx, clientId, assignmentId)),
      location: can(ctx.session, clientId, 'forms.location') ? OFFICE : null,
    }),
    getProgress: ({ clientId, assignmentId }, ctx) => {
      const assignment = assignmentOf(ctx, clientId, assignmentId);
      return ctx.data.progress[assignmentId] ?? { assignmentId, answers: {}, savedAt: assignment.updatedAt };
    },
    saveProgress: ({ clientId, assignmentId, body }, ctx) => {
      const assignment = assignmentOf(ctx, clientId, assignmentId);
      if (assignment.status === 'submitted') throw conflict('form-submitted', 'This form has already been submitted.');
      assignment.status = 'in-progress';
      assignment.updatedAt = iso(ctx.now);
      const progress = { assignmentId, answers: body.answers, savedAt: iso(ctx.now) };
      ctx.data.progress[assignmentId] = progress;
      return progress;
    },
    submit: ({ clientId, assignmentId, body }, ctx) => {
      const assignment = assignmentOf(ctx, clientId, assignmentId);
      if (assignment.status === 'submitted') throw conflict('form-submitted', 'This form has already been submitted.');
      const definition = definitionOf(ctx, assignment);
      const issues = validateAnswers(definition, body.answers);
      if (definition.signature && !body.signature) issues.push({ path: 'signature', message: 'Sign the form to submit it.' });
      if (body.signature && !signerNameMatches(body.signature.signerName, ctx.user.name)) {
        issues.push({ path: 'signature.signerName', message: `Sign with your own name, ${ctx.user.name}.` });
      }
      if (issues.length) throw badRequest('form-incomplete', 'Some answers are missing or not valid.', issues);
      // FORM-1: the completed form becomes a document in Files.
      const fileId = ctx.db.id('file');
      ctx.data.files.push({
        id: fileId, clientId, name: `${assignment.title} (completed ${iso(ctx.now).slice(0, 10)}).pdf`, kind: 'form', mimeType: 'application/pdf',
        size: 2_000 + JSON.stringify(body.answers).length * 4, createdAt: iso(ctx.now), uploadedBy: personFor(ctx.user, clientId),
        sharedWith: [], url: ctx.db.downloadUrl(fileId),
        // The signer is the signed-in user, whatever was typed.
        description: body.signature ? `Submitted form: ${assignment.title}, signed by ${ctx.user.name}` : `Submitted form: ${assignment.title}`,
      });
      assignment.status = 'submitted';
      assignment.updatedAt = iso(ctx.now);
      assignment.documentId = fileId;
      delete ctx.data.progress[assignmentId];
      for (const task of ctx.data.tasks) {
        if (task.clientId === clientId && task.link?.kind === 'form' && task.link.assignmentId === assignmentId) {
          task.status = 'done';
          task.completedAt = iso(ctx.now);
        }
      }
      addActivity(ctx, clientId, 'form', `You submitted ${assignment.title}`);
      return assignment;
    },
  },
};
