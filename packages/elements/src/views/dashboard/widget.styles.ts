import { css } from 'lit';
import { token } from '../../theme/tokens.js';

export const widgetStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
  ul.items {
    display: grid;
    gap: ${token('space-2')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    gap: ${token('space-1')};
    width: 100%;
    padding: ${token('space-2')} ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  button.item:hover {
    background: ${token('color-surface-alt')};
  }
  div.item {
    cursor: default;
  }
  .item[data-overdue] {
    border-inline-start: 4px solid ${token('color-warning')};
  }
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: ${token('space-1')} ${token('space-2')};
    font-weight: ${token('font-weight-strong')};
    overflow-wrap: anywhere;
  }
  .meta {
    color: ${token('color-muted')};
    font-size: ${token('font-size-sm')};
    overflow-wrap: anywhere;
  }
  .preview {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
    font-size: ${token('font-size-sm')};
    overflow-wrap: anywhere;
  }
  .badge {
    display: inline-block;
    padding: 0 ${token('space-2')};
    border-radius: 999px;
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-strong')};
    white-space: nowrap;
  }
  .overdue {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    color: ${token('color-warning')};
    font-weight: ${token('font-weight-strong')};
  }
  .icon {
    width: 1em;
    height: 1em;
    flex: none;
  }
  .summary {
    margin: 0 0 ${token('space-3')};
  }
  .amount {
    display: block;
    font-size: ${token('font-size-xl')};
    font-weight: ${token('font-weight-strong')};
  }
  .footer {
    margin: ${token('space-2')} 0 0;
  }
  portico-state-empty.empty::part(base) {
    padding: ${token('space-3')} ${token('space-2')};
  }
  portico-state-empty.empty::part(heading) {
    font-size: ${token('font-size-md')};
  }
  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
    }
    .item[data-overdue] {
      border-inline-start-color: Mark;
    }
  }
`;
