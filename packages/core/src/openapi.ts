/**
 * The REST contract as an OpenAPI 3.1 document, generated from the route table and the zod
 * schemas (`docs/openapi.json` is this function's output; `npm run openapi` writes it).
 *
 * Exported from `@portico/core/openapi` rather than the main entry, so the browser bundle
 * never carries it.
 * @module
 */
import * as z from 'zod/mini';
import { contractRegistry } from './schemas/common.js';
import { isDocumentResponse, listOperations, type HttpMethod, type RouteDef, type RouteTable } from './contract/route.js';

// ── Document types (the subset of OpenAPI 3.1 this generator writes) ─────────────────────────

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}
/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1). */
export type JsonSchema = JsonObject;

export interface OpenApiRef {
  $ref: string;
}

export interface OpenApiInfo {
  title: string;
  version: string;
  description?: string;
  license?: { name: string; identifier?: string; url?: string };
}

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface OpenApiMediaType {
  schema: JsonSchema;
  encoding?: Record<string, { contentType: string }>;
}

export interface OpenApiRequestBody {
  required: boolean;
  description?: string;
  content: Record<string, OpenApiMediaType>;
}

export interface OpenApiResponse {
  description: string;
  content?: Record<string, OpenApiMediaType>;
}

export type OpenApiSecurityRequirement = Record<string, string[]>;

export interface OpenApiOperation {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  parameters?: (OpenApiParameter | OpenApiRef)[];
  requestBody?: OpenApiRequestBody;
  responses: Record<string, OpenApiResponse | OpenApiRef>;
  /** Present (and empty) only on operations called without a bearer token. */
  security?: OpenApiSecurityRequirement[];
  /** The policy capability the session needs for the client in the path (403 without it). */
  'x-portico-requires'?: string;
  /** True for cursor-paginated lists (`cursor`/`limit` in, `{ items, nextCursor }` out). */
  'x-portico-paginated'?: true;
}

export type OpenApiMethod = 'get' | 'put' | 'post' | 'patch' | 'delete';
export type OpenApiPathItem = Partial<Record<OpenApiMethod, OpenApiOperation>>;

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: OpenApiInfo;
  servers: { url: string; description?: string; variables?: Record<string, { default: string; description?: string }> }[];
  security: OpenApiSecurityRequirement[];
  tags: { name: string; description?: string }[];
  paths: Record<string, OpenApiPathItem>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, OpenApiParameter>;
    responses: Record<string, OpenApiResponse>;
    securitySchemes: Record<string, { type: 'http'; scheme: 'bearer'; description?: string }>;
  };
}

// ── Fixed parts of the contract ──────────────────────────────────────────────────────────────

