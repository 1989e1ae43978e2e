/** The domain schemas: the mock's seed data is valid, and bad values are refused at the right path. */
import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import {
  Activity, Appointment, AppointmentRequest, Attachment, Availability, CarePlan, ClinicalSession, DashboardLayout, DataSheet,
  ErrorBody, FormAssignment, FormDefinition, FormField, FormProgress, Homework, InsurancePolicy, InsurancePolicyInput, Instant,
  Invoice, LocalTime, Message, MessageTemplate, Money, NotificationPreferences, Organisation, PasswordPolicy, Payer, PayInvoiceInput,
  Payment, PaymentMethod, PortalFile, Profile, Programme, SendMessageInput, Service, Session, Task, TeamMember, Timesheet, TEXT_LIMITS,
} from '@portico/core';
import { ApiError, MockDb, createSeed, type MockData } from '@portico/mock';

/** The response schema each table of the seed is served with. */
const SCHEMA_OF: { [K in keyof MockData]?: z.ZodMiniType } = {
  organisation: Organisation, passwordPolicy: PasswordPolicy, team: TeamMember, messages: Message, attachments: Attachment,
  files: PortalFile, invoices: Invoice, payments: Payment, paymentMethods: PaymentMethod, payers: Payer, insurance: InsurancePolicy,
  timesheets: Timesheet, services: Service, appointments: Appointment, requests: AppointmentRequest, tasks: Task,
  formDefinitions: FormDefinition, assignments: FormAssignment, progress: FormProgress, sessions: ClinicalSession, homework: Homework,
  programmes: Programme, dataSheets: DataSheet, carePlans: CarePlan, availability: Availability, profiles: Profile,
  preferences: NotificationPreferences, layouts: DashboardLayout, defaultLayout: DashboardLayout, activity: Activity, templates: MessageTemplate,
};
/** Tables the seed leaves empty; writes fill them. */
const STARTS_EMPTY: readonly (keyof MockData)[] = ['attachments', 'layouts'];
/** Tables that are the backend's own records, served only through a derived view (checked below or by the handlers). */
const INTERNAL: readonly (keyof MockData)[] = ['users', 'clients', 'careTeam', 'threads', 'pendingPayments', 'dataSheetRecords', 'practiceMessages', 'invitations'];

/** The first issue's path when `schema` refuses `value`. */
function refusedAt(schema: z.ZodMiniType, value: unknown): PropertyKey[] {
  const result = schema.safeParse(value);
  expect(result.success, `expected ${JSON.stringify(value)} to be refused`).to.equal(false);
  return result.error!.issues[0]!.path;
}

function rows(table: unknown): unknown[] {
  if (Array.isArray(table)) return table;
  if (table !== null && typeof table === 'object' && !('id' in table) && !('widgets' in table) && !('minLength' in table)) {
    // Records keyed by id (messages by thread, profiles by user, …); a list value holds rows itself.
    return Object.values(table).flatMap((value: unknown) => (Array.isArray(value) ? value : [value]));
  }
  return [table];
}

