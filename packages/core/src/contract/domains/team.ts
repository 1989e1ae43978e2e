/** Routes of the `team` domain; see `../routes.ts`. */
import * as z from 'zod/mini';
import { route } from '../route.js';
import { client } from '../params.js';
import { TeamMember } from '../../schemas/team.js';

export const team = {
  list: route({ method: 'GET', path: '/clients/{clientId}/team', summary: 'The client\'s care team; hidden members are never returned', params: client, requires: 'team', response: z.array(TeamMember) }),
};
