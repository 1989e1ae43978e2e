/**
 * The conformance runner over real HTTP (what `portico-conformance` runs), against the mock
 * served by `portico-mock serve`'s server: every check passes with the demo sign-in, checks
 * that need what was not given are skipped, and a backend breaking the contract fails.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { register } from 'node:module';

register('../../../mock/test/node/source-condition.mjs', import.meta.url);
const { runConformance, httpContractSetup } = await import('../../src/testing/adapter-suite.js');
const { startMockServer } = await import('../../../mock/src/server/index.js');
const { DEMO_CREDENTIALS, DEMO_INVITATION_TOKEN, guestContractLinks } = await import('@portico/mock/node');

describe('runConformance over HTTP', () => {
  let server: Awaited<ReturnType<typeof startMockServer>>;
  const tokens = () => ({ client: server.tokenFor('client'), guardian: server.tokenFor('guardian'), payer: server.tokenFor('payer') });

  before(async () => {
    server = await startMockServer({ port: 0, host: '127.0.0.1' });
  });
  after(() => server.close());

  it('passes every check against the mock, one result per check in the suite\'s order', async () => {
    const seen: string[] = [];
    const result = await runConformance(
      () => httpContractSetup({ baseUrl: server.url, tokens: tokens(), credentials: DEMO_CREDENTIALS.client, invitationToken: DEMO_INVITATION_TOKEN, guestLinks: guestContractLinks(() => server.db.data) }),
      { onResult: (check) => seen.push(check.name) },
    );
    const failures = result.checks.filter((c) => c.status !== 'passed').map((c) => `${c.name}: ${c.reason}`);
    assert.deepEqual(failures, []);
    assert.ok(result.passed >= 40, `${result.passed} checks`);
    assert.equal(seen.length, result.passed);
    assert.match(seen[0]!, /^session › session\.get/);
    assert.match(seen.at(-1)!, /^coverage › /);
  });

  it('skips the checks that need sign-in details it was not given, fails those a backend breaks, and all when setup fails', async () => {
    server.faults.malformed('team.list', { path: '0.name', remove: true });
    try {
      const result = await runConformance(() => httpContractSetup({ baseUrl: server.url, tokens: tokens() }), { skipCoverage: true });
      const skipped = result.checks.filter((c) => c.status === 'skipped');
      // 5 auth checks without sign-in details, 5 guest checks without guest links.
      assert.equal(skipped.length, 10);
      assert.ok(skipped.every((c) => (c.name.startsWith('auth › ') || c.name.startsWith('guest › ')) && /needs/.test(c.reason!)));
      const failed = result.checks.filter((c) => c.status === 'failed');
      assert.ok(failed.some((c) => c.name === 'team › team.list: the care team, never a hidden member'), failed.map((c) => c.name).join('\n'));
      assert.ok(failed.every((c) => c.reason));
    } finally {
      server.faults.reset();
    }
    const refused = await runConformance(() => httpContractSetup({ baseUrl: server.url, tokens: { ...tokens(), payer: 'not-a-token' } }));
    assert.equal(refused.passed, 0);
    assert.ok(refused.failed >= 40);
    assert.match(refused.checks[0]!.reason!, /setup failed: GET \/session with the payer token failed/);
  });
});
