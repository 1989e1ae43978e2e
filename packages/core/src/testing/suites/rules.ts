/** Rules of the contract that cut across domains: who may do what, ids, keys and cursors. */
import { check, deepEqual, equal, rejects } from '../assert.js';
import { UNKNOWN_ID, walkPages, type ContractContext, type SuiteApi } from './context.js';

export function ruleSuites({ describe, it }: SuiteApi, c: ContractContext): void {
  describe('contract rules', () => {
    it('a payer sees invoices and the calendar, but is refused the care plan, booking and the clinical record', async () => {
      const payer = c.api('payer');
      const clientId = c.clientId('payer');
      const invoices = await payer.billing.listInvoices({ clientId, limit: 5 });
      check(Array.isArray(invoices.items), 'billing.listInvoices (payer)');
      await payer.schedule.listAppointments({ clientId });
      const carePlan = await rejects(payer.clinical.getCarePlan({ clientId }), 'forbidden', 'clinical.getCarePlan (payer)');
      check(carePlan.message.length > 0, 'the refusal says why');
      const start = new Date(Date.now() + 5 * 86_400_000).toISOString();
      await rejects(payer.schedule.requestAppointment({ clientId, body: { providerId: UNKNOWN_ID, serviceId: UNKNOWN_ID, start } }), 'forbidden', 'schedule.requestAppointment (payer)');
      await rejects(payer.schedule.listProviders({ clientId }), 'forbidden', 'schedule.listProviders (payer)');
      await rejects(payer.team.list({ clientId }), 'forbidden', 'team.list (payer)');
      await rejects(payer.insurance.list({ clientId }), 'forbidden', 'insurance.list (payer)');
    });

    it('hidden team members never appear, for any user who may see the team', async () => {
      for (const user of ['client', 'guardian'] as const) {
        const clientId = c.clientId(user);
        const team = await c.api(user).team.list({ clientId });
        deepEqual(team.filter((m) => m.hidden).map((m) => m.id), [], `team.list (${user}): hidden members`);
        const visible = new Set(team.map((m) => m.id));
        const files = await c.api(user).files.list({ clientId, limit: 50 });
        for (const file of files.items) {
          check(file.sharedWith.every((id) => visible.has(id)), `files.list (${user}): ${file.id} is shared with someone outside the visible team`);
        }
      }
    });

    it('unknown ids are not-found, and another user\'s client is refused', async () => {
      const api = c.api();
      const clientId = c.clientId();
      const calls: [string, () => Promise<unknown>][] = [
        ['messages.getThread', () => api.messages.getThread({ clientId, threadId: UNKNOWN_ID })],
        ['messages.listMessages', () => api.messages.listMessages({ clientId, threadId: UNKNOWN_ID })],
        ['messages.send', () => api.messages.send({ clientId, threadId: UNKNOWN_ID, body: { text: 'Hello', attachmentIds: [] } })],
        ['files.share', () => api.files.share({ clientId, fileId: UNKNOWN_ID, body: { memberIds: [] } })],
        ['forms.getProgress', () => api.forms.getProgress({ clientId, assignmentId: UNKNOWN_ID })],
        ['clinical.updateHomework', () => api.clinical.updateHomework({ clientId, homeworkId: UNKNOWN_ID, body: { status: 'done' } })],
        ['schedule.withdrawRequest', () => api.schedule.withdrawRequest({ clientId, requestId: UNKNOWN_ID })],
      ];
      for (const [name, call] of calls) await rejects(call(), 'not-found', `${name} of an unknown id`);
      if (c.clientId('guardian') !== clientId) {
        await rejects(api.team.list({ clientId: c.clientId('guardian') }), ['forbidden', 'not-found'], 'team.list of a client the user does not act for');
      }
    });

    it('a write repeated with the same idempotency key is stored once', async () => {
      const clientId = c.clientId();
      const recipient = (await c.api().team.list({ clientId })).find((m) => m.messageable);
      check(recipient, 'team.list: a member the client may message');
      const body = { recipientIds: [recipient.id], subject: `Once ${c.unique('once')}`, text: 'Stored once.', attachmentIds: [] };
      const key = c.unique('create-thread');
      const first = await c.api().messages.createThread({ clientId, body }, { idempotencyKey: key });
      const second = await c.api().messages.createThread({ clientId, body }, { idempotencyKey: key });
      equal(second.thread.id, first.thread.id, 'messages.createThread repeated: the same thread');
      const threads = await c.api().messages.listThreads({ clientId, limit: 200 });
      equal(threads.items.filter((t) => t.subject === body.subject).length, 1, 'messages.listThreads: threads with that subject');
    });

    it('cursor pages are disjoint and, joined, equal one larger page', async () => {
      const clientId = c.clientId();
      const threads = await c.api().messages.listThreads({ clientId, limit: 200 });
      const longest = [...threads.items].sort((a, b) => b.messageCount - a.messageCount)[0];
      check(longest && longest.messageCount >= 4, 'messages.listThreads: a thread with at least 4 messages');
      const size = Math.min(3, Math.floor(longest.messageCount / 2));
      const walked = await walkPages('messages.listMessages', (cursor) => c.api().messages.listMessages({ clientId, threadId: longest.id, limit: size, cursor }), size, 2);
      check(walked.pages === 2 && walked.items.length === 2 * size, `messages.listMessages: two full pages of ${size}`);
      const whole = await c.api().messages.listMessages({ clientId, threadId: longest.id, limit: 2 * size });
      deepEqual(walked.items.map((m) => m.id), whole.items.map((m) => m.id), 'two pages joined vs one page of twice the size');
    });
  });
}
