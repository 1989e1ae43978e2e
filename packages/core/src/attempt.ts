/**
 * Idempotency keys, in one place. Every write carries a key so the backend stores it once; the
 * key belongs to the person's intent (pay this invoice this amount, remove this card), is kept
 * while that intent is retried after a lost answer, and is dropped once the backend answered.
 */
import { isPorticoError, type PorticoErrorKind } from './errors.js';
import { randomId } from './random-id.js';

export { randomId };

/** Answers in which the backend refused the request itself: nothing was stored. */
const REFUSALS = new Set<PorticoErrorKind>(['invalid-request', 'forbidden', 'not-found', 'conflict']);

/**
 * Whether `error` says the backend answered and refused the write (bad input, no access, gone,
 * a conflict), so trying again is a new attempt. A lost answer (network, server, cancelled, a
 * garbled response) is not: the write may have been stored, and a retry must reuse the key.
 */
export function isRefusal(error: unknown): boolean {
  return isPorticoError(error) && REFUSALS.has(error.kind);
}

/**
 * The idempotency key of one intent, for a view that lets the person try again.
 *
 * ```ts
 * const attempt = new Attempt();
 * const key = attempt.key([invoice.id, amount]); // same key while this intent is retried
 * try { await pay(key); attempt.settle(); } catch (error) { attempt.settle(error); }
 * ```
 */
export class Attempt {
  #intent: string | undefined;
  #key: string | undefined;

  /**
   * The key for `intent` (anything JSON can write: a body, an id, a tuple): the one of the
   * previous try while the intent is the same and unsettled, a fresh one otherwise.
   */
  key(intent: unknown = null): string {
    const signature = JSON.stringify(intent ?? null);
    if (this.#key === undefined || this.#intent !== signature) {
      this.#intent = signature;
      this.#key = randomId();
    }
    return this.#key;
  }

  /**
   * After a try: with no error (the backend answered) or a refusal, the next try is a new
   * attempt; after a lost answer the key is kept, so a retry is stored once.
   */
  settle(error?: unknown): void {
    if (error === undefined || isRefusal(error)) this.reset();
  }

  /** Forgets the intent (the person closed the form): the next key is fresh. */
  reset(): void {
    this.#intent = undefined;
    this.#key = undefined;
  }
}

/**
 * One `Attempt` per item of a list whose writes are independent (a task, a homework, a request):
 * retrying one row neither reuses nor drops another row's key.
 *
 * ```ts
 * const attempt = attempts.of(task.id);
 * const key = attempt.key(status);
 * ```
 */
export class Attempts {
  readonly #byId = new Map<string, Attempt>();

  /** The attempt of item `id`, made on first use. */
  of(id: string): Attempt {
    let attempt = this.#byId.get(id);
    if (!attempt) this.#byId.set(id, (attempt = new Attempt()));
    return attempt;
  }
}
