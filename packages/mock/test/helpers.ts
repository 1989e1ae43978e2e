/** Plain-fetch helpers for the mock's tests: no adapter, just the REST contract. */
import { startMockBackend, type MockBackend } from '@portico/mock';

export interface Call {
  status: number;
  body: unknown;
}

let backend: MockBackend | undefined;
let counter = 0;

/** One mock per test page; tests reset it rather than restarting the worker. */
export async function mock(): Promise<MockBackend> {
  backend ??= await startMockBackend({ seed: 1 });
  return backend;
}

export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A bearer token; `null` sends none. Default: the current demo user's. */
  token?: string | null;
  body?: unknown;
  /** Idempotency key for writes; a fresh one unless given, `null` sends none. */
  key?: string | null;
}

export async function api(path: string, options: ApiOptions = {}): Promise<Call> {
  const b = await mock();
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  const headers = new Headers({ Accept: 'application/json' });
  const token = options.token === undefined ? b.accessToken : options.token;
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (method !== 'GET' && options.key !== null) headers.set('Idempotency-Key', options.key ?? `test-${Date.now()}-${++counter}`);
  if (options.body !== undefined && !(options.body instanceof FormData)) headers.set('Content-Type', 'application/json');
  const body = options.body === undefined ? undefined : options.body instanceof FormData ? options.body : JSON.stringify(options.body);
  const response = await fetch(`${b.baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}

/** The `error.code` of an error body. */
export function codeOf(call: Call): string | undefined {
  return (call.body as { error?: { code?: string } } | null)?.error?.code;
}
