import { css } from 'lit';
import { token } from '../../theme/tokens.js';

export const teamStyles = css`
  ul.members {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    gap: ${token('space-4')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .member {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: ${token('space-3')} ${token('space-4')};
    align-content: start;
    padding: ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-lg')};
    background: ${token('color-surface')};
    box-shadow: ${token('elevation-1')};
  }
  .who {
    min-width: 0;
  }
  h3 {
    margin: 0;
    font-size: ${token('font-size-md')};
    overflow-wrap: anywhere;
  }
  .title,
  .relation {
    margin: 0;
    color: ${token('color-muted')};
    font-size: ${token('font-size-sm')};
  }
  .relation {
    color: ${token('color-text')};
  }
  .contact {
    grid-column: 1 / -1;
    display: grid;
    gap: ${token('space-1')};
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: ${token('font-size-sm')};
  }
  .contact a {
    color: ${token('color-primary-text')};
    overflow-wrap: anywhere;
  }
  .actions {
    grid-column: 1 / -1;
  }
`;
