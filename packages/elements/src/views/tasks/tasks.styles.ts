import { css } from 'lit';
import { token } from '../../theme/tokens.js';

export const tasksStyles = css`
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: ${token('focus-width')} solid ${token('color-focus')};
  }
  h3 {
    margin: ${token('space-5')} 0 ${token('space-3')};
    font-size: ${token('font-size-lg')};
  }
  .intro {
    margin-bottom: ${token('space-3')};
  }
  .notice p {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-2')};
    margin: 0 0 ${token('space-3')};
    padding: ${token('space-2')} ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface-alt')};
  }
  .notice p.error {
    border-inline-start: 4px solid ${token('color-danger')};
  }
  ul.tasks {
    display: grid;
    gap: ${token('space-3')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .task {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: ${token('space-3')};
    align-items: start;
    padding: ${token('space-3')} ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
  }
  .task[data-due='overdue'] {
    border-inline-start: 4px solid ${token('color-warning')};
  }
  .by-form {
    display: inline-flex;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.1rem 0 0;
    align-items: center;
    justify-content: center;
    color: ${token('color-muted')};
  }
  .task input[type='checkbox'] {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.1rem 0 0;
    accent-color: ${token('color-primary-text')};
    cursor: pointer;
  }
  .body {
    display: grid;
    gap: ${token('space-1')};
    justify-items: start;
    min-width: 0;
  }
  .title {
    margin: 0;
    font-size: ${token('font-size-md')};
    overflow-wrap: anywhere;
  }
  .task[data-done] .title {
    text-decoration: line-through;
    color: ${token('color-muted')};
  }
  .description,
  .due {
    margin: 0;
    font-size: ${token('font-size-sm')};
    overflow-wrap: anywhere;
  }
  .due {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    color: ${token('color-muted')};
  }
  .task[data-due='overdue'] .due {
    color: ${token('color-warning')};
    font-weight: ${token('font-weight-strong')};
  }
  .task[data-due='today'] .due {
    color: ${token('color-text')};
    font-weight: ${token('font-weight-strong')};
  }
  .icon {
    width: 1rem;
    height: 1rem;
    flex: none;
  }
  .all-done {
    margin: 0;
    color: ${token('color-muted')};
  }
  .body .button {
    margin-top: ${token('space-1')};
  }
  @media (forced-colors: active) {
    .task[data-due='overdue'] {
      border-inline-start-color: CanvasText;
    }
  }
`;
