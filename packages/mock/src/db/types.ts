/**
 * The mock's tables. Records are the contract's types plus the columns a real backend keeps
 * to itself (which client a row belongs to, visibility flags, credentials); the handlers'
 * response validation strips those extra columns before anything leaves the mock.
 */
import type {
  Activity, Appointment, AppointmentRequest, Attachment, Availability, CarePlan, ClientSummary, ClinicalSession,
  DashboardLayout, DataSheet, DataSheetRecord, FormAssignment, FormDefinition, FormProgress, Homework, InsurancePolicy,
  Invoice, Message, MessageTemplate, NotificationPreferences, Organisation, PasswordPolicy, Payer, Payment,
  PaymentMethod, PortalFile, PortalUser, Profile, Programme, Service, Task, TeamMember, Timesheet,
} from '@portico/core';

/** The three demo users. */
export type DemoUser = 'client' | 'guardian' | 'payer';

export type Owned<T> = T & { clientId: string };

export interface UserRecord extends PortalUser {
  key: DemoUser;
  password: string;
  /** A one-time password: signing in with it forces a password change (ACCT-1). */
  oneTimePassword: string | null;
  /** The long-lived demo token for this user. */
  token: string;
  links: { clientId: string; relationship: ClientSummary['relationship']; personalRepresentative?: boolean }[];
  defaultClientId: string;
}

export interface ClientRecord {
  id: string;
  name: string;
  preferredName?: string;
  dateOfBirth?: string;
  overrides: ClientSummary['overrides'];
  assignedProfessionalId: string | null;
}

export interface TeamMemberRecord extends TeamMember {
  /** Services this member provides when booked; empty for non-clinical staff. */
  serviceIds: string[];
  /** Weekly working hours in the practice's time zone, which produce open slots. */
  hours: { weekday: number; start: string; end: string }[];
}

export interface CareTeamLink {
  clientId: string;
  memberId: string;
  relation: string;
}

export interface ThreadRecord {
  id: string;
  clientId: string;
  subject: string;
  /** Team members in the thread (never hidden ones). */
  memberIds: string[];
}

export interface AppointmentRecord extends Owned<Appointment> {
  /** The practice may keep an appointment from the client; such rows are never returned. */
  visibleToClient: boolean;
}

export interface PendingPayment {
  actionToken: string;
  clientId: string;
  invoiceId: string;
  amount: number;
  saveMethod: boolean;
  /** The card token of the first attempt, so the card saved after confirming keeps its details. */
  token?: string;
  userId: string;
}

export interface InvitationRecord {
  token: string;
  userId: string;
  clientName: string;
  expiresAt: string;
  used: boolean;
}

export interface PracticeMessageRecord {
  id: string;
  userId: string;
  templateId: string | null;
  subject: string;
  text: string;
  receivedAt: string;
}

/** Everything the seed produces; plain data, so `structuredClone` copies it for `reset()`. */
export interface MockData {
  organisation: Organisation;
  passwordPolicy: PasswordPolicy;
  users: UserRecord[];
  clients: ClientRecord[];
  team: TeamMemberRecord[];
  careTeam: CareTeamLink[];
  threads: ThreadRecord[];
  /** Messages by thread id, oldest first. */
  messages: Record<string, Message[]>;
  attachments: Owned<Attachment>[];
  files: Owned<PortalFile>[];
  invoices: Owned<Invoice>[];
  payments: Owned<Payment>[];
  paymentMethods: Owned<PaymentMethod>[];
  pendingPayments: PendingPayment[];
  payers: Payer[];
  insurance: Owned<InsurancePolicy>[];
  timesheets: Owned<Timesheet>[];
  services: Service[];
  appointments: AppointmentRecord[];
  requests: Owned<AppointmentRequest>[];
  tasks: Owned<Task>[];
  formDefinitions: FormDefinition[];
  assignments: Owned<FormAssignment>[];
  progress: Record<string, FormProgress>;
  sessions: Owned<ClinicalSession>[];
  homework: Owned<Homework>[];
  programmes: Owned<Programme>[];
  dataSheets: Owned<DataSheet>[];
  dataSheetRecords: Owned<DataSheetRecord>[];
  carePlans: Owned<CarePlan>[];
  availability: Record<string, Availability>;
  profiles: Record<string, Profile>;
  preferences: Record<string, NotificationPreferences>;
  layouts: Record<string, DashboardLayout>;
  defaultLayout: DashboardLayout;
  activity: Owned<Activity>[];
  templates: MessageTemplate[];
  practiceMessages: PracticeMessageRecord[];
  invitations: InvitationRecord[];
}
