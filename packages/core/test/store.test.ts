import { expect } from '@open-wc/testing';
import { PorticoError, type PortalAdapter } from '../src/index.js';
import { createStore, matchesKey, serializeKey, type ResourceState } from '../src/store/index.js';

/** A promise with its resolve/reject in hand, so a test decides when a "request" answers. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/** The store only hands the adapter to fetchers, so an empty object stands in for one. */
const adapter = {} as PortalAdapter;

describe('store', () => {
  describe('keys', () => {
    it('serialises params independent of their order and drops undefined', () => {
      expect(serializeKey(['a.b', { x: 1, y: 'z', u: undefined }])).to.equal(serializeKey(['a.b', { y: 'z', x: 1 }]));
      expect(serializeKey(['a.b', {}])).to.equal('a.b');
    });

    it('matches by name segment and by params', () => {
      const key = ['messages.listThreads', { clientId: 'c1', limit: 20 }] as const;
      expect(matchesKey('messages', key)).to.be.true;
      expect(matchesKey('messages.', key)).to.be.true;
      expect(matchesKey('messages.listThreads', key)).to.be.true;
      expect(matchesKey('messages.list', key)).to.be.false;
      expect(matchesKey('files', key)).to.be.false;
      expect(matchesKey(['messages', { clientId: 'c1' }], key)).to.be.true;
      expect(matchesKey(['messages', { clientId: 'c2' }], key)).to.be.false;
    });
  });

  it('dedupes requests in flight: two queries, one call', async () => {
    const store = createStore(adapter);
    let calls = 0;
    const fetcher = async () => {
      calls++;
      await tick();
      return ['t1'];
    };
    const [a, b] = await Promise.all([store.query(['messages.listThreads', { clientId: 'c1' }], fetcher), store.query(['messages.listThreads', { clientId: 'c1' }], fetcher)]);
    expect(calls).to.equal(1);
    expect(a).to.deep.equal(['t1']);
    expect(b).to.equal(a);
  });

  it('answers from the cache while data is fresh', async () => {
    const store = createStore(adapter, { staleTime: 60_000 });
    let calls = 0;
    const fetcher = async () => ++calls;
    expect(await store.query(['team.list', { clientId: 'c1' }], fetcher)).to.equal(1);
    expect(await store.query(['team.list', { clientId: 'c1' }], fetcher)).to.equal(1);
    expect(calls).to.equal(1);
    // Another client is another key.
    expect(await store.query(['team.list', { clientId: 'c2' }], fetcher)).to.equal(2);
  });

  it('refetches stale data on watch', async () => {
    let time = 0;
    const store = createStore(adapter, { staleTime: 100, now: () => time });
    let calls = 0;
    const fetcher = async () => ++calls;
    await store.query(['k'], fetcher);
    time = 500;
    const stop = store.watch(['k'], fetcher, () => {});
    expect(store.getState(['k']).status).to.equal('loading');
    expect(store.getState(['k']).data).to.equal(1);
    await tick();
    expect(store.getState(['k']).data).to.equal(2);
    stop();
  });

  it('keeps the old data visible while revalidating', async () => {
    const store = createStore(adapter);
    const answers = [deferred<string>(), deferred<string>()];
    let call = 0;
    const states: ResourceState<string>[] = [];
    const stop = store.watch<string>(['k'], () => answers[call++]!.promise, (s) => states.push(s));
    answers[0]!.resolve('old');
    await tick();
    expect(store.getState(['k'])).to.include({ status: 'success', data: 'old' });

    const done = store.revalidate(['k']);
    expect(store.getState(['k'])).to.include({ status: 'loading', data: 'old' });
    answers[1]!.resolve('new');
    await done;
    expect(store.getState(['k'])).to.include({ status: 'success', data: 'new' });
    expect(states.map((s) => `${s.status}:${s.data}`)).to.deep.equal(['loading:undefined', 'success:old', 'loading:old', 'success:new']);
    stop();
  });

  it('reports failures as an error state with a PorticoError', async () => {
    const store = createStore(adapter);
    const failure = new PorticoError({ kind: 'server', operation: 'team.list', status: 503 });
    const stop = store.watch(['team.list', { clientId: 'c1' }], () => Promise.reject(failure), () => {});
    await tick();
    const state = store.getState(['team.list', { clientId: 'c1' }]);
    expect(state.status).to.equal('error');
    expect(state.error).to.equal(failure);
    stop();
  });

  it('wraps foreign errors in a PorticoError', async () => {
    const store = createStore(adapter);
    const error = await store.query(['x.y'], () => Promise.reject(new Error('boom'))).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(PorticoError);
    expect((error as PorticoError).kind).to.equal('server');
    expect((error as PorticoError).operation).to.equal('x.y');
  });

  it('invalidates by prefix: watched keys refetch, others are marked stale', async () => {
    const store = createStore(adapter);
    const calls: string[] = [];
    const fetcher = (name: string) => async () => {
      calls.push(name);
      return calls.length;
    };
    const stopA = store.watch(['messages.listThreads', { clientId: 'c1' }], fetcher('threads-c1'), () => {});
    const stopB = store.watch(['messages.listThreads', { clientId: 'c2' }], fetcher('threads-c2'), () => {});
    const stopC = store.watch(['files.list', { clientId: 'c1' }], fetcher('files-c1'), () => {});
    await store.query(['messages.getThread', { clientId: 'c1', threadId: 't1' }], fetcher('thread-t1'));
    await tick();
    calls.length = 0;

    store.invalidate(['messages', { clientId: 'c1' }]);
    await tick();
    expect(calls).to.deep.equal(['threads-c1']);
    // The unwatched key refetches the next time someone asks.
    await store.query(['messages.getThread', { clientId: 'c1', threadId: 't1' }], fetcher('thread-t1'));
    expect(calls).to.deep.equal(['threads-c1', 'thread-t1']);
    stopA();
    stopB();
    stopC();
  });

  it('drops a response that was in flight when its key was invalidated', async () => {
    const store = createStore(adapter);
    const answers = [deferred<string>(), deferred<string>()];
    let call = 0;
    const pending = store.query(['k'], () => answers[call++]!.promise);
    await tick();
    store.invalidate('k');
    answers[0]!.resolve('before the write');
    answers[1]!.resolve('after the write');
    expect(await pending).to.equal('after the write');
    expect(store.getState(['k']).data).to.equal('after the write');
  });

  it('mutates with an idempotency key and invalidates related keys', async () => {
    const store = createStore(adapter);
    let threads = ['t1'];
    let listCalls = 0;
    const stop = store.watch(['messages.listThreads', { clientId: 'c1' }], async () => {
      listCalls++;
      return [...threads];
    }, () => {});
    await tick();
    let seenKey = '';
    const result = await store.mutate(
      async (_adapter, { idempotencyKey }) => {
        seenKey = idempotencyKey;
        threads = [...threads, 't2'];
        return 't2';
      },
      { invalidates: ['messages.'] },
    );
    expect(result).to.equal('t2');
    expect(seenKey).to.be.a('string').and.not.empty;
    await tick();
    expect(listCalls).to.equal(2);
    expect(store.getState(['messages.listThreads', { clientId: 'c1' }]).data).to.deep.equal(['t1', 't2']);
    stop();
  });

  it('reuses a given idempotency key', async () => {
    const store = createStore(adapter);
    let seen = '';
    await store.mutate(async (_a, { idempotencyKey }) => (seen = idempotencyKey), { idempotencyKey: 'retry-1' });
    expect(seen).to.equal('retry-1');
  });

  it('applies an optimistic update at once and keeps it until the server answers', async () => {
    const store = createStore(adapter);
    const key = ['messages.listMessages', { clientId: 'c1', threadId: 't1' }] as const;
    let server = ['hello'];
    const stop = store.watch(key, async () => [...server], () => {});
    await tick();
    const write = deferred<void>();
    const sending = store.mutate(
      async () => {
        await write.promise;
        server = [...server, 'hi (sent)'];
      },
      { optimistic: { key, update: (messages: string[]) => [...messages, 'hi (pending)'] } },
    );
    expect(store.getState(key).data).to.deep.equal(['hello', 'hi (pending)']);
    write.resolve();
    await sending;
    await tick();
    expect(store.getState(key).data).to.deep.equal(['hello', 'hi (sent)']);
    stop();
  });

  it('rolls an optimistic update back when the write fails', async () => {
    const store = createStore(adapter);
    const key = ['messages.listMessages', { clientId: 'c1', threadId: 't1' }] as const;
    const stop = store.watch(key, async () => ['hello'], () => {});
    await tick();
    const failure = new PorticoError({ kind: 'network', operation: 'messages.send' });
    const result = store.mutate(() => Promise.reject(failure), {
      optimistic: { key, update: (messages: string[]) => [...messages, 'hi (pending)'] },
    });
    expect(store.getState(key).data).to.deep.equal(['hello', 'hi (pending)']);
    const error = await result.catch((e: unknown) => e);
    expect(error).to.equal(failure);
    expect(store.getState(key)).to.include({ status: 'success' });
    expect(store.getState(key).data).to.deep.equal(['hello']);
    stop();
  });

  it('clear() forgets data and reloads what is watched', async () => {
    const store = createStore(adapter);
    let n = 0;
    const seen: (number | undefined)[] = [];
    const stop = store.watch<number>(['k'], async () => ++n, (s) => seen.push(s.data));
    await tick();
    store.clear();
    expect(store.getState(['k']).data).to.equal(undefined);
    await tick();
    expect(store.getState(['k']).data).to.equal(2);
    stop();
  });
});
