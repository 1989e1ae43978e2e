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

/**
 * Starts recording the Idempotency-Key of every write (every method but GET, or only `method`) to
 * a path `path` matches; the REST adapter looks `fetch` up per request. `stop()` puts it back.
 */
export function watchWriteKeys(path: RegExp, options: { method?: string } = {}): KeyWatch {
  const original = globalThis.fetch;
  const keys: string[] = [];
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    // Read without constructing a Request from `input`: that would use up its body.
    const url = input instanceof Request ? input.url : String(input);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const key = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).get('Idempotency-Key');
    const wanted = options.method ? method === options.method : method !== 'GET';
    if (key && wanted && path.test(new URL(url, location.href).pathname)) keys.push(key);
    return original(input, init);
  };
  return {
    keys,
    stop() {
      globalThis.fetch = original;
    },
  };
}
