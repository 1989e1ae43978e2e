/**
 * The script-tag bundle. Built from the packages' compiled ESM (`npm run build:packages`
 * runs first), so rollup only resolves, splits and minifies: the entry holds the shell and
 * each view is its own chunk, loaded on first visit.
 */
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { createRequire } from 'node:module';
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

/**
 * Lit's two DOM-touching packages from their `node` builds, which use the real `HTMLElement`
 * and `document` in a browser and Lit's small shims where there are none. So a server-side build
 * that imports the script-tag bundle does not throw "HTMLElement is not defined" — the same
 * guard the npm entries get from Node's `node` export condition (issue #13.8).
 */
function litNodeSafe() {
  const require = createRequire(import.meta.url);
  const shim = '\0portico-dom-shim';
  return {
    name: 'portico-lit-node-safe',
    resolveId(source) {
      // Lit's own DOM shim is for rendering on a server; importing only needs a base class, so a
      // two-line stand-in keeps the bundle small (customElements stays undefined: define() skips).
      if (source === '@lit-labs/ssr-dom-shim') return shim;
      if (!/^(lit-html|@lit\/reactive-element)(\/|$)/.test(source)) return null;
      const resolved = require.resolve(source);
      return resolved.includes('/node/') ? resolved : null;
    },
    load(id) {
      return id === shim ? 'export const HTMLElement = class {};\nexport const customElements = globalThis.customElements;\n' : null;
    },
  };
}

const plugins = () => [
  litNodeSafe(),
  inlineTokens(),
  // Whitespace and comments in Lit's html`` and css`` templates.
  minifyHTML({ failOnError: true }),
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
