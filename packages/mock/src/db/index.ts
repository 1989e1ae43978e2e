/**
 * The in-memory database: tables built from the seed. Writes persist for the life of the page;
 * `reset()` rebuilds everything from the same seed and `now`.
 */
import type { ClientSummary, Session } from '@portico/core';
import { createSeed, type SeedOptions } from '../seed/index.js';
import type { DemoUser, MockData, UserRecord } from './types.js';

export type { DemoUser, MockData } from './types.js';

export interface StoredResponse {
  status: number;
  body: unknown;
}

export class MockDb {
  /** The tables. Replaced wholesale by `reset()`, so read `db.data` afresh each time. */
  data: MockData;
  /** Bytes of uploaded files and attachments, by id. */
  readonly blobs = new Map<string, Blob>();
  /** Session tokens issued by sign-in (the demo tokens are always valid). */
  readonly sessionTokens = new Map<string, string>();
  /** Stored write responses by `userId operation key`, for idempotent replay. */
  readonly idempotency = new Map<string, StoredResponse>();
  private readonly seedNow: number;
  private readonly startedAt = Date.now();
  private counter = 0;

  constructor(private readonly options: SeedOptions = {}) {
    this.seedNow = options.now === undefined ? Date.now() : +options.now;
    this.data = createSeed({ ...options, now: this.seedNow });
  }

  /** The backend's clock: the seed's `now`, advancing in real time. */
  now(): number {
    return this.seedNow + (Date.now() - this.startedAt);
  }

  /** A fresh id with a readable prefix. */
  id(prefix: string): string {
    this.counter++;
    return `${prefix}-new-${this.counter}`;
  }

  /** Where the bytes of a file with this id are served. */
  downloadUrl(id: string): string {
    return `${(this.options.baseUrl ?? '/api').replace(/\/+$/, '')}/downloads/${encodeURIComponent(id)}`;
  }

  reset(): void {
    this.data = createSeed({ ...this.options, now: this.seedNow });
    this.blobs.clear();
    this.sessionTokens.clear();
    this.idempotency.clear();
    this.counter = 0;
  }

  user(key: DemoUser): UserRecord {
    const user = this.data.users.find((u) => u.key === key);
    if (!user) throw new Error(`No demo user "${key}"`);
    return user;
  }

  userByToken(token: string): UserRecord | undefined {
    const id = this.sessionTokens.get(token);
    return this.data.users.find((u) => u.token === token || u.id === id);
  }

  /** The session the contract's `GET /session` returns, and the policy's input. */
  sessionFor(user: UserRecord): Session {
    const { data } = this;
    const clients: ClientSummary[] = user.links.flatMap((link) => {
      const client = data.clients.find((c) => c.id === link.clientId);
      if (!client) return [];
      const professional = data.team.find((m) => m.id === client.assignedProfessionalId && !m.hidden);
      return [{
        id: client.id, name: client.name,
        ...(client.preferredName ? { preferredName: client.preferredName } : {}),
        ...(client.dateOfBirth ? { dateOfBirth: client.dateOfBirth } : {}),
        overrides: { ...client.overrides }, relationship: link.relationship,
        ...(link.personalRepresentative === undefined ? {} : { personalRepresentative: link.personalRepresentative }),
        assignedProfessional: professional ? { id: professional.id, name: professional.name, title: professional.title } : null,
      }];
    });
    return {
      user: { id: user.id, name: user.name, email: user.email, role: user.role, language: user.language, timeZone: user.timeZone, mustChangePassword: user.mustChangePassword },
      organisation: structuredClone(data.organisation),
      clients,
      defaultClientId: user.defaultClientId,
    };
  }
}
