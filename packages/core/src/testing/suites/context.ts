/**
 * What every part of the adapter contract suite shares: the fixtures a backend provides, the
 * test runner's globals, adapters that record which operations were called, and helpers that
 * find data in list responses instead of assuming ids.
 */
import type { PortalAdapter } from '../../contract/adapter.js';
import type { FormAnswers, FormDefinition, LeafField } from '../../schemas/forms.js';
import type { PasswordPolicy } from '../../schemas/auth.js';
import type { Session } from '../../schemas/session.js';
import { check } from '../assert.js';

/** The three kinds of portal user the contract distinguishes. */
export type ContractUser = 'client' | 'guardian' | 'payer';

/** What a backend gives the suite. Everything else the suite finds in list responses. */
export interface AdapterContractSetup {
  /**
   * An adapter signed in as a user who is, for `clientIdFor(user)`: the client themself
   * (`'client'`, relationship `self`), their guardian (`'guardian'`), or a payer (`'payer'`).
   */
  adapterFor(user: ContractUser): PortalAdapter;
  /** The client `user` acts for in these tests. */
  clientIdFor(user: ContractUser): string;
  /** An adapter that sends exactly this bearer token (after sign-in, enrolment, sign-out). */
  adapterForToken(token: string): PortalAdapter;
  /** A user who signs in with a password. The suite changes the password and changes it back. */
  credentials: { email: string; password: string };
  /** A fresh, unused invitation token; asked once per test that enrols (it is used up). */
  invitationToken(): string | Promise<string>;
  /** Test-mode tokens of the backend's payment provider. */
  paymentTokens: {
    /** A card that is charged. */
    succeeds: string;
    /** A card that is declined (a 200 with `status: "declined"`). */
    declines: string;
    /** A card that needs an extra step (`status: "requires-action"`). */
    requiresAction: string;
    /** The `confirmationToken` that completes that extra step. */
    confirms: string;
  };
  /**
   * Guest links (issue #12). `pay`, `sign` and `confirm` give an open link each, with the right
   * answer to its second factor, asked once per test that uses it up; the others are tokens of
   * links in that state. Without them the guest checks that need links are skipped.
   */
  guestLinks?: {
    pay(): GuestLinkFixture | Promise<GuestLinkFixture>;
    sign(): GuestLinkFixture | Promise<GuestLinkFixture>;
    confirm(): GuestLinkFixture | Promise<GuestLinkFixture>;
    expired: string;
    used: string;
    revoked: string;
  };
  /**
   * Plays the practice declining a pending appointment request (#14.2: its up-front payment is
   * refunded or voided). Without it, the suite checks that through withdrawing instead.
   */
  declineRequest?(requestId: string, reason: string): void | Promise<void>;
  /** Where the REST contract is served, for the checks that send raw HTTP (a token in a query string). */
  baseUrl?: string;
  /** Brings the backend back to its starting data; called before every test when given. */
  reset?(): void | Promise<void>;
}

/** A guest link's token and the right answer to its second factor (a code or a date of birth). */
export interface GuestLinkFixture {
  token: string;
  code?: string;
  dateOfBirth?: string;
}

type TestFn = () => void | Promise<void>;

/** The BDD globals the suite registers its tests with (mocha; also jasmine, jest and vitest). */
export interface SuiteApi {
  describe(name: string, fn: () => void): void;
  it(name: string, fn: TestFn): void;
  before(fn: TestFn): void;
  beforeEach(fn: TestFn): void;
}

/** Reads the runner's globals when the suite is registered, never at import time. */
export function runnerGlobals(): SuiteApi {
  const g = globalThis as unknown as Partial<Record<'describe' | 'it' | 'before' | 'beforeAll' | 'beforeEach', unknown>>;
  const before = g.before ?? g.beforeAll;
  if (typeof g.describe !== 'function' || typeof g.it !== 'function' || typeof before !== 'function' || typeof g.beforeEach !== 'function') {
    throw new Error('describeAdapterContract() registers tests with the BDD globals describe/it/before/beforeEach (mocha); call it from a test file.');
  }
  return { describe: g.describe, it: g.it, before, beforeEach: g.beforeEach } as SuiteApi;
}

/** An id no backend has; asking for it must give `not-found`. */
export const UNKNOWN_ID = 'portico-contract-unknown-id';

export class ContractContext {
  #fixtures: AdapterContractSetup | undefined;
  readonly #adapters = new Map<ContractUser, PortalAdapter>();
  /** `domain.operation` of every operation the suite has called. */
  readonly called = new Set<string>();
  #counter = 0;

  set fixtures(fixtures: AdapterContractSetup) {
    this.#fixtures = fixtures;
    this.#adapters.clear();
  }

