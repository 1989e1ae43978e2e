/**
 * Waiting on what a person would see. A check runs until it returns something truthy; when
 * time runs out the error names what was awaited (and the last failure), never "timeout".
 */

let defaultTimeout = 10_000;

/**
 * Sets how long waits last by default (10 s). It is a ceiling, not a delay: a wait returns as
 * soon as its check passes, so a generous value costs nothing on a quiet machine and keeps a
 * busy one from failing.
 */
export function setWaitTimeout(ms: number): void {
  defaultTimeout = ms;
}

export function waitTimeout(): number {
  return defaultTimeout;
}

export interface WaitOptions {
  /** What is awaited, in a person's words ("the thread list", `the button "Send"`). */
  message?: string;
  /** Milliseconds before giving up (default: `setWaitTimeout`'s value, 10 s). */
  timeout?: number;
}

/**
 * Runs `check` on every animation frame (and at least every 50 ms) until it returns a truthy
 * value, which it resolves with. A check that throws counts as "not yet"; its error is reported
 * if time runs out.
 */
export async function waitFor<T>(check: () => T | undefined | null | false, options: WaitOptions = {}): Promise<T> {
  const timeout = options.timeout ?? defaultTimeout;
  const started = performance.now();
  let lastError: unknown;
  for (;;) {
    try {
      const value = check();
      if (value) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (performance.now() - started > timeout) {
      const reason = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${options.message ?? 'the condition'}${reason}`);
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 50);
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
