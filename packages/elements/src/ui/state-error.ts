import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { isPorticoError } from '@portico/core';
import { define } from '../define.js';
import { emit } from '../events.js';
import { baseStyles } from '../theme/base-styles.js';
import { token } from '../theme/tokens.js';
import { buttonStyles } from './button.styles.js';
import { describeError, isPermanent } from './error-text.js';

export interface PorticoRetryDetail {
  /** The operation that failed, e.g. `messages.listThreads`, when known. */
  operation: string | undefined;
}

/**
 * @tagname portico-state-error
 * @summary Says what failed (from a `PorticoError`'s kind) and offers Retry; the rest of the
 * portal keeps working.
 *
 * @slot - Extra content under the description, e.g. a link to contact the practice.
 *
 * @csspart base - The wrapper, `role="alert"`.
 * @csspart heading - What failed.
 * @csspart description - What to do.
 * @csspart reference - The operation and status, for support.
 * @csspart retry-button - The Retry button.
 *
 * @cssprop --portico-color-danger - Accent of the panel.
 *
 * @fires portico-retry - The person pressed Retry. `detail.operation` names the failed call.
 */
@localized()
export class PorticoStateError extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    css`
      :host {
        display: block;
      }
      [part='base'] {
        display: grid;
        justify-items: start;
        gap: ${token('space-2')};
        padding: ${token('space-4')};
        border: 1px solid ${token('color-border')};
        border-inline-start: 4px solid ${token('color-danger')};
        border-radius: ${token('radius-md')};
        background: ${token('color-surface')};
      }
      [part='heading'] {
        margin: 0;
        font-weight: ${token('font-weight-strong')};
      }
      [part='description'],
      [part='reference'] {
        margin: 0;
      }
      [part='reference'] {
        color: ${token('color-muted')};
        font-size: ${token('font-size-sm')};
      }
    `,
  ];

  /** The error to explain; a `PorticoError` gives the most specific text. */
  @property({ attribute: false }) error: unknown;

  /** Overrides the heading, e.g. "Could not load your messages". */
  @property() heading = '';

  /**
   * The heading when the error is "not found" (a deep link to a removed item), e.g. "This
   * invoice could not be found"; it wins over `heading` for that kind only (#10.17).
   */
  @property({ attribute: 'not-found-heading' }) notFoundHeading = '';

  /** Hides Retry. It is hidden anyway for errors a retry cannot fix (forbidden, not found). */
  @property({ type: Boolean, attribute: 'no-retry' }) noRetry = false;

  override render() {
    const text = describeError(this.error);
    const reference = isPorticoError(this.error)
      ? this.error.status === undefined
        ? this.error.operation
        : `${this.error.operation} · ${this.error.status}`
      : undefined;
    const retry = !this.noRetry && !isPermanent(this.error);
    return html`
      <div part="base" role="alert">
        <p part="heading">${(this.notFoundHeading && isPorticoError(this.error) && this.error.kind === 'not-found' ? this.notFoundHeading : '') || this.heading || text.heading}</p>
        <p part="description">${text.description}</p>
        <slot></slot>
        ${reference ? html`<p part="reference">${msg(str`Reference: ${reference}`)}</p>` : nothing}
        ${retry
          ? html`<button part="retry-button" class="button" data-variant="secondary" type="button" @click=${this.onRetry}>
              ${msg('Try again')}
            </button>`
          : nothing}
      </div>
    `;
  }

  private onRetry(): void {
    emit(this, 'portico-retry', { operation: isPorticoError(this.error) ? this.error.operation : undefined });
  }
}

define('portico-state-error', PorticoStateError);

declare global {
  interface HTMLElementTagNameMap {
    'portico-state-error': PorticoStateError;
  }
  interface HTMLElementEventMap {
    'portico-retry': CustomEvent<PorticoRetryDetail>;
  }
}
