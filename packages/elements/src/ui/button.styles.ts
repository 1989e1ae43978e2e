import { css } from 'lit';
import { token } from '../theme/tokens.js';

/**
 * Portico's buttons are native `<button class="button">` elements styled by this shared
 * module (not a `<portico-button>` element): a native button in the view's own shadow root
 * keeps form submission, `disabled`, `type`, focus and every ARIA attribute working with no
 * ElementInternals or focus delegation, and costs no extra element per button.
 *
 * ```html
 * <button class="button" data-variant="primary">Send</button>
 * <button class="button" data-variant="danger" data-size="sm">Cancel appointment</button>
 * <button class="button" aria-busy="true" aria-disabled="true">Sending…</button>
 * ```
 * Variants: `primary` (default look is `secondary`), `secondary`, `danger`, `ghost`.
 * `<button class="link-button">` is a button that reads as a link (an invoice number or an
 * appointment in a list, opening its detail).
 * Loading: `aria-busy="true"` shows a spinner; pair it with `aria-disabled="true"` (keeps
 * focus, unlike `disabled`) and ignore clicks while busy.
 */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${token('space-2')};
    min-height: calc(2.5rem * ${token('density')});
    min-width: 2.75rem;
    padding: ${token('space-2')} ${token('space-4')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
    font: inherit;
    font-weight: ${token('font-weight-strong')};
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
    transition: background-color ${token('motion-duration')}, box-shadow ${token('motion-duration')};
  }
  .button:hover {
    background: ${token('color-surface-alt')};
  }
  .button[data-variant='primary'] {
    background: ${token('color-primary')};
    border-color: ${token('color-primary')};
    color: ${token('color-on-primary')};
  }
  .button[data-variant='danger'] {
    background: ${token('color-danger')};
    border-color: ${token('color-danger')};
    color: ${token('color-on-danger')};
  }
  .button[data-variant='primary']:hover,
  .button[data-variant='danger']:hover {
    box-shadow: inset 0 0 0 100vmax rgb(0 0 0 / 0.12);
  }
  .button[data-variant='ghost'] {
    background: transparent;
    border-color: transparent;
    color: ${token('color-primary-text')};
  }
  .button[data-variant='ghost']:hover {
    background: ${token('color-surface-alt')};
  }
  .button[data-size='sm'] {
    min-height: calc(2rem * ${token('density')});
    padding: ${token('space-1')} ${token('space-3')};
    font-size: ${token('font-size-sm')};
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .button[aria-busy='true'] {
    cursor: progress;
  }
  .button[aria-busy='true']::before {
    content: '';
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: portico-spin 0.8s linear infinite;
  }
  @keyframes portico-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (forced-colors: active) {
    .button {
      border: 1px solid ButtonText;
    }
    .button:disabled,
    .button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: ${token('color-primary-text')};
    font: inherit;
    font-weight: ${token('font-weight-strong')};
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
`;
