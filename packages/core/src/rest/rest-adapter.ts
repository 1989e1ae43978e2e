/**
 * The default adapter: speaks Portico's REST contract (docs/rest-contract.md) over HTTP.
 * Generic over a route table, so every operation is built, sent and validated the same way.
 */
import ky, { HTTPError, TimeoutError } from 'ky';
import type * as z from 'zod/mini';
import { PorticoError, kindForStatus, type PorticoErrorKind } from '../errors.js';
import { logError, logWarning, urlForLog } from '../logger.js';
import { fillPath, isDocumentResponse, type CallOptions, type RouteDef, type RouteTable } from '../contract/route.js';
import { routeLoaders } from '../contract/lazy-routes.js';
import type { PortalAdapter } from '../contract/adapter.js';
import { TokenSource, type AccessTokenProvider } from './token.js';
import { randomId } from '../random-id.js';
import { flattenIssues } from '../issues.js';
import { UploadNetworkError, sendUpload } from './upload.js';

export interface RestAdapterOptions {
  /** Where the REST contract is served, e.g. `https://ehr.example/portal-api/v1` or `/api`. */
  baseUrl: string;
  /**
   * The host's token provider. Asked once at start; asked again with `forceRefresh: true`
   * once after a 401, and parallel 401s share that one refresh. Return null when signed out.
   */
  getAccessToken?: AccessTokenProvider;
  /**
   * Called when a request is still refused with 401 after one refresh: time to sign in again.
   * Called once per expiry, however many requests fail with it; after a request goes through
   * again (the host gave a new token), the next refusal calls it again.
   */
  onUnauthorized?: (error: PorticoError) => void;
  /** Per-attempt timeout in milliseconds. Default 20 000. */
  timeout?: number;
  /** Retries for reads (GET) only, with exponential backoff. Writes are never retried automatically. */
  retry?: { limit?: number; backoffLimit?: number; delay?: (attempt: number) => number };
  /** Extra headers on every request (e.g. a tenant id). */
  headers?: Record<string, string>;
  /** A fetch implementation; defaults to the global one. */
  fetch?: typeof fetch;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Creates a `PortalAdapter` over the documented REST contract. Each domain's routes are
 * loaded on the first call to one of its operations (see `lazy-routes.ts`).
 */
export function createRestAdapter(options: RestAdapterOptions): PortalAdapter {
  const tokens = new TokenSource(options.getAccessToken);
  const client: Record<string, unknown> = {};
  for (const [domain, load] of Object.entries(routeLoaders) as [string, () => RouteTable[string] | Promise<RouteTable[string]>][]) {
    client[domain] = lazyDomain(domain, load, options, tokens);
  }
  return client as PortalAdapter;
}

/** Property names that must not look like operations (promises, JSON, inspection). */
const NOT_OPERATIONS = new Set(['then', 'catch', 'finally', 'toJSON', 'constructor', 'prototype']);

/**
 * A domain whose operations exist before its routes are loaded: `adapter.billing.getInvoice`
 * is a function at once; calling it loads the billing routes (once) and then sends.
 */
function lazyDomain(
  domain: string,
  load: () => RouteTable[string] | Promise<RouteTable[string]>,
  options: RestAdapterOptions,
  tokens: TokenSource,
): Record<string, unknown> {
  let table: Promise<RouteTable[string]> | undefined;
  const operations = new Map<string, (input?: Record<string, unknown>, callOptions?: CallOptions) => Promise<unknown>>();
  return new Proxy({} as Record<string, unknown>, {
    get(target, property) {
      if (typeof property !== 'string' || NOT_OPERATIONS.has(property)) return Reflect.get(target, property);
      let operation = operations.get(property);
      if (!operation) {
        const name = `${domain}.${property}`;
        operation = async (input = {}, callOptions = {}) => {
          table ??= Promise.resolve(load()).catch((cause: unknown) => {
            table = undefined;
            throw new PorticoError({ kind: 'network', operation: name, message: 'Could not load part of the portal. Check the connection and try again.', cause });
          });
          const def = (await table)[property];
          if (!def) throw new PorticoError({ kind: 'invalid-request', operation: name, message: `Unknown operation ${name}.` });
          return call(name, def, input, callOptions, options, tokens);
        };
        operations.set(property, operation);
      }
      return operation;
    },
  });
}

async function call(
  name: string,
  def: RouteDef,
  input: Record<string, unknown>,
  callOptions: CallOptions,
  options: RestAdapterOptions,
  tokens: TokenSource,
): Promise<unknown> {
  const url = buildUrl(name, def, input, options.baseUrl);
  const body = encodeBody(name, def, input);
  const headers = new Headers(options.headers);
  headers.set('Accept', isDocumentResponse(def.response) ? def.response.mediaTypes.join(', ') : 'application/json');
  if (WRITE_METHODS.has(def.method)) headers.set('Idempotency-Key', callOptions.idempotencyKey ?? randomId());

  const authenticated = def.authenticated !== false;
  let token = authenticated ? await tokens.get() : null;
  let response = await sendOrExplain(name, def, url, headers, body, token, callOptions, options);
  if (response.status === 401 && authenticated) {
    const fresh = await tokens.refresh(token);
    if (fresh !== null && fresh !== token) {
      token = fresh;
      response = await sendOrExplain(name, def, url, headers, body, token, callOptions, options);
    }
  }
  if (!response.ok) {
    const error = await errorFromResponse(name, response);
    if (error.kind === 'unauthorized' && authenticated && tokens.markExpired()) options.onUnauthorized?.(error);
    throw error;
  }
  if (authenticated) tokens.markAccepted();
  return parseResponse(name, def, url, response, callOptions.signal);
}

function buildUrl(name: string, def: RouteDef, input: Record<string, unknown>, baseUrl: string): string {
  let path: string;
  try {
    path = fillPath(def.path, input);
  } catch (cause) {
    throw new PorticoError({ kind: 'invalid-request', operation: name, message: (cause as Error).message, cause });
  }
  const search = new URLSearchParams();
  if (def.query) {
    const parsed = validate(name, 'invalid-request', def.query, pick(input, Object.keys(def.query.shape)));
    for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
      if (value !== undefined && value !== null) search.set(key, String(value));
    }
  }
  const query = search.size ? `?${search}` : '';
  return `${baseUrl.replace(/\/+$/, '')}${path}${query}`;
}

