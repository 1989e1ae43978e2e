import { expect } from '@open-wc/testing';
import { createRestAdapter, PorticoError, routeLoaders, routes, setLogger, type PortalAdapter, type RestAdapterOptions } from '@portico/core';

/** Captures what Portico logs while `run` runs (through the one logger hosts can redirect). */
async function logged(run: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  setLogger({ warn: (line) => lines.push(line), error: (line) => lines.push(line) });
  try {
    await run();
  } finally {
    setLogger(undefined);
  }
  return lines;
}

/** A scripted fetch: each call is answered by the next handler; every request is recorded. */
function scriptedFetch(...answers: ((request: Request) => Response | Promise<Response>)[]) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    const answer = answers[Math.min(requests.length - 1, answers.length - 1)];
    if (!answer) throw new Error('no scripted answer');
    return answer(request);
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const errorBody = (status: number, code: string, message: string, issues?: unknown[]) =>
  json({ error: { code, message, ...(issues ? { issues } : {}) } }, status);

const member = { id: 'tm-1', name: 'Rowan Example', title: 'Therapist', photoUrl: null, email: null, phone: null, messageable: true, hidden: false };

function adapter(fetch: typeof globalThis.fetch, extra: Partial<RestAdapterOptions> = {}): PortalAdapter {
  return createRestAdapter({ baseUrl: 'https://backend.test/api/', fetch, getAccessToken: () => 'token-1', retry: { limit: 2, delay: () => 1 }, ...extra });
}

async function rejection(promise: Promise<unknown>): Promise<PorticoError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(PorticoError);
    return error as PorticoError;
  }
  throw new Error('expected the call to fail');
}

