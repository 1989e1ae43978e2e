export { baseStyles } from './base-styles.js';
export { TOKEN_DEFAULTS, token, tokenProperty, type PorticoTokenName } from './tokens.js';
export {
  applyTheme, brandingToTheme, mergeThemes, themeProperties,
  type PorticoTheme, type ColorSchemeChoice, type Density,
} from './theme.js';
export {
  contrastRatio, ensureContrast, parseColor, readableTextColor, relativeLuminance, MIN_TEXT_CONTRAST, MIN_UI_CONTRAST,
  type Rgb, type ReadableTextOptions,
} from './contrast.js';
