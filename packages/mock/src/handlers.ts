/**
 * MSW handlers generated from the route table: one per operation, all sharing one resolver that
 * behaves like a real backend — faults, authentication, request validation, policy,
 * idempotency, the implementation, then response validation.
 */
import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import type * as z from 'zod/mini';
import { can, contactAccessOff, flattenIssues, isDocumentResponse, listOperations, routes, type Capability, type RouteDef } from '@portico/core';
import { ApiError, badRequest, type Issue } from './errors.js';
import type { Faults } from './faults.js';
import type { MockDb, StoredResponse } from './db/index.js';
import type { UserRecord } from './db/types.js';
import type { AuthedContext, PublicContext } from './impl/types.js';
import { implementation } from './impl/index.js';
import { downloadHandler } from './downloads.js';
import { recordRequest } from './request-log.js';
import type { Hostile } from './hostile/transform.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface HandlerOptions {
  db: MockDb;
  faults: Faults;
  /** Where the REST contract is served, e.g. `/api` or `https://api.example.test/v1`. */
  baseUrl: string;
  /** Hostile mode: seeded text and URL fields in responses become corpus strings. */
  hostile?: Hostile | null;
}

/** Turns a base URL into the prefix MSW matches; a relative one matches any origin in Node. */
export function matchPrefix(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  return trimmed.startsWith('/') && typeof location === 'undefined' ? `*${trimmed}` : trimmed;
}

export function createHandlers(options: HandlerOptions): HttpHandler[] {
  const prefix = matchPrefix(options.baseUrl);
  const handlers = listOperations(routes).map(({ name, domain, operation, def }) => {
    const method = def.method.toLowerCase() as Lowercase<RouteDef['method']>;
    const path = prefix + def.path.replace(/\{(\w+)\}/g, ':$1');
    // The table and the implementation share keys by construction (MockImplementation).
    const run = (implementation as unknown as Record<string, Record<string, (input: unknown, ctx: PublicContext) => unknown>>)[domain]![operation]!;
    return http[method](path, ({ request, params }) => resolve(options, name, def, run, request, params));
  });
  return [...handlers, downloadHandler(prefix, options.db)];
}

async function resolve(
  { db, faults, hostile }: HandlerOptions,
  name: string,
  def: RouteDef,
  run: (input: unknown, ctx: PublicContext) => unknown,
  request: Request,
  params: Record<string, string | readonly string[] | undefined>,
): Promise<Response> {
  recordRequest(db, request);
  // 1. Faults.
  if (faults.isOffline) return HttpResponse.error();
  const wait = faults.latencyFor(name);
  if (wait > 0) await delay(wait);
  const injected = faults.takeError(name);
  if (injected !== null) return errorResponse(new ApiError(injected, 'server-error', 'The server had a problem. Try again in a moment.'));

  try {
    // 2. Authentication.
    const user = authenticate(db, request);
    if (!user && def.authenticated !== false) throw new ApiError(401, 'unauthorized', 'Sign in to continue.');

    // 3. Request validation.
    const input: Record<string, unknown> = {};
    if (def.params) Object.assign(input, check(def.params, params, 'invalid-request'));
    if (def.query) Object.assign(input, check(def.query, Object.fromEntries(new URL(request.url).searchParams), 'invalid-request'));
    if (def.body) input.body = check(def.body, await readJson(request), 'invalid-request');
    if (def.upload) Object.assign(input, await readUpload(def.upload, request));

    // 4. Policy.
    const session = user ? db.sessionFor(user) : null;
    if (session && typeof input.clientId === 'string') {
      const client = session.clients.find((c) => c.id === input.clientId);
      if (!client) throw new ApiError(404, 'client-not-found', 'This client could not be found.');
      if (contactAccessOff(session, client)) throw new ApiError(403, 'contact-access-off', 'The practice has not enabled portal access for contacts.');
      if (def.requires && !can(session, input.clientId, def.requires)) throw forbiddenFor(def.requires);
    }

    // 5. Idempotency.
    let storeKey: string | null = null;
    if (WRITES.has(def.method)) {
      const key = request.headers.get('Idempotency-Key');
      if (!key) throw badRequest('idempotency-key-required', 'Every write needs an Idempotency-Key header, so a retried request is stored once.');
      // Without a user (sign-in, invitations) the body stands in, so two people never share a replay.
      storeKey = `${user?.id ?? `anonymous:${JSON.stringify(input.body ?? null)}`} ${name} ${key}`;
      const stored = db.idempotency.get(storeKey);
      if (stored) return respond(faults, name, stored);
    }

    // 6. The implementation, and 7. its output checked against the contract.
    const ctx = { db, data: db.data, now: db.now(), operation: name, user, ...(session ? { session } : {}) } as PublicContext | AuthedContext;
    const output = await run(input, ctx);
    let body: unknown = null;
    if (isDocumentResponse(def.response)) {
      // Documents are bytes: the implementation answers with a Blob, sent as is.
      if (!(output instanceof Blob)) throw new Error(`@portico/mock: ${name} must answer with a Blob`);
      return faults.takeDrop(name) ? HttpResponse.error() : new HttpResponse(output, { headers: { 'Content-Type': output.type || 'application/octet-stream' } });
    }
    if (def.response) {
      const result = def.response.safeParse(output);
      if (!result.success) {
        const where = flattenIssues(result.error.issues).map((i) => `${i.path}: ${i.message}`).join('; ');
        throw new Error(`@portico/mock: the mock's own ${name} response breaks the contract (${where})`);
      }
      body = hostile ? hostile.apply(result.data, def.response) : result.data;
    }
    const stored: StoredResponse = { status: def.status ?? 200, body };
    if (storeKey) db.idempotency.set(storeKey, stored);
    return respond(faults, name, stored);
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error);
    throw error;
  }
}

