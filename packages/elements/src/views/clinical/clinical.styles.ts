import { css } from 'lit';
import { token } from '../../theme/tokens.js';

/** The view's frame, after `viewHeaderStyles` and `tabStyles`. */
export const clinicalStyles = css`
  h2 {
    margin-bottom: ${token('space-4')};
  }
`;

/** Shared by the sections: cards, lists, headings, muted text, inline errors. */
export const clinicalPartStyles = css`
  :host {
    display: block;
  }
  [hidden] {
    display: none !important;
  }
  h3 {
    margin: 0;
    font-size: ${token('font-size-md')};
    overflow-wrap: anywhere;
  }
  h3:focus,
  h4:focus,
  li:focus {
    outline: none;
  }
  h3:focus-visible,
  h4:focus-visible,
  li:focus-visible {
    outline: ${token('focus-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-offset')};
  }
  h4 {
    margin: 0;
    font-size: ${token('font-size-md')};
    overflow-wrap: anywhere;
  }
  .section + .section {
    margin-top: ${token('space-6')};
  }
  .section > h3 {
    margin-bottom: ${token('space-3')};
    font-size: ${token('font-size-lg')};
  }
  .intro,
  .muted {
    margin: 0;
    color: ${token('color-muted')};
    font-size: ${token('font-size-sm')};
  }
  .intro {
    margin-bottom: ${token('space-4')};
    font-size: ${token('font-size-md')};
  }
  ul.cards,
  ol.cards {
    display: grid;
    gap: ${token('space-3')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: grid;
    gap: ${token('space-2')};
    min-width: 0;
    padding: ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-lg')};
    background: ${token('color-surface')};
  }
  .card p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .card[data-status='done'] {
    border-inline-start: 4px solid ${token('color-success')};
  }
  .when {
    font-weight: ${token('font-weight-strong')};
  }
  .not-shared {
    color: ${token('color-muted')};
    font-style: italic;
  }
  .badge {
    justify-self: start;
    padding: 0 ${token('space-2')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-sm')};
    font-size: ${token('font-size-sm')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    align-items: center;
  }
  .actions .button {
    min-height: 44px;
  }
  .more {
    margin-top: ${token('space-3')};
  }
  .error {
    margin: 0;
    color: ${token('color-danger')};
    font-size: ${token('font-size-sm')};
  }
  .outbox,
  .confirmation {
    display: grid;
    gap: ${token('space-3')};
    margin-bottom: ${token('space-4')};
    padding: ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-inline-start: 4px solid ${token('color-warning')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
  }
  .confirmation {
    border-inline-start-color: ${token('color-success')};
  }
  .confirmation p {
    margin: 0;
  }
  .outbox ul {
    display: grid;
    gap: ${token('space-3')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .outbox-entry {
    display: grid;
    gap: ${token('space-1')};
    justify-items: start;
  }
  .outbox-entry p {
    margin: 0;
  }
  .outbox-title {
    font-weight: ${token('font-weight-strong')};
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: ${token('space-1')} ${token('space-3')};
    margin: 0;
  }
  dt {
    color: ${token('color-muted')};
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: ${token('font-size-sm')};
  }
  th,
  td {
    padding: ${token('space-1')} ${token('space-2')};
    border-bottom: 1px solid ${token('color-border')};
    text-align: start;
  }
  .disclosure {
    display: flex;
    gap: ${token('space-2')};
    align-items: center;
    width: 100%;
    min-height: 44px;
    padding: ${token('space-2')};
    border: 0;
    border-radius: ${token('radius-md')};
    background: none;
    color: inherit;
    font: inherit;
    font-weight: ${token('font-weight-strong')};
    text-align: start;
    cursor: pointer;
  }
  .disclosure:hover {
    background: ${token('color-surface-alt')};
  }
  .disclosure::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform ${token('motion-duration')};
  }
  .disclosure[aria-expanded='true']::before {
    transform: rotate(45deg);
  }
`;
