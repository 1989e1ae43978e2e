/** Tasks (TASK-1). A task linked to a form is done when the form is submitted (see forms.ts). */
import { conflict, found } from '../errors.js';
import { iso } from '../time.js';
import type { ImplFor } from './types.js';

export const tasksImpl: ImplFor<'tasks'> = {
  tasks: {
    list: ({ clientId }, ctx) => ctx.data.tasks.filter((t) => t.clientId === clientId),
    update: ({ clientId, taskId, body }, ctx) => {
      const task = found(ctx.data.tasks.find((t) => t.id === taskId && t.clientId === clientId), 'This task');
      if (task.link?.kind === 'form') throw conflict('task-completes-with-form', 'This task is done when its form is submitted.');
      task.status = body.status;
      task.completedAt = body.status === 'done' ? iso(ctx.now) : null;
      return task;
    },
  },
};
