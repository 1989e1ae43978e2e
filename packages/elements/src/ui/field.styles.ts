import { css } from 'lit';
import { token } from '../theme/tokens.js';

/**
 * `<portico-field>`'s own layout: label, hint, control and error stacked, reflowing at 320 px.
 * The control, hint, error and "(optional)" look come from the shared `formStyles`, so a field
 * looks like every other control of a form.
 */
export const fieldStyles = css`
  :host {
    display: grid;
    gap: ${token('space-1')};
    min-width: 0;
  }
  [part='label'] {
    font-weight: ${token('font-weight-strong')};
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
  }
  [part='control']:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
`;
