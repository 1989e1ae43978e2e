import { css, html, type ReactiveElement } from 'lit';
import { token } from '../theme/tokens.js';

// The frame the views share: heading and intro, tab bar, modal dialog. One module, so the
// script-tag bundle loads it as one chunk for every view that uses any of it.

/**
 * A view's frame: the host as a block, its `<h2 tabindex="-1">` heading (focused after
 * navigation, so the ring shows only for keyboard focus) and the muted `.intro` under it.
 * Views that space these differently override the margins after it.
 */
export const viewHeaderStyles = css`
  :host {
    display: block;
  }
  h2 {
    margin: 0 0 ${token('space-2')};
    font-size: ${token('font-size-xl')};
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: ${token('focus-width')} solid ${token('color-focus')};
  }
  .intro {
    margin: 0 0 ${token('space-5')};
    color: ${token('color-muted')};
  }
`;

/**
 * The native modal `<dialog>`: a card over a dimmed page, never taller than the viewport.
 * Each dialog sets its own width after these.
 */
export const dialogStyles = css`
  dialog {
    max-height: calc(100dvh - 2rem);
    padding: ${token('space-5')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-lg')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
    box-shadow: ${token('elevation-2')};
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
`;

/** The tab bar that `tabList()` renders (account, billing, care & progress). */
export const tabStyles = css`
  /* One row that scrolls sideways on a phone, never three wrapped rows. */
  .tabs {
    display: flex;
    flex-wrap: nowrap;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scrollbar-width: thin;
    gap: ${token('space-1')};
    margin: 0 0 ${token('space-4')};
    border-bottom: 1px solid ${token('color-border')};
  }
  [role='tab'] {
    flex: none;
    white-space: nowrap;
    min-height: calc(2.75rem * ${token('density')});
    padding: ${token('space-2')} ${token('space-3')};
    border: 0;
    border-bottom: 3px solid transparent;
    background: none;
    color: ${token('color-text')};
    font: inherit;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    border-bottom-color: ${token('color-primary-text')};
    color: ${token('color-primary-text')};
    font-weight: ${token('font-weight-strong')};
  }
  [role='tab']:hover {
    background: ${token('color-surface-alt')};
  }
  [role='tabpanel']:focus {
    outline: none;
  }
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      border-bottom-color: Highlight;
    }
  }
`;

export interface Tab<T extends string> {
  id: T;
  label: string;
}

export interface TabListOptions<T extends string> {
  /** The tab list's accessible name. */
  label: string;
  tabs: readonly Tab<T>[];
  selected: T;
  /** Called when the user picks a tab, by click or by key. */
  select: (id: T) => void;
}

/**
 * A tab bar (WAI-ARIA tabs pattern, styled by `tabStyles`): one tab in the Tab order (roving
 * tabindex); ←/→ move to the previous/next tab (wrapping), Home/End to the first/last, and
 * select it. Tab `x` has id `tab-x` and controls the panel with id `panel-x`, which the host
 * renders (`role="tabpanel"`, `aria-labelledby="tab-x"`).
 *
 * @csspart tabs - The tab list.
 * @csspart tab - One tab.
 */
export function tabList<T extends string>(host: ReactiveElement, { label, tabs, selected, select }: TabListOptions<T>) {
  const onKey = (event: KeyboardEvent): void => {
    const index = tabs.findIndex((t) => t.id === selected);
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight' ? (index >= last ? 0 : index + 1)
      : event.key === 'ArrowLeft' ? (index <= 0 ? last : index - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : -1;
    const tab = tabs[next];
    if (!tab) return;
    event.preventDefault();
    const list = event.currentTarget as HTMLElement;
    select(tab.id);
    void host.updateComplete.then(() => list.querySelector<HTMLElement>(`#tab-${tab.id}`)?.focus());
  };
  return html`<div class="tabs" role="tablist" part="tabs" aria-label=${label} @keydown=${onKey}>
    ${tabs.map(
      (t) => html`<button
        type="button"
        role="tab"
        part="tab"
        id=${`tab-${t.id}`}
        aria-controls=${`panel-${t.id}`}
        aria-selected=${t.id === selected ? 'true' : 'false'}
        tabindex=${t.id === selected ? '0' : '-1'}
        @click=${() => select(t.id)}
      >
        ${t.label}
      </button>`,
    )}
  </div>`;
}
