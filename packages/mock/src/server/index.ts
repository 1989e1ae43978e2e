/// <reference types="node" />
/**
 * The mock backend as a real HTTP server (`portico-mock serve`): Node's `http` in front of the
 * same MSW handlers and data the browser and `setupServer` use. Each Node request becomes a
 * Fetch `Request` (bodies streamed as they are, so multipart uploads arrive intact), MSW's
 * `getResponse` finds the answer, and its bytes are written back (binary downloads included).
 * CORS is open to any origin: the server holds demo data only and is meant for development.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { createMockBackend, type MockBackendOptions, type MockControls } from '../backend.js';
import type { DemoUser } from '../db/types.js';

export interface MockServerOptions extends Omit<MockBackendOptions, 'baseUrl' | 'user'> {
  /** TCP port; 0 picks a free one. Default 4010. */
  port?: number;
  /** Interface to listen on. Default `localhost`. */
  host?: string;
  /** The path the REST contract is served under. Default `/api`. */
  basePath?: string;
}

export interface MockServer extends MockControls {
  /** The absolute base URL of the REST contract, e.g. `http://localhost:4010/api`. */
  readonly url: string;
  /** The port actually listened on. */
  readonly port: number;
  /** Stops accepting connections and closes open ones. */
  close(): Promise<void>;
}

export const DEMO_USERS: readonly DemoUser[] = ['client', 'guardian', 'payer'];

/** Request headers the adapter sends cross-origin; preflights must allow them. */
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'Accept'];
/** Response headers a cross-origin page may read. */
const EXPOSED_HEADERS = ['Content-Type', 'Content-Length', 'Content-Disposition', 'Retry-After'];
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';

/** Starts the server and resolves once it listens. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? 'localhost';
  const basePath = `/${(options.basePath ?? '/api').replace(/^\/+|\/+$/g, '')}`;
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  // The data's file URLs are absolute, so a page on another origin downloads from this server.
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const controls = createMockBackend({ ...options, baseUrl: `${origin}${basePath}` });
  server.on('request', (req, res) => {
    handle(controls, origin, req, res).catch((error: unknown) => {
      // A bug in the mock itself (e.g. its own response breaking the contract): say so loudly.
      console.error(error);
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'server-error', message: 'The mock backend failed; see its console.' } });
      else res.destroy();
    });
  });
  return Object.assign(controls, {
    url: `${origin}${basePath}`,
    port,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  });
}

async function handle(controls: MockControls, origin: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  setCors(req, res);
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'OPTIONS') {
    res.writeHead(204, { 'Access-Control-Max-Age': '600' }).end();
    return;
  }
  const request = toFetchRequest(origin, req, method);
  const response = await getResponse(controls.handlers, request);
  if (!response) {
    sendJson(res, 404, { error: { code: 'not-found', message: `No operation of the Portico REST contract answers ${method} ${new URL(request.url).pathname}.` } });
    return;
  }
  if (response.type === 'error') {
    // A fault (offline, a dropped response) is a network error: end the connection unanswered.
    req.socket.destroy();
    return;
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  res.writeHead(response.status, headers);
  if (response.body && method !== 'HEAD') res.end(Buffer.from(await response.arrayBuffer()));
  else res.end();
}

/** A Fetch `Request` for a Node request; the body is streamed, never parsed here. */
function toFetchRequest(origin: string, req: IncomingMessage, method: string): Request {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(key, one);
  }
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (hasBody) {
    init.body = Readable.toWeb(req) as ReadableStream<Uint8Array>;
    init.duplex = 'half';
  }
  return new Request(new URL(req.url ?? '/', origin), init);
}

function setCors(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
  const asked = req.headers['access-control-request-headers'];
  res.setHeader('Access-Control-Allow-Headers', asked ? `${ALLOWED_HEADERS.join(', ')}, ${asked}` : ALLOWED_HEADERS.join(', '));
  res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '));
  // A page on a public origin may call this server on localhost (Chromium's private network access).
  if (req.headers['access-control-request-private-network']) res.setHeader('Access-Control-Allow-Private-Network', 'true');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}