const SCHEMAS = '#/components/schemas/';
/** Ids given to a route's unnamed schemas while converting; always inlined, never emitted. */
const INLINE_PREFIX = 'portico-inline-';
const METHOD_ORDER: readonly OpenApiMethod[] = ['get', 'put', 'post', 'patch', 'delete'];
const WRITES: ReadonlySet<HttpMethod> = new Set<HttpMethod>(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Shared error responses: status → component name, description (with the client-side kind). */
export const ERROR_RESPONSES = {
  400: ['BadRequest', 'The request was malformed or failed validation (`invalid-request`); `issues` names the fields.'],
  401: ['Unauthorized', 'No valid bearer token (`unauthorized`). The client asks the host for a fresh token once and retries.'],
  403: ['Forbidden', 'The session may not do this for this client (`forbidden`), e.g. it lacks the capability the operation requires.'],
  404: ['NotFound', 'No such resource, or not one this user may see (`not-found`).'],
  409: ['Conflict', 'The request conflicts with the current state (`conflict`), e.g. inside the notice window, or an `Idempotency-Key` reused with a different request.'],
  500: ['ServerError', 'The backend failed (`server`); the user may retry.'],
} as const satisfies Record<number, readonly [string, string]>;

const SUCCESS_TEXT: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No content' };

const PARAMETER_DESCRIPTIONS: Record<string, string> = {
  clientId: 'The client being acted for: one of the session\'s `clients`.',
  cursor: 'The previous page\'s `nextCursor`; omit for the first page.',
  limit: 'Most items to return (1–200); the backend picks a default when omitted.',
};

const PAGINATION_TEXT =
  'Cursor-paginated: omit `cursor` for the first page, then pass the previous page\'s `nextCursor`; ' +
  '`nextCursor` is null on the last page.';

const DEFAULT_INFO: OpenApiInfo = {
  title: 'Portico REST contract',
  version: '1.0.0',
  description:
    'The HTTP API a backend implements for Portico\'s default (REST) adapter. Generated from the route table in ' +
    '`@portico/core`; see docs/rest-contract.md for auth, errors, idempotency, pagination, uploads, dates and money.',
  license: { name: 'MIT', identifier: 'MIT' },
};

// ── Schema conversion ────────────────────────────────────────────────────────────────────────

type Io = 'input' | 'output';
type Meta = { id: string; description?: string };

interface Converted {
  /** Named components (`contractRegistry` entries, `Error` among them). */
  components: Record<string, JsonSchema>;
  /** JSON Schema per unnamed route schema: a `$ref` for a named one, else inline. */
  of(schema: z.ZodMiniType): JsonSchema;
}

/**
 * Converts every named schema plus `extra` (a route's unnamed schemas) in one registry pass, so
 * named schemas become `$ref`s wherever they appear and unnamed ones are written inline.
 */
function convert(io: Io, extra: readonly z.ZodMiniType[]): Converted {
  const registry = z.registry<Meta>();
  for (const [id, schema] of contractRegistry._idmap) {
    registry.add(schema, contractRegistry.get(schema) ?? { id });
  }
  const named = new Set(registry._idmap.keys());
  let counter = 0;
  for (const schema of extra) {
    if (!registry.has(schema)) registry.add(schema, { id: `${INLINE_PREFIX}${counter++}` });
  }

  const result = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    metadata: registry,
    uri: (id) => `${SCHEMAS}${id}`,
    override: ({ zodSchema, jsonSchema }) => {
      // zod marks plain objects closed in output mode, but the client strips unknown keys
      // rather than refusing them: a backend may add fields. Strict objects stay closed.
      const def = zodSchema._zod.def;
      if (def.type === 'object' && def.catchall === undefined) delete jsonSchema.additionalProperties;
    },
  });
  // A plain-data copy: drops zod's non-JSON extras and detaches from its caches.
  const raw = JSON.parse(JSON.stringify(result.schemas)) as Record<string, JsonSchema>;
  if ('__shared' in raw) {
    throw new Error(`toOpenApi: zod extracted shared definitions (a recursive unnamed schema?); name them with named(): ${JSON.stringify(Object.keys(raw.__shared ?? {}))}`);
  }
  for (const schema of Object.values(raw)) {
    delete schema.$schema;
    delete schema.$id;
  }

  const inline = (value: JsonValue, seen: readonly string[]): JsonValue => {
    if (Array.isArray(value)) return value.map((item) => inline(item, seen));
    if (value === null || typeof value !== 'object') return value;
    const ref = value.$ref;
    if (typeof ref === 'string' && ref.startsWith(`${SCHEMAS}${INLINE_PREFIX}`)) {
      const id = ref.slice(SCHEMAS.length);
      const target = raw[id];
      if (!target || seen.includes(id)) throw new Error(`toOpenApi: cannot inline ${id}`);
      const { $ref: _ref, ...siblings } = value;
      return { ...(inline(target, [...seen, id]) as JsonObject), ...(inline(siblings, seen) as JsonObject) };
    }
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inline(item, seen)]));
  };

  const components: Record<string, JsonSchema> = {};
  for (const id of [...named].sort()) components[id] = inline(raw[id] ?? {}, []) as JsonSchema;

  return {
    components,
    of(schema) {
      const id = registry.get(schema)?.id;
      if (id === undefined) throw new Error('toOpenApi: schema was not converted');
      if (named.has(id)) return { $ref: `${SCHEMAS}${id}` };
      return inline(raw[id] ?? {}, [id]) as JsonSchema;
    },
  };
}

/** The object schema behind `schema`, following a `$ref` into the components. */
function objectSchema(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref === 'string' && ref.startsWith(SCHEMAS)) return components[ref.slice(SCHEMAS.length)] ?? {};
  return schema;
}

function propertiesOf(schema: JsonSchema): { name: string; schema: JsonSchema; required: boolean }[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  return Object.entries(properties).map(([name, property]) => ({ name, schema: property, required: required.has(name) }));
}

function parametersOf(where: 'path' | 'query', schema: JsonSchema, components: Record<string, JsonSchema>): OpenApiParameter[] {
  return propertiesOf(objectSchema(schema, components)).map(({ name, schema: property, required }) => {
    const { description, ...rest } = property;
    const text = typeof description === 'string' ? description : PARAMETER_DESCRIPTIONS[name];
    return {
      name,
      in: where,
      required: where === 'path' ? true : required,
      ...(text === undefined ? {} : { description: text }),
      schema: rest,
    };
  });
}

