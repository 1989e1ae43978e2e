/**
 * Builds the demo practice from a numeric seed: the same seed and `now` always give the same
 * data, so tests can assert on it and stories look the same every time.
 */
import type { MockData } from '../db/types.js';
import { createRng } from './random.js';
import { ORG_TIME_ZONE, type SeedContext } from './context.js';
import {
  PASSWORD_POLICY, PAYERS, SERVICES, TEMPLATES, seedCareTeam, seedClients, seedInvitations, seedOrganisation, seedTeam, seedUsers,
} from './practice.js';
import { seedThreads } from './messages.js';
import { seedFiles } from './files.js';
import { seedBilling } from './billing.js';
import { seedSchedule } from './schedule.js';
import { withRequestPayments } from './request-payments.js';
import { withAppointmentCharges } from './appointment-charges.js';
import { seedForms } from './forms.js';
import { seedClinical } from './clinical.js';
import { seedAccount } from './account.js';

export interface SeedOptions {
  /** The PRNG seed. Default 1. */
  seed?: number;
  /** What the data is relative to (ms since the epoch or a Date). Default: the real current time. */
  now?: number | Date;
  /** Where file bytes are served; the mock's download route. Default `/api`. */
  baseUrl?: string;
}

export function createSeed(options: SeedOptions = {}): MockData {
  const now = options.now === undefined ? Date.now() : +options.now;
  const base = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  const ctx: SeedContext = {
    rng: createRng(options.seed ?? 1), now, timeZone: ORG_TIME_ZONE,
    downloadUrl: (id) => `${base}/downloads/${encodeURIComponent(id)}`,
  };
  const team = seedTeam();
  const careTeam = seedCareTeam();
  const { threads, messages } = seedThreads(ctx, team);
  // Seeded in the literal's order below (the random stream depends on it); sessions follow the schedule.
  let schedule: ReturnType<typeof seedSchedule> | undefined;
  return withRequestPayments(withAppointmentCharges({
    organisation: seedOrganisation(),
    passwordPolicy: PASSWORD_POLICY,
    users: seedUsers(),
    clients: seedClients(ctx),
    team,
    careTeam,
    threads,
    messages,
    attachments: [],
    files: seedFiles(ctx, careTeam, team),
    ...seedBilling(ctx),
    pendingPayments: [],
    payers: PAYERS,
    services: SERVICES,
    ...(schedule = seedSchedule(ctx, team)),
    ...seedForms(ctx),
    ...seedClinical(ctx, schedule.appointments),
    ...seedAccount(ctx),
    dataSheetRecords: [],
    templates: TEMPLATES,
    practiceMessages: [],
    invitations: seedInvitations(ctx),
  }), now, ctx.downloadUrl);
}

export { CLIENT, MEMBER, HIDDEN_MEMBER_ID, ORG_TIME_ZONE } from './context.js';
export { DEMO_CREDENTIALS, DEMO_INVITATION_TOKEN, DEMO_ONE_TIME_PASSWORD, PRACTICE_NAME } from './practice.js';
export { LONG_THREAD_ID, LONG_THREAD_SIZE } from './messages.js';
export { SOON_APPOINTMENT_ID } from './schedule.js';
export { createRng, type Rng } from './random.js';
