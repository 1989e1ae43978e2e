/** Issue #11: one idempotency key, one rule for when it is kept. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Attempt, Attempts, PorticoError, isRefusal, randomId } from '../../src/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const error = (kind: PorticoError['kind']) => new PorticoError({ kind, operation: 'billing.payInvoice' });

test('randomId is random, also where crypto.randomUUID is missing (a page on plain http)', () => {
  assert.match(randomId(), UUID);
  Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
  try {
    const ids = new Set(Array.from({ length: 200 }, () => randomId()));
    assert.equal(ids.size, 200);
    for (const id of ids) assert.match(id, /^[0-9a-f]{32}$/);
  } finally {
    delete (globalThis.crypto as { randomUUID?: unknown }).randomUUID;
  }
  assert.equal(typeof globalThis.crypto.randomUUID, 'function');
});

test('an attempt keeps its key while the same intent is retried after a lost answer', () => {
  const attempt = new Attempt();
  const first = attempt.key(['inv-1', 2500, 'USD']);
  assert.match(first, UUID);
  assert.equal(attempt.key(['inv-1', 2500, 'USD']), first, 'asked again before any answer');
  for (const kind of ['network', 'server', 'aborted', 'invalid-response', 'unauthorized'] as const) {
    attempt.settle(error(kind));
    assert.equal(attempt.key(['inv-1', 2500, 'USD']), first, `kept after ${kind}`);
  }
  attempt.settle(new TypeError('failed to fetch'));
  assert.equal(attempt.key(['inv-1', 2500, 'USD']), first, 'kept after an error that is not a PorticoError');
});

test('a new intent, an answer or a refusal starts a new attempt', () => {
  const attempt = new Attempt();
  const first = attempt.key(['inv-1', 2500]);
  const other = attempt.key(['inv-1', 1000]);
  assert.notEqual(other, first, 'another amount is another intent');
  attempt.settle();
  const afterAnswer = attempt.key(['inv-1', 1000]);
  assert.notEqual(afterAnswer, other, 'the backend answered: paying again is a new payment');
  for (const kind of ['invalid-request', 'forbidden', 'not-found', 'conflict'] as const) {
    const before = attempt.key(['inv-1', 1000]);
    attempt.settle(error(kind));
    assert.notEqual(attempt.key(['inv-1', 1000]), before, `fresh after ${kind}`);
  }
  const beforeReset = attempt.key('remove card_1');
  attempt.reset();
  assert.notEqual(attempt.key('remove card_1'), beforeReset, 'fresh after reset');
});

test('an attempt without an intent is one intent until settled', () => {
  const attempt = new Attempt();
  const first = attempt.key();
  assert.equal(attempt.key(), first);
  assert.equal(attempt.key(undefined), first);
  attempt.settle();
  assert.notEqual(attempt.key(), first);
});

test('isRefusal: only answers in which the backend refused the request', () => {
  assert.equal(isRefusal(error('invalid-request')), true);
  assert.equal(isRefusal(error('conflict')), true);
  assert.equal(isRefusal(error('network')), false);
  assert.equal(isRefusal(error('server')), false);
  assert.equal(isRefusal(new Error('boom')), false);
  assert.equal(isRefusal(undefined), false);
});

test('Attempts: one attempt per item, so retrying one row neither reuses nor drops another row\'s key', () => {
  const attempts = new Attempts();
  assert.equal(attempts.of('t1'), attempts.of('t1'));
  const t1 = attempts.of('t1').key('done');
  const t2 = attempts.of('t2').key('done');
  assert.notEqual(t2, t1);
  attempts.of('t2').settle(error('network'));
  assert.equal(attempts.of('t1').key('done'), t1);
  attempts.of('t1').settle(error('conflict'));
  assert.notEqual(attempts.of('t1').key('done'), t1);
  assert.equal(attempts.of('t2').key('done'), t2);
});
