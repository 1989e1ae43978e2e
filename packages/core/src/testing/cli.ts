/// <reference types="node" />
/**
 * `portico-conformance`: runs the adapter contract suite over HTTP against any backend that
 * speaks Portico's REST contract, prints one line per check and ends with `N passed, N failed`.
 * Exit code 0 only when nothing failed.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runConformance, type CheckResult } from './conformance.js';
import { httpContractSetup } from './http-setup.js';
import type { GuestLinkFixture } from './suites/context.js';

/** A line on stdout (a CLI's output; the library itself never writes to the console). */
function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

const HELP = `portico-conformance — check a backend against Portico's REST contract

Usage:
  portico-conformance --base-url <url> --token-client <t> --token-guardian <t> --token-payer <t> [options]

Required:
  --base-url <url>           Where the contract is served, e.g. http://localhost:4010/api
  --token-client <token>     Bearer token of a client acting for themself
  --token-guardian <token>   Bearer token of a guardian of some client
  --token-payer <token>      Bearer token of a payer of some client

Options:
  --email <address> --password <password>
                             A user who signs in with a password; without them the sign-in,
                             sign-out and password checks are skipped. The password is changed
                             and changed back.
  --invitation-token <t>     An unused invitation; without it the enrolment check is skipped.
  --guest-links <file>       JSON with unused guest links: { "pay": { "token", "code" | "dateOfBirth" },
                             "sign": {…}, "confirm": {…}, "expired", "used", "revoked" } (tokens);
                             without it the guest-link checks are skipped.
  --card-succeeds <t> --card-declines <t> --card-requires-action <t> --card-confirms <t>
                             The payment provider's test tokens (default tok_visa,
                             tok_chargeDeclined, tok_threeDSecure, tok_visa).
  --timeout <ms>             Per-check time limit. Default 30000.
  --help

The suite writes through the API (messages, uploads, payments, bookings): run it against a
test environment, never against real client data. It needs no particular seed: it finds ids in
list responses and creates what it changes.`;

export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        'base-url': { type: 'string' },
        'token-client': { type: 'string' },
        'token-guardian': { type: 'string' },
        'token-payer': { type: 'string' },
        email: { type: 'string' },
        password: { type: 'string' },
        'invitation-token': { type: 'string' },
        'guest-links': { type: 'string' },
        'card-succeeds': { type: 'string', default: 'tok_visa' },
        'card-declines': { type: 'string', default: 'tok_chargeDeclined' },
        'card-requires-action': { type: 'string', default: 'tok_threeDSecure' },
        'card-confirms': { type: 'string', default: 'tok_visa' },
        timeout: { type: 'string', default: '30000' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    say(HELP);
    return 0;
  }
  const baseUrl = values['base-url'];
  const client = values['token-client'];
  const guardian = values['token-guardian'];
  const payer = values['token-payer'];
  if (!baseUrl || !client || !guardian || !payer) return usage('--base-url, --token-client, --token-guardian and --token-payer are required.');
  if (!/^https?:\/\//.test(baseUrl)) return usage('--base-url must be an absolute http(s) URL.');
  if (!!values.email !== !!values.password) return usage('--email and --password go together.');
  const timeout = Number(values.timeout);
  if (!Number.isInteger(timeout) || timeout <= 0) return usage('--timeout takes milliseconds.');
  const credentials = values.email && values.password ? { email: values.email, password: values.password } : undefined;
  const invitationToken = values['invitation-token'];
  let guestLinks: GuestLinksFile | undefined;
  if (values['guest-links']) {
    try {
      guestLinks = parseGuestLinks(JSON.parse(await readFile(values['guest-links'], 'utf8')));
    } catch (error) {
      return usage(`--guest-links: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  say(`Portico conformance: ${baseUrl}`);
  const result = await runConformance(
    () =>
      httpContractSetup({
        baseUrl,
        tokens: { client, guardian, payer },
        ...(credentials ? { credentials } : {}),
        ...(invitationToken ? { invitationToken } : {}),
        ...(guestLinks ? { guestLinks: { ...guestLinks, pay: () => guestLinks.pay, sign: () => guestLinks.sign, confirm: () => guestLinks.confirm } } : {}),
        paymentTokens: {
          succeeds: values['card-succeeds'],
          declines: values['card-declines'],
          requiresAction: values['card-requires-action'],
          confirms: values['card-confirms'],
        },
      }),
    // With checks skipped, operations stay uncalled; the coverage check would only repeat that.
    { timeout, skipCoverage: !credentials || !invitationToken, onResult: print },
  );
  if (result.skipped > 0) say(`${result.skipped} skipped`);
  say(`${result.passed} passed, ${result.failed} failed`);
  return result.failed > 0 ? 1 : 0;
}

function print(check: CheckResult): void {
  const mark = check.status === 'passed' ? '✓' : check.status === 'failed' ? '✗' : '-';
  const reason = check.reason ? `\n    ${check.reason.split('\n').join('\n    ')}` : '';
  say(`${mark} ${check.name} (${check.ms} ms)${check.status === 'passed' ? '' : reason}`);
}

function usage(message: string): number {
  console.error(`portico-conformance: ${message}\nRun "portico-conformance --help" for usage.`);
  return 2;
}

/** `--guest-links <file>`: one guest link per case, each unused, from the backend under test. */
interface GuestLinksFile {
  pay: GuestLinkFixture;
  sign: GuestLinkFixture;
  confirm: GuestLinkFixture;
  expired: string;
  used: string;
  revoked: string;
}

function parseGuestLinks(value: unknown): GuestLinksFile {
  const file = value as Partial<Record<keyof GuestLinksFile, unknown>> | null;
  const link = (name: 'pay' | 'sign' | 'confirm'): GuestLinkFixture => {
    const entry = file?.[name] as Partial<GuestLinkFixture> | undefined;
    if (typeof entry?.token !== 'string' || (typeof entry.code !== 'string' && typeof entry.dateOfBirth !== 'string')) {
      throw new Error(`"${name}" needs { "token", and "code" or "dateOfBirth" }`);
    }
    return { token: entry.token, ...(entry.code ? { code: entry.code } : {}), ...(entry.dateOfBirth ? { dateOfBirth: entry.dateOfBirth } : {}) };
  };
  const token = (name: 'expired' | 'used' | 'revoked'): string => {
    if (typeof file?.[name] !== 'string') throw new Error(`"${name}" needs a link token`);
    return file[name] as string;
  };
  return { pay: link('pay'), sign: link('sign'), confirm: link('confirm'), expired: token('expired'), used: token('used'), revoked: token('revoked') };
}
