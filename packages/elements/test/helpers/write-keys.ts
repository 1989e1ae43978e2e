/**
 * The Idempotency-Key of every write the page sends to one path, for tests of a write's attempt
 * (core's `Attempt`): the same key while the same intent is retried after a lost answer, a new
 * one after an answer, a refusal or a changed intent.
 */
export interface KeyWatch {
  /** The keys sent, in order, to a path that `path` matches. */
  readonly keys: string[];
  stop(): void;
}

export function watchWriteKeys(path: RegExp): KeyWatch {
  const original = globalThis.fetch;
  const keys: string[] = [];
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const key = request.headers.get('Idempotency-Key');
    if (key && request.method !== 'GET' && path.test(new URL(request.url, location.href).pathname)) keys.push(key);
    return original(input, init);
  };
  return {
    keys,
    stop() {
      globalThis.fetch = original;
    },
  };
}
