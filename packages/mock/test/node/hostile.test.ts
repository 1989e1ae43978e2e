/** The hostile-strings corpus and the mock's hostile mode (issue #13): what the probe runs on. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { register } from 'node:module';

register('./source-condition.mjs', import.meta.url);
const { startMockBackend, CORPUS, SHORT_CORPUS, LONG_CORPUS, SENTINEL, CLIENT } = await import('@portico/mock/node');
const { TEXT_LIMITS } = await import('@portico/core');

const EXECUTABLE_KINDS = new Set(['html', 'svg']);

describe('the hostile corpus', () => {
  it('holds at least 200 distinct strings with unique ids', () => {
    assert.ok(CORPUS.length >= 200, `${CORPUS.length} strings`);
    assert.equal(new Set(CORPUS.map((s) => s.id)).size, CORPUS.length, 'ids repeat');
    assert.equal(new Set(CORPUS.map((s) => s.value)).size, CORPUS.length, 'values repeat');
  });

  it('covers every kind the issue names', () => {
    const kinds = new Set(CORPUS.map((s) => s.kind));
    for (const kind of ['html', 'url', 'template', 'unicode', 'long', 'css', 'svg', 'entity']) assert.ok(kinds.has(kind as never), `no ${kind} strings`);
    const values = CORPUS.map((s) => s.value);
    for (const needle of ['javascript:', 'data:', 'vbscript:', '${', '{{', '<%=', '\u202E', '\u200B', '\u0000', '<svg', '&#']) {
      assert.ok(values.some((v) => v.includes(needle)), `nothing with ${JSON.stringify(needle)}`);
    }
  });

  it('has 100k-character strings with and without spaces', () => {
    assert.ok(LONG_CORPUS.every((s) => s.value.length === 100_000), LONG_CORPUS.map((s) => s.value.length).join(', '));
    assert.ok(LONG_CORPUS.some((s) => !/\s/.test(s.value)));
    assert.ok(LONG_CORPUS.some((s) => s.value.split(' ').length > 1000));
    assert.equal(SHORT_CORPUS.length + LONG_CORPUS.length, CORPUS.length);
  });

  it('makes every markup vector call the sentinel with its own id', () => {
    for (const s of CORPUS.filter((c) => EXECUTABLE_KINDS.has(c.kind) && c.value.includes('<'))) {
      if (s.value.includes(`${SENTINEL}(`)) assert.ok(s.value.includes(`${SENTINEL}('${s.id}')`), `${s.id} calls another id`);
    }
    const executable = CORPUS.filter((s) => s.value.includes(`${SENTINEL}(`));
    assert.ok(executable.length >= 100, `${executable.length} executable vectors`);
  });
});

describe('the mock in hostile mode', () => {
  let backend: ReturnType<typeof startMockBackend>;
  const api = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${backend.baseUrl}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${backend.accessToken}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
    });
    assert.ok(response.ok, `${init.method ?? 'GET'} ${path}: ${response.status} ${await response.clone().text()}`);
    return response.status === 204 ? null : ((await response.json()) as unknown);
  };
  const corpusValues = new Set(SHORT_CORPUS.map((s) => s.value));

  before(() => {
    backend = startMockBackend({ seed: 3, now: Date.parse('2026-03-02T15:00:00Z'), hostile: 'vectors' });
  });
  after(() => backend.stop());

  it('returns corpus strings in text and URL fields, within the contract', async () => {
    const threads = (await api(`/clients/${CLIENT.avery}/threads`)) as { items: { id: string; subject: string }[] };
    assert.ok(threads.items.length > 0);
    assert.ok(threads.items.every((t) => corpusValues.has(t.subject)), `subjects: ${threads.items.map((t) => t.subject).join(' | ')}`);
    const files = (await api(`/clients/${CLIENT.avery}/files`)) as { items?: { name: string; url: string }[] } | { name: string; url: string }[];
    const rows = Array.isArray(files) ? files : (files.items ?? []);
    assert.ok(rows.length > 0 && rows.every((f) => corpusValues.has(f.url)), 'file URLs are not corpus strings');
    // Ids stay ids, so the portal can still open what it lists.
    assert.ok(threads.items.every((t) => !corpusValues.has(t.id)));
    assert.ok(backend.hostile!.sent.size >= 20, `${backend.hostile!.sent.size} corpus strings sent`);
  });

  it('returns what a person writes as written', async () => {
    const threads = (await api(`/clients/${CLIENT.avery}/threads`)) as { items: { id: string }[] };
    const thread = threads.items[0]!.id;
    const text = 'A reply typed during the visit';
    await api(`/clients/${CLIENT.avery}/threads/${thread}/messages`, { method: 'POST', headers: { 'Idempotency-Key': 'hostile-reply' }, body: JSON.stringify({ text, attachmentIds: [] }) });
    const messages = (await api(`/clients/${CLIENT.avery}/threads/${thread}/messages`)) as { items: { text: string }[] };
    assert.ok(messages.items.some((m) => m.text === text));
  });

  it('sends the longest strings the contract allows in long mode (100k where it sets no cap)', async () => {
    const long = startMockBackend({ seed: 3, now: Date.parse('2026-03-02T15:00:00Z'), hostile: 'long', baseUrl: 'http://long.portico.test/api' });
    try {
      const response = await fetch(`${long.baseUrl}/clients/${CLIENT.avery}/threads`, { headers: { Authorization: `Bearer ${long.accessToken}` } });
      assert.equal(response.status, 200);
      const body = (await response.json()) as { items: { subject: string }[] };
      // Subjects are capped by the contract (TEXT_LIMITS.title): the 100k string is cut to the cap.
      assert.ok(body.items.some((t) => t.subject.length === TEXT_LIMITS.title), `no ${TEXT_LIMITS.title}-character subject`);
    } finally {
      long.stop();
    }
  });
});
