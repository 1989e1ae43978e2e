/** Issue #13.5: backend patterns never freeze the page; a refused one is simply not run. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_PATTERN_INPUT, safePattern, testPattern, unsafePatternReason } from '../../src/patterns.js';

const CATASTROPHIC = ['^(a+)+$', '^(a*)*$', '^(a|a)*$', '^(a|aa)+$', '^([a-z]+\\d?)+$', '^((ab)*c?)+$', '(x+x+)+y', '^(\\w+\\s?)*$', '^(a+){2,}$', '^(a+?)+$', '(a)\\1', '(?<=a)b'];
const SAFE: [string, string, boolean][] = [
  ['^\\d{5}(-\\d{4})?$', '62704-1234', true],
  ['^\\d{5}(-\\d{4})?$', '6270', false],
  ['^[A-Z]{2}\\d{6}$', 'HL123456', true],
  ['^\\+?[0-9 ()-]{7,20}$', '+1 (555) 010-0101', true],
  ['^(?:[A-Z]{3})$', 'abc', false],
  ['^[a-z(+)]+$', 'a(+)', true],
  ['^\\(\\d+\\)+$', '(12))', true],
];

test('refuses patterns that can backtrack catastrophically', () => {
  for (const pattern of CATASTROPHIC) {
    assert.notEqual(unsafePatternReason(pattern), undefined, pattern);
    assert.equal(safePattern(pattern), null, pattern);
  }
});

test('runs ordinary patterns (postal codes, ids, phone numbers) as written', () => {
  for (const [pattern, value, expected] of SAFE) {
    assert.equal(unsafePatternReason(pattern), undefined, pattern);
    assert.equal(testPattern(pattern, value), expected, `${pattern} on ${value}`);
  }
});

test('each keystroke of a hostile pattern is checked in well under a frame', () => {
  let typed = '';
  let slowest = 0;
  for (const ch of `${'a'.repeat(40)}!`) {
    typed += ch;
    const started = performance.now();
    for (const pattern of CATASTROPHIC) testPattern(pattern, typed);
    slowest = Math.max(slowest, performance.now() - started);
  }
  assert.ok(slowest < 16, `slowest keystroke took ${slowest.toFixed(1)} ms`);
});

test('an invalid pattern or a value beyond the input bound is not checked (undefined), never thrown', () => {
  assert.equal(testPattern('([a-z', 'abc'), undefined);
  assert.equal(testPattern('^a+$', 'a'.repeat(MAX_PATTERN_INPUT + 1)), undefined);
  assert.equal(testPattern('^a+$', 'a'.repeat(MAX_PATTERN_INPUT)), true);
});
