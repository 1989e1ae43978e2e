import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { safeUrl } from '@portico/core';
import { define } from '../define.js';
import { baseStyles } from '../theme/base-styles.js';
import { token } from '../theme/tokens.js';

/** Initials of a name: first letters of the first and last words, `Ana María López` → `AL`. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return '';
  const last = words.length > 1 ? words[words.length - 1]! : '';
  const letter = (word: string): string => Array.from(word)[0]?.toLocaleUpperCase() ?? '';
  return letter(first) + letter(last);
}

/** A stable tone per name so the same person always gets the same colour. */
function toneOf(name: string): number {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return hash % 6;
}

/**
 * @tagname portico-avatar
 * @summary A person's photo, or their initials when there is no photo or it fails to load.
 *
 * @csspart base - The circle.
 * @csspart image - The photo.
 * @csspart initials - The initials.
 *
 * @cssprop --portico-avatar-size - Diameter; defaults by `size` (2rem, 2.5rem, 4rem).
 *
 * Initials sit on dark tones chosen for at least 4.5:1 with white text.
 */
export class PorticoAvatar extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-block;
        flex: none;
        --_size: var(--portico-avatar-size, 2.5rem);
      }
      :host([size='sm']) {
        --_size: var(--portico-avatar-size, 2rem);
      }
      :host([size='lg']) {
        --_size: var(--portico-avatar-size, 4rem);
      }
      [part='base'] {
        display: grid;
        place-items: center;
        width: var(--_size);
        height: var(--_size);
        border-radius: 50%;
        overflow: hidden;
        background: #3b4a6b;
        color: #ffffff;
        font-size: calc(var(--_size) * 0.4);
        font-weight: ${token('font-weight-strong')};
        line-height: 1;
        user-select: none;
      }
      [data-tone='0'] { background: #1e4fb3; }
      [data-tone='1'] { background: #16693a; }
      [data-tone='2'] { background: #9a3412; }
      [data-tone='3'] { background: #6b21a8; }
      [data-tone='4'] { background: #9f1239; }
      [data-tone='5'] { background: #0f5c57; }
      img {
        width: 100%;
        height: 100%;
        object-fit: cover;
      }
      @media (forced-colors: active) {
        [part='base'] {
          border: 1px solid CanvasText;
        }
      }
    `,
  ];

  /** The person's name: the image's text alternative and the source of the initials. */
  @property() name = '';

  /** Photo URL; initials show when empty or when the photo fails to load. */
  @property() src: string | null = null;

  /** `sm`, `md` (default) or `lg`. */
  @property({ reflect: true }) size: 'sm' | 'md' | 'lg' = 'md';

  /** Set when the name is already written next to the avatar, so it is not read twice. */
  @property({ type: Boolean }) decorative = false;

  @state() private failed = false;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.failed = false;
  }

  override render() {
    const src = safeUrl(this.src);
    if (src && !this.failed) {
      return html`<span part="base"
        ><img part="image" src=${src} alt=${this.decorative ? '' : this.name} @error=${() => (this.failed = true)}
      /></span>`;
    }
    const initials = initialsOf(this.name);
    return this.decorative
      ? html`<span part="base" data-tone=${toneOf(this.name)} aria-hidden="true"><span part="initials">${initials}</span></span>`
      : html`<span part="base" data-tone=${toneOf(this.name)} role="img" aria-label=${this.name}
          ><span part="initials" aria-hidden="true">${initials}</span></span
        >`;
  }
}

define('portico-avatar', PorticoAvatar);

declare global {
  interface HTMLElementTagNameMap {
    'portico-avatar': PorticoAvatar;
  }
}
