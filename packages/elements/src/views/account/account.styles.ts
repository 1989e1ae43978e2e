import { css } from 'lit';
import { token } from '../../theme/tokens.js';

/** The account view's frame: heading and the section tabs. */
export const accountStyles = css`
  :host {
    display: block;
  }
  h2 {
    margin: 0 0 ${token('space-4')};
    font-size: ${token('font-size-xl')};
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: ${token('focus-width')} solid ${token('color-focus')};
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')};
    margin: 0 0 ${token('space-5')};
    border-bottom: 1px solid ${token('color-border')};
  }
  [role='tab'] {
    padding: ${token('space-2')} ${token('space-3')};
    border: 0;
    border-bottom: 3px solid transparent;
    background: none;
    color: ${token('color-text')};
    font: inherit;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    border-bottom-color: ${token('color-primary')};
    color: ${token('color-primary')};
    font-weight: ${token('font-weight-strong')};
  }
  [role='tab']:hover {
    background: ${token('color-surface-alt')};
  }
  [role='tabpanel']:focus {
    outline: none;
  }
  .security {
    display: grid;
    gap: ${token('space-6')};
  }
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      border-bottom-color: Highlight;
    }
  }
`;

/** Shared by the sections (profile, notifications, availability, contact). */
export const sectionStyles = css`
  :host {
    display: block;
  }
  h3 {
    margin: 0 0 ${token('space-2')};
    font-size: ${token('font-size-lg')};
  }
  h3:focus {
    outline: none;
  }
  .intro {
    margin: 0 0 ${token('space-4')};
    color: ${token('color-muted')};
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: ${token('space-3')} ${token('space-4')};
  }
  form {
    max-width: 48rem;
  }
`;
