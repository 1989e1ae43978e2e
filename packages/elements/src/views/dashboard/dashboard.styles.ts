import { css } from 'lit';
import { token } from '../../theme/tokens.js';

export const dashboardStyles = css`
  :host {
    container-type: inline-size;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: ${token('space-2')} ${token('space-4')};
    margin-bottom: ${token('space-4')};
  }
  h2 {
    margin-bottom: ${token('space-1')};
  }
  .intro {
    margin: 0;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-2')};
    margin: 0 0 ${token('space-3')};
    padding: ${token('space-2')} ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-inline-start: 4px solid ${token('color-danger')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface-alt')};
  }
  ul.grid {
    display: grid;
    grid-template-columns: repeat(12, minmax(0, 1fr));
    gap: ${token('space-4')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .widget {
    grid-column: span 6;
    min-width: 0;
    padding: ${token('space-3')} ${token('space-4')} ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-lg')};
    background: ${token('color-surface')};
    box-shadow: ${token('elevation-1')};
    transition: box-shadow ${token('motion-duration')}, opacity ${token('motion-duration')};
  }
  .widget[data-size='small'] {
    grid-column: span 4;
  }
  .widget[data-size='large'] {
    grid-column: span 12;
  }
  .widget[data-grabbed],
  .widget[data-dragging] {
    outline: ${token('focus-width')} dashed ${token('color-focus')};
    outline-offset: 2px;
    box-shadow: ${token('elevation-2')};
  }
  .widget[data-dragging] {
    opacity: 0.75;
  }
  .widget-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${token('space-1')} ${token('space-2')};
    margin-bottom: ${token('space-3')};
  }
  h3 {
    margin: 0;
    font-size: ${token('font-size-lg')};
    overflow-wrap: anywhere;
  }
  .controls {
    display: flex;
    align-items: center;
    gap: ${token('space-1')};
  }
  .move {
    touch-action: none;
    cursor: grab;
    -webkit-user-select: none;
    user-select: none;
  }
  .widget[data-dragging] .move {
    cursor: grabbing;
  }
  .icon {
    width: 1em;
    height: 1em;
    flex: none;
  }
  select {
    min-height: calc(2rem * ${token('density')});
    padding: 0 ${token('space-2')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
    font: inherit;
    font-size: ${token('font-size-sm')};
  }
  /* Medium width (a portal beside its menu on a laptop): small a third, medium two thirds, so
     the three sizes stay distinct (small and medium both took half a row before). */
  @container (max-width: 56rem) {
    .widget {
      grid-column: span 8;
    }
  }
  /* Tablet width: small takes half a row, medium and large the whole row. */
  @container (max-width: 44rem) {
    .widget {
      grid-column: span 12;
    }
    .widget[data-size='small'] {
      grid-column: span 6;
    }
  }
  /* Narrow (down to 320px): one column. */
  @container (max-width: 36rem) {
    .widget,
    .widget[data-size='small'],
    .widget[data-size='large'] {
      grid-column: 1 / -1;
    }
    .widget {
      padding: ${token('space-3')};
    }
  }
  @media (forced-colors: active) {
    .widget {
      border-color: CanvasText;
    }
    .widget[data-grabbed],
    .widget[data-dragging] {
      outline-color: Highlight;
    }
  }
`;
