/**
 * Sends the `portico-audit` events a portal or provider sees to the backend's `audit.record`,
 * for a practice that wants a server-side access log without host code. Fire-and-forget:
 * events are batched (a short delay, or a full batch), the action that caused them never waits,
 * and a failed batch is dropped and logged once (a backend without the operation answers 404
 * to every batch; one line says so, not one per action).
 */
import { logWarning, type AuditEvent, type PortalAdapter } from '@portico/core';

export interface AuditForwarderOptions {
  /** The adapter to send through, read when a batch goes (it may change, e.g. after sign-in). */
  adapter: () => PortalAdapter | undefined;
  /** The client shown, recorded with the batch. */
  clientId: () => string | undefined;
  /** How long events wait for company before they go. Default 2 s. */
  delay?: number;
  /** A batch this full goes at once. Default 20 (the contract allows 100). */
  batchSize?: number;
}

export class AuditForwarder {
  private queue: AuditEvent[] = [];
  private queueClient: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private warned = false;

  constructor(private readonly options: AuditForwarderOptions) {}

  /** Queues an event (seen while `clientId` was shown); sends the batch when full, or when the client changes. */
  add(event: AuditEvent, clientId: string | null = this.options.clientId() ?? null): void {
    // A batch is recorded for one client: a switch sends what was done for the previous one first.
    if (this.queue.length > 0 && clientId !== this.queueClient) this.flush();
    this.queueClient = clientId;
    this.queue.push(event);
    if (this.queue.length >= (this.options.batchSize ?? 20)) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.options.delay ?? 2000);
  }

  /** Sends what is queued now (also on sign-out and when the page is hidden). Never throws. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.queue.length === 0) return;
    const events = this.queue;
    this.queue = [];
    const adapter = this.options.adapter();
    // A hand-written adapter may leave the operation out: the events stay with the host's listeners.
    if (!adapter?.audit?.record) return;
    const body = { clientId: this.queueClient, events };
    void Promise.resolve()
      .then(() => adapter.audit.record({ body }))
      .catch((error: unknown) => {
        if (this.warned) return;
        this.warned = true;
        const kind = typeof error === 'object' && error !== null && 'kind' in error ? String((error as { kind: unknown }).kind) : 'error';
        logWarning(`audit.record failed (${kind}); audit events that cannot be sent are dropped (this is logged once).`);
      });
  }

  /** Drops what is queued without sending it (the forwarding was turned off). */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.queue = [];
  }
}
