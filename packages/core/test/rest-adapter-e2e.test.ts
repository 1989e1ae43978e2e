/**
 * The REST adapter against the mock backend, end to end: what the foundation issue's "done
 * when" asks for, using the mock's fault injection and its database.
 */
import { expect } from '@open-wc/testing';
import { PorticoError } from '@portico/core';
import { CLIENT, HIDDEN_MEMBER_ID, SOON_APPOINTMENT_ID } from '@portico/mock';
import { CLIENT_OF, mock, restAdapter } from './helpers.js';

const A = CLIENT.avery;

async function rejection(promise: Promise<unknown>): Promise<PorticoError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(PorticoError);
    return error as PorticoError;
  }
  throw new Error('expected the call to fail');
}

async function clientApi() {
  const backend = await mock();
  return restAdapter(() => backend.tokenFor('client'));
}

describe('REST adapter × mock backend, end to end', () => {
  beforeEach(async () => (await mock()).reset());

  it('a malformed payload is invalid-response naming the exact field path', async () => {
    const backend = await mock();
    const api = await clientApi();
    backend.faults.malformed('messages.listThreads', { times: 1 });
    const error = await rejection(api.messages.listThreads({ clientId: A }));
    expect(error.kind).to.equal('invalid-response');
    expect(error.operation).to.equal('messages.listThreads');
    expect(backend.faults.lastMalformed?.path).to.equal('items.0.lastMessageAt');
    expect(error.fieldPath).to.equal('items.0.lastMessageAt');
    expect(error.message).to.contain('items.0.lastMessageAt');

    backend.faults.malformed('billing.getInvoice', { path: 'lines.0.amount.amount', value: 12.5, times: 1 });
    const deep = await rejection(api.billing.getInvoice({ clientId: A, invoiceId: 'inv-avery-01' }));
    expect(deep.fieldPath).to.equal('lines.0.amount.amount');
    // The next response is sound again.
    expect((await api.billing.getInvoice({ clientId: A, invoiceId: 'inv-avery-01' })).id).to.equal('inv-avery-01');
  });

  it('a write whose response was dropped, retried with the same idempotency key, is stored once', async () => {
    const backend = await mock();
    const api = await clientApi();
    const threadId = 'th-avery-schedule';
    const stored = () => (backend.db.data.messages[threadId] ?? []).length;
    const before = stored();
    backend.faults.dropResponse('messages.send', { times: 1 });
    const input = { clientId: A, threadId, body: { text: 'Are you there?', attachmentIds: [] } };
    const dropped = await rejection(api.messages.send(input, { idempotencyKey: 'e2e-drop-1' }));
    expect(dropped.kind).to.equal('network');
    expect(dropped.retryable).to.equal(true);
    expect(stored()).to.equal(before + 1);
    const retried = await api.messages.send(input, { idempotencyKey: 'e2e-drop-1' });
    expect(retried.text).to.equal('Are you there?');
    expect(stored()).to.equal(before + 1);
    expect(backend.db.data.messages[threadId]!.filter((m) => m.text === 'Are you there?')).to.have.length(1);
    // A new key is a new action.
    await api.messages.send(input, { idempotencyKey: 'e2e-drop-2' });
    expect(stored()).to.equal(before + 2);
  });

  it('the payer cannot read the care plan', async () => {
    const backend = await mock();
    const error = await rejection(restAdapter(() => backend.tokenFor('payer')).clinical.getCarePlan({ clientId: CLIENT_OF.payer }));
    expect(error.kind).to.equal('forbidden');
    expect(error.status).to.equal(403);
    expect(error.message).to.equal('The care plan is shown to the client and to their personal representative only.');
  });

  it('never returns the hidden team member, in the team or among thread participants', async () => {
    const backend = await mock();
    expect(backend.db.data.team.find((m) => m.id === HIDDEN_MEMBER_ID)?.hidden).to.equal(true);
    for (const user of ['client', 'guardian'] as const) {
      const api = restAdapter(() => backend.tokenFor(user));
      const team = await api.team.list({ clientId: CLIENT_OF[user] });
      expect(team.length).to.be.greaterThan(1);
      expect(team.map((m) => m.id)).not.to.include(HIDDEN_MEMBER_ID);
      const threads = await api.messages.listThreads({ clientId: CLIENT_OF[user], limit: 200 });
      expect(threads.items.flatMap((t) => t.participants.map((p) => p.id))).not.to.include(HIDDEN_MEMBER_ID);
    }
    const refused = await rejection((await clientApi()).messages.createThread({ clientId: A, body: { recipientIds: [HIDDEN_MEMBER_ID], subject: 'Hi', text: 'Hello', attachmentIds: [] } }));
    expect(refused.kind).to.equal('invalid-request');
    expect(refused.code).to.equal('invalid-recipient');
  });

  it('a 409 notice-window is a conflict whose message states the rule', async () => {
    const error = await rejection((await clientApi()).schedule.cancelAppointment({ clientId: A, appointmentId: SOON_APPOINTMENT_ID[A]!, body: { reason: 'Sick' } }));
    expect(error.kind).to.equal('conflict');
    expect(error.status).to.equal(409);
    expect(error.code).to.equal('notice-window');
    expect(error.message).to.equal("Appointments can't be cancelled less than 24 hours before they start. Please call the practice on +1 555-0100.");
  });

  it('offline is a retryable network error, and the next call after reconnecting works', async () => {
    const backend = await mock();
    const api = await clientApi();
    backend.faults.offline();
    const error = await rejection(api.session.get());
    expect(error.kind).to.equal('network');
    expect(error.retryable).to.equal(true);
    backend.faults.offline(false);
    expect((await api.session.get()).user.name).to.equal('Avery Example');
  });

  it('upload progress reaches 1; a refused file type is invalid-request with a clear message', async () => {
    const api = await clientApi();
    const fractions: number[] = [];
    const bytes = new Uint8Array(256 * 1024).fill(65);
    const file = await api.files.upload(
      { clientId: A, body: { file: new File([bytes], 'scan.pdf', { type: 'application/pdf' }), kind: 'report' } },
      { onUploadProgress: ({ fraction }) => fractions.push(fraction) },
    );
    expect(file.size).to.equal(bytes.length);
    expect(fractions.at(-1)).to.equal(1);
    expect(fractions.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= fractions[i - 1]!))).to.equal(true);
    const refused = await rejection(api.files.upload({ clientId: A, body: { file: new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }), kind: 'other' } }));
    expect(refused.kind).to.equal('invalid-request');
    expect(refused.code).to.equal('unsupported-file-type');
    expect(refused.message).to.contain('application/x-msdownload').and.contain('application/pdf');
    expect(refused.issues).to.deep.equal([{ path: 'file', message: 'Unsupported file type' }]);
  });

  it('a 401 asks the host for a fresh token once, retries, and parallel 401s share it', async () => {
    const backend = await mock();
    const asked: boolean[] = [];
    const api = restAdapter(async ({ forceRefresh }) => {
      asked.push(forceRefresh);
      await new Promise((resolve) => setTimeout(resolve, 10));
      return forceRefresh ? backend.tokenFor('client') : 'expired-token';
    });
    const [team, threads, session] = await Promise.all([api.team.list({ clientId: A }), api.messages.listThreads({ clientId: A }), api.session.get()]);
    expect(team.length).to.be.greaterThan(1);
    expect(threads.items.length).to.be.greaterThan(0);
    expect(session.user.name).to.equal('Avery Example');
    expect(asked).to.deep.equal([false, true]);
  });

  it('a token still refused after the refresh is unauthorized and tells the host', async () => {
    const seen: PorticoError[] = [];
    let n = 0;
    const api = restAdapter(() => `bad-token-${n++}`, { onUnauthorized: (error) => seen.push(error) });
    const error = await rejection(api.session.get());
    expect(error.kind).to.equal('unauthorized');
    expect(n).to.equal(2);
    expect(seen).to.deep.equal([error]);
  });

  it('insurance with a new payer is refused (403 adding-payers-disabled) where the practice does not allow it', async () => {
    const backend = await mock();
    const api = await clientApi();
    const body = { newPayer: { name: 'Placeholder Mutual' }, priority: 'secondary' as const, memberId: 'M-1', subscriberName: 'Avery Example', relationshipToSubscriber: 'self' as const, validFrom: '2026-01-01' };
    expect((await api.insurance.create({ clientId: A, body })).payer.name).to.equal('Placeholder Mutual');
    backend.db.data.organisation.features.addPayers = false;
    const payers = backend.db.data.payers.length;
    const error = await rejection(api.insurance.create({ clientId: A, body: { ...body, newPayer: { name: 'Another Mutual' } } }));
    expect(error.kind).to.equal('forbidden');
    expect(error.code).to.equal('adding-payers-disabled');
    expect(backend.db.data.payers).to.have.length(payers);
    const policy = backend.db.data.insurance.find((p) => p.clientId === A)!;
    const update = await rejection(api.insurance.update({ clientId: A, policyId: policy.id, body: { ...body, newPayer: { name: 'Another Mutual' } } }));
    expect(update.code).to.equal('adding-payers-disabled');
    // A listed payer is still fine.
    const { newPayer: _newPayer, ...fields } = body;
    expect((await api.insurance.create({ clientId: A, body: { ...fields, payerId: backend.db.data.payers[0]!.id } })).status).to.equal('pending-verification');
  });
});
