/**
 * The `theme` object hosts pass to Portico (BRAND-1), and the organisation's branding from
 * the session turned into one. Tokens are written with `style.setProperty` (CSSOM), which a
 * strict `style-src 'self'` policy allows, unlike `style="..."` in markup.
 */
import type { Branding } from '@portico/core';
import { ensureContrast, MIN_TEXT_CONTRAST, MIN_UI_CONTRAST, readableTextColor } from './contrast.js';
import { TOKEN_DEFAULTS, tokenProperty, type PorticoTokenName } from './tokens.js';

export type ColorSchemeChoice = 'light' | 'dark' | 'auto';
export type Density = 'compact' | 'comfortable' | 'spacious';

export interface PorticoTheme {
  /** `auto` follows the visitor's OS setting (`prefers-color-scheme`); default `light`. */
  colorScheme?: ColorSchemeChoice;
  /** Scales every spacing token; or set the `density` token to a number. */
  density?: Density;
  /**
   * Token values by name without the prefix: `{ 'color-primary': '#0a7d5a' }` sets
   * `--portico-color-primary`. When `color-primary` is set without `color-on-primary`, a
   * readable on-primary colour is chosen for it, and `color-primary-text` (the brand colour as
   * text and indicators on the surfaces) is derived from it to reach 4.5:1 on the light and
   * the dark surfaces. A `color-focus` is moved, if needed, to reach 3:1 on them.
   */
  tokens?: Partial<Record<PorticoTokenName, string>>;
}

const DENSITY: Record<Density, string> = { compact: '0.75', comfortable: '1', spacious: '1.25' };
const SCHEME: Record<ColorSchemeChoice, string> = { light: 'light', dark: 'dark', auto: 'light dark' };

/** Later themes win, token by token. */
export function mergeThemes(...themes: (PorticoTheme | undefined)[]): PorticoTheme {
  const merged: PorticoTheme = { tokens: {} };
  for (const theme of themes) {
    if (!theme) continue;
    if (theme.colorScheme) merged.colorScheme = theme.colorScheme;
    if (theme.density) merged.density = theme.density;
    const tokens = { ...theme.tokens };
    // A new primary makes an inherited on-primary meaningless unless this theme sets both.
    if (tokens['color-primary'] && !tokens['color-on-primary']) delete merged.tokens!['color-on-primary'];
    if (tokens['color-primary'] && !tokens['color-primary-text']) delete merged.tokens!['color-primary-text'];
    Object.assign(merged.tokens!, tokens);
  }
  return merged;
}

/** The custom properties a theme sets, as `[property, value]` pairs. */
export function themeProperties(theme: PorticoTheme): [string, string][] {
  const tokens: Partial<Record<PorticoTokenName, string>> = { ...theme.tokens };
  if (theme.colorScheme) tokens['color-scheme'] = SCHEME[theme.colorScheme];
  if (theme.density) tokens.density = DENSITY[theme.density];
  const primary = tokens['color-primary'];
  if (primary && !tokens['color-on-primary']) {
    const onPrimary = readableTextColor(primary);
    if (onPrimary) tokens['color-on-primary'] = onPrimary;
  }
  if (primary && !tokens['color-primary-text']) {
    const text = onSurfaces(primary, tokens, MIN_TEXT_CONTRAST);
    if (text) tokens['color-primary-text'] = text;
  }
  const focus = tokens['color-focus'];
  if (focus) tokens['color-focus'] = onSurfaces(focus, tokens, MIN_UI_CONTRAST) ?? focus;
  return Object.entries(tokens)
    .filter((entry): entry is [PorticoTokenName, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([name, value]) => [tokenProperty(name), value]);
}

/** A token value as its [light, dark] pair: `light-dark(a, b)` split, anything else twice. */
function schemePair(value: string): [string, string] {
  const match = /^light-dark\(\s*([^,]+?)\s*,\s*([^,]+?)\s*\)$/.exec(value.trim());
  return match ? [match[1]!, match[2]!] : [value, value];
}

/**
 * `color` as a `light-dark()` pair, each side the nearest shade that reaches `minimum` on that
 * scheme's surfaces (the theme's own, else the defaults). Undefined when a colour cannot be read.
 */
function onSurfaces(color: string, tokens: Partial<Record<PorticoTokenName, string>>, minimum: number): string | undefined {
  const surfaces = (['color-surface', 'color-surface-alt'] as const).map((name) => schemePair(tokens[name] ?? TOKEN_DEFAULTS[name]));
  const [light, dark] = schemePair(color);
  const onLight = ensureContrast(light, surfaces.map(([l]) => l), minimum);
  const onDark = ensureContrast(dark, surfaces.map(([, d]) => d), minimum);
  if (!onLight || !onDark) return undefined;
  return `light-dark(${onLight}, ${onDark})`;
}

const applied = new WeakMap<HTMLElement, Set<string>>();
const sheets = new WeakMap<ShadowRoot, CSSStyleSheet>();

/**
 * Sets a theme's tokens on `host`. On an element with a shadow root (every Portico element)
 * they go into an adopted `:host { … }` stylesheet: the host page's own CSS on the element
 * (`portico-portal { --portico-color-primary: … }`) still wins, and a strict CSP allows it.
 * On a plain element they are set with `style.setProperty`. Properties set by an earlier call
 * and absent now are removed, so a runtime theme change needs no remount (focus, scroll and
 * typed text stay).
 */
export function applyTheme(host: HTMLElement, theme: PorticoTheme | undefined): void {
  const properties = theme ? themeProperties(theme) : [];
  const root = host.shadowRoot;
  if (root && 'adoptedStyleSheets' in root && typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype) {
    let sheet = sheets.get(root);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheets.set(root, sheet);
    }
    // Lit may replace adoptedStyleSheets when it renders; keep ours in the list.
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    // Values come from the theme object or branding: strip anything that could end the rule.
    const body = properties.map(([property, value]) => `${property}: ${value.replace(/[{};<>]/g, '')};`).join(' ');
    sheet.replaceSync(`:host { ${body} }`);
    return;
  }
  const previous = applied.get(host) ?? new Set<string>();
  const next = new Set<string>();
  for (const [property, value] of properties) {
    host.style.setProperty(property, value);
    next.add(property);
  }
  for (const property of previous) if (!next.has(property)) host.style.removeProperty(property);
  applied.set(host, next);
}

const RADIUS: Record<NonNullable<Branding['radius']>, [string, string, string] | undefined> = {
  none: ['0', '0', '0'],
  small: ['2px', '4px', '6px'],
  medium: undefined,
  large: ['8px', '14px', '20px'],
};

/** The theme an organisation's branding asks for (logo aside, which the shell shows). */
export function brandingToTheme(branding: Branding): PorticoTheme {
  const tokens: Partial<Record<PorticoTokenName, string>> = { 'color-primary': branding.primaryColor };
  const onPrimary = readableTextColor(branding.primaryColor);
  if (onPrimary) tokens['color-on-primary'] = onPrimary;
  if (branding.accentColor) tokens['color-accent'] = branding.accentColor;
  if (branding.fontFamily) tokens['font-family'] = branding.fontFamily;
  const radius = branding.radius ? RADIUS[branding.radius] : undefined;
  if (radius) [tokens['radius-sm'], tokens['radius-md'], tokens['radius-lg']] = radius;
  const theme: PorticoTheme = { tokens };
  if (branding.density) theme.density = branding.density;
  if (branding.colorScheme) theme.colorScheme = branding.colorScheme;
  return theme;
}
