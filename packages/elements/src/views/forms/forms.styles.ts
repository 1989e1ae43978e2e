import { css } from 'lit';
import { token } from '../../theme/tokens.js';

export const formsStyles = css`
  .back {
    margin-bottom: ${token('space-3')};
  }
  .packet + .packet {
    margin-top: ${token('space-6')};
  }
  h3 {
    margin: 0;
    font-size: ${token('font-size-lg')};
  }
  .packet-progress {
    margin: 0 0 ${token('space-3')};
    color: ${token('color-muted')};
    font-size: ${token('font-size-sm')};
  }
  ul.assignments {
    display: grid;
    gap: ${token('space-3')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .assignment {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${token('space-3')};
    padding: ${token('space-3')} ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
  }
  .assignment[data-due='overdue'] {
    border-inline-start: 4px solid ${token('color-warning')};
  }
  .what {
    min-width: 0;
    flex: 1 1 14rem;
  }
  h4 {
    margin: 0;
    font-size: ${token('font-size-md')};
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')} ${token('space-3')};
    margin: ${token('space-1')} 0 0;
    font-size: ${token('font-size-sm')};
    color: ${token('color-muted')};
  }
  .status,
  .due {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
  }
  .status {
    padding: 0 ${token('space-2')};
    border: 1px solid currentColor;
    border-radius: 999px;
    color: ${token('color-text')};
  }
  .status[data-status='submitted'] {
    color: ${token('color-success')};
  }
  [data-due='overdue'] .due {
    color: ${token('color-warning')};
    font-weight: ${token('font-weight-strong')};
  }
  .icon {
    width: 1rem;
    height: 1rem;
    flex: none;
  }
`;
