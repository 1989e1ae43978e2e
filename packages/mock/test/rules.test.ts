/** What the mock refuses or hides, per role, through plain fetch with bearer tokens. */
import { expect } from '@open-wc/testing';
import { CLIENT, HIDDEN_MEMBER_ID, SOON_APPOINTMENT_ID } from '@portico/mock';
import type { Appointment, Session, TeamMember, Thread } from '@portico/core';
import { api, codeOf, mock } from './helpers.js';

describe('mock backend: who sees what', () => {
  beforeEach(async () => {
    const backend = await mock();
    backend.reset();
    backend.signInAs('client');
  });

  it('answers 401 without a token or with an unknown one', async () => {
    const none = await api('/session', { token: null });
    expect(none.status).to.equal(401);
    expect(codeOf(none)).to.equal('unauthorized');
    expect((await api('/session', { token: 'not-a-token' })).status).to.equal(401);
  });

  it('serves public routes without a token', async () => {
    expect((await api('/auth/password-policy', { token: null })).status).to.equal(200);
  });

  it('never returns the hidden team member, in the team or as thread participants', async () => {
    for (const [user, clientId] of [['client', CLIENT.avery], ['guardian', CLIENT.milo], ['guardian', CLIENT.nora]] as const) {
      const token = (await mock()).tokenFor(user);
      const team = (await api(`/clients/${clientId}/team`, { token })).body as TeamMember[];
      expect(team.length).to.be.greaterThan(1);
      expect(team.map((m) => m.id)).not.to.include(HIDDEN_MEMBER_ID);
      expect(team.every((m) => !m.hidden)).to.equal(true);
      const threads = (await api(`/clients/${clientId}/threads?limit=200`, { token })).body as { items: Thread[] };
      expect(threads.items.flatMap((t) => t.participants.map((p) => p.id))).not.to.include(HIDDEN_MEMBER_ID);
    }
  });

  it('refuses a thread to, or a file shared with, the hidden member', async () => {
    const thread = await api(`/clients/${CLIENT.avery}/threads`, { body: { recipientIds: [HIDDEN_MEMBER_ID], subject: 'Hi', text: 'Hello', attachmentIds: [] } });
    expect(thread.status).to.equal(400);
    expect(codeOf(thread)).to.equal('invalid-recipient');
    const share = await api(`/clients/${CLIENT.avery}/files/file-avery-01/sharing`, { method: 'PUT', body: { memberIds: [HIDDEN_MEMBER_ID] } });
    expect(share.status).to.equal(400);
    expect(codeOf(share)).to.equal('invalid-share-target');
  });

  it('gives the guardian two clients, both as guardian', async () => {
    const session = (await api('/session', { token: (await mock()).tokenFor('guardian') })).body as Session;
    expect(session.user.name).to.equal('Jordan Sample');
    expect(session.clients.map((c) => [c.id, c.relationship])).to.deep.equal([[CLIENT.milo, 'guardian'], [CLIENT.nora, 'guardian']]);
  });

  it('answers 404 for a client that is not the user\'s', async () => {
    const call = await api(`/clients/${CLIENT.milo}/team`);
    expect(call.status).to.equal(404);
    expect(codeOf(call)).to.equal('client-not-found');
  });

  it('gives the payer 403 on the care plan and on booking, but shows invoices', async () => {
    const token = (await mock()).signInAs('payer');
    const carePlan = await api(`/clients/${CLIENT.milo}/care-plan`, { token });
    expect(carePlan.status).to.equal(403);
    expect(codeOf(carePlan)).to.equal('forbidden');
    const book = await api(`/clients/${CLIENT.milo}/appointment-requests`, { token, body: { providerId: 'tm-casey', serviceId: 'svc-aba', start: new Date(Date.now() + 5 * 864e5).toISOString() } });
    expect(book.status).to.equal(403);
    expect((await api(`/clients/${CLIENT.milo}/providers`, { token })).status).to.equal(403);
    expect((await api(`/clients/${CLIENT.milo}/invoices`, { token })).status).to.equal(200);
    // The client and the guardian do see their care plans.
    expect((await api(`/clients/${CLIENT.avery}/care-plan`, { token: (await mock()).tokenFor('client') })).status).to.equal(200);
    expect((await api(`/clients/${CLIENT.milo}/care-plan`, { token: (await mock()).tokenFor('guardian') })).status).to.equal(200);
  });

  it('answers 400 invalid-request with issues for a bad body, query or path', async () => {
    const body = await api(`/clients/${CLIENT.avery}/threads/th-avery-schedule/messages`, { body: { text: '   ' } });
    expect(body.status).to.equal(400);
    expect(codeOf(body)).to.equal('invalid-request');
    const issues = (body.body as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path);
    expect(issues).to.include.members(['text', 'attachmentIds']);
    const query = await api(`/clients/${CLIENT.avery}/files?limit=0`);
    expect(query.status).to.equal(400);
    expect((query.body as { error: { issues: { path: string }[] } }).error.issues[0]!.path).to.equal('limit');
  });

  it('refuses a payment naming both a card token and a saved card, or neither', async () => {
    const pay = (body: object) => api(`/clients/${CLIENT.avery}/invoices/inv-avery-01/payments`, { body: { amount: { amount: 100, currency: 'USD' }, ...body } });
    for (const body of [{}, { paymentToken: 'tok_visa', paymentMethodId: 'pm-avery-visa' }, { paymentMethodId: 'pm-avery-visa', saveMethod: true }]) {
      const call = await pay(body);
      expect(call.status, JSON.stringify(body)).to.equal(400);
      expect(codeOf(call)).to.equal('invalid-request');
    }
    expect((await pay({ paymentMethodId: 'pm-avery-visa' })).status).to.equal(200);
  });

  it('refuses insurance with a new payer, 403 adding-payers-disabled, where the practice does not allow adding payers', async () => {
    const backend = await mock();
    const fields = { priority: 'secondary', memberId: 'M-1', subscriberName: 'Avery Example', relationshipToSubscriber: 'self', validFrom: '2026-01-01' };
    expect((await api(`/clients/${CLIENT.avery}/insurance`, { body: { ...fields, payerId: 'payer-1', newPayer: { name: 'X' } } })).status).to.equal(400);
    expect((await api(`/clients/${CLIENT.avery}/insurance`, { body: { ...fields, newPayer: { name: 'Placeholder Mutual' } } })).status).to.equal(201);
    backend.db.data.organisation.features.addPayers = false;
    const refused = await api(`/clients/${CLIENT.avery}/insurance`, { body: { ...fields, newPayer: { name: 'Another Mutual' } } });
    expect(refused.status).to.equal(403);
    expect(codeOf(refused)).to.equal('adding-payers-disabled');
    expect(backend.db.data.payers.some((p) => p.name === 'Another Mutual')).to.equal(false);
  });

  it('answers 400 to a write without an Idempotency-Key', async () => {
    const call = await api(`/clients/${CLIENT.avery}/tasks/task-avery-1`, { method: 'PATCH', body: { status: 'done' }, key: null });
    expect(call.status).to.equal(400);
    expect(codeOf(call)).to.equal('idempotency-key-required');
  });

  it('never returns appointments hidden from the client, and hides locations when the practice says so', async () => {
    const list = (await api(`/clients/${CLIENT.avery}/appointments`)).body as Appointment[];
    expect(list.length).to.be.greaterThan(10);
    expect(list.some((a) => a.id.includes('internal'))).to.equal(false);
    expect(list.some((a) => a.location !== null)).to.equal(true);
    expect(list.some((a) => a.telehealthUrl !== null && a.location === null)).to.equal(true);
    expect((await api(`/clients/${CLIENT.avery}/appointments/ap-avery-internal-1`)).status).to.equal(404);
    const nora = (await api(`/clients/${CLIENT.nora}/appointments`, { token: (await mock()).tokenFor('guardian') })).body as Appointment[];
    expect(nora.length).to.be.greaterThan(10);
    expect(nora.every((a) => a.location === null)).to.equal(true);
  });

  it('refuses to cancel or reschedule inside the notice window with 409 notice-window', async () => {
    const id = SOON_APPOINTMENT_ID[CLIENT.avery]!;
    const cancel = await api(`/clients/${CLIENT.avery}/appointments/${id}/cancel`, { body: { reason: 'Sick' } });
    expect(cancel.status).to.equal(409);
    expect(codeOf(cancel)).to.equal('notice-window');
    expect((cancel.body as { error: { message: string } }).error.message).to.contain("can't be cancelled less than 24 hours");
    const move = await api(`/clients/${CLIENT.avery}/appointments/${id}/reschedule`, { body: { start: new Date(Date.now() + 9 * 864e5).toISOString(), reason: 'Work' } });
    expect(codeOf(move)).to.equal('notice-window');
    // Outside the window, cancelling works.
    const later = await api(`/clients/${CLIENT.avery}/appointments/ap-avery-next-3/cancel`, { body: { reason: 'Travelling' } });
    expect(later.status).to.equal(200);
    expect((later.body as Appointment).status).to.equal('cancelled');
  });
});
