import { css } from 'lit';
import { token } from './tokens.js';

/**
 * Included first in every Portico element's `static styles`: box model, type, the colour
 * scheme, the visible focus ring, reduced motion and forced colours (A11Y-1).
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    color-scheme: ${token('color-scheme')};
    font-family: ${token('font-family')};
    font-size: ${token('font-size-md')};
    line-height: ${token('font-line-height')};
    color: ${token('color-text')};
    /* A long unbroken word (a 100,000-character name from the backend) breaks where it must
       instead of widening the page; it inherits into every part of every element. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: ${token('focus-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-offset')};
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
