/**
 * The fictional practice, its people and who is linked to whom. Every name is deliberately a
 * placeholder (Example, Sample, Demo, Placeholder, Testwell…) so nobody mistakes it for real.
 */
import type { MessageTemplate, Organisation, PasswordPolicy, Payer, Service } from '@portico/core';
import type { CareTeamLink, ClientRecord, DemoUser, InvitationRecord, TeamMemberRecord, UserRecord } from '../db/types.js';
import { iso, DAY } from '../time.js';
import { CLIENT, MEMBER, ORG_TIME_ZONE, type SeedContext } from './context.js';

export const PRACTICE_NAME = 'Harbor Lane Therapy (demo practice)';

/** Sign-in details of the demo users, for the example site and the sign-in story. */
export const DEMO_CREDENTIALS: Record<DemoUser, { email: string; password: string; token: string }> = {
  client: { email: 'avery.example@example.com', password: 'DemoPass-Client1', token: 'demo-token-client' },
  guardian: { email: 'jordan.sample@example.com', password: 'DemoPass-Guardian1', token: 'demo-token-guardian' },
  payer: { email: 'pat.testwell@example.com', password: 'DemoPass-Payer1', token: 'demo-token-payer' },
};

/** Signing in with this one-time password (any demo email) forces a password change. */
export const DEMO_ONE_TIME_PASSWORD = 'OneTime-0000';

/** The invitation token the enrolment story uses (ACCT-1); it enrols the payer. */
export const DEMO_INVITATION_TOKEN = 'invite-demo-0001';

