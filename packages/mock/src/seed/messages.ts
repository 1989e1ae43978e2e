/** Threads and messages, including one thread of exactly 2,000 messages for long-history tests. */
import type { Message, PersonRef } from '@portico/core';
import type { MockData, ThreadRecord } from '../db/types.js';
import { HOUR, MINUTE, iso } from '../time.js';
import { CLIENT, MEMBER, type SeedContext } from './context.js';

/** The long thread's id and size (MSG-3). */
export const LONG_THREAD_ID = 'th-avery-checkins';
export const LONG_THREAD_SIZE = 2000;

const TEAM_LINES = [
  'Thanks for the update — that sounds like real progress.',
  'Just a reminder about our session this week.',
  'I have shared the worksheet we discussed in Files.',
  'How did the new routine go over the weekend?',
  'Please let me know if the time still works for you.',
  'Great question. Let us talk it through next session.',
  'The updated schedule is attached to your appointments.',
  'I noticed a lot of improvement in the last data sheet.',
  'Could you fill in the short survey before Thursday?',
  'Your insurance authorisation has been renewed.',
];
const CLIENT_LINES = [
  'Thank you! It went better than expected.',
  'Could we move next week to the afternoon?',
  'I tried the breathing exercise twice a day.',
  'Got it, see you then.',
  'I have a question about the homework.',
  'We practised the requesting program at dinner.',
  'Is there anything I should bring next time?',
  'That works for us, thanks.',
  'Sorry for the late reply — busy week.',
  'I uploaded the school report to Files.',
];

interface ThreadPlan {
  id: string;
  clientId: string;
  subject: string;
  memberIds: string[];
  clientSide: PersonRef;
  count: number;
  /** How many of the newest team messages are still unread. */
  unread: number;
  /** Hours between messages. */
  spacingHours: number;
}

export function seedThreads(ctx: SeedContext, team: MockData['team']): { threads: ThreadRecord[]; messages: Record<string, Message[]> } {
  const avery: PersonRef = { id: 'u-avery', kind: 'client', name: 'Avery Example' };
  const jordan: PersonRef = { id: 'u-jordan', kind: 'contact', name: 'Jordan Sample' };
  const plans: ThreadPlan[] = [
    { id: LONG_THREAD_ID, clientId: CLIENT.avery, subject: 'Weekly check-ins', memberIds: [MEMBER.riley], clientSide: avery, count: LONG_THREAD_SIZE, unread: 3, spacingHours: 5 },
    { id: 'th-avery-schedule', clientId: CLIENT.avery, subject: 'Rescheduling next month', memberIds: [MEMBER.quinn], clientSide: avery, count: 12, unread: 1, spacingHours: 20 },
    { id: 'th-avery-billing', clientId: CLIENT.avery, subject: 'Question about my statement', memberIds: [MEMBER.taylor], clientSide: avery, count: 8, unread: 0, spacingHours: 30 },
    { id: 'th-avery-family', clientId: CLIENT.avery, subject: 'Family session planning', memberIds: [MEMBER.morgan, MEMBER.riley], clientSide: avery, count: 24, unread: 2, spacingHours: 26 },
    { id: 'th-avery-worksheets', clientId: CLIENT.avery, subject: 'Worksheets', memberIds: [MEMBER.riley], clientSide: avery, count: 16, unread: 0, spacingHours: 40 },
    { id: 'th-milo-programs', clientId: CLIENT.milo, subject: 'Milo: requesting program', memberIds: [MEMBER.casey, MEMBER.jamie], clientSide: jordan, count: 60, unread: 2, spacingHours: 18 },
    { id: 'th-milo-school', clientId: CLIENT.milo, subject: 'School coordination', memberIds: [MEMBER.casey], clientSide: jordan, count: 22, unread: 0, spacingHours: 36 },
    { id: 'th-milo-sessions', clientId: CLIENT.milo, subject: 'Session times', memberIds: [MEMBER.jamie, MEMBER.quinn], clientSide: jordan, count: 30, unread: 1, spacingHours: 28 },
    { id: 'th-milo-billing', clientId: CLIENT.milo, subject: 'Authorisation renewal', memberIds: [MEMBER.taylor], clientSide: jordan, count: 10, unread: 0, spacingHours: 48 },
    { id: 'th-nora-speech', clientId: CLIENT.nora, subject: 'Nora: speech goals', memberIds: [MEMBER.alex], clientSide: jordan, count: 40, unread: 4, spacingHours: 22 },
    { id: 'th-nora-therapy', clientId: CLIENT.nora, subject: 'Therapy check-in', memberIds: [MEMBER.morgan], clientSide: jordan, count: 45, unread: 0, spacingHours: 30 },
    { id: 'th-nora-welcome', clientId: CLIENT.nora, subject: 'Welcome to Harbor Lane', memberIds: [MEMBER.quinn], clientSide: jordan, count: 6, unread: 1, spacingHours: 60 },
  ];
  const nameOf = new Map(team.map((m) => [m.id, m.name]));
  const threads: ThreadRecord[] = [];
  const messages: Record<string, Message[]> = {};
  for (const [index, plan] of plans.entries()) {
    threads.push({ id: plan.id, clientId: plan.clientId, subject: plan.subject, memberIds: plan.memberIds });
    const newest = ctx.now - (index * 7 + ctx.rng.int(1, 6)) * HOUR;
    const list: Message[] = [];
    let unreadLeft = plan.unread;
    for (let i = plan.count - 1; i >= 0; i--) {
      // Build newest first so the newest messages are the team's unread ones.
      const fromTeam = i === plan.count - 1 || unreadLeft > 0 ? true : ctx.rng.chance(0.55);
      const memberId = ctx.rng.pick(plan.memberIds);
      const sender: PersonRef = fromTeam ? { id: memberId, kind: 'team', name: nameOf.get(memberId) ?? 'Team member' } : plan.clientSide;
      const read = !(fromTeam && unreadLeft > 0);
      if (!read) unreadLeft--;
      const jitter = ctx.rng.int(0, 50) * MINUTE;
      list.push({
        id: `${plan.id}-m${String(i + 1).padStart(4, '0')}`,
        threadId: plan.id,
        sender,
        text: `${ctx.rng.pick(fromTeam ? TEAM_LINES : CLIENT_LINES)}${plan.count > 100 ? ` (#${i + 1})` : ''}`,
        sentAt: iso(newest - (plan.count - 1 - i) * plan.spacingHours * HOUR - jitter),
        attachments: [],
        read,
      });
    }
    list.reverse();
    // One attachment per thread, on an early message, so attachments render in stories.
    const withAttachment = list[Math.min(1, list.length - 1)];
    if (withAttachment) {
      withAttachment.attachments.push({ id: `att-${plan.id}`, name: 'worksheet.pdf', mimeType: 'application/pdf', size: 48_213, url: ctx.downloadUrl(`att-${plan.id}`) });
    }
    messages[plan.id] = list;
  }
  return { threads, messages };
}