function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

// ── The document ─────────────────────────────────────────────────────────────────────────────

/**
 * Builds the OpenAPI 3.1 document of a route table. Deterministic: the same table gives the
 * same document, key for key (paths and components sorted, methods in a fixed order).
 *
 * Request schemas (path, query, body, upload fields) are converted with zod's `input` view,
 * responses with its `output` view; named schemas (`named()` in core) become components.
 * Every operation's `operationId` is its `domain.operation` name, e.g. `messages.send`.
 */
export function toOpenApi(routes: RouteTable, info: Partial<OpenApiInfo> = {}): OpenApiDocument {
  const operations = listOperations(routes);

  const requestSchemas: z.ZodMiniType[] = [];
  const responseSchemas: z.ZodMiniType[] = [];
  for (const { name, def } of operations) {
    check(name, def);
    for (const schema of [def.params, def.query, def.body, def.upload]) if (schema) requestSchemas.push(schema);
    if (def.response && !isDocumentResponse(def.response)) responseSchemas.push(def.response);
  }
  const input = convert('input', requestSchemas);
  const output = convert('output', responseSchemas);
  const components = mergeComponents(input.components, output.components);

  const paths: Record<string, OpenApiPathItem> = {};
  for (const { name, domain, def } of operations) {
    const method = def.method.toLowerCase() as OpenApiMethod;
    const item = (paths[def.path] ??= {});
    if (item[method]) throw new Error(`toOpenApi: ${def.method} ${def.path} is defined twice (${name})`);
    item[method] = operationOf(name, domain, def, input, output, components);
  }

  const sortedPaths: Record<string, OpenApiPathItem> = {};
  for (const path of Object.keys(paths).sort()) {
    const item = paths[path] ?? {};
    const sorted: OpenApiPathItem = {};
    for (const method of METHOD_ORDER) {
      const operation = item[method];
      if (operation) sorted[method] = operation;
    }
    sortedPaths[path] = sorted;
  }

  const errorResponses: Record<string, OpenApiResponse> = {};
  for (const [, [component, description]] of Object.entries(ERROR_RESPONSES)) {
    errorResponses[component] = { description, content: { 'application/json': { schema: { $ref: `${SCHEMAS}Error` } } } };
  }

  return {
    openapi: '3.1.0',
    info: { ...DEFAULT_INFO, ...info },
    servers: [
      {
        url: '{baseUrl}',
        description: 'The host chooses where the contract is served (including the version segment) and gives Portico this base URL.',
        // No `description` on the variable: the OpenAPI 3.1 schema swagger-parser validates with
        // misspells it `descriptions` and refuses the real one.
        variables: { baseUrl: { default: 'https://ehr.example/portal-api/v1' } },
      },
    ],
    security: [{ bearerAuth: [] }],
    tags: [...new Set(operations.map((op) => op.domain))].map((name) => ({ name })),
    paths: sortedPaths,
    components: {
      schemas: components,
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description:
            'Unique per user action (the client sends a random UUID unless the caller passes one). The backend stores ' +
            'the response for at least 24 hours and replays it for a request with the same key, so a retry never ' +
            'creates a second record.',
          schema: { type: 'string', minLength: 1, maxLength: 255 },
        },
      },
      responses: errorResponses,
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'An access token the host obtains and hands to Portico through `getAccessToken()`.',
        },
      },
    },
  };
}

function check(name: string, def: RouteDef): void {
  if (def.body && def.upload) throw new Error(`toOpenApi: ${name} has both a body and an upload`);
  const inPath = pathParameterNames(def.path).sort();
  const declared = Object.keys(def.params?.shape ?? {}).sort();
  if (inPath.join() !== declared.join()) {
    throw new Error(`toOpenApi: ${name}: path ${def.path} has {${inPath.join(', ')}} but params declare {${declared.join(', ')}}`);
  }
  if (def.method === 'GET' && (def.body || def.upload)) throw new Error(`toOpenApi: ${name} is a GET with a body`);
}

/**
 * One set of components for both directions. They agree today (zod's input and output views
 * differ only for transforms, defaults and coercion, none of which a named schema uses); when
 * they ever disagree, fail loudly rather than document one direction wrongly.
 */
function mergeComponents(input: Record<string, JsonSchema>, output: Record<string, JsonSchema>): Record<string, JsonSchema> {
  for (const id of Object.keys(output)) {
    if (JSON.stringify(input[id]) !== JSON.stringify(output[id])) {
      throw new Error(`toOpenApi: the request and response views of component ${id} differ; split the schema in core`);
    }
  }
  return output;
}

