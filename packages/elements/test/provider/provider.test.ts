import { consume } from '@lit/context';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { PorticoError, type Session } from '@portico/core';
import { adapterContext, configContext, sessionContext, storeContext, type PorticoConfig, type PorticoSessionState } from '../../src/context.js';
import { define } from '../../src/define.js';
import '../../src/provider/provider.js';
import type { PorticoProvider } from '../../src/provider/provider.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { deferred, fakeAdapter, makeSession } from '../helpers/fake-adapter.js';
import { mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

class TestConsumer extends LitElement {
  @consume({ context: sessionContext, subscribe: true }) session?: PorticoSessionState;
  @consume({ context: configContext, subscribe: true }) config?: PorticoConfig;
  @consume({ context: adapterContext, subscribe: true }) adapter?: unknown;
  @consume({ context: storeContext, subscribe: true }) store?: unknown;

  override render() {
    return html`${this.session?.client.name ?? ''}`;
  }
}
define('test-consumer', TestConsumer);

function sessionAdapter(answer: () => Promise<Session>) {
  let calls = 0;
  const adapter = fakeAdapter({ session: { get: () => (calls++, answer()) } });
  return { adapter, calls: () => calls };
}

describe('<portico-provider>', () => {
  it('loads the session, shows loading meanwhile, then provides every context', async () => {
    const answer = deferred<Session>();
    const { adapter, calls } = sessionAdapter(() => answer.promise);
    const provider = await fixture<PorticoProvider>(html`<portico-provider .adapter=${adapter}><test-consumer></test-consumer></portico-provider>`);
    expect(provider.shadowRoot!.querySelector('portico-state-loading')).to.exist;
    const loaded = oneEvent(provider, 'portico-session-loaded');
    answer.resolve(makeSession());
    expect((await loaded).detail.clientId).to.equal('c1');
    await provider.updateComplete;
    const consumer = provider.querySelector<TestConsumer>('test-consumer')!;
    await consumer.updateComplete;
    expect(provider.shadowRoot!.querySelector('slot')).to.exist;
    expect(consumer.session!.clientId).to.equal('c1');
    expect(consumer.session!.organisation.name).to.equal('Bright Steps Therapy');
    expect(consumer.config).to.deep.equal({ locale: 'en', timeZone: 'America/Chicago', routing: 'none' });
    expect(consumer.adapter).to.equal(adapter);
    expect(consumer.store).to.exist;
    expect(calls()).to.equal(1);
    await expectNoAxeViolations(provider);
  });

  it('picks the client from client-id and follows changes to it', async () => {
    const provider = await fixture<PorticoProvider>(html`<portico-provider client-id="c2" .adapter=${fakeAdapter({})} .session=${makeSession()}>
      <test-consumer></test-consumer>
    </portico-provider>`);
    const consumer = provider.querySelector<TestConsumer>('test-consumer')!;
    await consumer.updateComplete;
    expect(consumer.session!.clientId).to.equal('c2');
    expect(consumer.shadowRoot!.textContent).to.contain('Mia Reyes');
    provider.clientId = 'c1';
    await waitUntil(() => consumer.session?.clientId === 'c1');
    await consumer.updateComplete;
    expect(consumer.shadowRoot!.textContent).to.contain('Leo Reyes');
  });

  it('falls back to the default client for an unknown client-id', async () => {
    const provider = await fixture<PorticoProvider>(html`<portico-provider client-id="nope" .adapter=${fakeAdapter({})} .session=${makeSession()}>
      <test-consumer></test-consumer>
    </portico-provider>`);
    expect(provider.querySelector<TestConsumer>('test-consumer')!.session!.clientId).to.equal('c1');
  });

  it('shows an error with Retry when the session cannot load, and recovers', async () => {
    let fail = true;
    const { adapter, calls } = sessionAdapter(async () => {
      if (fail) throw new PorticoError({ kind: 'network', operation: 'session.get' });
      return makeSession();
    });
    const provider = await fixture<PorticoProvider>(html`<portico-provider .adapter=${adapter}><test-consumer></test-consumer></portico-provider>`);
    await waitUntil(() => provider.shadowRoot!.querySelector('portico-state-error'));
    const panel = provider.shadowRoot!.querySelector('portico-state-error')!;
    await panel.updateComplete;
    expect(panel.shadowRoot!.textContent).to.contain('Could not open the portal');
    await expectNoAxeViolations(provider);
    fail = false;
    panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => provider.shadowRoot!.querySelector('slot'));
    expect(calls()).to.equal(2);
  });

  it('applies the organisation branding, and a theme on top of it, as tokens', async () => {
    const session = makeSession();
    session.organisation.branding = { logoUrl: null, primaryColor: '#ffd400', radius: 'large' };
    const provider = await fixture<PorticoProvider>(html`<portico-provider .adapter=${fakeAdapter({})} .session=${session}></portico-provider>`);
    expect(getComputedStyle(provider).getPropertyValue('--portico-color-primary')).to.equal('#ffd400');
    expect(getComputedStyle(provider).getPropertyValue('--portico-color-on-primary')).to.equal('#000000');
    expect(getComputedStyle(provider).getPropertyValue('--portico-radius-md')).to.equal('14px');
    provider.theme = { tokens: { 'color-primary': '#0b3d91' } };
    await provider.updateComplete;
    expect(getComputedStyle(provider).getPropertyValue('--portico-color-primary')).to.equal('#0b3d91');
    expect(getComputedStyle(provider).getPropertyValue('--portico-color-on-primary')).to.equal('#ffffff');
    expect(getComputedStyle(provider).getPropertyValue('--portico-radius-md')).to.equal('14px');
  });

  it('with api-base-url and getAccessToken, loads a standalone view from the backend (docs/embedding.md §3)', async () => {
    const backend = await mockBackend();
    backend.reset();
    let asked = 0;
    const provider = await fixture<PorticoProvider>(html`<portico-provider api-base-url=${backend.baseUrl}><portico-team></portico-team></portico-provider>`);
    provider.getAccessToken = () => (asked++, backend.tokenFor('client'));
    // A host sets the token provider after the element is created; the first request waits for it.
    const team = provider.querySelector('portico-team')!;
    const shown = await waitFor(() => (visibleText(team.shadowRoot ?? team).includes('Dr. Riley Demo') ? visibleText(team.shadowRoot!) : null), { message: 'the care team from the mock',
    });
    expect(shown).to.contain('Dr. Riley Demo');
    expect(asked).to.be.greaterThan(0);
    await expectNoAxeViolations(provider);
  });
});
