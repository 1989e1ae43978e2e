import { css } from 'lit';
import { token } from '../../theme/tokens.js';

/** Styles shared by `<portico-schedule>` and its parts. */
export const scheduleStyles = css`
  :host {
    display: block;
  }
  h2,
  h3,
  h4 {
    margin: 0;
    overflow-wrap: anywhere;
  }
  h2 {
    font-size: ${token('font-size-xl')};
  }
  h3 {
    font-size: ${token('font-size-lg')};
  }
  h4 {
    font-size: ${token('font-size-md')};
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: ${token('focus-width')} solid ${token('color-focus')};
  }
  p {
    margin: 0;
  }
  .muted,
  .intro {
    color: ${token('color-muted')};
  }
  .intro {
    margin: ${token('space-1')} 0 ${token('space-4')};
  }
  .stack {
    display: grid;
    gap: ${token('space-3')};
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-2')};
    margin-block: ${token('space-3')};
  }
  .toolbar .spacer {
    flex: 1 1 auto;
  }
  .segmented {
    display: inline-flex;
    flex-wrap: wrap;
    gap: ${token('space-1')};
  }
  .segmented .button {
    /* A switch shows its new state at once (and axe never measures a colour mid-transition). */
    transition: none;
  }
  .button[aria-pressed='true'] {
    background: ${token('color-primary')};
    border-color: ${token('color-primary')};
    color: ${token('color-on-primary')};
  }
  ul.plain,
  ol.plain {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    padding: ${token('space-3')} ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
  }
  .appointment {
    display: grid;
    gap: ${token('space-1')};
  }
  .appointment .when {
    font-weight: ${token('font-weight-strong')};
  }
  .status {
    display: inline-block;
    padding: 0 ${token('space-2')};
    border: 1px solid currentColor;
    border-radius: ${token('radius-sm')};
    font-size: ${token('font-size-sm')};
    width: fit-content;
  }
  .status[data-status='cancelled'],
  .status[data-status='declined'],
  .status[data-status='no-show'] {
    color: ${token('color-danger')};
  }
  .status[data-status='pending'] {
    color: ${token('color-warning')};
  }
  .status[data-status='accepted'],
  .status[data-status='completed'] {
    color: ${token('color-success')};
  }
  .notice {
    padding: ${token('space-3')};
    border-inline-start: 4px solid ${token('color-primary-text')};
    background: ${token('color-surface-alt')};
    border-radius: ${token('radius-sm')};
  }
  .notice[data-tone='danger'] {
    border-inline-start-color: ${token('color-danger')};
  }
  .notice[data-tone='success'] {
    border-inline-start-color: ${token('color-success')};
  }
  label,
  legend {
    font-weight: ${token('font-weight-strong')};
  }
  .field {
    display: grid;
    gap: ${token('space-1')};
  }
  /* Grid and flex children may shrink below their content (a select sized by its longest
     option, a long unbroken name), so they never widen the page on a phone. */
  .field > *,
  .stack > *,
  .toolbar > * {
    min-width: 0;
  }
  input[type='date'] {
    font: inherit;
    color: inherit;
    background: ${token('color-surface')};
    padding: ${token('space-2')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-md')};
    max-width: 100%;
  }
  .field-error {
    color: ${token('color-danger')};
    font-size: ${token('font-size-sm')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  @media (forced-colors: active) {
    .button[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;

/** The month grid and the week's list of days. */
export const calendarStyles = css`
  table.month {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  table.month th {
    padding: ${token('space-1')};
    font-size: ${token('font-size-sm')};
    color: ${token('color-muted')};
    font-weight: ${token('font-weight-strong')};
  }
  table.month td {
    padding: 1px;
    vertical-align: top;
    border: 1px solid ${token('color-border')};
  }
  .day {
    display: grid;
    align-content: start;
    gap: 2px;
    width: 100%;
    min-height: 4.5rem;
    padding: ${token('space-1')};
    border: 0;
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface')};
    color: inherit;
    font: inherit;
    font-size: ${token('font-size-sm')};
    text-align: start;
    cursor: pointer;
    overflow: hidden;
  }
  .day[data-outside] {
    color: ${token('color-muted')};
    background: ${token('color-surface-alt')};
  }
  td[aria-selected='true'] .day {
    box-shadow: inset 0 0 0 2px ${token('color-primary-text')};
  }
  .day .number {
    font-weight: ${token('font-weight-strong')};
  }
  .day[data-today] .number {
    color: ${token('color-on-primary')};
    background: ${token('color-primary')};
    border-radius: 999px;
    padding: 0 0.4em;
    width: fit-content;
  }
  .day .chip {
    display: block;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    padding: 0 2px;
    border-radius: 2px;
    background: ${token('color-surface-alt')};
  }
  .day .chip[data-status='cancelled'] {
    text-decoration: line-through;
  }
  .week-days {
    display: grid;
    gap: ${token('space-3')};
  }
  .day-group {
    display: grid;
    gap: ${token('space-2')};
  }
  @media (max-width: 40rem) {
    .day {
      min-height: 2.75rem;
    }
    .day .chip {
      display: none;
    }
    .day .dot {
      display: block;
      width: 0.5rem;
      height: 0.5rem;
      border-radius: 50%;
      background: ${token('color-primary-text')};
    }
  }
  .dot {
    display: none;
  }
  @media (forced-colors: active) {
    td[aria-selected='true'] .day {
      outline: 2px solid Highlight;
    }
    .dot {
      background: CanvasText;
    }
  }
`;
