/**
 * The script-tag bundle. Built from the packages' compiled ESM (`npm run build:packages`
 * runs first), so rollup only resolves, splits and minifies: the entry holds the shell and
 * each view is its own chunk, loaded on first visit.
 */
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyHtmlOptions } from './scripts/minify-html-options.mjs';
import { TOKEN_DEFAULTS, token } from './packages/elements/dist/theme/tokens.js';

/**
 * `${token('space-2')}` inside a template is constant text (`token('space-2').cssText`)
 * (see packages/elements/src/theme/tokens.ts): written out before minifying, the CSS minifier
 * sees plain CSS instead of a placeholder it cannot parse.
 */
function inlineTokens() {
  return {
    name: 'portico-inline-tokens',
    transform(code, id) {
      if (!id.includes('/packages/elements/dist/') || !code.includes('${token(')) return null;
      const out = code.replace(/\$\{token\('([a-z0-9-]+)'\)\}/g, (whole, name) => {
        if (!(name in TOKEN_DEFAULTS)) this.error(`Unknown Portico token "${name}" in ${id}`);
        return token(name).cssText;
      });
      return { code: out, map: null };
    },
  };
}

const plugins = () => [
  inlineTokens(),
  // Whitespace and comments in Lit's html`` and css`` templates (whitespace folded, never dropped).
  minifyHTML({ failOnError: true, options: minifyHtmlOptions }),
  nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

export default [
  {
    input: { portico: 'packages/elements/dist/cdn.js', 'portico-auth': 'packages/elements/dist/auth/index.js' },
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: plugins(),
    onwarn(warning, warn) {
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  },
  {
    // The in-browser mock backend, for the example site and demos only; never part of the SDK bundle.
    input: { 'portico-mock': 'packages/mock/dist/index.js' },
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/mock-[hash].js', sourcemap: true },
    plugins: plugins(),
  },
];
