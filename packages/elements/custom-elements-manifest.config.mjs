/**
 * Configuration of @custom-elements-manifest/analyzer for @portico/elements (`npm run cem`,
 * run in this folder). The analyzer reads Lit's decorators and the elements' JSDoc; three things
 * it cannot see come from the plugins below, so the elements' sources need no extra JSDoc:
 *
 * - **Definitions.** Tags are registered through `define('portico-x', Class)` (src/define.ts),
 *   not `customElements.define`, so the analyzer records no `custom-element-definition` for
 *   them — and records a wrong one for `customElements.define(tag, ctor)` inside `define()`
 *   itself. `portico-define` adds one per `define()` call and drops the wrong one.
 * - **Event types.** Every event's `detail` is typed in an `HTMLElementEventMap` augmentation
 *   next to the element that fires it (see src/events.ts). `portico-event-types` reads those
 *   and gives each documented event its `type` (`CustomEvent<…>`).
 * - **Module paths.** The manifest ships in the package next to `dist/`, so every module path
 *   (`src/x/y.ts`) becomes the built file (`dist/x/y.js`).
 */

import { posix } from 'node:path';

/** @typedef {{ kind: string, name: string, declaration?: { name: string, module?: string } }} Export */

/** `define('portico-x', PorticoX)` → a `custom-element-definition` export; drops the one for `define()`'s own body. */
function definePlugin() {
  return {
    name: 'portico-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module: moduleDoc.path } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        // The analyzer reads `customElements.define(tag, ctor)` in define() as a tag named "tag".
        mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition' || e.name.startsWith('portico-'));
        // A definition names its tag on the class too, so tools that read `tagName` agree. The
        // class may live in another module (`team.component.ts` declares, `team.ts` registers).
        for (const e of mod.exports) {
          if (e.kind !== 'custom-element-definition') continue;
          const home = (mod.declarations ?? []).some((d) => d.name === e.declaration?.name)
            ? mod
            : customElementsManifest.modules.find((m) => (m.declarations ?? []).some((d) => d.kind === 'class' && d.name === e.declaration?.name));
          if (home && e.declaration) e.declaration.module = home.path;
          const declaration = (home?.declarations ?? []).find((d) => d.name === e.declaration?.name);
          if (declaration) {
            declaration.customElement = true;
            declaration.tagName ??= e.name;
          }
        }
      }
    },
  };
}

/** Event name → `CustomEvent<detail>` text, from every `interface HTMLElementEventMap { … }` in the sources. */
function eventTypesPlugin() {
  /** @type {Map<string, string>} */
  const types = new Map();
  return {
    name: 'portico-event-types',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'HTMLElementEventMap') return;
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type || !member.name) continue;
        const name = ts.isStringLiteral(member.name) ? member.name.text : member.name.getText();
        if (!name.startsWith('portico-')) continue;
        types.set(name, member.type.getText().replace(/\s+/g, ' ').replace(/;? }/g, ' }'));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const missing = [];
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const text = types.get(event.name);
            if (text) event.type = { text };
            else missing.push(`${declaration.tagName ?? declaration.name}: ${event.name}`);
          }
        }
      }
      if (missing.length) console.warn(`custom-elements manifest: events with no HTMLElementEventMap type:\n  ${missing.join('\n  ')}`);
    },
  };
}

/**
 * `src/x/y.ts` (or the analyzer's `/src/x/y.js` for superclasses) → `dist/x/y.js`, everywhere in
 * the manifest; a re-export's `./y.js` is resolved against its module, so it names the file too.
 */
function distPathsPlugin() {
  const toDist = (path, from) => {
    const relative = /^\.\.?\//.test(path) ? posix.join(posix.dirname(from), path) : path;
    return relative.replace(/^\/?src\/(.+)\.(?:ts|js)$/, 'dist/$1.js');
  };
  const visit = (value, from) => {
    if (Array.isArray(value)) value.forEach((inner) => visit(inner, from));
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = toDist(inner, from);
        else visit(inner, from);
      }
    }
  };
  return {
    name: 'portico-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) visit(mod, mod.path);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [definePlugin(), eventTypesPlugin(), distPathsPlugin()],
};
