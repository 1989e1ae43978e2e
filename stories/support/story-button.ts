/**
 * Story-only element: Portico's buttons are native `<button class="button">` styled by the
 * shared `buttonStyles` inside each view's shadow root, so stories need a shadow root to show
 * them in. Not part of the SDK.
 */
import { buttonStyles, baseStyles } from '@portico/elements';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';

export type ButtonVariant = 'secondary' | 'primary' | 'danger' | 'ghost';

export class StoryButton extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    css`
      :host {
        display: inline-block;
      }
    `,
  ];

  @property() label = 'Send message';
  @property() variant: ButtonVariant = 'secondary';
  @property() size: 'md' | 'sm' = 'md';
  @property({ type: Boolean }) busy = false;
  @property({ type: Boolean }) disabled = false;

  override render() {
    return html`<button
      class="button"
      type="button"
      data-variant=${this.variant}
      data-size=${this.size}
      aria-busy=${this.busy ? 'true' : 'false'}
      aria-disabled=${this.busy ? 'true' : 'false'}
      ?disabled=${this.disabled}
    >
      ${this.label}
    </button>`;
  }
}

if (!customElements.get('story-button')) customElements.define('story-button', StoryButton);

declare global {
  interface HTMLElementTagNameMap {
    'story-button': StoryButton;
  }
}
