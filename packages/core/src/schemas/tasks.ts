import * as z from 'zod/mini';
import { Id, Instant, LocalDate, named, Title } from './common.js';

/** Something the practice asked the client to do (TASK-1). */
export const Task = named(
  'Task',
  z.object({
    id: Id,
    title: Title,
    description: z.optional(z.string()),
    dueOn: z.nullable(LocalDate),
    status: z.enum(['open', 'done']),
    completedAt: z.nullable(Instant),
    /** What the task points to, if anything: a form to fill, a survey, a link. */
    link: z.nullable(
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('form'), assignmentId: Id }),
        z.object({ kind: z.literal('homework'), homeworkId: Id }),
        z.object({ kind: z.literal('url'), url: z.string(), label: z.string() }),
      ]),
    ),
  }),
);

export const UpdateTaskInput = named('UpdateTaskInput', z.object({ status: z.enum(['open', 'done']) }));

export type Task = z.output<typeof Task>;
