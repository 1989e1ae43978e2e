/**
 * Two bundles, both built from the packages' compiled ESM (each package's `tsc` build runs
 * first), so rollup only resolves, splits and minifies:
 *   - `BUNDLE=elements` (run by @portico/elements' `build:cdn`): the script-tag bundle in
 *     `packages/elements/cdn/`, shipped in the package (`cdn/portico.js`): the entry holds the
 *     shell and each view is its own chunk, loaded on first visit; `portico-auth.js` and
 *     `portico-guest.js` (guest links) beside it.
 *     Prints the entry's Subresource Integrity hash for the `integrity` attribute.
 *   - `BUNDLE=example` (root `build:example`): the in-browser mock backend for the example site
 *     and demos, in `dist/example/`; it ships in no package.
 * Without BUNDLE, both. Paths are absolute so the config works from any working directory.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { createRequire } from 'node:module';
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

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Prints `sha384-…` of the written entry: what a page puts in `<script integrity="…">`. */
function printIntegrity(entry) {
  return {
    name: 'portico-integrity',
    writeBundle(options) {
      const file = `${options.dir}/${entry}`;
      const hash = createHash('sha384').update(readFileSync(file)).digest('base64');
      console.log(`${entry} integrity: sha384-${hash}`);
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
  // Whitespace and comments in Lit's html`` and css`` templates (whitespace folded, never dropped).
  minifyHTML({ failOnError: true, options: minifyHtmlOptions }),
  nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
  // Three compress passes: later passes inline and drop what the first one exposed (about 0.1 KB
  // before any view, 0.1 KB over the portal). No unsafe options (pure_getters, unsafe_*).
  terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
];

const elements = {
  input: { portico: here('packages/elements/dist/cdn.js'), 'portico-auth': here('packages/elements/dist/auth/index.js') },
  output: {
    dir: here('packages/elements/cdn'),
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [...plugins(), printIntegrity('portico.js')],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};

// Guest links (issue #12): a build of their own, `portico-guest.js` with its chunks in
// `chunks/guest/`, so adding it leaves the portal's chunks (and size figures) as they were. A
// guest page loads only this file; it shares no code with a portal page.
const guest = {
  input: { 'portico-guest': here('packages/elements/dist/guest/index.js') },
  output: { ...elements.output, chunkFileNames: 'chunks/guest/[name]-[hash].js' },
  plugins: plugins(),
  onwarn: elements.onwarn,
};

// The in-browser mock backend, for the example site and demos only; never part of the SDK bundle.
const example = {
  input: { 'portico-mock': here('packages/mock/dist/index.js') },
  output: { dir: here('dist/example'), format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/mock-[hash].js', sourcemap: true },
  plugins: plugins(),
};

const bundles = { elements: [elements, guest], example: [example] };
export default bundles[process.env.BUNDLE] ?? [elements, guest, example];