type Encoded = { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'multipart'; value: FormData };

function encodeBody(name: string, def: RouteDef, input: Record<string, unknown>): Encoded {
  if (def.body) return { kind: 'json', value: validate(name, 'invalid-request', def.body, input.body) };
  if (def.upload) {
    const { file, fileName, ...fields } = (input.body ?? {}) as { file?: Blob; fileName?: string } & Record<string, unknown>;
    if (!(file instanceof Blob)) throw new PorticoError({ kind: 'invalid-request', operation: name, message: 'An upload needs a file.', issues: [{ path: 'file', message: 'Required' }] });
    const form = new FormData();
    const parsed = validate(name, 'invalid-request', def.upload, fields) as Record<string, unknown>;
    for (const [key, value] of Object.entries(parsed)) if (value !== undefined) form.set(key, String(value));
    form.set('file', file, fileName ?? (file instanceof File ? file.name : 'upload'));
    return { kind: 'multipart', value: form };
  }
  return { kind: 'none' };
}

async function send(
  name: string,
  def: RouteDef,
  url: string,
  baseHeaders: Headers,
  body: Encoded,
  token: string | null,
  callOptions: CallOptions,
  options: RestAdapterOptions,
): Promise<Response> {
  const headers = new Headers(baseHeaders);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const timeout = options.timeout ?? 20_000;
  try {
    callOptions.signal?.throwIfAborted();
    if (body.kind === 'multipart') {
      return await sendUpload({ url, headers, body: body.value, timeout, signal: callOptions.signal, onProgress: callOptions.onUploadProgress }, options.fetch);
    }
    return await ky(url, {
      method: def.method,
      headers,
      ...(body.kind === 'json' ? { json: body.value } : {}),
      timeout,
      retry: {
        limit: def.method === 'GET' ? (options.retry?.limit ?? 2) : 0,
        methods: ['get'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        backoffLimit: options.retry?.backoffLimit ?? 5_000,
        ...(options.retry?.delay ? { delay: options.retry.delay } : {}),
      },
      ...(callOptions.signal ? { signal: callOptions.signal } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  } catch (error) {
    // A non-2xx answer after ky's retries: the pipeline reads its status and error body.
    if (error instanceof HTTPError) return error.response;
    throw networkError(name, error, callOptions.signal);
  }
}

/** `send`, and when the request could not be made at all, one console line saying why (as far as the browser lets us tell). */
async function sendOrExplain(...args: Parameters<typeof send>): Promise<Response> {
  try {
    return await send(...args);
  } catch (error) {
    const timedOut = error instanceof PorticoError && (error.cause instanceof TimeoutError || (error.cause instanceof UploadNetworkError && error.cause.reason === 'timeout'));
    if (!(error instanceof PorticoError) || error.kind !== 'network' || timedOut) throw error;
    const [name, def, url] = args;
    throw await explainNetworkFailure(error, name, def.method, url);
  }
}

/**
 * A request that never got an answer: offline, the API's origin unreachable (DNS, server down),
 * or the answer hidden from this page (CORS: the API does not allow the page's origin). The
 * browser does not say which; `navigator.onLine` and a plain `no-cors` request to the API's
 * origin tell them apart where possible. Logs one line and returns the error with a `code`.
 */
async function explainNetworkFailure(error: PorticoError, name: string, method: string, url: string): Promise<PorticoError> {
  const where = `${name} (${method} ${urlForLog(url)})`;
  const online = typeof navigator === 'undefined' || navigator.onLine !== false;
  if (!online) {
    logWarning(`${where} failed: the browser is offline.`);
    return new PorticoError({ kind: 'network', operation: name, code: 'offline', cause: error.cause });
  }
  let origin: string;
  try {
    origin = new URL(url, globalThis.location?.href).origin;
  } catch {
    return error;
  }
  let reachable = false;
  try {
    // The page's own fetch (not the host's `fetch` option): a plain request the browser lets through.
    const response = await fetch(`${origin}/`, { mode: 'no-cors', cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(5_000) });
    reachable = response.type === 'opaque' || response.status > 0;
  } catch {
    reachable = false;
  }
  const pageOrigin = globalThis.location?.origin;
  if (reachable && pageOrigin && pageOrigin !== origin) {
    logError(
      `${where} was blocked: ${origin} answers, but not to this page's origin ${pageOrigin}. ` +
        `Allow ${pageOrigin} in the API's CORS settings (Access-Control-Allow-Origin, and Authorization in Access-Control-Allow-Headers).`,
    );
    return new PorticoError({
      kind: 'network',
      operation: name,
      code: 'blocked-by-origin',
      message: 'The portal’s server does not accept requests from this website. This is a set-up problem, not your connection.',
      cause: error.cause,
    });
  }
  if (!reachable) {
    logError(`${where} failed: ${origin} could not be reached (DNS, server down or a network block) while the browser is online.`);
    return new PorticoError({ kind: 'network', operation: name, code: 'unreachable', cause: error.cause });
  }
  logError(`${where} failed: the request got no answer although ${origin} answers plain requests.`);
  return error;
}

function networkError(name: string, error: unknown, signal: AbortSignal | undefined): PorticoError {
  if (signal?.aborted || (error instanceof UploadNetworkError && error.reason === 'aborted') || (error instanceof DOMException && error.name === 'AbortError')) {
    return new PorticoError({ kind: 'aborted', operation: name, cause: error });
  }
  const timedOut = error instanceof TimeoutError || (error instanceof UploadNetworkError && error.reason === 'timeout');
  return new PorticoError({
    kind: 'network',
    operation: name,
    ...(timedOut ? { message: 'The server took too long to answer. Try again.' } : {}),
    cause: error,
  });
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; issues?: unknown };
}

async function errorFromResponse(name: string, response: Response): Promise<PorticoError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): the status alone decides.
  }
  const detail = body?.error ?? {};
  const issues = Array.isArray(detail.issues)
    ? detail.issues.flatMap((i: unknown) => {
        const issue = i as { path?: unknown; message?: unknown };
        return typeof issue?.message === 'string' ? [{ path: String(issue.path ?? ''), message: issue.message }] : [];
      })
    : [];
  return new PorticoError({
    kind: kindForStatus(response.status),
    operation: name,
    status: response.status,
    ...(typeof detail.message === 'string' && detail.message ? { message: detail.message } : {}),
    ...(typeof detail.code === 'string' ? { code: detail.code } : {}),
    issues,
  });
}

