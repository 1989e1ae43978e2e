import { css } from 'lit';
import { token } from '../theme/tokens.js';

/** The guest pages: one column, the item's facts as a list, the practice's contact. */
export const guestStyles = css`
  :host {
    display: block;
    max-width: 36rem;
  }
  h2 {
    margin: 0 0 ${token('space-3')};
    font-size: ${token('font-size-xl')};
  }
  h2:focus {
    outline: none;
  }
  section[part='page'] {
    display: grid;
    gap: ${token('space-3')};
  }
  section[part='page'] > p {
    margin: 0;
  }
  .facts {
    display: grid;
    gap: ${token('space-2')};
    margin: 0;
  }
  .facts div {
    display: grid;
    grid-template-columns: minmax(8rem, auto) 1fr;
    gap: ${token('space-3')};
  }
  .facts dt {
    color: ${token('color-muted')};
  }
  .facts dd {
    margin: 0;
    font-weight: ${token('font-weight-strong')};
  }
  .contact {
    padding: ${token('space-3')} ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
  }
  .contact p {
    margin: 0 0 ${token('space-2')};
  }
  .contact ul {
    display: grid;
    gap: ${token('space-1')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .signature {
    display: grid;
    gap: ${token('space-3')};
  }
  .signature > h3 {
    margin: 0;
    font-size: ${token('font-size-lg')};
  }
  .statement-text {
    margin: 0;
    white-space: pre-line;
  }
  .signature-preview p {
    margin: 0;
  }
  .typed-signature {
    font-family: 'Brush Script MT', 'Segoe Script', cursive;
    font-size: ${token('font-size-xl')};
  }
  .card-field {
    min-height: 3rem;
  }
`;
