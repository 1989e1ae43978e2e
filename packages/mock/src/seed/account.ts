/** Profiles, preferences, availability, dashboard layouts and activity (ACCT-3..5, DASH-1..2). */
import type { DashboardLayout, NotificationEvent, NotificationPreferences, Profile } from '@portico/core';
import type { MockData } from '../db/types.js';
import { DAY, HOUR, iso } from '../time.js';
import { CLIENT, ORG_TIME_ZONE, type SeedContext } from './context.js';

export const DEFAULT_LAYOUT: DashboardLayout = {
  widgets: [
    { kind: 'upcoming-appointments', size: 'large' }, { kind: 'recent-messages', size: 'medium' },
    { kind: 'balance-due', size: 'small' }, { kind: 'open-tasks', size: 'medium' },
    { kind: 'recent-files', size: 'medium' }, { kind: 'recent-activity', size: 'small' },
  ],
};

const EVENTS: NotificationEvent[] = [
  'appointment-created', 'appointment-cancelled', 'appointment-rescheduled', 'appointment-deleted',
  'request-confirmed', 'request-declined', 'request-decision-undone', 'new-message', 'new-document', 'invoice-due',
];

function preferences(sms: boolean): NotificationPreferences {
  const events = Object.fromEntries(EVENTS.map((e) => [e, { email: true, sms: sms && e.startsWith('appointment') }])) as NotificationPreferences['events'];
  return { events, reminders: { enabled: true, hoursBefore: [24, 2] }, timeZone: ORG_TIME_ZONE, language: 'en' };
}

const address = (line1: string) => ({ line1, city: 'Springfield', region: 'ST', postalCode: '00000', country: 'US' });

export function seedAccount(ctx: SeedContext): Pick<MockData, 'profiles' | 'preferences' | 'layouts' | 'defaultLayout' | 'availability' | 'activity'> {
  const year = new Date(ctx.now).getUTCFullYear();
  const profiles: Record<string, Profile> = {
    'u-avery': {
      firstName: 'Avery', lastName: 'Example', preferredName: 'Avery', pronouns: 'they/them', email: 'avery.example@example.com',
      phone: '+1 555-0150', dateOfBirth: `${year - 34}-04-12`, address: address('12 Sample Road'),
      emergencyContact: { name: 'Sam Example', phone: '+1 555-0151', relationship: 'Sibling' },
    },
    // Incomplete on purpose, so the profile-completion meter has something to ask for.
    'u-jordan': {
      firstName: 'Jordan', lastName: 'Sample', preferredName: '', pronouns: '', email: 'jordan.sample@example.com',
      phone: '+1 555-0160', dateOfBirth: null, address: address('48 Demo Avenue'), emergencyContact: null,
    },
    'u-pat': {
      firstName: 'Pat', lastName: 'Testwell', preferredName: '', pronouns: '', email: 'pat.testwell@example.com',
      phone: '', dateOfBirth: null, address: null, emergencyContact: null,
    },
  };
  const activity: MockData['activity'] = [];
  const kinds = ['call', 'visit', 'message', 'document', 'payment', 'form'] as const;
  const summaries: Record<(typeof kinds)[number], string> = {
    call: 'Phone call with the front desk', visit: 'Visit at the main office', message: 'New message from the care team',
    document: 'A document was shared with you', payment: 'Payment received, thank you', form: 'A form was completed',
  };
  for (const clientId of [CLIENT.avery, CLIENT.milo, CLIENT.nora]) {
    for (let i = 1; i <= 24; i++) {
      const kind = ctx.rng.pick(kinds);
      activity.push({ id: `act-${clientId.slice(3)}-${i}`, clientId, kind, occurredAt: iso(ctx.now - i * 2 * DAY - ctx.rng.int(0, 12) * HOUR), summary: summaries[kind] });
    }
  }
  const weekdays = (start: string, end: string, days: number[]) => days.map((weekday) => ({ weekday, start, end }));
  return {
    profiles,
    preferences: { 'u-avery': preferences(true), 'u-jordan': preferences(false), 'u-pat': preferences(false) },
    layouts: {},
    defaultLayout: DEFAULT_LAYOUT,
    availability: {
      [CLIENT.avery]: { timeZone: ORG_TIME_ZONE, windows: weekdays('17:00', '20:00', [1, 2, 3, 4]) },
      [CLIENT.milo]: { timeZone: ORG_TIME_ZONE, windows: weekdays('15:30', '18:00', [1, 2, 3, 4, 5]) },
      [CLIENT.nora]: { timeZone: ORG_TIME_ZONE, windows: [] },
    },
    activity,
  };
}
