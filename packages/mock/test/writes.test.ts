/** Writes that persist, idempotency, payments, uploads, forms and data sheets. */
import { expect } from '@open-wc/testing';
import { CLIENT } from '@portico/mock';
import type { AppointmentRequest, FormAssignment, Invoice, Message, NotificationPreferences, PaymentResult, PortalFile, Slot, Thread } from '@portico/core';
import { api, codeOf, mock } from './helpers.js';

const A = `/clients/${CLIENT.avery}`;

async function messageCount(threadId: string): Promise<number> {
  return ((await api(`${A}/threads/${threadId}`)).body as Thread).messageCount;
}

describe('mock backend: writes', () => {
  beforeEach(async () => {
    const backend = await mock();
    backend.reset();
    backend.signInAs('client');
  });

  it('replays a repeated Idempotency-Key without storing the write twice', async () => {
    const before = await messageCount('th-avery-schedule');
    const send = () => api(`${A}/threads/th-avery-schedule/messages`, { body: { text: 'Once only', attachmentIds: [] }, key: 'same-key-1' });
    const first = await send();
    const second = await send();
    expect(first.status).to.equal(201);
    expect(second.body).to.deep.equal(first.body);
    expect(await messageCount('th-avery-schedule')).to.equal(before + 1);
  });

  it('drop-response: the write is stored, the client sees a network error, and the retry replays', async () => {
    const backend = await mock();
    const before = await messageCount('th-avery-schedule');
    backend.faults.dropResponse('messages.send', { times: 1 });
    let failed = false;
    try {
      await api(`${A}/threads/th-avery-schedule/messages`, { body: { text: 'Dropped', attachmentIds: [] }, key: 'drop-key' });
    } catch (error) {
      failed = error instanceof TypeError;
    }
    expect(failed).to.equal(true);
    expect(await messageCount('th-avery-schedule')).to.equal(before + 1);
    const retry = await api(`${A}/threads/th-avery-schedule/messages`, { body: { text: 'Dropped', attachmentIds: [] }, key: 'drop-key' });
    expect(retry.status).to.equal(201);
    expect((retry.body as Message).text).to.equal('Dropped');
    expect(await messageCount('th-avery-schedule')).to.equal(before + 1);
  });

  it('malformed: corrupts a documented field deterministically', async () => {
    const backend = await mock();
    backend.faults.malformed('messages.listThreads');
    const threads = (await api(`${A}/threads`)).body as { items: Record<string, unknown>[] };
    expect(threads.items[0]!.lastMessageAt).to.equal('not-a-date');
    expect(backend.faults.lastMalformed).to.deep.equal({ operation: 'messages.listThreads', path: 'items.0.lastMessageAt' });
    backend.faults.malformed('team.list');
    const team = (await api(`${A}/team`)).body as Record<string, unknown>[];
    expect(team[0]).not.to.have.property('id');
    backend.faults.malformed('team.list', { path: '0.name', value: 42 });
    expect(((await api(`${A}/team`)).body as Record<string, unknown>[])[0]!.name).to.equal(42);
  });

  it('error rate, offline and latency faults', async () => {
    const backend = await mock();
    backend.faults.errorRate('team.list', 1, { times: 1 });
    const failed = await api(`${A}/team`);
    expect(failed.status).to.equal(500);
    expect(codeOf(failed)).to.equal('server-error');
    expect((await api(`${A}/team`)).status).to.equal(200);
    backend.faults.offline();
    let offline = false;
    await api('/session').catch(() => (offline = true));
    expect(offline).to.equal(true);
    backend.faults.offline(false).latency(150, 'session.get');
    const started = performance.now();
    expect((await api('/session')).status).to.equal(200);
    expect(performance.now() - started).to.be.greaterThan(140);
  });

  it('marking a thread read clears its unread count', async () => {
    const before = (await api(`${A}/threads/th-avery-schedule`)).body as Thread;
    expect(before.unreadCount).to.be.greaterThan(0);
    const after = (await api(`${A}/threads/th-avery-schedule/read`, { body: {} })).body as Thread;
    expect(after.unreadCount).to.equal(0);
  });

  it('a declined card leaves the balance unchanged; a good card pays; overpaying is refused', async () => {
    const invoice = (await api(`${A}/invoices/inv-avery-01`)).body as Invoice;
    const pay = (amount: number, paymentToken: string) => api(`${A}/invoices/inv-avery-01/payments`, { body: { amount: { amount, currency: 'USD' }, paymentToken } });
    const declined = await pay(invoice.balance.amount, 'tok_chargeDeclined');
    expect(declined.body).to.deep.equal({ status: 'declined', declineCode: 'card_declined', message: 'Your card was declined.' });
    expect(((await api(`${A}/invoices/inv-avery-01`)).body as Invoice).balance).to.deep.equal(invoice.balance);
    const over = await pay(invoice.balance.amount + 1, 'tok_visa');
    expect(over.status).to.equal(400);
    expect(codeOf(over)).to.equal('amount-exceeds-balance');
    const ok = (await pay(invoice.balance.amount, 'tok_visa')).body as PaymentResult;
    expect(ok.status).to.equal('succeeded');
    expect(ok.status === 'succeeded' && ok.invoice.balance.amount).to.equal(0);
  });

  it('3-D Secure: requires-action, then confirmPayment succeeds', async () => {
    const invoice = (await api(`${A}/invoices/inv-avery-03`)).body as Invoice;
    const first = (await api(`${A}/invoices/inv-avery-03/payments`, { body: { amount: { amount: 1000, currency: 'USD' }, paymentToken: 'tok_threeDSecure' } })).body as PaymentResult;
    expect(first.status).to.equal('requires-action');
    const actionToken = first.status === 'requires-action' ? first.actionToken : '';
    const confirmed = (await api(`${A}/invoices/inv-avery-03/payments/confirm`, { body: { actionToken, confirmationToken: 'tok_confirmed' } })).body as PaymentResult;
    expect(confirmed.status).to.equal('succeeded');
    expect(confirmed.status === 'succeeded' && confirmed.invoice.balance.amount).to.equal(invoice.balance.amount - 1000);
  });

  it('checks uploads against the accepted types and size limit, and stores accepted ones', async () => {
    const upload = (file: File) => {
      const form = new FormData();
      form.set('kind', 'other');
      form.set('file', file);
      return api(`${A}/files`, { body: form });
    };
    const exe = await upload(new File(['MZ'], 'tool.exe', { type: 'application/x-msdownload' }));
    expect(exe.status).to.equal(400);
    expect(codeOf(exe)).to.equal('unsupported-file-type');
    const big = await upload(new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.pdf', { type: 'application/pdf' }));
    expect(codeOf(big)).to.equal('file-too-large');
    const ok = await upload(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    expect(ok.status).to.equal(201);
    const file = ok.body as PortalFile;
    expect(((await api(`${A}/files/${file.id}`)).body as PortalFile).name).to.equal('notes.txt');
    expect(await (await fetch(file.url)).text()).to.equal('hello');
  });

  it('saves and restores form progress; submitting creates a form document in Files', async () => {
    const path = `${A}/form-assignments/fa-avery-privacy`;
    expect(codeOf(await api(`${path}/progress`, { method: 'PUT', body: { answers: {} } }))).to.equal('form-submitted');
    const consent = `${A}/form-assignments/fa-avery-consent`;
    await api(`${consent}/progress`, { method: 'PUT', body: { answers: { understands: 'yes', telehealthOk: true } } });
    expect(((await api(`${consent}/progress`)).body as { answers: unknown }).answers).to.deep.equal({ understands: 'yes', telehealthOk: true });
    const incomplete = await api(`${consent}/submission`, { body: { answers: {}, signature: null } });
    expect(codeOf(incomplete)).to.equal('form-incomplete');
    const signature = { kind: 'typed', signerName: 'Avery Example', signedAt: new Date().toISOString(), text: 'Avery Example' };
    const done = (await api(`${consent}/submission`, { body: { answers: { understands: 'yes', telehealthOk: false }, signature } })).body as FormAssignment;
    expect(done.status).to.equal('submitted');
    const forms = (await api(`${A}/files?kind=form&limit=200`)).body as { items: PortalFile[] };
    expect(forms.items.map((f) => f.id)).to.include(done.documentId);
  });

  it('stores a data-sheet record, and refuses rows of another sheet', async () => {
    const backend = await mock();
    const run = { startedAt: new Date(Date.now() - 6e5).toISOString(), endedAt: new Date().toISOString() };
    const bad = await api(`${A}/data-sheets/ds-avery-session/records`, { body: { ...run, rows: [{ rowId: 'nope', count: 1 }] } });
    expect(codeOf(bad)).to.equal('invalid-data-sheet');
    const rows = [{ rowId: 'ds-avery-r1', trials: ['correct', 'prompted'] }, { rowId: 'ds-avery-r3', count: 4 }, { rowId: 'ds-avery-r4', durationSeconds: 95 }];
    const ok = await api(`${A}/data-sheets/ds-avery-session/records`, { body: { ...run, rows } });
    expect(ok.status).to.equal(201);
    expect(backend.db.data.dataSheetRecords).to.have.length(1);
  });

  it('requests an open slot; the provider accepts or declines it', async () => {
    const backend = await mock();
    const from = new Date(Date.now() + 2 * 864e5).toISOString();
    const to = new Date(Date.now() + 16 * 864e5).toISOString();
    const slots = (await api(`${A}/slots?providerId=tm-riley&serviceId=svc-therapy&from=${from}&to=${to}`)).body as Slot[];
    expect(slots.length).to.be.greaterThan(3);
    const request = (await api(`${A}/appointment-requests`, { body: { providerId: 'tm-riley', serviceId: 'svc-therapy', start: slots[0]!.start } })).body as AppointmentRequest;
    expect(request.status).to.equal('pending');
    expect(codeOf(await api(`${A}/appointment-requests`, { body: { providerId: 'tm-riley', serviceId: 'svc-therapy', start: slots[0]!.start } }))).to.equal('slot-unavailable');
    const accepted = backend.acceptRequest(request.id);
    expect(accepted.status).to.equal('accepted');
    const appts = (await api(`${A}/appointments?when=upcoming`)).body as { id: string }[];
    expect(appts.map((a) => a.id)).to.include(accepted.appointmentId);
    const second = (await api(`${A}/appointment-requests`, { body: { providerId: 'tm-riley', serviceId: 'svc-therapy', start: slots[1]!.start } })).body as AppointmentRequest;
    expect(backend.declineRequest(second.id, 'Away that day').declineReason).to.equal('Away that day');
  });

  it('persists preferences, profile, availability and the dashboard layout', async () => {
    const prefs = (await api('/me/preferences')).body as NotificationPreferences;
    await api('/me/preferences', { method: 'PUT', body: { ...prefs, language: 'es' } });
    expect(((await api('/me/preferences')).body as NotificationPreferences).language).to.equal('es');
    await api('/me/profile', { method: 'PATCH', body: { pronouns: 'she/her' } });
    expect(((await api('/me/profile')).body as { pronouns: string }).pronouns).to.equal('she/her');
    await api(`${A}/availability`, { method: 'PUT', body: { timeZone: 'America/Chicago', windows: [{ weekday: 2, start: '08:00', end: '10:00' }] } });
    expect(((await api(`${A}/availability`)).body as { windows: unknown[] }).windows).to.have.length(1);
    const layout = { widgets: [{ kind: 'balance-due', size: 'large' }] };
    await api('/me/dashboard-layout', { method: 'PUT', body: layout });
    expect((await api('/me/dashboard-layout')).body).to.deep.equal(layout);
    const reset = (await api('/me/dashboard-layout', { method: 'DELETE' })).body as { widgets: unknown[] };
    expect(reset.widgets.length).to.equal(6);
  });

  it('signs in with the demo credentials and refuses a wrong password', async () => {
    const { credentials } = await mock();
    const ok = await api('/auth/sign-in', { token: null, body: { email: credentials.payer.email, password: credentials.payer.password } });
    expect(ok.status).to.equal(200);
    const token = (ok.body as { accessToken: string }).accessToken;
    expect(((await api('/session', { token })).body as { user: { role: string } }).user.role).to.equal('payer');
    const wrong = await api('/auth/sign-in', { token: null, body: { email: credentials.payer.email, password: 'nope' } });
    expect(wrong.status).to.equal(401);
    expect(codeOf(wrong)).to.equal('invalid-credentials');
  });
});
