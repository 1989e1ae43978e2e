/**
 * Guest links (issue #12, item 1), driven as a guest with no session: open the link at
 * `#token=…`, answer the second factor, act on the one item, against the mock through the
 * real REST adapter. The token must leave the address bar and never travel in a request URL.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { GUEST_CODE, GUEST_TOKENS, PRACTICE_NAME, guestLinkState, requestsSeen } from '@portico/mock';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { openGuestLink } from '../helpers/guest-harness.js';
import { mockBackend, waitFor } from '../helpers/portal-harness.js';

const averyBirthday = async () => (await mockBackend()).db.data.clients.find((c) => c.id === 'cl-avery')!.dateOfBirth!;

describe('guest links', () => {
  beforeEach(async () => {
    const backend = await mockBackend();
    backend.reset();
    requestsSeen(backend.db, { clear: true });
  });
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('pays the invoice after the date of birth; the token leaves the address bar and no request URL; the same link again says used', async () => {
    const backend = await mockBackend();
    const guest = await openGuestLink(GUEST_TOKENS.payDateOfBirth, { tag: 'portico-guest' });
    expect(location.hash).to.equal('');
    expect(location.href).not.to.contain(GUEST_TOKENS.payDateOfBirth);
    await guest.page('First, confirm it is you');
    expect(guest.text()).to.contain(`${PRACTICE_NAME} sent you a link to pay a bill.`);
    expect(guest.text()).not.to.match(/INV-|\$/);
    await expectNoAxeViolations(guest.element);

    // A wrong date: the message is next to the field, nothing shows.
    await guest.type('Your date of birth', '1990-01-01');
    await guest.activate('Continue');
    await waitFor(() => guest.errorFor('Your date of birth'), { message: 'the wrong-answer message' });
    expect(guest.errorFor('Your date of birth')).to.equal('That date of birth does not match. Check it and try again.');
    expect(guest.field('Your date of birth').getAttribute('aria-invalid')).to.equal('true');
    expect(guest.focused()).to.equal(guest.field('Your date of birth'));
    await expectNoAxeViolations(guest.element);

    await guest.type('Your date of birth', await averyBirthday());
    await guest.activate('Continue');
    const heading = await guest.page(/^Pay invoice /);
    const invoice = backend.db.data.invoices.find((i) => i.number === heading.textContent!.replace('Pay invoice ', '').trim())!;
    const invoiceId = invoice.id;
    expect(invoice.clientId).to.equal('cl-avery');
    expect(guest.root.activeElement).to.equal(heading);
    await guest.typeCard('4242 4242 4242 4242');
    await expectNoAxeViolations(guest.element);
    const payButton = await guest.findByRole('button', { name: /^Pay / });
    expect(guest.text(payButton)).to.match(/^Pay \$\d/);
    const used = oneEvent(guest.element, 'portico-guest-link-used');
    const audited = oneEvent(guest.element, 'portico-audit');
    await guest.activate(payButton);
    expect((await used).detail).to.deep.equal({ action: 'pay', itemId: invoiceId });
    const { at, ...ids } = (await audited).detail;
    expect(ids).to.deep.equal({ type: 'guest-link-used', action: 'pay', itemId: invoiceId });
    expect(Date.parse(at)).to.not.be.NaN;
    await guest.page('Payment received');
    const payment = backend.db.data.payments.find((p) => p.invoiceId === invoiceId)!;
    expect(guest.text()).to.contain(payment.receiptNumber);
    expect(backend.db.data.invoices.find((i) => i.id === invoiceId)!.balance.amount).to.equal(0);
    expect(backend.db.data.payments.filter((p) => p.invoiceId === invoiceId)).to.have.length(1);
    await expectNoAxeViolations(guest.element);

    // The network log: the token only ever travelled in bodies.
    const seen = requestsSeen(backend.db);
    expect(seen.filter((r) => r.url.includes('/guest/links/')).map((r) => new URL(r.url).pathname)).to.include.members(['/api/guest/links/open', '/api/guest/links/verify', '/api/guest/links/pay']);
    expect(seen.filter((r) => r.url.includes(GUEST_TOKENS.payDateOfBirth))).to.deep.equal([]);

    // The same link, opened again in a fresh page: used, with the practice's contact.
    const again = await openGuestLink(GUEST_TOKENS.payDateOfBirth, { tag: 'portico-guest' });
    await again.page('This link has already been used');
    expect(again.text()).to.contain('Harbor Lane Therapy');
    expect(again.root.querySelector('a[href="tel:+15550100"]')?.textContent).to.equal('+1 555-0100');
    expect(again.root.querySelector('a[href="mailto:hello@harborlane.example"]')).not.to.equal(null);
    await expectNoAxeViolations(again.element);
  });

  it('an expired, a revoked and a locked link each say so with the practice to contact', async () => {
    for (const [token, heading] of [
      [GUEST_TOKENS.expired, 'This link has expired'],
      [GUEST_TOKENS.revoked, 'This link is no longer valid'],
      [GUEST_TOKENS.locked, 'This link is locked'],
    ] as const) {
      const guest = await openGuestLink(token, { tag: 'portico-guest-pay' });
      await guest.page(heading);
      expect(guest.text()).to.contain('Harbor Lane Therapy');
      expect(guest.text()).to.contain('+1 555-0100');
      expect(guest.root.querySelector('form')).to.equal(null);
      await expectNoAxeViolations(guest.element);
    }
    const unknown = await openGuestLink('hl-guest-unknown-9999');
    await unknown.page('This link is not valid');
  });

  it('a code factor: the code is sent, can be sent again, five wrong codes lock the link', async () => {
    const backend = await mockBackend();
    const guest = await openGuestLink(GUEST_TOKENS.payCode, { tag: 'portico-guest-pay' });
    await guest.page('First, confirm it is you');
    expect(guest.text()).to.contain('We sent a code by text message to •••• 0142.');
    await waitFor(() => guestLinkState(backend.db.data, GUEST_TOKENS.payCode)?.codesSent === 1, { message: 'the first code sent' });
    await guest.activate('Send the code again');
    await waitFor(() => guest.text().includes('We sent a new code.'), { message: 'the status' });
    expect(guestLinkState(backend.db.data, GUEST_TOKENS.payCode)!.codesSent).to.equal(2);
    for (let i = 1; i <= 4; i++) {
      await guest.type('The code we sent you', '00000' + i);
      await guest.activate('Continue');
      await waitFor(() => guest.errorFor('The code we sent you'), { message: `wrong answer ${i}` });
      expect(guest.errorFor('The code we sent you')).to.equal('That code is not right. Check it, or send the code again.');
    }
    await guest.type('The code we sent you', '000005');
    await guest.activate('Continue');
    const heading = await guest.page('This link is locked');
    expect(guest.root.activeElement).to.equal(heading);
    expect(guestLinkState(backend.db.data, GUEST_TOKENS.payCode)!.status).to.equal('locked');
    await expectNoAxeViolations(guest.element);
  });

  it('signs the form with the signer\'s typed name after the emailed code', async () => {
    const backend = await mockBackend();
    const guest = await openGuestLink(GUEST_TOKENS.signCode, { tag: 'portico-guest-sign' });
    await guest.page('First, confirm it is you');
    await guest.type('The code we sent you', GUEST_CODE);
    await guest.activate('Continue');
    await guest.page('Sign: Informed consent for treatment');
    expect(guest.text()).to.contain('I consent to treatment under the terms above.');
    await expectNoAxeViolations(guest.element);
    await guest.type('Type your full name to sign', 'Someone Else');
    await guest.activate('Sign the form');
    await waitFor(() => guest.errorFor('Type your full name to sign'), { message: 'the name error' });
    expect(guest.errorFor('Type your full name to sign')).to.contain('Avery Example');
    await guest.type('Type your full name to sign', 'avery example');
    await guest.activate('Sign the form');
    await guest.page('Form signed');
    expect(backend.db.data.assignments.find((a) => a.id === 'fa-avery-consent')!.status).to.equal('submitted');
    await expectNoAxeViolations(guest.element);
  });

  it('answers the second factor with Enter in the field, as from a plain input', async () => {
    const guest = await openGuestLink(GUEST_TOKENS.confirm, { tag: 'portico-guest-confirm' });
    await guest.page('First, confirm it is you');
    guest.field('Your date of birth').focus();
    await guest.press('Enter');
    await waitFor(() => guest.errorFor('Your date of birth'), { message: 'the missing-answer message' });
    expect(guest.errorFor('Your date of birth')).to.equal('Enter your date of birth.');
    expect(guest.focused()).to.equal(guest.field('Your date of birth'));
    await guest.type('Your date of birth', await averyBirthday());
    await guest.press('Enter');
    await guest.page('Your appointment');
  });

  it('asks to reschedule the appointment; a pay-only element refuses a confirm link', async () => {
    const backend = await mockBackend();
    const wrong = await openGuestLink(GUEST_TOKENS.confirm, { tag: 'portico-guest-pay' });
    await wrong.page('This link is for something else');
    const guest = await openGuestLink(GUEST_TOKENS.confirm, { tag: 'portico-guest-confirm' });
    await guest.page('First, confirm it is you');
    await guest.type('Your date of birth', await averyBirthday());
    await guest.activate('Continue');
    await guest.page('Your appointment');
    await guest.activate('Send my answer');
    await waitFor(() => guest.text().includes('Choose an answer.'), { message: 'the choice error' });
    await guest.check('Ask the practice for another time');
    await guest.type('Anything the practice should know (optional)', 'Mornings are better.');
    await expectNoAxeViolations(guest.element);
    await guest.activate('Send my answer');
    await guest.page('Answer sent');
    expect(guest.text()).to.contain('The practice will contact you to find another time.');
    expect(guestLinkState(backend.db.data, GUEST_TOKENS.confirm)!.response).to.equal('reschedule-requested');
  });
});
