/**
 * What several domains need of the client's side: the care team the client may see, how the
 * signed-in user appears as a sender, and the activity feed the dashboard shows.
 */
import type { Activity, PersonRef, TeamMember } from '@portico/core';
import type { MockData, UserRecord } from '../db/types.js';
import type { AuthedContext } from './types.js';
import { iso } from '../time.js';

/** The client's care team as the client may see it: never hidden members (TEAM-2). */
export function visibleTeam(data: MockData, clientId: string): TeamMember[] {
  return data.careTeam
    .filter((link) => link.clientId === clientId)
    .flatMap((link) => {
      const member = data.team.find((m) => m.id === link.memberId);
      return member && !member.hidden ? [{ ...member, relation: link.relation }] : [];
    });
}

/** How the signed-in user appears as a sender for this client. */
export function personFor(user: UserRecord, clientId: string): PersonRef {
  const rel = user.links.find((l) => l.clientId === clientId)?.relationship;
  return { id: user.id, kind: rel === 'self' ? 'client' : 'contact', name: user.name };
}

/** One line in the client's activity feed (the dashboard's "recent activity"). */
export function addActivity(ctx: AuthedContext, clientId: string, kind: Activity['kind'], summary: string): void {
  ctx.data.activity.push({ id: ctx.db.id('act'), clientId, kind, occurredAt: iso(ctx.now), summary });
}
