/** Helpers the per-domain implementations share: visibility rules and small lookups. */
import { can, type Activity, type PersonRef, type TeamMember, type Thread } from '@portico/core';
import type { AppointmentRecord, MockData, ThreadRecord, UserRecord } from '../db/types.js';
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

/** A thread as the contract returns it, with counts derived from its messages. */
export function threadView(data: MockData, thread: ThreadRecord): Thread {
  const messages = data.messages[thread.id] ?? [];
  const last = messages.at(-1);
  const members: PersonRef[] = thread.memberIds.flatMap((id) => {
    const m = data.team.find((t) => t.id === id);
    return m && !m.hidden ? [{ id: m.id, kind: 'team' as const, name: m.name }] : [];
  });
  const clientSide: PersonRef[] = data.users
    .filter((u) => u.links.some((l) => l.clientId === thread.clientId && l.relationship !== 'payer'))
    .map((u) => personFor(u, thread.clientId));
  return {
    id: thread.id,
    subject: thread.subject,
    participants: [...members, ...clientSide],
    lastMessageAt: last?.sentAt ?? iso(0),
    lastMessagePreview: (last?.text ?? '').slice(0, 140),
    unreadCount: messages.filter((m) => !m.read).length,
    messageCount: messages.length,
  };
}

/** An appointment as the client may see it: the location removed when the practice hides it. */
export function appointmentView(ctx: AuthedContext, clientId: string, appt: AppointmentRecord): AppointmentRecord {
  return can(ctx.session, clientId, 'schedule.location') ? appt : { ...appt, location: null };
}

export function addActivity(ctx: AuthedContext, clientId: string, kind: Activity['kind'], summary: string): void {
  ctx.data.activity.push({ id: ctx.db.id('act'), clientId, kind, occurredAt: iso(ctx.now), summary });
}

export function byNewest<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => key(b).localeCompare(key(a));
}
