/**
 * Design tokens: every `--portico-<category>-<name>` custom property with its default.
 *
 * Defaults live in the `var()` fallback of every use (`token('color-primary')` →
 * `var(--portico-color-primary, <default>)`) instead of being declared on each element's
 * `:host`: a declaration on a nested element's `:host` would shadow the value a host page,
 * `<portico-provider>` or `applyTheme()` set further up, because custom properties inherit
 * through shadow roots. This way one value set anywhere above reaches every element.
 *
 * Colour defaults use `light-dark()`, so they follow the used `color-scheme`, which elements
 * take from `--portico-color-scheme` (`light` by default; `light dark` follows the OS).
 */
import { unsafeCSS, type CSSResult } from 'lit';

const space = (rem: number): string => `calc(${rem}rem * var(--portico-density, 1))`;

export const TOKEN_DEFAULTS = {
  'color-scheme': 'light',
  'color-primary': 'light-dark(#2453c9, #8fb0ff)',
  'color-on-primary': 'light-dark(#ffffff, #0b1020)',
  // The brand colour where it is text or an indicator on a surface (links, selected states,
  // chart lines): themes derive it from color-primary so it reaches 4.5:1 on the surfaces.
  'color-primary-text': 'var(--portico-color-primary, light-dark(#2453c9, #8fb0ff))',
  'color-accent': 'light-dark(#7a3ed6, #c4a5ff)',
  'color-surface': 'light-dark(#ffffff, #15181d)',
  'color-surface-alt': 'light-dark(#f3f5f8, #1e2229)',
  'color-text': 'light-dark(#1a1d23, #eef0f3)',
  'color-muted': 'light-dark(#556070, #a6afbc)',
  'color-border': 'light-dark(#d5dae1, #353b45)',
  'color-border-strong': 'light-dark(#7d8796, #7a8392)',
  'color-danger': 'light-dark(#b42318, #ff9a90)',
  'color-on-danger': 'light-dark(#ffffff, #1f0502)',
  'color-success': 'light-dark(#1c7237, #74d69c)',
  'color-warning': 'light-dark(#875400, #f3c453)',
  'color-focus': 'light-dark(#1d4ed8, #9dbaff)',
  'color-skeleton': 'light-dark(#e6e9ee, #2a2f37)',
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  'font-size-sm': '0.875rem',
  'font-size-md': '1rem',
  'font-size-lg': '1.25rem',
  'font-size-xl': '1.5rem',
  'font-weight-strong': '600',
  'font-line-height': '1.5',
  'radius-sm': '4px',
  'radius-md': '8px',
  'radius-lg': '12px',
  density: '1',
  'space-1': space(0.25),
  'space-2': space(0.5),
  'space-3': space(0.75),
  'space-4': space(1),
  'space-5': space(1.5),
  'space-6': space(2),
  'space-8': space(3),
  'elevation-1': '0 1px 2px rgb(0 0 0 / 0.08), 0 1px 3px rgb(0 0 0 / 0.06)',
  'elevation-2': '0 4px 12px rgb(0 0 0 / 0.12), 0 2px 4px rgb(0 0 0 / 0.08)',
  'focus-width': '2px',
  'focus-offset': '2px',
  'motion-duration': '150ms',
} as const satisfies Record<string, string>;

/** A token's name without the `--portico-` prefix, e.g. `color-primary`. */
export type PorticoTokenName = keyof typeof TOKEN_DEFAULTS;

/** The custom property of a token, e.g. `--portico-color-primary`. */
export function tokenProperty(name: PorticoTokenName): `--portico-${PorticoTokenName}` {
  return `--portico-${name}`;
}

const cache = new Map<PorticoTokenName, CSSResult>();

/** `var(--portico-<name>, <default>)` for use inside `css` templates. */
export function token(name: PorticoTokenName): CSSResult {
  let result = cache.get(name);
  if (!result) {
    // Safe: both parts are constants of this module, never user input.
    result = unsafeCSS(`var(${tokenProperty(name)}, ${TOKEN_DEFAULTS[name]})`);
    cache.set(name, result);
  }
  return result;
}
