import { css } from 'lit';
import { token } from '../../theme/tokens.js';
import { dialogStyles, viewHeaderStyles } from '../../ui/view-frame.js';

/** Shared by `<portico-files>` and its parts (dialogs, upload panel), after the view's frame. */
export const filesStyles = [
  viewHeaderStyles,
  dialogStyles,
  css`
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: ${token('focus-width')} solid ${token('color-focus')};
  }
  .muted {
    color: ${token('color-muted')};
  }
  .field {
    display: grid;
    gap: ${token('space-1')};
    min-width: 0;
  }
  label,
  legend {
    font-weight: ${token('font-weight-strong')};
    font-size: ${token('font-size-sm')};
  }
  .field-error {
    margin: 0;
    color: ${token('color-danger')};
    font-size: ${token('font-size-sm')};
  }
  .toolbar {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: ${token('space-3')};
    align-items: end;
    margin: 0 0 ${token('space-4')};
  }
  .summary {
    margin: 0 0 ${token('space-3')};
    color: ${token('color-muted')};
    font-size: ${token('font-size-sm')};
  }
  ul.files {
    display: grid;
    gap: ${token('space-3')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-3')};
    justify-content: space-between;
    padding: ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-lg')};
    background: ${token('color-surface')};
    box-shadow: ${token('elevation-1')};
  }
  .file-main {
    flex: 1 1 16rem;
    min-width: 0;
  }
  .file h3 {
    margin: ${token('space-1')} 0;
    font-size: ${token('font-size-md')};
    overflow-wrap: anywhere;
  }
  .kind {
    display: inline-block;
    padding: 0 ${token('space-2')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface-alt')};
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-strong')};
  }
  .meta,
  .description {
    margin: 0;
    font-size: ${token('font-size-sm')};
    overflow-wrap: anywhere;
  }
  .meta {
    color: ${token('color-muted')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    align-items: center;
  }
  .more {
    display: grid;
    justify-items: center;
    gap: ${token('space-2')};
    margin-top: ${token('space-4')};
  }
  section.upload {
    margin: 0 0 ${token('space-6')};
  }
  dialog {
    width: min(100vw - 2rem, 56rem);
  }
  dialog h3 {
    margin: 0 0 ${token('space-3')};
    font-size: ${token('font-size-lg')};
    overflow-wrap: anywhere;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    justify-content: flex-end;
    margin-top: ${token('space-4')};
  }
  .alert {
    margin: 0 0 ${token('space-4')};
    padding: ${token('space-3')} ${token('space-4')};
    border: 1px solid ${token('color-danger')};
    border-radius: ${token('radius-md')};
  }
  @media (forced-colors: active) {
    .kind,
    .file {
      border: 1px solid CanvasText;
    }
  }
`,
];
