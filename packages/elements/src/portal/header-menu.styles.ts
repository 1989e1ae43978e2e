import { css } from 'lit';
import { token } from '../theme/tokens.js';

/** The header's account controls: sized to the brand line so the header grows no taller on phones. */
export const headerMenuStyles = css`
  :host {
    display: block;
    color: inherit;
  }
  .bar {
    display: flex;
    align-items: center;
    gap: ${token('space-1')};
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  /* On the brand colour the focus ring takes the header's text colour, which has the contrast. */
  .bar > button:focus-visible,
  .avatar-button:focus-visible {
    outline: ${token('focus-width')} solid ${token('color-on-primary')};
    outline-offset: 2px;
  }
  .icon,
  .avatar-button {
    display: inline-grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
  }
  .initials {
    display: grid;
    place-items: center;
    width: 100%;
    height: 100%;
    border-radius: 50%;
    background: ${token('color-on-primary')};
    color: ${token('color-primary')};
    font-size: 0.8rem;
    font-weight: ${token('font-weight-strong')};
  }
  .initials::before {
    content: attr(data-initials);
  }
  .icon:hover,
  .completion:hover {
    background: color-mix(in srgb, currentColor 15%, transparent);
  }
  .completion {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    height: 2rem;
    padding: 0 ${token('space-2')};
    border: 1px solid currentColor;
    border-radius: 999px;
    background: transparent;
    font-size: ${token('font-size-sm')};
    white-space: nowrap;
  }
  .ring {
    flex: none;
  }
  .menu-wrap {
    position: relative;
  }
  .avatar-button {
    position: relative;
  }
  .avatar-ring {
    display: none;
    position: absolute;
    inset: -3px;
    width: calc(100% + 6px);
    height: calc(100% + 6px);
  }
  [role='menu'] {
    position: absolute;
    inset-inline-end: 0;
    top: calc(100% + ${token('space-1')});
    z-index: 10;
    min-width: 13rem;
    margin: 0;
    padding: ${token('space-1')} 0;
    list-style: none;
    background: ${token('color-surface')};
    color: ${token('color-text')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.18);
  }
  [role='menu'][hidden] {
    display: none;
  }
  [role='menuitem'] {
    display: block;
    width: 100%;
    padding: ${token('space-2')} ${token('space-4')};
    border: 0;
    background: transparent;
    text-align: start;
    min-height: 2.5rem;
  }
  [role='menuitem']:hover,
  [role='menuitem']:focus-visible {
    background: ${token('color-surface-alt')};
  }
  [role='menuitem']:focus-visible {
    outline-offset: -2px;
  }
  @container portico-portal (max-width: 44rem) {
    /* Phones: the controls stay within the brand line's height (24 px is still the minimum target size of WCAG 2.5.8). */
    .icon,
    .avatar-button {
      width: 1.5rem;
      height: 1.5rem;
      --portico-avatar-size: 1.4rem;
    }
    /* Completion becomes a ring around the photo, and the menu's first entry. */
    .completion {
      display: none;
    }
    .avatar-ring {
      display: block;
    }
  }
  @media (forced-colors: active) {
    [role='menu'] {
      border: 1px solid CanvasText;
    }
  }
`;
