/**
 * Who may see or do what, answered in one place (ROLE-1..3). Views and menus ask `can()`;
 * the mock backend enforces the same answers, so nothing hard-codes a role.
 */
import type { ClientSummary, Features, Module, Session } from './schemas/session.js';

/** Things a session may be allowed for a client. Module names mean "may open that view". */
export type Capability =
  | Module
  | 'messages.send'
  | 'files.upload'
  | 'billing.pay'
  | 'billing.insurance'
  | 'billing.addPayer'
  | 'billing.timesheets'
  | 'schedule.book'
  | 'schedule.change'
  | 'schedule.location'
  | 'forms.location'
  | 'clinical.carePlan';

/** The organisation's switches with this client's overrides applied. */
export function effectiveFeatures(session: Session, client: ClientSummary): Features {
  return { ...session.organisation.features, ...stripUndefined(client.overrides) };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Modules a payer may open: the calendar and invoices only, plus their own account. */
const PAYER_MODULES: readonly Module[] = ['dashboard', 'schedule', 'billing', 'account'];

/** Modules gated by a feature switch. */
const MODULE_FEATURE: Partial<Record<Module, keyof Features>> = { messages: 'messaging' };

export function findClient(session: Session, clientId: string): ClientSummary | undefined {
  return session.clients.find((c) => c.id === clientId);
}

/** Whether `session` may use `capability` for the client `clientId`. */
export function can(session: Session, clientId: string, capability: Capability): boolean {
  const client = findClient(session, clientId);
  if (!client) return false;
  const features = effectiveFeatures(session, client);
  const rel = client.relationship;
  const module = capability.split('.')[0] as Module;
  if (!session.organisation.modules.includes(module)) return false;
  if (contactAccessOff(session, client)) return false;
  if (module === 'account') return true;
  if (rel === 'payer' && !PAYER_MODULES.includes(module)) return false;
  const gate = MODULE_FEATURE[module];
  if (gate && !features[gate]) return false;
  switch (capability) {
    case 'billing.pay':
      return features.payments;
    case 'billing.insurance':
      return features.insuranceDisplay && rel !== 'payer';
    case 'billing.addPayer':
      return features.insuranceDisplay && features.addPayers && rel !== 'payer';
    case 'billing.timesheets':
      return rel !== 'payer';
    case 'schedule.book':
      return features.selfScheduling && rel !== 'payer';
    case 'schedule.change':
      return rel !== 'payer';
    case 'schedule.location':
    case 'forms.location':
      return !features.hideLocation;
    case 'clinical.carePlan':
      // CLIN-4: the client, or a guardian the backend marks as the client's personal
      // representative (a parent of a minor); never payers, other guardians or other contacts.
      return rel === 'self' || (rel === 'guardian' && client.personalRepresentative === true);
    default:
      return true;
  }
}

/**
 * Whether the practice switched off portal access for contacts (`features.contactAccess`,
 * with the client's override) and this session acts for the client as a guardian or other
 * contact. Then nothing is allowed for that client: no view, no request (ROLE-2).
 */
export function contactAccessOff(session: Session, client: ClientSummary): boolean {
  const rel = client.relationship;
  return (rel === 'guardian' || rel === 'contact') && !effectiveFeatures(session, client).contactAccess;
}

/** The modules whose menu entries this session should see for a client, in menu order. */
export function visibleModules(session: Session, clientId: string): Module[] {
  const order: Module[] = ['dashboard', 'team', 'messages', 'files', 'billing', 'schedule', 'tasks', 'forms', 'clinical', 'account'];
  return order.filter((m) => can(session, clientId, m));
}
