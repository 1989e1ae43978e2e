/** Routes of the `audit` domain; see `../routes.ts`. */
import { route } from '../route.js';
import { AuditBatch } from '../../schemas/audit.js';

export const audit = {
  record: route({
    method: 'POST',
    path: '/me/audit-events',
    summary: 'Record what the person did, for the practice\'s access log',
    description:
      'Optional: a portal with audit forwarding on sends the `portico-audit` events it saw, in batches, fire-and-forget. ' +
      'Ids only, never content. A backend that keeps no log may answer 204 and drop them; a failure never blocks the person.',
    body: AuditBatch,
    response: null,
    status: 204,
  }),
};
