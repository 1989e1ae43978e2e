/** guest: one-time links for people without an account (issue #12). */
import type { GuestLink } from '../../schemas/guest.js';
import { ContractSkip, check, equal, rejects } from '../assert.js';
import type { ContractContext, GuestLinkFixture, SuiteApi } from './context.js';

const UNKNOWN_TOKEN = 'portico-contract-unknown-guest-token';

export function guestSuites({ describe, it }: SuiteApi, c: ContractContext): void {
  const links = () => {
    const fixtures = c.fixtures.guestLinks;
    if (!fixtures) throw new ContractSkip('needs guest links (guestLinks in the setup)');
    return fixtures;
  };
  const answer = (link: GuestLinkFixture) => ({ token: link.token, ...(link.code ? { code: link.code } : {}), ...(link.dateOfBirth ? { dateOfBirth: link.dateOfBirth } : {}) });
  const openState = async (token: string, label: string): Promise<GuestLink> => {
    const link = await c.api().guest.open({ body: { token } });
    check(link.practice.name.length > 0, `${label}: the practice's name`);
    return link;
  };

  describe('guest', () => {
    it('every guest operation refuses an unknown token (not-found)', async () => {
      const g = c.api().guest;
      const grant = { token: UNKNOWN_TOKEN, grant: 'contract-grant' };
      await rejects(g.open({ body: { token: UNKNOWN_TOKEN } }), 'not-found', 'guest.open');
      await rejects(g.sendCode({ body: { token: UNKNOWN_TOKEN } }), 'not-found', 'guest.sendCode');
      await rejects(g.verify({ body: { token: UNKNOWN_TOKEN, code: '000000' } }), 'not-found', 'guest.verify');
      await rejects(g.pay({ body: { ...grant, amount: { amount: 100, currency: 'USD' }, paymentToken: c.fixtures.paymentTokens.succeeds } }), 'not-found', 'guest.pay');
      await rejects(g.confirmPayment({ body: { ...grant, actionToken: 'contract', confirmationToken: c.fixtures.paymentTokens.confirms } }), 'not-found', 'guest.confirmPayment');
      await rejects(g.sign({ body: { ...grant, typedName: 'Contract Suite' } }), 'not-found', 'guest.sign');
      await rejects(g.respond({ body: { ...grant, response: 'confirm' } }), 'not-found', 'guest.respond');
    });

    it('a pay link: no item before the second factor, a wrong answer is refused, the invoice is charged once, then the link says used', async () => {
      const link = await links().pay();
      const opened = await openState(link.token, 'guest.open');
      check(opened.state === 'open', `guest.open: the pay link is open (got ${opened.state})`);
      equal(opened.action, 'pay', 'guest.open: the action');
      check(!('invoice' in opened), 'guest.open: no invoice before the second factor');
      if (opened.factor.kind === 'code') equal(await c.api().guest.sendCode({ body: { token: link.token } }), undefined, 'guest.sendCode');
      const field = opened.factor.kind === 'code' ? 'code' : 'dateOfBirth';
      const wrong = await rejects(
        c.api().guest.verify({ body: { token: link.token, ...(field === 'code' ? { code: '000001' } : { dateOfBirth: '1900-01-01' }) } }),
        'invalid-request',
        'guest.verify with a wrong answer',
      );
      check(wrong.issues.some((i) => i.path === field), `guest.verify: the refusal names "${field}"`);
      const granted = await c.api().guest.verify({ body: answer(link) });
      check(granted.item.action === 'pay', 'guest.verify: the item is the invoice');
      const invoice = granted.item.invoice;
      check(invoice.balance.amount > 0, 'guest.verify: the invoice has a balance');
      const body = { token: link.token, grant: granted.grant, amount: invoice.balance, paymentToken: c.fixtures.paymentTokens.succeeds };
      const key = c.unique('guest-pay');
      const first = await c.api().guest.pay({ body }, { idempotencyKey: key });
      check(first.status === 'succeeded', `guest.pay: succeeded (got ${first.status})`);
      equal(first.invoice.balance.amount, 0, 'guest.pay: the balance is paid');
      const again = await c.api().guest.pay({ body }, { idempotencyKey: key });
      check(again.status === 'succeeded' && again.payment.id === first.payment.id, 'guest.pay retried with the same key: the same payment, charged once');
      equal((await openState(link.token, 'guest.open after paying')).state, 'used', 'guest.open after paying: the link says used');
      await rejects(c.api().guest.verify({ body: answer(link) }), 'conflict', 'guest.verify on a used link');
    });

    it('the token is not accepted in the query string', async () => {
      const base = c.fixtures.baseUrl;
      if (!base) throw new ContractSkip('needs the base URL (baseUrl in the setup)');
      const link = await links().pay();
      const before = (await openState(link.token, 'guest.open')).state;
      const url = `${base.replace(/\/+$/, '')}/guest/links/open?token=${encodeURIComponent(link.token)}`;
      const post = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': c.unique('guest-query') }, body: '{}' });
      check(post.status >= 400 && post.status < 500, `POST /guest/links/open?token=…: refused with a 4xx (got ${post.status})`);
      equal((await openState(link.token, 'guest.open')).state, before, 'the link is unchanged by the refused requests');
    });

    it('expired, used and revoked links say so, with the practice to contact, and refuse the second factor', async () => {
      const fixtures = links();
      for (const state of ['expired', 'used', 'revoked'] as const) {
        const link = await openState(fixtures[state], `guest.open (${state})`);
        equal(link.state, state, `guest.open (${state})`);
        check(!!link.practice.phone || !!link.practice.email, `guest.open (${state}): a phone or email to contact`);
        await rejects(c.api().guest.verify({ body: { token: fixtures[state], code: '000000' } }), 'conflict', `guest.verify (${state})`);
      }
    });

    it('a sign link: the typed name must be the signer\'s; signing uses the link up', async () => {
      const link = await links().sign();
      const granted = await c.api().guest.verify({ body: answer(link) });
      check(granted.item.action === 'sign', 'guest.verify: the item is a form');
      const { form } = granted.item;
      const wrong = await rejects(c.api().guest.sign({ body: { token: link.token, grant: granted.grant, typedName: `${form.signerName} Else` } }), 'invalid-request', 'guest.sign with another name');
      check(wrong.issues.some((i) => i.path === 'typedName'), 'guest.sign: the refusal names "typedName"');
      const signed = await c.api().guest.sign({ body: { token: link.token, grant: granted.grant, typedName: form.signerName.toUpperCase() } });
      equal(signed.signerName, form.signerName, 'guest.sign: the signer');
      equal((await openState(link.token, 'guest.open after signing')).state, 'used', 'guest.open after signing');
    });

    it('a confirm link: the answer is recorded and the link is used up; a missing grant is unauthorized', async () => {
      const link = await links().confirm();
      await rejects(c.api().guest.respond({ body: { token: link.token, grant: 'contract-not-a-grant', response: 'confirm' } }), 'unauthorized', 'guest.respond without a grant');
      const granted = await c.api().guest.verify({ body: answer(link) });
      check(granted.item.action === 'confirm', 'guest.verify: the item is an appointment');
      const { appointment } = await c.api().guest.respond({ body: { token: link.token, grant: granted.grant, response: 'confirm' } });
      equal(appointment.id, granted.item.appointment.id, 'guest.respond: the same appointment');
      equal(appointment.response, 'confirmed', 'guest.respond: confirmed');
      equal((await openState(link.token, 'guest.open after answering')).state, 'used', 'guest.open after answering');
    });
  });
}
