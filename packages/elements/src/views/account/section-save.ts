import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { Attempt } from '@portico/core';
import { describeError } from '../../ui/error-text.js';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The save (or send) of an account section's form: one at a time, busy meanwhile, the failure
 * kept for an alert that takes focus, and the same idempotency key when the same body is retried.
 */
export class SectionSave implements ReactiveController {
  busy = false;
  failure: unknown;
  private readonly attempt = new Attempt();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Sends `body` with its idempotency key, then runs `done` with the result (still busy). A
   * rejection of either is kept in `failure` and its alert focused; what the user typed stays.
   */
  async run<T>(body: unknown, send: (idempotencyKey: string) => Promise<T>, done: (result: T) => void | Promise<void>): Promise<void> {
    this.set(true, undefined);
    try {
      const result = await send(this.attempt.key(body));
      this.attempt.settle();
      await done(result);
    } catch (error) {
      this.attempt.settle(error);
      this.set(true, error);
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('[role="alert"]')?.focus();
    } finally {
      this.set(false, this.failure);
    }
  }

  /** The failure's alert (`heading`, what went wrong, then `more`), or nothing. */
  alert(heading: string, more?: string) {
    if (!this.failure) return nothing;
    const { description } = describeError(this.failure);
    return html`<div class="notice" data-tone="danger" role="alert" tabindex="-1"><strong>${heading}</strong> ${description}${more ? ` ${more}` : nothing}</div>`;
  }

  /** The submit button: `retryLabel` after a failure, busy while saving. */
  submit(label: string, retryLabel: string) {
    return html`<div class="actions">
      <button class="button" data-variant="primary" type="submit" aria-busy=${this.busy ? 'true' : 'false'} aria-disabled=${this.busy ? 'true' : 'false'}>
        ${this.failure ? retryLabel : label}
      </button>
    </div>`;
  }

  private set(busy: boolean, failure: unknown): void {
    this.busy = busy;
    this.failure = failure;
    this.host.requestUpdate();
  }
}