export function seedOrganisation(): Organisation {
  return {
    id: 'org-harbor-lane',
    name: PRACTICE_NAME,
    timeZone: ORG_TIME_ZONE,
    currency: 'USD',
    phone: '+1 555-0100',
    email: 'hello@harborlane.example',
    website: 'https://harborlane.example',
    branding: {
      logoUrl: null, primaryColor: '#1f6f8b', accentColor: '#e0823d',
      fontFamily: 'system-ui, sans-serif', radius: 'medium', density: 'comfortable', colorScheme: 'light',
    },
    features: {
      payments: true, messaging: true, selfScheduling: true, insuranceDisplay: true,
      addPayers: true, contactAccess: true, hideLocation: false, profileCompletion: true,
    },
    modules: ['dashboard', 'team', 'messages', 'files', 'billing', 'schedule', 'tasks', 'forms', 'clinical', 'account'],
    rules: {
      cancellationNoticeHours: 24,
      bookingHorizonDays: 60,
      maxUploadBytes: 10 * 1024 * 1024,
      acceptedUploadTypes: ['application/pdf', 'image/*', 'video/mp4', 'text/plain', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      idleTimeoutMinutes: 15,
    },
    ssoProviders: [],
  };
}

export const PASSWORD_POLICY: PasswordPolicy = {
  minLength: 10, requireUppercase: true, requireLowercase: true, requireDigit: true, requireSymbol: false,
};

export function seedUsers(): UserRecord[] {
  const base = { language: 'en' as const, timeZone: ORG_TIME_ZONE, mustChangePassword: false, oneTimePassword: DEMO_ONE_TIME_PASSWORD };
  return [
    {
      ...base, id: 'u-avery', key: 'client', name: 'Avery Example', email: DEMO_CREDENTIALS.client.email, role: 'client',
      password: DEMO_CREDENTIALS.client.password, token: DEMO_CREDENTIALS.client.token,
      links: [{ clientId: CLIENT.avery, relationship: 'self' }], defaultClientId: CLIENT.avery,
    },
    {
      ...base, id: 'u-jordan', key: 'guardian', name: 'Jordan Sample', email: DEMO_CREDENTIALS.guardian.email, role: 'contact',
      password: DEMO_CREDENTIALS.guardian.password, token: DEMO_CREDENTIALS.guardian.token,
      // Jordan is Milo's personal representative (his parent, who may see his care plan) but not
      // Nora's (a relative who brings her to sessions): the care plan stays hidden for her (CLIN-4).
      links: [{ clientId: CLIENT.milo, relationship: 'guardian', personalRepresentative: true }, { clientId: CLIENT.nora, relationship: 'guardian', personalRepresentative: false }],
      defaultClientId: CLIENT.milo,
    },
    {
      ...base, id: 'u-pat', key: 'payer', name: 'Pat Testwell', email: DEMO_CREDENTIALS.payer.email, role: 'payer',
      password: DEMO_CREDENTIALS.payer.password, token: DEMO_CREDENTIALS.payer.token,
      links: [{ clientId: CLIENT.milo, relationship: 'payer' }], defaultClientId: CLIENT.milo,
    },
  ];
}

export function seedClients(ctx: SeedContext): ClientRecord[] {
  const year = new Date(ctx.now).getUTCFullYear();
  return [
    { id: CLIENT.avery, name: 'Avery Example', preferredName: 'Avery', dateOfBirth: `${year - 34}-04-12`, overrides: {}, assignedProfessionalId: MEMBER.riley },
    { id: CLIENT.milo, name: 'Milo Sample', dateOfBirth: `${year - 7}-09-03`, overrides: {}, assignedProfessionalId: MEMBER.casey },
    // Nora's practice hides locations for her appointments (a per-client override, ROLE-2).
    { id: CLIENT.nora, name: 'Nora Sample', preferredName: 'Nori', dateOfBirth: `${year - 10}-01-21`, overrides: { hideLocation: true }, assignedProfessionalId: MEMBER.morgan },
  ];
}

const weekdays = (start: string, end: string, days = [1, 2, 3, 4, 5]) => days.map((weekday) => ({ weekday, start, end }));

export function seedTeam(): TeamMemberRecord[] {
  const member = (m: Omit<TeamMemberRecord, 'hidden' | 'photoUrl' | 'messageable'> & Partial<TeamMemberRecord>): TeamMemberRecord => ({
    photoUrl: null, messageable: true, hidden: false, ...m,
  });
  return [
    member({ id: MEMBER.riley, name: 'Dr. Riley Demo', title: 'Licensed Clinical Psychologist', credentials: 'PhD', email: 'riley.demo@harborlane.example', phone: '+1 555-0101', serviceIds: ['svc-therapy', 'svc-telehealth', 'svc-consult'], hours: weekdays('09:00', '17:00', [1, 2, 3, 4]) }),
    member({ id: MEMBER.casey, name: 'Casey Placeholder', title: 'Board Certified Behavior Analyst', credentials: 'BCBA', email: 'casey.placeholder@harborlane.example', phone: '+1 555-0102', serviceIds: ['svc-aba', 'svc-parent', 'svc-consult'], hours: weekdays('08:00', '16:00') }),
    member({ id: MEMBER.jamie, name: 'Jamie Testwell', title: 'Registered Behavior Technician', credentials: 'RBT', email: 'jamie.testwell@harborlane.example', phone: null, serviceIds: ['svc-aba'], hours: weekdays('12:00', '18:00') }),
    member({ id: MEMBER.morgan, name: 'Morgan Mockwell', title: 'Licensed Marriage and Family Therapist', credentials: 'LMFT', email: 'morgan.mockwell@harborlane.example', phone: '+1 555-0104', serviceIds: ['svc-therapy', 'svc-telehealth', 'svc-parent'], hours: weekdays('10:00', '18:00', [1, 3, 5]) }),
    member({ id: MEMBER.alex, name: 'Alex Specimen', title: 'Speech-Language Pathologist', credentials: 'CCC-SLP', email: 'alex.specimen@harborlane.example', phone: null, serviceIds: ['svc-speech'], hours: weekdays('09:00', '15:00', [2, 4]) }),
    member({ id: MEMBER.taylor, name: 'Taylor Fictional', title: 'Billing Coordinator', email: 'billing@harborlane.example', phone: '+1 555-0106', serviceIds: [], hours: [] }),
    member({ id: MEMBER.quinn, name: 'Quinn Sampleton', title: 'Front Desk Coordinator', email: 'frontdesk@harborlane.example', phone: '+1 555-0100', serviceIds: [], hours: [] }),
    // TEAM-2: the practice hides this contact; the backend never returns them to any portal user.
    member({ id: MEMBER.robin, name: 'Robin Example', title: 'Clinical Director', email: 'robin.example@harborlane.example', phone: '+1 555-0109', hidden: true, serviceIds: ['svc-consult'], hours: weekdays('09:00', '12:00', [5]) }),
  ];
}

export function seedCareTeam(): CareTeamLink[] {
  const links: [string, string, string][] = [
    [CLIENT.avery, MEMBER.riley, 'Primary therapist'],
    [CLIENT.avery, MEMBER.morgan, 'Family therapist'],
    [CLIENT.milo, MEMBER.casey, 'Supervising BCBA'],
    [CLIENT.milo, MEMBER.jamie, 'Behavior technician'],
    [CLIENT.nora, MEMBER.morgan, 'Primary therapist'],
    [CLIENT.nora, MEMBER.alex, 'Speech therapist'],
    [CLIENT.nora, MEMBER.casey, 'Consulting BCBA'],
  ];
  const everyone = [CLIENT.avery, CLIENT.milo, CLIENT.nora].flatMap((clientId) => [
    { clientId, memberId: MEMBER.taylor, relation: 'Billing questions' },
    { clientId, memberId: MEMBER.quinn, relation: 'Scheduling and general questions' },
    { clientId, memberId: MEMBER.robin, relation: 'Clinical oversight' },
  ]);
  return [...links.map(([clientId, memberId, relation]) => ({ clientId, memberId, relation })), ...everyone];
}

export const SERVICES: Service[] = [
  { id: 'svc-therapy', name: 'Individual therapy', durationMinutes: 50, telehealth: false, description: 'A 50-minute session in the office.' },
  { id: 'svc-telehealth', name: 'Telehealth therapy', durationMinutes: 50, telehealth: true, description: 'A 50-minute video session.' },
  { id: 'svc-aba', name: 'ABA direct therapy', durationMinutes: 120, telehealth: false },
  { id: 'svc-parent', name: 'Parent training', durationMinutes: 60, telehealth: true, description: 'Caregiver coaching by video.' },
  { id: 'svc-speech', name: 'Speech therapy', durationMinutes: 45, telehealth: false },
  { id: 'svc-consult', name: 'Initial consultation', durationMinutes: 30, telehealth: true },
];

export const PAYERS: Payer[] = [
  { id: 'payer-1', name: 'Example Health Plan (demo)', payerCode: 'EXH01', phone: '+1 555-0140' },
  { id: 'payer-2', name: 'Sample Mutual Insurance (demo)', payerCode: 'SMI22', phone: '+1 555-0141' },
  { id: 'payer-3', name: 'Placeholder Medicaid (demo)', payerCode: 'PMC33' },
  { id: 'payer-4', name: 'Testwell Benefits (demo)', payerCode: 'TWB44', phone: '+1 555-0143' },
];

export const TEMPLATES: MessageTemplate[] = [
  { id: 'tpl-records', label: 'Request my records', subject: 'Records request', text: 'Hello, I would like a copy of my records. Please let me know the next steps.' },
  { id: 'tpl-billing', label: 'Question about a bill', subject: 'Billing question', text: 'Hello, I have a question about a recent invoice: ' },
  { id: 'tpl-feedback', label: 'Share feedback', subject: 'Feedback', text: 'Hello, I would like to share some feedback about my experience: ' },
  // The practice's default, loaded by the header's envelope (issue #14.1).
  { id: 'tpl-general', label: 'General question', subject: 'A question for Harbor Lane Therapy', text: 'Hello, I have a question: ', isDefault: true },
];

export function seedInvitations(ctx: SeedContext): InvitationRecord[] {
  return [{ token: DEMO_INVITATION_TOKEN, userId: 'u-pat', clientName: 'Milo Sample', expiresAt: iso(ctx.now + 7 * DAY), used: false }];
}
