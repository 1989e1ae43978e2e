/**
 * WCAG 2.x contrast, so text on a practice's brand colour stays readable (BRAND-1, A11Y-1).
 * Parses hex, `rgb()` and `hsl()`; in a browser other CSS colours (names) go through a canvas,
 * which needs no DOM insertion and is CSP-safe.
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** WCAG AA for normal text. */
export const MIN_TEXT_CONTRAST = 4.5;

export function parseColor(input: string): Rgb | undefined {
  const value = input.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,8})$/.exec(value)?.[1];
  if (hex) {
    if (hex.length === 3 || hex.length === 4) {
      const [r, g, b] = [...hex].map((c) => parseInt(c + c, 16));
      return { r: r!, g: g!, b: b! };
    }
    if (hex.length === 6 || hex.length === 8) {
      return { r: parseInt(hex.slice(0, 2), 16), g: parseInt(hex.slice(2, 4), 16), b: parseInt(hex.slice(4, 6), 16) };
    }
    return undefined;
  }
  const fn = /^(rgba?|hsla?)\(([^)]*)\)$/.exec(value);
  if (fn) {
    const parts = fn[2]!.split(/[\s,/]+/).filter(Boolean);
    if (parts.length < 3) return undefined;
    return fn[1]!.startsWith('rgb') ? fromRgbParts(parts) : fromHslParts(parts);
  }
  return viaCanvas(input);
}

function fromRgbParts(parts: string[]): Rgb | undefined {
  const channel = (p: string): number => (p.endsWith('%') ? (parseFloat(p) / 100) * 255 : parseFloat(p));
  const [r, g, b] = parts.slice(0, 3).map(channel);
  if ([r, g, b].some((c) => c === undefined || Number.isNaN(c))) return undefined;
  return { r: clamp(r!), g: clamp(g!), b: clamp(b!) };
}

function fromHslParts(parts: string[]): Rgb | undefined {
  const h = ((parseFloat(parts[0]!) % 360) + 360) % 360;
  const s = parseFloat(parts[1]!) / 100;
  const l = parseFloat(parts[2]!) / 100;
  if ([h, s, l].some(Number.isNaN)) return undefined;
  const k = (n: number): number => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number): number => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return { r: clamp(f(0) * 255), g: clamp(f(8) * 255), b: clamp(f(4) * 255) };
}

function clamp(c: number): number {
  return Math.max(0, Math.min(255, c));
}

let canvasContext: CanvasRenderingContext2D | null | undefined;

function viaCanvas(input: string): Rgb | undefined {
  if (typeof document === 'undefined') return undefined;
  canvasContext ??= document.createElement('canvas').getContext('2d');
  if (!canvasContext) return undefined;
  // An invalid colour leaves fillStyle unchanged, so set a sentinel first and compare.
  canvasContext.fillStyle = '#010203';
  canvasContext.fillStyle = input;
  const normalised = String(canvasContext.fillStyle);
  if (normalised === '#010203' && input.trim().toLowerCase() !== '#010203') return undefined;
  const direct = /^#([0-9a-f]{6})$/.test(normalised) || /^rgba?\(/.test(normalised);
  return direct ? parseColor(normalised) : undefined;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(color: string | Rgb): number | undefined {
  const rgb = typeof color === 'string' ? parseColor(color) : color;
  if (!rgb) return undefined;
  const linear = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(rgb.r) + 0.7152 * linear(rgb.g) + 0.0722 * linear(rgb.b);
}

/** WCAG contrast ratio between two colours, 1 to 21; undefined when one cannot be read. */
export function contrastRatio(a: string | Rgb, b: string | Rgb): number | undefined {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  if (la === undefined || lb === undefined) return undefined;
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

export interface ReadableTextOptions {
  /** Light text candidate; default white. */
  light?: string;
  /** Dark text candidate; default near-black. */
  dark?: string;
}

/**
 * The text colour to put on `background`: the light candidate when it reaches 4.5:1, else
 * whichever candidate contrasts more (with the defaults one of them always reaches 4.5:1,
 * since the better of pure black and white is at least 4.58:1 on any colour). Undefined when
 * the background cannot be read.
 */
export function readableTextColor(background: string, options: ReadableTextOptions = {}): string | undefined {
  const light = options.light ?? '#ffffff';
  const dark = options.dark ?? '#000000';
  const onLight = contrastRatio(background, light);
  const onDark = contrastRatio(background, dark);
  if (onLight === undefined || onDark === undefined) return undefined;
  if (onLight >= MIN_TEXT_CONTRAST) return light;
  return onDark >= onLight ? dark : light;
}

/** WCAG AA for user-interface components and graphics (focus rings, borders, chart lines). */
export const MIN_UI_CONTRAST = 3;

function hex(rgb: Rgb): string {
  return `#${[rgb.r, rgb.g, rgb.b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * `color`, or the nearest shade of it (mixed towards black on light backgrounds, towards white
 * on dark ones) that reaches `minimum` against every one of `backgrounds`. This is how a
 * practice's brand colour is used for text and indicators on the portal's surfaces: its hue
 * stays, only its lightness moves as far as readability needs. Undefined when a colour cannot
 * be read.
 */
export function ensureContrast(color: string, backgrounds: string[], minimum = MIN_TEXT_CONTRAST): string | undefined {
  const base = parseColor(color);
  const surfaces = backgrounds.map(parseColor);
  if (!base || surfaces.some((s) => !s)) return undefined;
  const worst = (c: Rgb): number => Math.min(...surfaces.map((s) => contrastRatio(c, s!)!));
  if (worst(base) >= minimum) return hex(base);
  const meanLuminance = surfaces.reduce((sum, s) => sum + relativeLuminance(s!)!, 0) / surfaces.length;
  // The luminance where black and white text contrast equally: above it, darken.
  const target = meanLuminance > 0.179 ? { r: 0, g: 0, b: 0 } : { r: 255, g: 255, b: 255 };
  const mix = (t: number): Rgb => ({
    r: base.r + (target.r - base.r) * t,
    g: base.g + (target.g - base.g) * t,
    b: base.b + (target.b - base.b) * t,
  });
  let low = 0;
  let high = 1;
  for (let i = 0; i < 20; i++) {
    const mid = (low + high) / 2;
    if (worst(mix(mid)) >= minimum) high = mid;
    else low = mid;
  }
  // Rounding to hex can lose a hair of contrast; step on until the rounded value passes.
  let t = high;
  let result = hex(mix(t));
  while (worst(parseColor(result)!) < minimum && t < 1) {
    t = Math.min(1, t + 0.01);
    result = hex(mix(t));
  }
  return result;
}
