import type { IdleClock } from '../../src/idle/idle-timer.js';

/** A clock that moves only when a test says so; `advance()` runs what falls due, in order. */
export class FakeClock implements IdleClock {
  private time = Date.parse('2026-12-01T09:00:00Z');
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** How many timers are waiting (a test waits for the idle timer to be running before moving time). */
  pending(): number {
    return this.timers.size;
  }

  /** Moves time on by `ms`, running every timer that falls due (timers they set included). */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      let next: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.timers) if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
      if (!next) break;
      this.timers.delete(next[0]);
      this.time = next[1].at;
      next[1].callback();
    }
    this.time = end;
  }
}
