import { css } from 'lit';
import { token } from '../theme/tokens.js';

/**
 * Form layout shared by the sign-in elements and the account view: labelled fields with a
 * hint and an error line under each, the live password-rules list, and status notices.
 */
export const formStyles = css`
  form {
    display: grid;
    gap: ${token('space-4')};
    max-width: 32rem;
  }
  fieldset {
    display: grid;
    gap: ${token('space-3')};
    margin: 0;
    padding: ${token('space-3')} ${token('space-4')} ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    min-width: 0;
  }
  legend {
    padding: 0 ${token('space-1')};
    font-weight: ${token('font-weight-strong')};
  }
  .field {
    display: grid;
    gap: ${token('space-1')};
    min-width: 0;
  }
  .field > label,
  .label {
    font-weight: ${token('font-weight-strong')};
  }
  .optional {
    font-weight: normal;
    color: ${token('color-muted')};
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    width: 100%;
    min-height: calc(2.5rem * ${token('density')});
    padding: ${token('space-2')} ${token('space-3')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
    font: inherit;
  }
  textarea {
    min-height: 8rem;
    resize: vertical;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: ${token('color-primary-text')};
  }
  [aria-invalid='true'] {
    border-color: ${token('color-danger')};
    box-shadow: inset 0 0 0 1px ${token('color-danger')};
  }
  .hint {
    margin: 0;
    color: ${token('color-muted')};
    font-size: ${token('font-size-sm')};
  }
  .field-error {
    margin: 0;
    color: ${token('color-danger')};
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-strong')};
  }
  .field-error::before {
    content: '⚠ ';
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: ${token('space-2')};
  }
  .check input {
    flex: none;
    margin-top: 0.15rem;
  }
  .rules {
    display: grid;
    gap: ${token('space-1')};
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: ${token('font-size-sm')};
  }
  .rules li {
    display: flex;
    gap: ${token('space-2')};
    color: ${token('color-muted')};
  }
  .rules li[data-met] {
    color: ${token('color-success')};
  }
  .rules .mark {
    flex: none;
    width: 1.25em;
    font-weight: ${token('font-weight-strong')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-3')};
  }
  .notice {
    margin: 0;
    padding: ${token('space-3')} ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-inline-start: 4px solid ${token('color-success')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
  }
  .notice[data-tone='danger'] {
    border-inline-start-color: ${token('color-danger')};
  }
  .notice:focus {
    outline: none;
  }
  .notice:focus-visible {
    outline: ${token('focus-width')} solid ${token('color-focus')};
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: ${token('color-primary-text')};
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  a {
    color: ${token('color-primary-text')};
  }
  @media (forced-colors: active) {
    [aria-invalid='true'] {
      border: 2px solid Mark;
    }
    .rules li[data-met] {
      color: CanvasText;
    }
  }
`;

/** The sign-in elements' frame: a block as wide as a form, its heading focusable without a ring. */
export const authStyles = css`
  :host {
    display: block;
    max-width: 32rem;
  }
  h2 {
    margin: 0 0 ${token('space-4')};
    font-size: ${token('font-size-xl')};
  }
  h2:focus {
    outline: none;
  }
`;
