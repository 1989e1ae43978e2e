/**
 * The few assertions the adapter contract suite needs. Self-contained, so the suite runs under
 * any mocha-style runner without bringing chai (or any other library) along.
 */
import type { PorticoError, PorticoErrorKind } from '../errors.js';

export class ContractAssertionError extends Error {
  override readonly name = 'ContractAssertionError';
}

/** Thrown by a setup that lacks what a test needs (e.g. no sign-in credentials): the test is skipped, not failed. */
export class ContractSkip extends Error {
  override readonly name = 'ContractSkip';
}

/** Fails with `message` unless `condition` holds. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ContractAssertionError(message);
}

/** Strict equality (`Object.is`). */
export function equal<T>(actual: T, expected: T, label: string): void {
  check(Object.is(actual, expected), `${label}: expected ${show(expected)}, got ${show(actual)}`);
}

/** Structural equality of JSON data; object key order does not matter. */
export function deepEqual(actual: unknown, expected: unknown, label: string): void {
  check(stable(actual) === stable(expected), `${label}: expected ${stable(expected)}, got ${stable(actual)}`);
}

/** A `PorticoError` by shape, so an adapter built on another copy of `@portico/core` passes too. */
export function isPorticoErrorLike(value: unknown): value is PorticoError {
  return value instanceof Error && value.name === 'PorticoError' && typeof (value as Partial<PorticoError>).kind === 'string';
}

/** Awaits a call that must fail with a `PorticoError` of one of `kinds`; returns the error. */
export async function rejects(promise: Promise<unknown>, kinds: PorticoErrorKind | readonly PorticoErrorKind[], label: string): Promise<PorticoError> {
  const wanted: readonly PorticoErrorKind[] = typeof kinds === 'string' ? [kinds] : kinds;
  let settled: { ok: true; value: unknown } | { ok: false; error: unknown };
  try {
    settled = { ok: true, value: await promise };
  } catch (error) {
    settled = { ok: false, error };
  }
  if (settled.ok) throw new ContractAssertionError(`${label}: expected a ${wanted.join(' or ')} error, but the call succeeded with ${show(settled.value)}`);
  const { error } = settled;
  if (!isPorticoErrorLike(error)) throw new ContractAssertionError(`${label}: expected a PorticoError, got ${String(error)}`);
  check(wanted.includes(error.kind), `${label}: expected a ${wanted.join(' or ')} error, got ${error.kind} (${error.message})`);
  return error;
}

/** Fails when a value occurs twice. */
export function unique(values: readonly string[], label: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    check(!seen.has(value), `${label}: ${value} occurs twice`);
    seen.add(value);
  }
}

function show(value: unknown): string {
  const text = value === undefined ? 'undefined' : stable(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  ) ?? 'undefined';
}