async function parseResponse(name: string, def: RouteDef, url: string, response: Response, signal: AbortSignal | undefined): Promise<unknown> {
  if (def.response === null) return undefined;
  if (isDocumentResponse(def.response)) {
    // A proxy's login page answering 200 is not the document that was asked for.
    const type = response.headers.get('Content-Type') ?? '';
    if (/^text\/html\b/i.test(type) && !def.response.mediaTypes.some((t) => t === 'text/html')) {
      logError(`${name} (${def.method} ${urlForLog(url)}) answered ${response.status} with an HTML page instead of the document. Is the API base URL pointing at a sign-in page, a proxy or the site itself?`);
      throw new PorticoError({ kind: 'invalid-response', operation: name, status: response.status, message: `The server sent a web page instead of the document for ${name}.` });
    }
    return response.blob();
  }
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    if (signal?.aborted) throw new PorticoError({ kind: 'aborted', operation: name, cause });
    throw new PorticoError({ kind: 'network', operation: name, message: 'The answer was cut off. Check the connection and try again.', cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    // A sign-in page or a proxy's page answering 200 instead of the API: say so, once per call.
    const type = response.headers.get('content-type')?.split(';')[0]?.trim() || 'no content type';
    const looksHtml = /^\s*<(!doctype|html)/i.test(text) || type === 'text/html';
    logError(
      `${name} (${def.method} ${urlForLog(url)}) answered ${response.status} with ${looksHtml ? 'an HTML page' : type} instead of JSON. ` +
        (looksHtml ? 'Is the API base URL pointing at a sign-in page, a proxy or the site itself?' : 'Check the API base URL.'),
    );
    throw new PorticoError({ kind: 'invalid-response', operation: name, status: response.status, message: 'The server sent a response that is not valid JSON.', cause });
  }
  return validate(name, 'invalid-response', def.response, json, response.status);
}

/** Parses `value` with `schema`, or throws a PorticoError naming the first offending field. */
function validate(name: string, kind: PorticoErrorKind, schema: z.ZodMiniType, value: unknown, status?: number): unknown {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = flattenIssues(result.error.issues);
  const first = issues[0];
  const where = first?.path ? ` at "${first.path}"` : '';
  return fail(
    new PorticoError({
      kind,
      operation: name,
      ...(status === undefined ? {} : { status }),
      message: kind === 'invalid-response' ? `The server sent something unexpected for ${name}${where}.` : `Invalid input for ${name}${where}: ${first?.message ?? 'invalid'}.`,
      ...(first ? { fieldPath: first.path } : {}),
      issues,
    }),
  );
}

function fail(error: PorticoError): never {
  throw error;
}

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}
