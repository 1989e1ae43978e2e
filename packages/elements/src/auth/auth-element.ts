/**
 * What the sign-in elements share: where their adapter comes from. They work before there
 * is a session, so they take an `adapter`, an `api-base-url`, or the adapter of a
 * surrounding provider/portal, and call only `auth.*` operations.
 */
import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PortalAdapter, PorticoStore } from '@portico/core';
import { adapterContext } from '../context.js';
import { RestAdapterBuilder } from '../provider/rest-adapter.js';
import { storeFor } from '../store.js';
import { describeError } from '../ui/error-text.js';

export abstract class PorticoAuthElement extends LitElement {
  /** The backend, through the adapter contract. Takes precedence over `api-base-url`. */
  @property({ attribute: false }) adapter: PortalAdapter | undefined;

  /** Base URL of a backend speaking Portico's REST contract, used when no `adapter` is given. */
  @property({ attribute: 'api-base-url' }) apiBaseUrl: string | undefined;

  @consume({ context: adapterContext, subscribe: true })
  @state()
  private contextAdapter: PortalAdapter | undefined;

  /**
   * A token just issued and not yet handed to the host (the forced change after a one-time
   * password needs it). Held in memory for that one step, never stored.
   */
  protected pendingToken: string | undefined;

  private readonly ownAdapter = new RestAdapterBuilder(() => ({ getAccessToken: () => this.pendingToken ?? null }));

  /** True when the element built its own REST adapter (it can present `pendingToken` itself). */
  protected get usesOwnAdapter(): boolean {
    return !this.adapter && !this.contextAdapter && !!this.apiBaseUrl;
  }

  protected resolveAdapter(): PortalAdapter | undefined {
    if (this.adapter) return this.adapter;
    if (this.contextAdapter) return this.contextAdapter;
    return this.ownAdapter.for(this.apiBaseUrl);
  }

  protected resolveStore(): PorticoStore | undefined {
    const adapter = this.resolveAdapter();
    return adapter ? storeFor(adapter) : undefined;
  }

  /**
   * The alert above the form after a failed call: `special` when the refusal has its own
   * message (wrong credentials, a duplicate client, a locked code), else what the error's kind says.
   */
  protected renderFailureNotice(failure: unknown, special?: string) {
    if (!failure) return nothing;
    const text = describeError(failure);
    return html`<div class="notice" data-tone="danger" part="error" role="alert" tabindex="-1">
      ${special ?? html`<strong>${text.heading}</strong> ${text.description}`}
    </div>`;
  }

  /** After a check or a call failed: focus on the first field with an error, else on the alert. */
  protected async focusProblem(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('portico-field[invalid], [aria-invalid="true"], [part="error"]')?.focus();
  }
}
