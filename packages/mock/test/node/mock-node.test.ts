/** The mock's Node entry: MSW's setupServer answers Node's fetch with the demo practice. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { register } from 'node:module';

register('./source-condition.mjs', import.meta.url);
// Imported after the hook is registered, so @portico/* resolve to their sources.
const { startMockBackend, HIDDEN_MEMBER_ID, CLIENT } = await import('@portico/mock/node');

describe('@portico/mock/node', () => {
  let backend: Awaited<ReturnType<typeof startMockBackend>>;
  const get = (path: string, token: string | null = backend.accessToken) =>
    fetch(`${backend.baseUrl}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

  before(() => {
    backend = startMockBackend({ seed: 3, now: Date.parse('2026-03-02T15:00:00Z') });
  });
  after(() => backend.stop());

  it('answers the session with the demo token', async () => {
    const response = await get('/session');
    assert.equal(response.status, 200);
    const session = (await response.json()) as { user: { name: string }; clients: { id: string; relationship: string }[] };
    assert.equal(session.user.name, 'Avery Example');
    assert.deepEqual(session.clients.map((c) => c.relationship), ['self']);
  });

  it('lists the team without the hidden member', async () => {
    const response = await get(`/clients/${CLIENT.avery}/team`);
    assert.equal(response.status, 200);
    const team = (await response.json()) as { id: string; hidden: boolean }[];
    assert.ok(team.length >= 3);
    assert.ok(team.every((m) => m.id !== HIDDEN_MEMBER_ID && m.hidden === false));
  });

  it('answers 401 without a token', async () => {
    const response = await get('/session', null);
    assert.equal(response.status, 401);
    const body = (await response.json()) as { error: { code: string } };
    assert.equal(body.error.code, 'unauthorized');
  });

  it('signs in with the demo credentials', async () => {
    const response = await fetch(`${backend.baseUrl}/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'node-sign-in' },
      body: JSON.stringify({ email: backend.credentials.guardian.email, password: backend.credentials.guardian.password }),
    });
    assert.equal(response.status, 200);
    const { accessToken } = (await response.json()) as { accessToken: string };
    const session = (await (await get('/session', accessToken)).json()) as { clients: unknown[] };
    assert.equal(session.clients.length, 2);
  });
});
