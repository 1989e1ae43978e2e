/**
 * The shape of one operation in the route table. The REST adapter, the OpenAPI document and
 * the mock's handlers are all derived from these definitions, so the contract is written once.
 */
import type * as z from 'zod/mini';
import type { Capability } from '../policy.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

// `any` in these constraints lets any object schema fit; concrete types come from inference.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyObjectSchema = z.ZodMiniObject<any, any>;

/**
 * The response of an operation that returns a document's bytes (a PDF, an image, a video…)
 * rather than JSON. The REST adapter sends the bearer token like any other call and resolves
 * with a `Blob`; elements show it through an object URL they create and revoke.
 */
export interface DocumentResponse {
  readonly document: true;
  /** Media types the backend may answer with; `*\/*` for any. Documented in the OpenAPI file. */
  readonly mediaTypes: readonly string[];
}

/** Declares a route's response as a document's bytes (see {@link DocumentResponse}). */
export function documentResponse(...mediaTypes: string[]): DocumentResponse {
  return { document: true, mediaTypes: mediaTypes.length ? mediaTypes : ['*/*'] };
}

/** True when a route answers with a document's bytes instead of JSON. */
export function isDocumentResponse(response: RouteDef['response']): response is DocumentResponse {
  return typeof response === 'object' && response !== null && (response as Partial<DocumentResponse>).document === true;
}

export interface RouteDef {
  method: HttpMethod;
  /** Path template, e.g. `/clients/{clientId}/threads/{threadId}`. */
  path: `/${string}`;
  /** One line for people: the doc comment of the operation. */
  summary: string;
  description?: string;
  /** Path parameters; every `{name}` in `path` has a key here. */
  params?: AnyObjectSchema;
  query?: AnyObjectSchema;
  /** JSON request body. */
  body?: z.ZodMiniType;
  /** A multipart upload: these fields travel beside a `file` part. Excludes `body`. */
  upload?: AnyObjectSchema;
  /** The success response; `null` means 204 No Content; a {@link DocumentResponse} means bytes. */
  response: z.ZodMiniType | DocumentResponse | null;
  /** HTTP status of success; defaults to 200 (201 for creating POSTs is declared here). */
  status?: 200 | 201 | 202 | 204;
  /**
   * The capability (see `policy.ts`) the session needs for the client in `{clientId}`; the
   * backend answers 403 without it. Documented in the contract and enforced by the mock.
   */
  requires?: Capability;
  /** False for operations called before sign-in (no bearer token is sent). */
  authenticated?: false;
}

/** Identity helper that keeps a route's literal types. */
export function route<const R extends RouteDef>(def: R): R {
  return def;
}

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type InputOf<S> = S extends z.ZodMiniType ? z.input<S> : unknown;

/** An upload's extra fields; an upload with none (`z.object({})`) takes only the file. */
type UploadFields<F> = string extends keyof F ? unknown : F;

/** What a caller passes: path params and query fields flat, the JSON body under `body`. */
export type RouteInput<R extends RouteDef> = Simplify<
  (R['params'] extends AnyObjectSchema ? InputOf<R['params']> : unknown) &
    (R['query'] extends AnyObjectSchema ? InputOf<R['query']> : unknown) &
    (R['body'] extends z.ZodMiniType ? { body: InputOf<R['body']> } : unknown) &
    (R['upload'] extends AnyObjectSchema ? { body: UploadFields<InputOf<R['upload']>> & { file: Blob; fileName?: string } } : unknown)
>;

export type RouteOutput<R extends RouteDef> = R['response'] extends DocumentResponse
  ? Blob
  : R['response'] extends z.ZodMiniType
    ? z.output<R['response']>
    : void;

/** Per-call options every adapter honours. */
export interface CallOptions {
  signal?: AbortSignal;
  /**
   * Idempotency key for a write. Pass the same key when retrying the same user action so the
   * backend stores it once; the REST adapter makes one up when none is given.
   */
  idempotencyKey?: string;
  /** Upload progress, 0..1, for upload operations. */
  onUploadProgress?: (progress: { loaded: number; total: number; fraction: number }) => void;
}

// An operation whose input has no required keys may be called with no argument at all.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type Operation<R extends RouteDef> = {} extends RouteInput<R>
  ? (input?: RouteInput<R>, options?: CallOptions) => Promise<RouteOutput<R>>
  : (input: RouteInput<R>, options?: CallOptions) => Promise<RouteOutput<R>>;

export type RouteTable = Record<string, Record<string, RouteDef>>;

/** An adapter for a route table: `adapter.<domain>.<operation>(input, options)`. */
export type AdapterFor<T extends RouteTable> = { [D in keyof T]: { [O in keyof T[D]]: Operation<T[D][O]> } };

/** `domain.operation`, the name an error or an event uses for an operation. */
export type OperationName<T extends RouteTable> = {
  [D in keyof T]: { [O in keyof T[D]]: `${D & string}.${O & string}` }[keyof T[D]];
}[keyof T];

/** Lists every operation of a table with its `domain.operation` name. */
export function listOperations(table: RouteTable): { name: string; domain: string; operation: string; def: RouteDef }[] {
  return Object.entries(table).flatMap(([domain, ops]) =>
    Object.entries(ops).map(([operation, def]) => ({ name: `${domain}.${operation}`, domain, operation, def })),
  );
}

/** Fills `{name}` placeholders of a path with URI-encoded values. */
export function fillPath(path: string, params: Record<string, unknown>): string {
  return path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined || value === null || value === '') throw new TypeError(`Missing path parameter "${key}"`);
    return encodeURIComponent(String(value));
  });
}
