/** The care team (TEAM-1/2). */
import { visibleTeam } from './client-view.js';
import type { ImplFor } from './types.js';

export const teamImpl: ImplFor<'team'> = {
  team: {
    list: ({ clientId }, ctx) => visibleTeam(ctx.data, clientId),
  },
};