describe('schemas', () => {
  describe('the mock\'s seed data', () => {
    for (const seed of [1, 2, 7]) {
      it(`parses with the response schema of every table (seed ${seed})`, () => {
        const data = createSeed({ seed, now: Date.parse('2026-05-04T15:00:00Z') });
        for (const [table, schema] of Object.entries(SCHEMA_OF) as [keyof MockData, z.ZodMiniType][]) {
          const list = rows(data[table]);
          if (!STARTS_EMPTY.includes(table)) expect(list.length, `${table} has rows`).to.be.greaterThan(0);
          list.forEach((row, i) => {
            const result = schema.safeParse(row);
            expect(result.success, `${table}[${i}]: ${result.error?.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`).to.equal(true);
          });
        }
      });
    }

    it('maps every table, so a new one cannot slip past', () => {
      const data = createSeed({ seed: 1 });
      const unmapped = (Object.keys(data) as (keyof MockData)[]).filter((key) => !(key in SCHEMA_OF) && !INTERNAL.includes(key));
      expect(unmapped).to.deep.equal([]);
    });

    it('gives every demo user a session that parses', () => {
      const db = new MockDb({ seed: 1 });
      for (const user of db.data.users) expect(Session.safeParse(db.sessionFor(user)).success, user.key).to.equal(true);
    });

    it('answers errors in the ErrorBody shape', () => {
      const body = new ApiError(400, 'weak-password', 'Too short.', [{ path: 'password', message: 'Use at least 10 characters.' }]).toBody();
      expect(ErrorBody.parse(body)).to.deep.equal(body);
      expect(refusedAt(ErrorBody, { error: { code: 'x' } })).to.deep.equal(['error', 'message']);
    });
  });

  describe('refuses bad values at the right path', () => {
    it('money with a fractional amount', () => {
      expect(refusedAt(Money, { amount: 12.5, currency: 'USD' })).to.deep.equal(['amount']);
      expect(refusedAt(Money, { amount: 1250, currency: 'usd' })).to.deep.equal(['currency']);
    });

    it('an instant without a zone', () => {
      expect(Instant.safeParse('2026-11-23T14:30:00Z').success).to.equal(true);
      expect(refusedAt(Instant, '2026-11-23T14:30:00')).to.deep.equal([]);
      const message = { id: 'm1', threadId: 't1', sender: { id: 'u', kind: 'client', name: 'A' }, text: 'Hi', sentAt: '2026-11-23T14:30:00', attachments: [], read: true };
      expect(refusedAt(Message, message)).to.deep.equal(['sentAt']);
    });

    it('a LocalTime of 25:00', () => {
      expect(LocalTime.safeParse('23:59').success).to.equal(true);
      expect(refusedAt(LocalTime, '25:00')).to.deep.equal([]);
      expect(refusedAt(Availability, { timeZone: 'America/Chicago', windows: [{ weekday: 1, start: '09:00', end: '10:00' }, { weekday: 2, start: '25:00', end: '26:00' }] }))
        .to.deep.equal(['windows', 1, 'start']);
    });

    it('names, titles and message texts longer than the contract allows (#13.4)', () => {
      const backend = createSeed({ seed: 1 });
      const member = backend.team[0]!;
      expect(TeamMember.safeParse({ ...member, name: 'W'.repeat(TEXT_LIMITS.name) }).success).to.equal(true);
      expect(refusedAt(TeamMember, { ...member, name: 'W'.repeat(100_000) })).to.deep.equal(['name']);
      expect(refusedAt(TeamMember, { ...member, title: 'W'.repeat(TEXT_LIMITS.title + 1) })).to.deep.equal(['title']);
      const message = Object.values(backend.messages)[0]![0]!;
      expect(refusedAt(Message, { ...message, text: 'W'.repeat(TEXT_LIMITS.message + 1) })).to.deep.equal(['text']);
      expect(refusedAt(Message, { ...message, sender: { ...message.sender, name: 'W'.repeat(100_000) } })).to.deep.equal(['sender', 'name']);
      const file = backend.files[0]!;
      expect(refusedAt(PortalFile, { ...file, name: 'W'.repeat(100_000) })).to.deep.equal(['name']);
    });

    it('a message text that is empty after trimming', () => {
      expect(refusedAt(SendMessageInput, { text: '  \n\t ', attachmentIds: [] })).to.deep.equal(['text']);
      expect(SendMessageInput.parse({ text: '  Hello  ', attachmentIds: [] }).text).to.equal('Hello');
    });

    it('a yes/no follow-up that contains a group', () => {
      const group = { id: 'meds', type: 'group', label: 'Medication', required: false, fields: [] };
      const yesNo = { id: 'takesMedication', type: 'yes-no', label: 'Medication?', required: true, followUp: [{ id: 'which', type: 'text', label: 'Which?', required: true }, group] };
      expect(refusedAt(FormField, yesNo).slice(0, 2)).to.deep.equal(['followUp', 1]);
      expect(FormField.safeParse({ ...yesNo, followUp: [yesNo.followUp[0]] }).success).to.equal(true);
    });

    it('a payment with both, or neither, a token and a saved card', () => {
      const amount = { amount: 1000, currency: 'USD' };
      expect(PayInvoiceInput.safeParse({ amount, paymentToken: 'tok_visa', saveMethod: true }).success).to.equal(true);
      expect(PayInvoiceInput.safeParse({ amount, paymentMethodId: 'pm-1' }).success).to.equal(true);
      for (const bad of [{ amount }, { amount, paymentToken: 'tok_visa', paymentMethodId: 'pm-1' }, { amount, paymentMethodId: 'pm-1', saveMethod: true }]) {
        expect(PayInvoiceInput.safeParse(bad).success, JSON.stringify(bad)).to.equal(false);
      }
    });

    it('insurance with both, or neither, a listed payer and a new one', () => {
      const fields = { priority: 'primary', memberId: 'M-1', subscriberName: 'Avery Example', relationshipToSubscriber: 'self', validFrom: '2026-01-01' };
      expect(InsurancePolicyInput.safeParse({ ...fields, payerId: 'payer-1' }).success).to.equal(true);
      expect(InsurancePolicyInput.safeParse({ ...fields, newPayer: { name: 'Placeholder Mutual' } }).success).to.equal(true);
      expect(InsurancePolicyInput.safeParse(fields).success).to.equal(false);
      expect(InsurancePolicyInput.safeParse({ ...fields, payerId: 'payer-1', newPayer: { name: 'Placeholder Mutual' } }).success).to.equal(false);
    });
  });
});
