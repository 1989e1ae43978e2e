import { css } from 'lit';
import { token } from '../../theme/tokens.js';

export const fillerStyles = css`
  :host {
    display: block;
  }
  h2 {
    margin: 0 0 ${token('space-2')};
    font-size: ${token('font-size-xl')};
    overflow-wrap: anywhere;
  }
  h2:focus,
  .error-summary:focus,
  .draw:focus {
    outline: none;
  }
  h2:focus-visible,
  .error-summary:focus-visible,
  .draw:focus-visible {
    outline: ${token('focus-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-offset')};
  }
  h3 {
    margin: 0 0 ${token('space-3')};
    font-size: ${token('font-size-lg')};
  }
  .intro {
    margin: 0 0 ${token('space-4')};
    color: ${token('color-muted')};
  }
  form {
    display: grid;
    gap: ${token('space-5')};
    max-width: 44rem;
  }
  .section,
  .signature {
    display: grid;
    gap: ${token('space-4')};
    padding: ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-lg')};
    background: ${token('color-surface')};
  }
  .section > h3,
  .signature > h3 {
    margin: 0;
  }
  .field {
    display: grid;
    gap: ${token('space-1')};
    justify-items: start;
    margin: 0;
    min-width: 0;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-width: 0;
  }
  label,
  legend {
    font-weight: ${token('font-weight-strong')};
    overflow-wrap: anywhere;
  }
  legend {
    padding: 0;
    margin-bottom: ${token('space-1')};
  }
  .optional {
    font-weight: normal;
    color: ${token('color-muted')};
  }
  portico-field::part(control) {
    max-width: 32rem;
  }
  portico-field:is([type='number'], [type='date'])::part(control) {
    max-width: 12rem;
  }
  .hint-lines > span {
    display: block;
  }
  .choices {
    display: grid;
    gap: ${token('space-1')};
  }
  .choices.inline .choice {
    display: inline-flex;
    margin-inline-end: ${token('space-4')};
  }
  .choice {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
    font-weight: normal;
    min-height: 2rem;
    cursor: pointer;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: ${token('color-primary-text')};
  }
  .help {
    margin: 0;
    color: ${token('color-muted')};
    font-size: ${token('font-size-sm')};
  }
  .field-error,
  .save-error {
    margin: 0;
    color: ${token('color-danger')};
    font-weight: ${token('font-weight-strong')};
    font-size: ${token('font-size-sm')};
  }
  .field-error::before {
    content: '⚠ ';
  }
  .statement-label {
    margin: 0;
    font-weight: ${token('font-weight-strong')};
  }
  .statement-text {
    margin: 0;
    white-space: pre-line;
  }
  .follow-up {
    display: grid;
    gap: ${token('space-4')};
    margin-top: ${token('space-3')};
    padding-inline-start: ${token('space-4')};
    border-inline-start: 3px solid ${token('color-border')};
  }
  .group {
    display: grid;
    gap: ${token('space-3')};
  }
  .item {
    display: grid;
    gap: ${token('space-3')};
    justify-items: start;
    padding: ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
  }
  .item > legend {
    padding: 0 ${token('space-1')};
  }
  .error-summary {
    margin-bottom: ${token('space-4')};
    padding: ${token('space-4')};
    border: 2px solid ${token('color-danger')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
  }
  .error-summary h3 {
    margin: 0 0 ${token('space-2')};
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: ${token('space-5')};
  }
  .error-summary a {
    color: ${token('color-danger')};
    font-weight: ${token('font-weight-strong')};
  }
  .draw {
    justify-items: stretch;
  }
  .draw[hidden] {
    display: none;
  }
  .signature-preview {
    padding: ${token('space-3')};
    border-top: 1px solid ${token('color-border-strong')};
  }
  .signature-preview p {
    margin: 0;
  }
  .typed-signature {
    font-family: 'Brush Script MT', 'Segoe Script', 'Snell Roundhand', cursive;
    font-size: 1.75rem;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-3')};
  }
  .submit-error {
    flex-basis: 100%;
    margin: 0;
    padding: ${token('space-3')};
    border-inline-start: 4px solid ${token('color-danger')};
    background: ${token('color-surface-alt')};
  }
  .save-status {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-2')};
    color: ${token('color-muted')};
    font-size: ${token('font-size-sm')};
  }
  .submitted {
    display: grid;
    gap: ${token('space-2')};
    justify-items: start;
  }
  .submitted p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .error-summary,
    [aria-invalid='true'] {
      border-color: CanvasText;
    }
  }
`;
