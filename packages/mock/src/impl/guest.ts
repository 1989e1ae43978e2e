/**
 * Guest links (issue #12): one-time links that let a person without an account pay one invoice,
 * sign one form or answer one appointment, after a second factor. The demo links, all for the
 * practice's seeded clients (tokens are fixed so the example site and tests can link to them):
 *
 * | token | what | second factor |
 * | --- | --- | --- |
 * | `hl-guest-pay-dob-0001` | pay Avery's first open invoice | date of birth (Avery's) |
 * | `hl-guest-pay-code-0002` | pay Milo's first open invoice | code by SMS, `123456` |
 * | `hl-guest-sign-0003` | sign Avery's consent form | code by email, `123456` |
 * | `hl-guest-confirm-0004` | confirm Avery's next appointment | date of birth |
 * | `hl-guest-expired-0005` | expired | — |
 * | `hl-guest-used-0006` | already used | — |
 * | `hl-guest-revoked-0007` | revoked by the practice | — |
 * | `hl-guest-locked-0008` | locked after too many wrong answers | — |
 *
 * Five wrong answers lock a link. A right answer gives a grant valid for 15 minutes; the
 * action (pay, sign, respond) must carry it with the token. A completed action uses the link up.
 */
import { signerNameMatches, type GuestAppointment, type GuestItem, type GuestLink, type GuestPractice, type Invoice, type PaymentResult } from '@portico/core';
import { ApiError, badRequest, conflict, notFound } from '../errors.js';
import type { MockData, Owned } from '../db/types.js';
import { CLIENT } from '../seed/context.js';
import { DAY, MINUTE, iso } from '../time.js';
import { chargeToken, checkPayment, completeConfirmation } from './billing.js';
import type { AuthedContext, ImplFor, PublicContext } from './types.js';

/** The code every code-factor link accepts in the mock (a real backend sends a random one). */
export const GUEST_CODE = '123456';
/** Wrong answers before a link locks. */
export const GUEST_MAX_TRIES = 5;

/** The demo links' tokens, by case. */
export const GUEST_TOKENS = {
  payDateOfBirth: 'hl-guest-pay-dob-0001',
  payCode: 'hl-guest-pay-code-0002',
  signCode: 'hl-guest-sign-0003',
  confirm: 'hl-guest-confirm-0004',
  expired: 'hl-guest-expired-0005',
  used: 'hl-guest-used-0006',
  revoked: 'hl-guest-revoked-0007',
  locked: 'hl-guest-locked-0008',
} as const;

type Action = 'pay' | 'sign' | 'confirm';
type Factor = { kind: 'date-of-birth' } | { kind: 'code'; channel: 'sms' | 'email'; destination: string };

interface GuestLinkRecord {
  token: string;
  action: Action;
  clientId: string;
  /** The invoice, form assignment or appointment the link is for. */
  itemId: string;
  factor: Factor;
  expiresAt: number;
  status: 'open' | 'used' | 'revoked' | 'locked';
  wrongAnswers: number;
  codesSent: number;
  grant: { value: string; expiresAt: number } | null;
  response: GuestAppointment['response'];
}

// Keyed by the data object, so `db.reset()` (new data) starts from fresh links.
const linksByData = new WeakMap<MockData, GuestLinkRecord[]>();

function links(ctx: PublicContext): GuestLinkRecord[] {
  let list = linksByData.get(ctx.data);
  if (!list) {
    list = seedLinks(ctx.data, ctx.now);
    linksByData.set(ctx.data, list);
  }
  return list;
}

function firstOpenInvoice(data: MockData, clientId: string): Owned<Invoice> | undefined {
  return data.invoices
    .filter((i) => i.clientId === clientId && i.kind === 'patient' && i.status !== 'void' && i.balance.amount > 0)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id))[0];
}

function seedLinks(data: MockData, now: number): GuestLinkRecord[] {
  const dob: Factor = { kind: 'date-of-birth' };
  const sms: Factor = { kind: 'code', channel: 'sms', destination: '•••• 0142' };
  const email: Factor = { kind: 'code', channel: 'email', destination: 'a•••@example.com' };
  const averyInvoice = firstOpenInvoice(data, CLIENT.avery)?.id ?? 'none';
  const nextAppointment = data.appointments
    .filter((a) => a.clientId === CLIENT.avery && a.status === 'scheduled' && Date.parse(a.start) > now && a.visibleToClient)
    .sort((a, b) => a.start.localeCompare(b.start))[0]?.id ?? 'none';
  const link = (token: string, action: Action, clientId: string, itemId: string, factor: Factor, extra: Partial<GuestLinkRecord> = {}): GuestLinkRecord => ({
    token, action, clientId, itemId, factor, expiresAt: now + 7 * DAY, status: 'open', wrongAnswers: 0, codesSent: 0, grant: null, response: null, ...extra,
  });
  return [
    link(GUEST_TOKENS.payDateOfBirth, 'pay', CLIENT.avery, averyInvoice, dob),
    link(GUEST_TOKENS.payCode, 'pay', CLIENT.milo, firstOpenInvoice(data, CLIENT.milo)?.id ?? 'none', sms),
    link(GUEST_TOKENS.signCode, 'sign', CLIENT.avery, 'fa-avery-consent', email),
    link(GUEST_TOKENS.confirm, 'confirm', CLIENT.avery, nextAppointment, dob),
    link(GUEST_TOKENS.expired, 'pay', CLIENT.avery, averyInvoice, dob, { expiresAt: now - DAY }),
    link(GUEST_TOKENS.used, 'pay', CLIENT.avery, averyInvoice, dob, { status: 'used' }),
    link(GUEST_TOKENS.revoked, 'pay', CLIENT.avery, averyInvoice, dob, { status: 'revoked' }),
    link(GUEST_TOKENS.locked, 'pay', CLIENT.avery, averyInvoice, dob, { status: 'locked', wrongAnswers: GUEST_MAX_TRIES }),
  ];
}

