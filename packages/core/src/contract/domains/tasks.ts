/** Routes of the `tasks` domain; see `../routes.ts`. */
import * as z from 'zod/mini';
import { route } from '../route.js';
import { client, withId } from '../params.js';
import { Task, UpdateTaskInput } from '../../schemas/tasks.js';

export const tasks = {
  list: route({ method: 'GET', path: '/clients/{clientId}/tasks', summary: 'Tasks assigned by the practice', params: client, requires: 'tasks', response: z.array(Task) }),
  update: route({ method: 'PATCH', path: '/clients/{clientId}/tasks/{taskId}', summary: 'Mark a task done or open again', params: withId('taskId'), body: UpdateTaskInput, requires: 'tasks', response: Task }),
};
