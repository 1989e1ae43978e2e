import { css } from 'lit';
import { token } from '../../theme/tokens.js';

/** The account view's frame, after `viewHeaderStyles` and `tabStyles`. */
export const accountStyles = css`
  h2 {
    margin-bottom: ${token('space-4')};
  }
  .security {
    display: grid;
    gap: ${token('space-6')};
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
