import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { PorticoError, type PortalAdapter } from '@portico/core';
import { ResourceController } from '../../src/controllers/resource-controller.js';
import { define } from '../../src/define.js';
import '../../src/provider/provider.js';
import type { PorticoProvider } from '../../src/provider/provider.js';
import { deferred, fakeAdapter, makeSession } from '../helpers/fake-adapter.js';

interface Member {
  id: string;
  name: string;
}

/** A minimal view: the care team of a client. */
class TestTeamView extends LitElement {
  @property({ attribute: 'client-id' }) clientId = 'c1';
  @property({ attribute: false }) adapter: PortalAdapter | undefined;

  readonly team = new ResourceController(this, {
    key: () => ['team.list', { clientId: this.clientId }],
    fetch: (adapter, { clientId }, signal) => adapter.team.list({ clientId }, { signal }) as Promise<Member[]>,
    adapter: () => this.adapter,
  });

  override render() {
    return this.team.render({
      empty: () => html`<p class="empty">No team yet</p>`,
      content: (members) => html`<ul>${members.map((m) => html`<li>${m.name}</li>`)}</ul>`,
    });
  }
}
define('test-team-view', TestTeamView);

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const has = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) !== null;

function teamAdapter(answer: (clientId: string, call: number) => Promise<Member[]>) {
  const calls: string[] = [];
  const adapter = fakeAdapter({
    team: { list: ({ clientId }: { clientId: string }) => (calls.push(clientId), answer(clientId, calls.length)) },
  });
  return { adapter, calls };
}

async function mount(adapter: PortalAdapter) {
  const provider = await fixture<PorticoProvider>(html`<portico-provider .adapter=${adapter} .session=${makeSession()}>
    <test-team-view></test-team-view>
  </portico-provider>`);
  return provider.querySelector('test-team-view') as TestTeamView;
}

describe('ResourceController', () => {
  it('goes from loading to content', async () => {
    const answer = deferred<Member[]>();
    const { adapter, calls } = teamAdapter(() => answer.promise);
    const view = await mount(adapter);
    expect(view.team.status).to.equal('loading');
    expect(has(view, 'portico-state-loading')).to.be.true;
    answer.resolve([{ id: 'm1', name: 'Dr. Kim' }]);
    await waitUntil(() => view.team.status === 'success');
    await view.updateComplete;
    expect(text(view)).to.equal('Dr. Kim');
    expect(calls).to.deep.equal(['c1']);
  });

  it('shows empty data through the empty renderer', async () => {
    const { adapter } = teamAdapter(async () => []);
    const view = await mount(adapter);
    await waitUntil(() => has(view, '.empty'));
  });

  it('goes loading → error → retry → content', async () => {
    const { adapter, calls } = teamAdapter(async (_c, call) => {
      if (call === 1) throw new PorticoError({ kind: 'server', operation: 'team.list', status: 500 });
      return [{ id: 'm1', name: 'Dr. Kim' }];
    });
    const view = await mount(adapter);
    await waitUntil(() => has(view, 'portico-state-error'), 'error state shown');
    expect(view.team.error!.kind).to.equal('server');
    const errorPanel = view.shadowRoot!.querySelector('portico-state-error')!;
    await errorPanel.updateComplete;
    errorPanel.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => text(view) === 'Dr. Kim', 'content after retry');
    expect(calls).to.have.length(2);
  });

  it('fetches again when its key changes (the guardian switches client)', async () => {
    const { adapter, calls } = teamAdapter(async (clientId) => [{ id: `m-${clientId}`, name: `Team of ${clientId}` }]);
    const view = await mount(adapter);
    await waitUntil(() => text(view) === 'Team of c1');
    view.clientId = 'c2';
    await waitUntil(() => text(view) === 'Team of c2');
    expect(calls).to.deep.equal(['c1', 'c2']);
    // Back to c1: cached, no new call.
    view.clientId = 'c1';
    await view.updateComplete;
    expect(text(view)).to.equal('Team of c1');
    expect(calls).to.deep.equal(['c1', 'c2']);
  });

  it('shares one request between two views of the same resource', async () => {
    const answer = deferred<Member[]>();
    const { adapter, calls } = teamAdapter(() => answer.promise);
    const provider = await fixture<PorticoProvider>(html`<portico-provider .adapter=${adapter} .session=${makeSession()}>
      <test-team-view></test-team-view><test-team-view></test-team-view>
    </portico-provider>`);
    answer.resolve([{ id: 'm1', name: 'Dr. Kim' }]);
    const views = [...provider.querySelectorAll('test-team-view')] as TestTeamView[];
    await waitUntil(() => views.every((v) => text(v) === 'Dr. Kim'));
    expect(calls).to.have.length(1);
  });

  it('works standalone with its own adapter property', async () => {
    const { adapter } = teamAdapter(async () => [{ id: 'm1', name: 'Dr. Kim' }]);
    const view = await fixture<TestTeamView>(html`<test-team-view .adapter=${adapter}></test-team-view>`);
    await waitUntil(() => text(view) === 'Dr. Kim');
  });

  it('shows refreshed data after a write through the store', async () => {
    let team: Member[] = [{ id: 'm1', name: 'Dr. Kim' }];
    const { adapter } = teamAdapter(async () => [...team]);
    const view = await mount(adapter);
    await waitUntil(() => text(view) === 'Dr. Kim');
    await view.team.store!.mutate(async () => {
      team = [...team, { id: 'm2', name: 'Ms. Ortiz' }];
    }, { invalidates: [['team', { clientId: 'c1' }]] });
    await waitUntil(() => view.shadowRoot!.querySelectorAll('li').length === 2);
    expect(text(view)).to.equal('Dr. KimMs. Ortiz');
  });
});
