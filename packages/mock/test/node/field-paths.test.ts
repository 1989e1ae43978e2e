/**
 * Issue #11: a union-typed body with one bad field is refused naming that field — by the mock
 * (a request sent as is) and by the REST adapter (before sending) — not at the root path ''.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { register } from 'node:module';

register('./source-condition.mjs', import.meta.url);
const { startMockBackend, CLIENT } = await import('@portico/mock/node');
const { createRestAdapter, isPorticoError } = await import('@portico/core');

describe('field paths of union members', () => {
  let backend: Awaited<ReturnType<typeof startMockBackend>>;
  const invoiceId = () => backend.db.data.invoices.find((i) => i.clientId === CLIENT.avery && i.balance.amount > 0)!.id;
  const post = (path: string, body: unknown) =>
    fetch(`${backend.baseUrl}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${backend.accessToken}`, 'Content-Type': 'application/json', 'Idempotency-Key': `k-${Math.random()}` },
      body: JSON.stringify(body),
    });

  before(() => {
    backend = startMockBackend({ seed: 3, now: Date.parse('2026-03-02T15:00:00Z') });
  });
  after(() => backend.stop());

  it('the mock names amount.amount for a payment whose amount is not whole cents', async () => {
    const response = await post(`/clients/${CLIENT.avery}/invoices/${invoiceId()}/payments`, { amount: { amount: 20.5, currency: 'USD' }, paymentToken: 'tok_visa' });
    assert.equal(response.status, 400);
    const { error } = (await response.json()) as { error: { issues: { path: string }[] } };
    assert.deepEqual(error.issues.map((i) => i.path), ['amount.amount']);
    assert.equal(backend.db.data.payments.filter((p) => p.amount.amount === 20.5).length, 0);
  });

  it('the mock names reason for a dispute without one', async () => {
    const sheet = backend.db.data.timesheets.find((t) => t.clientId === CLIENT.avery)!;
    const response = await post(`/clients/${CLIENT.avery}/timesheets/${sheet.id}/decision`, { decision: 'dispute', reason: '' });
    assert.equal(response.status, 400);
    const { error } = (await response.json()) as { error: { issues: { path: string }[] } };
    assert.deepEqual(error.issues.map((i) => i.path), ['reason']);
  });

  it('the REST adapter refuses the same payment before sending, with fieldPath amount.amount', async () => {
    let sent = 0;
    const adapter = createRestAdapter({
      baseUrl: backend.baseUrl,
      getAccessToken: () => backend.accessToken,
      fetch: (input, init) => {
        sent++;
        return fetch(input, init);
      },
    });
    const error = await adapter.billing
      .payInvoice({ clientId: CLIENT.avery, invoiceId: invoiceId(), body: { amount: { amount: 20.5, currency: 'USD' }, paymentMethodId: 'pm-avery-visa' } })
      .then(() => undefined, (e: unknown) => e);
    assert.ok(isPorticoError(error), String(error));
    assert.equal(error.kind, 'invalid-request');
    assert.equal(error.fieldPath, 'amount.amount');
    assert.deepEqual(error.issues.map((i) => i.path), ['amount.amount']);
    assert.equal(sent, 0);
  });
});
