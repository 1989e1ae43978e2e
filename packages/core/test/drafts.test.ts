import { expect } from '@open-wc/testing';
import { PorticoError, type PortalAdapter } from '../src/index.js';
import { createStore } from '../src/store/index.js';

const adapter = {} as PortalAdapter;
const offline = () => new PorticoError({ kind: 'network', operation: 'x.write' });

describe('store drafts and outbox (unsent work, in memory)', () => {
  it('keeps drafts by client and what is written, notifies, and says what is unsent', () => {
    const store = createStore(adapter);
    let changes = 0;
    store.drafts.subscribe(() => changes++);
    store.drafts.set(['messages.draft', { clientId: 'c1', threadId: 't1' }], { text: 'for c1' });
    store.drafts.set(['messages.draft', { clientId: 'c2', threadId: 't1' }], { text: 'for c2' });
    store.drafts.set(['messages.draft', { clientId: 'c1', threadId: 'new' }], { recipientIds: ['m1'] }, { unsent: false });
    expect(store.drafts.get<{ text: string }>(['messages.draft', { threadId: 't1', clientId: 'c2' }])!.text).to.equal('for c2');
    expect(store.drafts.entries(['messages.draft', { clientId: 'c1' }]).length).to.equal(2);
    expect(store.drafts.hasUnsent()).to.equal(true);
    store.drafts.delete(['messages.draft', { clientId: 'c1', threadId: 't1' }]);
    store.drafts.delete(['messages.draft', { clientId: 'c2', threadId: 't1' }]);
    expect(store.drafts.hasUnsent()).to.equal(false);
    expect(changes).to.equal(5);
  });

  it('clear() (sign-out) forgets drafts and queued writes with the cache', async () => {
    const store = createStore(adapter);
    store.drafts.set(['forms.answers', { clientId: 'c1', assignmentId: 'a1' }], { a: 1 });
    await store.outbox.send(['x.write', { id: 1 }], { title: 'T' }, () => Promise.reject(offline())).catch(() => undefined);
    expect(store.outbox.items('x').length).to.equal(1);
    store.clear();
    expect(store.drafts.get(['forms.answers', { clientId: 'c1', assignmentId: 'a1' }])).to.equal(undefined);
    expect(store.outbox.items('').length).to.equal(0);
    expect(store.drafts.hasUnsent()).to.equal(false);
  });

  it('queues a write that failed for the network and sends it again on reconnect, with the same idempotency key', async () => {
    const store = createStore(adapter);
    const keys: string[] = [];
    let online = false;
    const sent: string[] = [];
    const write = (_a: PortalAdapter, { idempotencyKey }: { idempotencyKey: string }, payload: { title: string }) => {
      keys.push(idempotencyKey);
      return online ? Promise.resolve(`stored ${payload.title}`) : Promise.reject(offline());
    };
    const first = await store.outbox.send(['x.write', { id: 1 }], { title: 'Sheet' }, write, { onSent: (r) => sent.push(r) }).catch((e: PorticoError) => e);
    expect((first as PorticoError).kind).to.equal('network');
    const [item] = store.outbox.items<{ title: string }>('x');
    expect(item!.status).to.equal('waiting');
    expect(store.drafts.hasUnsent()).to.equal(true);
    online = true;
    await store.outbox.retryWaiting();
    expect(sent).to.deep.equal(['stored Sheet']);
    expect(store.outbox.items('x')).to.deep.equal([]);
    expect(keys.length).to.equal(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(store.drafts.hasUnsent()).to.equal(false);
  });

  it('drops a write the backend refused (nothing a retry can fix) and rejects with why', async () => {
    const store = createStore(adapter);
    const refused = new PorticoError({ kind: 'invalid-request', operation: 'x.write' });
    const error = await store.outbox.send(['x.write', { id: 2 }], {}, () => Promise.reject(refused)).catch((e: PorticoError) => e);
    expect((error as PorticoError).kind).to.equal('invalid-request');
    expect(store.outbox.items('x')).to.deep.equal([]);
  });
});
