import { css } from 'lit';
import { token } from '../theme/tokens.js';

export const portalStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    container-name: portico-portal;
    background: ${token('color-surface-alt')};
    border-radius: ${token('radius-lg')};
  }
  .skip-link {
    position: absolute;
    left: ${token('space-2')};
    top: ${token('space-2')};
    z-index: 2;
    padding: ${token('space-2')} ${token('space-4')};
    background: ${token('color-surface')};
    color: ${token('color-primary-text')};
    border-radius: ${token('radius-md')};
  }
  /* Off screen until focused by keyboard. */
  .skip-link:not(:focus) {
    width: 1px;
    height: 1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /*
   * The portal's own font on its own elements: a host page's \`* { font-family: … !important }\`
   * matches the host element, and without this everything inside would inherit the page's font.
   */
  .shell,
  .shell *,
  .session-panel,
  .session-panel *,
  [part='status'] {
    font-family: ${token('font-family')};
  }
  /* The unread badge: drawn from data-count, so the entry's text stays its label; the count is in aria-label. */
  nav a[data-count]::after {
    content: attr(data-count);
    display: inline-block;
    min-width: 1.5em;
    margin-inline-start: ${token('space-2')};
    padding: 0 ${token('space-1')};
    border-radius: 999px;
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-strong')};
    text-align: center;
  }
  .shell[hidden] {
    display: none;
  }
  .session-panel {
    display: grid;
    place-items: center;
    min-height: 20rem;
    padding: ${token('space-5')};
  }
  .session-panel .panel {
    display: grid;
    justify-items: start;
    gap: ${token('space-3')};
    max-width: 32rem;
    padding: ${token('space-5')};
    background: ${token('color-surface')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-lg')};
  }
  .session-panel h2,
  .session-panel p {
    margin: 0;
  }
  .shell {
    position: relative;
    display: grid;
    grid-template-columns: minmax(11rem, 15rem) minmax(0, 1fr);
    grid-template-areas:
      'header header'
      'nav main';
    /* The header and menu take what they need; the view gets the rest of the minimum height. */
    grid-template-rows: auto 1fr;
    min-height: 28rem;
  }
  header {
    grid-area: header;
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-3')} ${token('space-5')};
    align-items: center;
    justify-content: space-between;
    padding: ${token('space-3')} ${token('space-5')};
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
    border-radius: ${token('radius-lg')} ${token('radius-lg')} 0 0;
  }
  /* Long unbroken names from the backend wrap inside the header instead of widening the page. */
  header > * {
    min-width: 0;
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  .brand {
    display: flex;
    gap: ${token('space-3')};
    align-items: center;
    font-weight: ${token('font-weight-strong')};
    font-size: ${token('font-size-lg')};
  }
  .brand img {
    max-height: 2.25rem;
    max-width: 8rem;
    object-fit: contain;
  }
  .people {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')} ${token('space-5')};
    align-items: center;
    margin: 0;
    font-size: ${token('font-size-sm')};
  }
  .people div {
    display: grid;
    min-width: 0;
  }
  .people dt {
    opacity: 0.9;
  }
  .people dd {
    margin: 0;
    font-weight: ${token('font-weight-strong')};
  }
  .switcher {
    display: grid;
    gap: ${token('space-1')};
  }
  /* A select is as wide as its longest option unless told otherwise. */
  .switcher select {
    width: 100%;
    max-width: 100%;
    text-overflow: ellipsis;
    min-height: 2.25rem;
    padding: 0 ${token('space-2')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
    font: inherit;
  }
  .menu-toggle {
    display: none;
  }
  nav {
    grid-area: nav;
    padding: ${token('space-4')} ${token('space-3')};
    border-inline-end: 1px solid ${token('color-border')};
  }
  nav ul {
    display: grid;
    gap: ${token('space-1')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  nav a {
    display: block;
    overflow-wrap: anywhere;
    padding: ${token('space-2')} ${token('space-3')};
    border-radius: ${token('radius-md')};
    color: ${token('color-text')};
    text-decoration: none;
  }
  nav a:hover {
    background: ${token('color-surface')};
  }
  nav a[aria-current='page'] {
    background: ${token('color-surface')};
    color: ${token('color-primary-text')};
    font-weight: ${token('font-weight-strong')};
    box-shadow: inset 3px 0 0 ${token('color-primary-text')};
  }
  .main {
    grid-area: main;
    min-width: 0;
    padding: ${token('space-5')};
    background: ${token('color-surface')};
    border-radius: 0 0 ${token('radius-lg')} 0;
  }
  .main:focus {
    outline: none;
  }
  @container portico-portal (max-width: 44rem) {
    /* Phones: the header is a few short lines, so content starts near the top. */
    header {
      gap: ${token('space-1')} ${token('space-3')};
      padding: ${token('space-2')} ${token('space-3')};
      border-radius: 0;
    }
    .brand {
      font-size: ${token('font-size-md')};
    }
    .brand img {
      max-height: 1.5rem;
    }
    /* The account controls share the brand's line (issue #14.1: no taller than before). */
    .brand {
      order: -2;
      flex: 1 1 8rem;
    }
    portico-header-menu {
      order: -1;
    }
    .people {
      gap: 0 ${token('space-3')};
      line-height: 1.35;
    }
    /* Label and name on one line ("Signed in as Avery Sample"). */
    .people div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.3em;
    }
    .switcher {
      display: flex;
      align-items: center;
      gap: ${token('space-2')};
      width: 100%;
    }
    .switcher select {
      flex: 1;
      width: auto;
      min-width: 0;
      min-height: 2rem;
    }
    .shell {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas:
        'header'
        'nav'
        'main';
      grid-template-rows: auto auto 1fr;
    }
    .menu-toggle {
      display: inline-flex;
    }
    nav {
      padding: ${token('space-2')};
      border-inline-end: none;
      border-block-end: 1px solid ${token('color-border')};
    }
    nav:not(.open) ul {
      display: none;
    }
    .main {
      padding: ${token('space-4')} ${token('space-3')};
      border-radius: 0 0 ${token('radius-lg')} ${token('radius-lg')};
    }
  }
  @media (forced-colors: active) {
    nav a[aria-current='page'] {
      outline: 2px solid CanvasText;
    }
  }
`;
