import { localized, msg } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../define.js';
import { baseStyles } from '../theme/base-styles.js';
import { token } from '../theme/tokens.js';

/**
 * @tagname portico-state-empty
 * @summary Says that there is nothing to show yet and what to do next.
 *
 * @slot - Replaces the description with richer content.
 * @slot icon - An illustration or icon above the heading (decorative).
 * @slot action - The next step, e.g. a "New message" button.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The heading line.
 * @csspart description - The "what to do next" line.
 * @csspart action - The wrapper of the action slot.
 *
 * @cssprop --portico-color-muted - Description colour.
 * @cssprop --portico-space-6 - Vertical padding.
 */
@localized()
export class PorticoStateEmpty extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      [part='base'] {
        display: grid;
        justify-items: center;
        gap: ${token('space-2')};
        padding: ${token('space-6')} ${token('space-4')};
        text-align: center;
      }
      [part='heading'] {
        margin: 0;
        font-size: ${token('font-size-lg')};
        font-weight: ${token('font-weight-strong')};
      }
      [part='description'] {
        margin: 0;
        max-width: 40ch;
        color: ${token('color-muted')};
      }
      [part='action'] {
        margin-top: ${token('space-2')};
      }
    `,
  ];

  /** The heading (what is empty); defaults to "Nothing here yet". */
  @property() heading = '';

  /** What the person can do next. */
  @property() description = '';

  override render() {
    return html`
      <div part="base">
        <slot name="icon" aria-hidden="true"></slot>
        <p part="heading">${this.heading || msg('Nothing here yet')}</p>
        <p part="description"><slot>${this.description || nothing}</slot></p>
        <div part="action"><slot name="action"></slot></div>
      </div>
    `;
  }
}

define('portico-state-empty', PorticoStateEmpty);

declare global {
  interface HTMLElementTagNameMap {
    'portico-state-empty': PorticoStateEmpty;
  }
}
