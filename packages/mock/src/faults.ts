/**
 * Fault injection, driven by tests and stories: latency, server errors, malformed payloads,
 * dropped responses and going offline. Operation names are the route table's
 * `domain.operation` (e.g. `messages.send`); `'*'` means every operation.
 *
 * Malformed payloads are deterministic. Unless a `path` is given, the corruption is:
 * 1. the first date or instant string met depth-first (object keys in order, arrays from 0)
 *    becomes `"not-a-date"`, e.g. `items.0.lastMessageAt` for `messages.listThreads`;
 * 2. with no date anywhere, the first key of the first object met is removed, e.g. `0.id` for
 *    `team.list` and `id` for `forms.getDefinition`;
 * 3. with no object at all (an empty list), the whole body becomes the string `"not-a-list"`.
 * `faults.lastMalformed` records the path of the last corruption.
 */
import type { PortalOperation } from '@portico/core';

export type FaultTarget = PortalOperation | '*';

export interface MalformedOptions {
  /** Dotted path to corrupt, e.g. `0.name` or `items.3.sentAt`; default: see the module doc. */
  path?: string;
  /** With `path`: remove the field instead of replacing it. */
  remove?: boolean;
  /** With `path`: the value written there. Default `"not-a-date"`. */
  value?: unknown;
  /** How many responses to corrupt; default every one until cleared. */
  times?: number;
}

interface Limited {
  times: number;
}

export class Faults {
  private globalLatency = 0;
  private readonly latencies = new Map<string, number>();
  private readonly errors = new Map<string, Limited & { rate: number; status: number }>();
  private readonly malformeds = new Map<string, MalformedOptions & Limited>();
  private readonly drops = new Map<string, Limited>();
  private offlineNow = false;
  /** The operation and field path of the last malformed response sent. */
  lastMalformed: { operation: string; path: string } | null = null;

  /** Delays responses by `ms`: every operation, or one. */
  latency(ms: number, operation?: FaultTarget): this {
    if (operation === undefined || operation === '*') this.globalLatency = ms;
    else this.latencies.set(operation, ms);
    return this;
  }

  /** Answers 500 (or `status`) with the error body for this fraction (0..1) of calls. */
  errorRate(operation: FaultTarget, rate: number, options: { status?: number; times?: number } = {}): this {
    if (rate <= 0) this.errors.delete(operation);
    else this.errors.set(operation, { rate: Math.min(1, rate), status: options.status ?? 500, times: options.times ?? Infinity });
    return this;
  }

  /** Sends a valid response with one field corrupted (see the module doc for which one). */
  malformed(operation: FaultTarget, options: MalformedOptions = {}): this {
    this.malformeds.set(operation, { ...options, times: options.times ?? Infinity });
    return this;
  }

  /** Executes and stores the write, then fails the request as a network error. */
  dropResponse(operation: FaultTarget, options: { times?: number } = {}): this {
    this.drops.set(operation, { times: options.times ?? Infinity });
    return this;
  }

  /** Every request fails as a network error while offline. */
  offline(on = true): this {
    this.offlineNow = on;
    return this;
  }

  get isOffline(): boolean {
    return this.offlineNow;
  }

  /** Removes every fault for one operation. */
  clear(operation: FaultTarget): this {
    this.latencies.delete(operation);
    this.errors.delete(operation);
    this.malformeds.delete(operation);
    this.drops.delete(operation);
    return this;
  }

  reset(): this {
    this.globalLatency = 0;
    this.latencies.clear();
    this.errors.clear();
    this.malformeds.clear();
    this.drops.clear();
    this.offlineNow = false;
    this.lastMalformed = null;
    return this;
  }

  // ── used by the handlers ──

  /** @internal */
  latencyFor(operation: string): number {
    return this.latencies.get(operation) ?? this.latencies.get('*') ?? this.globalLatency;
  }

  /** @internal The status to fail with, or null. */
  takeError(operation: string): number | null {
    const fault = this.errors.get(operation) ?? this.errors.get('*');
    if (!fault || fault.times <= 0 || Math.random() >= fault.rate) return null;
    fault.times--;
    return fault.status;
  }

  /** @internal */
  takeDrop(operation: string): boolean {
    const fault = this.drops.get(operation) ?? this.drops.get('*');
    if (!fault || fault.times <= 0) return false;
    fault.times--;
    return true;
  }

  /** @internal Returns the body, corrupted if a malformed fault applies. */
  applyMalformed(operation: string, body: unknown): unknown {
    const fault = this.malformeds.get(operation) ?? this.malformeds.get('*');
    if (!fault || fault.times <= 0) return body;
    fault.times--;
    const copy = structuredClone(body);
    const result = fault.path === undefined ? corruptFirst(copy) : corruptAt(copy, fault.path, fault);
    this.lastMalformed = { operation, path: result.path };
    return result.body;
  }
}

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;

type Json = unknown;

function corruptFirst(body: Json): { body: Json; path: string } {
  const date = findFirst(body, [], (v) => typeof v === 'string' && DATE_LIKE.test(v));
  if (date) return corruptAt(body, date.join('.'), { value: 'not-a-date' });
  const object = findFirst(body, [], (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0);
  if (object) {
    const target = object.length === 0 ? body : valueAt(body, object);
    const key = Object.keys(target as object)[0]!;
    return corruptAt(body, [...object, key].join('.'), { remove: true });
  }
  return { body: 'not-a-list', path: '' };
}

function findFirst(value: Json, path: string[], test: (v: Json) => boolean): string[] | null {
  if (test(value)) return path;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    const hit = findFirst(child, [...path, key], test);
    if (hit) return hit;
  }
  return null;
}

function valueAt(body: Json, path: string[]): Json {
  return path.reduce<Json>((v, key) => (typeof v === 'object' && v !== null ? (v as Record<string, Json>)[key] : undefined), body);
}

function corruptAt(body: Json, path: string, how: { remove?: boolean; value?: unknown }): { body: Json; path: string } {
  const keys = path.split('.').filter(Boolean);
  if (keys.length === 0) return { body: how.value ?? 'not-a-date', path: '' };
  const parent = valueAt(body, keys.slice(0, -1));
  if (typeof parent !== 'object' || parent === null) throw new Error(`Malformed fault: nothing at "${path}" to corrupt`);
  const last = keys.at(-1)!;
  if (how.remove) delete (parent as Record<string, Json>)[last];
  else (parent as Record<string, Json>)[last] = how.value === undefined ? 'not-a-date' : how.value;
  return { body, path };
}
