import { css } from 'lit';
import { token } from '../theme/tokens.js';

/** `<portico-field>`'s look: label, hint, control and error stacked; reflows at 320 px. */
export const fieldStyles = css`
  :host {
    display: grid;
    gap: ${token('space-1')};
    min-width: 0;
  }
  [part='label'] {
    font-weight: ${token('font-weight-strong')};
  }
  .optional {
    font-weight: normal;
    color: ${token('color-muted')};
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    min-width: 0;
  }
  [part='control'] {
    flex: 1 1 12rem;
    min-width: 0;
    width: 100%;
    min-height: calc(2.5rem * ${token('density')});
    padding: ${token('space-2')} ${token('space-3')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
    font: inherit;
  }
  textarea[part='control'] {
    min-height: 8rem;
    resize: vertical;
  }
  [part='control']:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  [part='control'][aria-invalid='true'] {
    border-color: ${token('color-danger')};
    box-shadow: inset 0 0 0 1px ${token('color-danger')};
  }
  [part='hint'],
  [part='error'] {
    margin: 0;
    font-size: ${token('font-size-sm')};
  }
  [part='hint'] {
    color: ${token('color-muted')};
  }
  [part='error'] {
    color: ${token('color-danger')};
    font-weight: ${token('font-weight-strong')};
  }
  [part='error']::before {
    content: '⚠ ';
  }
  @media (forced-colors: active) {
    [part='control'][aria-invalid='true'] {
      border: 2px solid Mark;
    }
  }
`;
