/**
 * Idempotency keys per user action: retrying the same request (same body) after a failure
 * reuses the key, so the backend applies it once; a changed request gets a new key.
 */
function randomKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  return Array.from(c.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export class AttemptKey {
  private last: { signature: string; key: string } | undefined;

  /** The key for a request with this body: the previous one when the body is unchanged. */
  for(body: unknown): string {
    const signature = JSON.stringify(body);
    if (this.last?.signature !== signature) this.last = { signature, key: randomKey() };
    return this.last.key;
  }

  /** After a success: the next request is a new action. */
  done(): void {
    this.last = undefined;
  }
}
