import type { PortalAdapter, Session } from '@portico/core';

/** A small valid session: a guardian acting for two children. */
export function makeSession(overrides: Partial<Session> = {}): Session {
  const features = {
    payments: true, messaging: true, selfScheduling: true, insuranceDisplay: true,
    addPayers: false, contactAccess: true, hideLocation: false,
  };
  return {
    user: { id: 'u1', name: 'Dana Reyes', email: 'dana@example.test', role: 'contact', language: 'en', timeZone: 'America/Chicago', mustChangePassword: false },
    organisation: {
      id: 'org1', name: 'Bright Steps Therapy', timeZone: 'America/Chicago', currency: 'USD',
      branding: { logoUrl: null, primaryColor: '#0b5fff' },
      features,
      modules: ['dashboard', 'team', 'messages', 'files', 'billing', 'schedule', 'tasks', 'forms', 'clinical', 'account'],
      rules: { cancellationNoticeHours: 24, bookingHorizonDays: 60, maxUploadBytes: 10_000_000, acceptedUploadTypes: ['image/*', 'application/pdf'], idleTimeoutMinutes: 15 },
      ssoProviders: [],
    },
    clients: [
      { id: 'c1', name: 'Leo Reyes', overrides: {}, relationship: 'guardian', assignedProfessional: { id: 'p1', name: 'Dr. Kim', title: 'BCBA' } },
      { id: 'c2', name: 'Mia Reyes', overrides: {}, relationship: 'guardian', assignedProfessional: null },
    ],
    defaultClientId: 'c1',
    ...overrides,
  };
}

/**
 * A hand-written stand-in for an adapter: only the operations a test gives exist. Typed loosely
 * on purpose; the full `PortalAdapter` has dozens of operations a test does not need.
 */
export function fakeAdapter(operations: Record<string, Record<string, (...args: never[]) => unknown>>): PortalAdapter {
  return operations as unknown as PortalAdapter;
}

/** A promise a test resolves or rejects when it wants the "request" to answer. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
