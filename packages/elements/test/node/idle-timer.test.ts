/**
 * The idle timer's rules, with a driven clock and real BroadcastChannels as two tabs (#12.3):
 * no test waits for real minutes.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IdleTimer, type IdleChannel } from '../../src/idle/idle-timer.js';
import { FakeClock } from '../helpers/fake-clock.js';

const MINUTE = 60_000;
/** A tab's channel, and a way to wait until it has handled the next message from another tab. */
function channel(name: string) {
  const real = new BroadcastChannel(name);
  let count = 0;
  const waiters: (() => void)[] = [];
  return {
    idle: real as unknown as IdleChannel,
    /** Call after the timer was made: its listener runs before this one. */
    listen() {
      real.addEventListener('message', () => {
        count++;
        waiters.splice(0).forEach((w) => w());
      });
    },
    /** Resolves once `n` messages in all have reached this tab. */
    received(n: number): Promise<void> {
      return count >= n ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(() => void this.received(n).then(resolve)));
    },
    close: () => real.close(),
  };
}

function tab(clock: FakeClock, channel?: IdleChannel) {
  const seen: string[] = [];
  const timer = new IdleTimer({
    timeout: 15 * MINUTE,
    clock,
    channel,
    onWarn: (deadline) => seen.push(`warn@${(deadline - clock.now()) / 1000}s`),
    onActive: () => seen.push('active'),
    onSignOut: (reason) => seen.push(`out:${reason}`),
  });
  return { timer, seen };
}

describe('IdleTimer', () => {
  it('warns two minutes before the timeout, then signs out once', () => {
    const clock = new FakeClock();
    const { timer, seen } = tab(clock);
    clock.advance(13 * MINUTE - 1);
    assert.deepEqual(seen, []);
    clock.advance(1);
    assert.deepEqual(seen, ['warn@120s']);
    assert.equal(timer.state, 'warning');
    clock.advance(2 * MINUTE);
    assert.deepEqual(seen, ['warn@120s', 'out:idle']);
    clock.advance(60 * MINUTE);
    assert.deepEqual(seen, ['warn@120s', 'out:idle']);
  });

  it('activity moves the deadline; while the warning shows only "stay" counts', () => {
    const clock = new FakeClock();
    const { timer, seen } = tab(clock);
    clock.advance(10 * MINUTE);
    timer.activity();
    clock.advance(12 * MINUTE);
    assert.deepEqual(seen, []);
    clock.advance(MINUTE);
    assert.deepEqual(seen, ['warn@120s']);
    timer.activity();
    clock.advance(MINUTE);
    assert.equal(timer.state, 'warning');
    timer.stay();
    assert.deepEqual(seen, ['warn@120s', 'active']);
    clock.advance(12 * MINUTE);
    assert.equal(timer.state, 'active');
  });

  it('a short timeout warns at half of it', () => {
    const clock = new FakeClock();
    const { seen } = tab(clock);
    const short = new IdleTimer({ timeout: 2 * MINUTE, clock, onWarn: () => seen.push('short-warn'), onActive: () => {}, onSignOut: () => seen.push('short-out') });
    clock.advance(MINUTE);
    assert.deepEqual(seen, ['short-warn']);
    clock.advance(MINUTE);
    assert.deepEqual(seen, ['short-warn', 'short-out']);
    short.dispose();
  });

  describe('two tabs (two BroadcastChannels of one name)', () => {
    it('activity in one keeps both signed in; idle in both warns each once and signs both out', async () => {
      const clock = new FakeClock();
      const name = `portico-idle-test-${Math.random()}`;
      const [ca, cb] = [channel(name), channel(name)];
      const a = tab(clock, ca.idle);
      const b = tab(clock, cb.idle);
      ca.listen();
      cb.listen();
      try {
        clock.advance(12 * MINUTE);
        a.timer.activity();
        await cb.received(1);
        clock.advance(12 * MINUTE);
        assert.deepEqual([a.seen, b.seen], [[], []], 'activity in A reset B too');

        clock.advance(MINUTE);
        assert.deepEqual([a.seen, b.seen], [['warn@120s'], ['warn@120s']]);
        // "Stay signed in" in A ends the warning in B.
        a.timer.stay();
        await cb.received(2);
        assert.deepEqual(b.seen, ['warn@120s', 'active']);

        clock.advance(13 * MINUTE);
        assert.deepEqual([a.seen.at(-1), b.seen.at(-1)], ['warn@120s', 'warn@120s'], 'one more warning each');
        clock.advance(2 * MINUTE);
        await cb.received(3);
        assert.equal(a.timer.state, 'signed-out');
        assert.equal(b.timer.state, 'signed-out');
        const outs = [...a.seen, ...b.seen].filter((s) => s.startsWith('out:'));
        assert.equal(outs.length, 2, 'each tab signed out once');
      } finally {
        ca.close();
        cb.close();
      }
    });

    it('signing out in one tab signs out the other', async () => {
      const clock = new FakeClock();
      const name = `portico-idle-test-${Math.random()}`;
      const [ca, cb] = [channel(name), channel(name)];
      const a = tab(clock, ca.idle);
      const b = tab(clock, cb.idle);
      cb.listen();
      try {
        clock.advance(5 * MINUTE);
        a.timer.signedOut();
        await cb.received(1);
        assert.deepEqual(a.seen, [], 'the tab that signed out did so itself');
        assert.deepEqual(b.seen, ['out:other-tab']);
        assert.equal(b.timer.state, 'signed-out');
      } finally {
        ca.close();
        cb.close();
      }
    });
  });
});
