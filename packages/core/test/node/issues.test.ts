/** Issue #11: one zod issue flattener that names the field inside a union member. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { PayInvoiceInput, SignTimesheetInput, flattenIssues } from '../../src/index.js';

const issuesOf = (schema: z.ZodMiniType, value: unknown) => {
  const result = schema.safeParse(value);
  assert.equal(result.success, false);
  return flattenIssues(result.error!.issues);
};

test('a bad amount in either kind of payment names amount.amount, not the whole body', () => {
  const saved = issuesOf(PayInvoiceInput, { amount: { amount: 20.5, currency: 'USD' }, paymentMethodId: 'pm-avery-visa' });
  assert.deepEqual(saved.map((i) => i.path), ['amount.amount']);
  const card = issuesOf(PayInvoiceInput, { amount: { amount: 20.5, currency: 'USD' }, paymentToken: 'tok_visa', saveMethod: true });
  assert.deepEqual(card.map((i) => i.path), ['amount.amount']);
  const currency = issuesOf(PayInvoiceInput, { amount: { amount: 2050, currency: 'usd' }, paymentMethodId: 'pm-avery-visa' });
  assert.deepEqual(currency.map((i) => i.path), ['amount.currency']);
});

test('a timesheet decision names its own field, and an unknown decision names decision', () => {
  assert.deepEqual(issuesOf(SignTimesheetInput, { decision: 'dispute', reason: '' }).map((i) => i.path), ['reason']);
  const unsigned = issuesOf(SignTimesheetInput, { decision: 'sign', signature: { kind: 'typed', signerName: '', signedAt: '2026-11-30T10:00:00Z' } });
  assert.deepEqual(unsigned.map((i) => i.path), ['signature.signerName']);
  assert.deepEqual(issuesOf(SignTimesheetInput, { decision: 'maybe' }).map((i) => i.path), ['decision']);
});

test('unions nested in lists and records carry the outer path', () => {
  const Member = z.union([z.strictObject({ a: z.int() }), z.strictObject({ b: z.string() })]);
  const List = z.object({ outer: z.array(Member) });
  assert.deepEqual(issuesOf(List, { outer: [{ a: 1 }, { a: 1.5 }] }).map((i) => i.path), ['outer.1.a']);
  const Rec = z.record(z.string().check(z.minLength(2)), z.int());
  assert.deepEqual(issuesOf(Rec, { x: 1 }).map((i) => i.path), ['x']);
});

test('a value that fits nothing at all is reported at its own path, with the message', () => {
  const issues = issuesOf(PayInvoiceInput, 'not an object');
  assert.equal(issues.length, 1);
  assert.equal(issues[0]!.path, '');
  assert.equal(typeof issues[0]!.message, 'string');
  assert.deepEqual(issuesOf(z.object({ n: z.int() }), { n: 'x' }), [{ path: 'n', message: 'Invalid input' }]);
});