describe('REST adapter', () => {
  it('loads each domain of the route table on first use, and every domain is there', async () => {
    expect(Object.keys(routeLoaders)).to.deep.equal(Object.keys(routes));
    for (const [domain, load] of Object.entries(routeLoaders)) {
      expect(await load(), domain).to.equal(routes[domain as keyof typeof routes]);
    }
  });

  it('rejects an operation the contract does not have', async () => {
    const { fetch, requests } = scriptedFetch(() => json({}));
    const api = adapter(fetch) as unknown as Record<string, Record<string, () => Promise<unknown>>>;
    const error = await rejection(api.team!.nonexistent!());
    expect(error.operation).to.equal('team.nonexistent');
    expect(requests).to.have.length(0);
  });

  it('builds the URL from the route, sends the bearer token and validates the response', async () => {
    const { fetch, requests } = scriptedFetch(() => json([member]));
    const team = await adapter(fetch).team.list({ clientId: 'client/1' });
    expect(team[0]?.name).to.equal('Rowan Example');
    expect(requests[0]!.url).to.equal('https://backend.test/api/clients/client%2F1/team');
    expect(requests[0]!.headers.get('authorization')).to.equal('Bearer token-1');
    expect(requests[0]!.method).to.equal('GET');
  });

  it('puts query fields in the query string and drops undefined ones', async () => {
    const { fetch, requests } = scriptedFetch(() => json({ items: [], nextCursor: null }));
    await adapter(fetch).files.list({ clientId: 'c1', kind: 'report', cursor: undefined, limit: 20 });
    expect(new URL(requests[0]!.url).search).to.equal('?limit=20&kind=report');
  });

  it('turns a malformed payload into invalid-response naming the field path', async () => {
    const { fetch } = scriptedFetch(() => json([member, { ...member, id: 'tm-2', name: 42 }]));
    const error = await rejection(adapter(fetch).team.list({ clientId: 'c1' }));
    expect(error.kind).to.equal('invalid-response');
    expect(error.operation).to.equal('team.list');
    expect(error.fieldPath).to.equal('1.name');
    expect(error.message).to.contain('1.name');
  });

  it('turns a non-JSON body into invalid-response', async () => {
    const { fetch } = scriptedFetch(() => new Response('<html>oops</html>', { status: 200 }));
    const error = await rejection(adapter(fetch).session.get());
    expect(error.kind).to.equal('invalid-response');
  });

  it('maps HTTP statuses to error kinds and keeps the backend message and code', async () => {
    const cases: [number, string][] = [[400, 'invalid-request'], [403, 'forbidden'], [404, 'not-found'], [409, 'conflict'], [422, 'invalid-request'], [500, 'server']];
    for (const [status, kind] of cases) {
      const { fetch } = scriptedFetch(() => errorBody(status, 'some-code', `Status ${status} happened.`, [{ path: 'reason', message: 'Too short' }]));
      const error = await rejection(adapter(fetch, { retry: { limit: 0 } }).schedule.cancelAppointment({ clientId: 'c', appointmentId: 'a', body: { reason: 'Sick' } }));
      expect(error.kind, `status ${status}`).to.equal(kind);
      expect(error.status).to.equal(status);
      expect(error.code).to.equal('some-code');
      expect(error.message).to.equal(`Status ${status} happened.`);
      expect(error.issues).to.deep.equal([{ path: 'reason', message: 'Too short' }]);
    }
  });

  it('sends an Idempotency-Key on every write and reuses the one given', async () => {
    const message = { id: 'm1', threadId: 't1', sender: { id: 'u', kind: 'client', name: 'A' }, text: 'Hi', sentAt: '2026-11-23T10:00:00Z', attachments: [], read: true };
    const { fetch, requests } = scriptedFetch(() => json(message, 201));
    const api = adapter(fetch);
    await api.messages.send({ clientId: 'c', threadId: 't1', body: { text: 'Hi', attachmentIds: [] } }, { idempotencyKey: 'key-123' });
    await api.messages.send({ clientId: 'c', threadId: 't1', body: { text: 'Hi', attachmentIds: [] } });
    expect(requests[0]!.headers.get('idempotency-key')).to.equal('key-123');
    const generated = requests[1]!.headers.get('idempotency-key');
    expect(generated).to.be.a('string').and.not.equal('key-123');
    expect(await requests[0]!.json()).to.deep.equal({ text: 'Hi', attachmentIds: [] });
  });

  it('retries reads with backoff but never retries writes', async () => {
    const read = scriptedFetch(() => errorBody(503, 'busy', 'Busy'), () => errorBody(503, 'busy', 'Busy'), () => json([member]));
    const team = await adapter(read.fetch).team.list({ clientId: 'c' });
    expect(team).to.have.length(1);
    expect(read.requests).to.have.length(3);

    const write = scriptedFetch(() => errorBody(503, 'busy', 'Busy'), () => json({}));
    const error = await rejection(adapter(write.fetch).tasks.update({ clientId: 'c', taskId: 't', body: { status: 'done' } }));
    expect(error.kind).to.equal('server');
    expect(write.requests).to.have.length(1);
  });

  it('reports a network failure as a retryable network error', async () => {
    const { fetch } = scriptedFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await rejection(adapter(fetch, { retry: { limit: 0 } }).session.get());
    expect(error.kind).to.equal('network');
    expect(error.retryable).to.equal(true);
  });

  it('reports an aborted call as aborted', async () => {
    const controller = new AbortController();
    const { fetch, requests } = scriptedFetch((request) => new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))));
    const pending = adapter(fetch).session.get(undefined, { signal: controller.signal });
    // Abort while the request is in flight.
    while (requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    controller.abort();
    const error = await rejection(pending);
    expect(error.kind).to.equal('aborted');
    const before = await rejection(adapter(fetch).session.get(undefined, { signal: AbortSignal.abort() }));
    expect(before.kind).to.equal('aborted');
  });

  it('asks the host for a new token once after a 401 and retries', async () => {
    const asked: boolean[] = [];
    const { fetch, requests } = scriptedFetch((r) => (r.headers.get('authorization') === 'Bearer fresh' ? json([member]) : errorBody(401, 'expired', 'Expired')));
    const api = adapter(fetch, { getAccessToken: ({ forceRefresh }) => (asked.push(forceRefresh), forceRefresh ? 'fresh' : 'stale') });
    await api.team.list({ clientId: 'c' });
    expect(asked).to.deep.equal([false, true]);
    expect(requests.map((r) => r.headers.get('authorization'))).to.deep.equal(['Bearer stale', 'Bearer fresh']);
  });

  it('shares one refresh between parallel 401s', async () => {
    let refreshes = 0;
    const { fetch } = scriptedFetch((r) => (r.headers.get('authorization') === 'Bearer fresh' ? json([member]) : errorBody(401, 'expired', 'Expired')));
    const api = adapter(fetch, {
      getAccessToken: async ({ forceRefresh }) => {
        if (!forceRefresh) return 'stale';
        refreshes += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return 'fresh';
      },
    });
    await Promise.all([api.team.list({ clientId: 'c' }), api.team.list({ clientId: 'c' }), api.team.list({ clientId: 'c' })]);
    expect(refreshes).to.equal(1);
  });

  it('calls onUnauthorized when the refreshed token is refused too', async () => {
    const seen: PorticoError[] = [];
    let n = 0;
    const { fetch } = scriptedFetch(() => errorBody(401, 'expired', 'Expired'));
    const api = adapter(fetch, { getAccessToken: () => `token-${n++}`, onUnauthorized: (e) => seen.push(e) });
    const error = await rejection(api.session.get());
    expect(error.kind).to.equal('unauthorized');
    expect(seen).to.have.length(1);
  });

  it('calls onUnauthorized once for an expiry however many requests fail with it, and again for the next expiry', async () => {
    const seen: PorticoError[] = [];
    let valid = 'fresh';
    let offered = 'stale';
    const { fetch } = scriptedFetch((r) => (r.headers.get('authorization') === `Bearer ${valid}` ? json([member]) : errorBody(401, 'expired', 'Expired')));
    const api = adapter(fetch, { getAccessToken: () => offered, onUnauthorized: (e) => seen.push(e) });
    const calls = Array.from({ length: 6 }, () => api.team.list({ clientId: 'c' }).catch((e: unknown) => e));
    const results = await Promise.all(calls);
    expect(results.every((r) => r instanceof PorticoError && r.kind === 'unauthorized')).to.equal(true);
    expect(seen).to.have.length(1);
    // The host signs the person in again: the next request goes through…
    offered = 'fresh';
    expect(await api.team.list({ clientId: 'c' })).to.have.length(1);
    expect(seen).to.have.length(1);
    // …and a later expiry is reported again, once.
    valid = 'newer';
    await Promise.all([1, 2, 3].map(() => api.team.list({ clientId: 'c' }).catch(() => undefined)));
    expect(seen).to.have.length(2);
  });

  it('logs one line naming the operation, the URL and the HTML page that came back with 200', async () => {
    const { fetch } = scriptedFetch(() => new Response('<!doctype html><title>Sign in</title>', { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } }));
    let error: PorticoError | undefined;
    const lines = await logged(async () => {
      error = await rejection(adapter(fetch).team.list({ clientId: 'c-1' }));
    });
    expect(error!.kind).to.equal('invalid-response');
    expect(lines).to.have.length(1);
    expect(lines[0]).to.contain('team.list').and.contain('GET https://backend.test/api/clients/c-1/team').and.contain('200').and.contain('HTML page');
    expect(lines[0]).not.to.contain('token-1');
  });

  it('tells a request blocked by the API origin (CORS) apart from being offline, in the error and the log', async () => {
    // A real cross-origin request to this test server, which sends no CORS headers: the browser
    // hides the answer, yet a plain no-cors request to the same origin gets through.
    const crossOrigin = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}/api`;
    const api = createRestAdapter({ baseUrl: crossOrigin, getAccessToken: () => 'token-1', retry: { limit: 0 } });
    let blocked: PorticoError | undefined;
    const lines = await logged(async () => {
      blocked = await rejection(api.team.list({ clientId: 'c-1' }));
    });
    expect(blocked!.kind).to.equal('network');
    expect(blocked!.code).to.equal('blocked-by-origin');
    expect(blocked!.message).to.contain('not your connection');
    expect(lines).to.have.length(1);
    expect(lines[0]).to.contain('team.list').and.contain('CORS').and.contain(location.origin);

    // Offline: said as offline, without a probe.
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    let offline: PorticoError | undefined;
    try {
      const { fetch, requests } = scriptedFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const offlineLines = await logged(async () => {
        offline = await rejection(adapter(fetch, { retry: { limit: 0 } }).team.list({ clientId: 'c-1' }));
      });
      expect(requests).to.have.length(1);
      expect(offlineLines.join('\n')).to.contain('offline');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')).to.deep.equal(onLine);
    }
    expect(offline!.code).to.equal('offline');
    expect(offline!.message).to.contain('Check the connection');
  });

  it('sends no token to public operations', async () => {
    const { fetch, requests } = scriptedFetch(() => new Response(null, { status: 202 }));
    await adapter(fetch).auth.forgotPassword({ body: { email: 'someone@example.test' } });
    expect(requests[0]!.headers.has('authorization')).to.equal(false);
  });

  it('refuses bad input before sending, naming the field', async () => {
    const { fetch, requests } = scriptedFetch(() => json({}));
    const error = await rejection(adapter(fetch).messages.send({ clientId: 'c', threadId: 't', body: { text: '   ', attachmentIds: [] } }));
    expect(error.kind).to.equal('invalid-request');
    expect(error.fieldPath).to.equal('text');
    expect(requests).to.have.length(0);
  });

  it('fetches a document as a Blob with the bearer token, and refuses a web page answered instead', async () => {
    const pdf = '%PDF-1.4\n%%EOF\n';
    const { fetch, requests } = scriptedFetch(
      () => new Response(pdf, { headers: { 'content-type': 'application/pdf' } }),
      () => new Response('<!doctype html><title>Sign in</title>', { headers: { 'content-type': 'text/html; charset=utf-8' } }),
    );
    const api = adapter(fetch);
    const blob = await api.billing.invoicePdf({ clientId: 'c-1', invoiceId: 'inv-1' });
    expect(blob).to.be.instanceOf(Blob);
    expect(blob.type).to.equal('application/pdf');
    expect(await blob.text()).to.equal(pdf);
    expect(requests[0]!.url).to.equal('https://backend.test/api/clients/c-1/invoices/inv-1/pdf');
    expect(requests[0]!.headers.get('Authorization')).to.equal('Bearer token-1');
    expect(requests[0]!.headers.get('Accept')).to.equal('application/pdf');
    const error = await rejection(api.files.download({ clientId: 'c-1', fileId: 'f-1' }));
    expect(error.kind).to.equal('invalid-response');
    expect(error.operation).to.equal('files.download');
  });
});
