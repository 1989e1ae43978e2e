/**
 * `portico-mock serve`: a real HTTP server in front of the mock's handlers. Driven over the
 * network as a browser on another origin or a backend test would: preflights, bearer auth,
 * a multipart upload and the download of its exact bytes, fault flags, and a clean stop.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

register('./source-condition.mjs', import.meta.url);
const { startMockServer } = await import('../../src/server/index.js');
const { CLIENT } = await import('@portico/mock/node');
const { main } = await import('../../src/cli.js');

describe('portico-mock serve (startMockServer)', () => {
  let server: Awaited<ReturnType<typeof startMockServer>>;
  const auth = () => ({ Authorization: `Bearer ${server.tokenFor('client')}` });

  before(async () => {
    server = await startMockServer({ port: 0, seed: 1 });
  });
  after(() => server.close());

  it('answers a CORS preflight from any origin, allowing Authorization and Idempotency-Key', async () => {
    const response = await fetch(`${server.url}/clients/${CLIENT.avery}/threads`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://host.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, idempotency-key, content-type' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const allowed = response.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const header of ['authorization', 'idempotency-key', 'content-type']) assert.ok(allowed.includes(header), `allows ${header}`);
    assert.match(response.headers.get('access-control-allow-methods')!, /PATCH/);
  });

  it('answers the REST contract with bearer auth, and 401 without a token', async () => {
    const session = await fetch(`${server.url}/session`, { headers: { ...auth(), Origin: 'https://host.example' } });
    assert.equal(session.status, 200);
    assert.equal(session.headers.get('access-control-allow-origin'), '*');
    assert.equal(((await session.json()) as { user: { name: string } }).user.name, 'Avery Example');
    assert.equal((await fetch(`${server.url}/session`)).status, 401);
    const unknown = await fetch(`${server.url}/no-such-operation`, { headers: auth() });
    assert.equal(unknown.status, 404);
    assert.equal(((await unknown.json()) as { error: { code: string } }).error.code, 'not-found');
  });

  it('takes a multipart upload and serves back its exact bytes', async () => {
    const bytes = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7) % 256);
    const form = new FormData();
    form.set('kind', 'photo');
    form.set('file', new File([bytes], 'scan.png', { type: 'image/png' }));
    const upload = await fetch(`${server.url}/clients/${CLIENT.avery}/files`, { method: 'POST', headers: { ...auth(), 'Idempotency-Key': 'server-test-upload' }, body: form });
    assert.equal(upload.status, 201, await upload.clone().text());
    const file = (await upload.json()) as { name: string; url: string };
    assert.equal(file.name, 'scan.png');
    assert.ok(file.url.startsWith(server.url), `the download URL ${file.url} is on this server`);
    const download = await fetch(file.url);
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-type'), 'image/png');
    assert.deepEqual(new Uint8Array(await download.arrayBuffer()), bytes);
  });
});

describe('portico-mock (the command)', () => {
  const cli = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
  /** Runs the CLI from source, as the bin runs it from dist. */
  const started: ReturnType<typeof spawn>[] = [];
  after(() => {
    for (const child of started) if (child.exitCode === null) child.kill('SIGTERM');
  });
  const run = (args: string[]) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', `const { main } = await import(${JSON.stringify(cli)}); process.exitCode = await main(${JSON.stringify(args)});`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.push(child);
    return child;
  };

  /** Stdout lines until `done` holds. */
  const lines = (child: ReturnType<typeof run>, done: (seen: string[]) => boolean) =>
    new Promise<string[]>((resolve, reject) => {
      const seen: string[] = [];
      let buffer = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += String(chunk);
        const parts = buffer.split('\n');
        buffer = parts.pop() ?? '';
        seen.push(...parts);
        if (done(seen)) resolve(seen);
      });
      child.on('exit', (code) => reject(new Error(`exited with ${code}: ${seen.join('\n')}`)));
    });
  const exited = (child: ReturnType<typeof run>) =>
    new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', (code) => resolve(code))));

  it('serve prints the base URL and a token per role, applies fault flags, and stops on SIGTERM', async () => {
    const child = run(['serve', '--port', '0', '--error-rate', 'team.list=1:503']);
    const printed = await lines(child, (seen) => seen.some((l) => l.startsWith('token payer ')));
    const url = /^Portico mock backend: (http:\/\/localhost:\d+\/api)$/.exec(printed[0]!)?.[1];
    assert.ok(url, printed.join('\n'));
    const tokens = Object.fromEntries(printed.slice(1).map((l) => l.split(' ').slice(1)));
    assert.deepEqual(Object.keys(tokens), ['client', 'guardian', 'payer']);
    const headers = { Authorization: `Bearer ${tokens.guardian}` };
    try {
      const session = (await (await fetch(`${url}/session`, { headers })).json()) as { clients: { id: string; relationship: string }[] };
      assert.equal(session.clients.find((c) => c.id === CLIENT.milo)?.relationship, 'guardian');
      assert.equal((await fetch(`${url}/clients/${CLIENT.milo}/team`, { headers })).status, 503);
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited(child), 0);
  });

  it('--offline fails requests as network errors; SIGINT stops it', async () => {
    const out: string[] = [];
    let ready!: () => void;
    const printed = new Promise<void>((resolve) => (ready = resolve));
    const io = {
      out: (line: string) => {
        out.push(line);
        if (line.startsWith('token payer')) ready();
      },
      err: (line: string) => out.push(line),
    };
    const stopped = main(['serve', '--port', '0', '--offline'], io);
    await printed;
    const url = out[0]!.split(': ')[1]!;
    try {
      await assert.rejects(fetch(`${url}/session`, { headers: { Authorization: `Bearer ${out[1]!.split(' ')[2]}` } }), TypeError);
    } finally {
      process.emit('SIGINT');
    }
    assert.equal(await stopped, 0);
  });

  it('refuses an unknown operation in a fault flag, and an unknown command, with a usage error', async () => {
    const err: string[] = [];
    const io = { out: () => {}, err: (line: string) => err.push(line) };
    assert.equal(await main(['serve', '--port', '0', '--malformed', 'messages.nope'], io), 2);
    assert.match(err.join('\n'), /Unknown operation "messages\.nope"/);
    assert.equal(await main(['start'], io), 2);
    assert.match(err.join('\n'), /Unknown command "start"/);
  });

  it('init copies the service worker into a public folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'portico-init-'));
    try {
      assert.equal(await main(['init', join(dir, 'public')], { out: () => {}, err: () => {} }), 0);
      const copied = await readFile(join(dir, 'public', 'mockServiceWorker.js'), 'utf8');
      assert.equal(copied, await readFile(fileURLToPath(new URL('../../public/mockServiceWorker.js', import.meta.url)), 'utf8'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