function authenticate(db: MockDb, request: Request): UserRecord | null {
  const header = request.headers.get('Authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  return match ? (db.userByToken(match[1]!.trim()) ?? null) : null;
}

function respond(faults: Faults, name: string, stored: StoredResponse): Response {
  if (faults.takeDrop(name)) return HttpResponse.error();
  if (stored.status === 204 || stored.body === null) return new HttpResponse(null, { status: stored.status });
  return HttpResponse.json(faults.applyMalformed(name, stored.body) as Record<string, unknown>, { status: stored.status });
}

export function errorResponse(error: ApiError): Response {
  return HttpResponse.json(error.toBody(), { status: error.status });
}

function check(schema: z.ZodMiniType, value: unknown, code: string): unknown {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues: Issue[] = flattenIssues(result.error.issues);
  const first = issues[0];
  throw badRequest(code, `The request was not accepted${first?.path ? `: check "${first.path}"` : ''}.`, issues);
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest('invalid-json', 'The request body is not valid JSON.');
  }
}

async function readUpload(schema: z.ZodMiniType, request: Request): Promise<{ body: unknown; file: File }> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw badRequest('invalid-request', 'An upload must be sent as multipart/form-data.', [{ path: 'file', message: 'Required' }]);
  }
  const file = form.get('file');
  if (!(file instanceof Blob)) throw badRequest('invalid-request', 'An upload needs a file.', [{ path: 'file', message: 'Required' }]);
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (key !== 'file' && typeof value === 'string') fields[key] = value;
  const named = file instanceof File ? file : new File([file], 'upload', { type: (file as Blob).type });
  return { body: check(schema, fields, 'invalid-request'), file: named };
}

const FORBIDDEN_MESSAGES: Partial<Record<Capability, string>> = {
  'clinical.carePlan': 'The care plan is shown to the client and to their personal representative only.',
  'schedule.book': 'Booking appointments is not available to your account for this client.',
  'schedule.change': 'Changing appointments is not available to your account for this client.',
  'billing.pay': 'Online payment is not available for this client.',
};

function forbiddenFor(capability: Capability): ApiError {
  return new ApiError(403, 'forbidden', FORBIDDEN_MESSAGES[capability] ?? 'Your account does not have access to this for the selected client.');
}
