/**
 * The checked-in OpenAPI document: up to date with the route table, valid OpenAPI 3.1 for two
 * independent validators, and complete (every operation summarised, secured and answered).
 */
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '@seriousme/openapi-schema-validator';
import SwaggerParser from '@apidevtools/swagger-parser';
import { routes } from '../../src/contract/routes.js';
import { listOperations } from '../../src/contract/route.js';
import { contractRegistry } from '../../src/schemas/common.js';
import {
  operationsMarkdown, toOpenApi, type OpenApiDocument, type OpenApiOperation, type OpenApiParameter, type OpenApiRef,
  type OpenApiSecurityRequirement,
} from '../../src/openapi.js';

const read = (path: string) => readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8');
const STALE = 'is stale: run `npm run openapi` and commit the result';

const generated = toOpenApi(routes);
const checkedIn = JSON.parse(read('docs/openapi.json')) as OpenApiDocument;

function operations(doc: OpenApiDocument): { method: string; path: string; op: OpenApiOperation }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ method, path, op: op as OpenApiOperation })),
  );
}

function resolveParameter(doc: OpenApiDocument, parameter: OpenApiParameter | OpenApiRef): OpenApiParameter {
  if (!('$ref' in parameter)) return parameter;
  const name = parameter.$ref.replace('#/components/parameters/', '');
  const found = doc.components.parameters[name];
  assert.ok(found, `unresolved parameter ${parameter.$ref}`);
  return found;
}

describe('docs/openapi.json', () => {
  test('matches what toOpenApi(routes) generates now', () => {
    const expected = `${JSON.stringify(generated, null, 2)}\n`;
    assert.ok(read('docs/openapi.json') === expected, `docs/openapi.json ${STALE}`);
  });

  test('the operations table in docs/rest-contract.md is current', () => {
    assert.ok(read('docs/rest-contract.md').includes(`\n${operationsMarkdown(routes)}\n`), `docs/rest-contract.md ${STALE}`);
  });

  test('generation is deterministic', () => {
    assert.equal(JSON.stringify(toOpenApi(routes)), JSON.stringify(generated));
  });

  test('is valid OpenAPI 3.1 for @seriousme/openapi-schema-validator', async () => {
    const result = await new Validator().validate(structuredClone(checkedIn) as unknown as Record<string, unknown>);
    assert.deepEqual(result.errors, undefined, JSON.stringify(result.errors, null, 2));
    assert.equal(result.valid, true);
  });

  test('is valid OpenAPI 3.1 for @apidevtools/swagger-parser', async () => {
    // swagger-parser dereferences in place, hence the copy.
    const api = await SwaggerParser.validate(structuredClone(checkedIn) as unknown as Parameters<typeof SwaggerParser.validate>[0]);
    assert.equal((api as { openapi?: string }).openapi, '3.1.0');
  });
});

