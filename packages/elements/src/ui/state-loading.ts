import { localized, msg } from '@lit/localize';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../define.js';
import { baseStyles } from '../theme/base-styles.js';
import { token } from '../theme/tokens.js';

/**
 * @tagname portico-state-loading
 * @summary A skeleton shown while a view's data loads; announces "Loading" once to screen readers.
 *
 * @csspart base - The wrapper, `aria-busy="true"`.
 * @csspart row - One skeleton row.
 *
 * @cssprop --portico-color-skeleton - Colour of the skeleton bars.
 * @cssprop --portico-radius-sm - Corner radius of the bars.
 *
 * The shimmer stops under `prefers-reduced-motion: reduce`.
 */
@localized()
export class PorticoStateLoading extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      .rows {
        display: grid;
        gap: ${token('space-3')};
        padding: ${token('space-4')} 0;
      }
      .row {
        height: 1rem;
        border-radius: ${token('radius-sm')};
        background: ${token('color-skeleton')};
        animation: portico-pulse 1.4s ease-in-out infinite;
      }
      .row:nth-child(3n + 2) {
        width: 85%;
      }
      .row:nth-child(3n) {
        width: 60%;
      }
      @keyframes portico-pulse {
        50% {
          opacity: 0.45;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .row {
          animation: none;
        }
      }
      @media (forced-colors: active) {
        .row {
          background: GrayText;
        }
      }
    `,
  ];

  /** How many skeleton rows to show. */
  @property({ type: Number }) rows = 3;

  /** What screen readers hear; defaults to "Loading…". */
  @property() label = '';

  override render() {
    const rows = Array.from({ length: Math.max(1, Math.min(this.rows, 50)) }, () => html`<div class="row" part="row"></div>`);
    return html`
      <div part="base" aria-busy="true">
        <span class="visually-hidden" role="status">${this.label || msg('Loading…')}</span>
        <div class="rows" aria-hidden="true">${rows}</div>
      </div>
    `;
  }
}

define('portico-state-loading', PorticoStateLoading);

declare global {
  interface HTMLElementTagNameMap {
    'portico-state-loading': PorticoStateLoading;
  }
}
