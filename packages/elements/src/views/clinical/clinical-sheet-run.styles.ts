import { css } from 'lit';
import { token } from '../../theme/tokens.js';

export const sheetRunStyles = css`
  :host {
    display: block;
  }
  [hidden] {
    display: none !important;
  }
  h3 {
    margin: 0;
    font-size: ${token('font-size-lg')};
    overflow-wrap: anywhere;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: ${token('focus-width')} solid ${token('color-focus')};
  }
  .meta,
  .instructions {
    margin: ${token('space-1')} 0 0;
    color: ${token('color-muted')};
    font-size: ${token('font-size-sm')};
  }
  .rows {
    display: grid;
    gap: ${token('space-2')};
    margin: ${token('space-4')} 0;
    padding: 0;
    border: 0;
  }
  legend {
    margin-bottom: ${token('space-2')};
    padding: 0;
    font-weight: ${token('font-weight-strong')};
  }
  .row-choice {
    display: flex;
    gap: ${token('space-3')};
    align-items: flex-start;
    min-height: 44px;
    padding: ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
    cursor: pointer;
  }
  .row-choice:has(input:checked) {
    border-color: ${token('color-primary-text')};
    box-shadow: inset 4px 0 0 ${token('color-primary-text')};
  }
  .row-choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.1rem 0 0;
    flex: none;
  }
  .row-text {
    display: grid;
    gap: ${token('space-1')};
    min-width: 0;
  }
  .row-label {
    font-weight: ${token('font-weight-strong')};
    overflow-wrap: anywhere;
  }
  .row-summary {
    color: ${token('color-muted')};
    font-size: ${token('font-size-sm')};
  }
  /* The current row's controls stay at the bottom of a phone screen, under the thumb. */
  .current {
    position: sticky;
    bottom: 0;
    z-index: 1;
    display: grid;
    gap: ${token('space-3')};
    margin: 0 calc(-1 * ${token('space-2')});
    padding: ${token('space-3')} ${token('space-2')};
    border-top: 1px solid ${token('color-border')};
    background: ${token('color-surface')};
    box-shadow: 0 -4px 12px rgb(0 0 0 / 0.08);
  }
  .current-label {
    margin: 0;
    font-weight: ${token('font-weight-strong')};
    overflow-wrap: anywhere;
  }
  .big-buttons {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: ${token('space-2')};
  }
  .button.big {
    min-height: 3.5rem;
    min-width: 44px;
    padding-inline: ${token('space-2')};
    font-size: ${token('font-size-md')};
  }
  .button.big[data-outcome='correct'] {
    border-color: ${token('color-success')};
    box-shadow: inset 0 -4px 0 ${token('color-success')};
  }
  .button.big[data-outcome='incorrect'] {
    border-color: ${token('color-danger')};
    box-shadow: inset 0 -4px 0 ${token('color-danger')};
  }
  .button.big[data-outcome='prompted'] {
    border-color: ${token('color-warning')};
    box-shadow: inset 0 -4px 0 ${token('color-warning')};
  }
  .tally {
    margin: 0;
    font-size: ${token('font-size-sm')};
  }
  .trials {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .trials li {
    display: inline-grid;
    place-items: center;
    width: 1.75rem;
    height: 1.75rem;
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-sm')};
    font-weight: ${token('font-weight-strong')};
  }
  .counter,
  .timer {
    display: grid;
    grid-template-columns: 1fr auto 1fr;
    gap: ${token('space-3')};
    align-items: center;
  }
  .timer {
    grid-template-columns: auto 1fr;
  }
  .count,
  .clock {
    min-width: 4ch;
    font-size: ${token('font-size-xl')};
    font-weight: ${token('font-weight-strong')};
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .note {
    margin-top: ${token('space-4')};
  }
  .error {
    margin: 0;
    color: ${token('color-danger')};
    font-size: ${token('font-size-sm')};
  }
  .submit {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    align-items: center;
    margin-top: ${token('space-4')};
  }
  .submit .error {
    flex-basis: 100%;
  }
  .submit .button[data-variant='primary'] {
    min-height: 3rem;
  }
  .discard-confirm {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    align-items: center;
    flex-basis: 100%;
  }
  .discard-confirm p {
    margin: 0;
    flex-basis: 100%;
  }
  @media (forced-colors: active) {
    .row-choice:has(input:checked) {
      border: 2px solid Highlight;
    }
  }
`;