describe('the contract it describes', () => {
  const ops = operations(generated);

  test('has every operation of the route table, covering every domain', () => {
    const table = listOperations(routes);
    assert.ok(ops.length >= 40, `only ${ops.length} operations`);
    assert.equal(ops.length, table.length);
    assert.deepEqual(ops.map(({ op }) => op.operationId).sort(), table.map((o) => o.name).sort());
    const domains = new Set(table.map((o) => o.domain));
    assert.deepEqual(new Set(ops.flatMap(({ op }) => op.tags)), domains);
    assert.deepEqual(new Set(generated.tags.map((t) => t.name)), domains);
    for (const { name, def } of table) {
      const op = generated.paths[def.path]?.[def.method.toLowerCase() as 'get'];
      assert.equal(op?.operationId, name, `${def.method} ${def.path}`);
    }
  });

  test('every operation has a summary, a success response and the shared error responses', () => {
    for (const { method, path, op } of ops) {
      const where = `${method} ${path}`;
      assert.ok(op.summary.trim().length > 0, `${where} has no summary`);
      const success = Object.keys(op.responses).filter((code) => /^2\d\d$/.test(code));
      assert.equal(success.length, 1, `${where} success responses: ${success.join()}`);
      for (const code of ['400', '401', '403', '404', '409', '500']) {
        assert.ok(op.responses[code], `${where} lacks ${code}`);
      }
    }
    for (const response of Object.values(generated.components.responses)) {
      assert.deepEqual(response.content?.['application/json']?.schema, { $ref: '#/components/schemas/Error' });
    }
  });

  test('the success response carries the route\'s schema, or no content', () => {
    for (const { def, name } of listOperations(routes)) {
      const op = generated.paths[def.path]?.[def.method.toLowerCase() as 'get'];
      const response = op?.responses[String(def.status ?? 200)];
      assert.ok(response && !('$ref' in response), name);
      assert.equal(response.content === undefined, def.response === null, name);
    }
  });

  test('every write documents a required Idempotency-Key header; reads do not', () => {
    for (const { method, path, op } of ops) {
      const header = (op.parameters ?? [])
        .map((p) => resolveParameter(generated, p))
        .find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
      if (method === 'get') assert.equal(header, undefined, `${method} ${path}`);
      else assert.equal(header?.required, true, `${method} ${path} lacks a required Idempotency-Key`);
    }
  });

  test('public operations have no security requirement; all others need the bearer token', () => {
    assert.deepEqual(generated.security, [{ bearerAuth: [] }]);
    assert.deepEqual(generated.components.securitySchemes.bearerAuth, {
      type: 'http', scheme: 'bearer', description: generated.components.securitySchemes.bearerAuth?.description,
    });
    const publicNames = listOperations(routes).filter((o) => o.def.authenticated === false).map((o) => o.name);
    assert.ok(publicNames.length > 0);
    for (const { op } of ops) {
      const effective: OpenApiSecurityRequirement[] = op.security ?? generated.security;
      if (publicNames.includes(op.operationId)) assert.deepEqual(effective, [], op.operationId);
      else assert.deepEqual(effective, [{ bearerAuth: [] }], op.operationId);
    }
  });

  test('path parameters match the path template; capabilities and pagination are documented', () => {
    for (const { path, op } of ops) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = (op.parameters ?? []).map((p) => resolveParameter(generated, p)).filter((p) => p.in === 'path');
      assert.deepEqual(declared.map((p) => p.name).sort(), inPath, op.operationId);
      assert.ok(declared.every((p) => p.required), op.operationId);
    }
    for (const { name, def } of listOperations(routes)) {
      const op = generated.paths[def.path]?.[def.method.toLowerCase() as 'get'];
      assert.equal(op?.['x-portico-requires'], def.requires, name);
      if (def.requires) assert.match(op?.description ?? '', new RegExp(`\`${def.requires.replace('.', '\\.')}\``), name);
      const paginated = def.query !== undefined && 'cursor' in def.query.shape;
      assert.equal(op?.['x-portico-paginated'], paginated ? true : undefined, name);
      if (paginated) assert.match(op?.description ?? '', /nextCursor/, name);
    }
  });

  test('uploads are multipart with a binary file part beside the fields', () => {
    const uploads = listOperations(routes).filter((o) => o.def.upload);
    assert.ok(uploads.length > 0);
    for (const { def, name } of uploads) {
      const body = generated.paths[def.path]?.post?.requestBody;
      const schema = body?.content['multipart/form-data']?.schema;
      assert.ok(schema, name);
      assert.deepEqual(Object.keys(body.content), ['multipart/form-data'], name);
      const properties = schema.properties as Record<string, Record<string, unknown>>;
      assert.equal(properties.file?.type, 'string', name);
      assert.ok((schema.required as string[]).includes('file'), name);
      for (const field of Object.keys(def.upload?.shape ?? {})) assert.ok(properties[field], `${name}: ${field}`);
    }
  });

  test('named schemas become components referenced by $ref, and every $ref resolves', () => {
    assert.ok(generated.components.schemas.Error);
    assert.ok(generated.components.schemas.Message);
    const refs = JSON.stringify(generated).match(/"\$ref":"[^"]+"/g) ?? [];
    assert.ok(refs.length > 100);
    for (const raw of new Set(refs)) {
      const pointer = raw.slice('"$ref":"'.length, -1);
      const [, kind, name] = /^#\/components\/(schemas|parameters|responses)\/([\w.-]+)$/.exec(pointer) ?? [];
      assert.ok(kind && name, `unexpected $ref ${pointer}`);
      assert.ok((generated.components as unknown as Record<string, Record<string, unknown>>)[kind]?.[name], `dangling ${pointer}`);
    }
  });

  test('every component schema is referenced, except upload fields (inlined into multipart bodies)', () => {
    const uploadFields = new Set(listOperations(routes).flatMap(({ def }) => (def.upload ? [def.upload] : [])));
    const text = JSON.stringify({ ...generated, components: { ...generated.components, schemas: {} } }) + JSON.stringify(generated.components.schemas);
    const orphans = Object.keys(generated.components.schemas).filter((name) => !text.includes(`"#/components/schemas/${name}"`));
    const inlined = [...uploadFields].map((schema) => contractRegistry.get(schema)?.id).filter((id): id is string => id !== undefined);
    assert.deepEqual(orphans.filter((name) => !inlined.includes(name)), []);
  });

  test('request bodies are described with the input view', () => {
    const send = generated.paths['/clients/{clientId}/threads/{threadId}/messages']?.post;
    assert.deepEqual(send?.requestBody?.content['application/json']?.schema, { $ref: '#/components/schemas/SendMessageInput' });
    // `limit` is coerced from the query string; the input view still documents an integer.
    const limit = generated.paths['/clients/{clientId}/threads']?.get?.parameters
      ?.map((p) => resolveParameter(generated, p)).find((p) => p.name === 'limit');
    assert.equal(limit?.schema.type, 'integer');
    assert.equal(limit?.required, false);
  });
});
