// Wrappers are mounted with fixtureSync: fixture() waits a rAF for non-Lit elements, which
// a background tab (two test files run at once) may not deliver.
import { expect, fixtureSync, html } from '@open-wc/testing';
import {
  applyTheme, brandingToTheme, contrastRatio, ensureContrast, mergeThemes, themeProperties, parseColor, readableTextColor, relativeLuminance, token,
} from '../../src/theme/index.js';
import '../../src/ui/state-error.js';

describe('theme', () => {
  describe('contrast', () => {
    it('computes WCAG luminance and ratios', () => {
      expect(relativeLuminance('#ffffff')).to.equal(1);
      expect(relativeLuminance('#000')).to.equal(0);
      expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 0.001);
      expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    });

    it('reads hex, rgb(), hsl() and named colours', () => {
      expect(parseColor('#0b5fff')).to.deep.equal({ r: 11, g: 95, b: 255 });
      expect(parseColor('rgb(11 95 255 / 0.5)')).to.deep.equal({ r: 11, g: 95, b: 255 });
      expect(parseColor('rgba(11, 95, 255, 1)')).to.deep.equal({ r: 11, g: 95, b: 255 });
      const hsl = parseColor('hsl(120, 100%, 25%)')!;
      expect([Math.round(hsl.r), Math.round(hsl.g), Math.round(hsl.b)]).to.deep.equal([0, 128, 0]);
      expect(parseColor('rebeccapurple')).to.deep.equal({ r: 102, g: 51, b: 153 });
      expect(parseColor('not-a-colour')).to.equal(undefined);
    });

    it('picks dark text on a light brand colour and white on a dark one, at 4.5:1 or more', () => {
      for (const light of ['#ffeb3b', '#f5f5dc', '#7fffd4', 'rgb(255, 200, 0)']) {
        const text = readableTextColor(light)!;
        expect(text, light).to.equal('#000000');
        expect(contrastRatio(light, text)).to.be.at.least(4.5);
      }
      for (const dark of ['#0b3d91', '#1a1a1a', '#6b21a8', 'hsl(220, 80%, 35%)']) {
        const text = readableTextColor(dark)!;
        expect(text, dark).to.equal('#ffffff');
        expect(contrastRatio(dark, text)).to.be.at.least(4.5);
      }
    });

    it('always reaches 4.5:1 on mid tones', () => {
      for (let v = 0; v <= 255; v += 5) {
        const bg = `rgb(${v}, ${255 - v}, ${(v * 7) % 256})`;
        expect(contrastRatio(bg, readableTextColor(bg)!), bg).to.be.at.least(4.5);
      }
    });
  });

  describe('ensureContrast (#10.13)', () => {
    it('keeps a readable colour, and moves an unreadable one only as far as 4.5:1 on every surface', () => {
      expect(ensureContrast('#2453c9', ['#ffffff', '#f3f5f8'])).to.equal('#2453c9');
      const colours = ['#ffe066', '#1f6f8b', '#ffffff', '#000000', '#ff0000', '#00ff00', '#0000ff', '#7fffd4', '#808080', 'hsl(50, 100%, 70%)'];
      for (const [surfaces, minimum] of [[['#ffffff', '#f3f5f8'], 4.5], [['#15181d', '#1e2229'], 4.5], [['#15181d'], 3]] as const) {
        for (const colour of colours) {
          const shade = ensureContrast(colour, [...surfaces], minimum)!;
          for (const surface of surfaces) expect(contrastRatio(shade, surface), `${colour} → ${shade} on ${surface}`).to.be.at.least(minimum);
        }
      }
    });

    it('derives the brand text colour for light and dark from a theme, and moves a faint focus colour', () => {
      const properties = Object.fromEntries(themeProperties({ tokens: { 'color-primary': '#ffe066', 'color-focus': '#ffff00' } }));
      const pair = /^light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/;
      const [, light, dark] = pair.exec(properties['--portico-color-primary-text']!)!;
      expect(contrastRatio(light!, '#ffffff')).to.be.at.least(4.5);
      expect(dark).to.equal('#ffe066');
      const [, focusLight] = pair.exec(properties['--portico-color-focus']!)!;
      expect(contrastRatio(focusLight!, '#f3f5f8')).to.be.at.least(3);
    });
  });

  describe('brandingToTheme', () => {
    it('maps branding to tokens with a readable on-primary', () => {
      const theme = brandingToTheme({ logoUrl: null, primaryColor: '#ffd400', fontFamily: 'Inter, sans-serif', radius: 'none', density: 'compact', colorScheme: 'auto' });
      expect(theme.tokens).to.include({ 'color-primary': '#ffd400', 'color-on-primary': '#000000', 'font-family': 'Inter, sans-serif', 'radius-md': '0' });
      expect(theme.density).to.equal('compact');
      expect(theme.colorScheme).to.equal('auto');
    });

    it('lets a host theme override branding and recomputes on-primary for a new primary', () => {
      const merged = mergeThemes(brandingToTheme({ logoUrl: null, primaryColor: '#ffd400' }), { tokens: { 'color-primary': '#0b3d91' } });
      expect(merged.tokens!['color-primary']).to.equal('#0b3d91');
      expect(merged.tokens!['color-on-primary']).to.equal(undefined);
    });
  });

  describe('applyTheme', () => {
    it('sets tokens through CSSOM, removes stale ones, and they reach nested shadow roots', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div><portico-state-error .error=${new Error('x')}></portico-state-error></div>`);
      await wrapper.querySelector('portico-state-error')!.updateComplete;
      applyTheme(wrapper, { colorScheme: 'dark', density: 'spacious', tokens: { 'color-surface': 'rgb(1, 2, 3)', 'color-primary': '#ffd400' } });
      expect(wrapper.style.getPropertyValue('--portico-color-surface')).to.equal('rgb(1, 2, 3)');
      expect(wrapper.style.getPropertyValue('--portico-color-on-primary')).to.equal('#000000');
      expect(wrapper.style.getPropertyValue('--portico-color-scheme')).to.equal('dark');
      expect(wrapper.style.getPropertyValue('--portico-density')).to.equal('1.25');

      const el = wrapper.querySelector('portico-state-error')!;
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(el).colorScheme).to.equal('dark');

      applyTheme(wrapper, { tokens: { 'color-primary': '#0b3d91' } });
      expect(wrapper.style.getPropertyValue('--portico-color-surface')).to.equal('');
      expect(wrapper.style.getPropertyValue('--portico-color-on-primary')).to.equal('#ffffff');
      // Back to the light default of the token.
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    it('switches defaults to the dark scheme with color-scheme', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div><portico-state-error></portico-state-error></div>`);
      await wrapper.querySelector('portico-state-error')!.updateComplete;
      const base = wrapper.querySelector('portico-state-error')!.shadowRoot!.querySelector('[part="base"]')!;
      applyTheme(wrapper, { colorScheme: 'dark' });
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(21, 24, 29)');
    });

    it('exposes tokens as var() with a default', () => {
      expect(token('radius-md').cssText).to.equal('var(--portico-radius-md, 8px)');
    });
  });
});
