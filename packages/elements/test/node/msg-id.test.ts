/**
 * The catalogue derives lit-localize's message ids itself (lit-localize keeps its generator
 * under a private path). The ids must be the ones lit-localize's runtime `msg()` looks up, or
 * every Spanish string silently falls back to English.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
// Only to check our ids against lit-localize's own; the shipped code never imports it.
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { messageId } from '../../src/i18n/catalog.js';

test('messageId matches lit-localize for plain and multi-part strings', () => {
  for (const strings of ['Retry', '', 'Héllo ✓ 👋', ['Hello ', '!'], ['', ' of ', ''], ['a\x1eb']]) {
    assert.equal(messageId(strings), generateMsgId(strings, false), JSON.stringify(strings));
  }
});

test('messageId matches lit-localize for every key of the Spanish catalogue', async () => {
  const dir = resolve(import.meta.dirname, '../../src/i18n/locales/es');
  let checked = 0;
  for (const file of readdirSync(dir)) {
    const module = (await import(join(dir, file))) as Record<string, Record<string, string>>;
    for (const catalogue of Object.values(module)) {
      for (const source of Object.keys(catalogue)) {
        const parts = source.split(/\$\{\d+\}/);
        const strings = parts.length === 1 ? source : parts;
        assert.equal(messageId(strings), generateMsgId(strings, false), source);
        checked += 1;
      }
    }
  }
  assert.ok(checked > 100, `only ${checked} catalogue keys checked`);
});
