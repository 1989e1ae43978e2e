import { css } from 'lit';
import { token } from '../../theme/tokens.js';

const fieldStyles = css`
  .field {
    display: grid;
    gap: ${token('space-1')};
    margin: 0 0 ${token('space-3')};
    min-width: 0;
  }
  label,
  legend {
    font-weight: ${token('font-weight-strong')};
  }
  .field-error,
  .submit-error {
    margin: 0;
    color: ${token('color-danger')};
    font-size: ${token('font-size-sm')};
  }
  .field-error ul {
    margin: 0;
    padding-inline-start: ${token('space-4')};
  }
  .hint,
  .muted {
    margin: 0;
    color: ${token('color-muted')};
    font-size: ${token('font-size-sm')};
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
`;

export const messagesStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  ${fieldStyles}
  .view-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${token('space-3')};
    margin: 0 0 ${token('space-4')};
  }
  h2 {
    margin: 0;
    font-size: ${token('font-size-xl')};
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: ${token('focus-width')} solid ${token('color-focus')};
  }
  .layout {
    display: grid;
    gap: ${token('space-4')};
  }
  .list-pane,
  .detail-pane {
    min-width: 0;
  }
  .layout[data-pane='detail'] .list-pane,
  .layout[data-pane='list'] .detail-pane {
    display: none;
  }
  .placeholder {
    color: ${token('color-muted')};
  }
  .threads,
  .hits {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: ${token('space-2')};
  }
  .thread,
  .hit {
    display: grid;
    gap: ${token('space-1')};
    width: 100%;
    text-align: start;
    font: inherit;
    color: inherit;
    background: ${token('color-surface')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    padding: ${token('space-3')};
    cursor: pointer;
  }
  .thread[aria-current='true'] {
    border-color: ${token('color-primary-text')};
    box-shadow: inset 4px 0 0 ${token('color-primary-text')};
  }
  .thread .top {
    display: flex;
    justify-content: space-between;
    gap: ${token('space-2')};
  }
  .thread .subject {
    overflow-wrap: anywhere;
  }
  .thread.unread .subject {
    font-weight: ${token('font-weight-strong')};
  }
  .thread time,
  .thread .people {
    color: ${token('color-muted')};
    font-size: ${token('font-size-sm')};
  }
  .thread .preview {
    overflow: hidden;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow-wrap: anywhere;
  }
  .thread .count {
    justify-self: start;
    padding: 0 ${token('space-2')};
    border-radius: ${token('radius-lg')};
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-strong')};
  }
  .more {
    margin-top: ${token('space-3')};
  }
  .compose-head {
    display: grid;
    gap: ${token('space-2')};
    margin-bottom: ${token('space-3')};
  }
  @container (min-width: 48rem) {
    .layout {
      grid-template-columns: minmax(16rem, 1fr) 2fr;
      align-items: start;
    }
    .layout[data-pane] .list-pane,
    .layout[data-pane] .detail-pane {
      display: block;
    }
    .compose-head .back {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .thread[aria-current='true'] {
      outline: 2px solid Highlight;
    }
    .thread .count {
      border: 1px solid CanvasText;
    }
  }
`;

export const threadStyles = css`
  :host {
    display: grid;
    gap: ${token('space-3')};
  }
  ${fieldStyles}
  .thread-header {
    display: grid;
    gap: ${token('space-1')};
  }
  .back {
    justify-self: start;
  }
  @container (min-width: 48rem) {
    .back {
      display: none;
    }
  }
  .participants {
    margin: 0;
    color: ${token('color-muted')};
    font-size: ${token('font-size-sm')};
  }
  .older {
    min-height: 1.5em;
    color: ${token('color-muted')};
    font-size: ${token('font-size-sm')};
    text-align: center;
  }
  /* The log leaves room for the portal header, the thread heading and the reply box on the
     same screen (a 568 px phone included); taller screens get a taller log. */
  .log {
    height: clamp(10rem, calc(100dvh - 22rem), 40rem);
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-lg')};
    background: ${token('color-surface-alt')};
  }
  .row {
    display: block;
    width: 100%;
    padding: ${token('space-2')} ${token('space-3')};
  }
  .bubble {
    max-width: min(36rem, 90%);
    padding: ${token('space-2')} ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-lg')};
    background: ${token('color-surface')};
  }
  .row.mine .bubble {
    margin-inline-start: auto;
    border-color: ${token('color-primary-text')};
  }
  .row.pending .bubble {
    border-style: dashed;
  }
  .row.failed .bubble {
    border-color: ${token('color-danger')};
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    margin: 0;
    font-size: ${token('font-size-sm')};
    color: ${token('color-muted')};
  }
  .sender {
    font-weight: ${token('font-weight-strong')};
    color: ${token('color-text')};
  }
  .badge {
    font-weight: ${token('font-weight-strong')};
    color: ${token('color-primary-text')};
  }
  .status {
    font-style: italic;
  }
  .text {
    margin: ${token('space-1')} 0 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .files {
    margin: ${token('space-2')} 0 0;
    padding-inline-start: ${token('space-4')};
    font-size: ${token('font-size-sm')};
  }
  .files a {
    color: ${token('color-primary-text')};
    overflow-wrap: anywhere;
  }
  .failure {
    margin: ${token('space-1')} 0 0;
    color: ${token('color-danger')};
    font-size: ${token('font-size-sm')};
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    margin-top: ${token('space-2')};
  }
`;

export const composerStyles = css`
  :host {
    display: block;
  }
  ${fieldStyles}
  .composer {
    padding: ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-lg')};
    background: ${token('color-surface')};
  }
  .composer.dragging {
    outline: 2px dashed ${token('color-primary-text')};
    outline-offset: 2px;
  }
  fieldset {
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    padding: ${token('space-2')} ${token('space-3')};
  }
  fieldset[aria-invalid='true'] {
    border-color: ${token('color-danger')};
  }
  .check {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: ${token('space-2')};
    font-weight: normal;
    padding: ${token('space-1')} 0;
  }
  /* The message grows with what is typed, from its first lines up to a screenful. */
  .body::part(control) {
    field-sizing: content;
    min-block-size: 5em;
    max-block-size: 60vh;
    resize: vertical;
  }
  .body.new::part(control) {
    min-block-size: 9em;
  }
  .attach {
    justify-items: start;
  }
  #files:focus-visible + .attach-button {
    outline: ${token('focus-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-offset')};
  }
  .attach-button {
    cursor: pointer;
  }
  .attachments {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: ${token('space-1')};
    width: 100%;
  }
  .attachments li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-2')};
  }
  .attachments .name {
    overflow-wrap: anywhere;
  }
  .ok {
    color: ${token('color-success')};
    font-size: ${token('font-size-sm')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-2')};
  }
`;

export const searchStyles = css`
  :host {
    display: block;
    margin-bottom: ${token('space-3')};
  }
  ${fieldStyles}
  .search {
    display: grid;
    gap: ${token('space-1')};
    margin-bottom: ${token('space-3')};
  }
  .results-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: ${token('space-2')};
    margin-bottom: ${token('space-2')};
  }
  .hit .subject {
    font-weight: ${token('font-weight-strong')};
    overflow-wrap: anywhere;
  }
  .hit .meta {
    color: ${token('color-muted')};
    font-size: ${token('font-size-sm')};
  }
  .hit .snippet {
    overflow-wrap: anywhere;
  }
`;
