import * as z from 'zod/mini';
import { Id, Instant, LocalDate, named, Name, Title } from './common.js';

/** A past session with what the practice chose to share (CLIN-1). */
export const ClinicalSession = named(
  'ClinicalSession',
  z.object({
    id: Id,
    date: Instant,
    providerName: Name,
    serviceName: Name,
    /** The part of the note the practice shares with the client; never the full clinical note. */
    sharedSummary: z.nullable(z.string()),
    homeworkIds: z.array(Id),
  }),
);

export const Homework = named(
  'Homework',
  z.object({
    id: Id,
    title: Title,
    instructions: z.string(),
    assignedOn: LocalDate,
    dueOn: z.nullable(LocalDate),
    status: z.enum(['assigned', 'done']),
  }),
);

/** ABA learning programmes (CLIN-2): programme → target → steps, with progress over time. */
export const Target = named(
  'Target',
  z.object({
    id: Id,
    name: z.string(),
    status: z.enum(['baseline', 'in-progress', 'mastered', 'on-hold']),
    masteryCriterion: z.string(),
    steps: z.array(z.object({ id: Id, name: z.string(), status: z.enum(['not-started', 'in-progress', 'mastered']) })),
    progress: z.array(z.object({ date: LocalDate, percentCorrect: z.number().check(z.minimum(0), z.maximum(100)) })),
  }),
);

export const Programme = named(
  'Programme',
  z.object({ id: Id, name: z.string(), domain: z.string(), description: z.optional(z.string()), targets: z.array(Target) }),
);

export const Measure = z.enum(['trials', 'frequency', 'duration']);

/** A data sheet definition a caregiver runs during a session (CLIN-3). */
export const DataSheet = named(
  'DataSheet',
  z.object({
    id: Id,
    title: Title,
    instructions: z.optional(z.string()),
    rows: z.array(z.object({ id: Id, targetId: z.nullable(Id), label: z.string(), measure: Measure })),
  }),
);

export const TrialOutcome = z.enum(['correct', 'incorrect', 'prompted']);

/** One run of a data sheet, submitted as a single record. */
export const DataSheetRecordInput = named(
  'DataSheetRecordInput',
  z.object({
    startedAt: Instant,
    endedAt: Instant,
    rows: z.array(
      z.object({
        rowId: Id,
        trials: z.optional(z.array(TrialOutcome)),
        count: z.optional(z.int().check(z.nonnegative())),
        durationSeconds: z.optional(z.number().check(z.nonnegative())),
      }),
    ),
    note: z.optional(z.string().check(z.maxLength(2000))),
  }),
);

export const DataSheetRecord = named(
  'DataSheetRecord',
  z.object({ ...DataSheetRecordInput.shape, id: Id, dataSheetId: Id, submittedAt: Instant }),
);

/** The care / service plan (CLIN-4): shown to the client only, never to payers or other contacts. */
export const CarePlan = named(
  'CarePlan',
  z.object({
    id: Id,
    title: Title,
    effectiveFrom: LocalDate,
    reviewOn: z.nullable(LocalDate),
    summary: z.string(),
    goals: z.array(z.object({ id: Id, description: z.string(), measure: z.string(), status: z.enum(['active', 'met', 'discontinued']) })),
    services: z.array(z.object({ name: z.string(), frequency: z.string(), provider: z.string() })),
  }),
);

export type ClinicalSession = z.output<typeof ClinicalSession>;
export type Homework = z.output<typeof Homework>;
export type Target = z.output<typeof Target>;
export type Programme = z.output<typeof Programme>;
export type DataSheet = z.output<typeof DataSheet>;
export type DataSheetRecord = z.output<typeof DataSheetRecord>;
export type DataSheetRecordInput = z.output<typeof DataSheetRecordInput>;
export type CarePlan = z.output<typeof CarePlan>;
