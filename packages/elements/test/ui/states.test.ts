import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { PorticoError } from '@portico/core';
import '../../src/ui/index.js';
import type { PorticoStateError } from '../../src/ui/state-error.js';
import { expectNoAxeViolations } from '../helpers/axe.js';

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('state primitives', () => {
  describe('<portico-state-loading>', () => {
    it('shows skeleton rows, is busy, announces loading and passes axe', async () => {
      const el = await fixture(html`<portico-state-loading rows="4"></portico-state-loading>`);
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(el.shadowRoot!.querySelectorAll('[part="row"]')).to.have.length(4);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
      await expectNoAxeViolations(el);
    });

    it('stops the shimmer for reduced motion (the rule exists in its styles)', async () => {
      const el = await fixture(html`<portico-state-loading></portico-state-loading>`);
      const media = el.shadowRoot!.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-reduced-motion'));
      const rowRules = media.flatMap((m) => [...m.cssRules]).filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === '.row');
      expect(rowRules.map((r) => r.style.animationName)).to.include('none');
    });
  });

  describe('<portico-state-empty>', () => {
    it('says what is empty and what to do next, with an action slot, and passes axe', async () => {
      const el = await fixture(html`<portico-state-empty heading="No messages yet" description="Start a conversation with your care team.">
        <button slot="action" type="button">New message</button>
      </portico-state-empty>`);
      expect(shadowText(el)).to.contain('No messages yet').and.contain('Start a conversation with your care team.');
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="action"]')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('New message');
      await expectNoAxeViolations(el);
    });

    it('has a default heading', async () => {
      const el = await fixture(html`<portico-state-empty></portico-state-empty>`);
      expect(shadowText(el)).to.contain('Nothing here yet');
    });
  });

  describe('<portico-state-error>', () => {
    const networkError = new PorticoError({ kind: 'network', operation: 'messages.listThreads' });

    it('says what failed by kind, is an alert and passes axe', async () => {
      const el = await fixture<PorticoStateError>(html`<portico-state-error .error=${networkError}></portico-state-error>`);
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.getAttribute('role')).to.equal('alert');
      expect(shadowText(el)).to.contain('Could not reach the practice').and.contain('Reference: messages.listThreads');
      await expectNoAxeViolations(el);
    });

    it('explains server errors with their status', async () => {
      const error = new PorticoError({ kind: 'server', operation: 'billing.listInvoices', status: 503 });
      const el = await fixture(html`<portico-state-error .error=${error}></portico-state-error>`);
      expect(shadowText(el)).to.contain('The practice’s system had a problem').and.contain('billing.listInvoices · 503');
    });

    it('fires portico-retry (bubbling, composed) when Retry is pressed', async () => {
      const wrapper = fixtureSync(html`<div><portico-state-error .error=${networkError}></portico-state-error></div>`);
      const el = wrapper.querySelector('portico-state-error')!;
      await el.updateComplete;
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
      expect(button.textContent!.trim()).to.equal('Try again');
      setTimeout(() => button.click());
      const event = await oneEvent(wrapper, 'portico-retry');
      expect(event.detail.operation).to.equal('messages.listThreads');
      expect(event.bubbles && event.composed).to.be.true;
    });

    it('offers no Retry when retrying cannot help, or when told not to', async () => {
      const forbidden = new PorticoError({ kind: 'forbidden', operation: 'billing.listInvoices', status: 403 });
      const a = await fixture(html`<portico-state-error .error=${forbidden}></portico-state-error>`);
      expect(a.shadowRoot!.querySelector('[part="retry-button"]')).to.equal(null);
      expect(shadowText(a)).to.contain('You do not have access to this');
      const b = await fixture(html`<portico-state-error no-retry .error=${networkError}></portico-state-error>`);
      expect(b.shadowRoot!.querySelector('[part="retry-button"]')).to.equal(null);
    });

    it('explains errors that are not PorticoErrors', async () => {
      const el = await fixture(html`<portico-state-error .error=${new Error('x')} heading="Could not load your files"></portico-state-error>`);
      expect(shadowText(el)).to.contain('Could not load your files').and.contain('Try again in a moment.');
      await expectNoAxeViolations(el);
    });
  });

  describe('<portico-avatar>', () => {
    it('shows initials with the name as its accessible name', async () => {
      const el = await fixture(html`<portico-avatar name="Ana María López"></portico-avatar>`);
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.getAttribute('role')).to.equal('img');
      expect(base.getAttribute('aria-label')).to.equal('Ana María López');
      expect(el.shadowRoot!.querySelector('[part="initials"]')!.textContent).to.equal('AL');
      await expectNoAxeViolations(el);
    });

    it('shows the photo, and falls back to initials when it fails to load', async () => {
      const el = await fixture(html`<portico-avatar name="Sam Lee" src="/no-such-avatar.png"></portico-avatar>`);
      const img = el.shadowRoot!.querySelector('img')!;
      expect(img.alt).to.equal('Sam Lee');
      await new Promise((resolve) => img.addEventListener('error', resolve, { once: true }));
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.querySelector('[part="initials"]')!.textContent).to.equal('SL');
    });

    it('is hidden from screen readers when decorative', async () => {
      const el = await fixture(html`<portico-avatar decorative name="Sam Lee"></portico-avatar>`);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-hidden')).to.equal('true');
      await expectNoAxeViolations(el);
    });
  });
});
