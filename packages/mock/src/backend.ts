/**
 * The mock backend without any transport: handlers, the database, faults and helpers. The
 * browser entry runs it in a service worker, the Node entry in `setupServer`.
 */
import type { HttpHandler } from 'msw';
import type { AppointmentRequest } from '@portico/core';
import { MockDb } from './db/index.js';
import type { DemoUser } from './db/types.js';
import { Faults } from './faults.js';
import { collectStrings, createHostile, type Hostile, type HostileMode } from './hostile/transform.js';
import { createHandlers } from './handlers.js';
import { acceptRequest, declineRequest } from './impl/schedule.js';
import { DEMO_CREDENTIALS } from './seed/practice.js';

export interface MockBackendOptions {
  /** The user `accessToken` belongs to at start. Default `'client'`. */
  user?: DemoUser;
  /** Where the REST contract is served. Default `/api`. */
  baseUrl?: string;
  /** The seed of the demo practice. Default 1. */
  seed?: number;
  /** What the demo data is relative to; the mock's clock starts here. Default: the real current time. */
  now?: number | Date;
  /**
   * Hostile mode, for probing: every seeded text and URL field the mock returns carries a
   * string from the hostile corpus (`vectors`), or a 100,000-character one (`long`). Default off.
   */
  hostile?: HostileMode;
}

export interface MockControls {
  /** MSW request handlers, one per operation of the route table (plus file downloads). */
  readonly handlers: HttpHandler[];
  readonly db: MockDb;
  readonly faults: Faults;
  /** The hostile-mode transform (which corpus strings it has sent), or null when off. */
  readonly hostile: Hostile | null;
  readonly baseUrl: string;
  /** The demo users' sign-in details and tokens. */
  readonly credentials: typeof DEMO_CREDENTIALS;
  /** The current demo user. */
  readonly user: DemoUser;
  /** The current user's bearer token; hand it to the adapter's `getAccessToken`. */
  readonly accessToken: string;
  /** Switches the current user; returns their token. */
  signInAs(user: DemoUser): string;
  /** The bearer token of any demo user. */
  tokenFor(user: DemoUser): string;
  /** Plays the provider: accepts a pending appointment request (it becomes an appointment). */
  acceptRequest(requestId: string): AppointmentRequest;
  /** Plays the provider: declines a pending appointment request with a reason. */
  declineRequest(requestId: string, reason: string): AppointmentRequest;
  /** Rebuilds the data from the seed and clears every fault. */
  reset(): void;
}

export function createMockBackend(options: MockBackendOptions = {}): MockControls {
  const baseUrl = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  const db = new MockDb({ baseUrl, ...(options.seed === undefined ? {} : { seed: options.seed }), ...(options.now === undefined ? {} : { now: options.now }) });
  const faults = new Faults();
  const hostile = options.hostile ? createHostile(options.hostile, collectStrings(db.data)) : null;
  let user: DemoUser = options.user ?? 'client';
  const tokenFor = (key: DemoUser) => db.user(key).token;
  return {
    handlers: createHandlers({ db, faults, baseUrl, hostile }),
    db,
    faults,
    hostile,
    baseUrl,
    credentials: DEMO_CREDENTIALS,
    get user() {
      return user;
    },
    get accessToken() {
      return tokenFor(user);
    },
    signInAs(next) {
      user = next;
      return tokenFor(next);
    },
    tokenFor,
    acceptRequest: (id) => structuredClone(acceptRequest(db, id)),
    declineRequest: (id, reason) => structuredClone(declineRequest(db, id, reason)),
    reset() {
      db.reset();
      faults.reset();
    },
  };
}
