/**
 * Asks the host for access tokens. The first call asks once; after a 401 the host is asked
 * again exactly once, and every request that failed with the same stale token shares that
 * one refresh instead of stampeding the host's auth server.
 */
export type AccessTokenProvider = (context: { forceRefresh: boolean }) => string | null | undefined | Promise<string | null | undefined>;

export class TokenSource {
  #provider: AccessTokenProvider | undefined;
  #current: Promise<string | null> | undefined;
  #refreshing: Promise<string | null> | undefined;

  constructor(provider: AccessTokenProvider | undefined) {
    this.#provider = provider;
  }

  /** The current token, asking the host the first time. */
  get(): Promise<string | null> {
    this.#current ??= this.#ask(false);
    return this.#current;
  }

  /**
   * A fresh token after `staleToken` was refused. If another request already refreshed past
   * that token, its result is reused; otherwise the host is asked once for everyone.
   */
  async refresh(staleToken: string | null): Promise<string | null> {
    const current = await this.get();
    if (current !== staleToken) return current;
    if (!this.#refreshing) {
      this.#refreshing = this.#ask(true);
      this.#current = this.#refreshing;
      void this.#refreshing.finally(() => {
        this.#refreshing = undefined;
      });
    }
    return this.#refreshing;
  }

  #expired = false;

  /**
   * Records that a request was refused even after the refresh. True only for the first refusal
   * of an expiry, so the host hears once however many requests were in flight.
   */
  markExpired(): boolean {
    if (this.#expired) return false;
    this.#expired = true;
    return true;
  }

  /** A request went through with a token: a later refusal is a new expiry. */
  markAccepted(): void {
    this.#expired = false;
  }

  async #ask(forceRefresh: boolean): Promise<string | null> {
    if (!this.#provider) return null;
    try {
      return (await this.#provider({ forceRefresh })) ?? null;
    } catch {
      // A host provider that throws means "no token": the request goes on and gets a 401.
      return null;
    }
  }
}
