/**
 * The page's requests, for tests that prove something was *not* sent: instead of sleeping "long
 * enough" for a stray request to land, wait until every request the page started has been
 * answered and no new one starts, then look at the backend.
 */
import { waitFor } from '../../src/testing/wait.js';

export interface RequestWatch {
  /** `METHOD /path` of every fetch started since the watch began. */
  readonly started: string[];
  /** Resolves once no request is in flight across two animation frames (network idle). */
  idle(): Promise<void>;
  stop(): void;
}

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Counts the fetches the page makes (the REST adapter looks `fetch` up on every request). */
export function watchRequests(): RequestWatch {
  const original = globalThis.fetch;
  const started: string[] = [];
  let inFlight = 0;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    started.push(`${request.method} ${new URL(request.url, location.href).pathname}`);
    inFlight += 1;
    return original(input, init).finally(() => {
      inFlight -= 1;
    });
  };
  return {
    started,
    async idle() {
      for (;;) {
        await waitFor(() => inFlight === 0, { message: `the page's requests to be answered (${inFlight} in flight)` });
        const count = started.length;
        await frame();
        await frame();
        if (inFlight === 0 && started.length === count) return;
      }
    },
    stop() {
      globalThis.fetch = original;
    },
  };
}

/**
 * Waits until `read()` gives the same value on three checks a frame apart: the page has stopped
 * moving (a virtualised list finished laying out after a scroll).
 */
export async function settledValue(read: () => string, message: string): Promise<void> {
  let last = read();
  let same = 0;
  await waitFor(() => {
    const now = read();
    same = now === last ? same + 1 : 0;
    last = now;
    return same >= 3;
  }, { message });
}
