/** Routes of the `session` domain; see `../routes.ts`. */
import { route } from '../route.js';
import { Session } from '../../schemas/session.js';

export const session = {
  /** The signed-in user, the clients they act for, and the organisation's settings and branding. */
  get: route({ method: 'GET', path: '/session', summary: 'Get the current session', response: Session }),
};
