import * as z from 'zod/mini';
import { Id, Instant, LocalDate, named, Title } from './common.js';
import { Location } from './schedule.js';
import { Signature } from './billing.js';

const fieldBase = {
  id: Id,
  label: z.string(),
  help: z.optional(z.string()),
  required: z.boolean(),
};

const Choice = z.object({ value: z.string(), label: z.string() });

/** Fields that hold one value; they may appear anywhere, including inside groups and follow-ups. */
const leafFields = [
  z.object({ ...fieldBase, type: z.literal('text'), maxLength: z.optional(z.int()), pattern: z.optional(z.string()), patternMessage: z.optional(z.string()) }),
  z.object({ ...fieldBase, type: z.literal('long-text'), maxLength: z.optional(z.int()) }),
  z.object({ ...fieldBase, type: z.literal('number'), min: z.optional(z.number()), max: z.optional(z.number()), step: z.optional(z.number()) }),
  z.object({ ...fieldBase, type: z.literal('date'), min: z.optional(LocalDate), max: z.optional(LocalDate) }),
  z.object({ ...fieldBase, type: z.literal('single-choice'), options: z.array(Choice) }),
  z.object({ ...fieldBase, type: z.literal('multi-choice'), options: z.array(Choice), minSelected: z.optional(z.int()) }),
  z.object({ ...fieldBase, type: z.literal('statement'), text: z.string() }),
] as const;
export const LeafField = z.discriminatedUnion('type', [...leafFields]);

/** Any field: a leaf, a yes/no question with follow-ups shown on "yes", or a repeated group. */
export const FormField = named(
  'FormField',
  z.discriminatedUnion('type', [
    ...leafFields,
    z.object({ ...fieldBase, type: z.literal('yes-no'), followUp: z.array(LeafField) }),
    z.object({
      ...fieldBase,
      type: z.literal('group'),
      fields: z.array(LeafField),
      minItems: z.optional(z.int()),
      maxItems: z.optional(z.int()),
      addLabel: z.optional(z.string()),
    }),
  ]),
);

export const FormDefinition = named(
  'FormDefinition',
  z.object({
    id: Id,
    version: z.int(),
    title: Title,
    description: z.optional(z.string()),
    sections: z.array(z.object({ id: Id, title: Title, description: z.optional(z.string()), fields: z.array(FormField) })),
    /** Whether the form ends with an e-signature. */
    signature: z.nullable(z.object({ statement: z.string(), allowDrawn: z.boolean(), allowTyped: z.boolean() })),
    /**
     * The practice location printed at the head of the form (an intake form names where the
     * practice is). `null` or absent when the practice hides location addresses on forms
     * (`hideLocation`, with the client's override): the backend must not send it then.
     */
    location: z.optional(z.nullable(Location)),
  }),
);

/** One value of an answer; a group's value is a list of records of leaf values. */
const LeafValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);
export const FormAnswers = named(
  'FormAnswers',
  z.record(z.string(), z.union([LeafValue, z.array(z.record(z.string(), LeafValue))])),
);

/** A form the practice assigned to this client (FORM-1), possibly part of an intake packet. */
export const FormAssignment = named(
  'FormAssignment',
  z.object({
    id: Id,
    formId: Id,
    title: Title,
    packet: z.nullable(z.string()),
    status: z.enum(['not-started', 'in-progress', 'submitted']),
    dueOn: z.nullable(LocalDate),
    updatedAt: Instant,
    /** Set once submitted: the document the completed form became. */
    documentId: z.nullable(Id),
  }),
);

/** Saved progress: answers so far, restored when the user comes back. */
export const FormProgress = named(
  'FormProgress',
  z.object({ assignmentId: Id, answers: FormAnswers, savedAt: Instant }),
);

export const SaveFormProgressInput = named('SaveFormProgressInput', z.object({ answers: FormAnswers }));

export const SubmitFormInput = named(
  'SubmitFormInput',
  z.object({ answers: FormAnswers, signature: z.nullable(Signature) }),
);

export type FormField = z.output<typeof FormField>;
export type LeafField = z.output<typeof LeafField>;
export type FormDefinition = z.output<typeof FormDefinition>;
export type FormAnswers = z.output<typeof FormAnswers>;
export type FormAssignment = z.output<typeof FormAssignment>;
export type FormProgress = z.output<typeof FormProgress>;