function practice(data: MockData): GuestPractice {
  const { name, phone, email } = data.organisation;
  return { name, ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
}

function stateOf(link: GuestLinkRecord, now: number): 'open' | 'expired' | 'used' | 'revoked' | 'locked' {
  if (link.status !== 'open') return link.status;
  return link.expiresAt <= now ? 'expired' : 'open';
}

const DEAD: Record<'expired' | 'used' | 'revoked' | 'locked', string> = {
  expired: 'This link has expired.',
  used: 'This link has already been used.',
  revoked: 'The practice has withdrawn this link.',
  locked: 'This link is locked after too many wrong answers.',
};

/** The link for a token that is still open, or a 404 / 409 `link-<state>` error. */
function openLink(ctx: PublicContext, token: string): GuestLinkRecord {
  const link = links(ctx).find((l) => l.token === token);
  if (!link) throw notFound('This link');
  const state = stateOf(link, ctx.now);
  if (state !== 'open') throw conflict(`link-${state}`, DEAD[state]);
  return link;
}

/** The open link whose grant this is; a missing or stale grant is a 401 (verify again). */
function granted(ctx: PublicContext, token: string, grant: string): GuestLinkRecord {
  const link = openLink(ctx, token);
  if (!link.grant || link.grant.value !== grant || link.grant.expiresAt <= ctx.now) {
    throw new ApiError(401, 'grant-expired', 'Confirm who you are again to continue.');
  }
  return link;
}

// Guests have no user; the billing helpers only use the data, the clock and ids.
const asBackend = (ctx: PublicContext) => ctx as AuthedContext;

function invoiceOf(ctx: PublicContext, link: GuestLinkRecord): Owned<Invoice> {
  const invoice = ctx.data.invoices.find((i) => i.id === link.itemId && i.clientId === link.clientId);
  if (!invoice) throw notFound('This invoice');
  return invoice;
}

function appointmentOf(ctx: PublicContext, link: GuestLinkRecord): GuestAppointment {
  const appt = ctx.data.appointments.find((a) => a.id === link.itemId && a.clientId === link.clientId);
  if (!appt) throw notFound('This appointment');
  const client = ctx.data.clients.find((c) => c.id === link.clientId);
  const hideLocation = client?.overrides.hideLocation ?? ctx.data.organisation.features.hideLocation;
  return {
    id: appt.id, start: appt.start, end: appt.end, serviceName: appt.service.name, providerName: appt.provider.name,
    locationName: hideLocation ? null : (appt.location?.name ?? null), response: link.response,
  };
}

function itemOf(ctx: PublicContext, link: GuestLinkRecord): GuestItem {
  if (link.action === 'pay') return { action: 'pay', invoice: invoiceOf(ctx, link) };
  if (link.action === 'confirm') return { action: 'confirm', appointment: appointmentOf(ctx, link) };
  const assignment = ctx.data.assignments.find((a) => a.id === link.itemId && a.clientId === link.clientId);
  const definition = ctx.data.formDefinitions.find((d) => d.id === assignment?.formId);
  const client = ctx.data.clients.find((c) => c.id === link.clientId);
  if (!assignment || !definition || !client) throw notFound('This form');
  const statements = definition.sections.flatMap((s) => s.fields.flatMap((f) => (f.type === 'statement' ? [f.text] : [])));
  const statement = [...statements, definition.signature?.statement ?? ''].filter(Boolean).join('\n\n');
  return { action: 'sign', form: { id: assignment.id, title: assignment.title, statement, signerName: client.name } };
}

/** Marks a link used once its action went through. */
function useUp(link: GuestLinkRecord): void {
  link.status = 'used';
  link.grant = null;
}

export const guestImpl: ImplFor<'guest'> = {
  guest: {
    open: ({ body }, ctx): GuestLink => {
      const link = links(ctx).find((l) => l.token === body.token);
      if (!link) throw notFound('This link');
      const state = stateOf(link, ctx.now);
      if (state !== 'open') return { state, practice: practice(ctx.data) };
      return { state: 'open', action: link.action, factor: link.factor, practice: practice(ctx.data), expiresAt: iso(link.expiresAt) };
    },
    sendCode: ({ body }, ctx) => {
      const link = openLink(ctx, body.token);
      if (link.factor.kind !== 'code') throw badRequest('no-code', 'This link asks for a date of birth, not a code.');
      link.codesSent++;
    },
    verify: ({ body }, ctx) => {
      const link = openLink(ctx, body.token);
      const client = ctx.data.clients.find((c) => c.id === link.clientId);
      const field = link.factor.kind === 'code' ? 'code' : 'dateOfBirth';
      const answer = link.factor.kind === 'code' ? body.code?.trim() : body.dateOfBirth;
      const right = link.factor.kind === 'code' ? answer === GUEST_CODE : !!answer && answer === client?.dateOfBirth;
      if (!right) {
        link.wrongAnswers++;
        if (link.wrongAnswers >= GUEST_MAX_TRIES) {
          link.status = 'locked';
          throw conflict('link-locked', DEAD.locked);
        }
        const left = GUEST_MAX_TRIES - link.wrongAnswers;
        const what = field === 'code' ? 'code' : 'date of birth';
        throw badRequest('wrong-answer', `That ${what} is not right. ${left} ${left === 1 ? 'try' : 'tries'} left.`, [{ path: field, message: `Not the right ${what}` }]);
      }
      link.wrongAnswers = 0;
      link.grant = { value: ctx.db.id(`grant-${link.token.slice(-4)}`).padEnd(12, '0'), expiresAt: ctx.now + 15 * MINUTE };
      return { grant: link.grant.value, expiresAt: iso(link.grant.expiresAt), item: itemOf(ctx, link) };
    },
    pay: ({ body }, ctx): PaymentResult => {
      const link = granted(ctx, body.token, body.grant);
      if (link.action !== 'pay') throw badRequest('wrong-action', 'This link is not for a payment.');
      const invoice = invoiceOf(ctx, link);
      checkPayment(invoice, body.amount);
      const result = chargeToken(asBackend(ctx), invoice, body.amount.amount, body.paymentToken, { saveMethod: false, payerId: `guest:${link.token}` });
      if (result.status === 'succeeded') useUp(link);
      return result;
    },
    confirmPayment: ({ body }, ctx) => {
      const link = granted(ctx, body.token, body.grant);
      const result = completeConfirmation(asBackend(ctx), body, (p) => p.userId === `guest:${link.token}`, () => invoiceOf(ctx, link));
      if (result.status === 'succeeded') useUp(link);
      return result;
    },
    sign: ({ body }, ctx) => {
      const link = granted(ctx, body.token, body.grant);
      const item = itemOf(ctx, link);
      if (item.action !== 'sign') throw badRequest('wrong-action', 'This link is not for a signature.');
      if (!signerNameMatches(body.typedName, item.form.signerName)) {
        throw badRequest('signature-mismatch', 'Type your full name as shown to sign.', [{ path: 'typedName', message: 'Does not match the signer\'s name' }]);
      }
      const assignment = ctx.data.assignments.find((a) => a.id === link.itemId)!;
      assignment.status = 'submitted';
      assignment.updatedAt = iso(ctx.now);
      useUp(link);
      return { signedAt: iso(ctx.now), signerName: item.form.signerName };
    },
    respond: ({ body }, ctx) => {
      const link = granted(ctx, body.token, body.grant);
      if (link.action !== 'confirm') throw badRequest('wrong-action', 'This link is not for an appointment.');
      const appt = ctx.data.appointments.find((a) => a.id === link.itemId && a.clientId === link.clientId);
      if (!appt) throw notFound('This appointment');
      link.response = body.response === 'confirm' ? 'confirmed' : body.response === 'cancel' ? 'cancelled' : 'reschedule-requested';
      if (body.response === 'cancel') {
        appt.status = 'cancelled';
        appt.cancellationReason = body.note?.trim() || 'Cancelled from a guest link';
      }
      const appointment = appointmentOf(ctx, link);
      useUp(link);
      return { appointment };
    },
  },
};

/** For tests: what the mock holds about a link (status, wrong answers, codes sent). */
export function guestLinkState(data: MockData, token: string): Readonly<Pick<GuestLinkRecord, 'status' | 'wrongAnswers' | 'codesSent' | 'response'>> | undefined {
  return linksByData.get(data)?.find((l) => l.token === token);
}

/** The demo links as the adapter contract suite's `guestLinks` fixture (the mock's `reset()` makes them unused again). */
type LinkFixture = { token: string; code?: string; dateOfBirth?: string };
export function guestContractLinks(data: () => MockData): { pay(): LinkFixture; sign(): LinkFixture; confirm(): LinkFixture; expired: string; used: string; revoked: string } {
  return {
    pay: () => ({ token: GUEST_TOKENS.payCode, code: GUEST_CODE }),
    sign: () => ({ token: GUEST_TOKENS.signCode, code: GUEST_CODE }),
    confirm: () => ({ token: GUEST_TOKENS.confirm, dateOfBirth: data().clients.find((c) => c.id === CLIENT.avery)!.dateOfBirth! }),
    expired: GUEST_TOKENS.expired,
    used: GUEST_TOKENS.used,
    revoked: GUEST_TOKENS.revoked,
  };
}
