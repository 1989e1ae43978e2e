/// <reference types="node" />
/**
 * `portico-mock`: the demo practice for developers outside this repository.
 *   portico-mock serve [--port 4010] [fault options]   a real HTTP server speaking the REST contract
 *   portico-mock init <public-dir>                      copies the browser mock's service worker
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listOperations, routes } from '@portico/core';
import type { Faults, FaultTarget } from './faults.js';
import { DEMO_USERS, startMockServer } from './server/index.js';

/** Where the command writes; a test may collect the lines instead. */
export interface CliOutput {
  /** A line of output (stdout by default; the library itself never writes to the console). */
  out(line: string): void;
  /** A usage error (stderr by default). */
  err(line: string): void;
}

const STDIO: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

const HELP = `portico-mock — the Portico demo practice (Harbor Lane Therapy) for development

Usage:
  portico-mock serve [options]      Serve the REST contract over HTTP on localhost
  portico-mock init <public-dir>    Copy mockServiceWorker.js into your site's public folder
  portico-mock --help

serve options:
  --port <n>                 Port to listen on (0 picks a free one). Default 4010.
  --host <name>              Interface to listen on. Default localhost.
  --base-path <path>         Path of the REST contract. Default /api.
  --seed <n>                 Seed of the demo data. Default 1.
  --latency <ms|op=ms>       Delay every response, or one operation's (repeatable).
  --error-rate <op=rate[:status]>
                             Fail this share (0..1) of an operation's calls with 500 or status
                             (repeatable; op '*' means every operation).
  --malformed <op>           Corrupt one field of every response of op (repeatable).
  --drop-response <op>       Run op's writes, then drop the response (repeatable).
  --offline                  Fail every request as a network error.

On start it prints the base URL and one bearer token per demo user:
  Portico mock backend: http://localhost:4010/api
  token client <token>
  token guardian <token>
  token payer <token>
Operations are named domain.operation, e.g. messages.send, team.list.
Stop with Ctrl+C.`;

const OPERATIONS = new Set(listOperations(routes).map((op) => op.name));

class UsageError extends Error {}

/** Runs the command; resolves with the exit code (`serve` resolves once stopped by SIGINT or SIGTERM). */
export async function main(argv: string[], io: CliOutput = STDIO): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return command ? 0 : 1;
  }
  try {
    if (command === 'serve') return await serve(rest, io);
    if (command === 'init') return await init(rest, io);
    throw new UsageError(`Unknown command "${command}".`);
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof TypeError && 'code' in error)) throw error;
    io.err(`portico-mock: ${error.message}\nRun "portico-mock --help" for usage.`);
    return 2;
  }
}

async function serve(args: string[], io: CliOutput): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: 'localhost' },
      'base-path': { type: 'string', default: '/api' },
      seed: { type: 'string', default: '1' },
      latency: { type: 'string', multiple: true, default: [] },
      'error-rate': { type: 'string', multiple: true, default: [] },
      malformed: { type: 'string', multiple: true, default: [] },
      'drop-response': { type: 'string', multiple: true, default: [] },
      offline: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  const port = integer(values.port, '--port');
  const server = await startMockServer({ port, host: values.host, basePath: values['base-path'], seed: integer(values.seed, '--seed') });
  try {
    applyFaults(server.faults, values);
  } catch (error) {
    await server.close();
    throw error;
  }
  io.out(`Portico mock backend: ${server.url}`);
  for (const user of DEMO_USERS) io.out(`token ${user} ${server.tokenFor(user)}`);

  await new Promise<void>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}

function applyFaults(
  faults: Faults,
  values: { latency: string[]; 'error-rate': string[]; malformed: string[]; 'drop-response': string[]; offline: boolean },
): void {
  for (const value of values.latency) {
    const [op, ms] = value.includes('=') ? split(value, '--latency') : ['*', value];
    faults.latency(integer(ms, '--latency'), operation(op));
  }
  for (const value of values['error-rate']) {
    const [op, spec] = split(value, '--error-rate');
    const [rate, status] = spec.split(':');
    const share = Number(rate);
    if (!Number.isFinite(share) || share < 0 || share > 1) throw new UsageError(`--error-rate ${value}: the rate is a number from 0 to 1.`);
    faults.errorRate(operation(op), share, status === undefined ? {} : { status: integer(status, '--error-rate status') });
  }
  for (const op of values.malformed) faults.malformed(operation(op));
  for (const op of values['drop-response']) faults.dropResponse(operation(op));
  if (values.offline) faults.offline();
}

function split(value: string, flag: string): [string, string] {
  const at = value.indexOf('=');
  if (at < 1) throw new UsageError(`${flag} ${value}: expected <operation>=<value>.`);
  return [value.slice(0, at), value.slice(at + 1)];
}

function operation(name: string): FaultTarget {
  if (name !== '*' && !OPERATIONS.has(name)) throw new UsageError(`Unknown operation "${name}" (names look like messages.send).`);
  return name as FaultTarget;
}

function integer(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} ${value}: expected a whole number.`);
  return n;
}

/** The worker file that ships in this package, next to `dist/` and `src/`. */
export const SERVICE_WORKER_FILE = fileURLToPath(new URL('../public/mockServiceWorker.js', import.meta.url));

async function init(args: string[], io: CliOutput): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  const [dir] = positionals;
  if (!dir || positionals.length > 1) throw new UsageError('init takes one argument: your site\'s public folder (e.g. public).');
  const target = resolve(dir);
  await mkdir(target, { recursive: true });
  const file = join(target, 'mockServiceWorker.js');
  await copyFile(SERVICE_WORKER_FILE, file);
  io.out(`Wrote ${file}\nServed at /mockServiceWorker.js, it is startMockBackend()'s default worker URL.`);
  return 0;
}
