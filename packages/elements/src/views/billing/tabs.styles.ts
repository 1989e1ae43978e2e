import { css } from 'lit';
import { token } from '../../theme/tokens.js';

export const tabStyles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')};
    margin-bottom: ${token('space-4')};
    border-bottom: 1px solid ${token('color-border')};
  }
  [role='tab'] {
    min-height: calc(2.5rem * ${token('density')});
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
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      border-bottom-color: Highlight;
    }
  }
`;
