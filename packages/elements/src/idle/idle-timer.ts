/**
 * Idle sign-out timing, kept in step across the tabs of one site: no DOM, no real time. The
 * clock and the channel are injected, so tests drive time instead of sleeping and use any
 * `BroadcastChannel` (or a fake) as "another tab".
 *
 *   active ──(timeout − warning without activity)──▶ warning ──(warning)──▶ signed out
 *      ▲                                                 │
 *      └────── stay(), or activity in another tab ───────┘
 *
 * Local activity while the warning shows does not count (the dialog is modal; the person
 * answers it); activity in another tab does, since the person is busy there.
 */

/** What the timer needs of time; `realClock` in the browser, a fake in tests. */
export interface IdleClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What tabs tell each other. No ids, no health data: only that something happened. */
export type IdleMessage = { type: 'activity' } | { type: 'signed-out' };

/** The part of `BroadcastChannel` the timer uses. */
export interface IdleChannel {
  postMessage(message: IdleMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export type IdleState = 'active' | 'warning' | 'signed-out';

export interface IdleTimerOptions {
  /** Time without activity until sign-out, in ms. */
  timeout: number;
  /** How long before sign-out the warning shows, in ms. Default: 2 minutes, at most half the timeout. */
  warning?: number;
  clock?: IdleClock;
  /** Other tabs of the same portal; omitted, the timer keeps to this tab. */
  channel?: IdleChannel | undefined;
  /** The warning starts; sign-out comes at `deadline` (clock time). */
  onWarn(deadline: number): void;
  /** Activity (here after a warning was answered, or in another tab) ended the warning. */
  onActive(): void;
  /** Time is up here (`idle`), or another tab signed out (`other-tab`). Called once. */
  onSignOut(reason: 'idle' | 'other-tab'): void;
}

/** Tabs hear about activity at most this often (pointer moves come by the hundred). */
const SHARE_EVERY = 5_000;

export class IdleTimer {
  private lastActivity: number;
  private lastShared = -Infinity;
  private handle: unknown;
  private current: IdleState = 'active';
  readonly clock: IdleClock;
  private readonly warning: number;
  private readonly onMessage = (event: MessageEvent): void => {
    const message = event.data as IdleMessage | undefined;
    if (message?.type === 'activity') this.reset();
    else if (message?.type === 'signed-out') this.end('other-tab');
  };

  constructor(private readonly options: IdleTimerOptions) {
    this.clock = options.clock ?? realClock;
    this.warning = Math.min(options.warning ?? 120_000, options.timeout / 2);
    this.lastActivity = this.clock.now();
    options.channel?.addEventListener('message', this.onMessage);
    this.schedule();
  }

  /** The channel to the other tabs (its owner closes it). */
  get channel(): IdleChannel | undefined {
    return this.options.channel;
  }

  get state(): IdleState {
    return this.current;
  }

  /** The person did something in this tab (ignored while the warning shows: see `stay()`). */
  activity(): void {
    if (this.current !== 'active') return;
    this.lastActivity = this.clock.now();
    this.share();
  }

  /** "Stay signed in": ends the warning here and in every tab. */
  stay(): void {
    if (this.current === 'signed-out') return;
    this.lastShared = -Infinity;
    this.reset();
    this.share();
  }

  /** The person signed out in this tab (by a button): every other tab signs out too. */
  signedOut(): void {
    if (this.current === 'signed-out') return;
    this.options.channel?.postMessage({ type: 'signed-out' });
    this.end(undefined);
  }

  /** Stops timing and listening (the element left the page, or the session ended). */
  dispose(): void {
    this.clock.clearTimeout(this.handle);
    this.options.channel?.removeEventListener('message', this.onMessage);
  }

  private reset(): void {
    if (this.current === 'signed-out') return;
    this.lastActivity = this.clock.now();
    if (this.current === 'warning') {
      this.current = 'active';
      this.options.onActive();
    }
    this.schedule();
  }

  private share(): void {
    const now = this.clock.now();
    if (now - this.lastShared < SHARE_EVERY) return;
    this.lastShared = now;
    this.options.channel?.postMessage({ type: 'activity' });
  }

  private schedule(): void {
    this.clock.clearTimeout(this.handle);
    const due = this.current === 'warning' ? this.lastActivity + this.options.timeout : this.lastActivity + this.options.timeout - this.warning;
    this.handle = this.clock.setTimeout(() => this.tick(), Math.max(0, due - this.clock.now()));
  }

  private tick(): void {
    const idleFor = this.clock.now() - this.lastActivity;
    if (this.current === 'active') {
      // Activity since this was scheduled only moved `lastActivity`: wait for the rest.
      if (idleFor < this.options.timeout - this.warning) return this.schedule();
      this.current = 'warning';
      this.schedule();
      this.options.onWarn(this.lastActivity + this.options.timeout);
    } else if (this.current === 'warning') {
      if (idleFor < this.options.timeout) return this.schedule();
      // Tell the other tabs first: they are as idle, and one sign-out is enough.
      this.options.channel?.postMessage({ type: 'signed-out' });
      this.end('idle');
    }
  }

  private end(reason: 'idle' | 'other-tab' | undefined): void {
    if (this.current === 'signed-out') return;
    this.current = 'signed-out';
    this.dispose();
    if (reason) this.options.onSignOut(reason);
  }
}
