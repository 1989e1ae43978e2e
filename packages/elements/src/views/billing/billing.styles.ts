import { css } from 'lit';
import { token } from '../../theme/tokens.js';

/** Styles shared by the billing view and its parts (each part adopts them in its own shadow root). */
export const billingStyles = css`
  :host {
    display: block;
  }
  h2,
  h3 {
    margin: 0 0 ${token('space-3')};
    overflow-wrap: anywhere;
  }
  h2 {
    font-size: ${token('font-size-xl')};
  }
  h3 {
    font-size: ${token('font-size-lg')};
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  h2:focus-visible,
  h3:focus-visible {
    outline: ${token('focus-width')} solid ${token('color-focus')};
  }
  p {
    margin: 0;
  }
  .muted {
    color: ${token('color-muted')};
    font-size: ${token('font-size-sm')};
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: ${token('space-3')};
    margin-bottom: ${token('space-4')};
  }
  .cards {
    display: grid;
    gap: ${token('space-3')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: grid;
    gap: ${token('space-2')};
    padding: ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-lg')};
    background: ${token('color-surface')};
    box-shadow: ${token('elevation-1')};
    min-width: 0;
  }
  .card[data-overdue] {
    border-inline-start: 6px solid ${token('color-danger')};
  }
  .card-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: ${token('space-2')};
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr));
    gap: ${token('space-2')} ${token('space-4')};
    margin: 0;
  }
  .facts div {
    min-width: 0;
  }
  .facts dt {
    color: ${token('color-muted')};
    font-size: ${token('font-size-sm')};
  }
  .facts dd {
    margin: 0;
    font-weight: ${token('font-weight-strong')};
    overflow-wrap: anywhere;
  }
  .status {
    display: inline-block;
    padding: 0 ${token('space-2')};
    border: 1px solid currentColor;
    border-radius: ${token('radius-sm')};
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-strong')};
  }
  .status[data-tone='danger'] {
    color: ${token('color-danger')};
  }
  .status[data-tone='success'] {
    color: ${token('color-success')};
  }
  .status[data-tone='warning'] {
    color: ${token('color-warning')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
  }
  a {
    color: ${token('color-primary-text')};
  }
  form,
  .form {
    display: grid;
    gap: ${token('space-4')};
  }
  .field {
    display: grid;
    gap: ${token('space-1')};
    min-width: 0;
  }
  .field label,
  .field .label {
    font-weight: ${token('font-weight-strong')};
  }
  input[type='text'],
  input[type='date'],
  input:not([type]),
  select,
  textarea {
    width: 100%;
    min-height: calc(2.5rem * ${token('density')});
    padding: ${token('space-2')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
    font: inherit;
  }
  [aria-invalid='true'] {
    border-color: ${token('color-danger')};
  }
  .field-error {
    color: ${token('color-danger')};
    font-size: ${token('font-size-sm')};
  }
  .grid-2 {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: ${token('space-4')};
  }
  fieldset {
    display: grid;
    gap: ${token('space-2')};
    margin: 0;
    padding: ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    min-width: 0;
  }
  legend {
    font-weight: ${token('font-weight-strong')};
  }
  .choice {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
  }
  .notice {
    padding: ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-inline-start: 4px solid ${token('color-primary-text')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface-alt')};
  }
  /* "Show more" (the view kit's pagedResource): the button and a failure beside it. */
  .more {
    margin-top: ${token('space-3')};
  }
  .error.more {
    color: ${token('color-danger')};
  }
  .notice[data-tone='danger'] {
    border-inline-start-color: ${token('color-danger')};
  }
  .notice[data-tone='success'] {
    border-inline-start-color: ${token('color-success')};
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: ${token('space-2')};
    border-bottom: 1px solid ${token('color-border')};
    text-align: start;
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: end;
    white-space: nowrap;
  }
  .table-wrap {
    overflow-x: auto;
  }
  dialog {
    width: min(36rem, calc(100vw - 2rem));
  }
  @media (max-width: 30rem) {
    th.hide-narrow,
    td.hide-narrow {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .card[data-overdue] {
      border-inline-start-color: Mark;
    }
    .status {
      border-color: CanvasText;
    }
  }
`;