  get fixtures(): AdapterContractSetup {
    check(this.#fixtures, 'the contract suite\'s setup() has not run');
    return this.#fixtures;
  }

  /** The adapter of a user, recording the operations called through it. */
  api(user: ContractUser = 'client'): PortalAdapter {
    let adapter = this.#adapters.get(user);
    if (!adapter) {
      adapter = recording(this.fixtures.adapterFor(user), this.called);
      this.#adapters.set(user, adapter);
    }
    return adapter;
  }

  /** An adapter for a bearer token, recording too. */
  tokenApi(token: string): PortalAdapter {
    return recording(this.fixtures.adapterForToken(token), this.called);
  }

  clientId(user: ContractUser = 'client'): string {
    return this.fixtures.clientIdFor(user);
  }

  /** A fresh idempotency key or marker text, unique within the run. */
  unique(prefix = 'contract'): string {
    this.#counter++;
    return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${this.#counter}`;
  }
}

/** Wraps an adapter so every call is noted as `domain.operation` before it is made. */
function recording(adapter: PortalAdapter, called: Set<string>): PortalAdapter {
  return new Proxy(adapter, {
    get(target, domain, receiver) {
      const ops: unknown = Reflect.get(target, domain, receiver);
      if (typeof domain !== 'string' || typeof ops !== 'object' || ops === null) return ops;
      return new Proxy(ops, {
        get(opsTarget, operation, opsReceiver) {
          const fn: unknown = Reflect.get(opsTarget, operation, opsReceiver);
          if (typeof operation !== 'string' || typeof fn !== 'function') return fn;
          return (...args: unknown[]) => {
            called.add(`${domain}.${operation}`);
            return (fn as (...a: unknown[]) => unknown).apply(opsTarget, args);
          };
        },
      });
    },
  });
}

// ── Helpers ──────────────────────────────────────────────────────────────────────────────────

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Walks up to `maxPages` pages of `limit` items and checks the cursor rules: no page is larger
 * than asked, no item appears twice, a page with a `nextCursor` is not empty.
 */
export async function walkPages<T extends { id: string }>(
  label: string,
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  limit: number,
  maxPages = 3,
): Promise<{ items: T[]; pages: number; complete: boolean }> {
  const seen = new Set<string>();
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 1; page <= maxPages; page++) {
    const result = await fetchPage(cursor);
    check(result.items.length <= limit, `${label}: page ${page} has ${result.items.length} items with limit ${limit}`);
    for (const item of result.items) {
      check(!seen.has(item.id), `${label}: ${item.id} is on two pages`);
      seen.add(item.id);
      items.push(item);
    }
    if (result.nextCursor === null) return { items, pages: page, complete: true };
    check(result.items.length > 0, `${label}: page ${page} is empty but has a nextCursor`);
    cursor = result.nextCursor;
  }
  return { items, pages: maxPages, complete: false };
}

/** A small file of a type the organisation accepts for uploads. */
export function acceptedFile(session: Session, name = 'contract-suite'): File {
  const accepted = session.organisation.rules.acceptedUploadTypes;
  if (accepted.includes('text/plain') || accepted.includes('text/*')) return new File(['Uploaded by the Portico adapter contract suite.'], `${name}.txt`, { type: 'text/plain' });
  if (accepted.includes('application/pdf')) return new File(['%PDF-1.4\n%%EOF\n'], `${name}.pdf`, { type: 'application/pdf' });
  // A 1×1 transparent PNG.
  const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (ch) => ch.charCodeAt(0));
  if (accepted.includes('image/png') || accepted.includes('image/*')) return new File([png], `${name}.png`, { type: 'image/png' });
  const type = accepted[0] ?? 'application/octet-stream';
  return new File(['contract suite'], `${name}.bin`, { type: type.replace('/*', '/octet-stream') });
}

/** A file whose type no portal should accept. */
export function refusedFile(): File {
  return new File(['MZ'], 'contract-suite.exe', { type: 'application/x-msdownload' });
}

/** A password that meets the policy and differs from any demo password. */
export function strongPassword(policy: PasswordPolicy, salt = ''): string {
  const base = `Contract-Suite-7x${salt}`;
  return base + 'a'.repeat(Math.max(0, policy.minLength - base.length));
}

/** Answers every required field of a form with a plausible value; yes/no questions get "no". */
export function answersFor(definition: FormDefinition, today: string): FormAnswers {
  const answers: FormAnswers = {};
  for (const section of definition.sections) {
    for (const field of section.fields) {
      if (field.type === 'yes-no') answers[field.id] = false;
      else if (field.type === 'group') {
        const count = field.minItems ?? (field.required ? 1 : 0);
        answers[field.id] = Array.from({ length: count }, () => {
          const item: Record<string, string | number | boolean | string[] | null> = {};
          for (const sub of field.fields) {
            const value = leafAnswer(sub, today);
            if (value !== undefined) item[sub.id] = value;
          }
          return item;
        });
      } else {
        const value = leafAnswer(field, today);
        if (value !== undefined) answers[field.id] = value;
      }
    }
  }
  return answers;
}

function leafAnswer(field: LeafField, today: string): string | number | string[] | undefined {
  switch (field.type) {
    case 'statement':
      return undefined;
    case 'number':
      return field.min ?? (field.max !== undefined ? Math.min(1, field.max) : 1);
    case 'date':
      return field.max !== undefined && field.max < today ? field.max : field.min !== undefined && field.min > today ? field.min : today;
    case 'single-choice':
      return field.options[0]?.value ?? '';
    case 'multi-choice':
      return field.options.slice(0, Math.max(1, field.minSelected ?? 1)).map((o) => o.value);
    case 'text': {
      if (!field.pattern) return 'Contract suite';
      const pattern = new RegExp(field.pattern);
      return ['Contract suite', '555 0100', '+1 555 0100', '12345', 'contract@example.com', 'A1'].find((v) => pattern.test(v)) ?? 'Contract suite';
    }
    case 'long-text':
      return 'Written by the adapter contract suite.';
  }
}