function operationOf(
  name: string,
  domain: string,
  def: RouteDef,
  input: Converted,
  output: Converted,
  components: Record<string, JsonSchema>,
): OpenApiOperation {
  const parameters: (OpenApiParameter | OpenApiRef)[] = [];
  if (def.params) parameters.push(...parametersOf('path', input.of(def.params), components));
  const query = def.query ? parametersOf('query', input.of(def.query), components) : [];
  parameters.push(...query);
  const write = WRITES.has(def.method);
  if (write) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
  const paginated = query.some((parameter) => parameter.name === 'cursor');

  const description = [
    def.description,
    def.requires === undefined
      ? undefined
      : `Requires the \`${def.requires}\` capability ${def.path.includes('{clientId}') ? 'for the client in the path' : 'for the session'}; the backend answers 403 without it.`,
    paginated ? PAGINATION_TEXT : undefined,
  ].filter((part): part is string => part !== undefined && part !== '');

  const status = def.status ?? 200;
  const responses: Record<string, OpenApiResponse | OpenApiRef> = {
    [status]: isDocumentResponse(def.response)
      ? {
          description: 'The document\'s bytes, with its media type in `Content-Type`.',
          content: Object.fromEntries(def.response.mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
        }
      : def.response
      ? { description: SUCCESS_TEXT[status] ?? 'Success', content: { 'application/json': { schema: output.of(def.response) } } }
      : { description: SUCCESS_TEXT[status] ?? 'Success' },
  };
  for (const [code, [component]] of Object.entries(ERROR_RESPONSES)) {
    responses[code] = { $ref: `#/components/responses/${component}` };
  }

  const body = requestBodyOf(def, input, components);
  const operation: OpenApiOperation = {
    operationId: name,
    tags: [domain],
    summary: def.summary,
    ...(description.length ? { description: description.join('\n\n') } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(body ? { requestBody: body } : {}),
    responses,
  };
  if (def.authenticated === false) operation.security = [];
  if (def.requires !== undefined) operation['x-portico-requires'] = def.requires;
  if (paginated) operation['x-portico-paginated'] = true;
  return operation;
}

function requestBodyOf(def: RouteDef, input: Converted, components: Record<string, JsonSchema>): OpenApiRequestBody | undefined {
  if (def.body) return { required: true, content: { 'application/json': { schema: input.of(def.body) } } };
  if (!def.upload) return undefined;
  const fields = objectSchema(input.of(def.upload), components);
  const { properties, required, ...rest } = fields;
  const fieldRequired = Array.isArray(required) ? required : [];
  return {
    required: true,
    description:
      'multipart/form-data: the bytes in a `file` part (its filename in Content-Disposition) and each field as a ' +
      'text part. The organisation\'s `rules.maxUploadBytes` and `rules.acceptedUploadTypes` apply; 400 otherwise.',
    content: {
      'multipart/form-data': {
        schema: {
          ...rest,
          type: 'object',
          properties: {
            file: { type: 'string', contentMediaType: 'application/octet-stream', description: 'The file\'s bytes.' },
            ...(properties !== null && typeof properties === 'object' && !Array.isArray(properties) ? properties : {}),
          },
          required: ['file', ...fieldRequired],
        },
        encoding: { file: { contentType: '*/*' } },
      },
    },
  };
}

// ── The operations table of docs/rest-contract.md ────────────────────────────────────────────

/** Markdown tables of every operation, one per domain, for the REST contract guide. */
export function operationsMarkdown(routes: RouteTable): string {
  const byDomain = new Map<string, ReturnType<typeof listOperations>>();
  for (const op of listOperations(routes)) {
    const list = byDomain.get(op.domain) ?? [];
    list.push(op);
    byDomain.set(op.domain, list);
  }
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const sections: string[] = [];
  for (const [domain, ops] of byDomain) {
    const rows = ops.map(({ name, def }) => {
      const access = def.authenticated === false ? 'public' : def.requires === undefined ? 'signed in' : `\`${def.requires}\``;
      return `| \`${name}\` | ${def.method} | \`${def.path}\` | ${cell(def.summary)} | ${access} |`;
    });
    sections.push(
      [`### ${domain}`, '', '| Operation | Method | Path | Summary | Access |', '| --- | --- | --- | --- | --- |', ...rows].join('\n'),
    );
  }
  return sections.join('\n\n');
}
