/**
 * The custom-elements manifest is how frameworks, IDEs and Storybook learn Portico's API
 * (EMBED-2), and the React, Vue and IDE types are generated from it: every registered element
 * must appear with a summary and a `custom-element-definition` for its tag (tags are registered
 * through `define()`, which the analyzer config's plugin reads); every public element (the
 * portal, the provider, the views, the primitives and the sign-in elements) also with its parts
 * and its tokens; every event documented must be declared in HTMLElementEventMap and carry that
 * declaration's `CustomEvent<detail>` type; and every module path names the built file
 * (`dist/….js`) that ships next to the manifest. A view's inner elements
 * (`src/views/<view>/<part>.ts`) live in the view's shadow root, styled through the view's
 * tokens and exported parts, so their parts and tokens are optional.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const pkg = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
}

/** `dist/views/billing/pay-dialog.js` is inside `<portico-billing>`; `dist/views/billing/billing.js` is the view. */
function isInner(path: string): boolean {
  const match = /^dist\/views\/([^/]+)\/([^/]+)\.js$/.exec(path);
  // `team.component.js` holds the view's class (`team.js` registers it): the view, not an inner element.
  return match !== null && match[1] !== match[2]!.replace(/\.component$/, '');
}

interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  customElement?: boolean;
  name: string;
  events?: { name: string; type?: { text: string } }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

/** Runs the analyzer with the package's config (custom-elements-manifest.config.mjs), as `npm run cem` does. */
function analyze(): { modules: Module[] } {
  // The analyzer rewrites the `customElements` field of the package.json in its working
  // folder, so it runs on a copy of the sources with a throwaway package.json.
  const work = mkdtempSync(join(tmpdir(), 'portico-cem-'));
  cpSync(join(pkg, 'src'), join(work, 'src'), { recursive: true });
  writeFileSync(join(work, 'package.json'), '{"name":"cem-check","private":true}');
  try {
    execFileSync(
      process.execPath,
      [resolve(pkg, '../../node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--quiet', '--config', join(pkg, 'custom-elements-manifest.config.mjs')],
      { cwd: work, stdio: 'pipe' },
    );
    return JSON.parse(readFileSync(join(work, 'custom-elements.json'), 'utf8')) as { modules: Module[] };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const manifest = analyze();
const code = sources(join(pkg, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');
/** Tag → class name, from every `define('portico-x', PorticoX)` call. */
const registered = new Map([...code.matchAll(/define\('(portico-[a-z-]+)', (\w+)\)/g)].map((m) => [m[1]!, m[2]!] as const));
/** Event → its `CustomEvent<…>` type as declared in HTMLElementEventMap, whitespace collapsed. */
const eventTypes = new Map(
  [...code.matchAll(/'(portico-[a-z-]+)': (CustomEvent<[\s\S]*?>);\n/g)].map((m) => [m[1]!, m[2]!.replace(/\s+/g, ' ').replace(/;? }/g, ' }')] as const),
);

test('the manifest documents every registered element', () => {
  const declared = new Map(
    manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName!, { ...d, inner: isInner(m.path) }] as const)),
  );
  assert.ok(registered.size >= 7, `found ${registered.size} registered tags`);

  for (const tag of registered.keys()) {
    const d = declared.get(tag);
    assert.ok(d, `<${tag}> is missing from the manifest (add @tagname to its JSDoc)`);
    assert.ok(d.summary || d.description, `<${tag}> has no @summary`);
    if (!d.inner) {
      assert.ok((d.cssParts ?? []).length > 0, `<${tag}> documents no @csspart`);
      assert.ok((d.cssProperties ?? []).length > 0, `<${tag}> documents no @cssprop`);
    }
    for (const event of d.events ?? []) {
      assert.ok(eventTypes.has(event.name), `<${tag}> documents ${event.name}, which is not typed in HTMLElementEventMap`);
    }
  }
});

test('every registered tag has one custom-element-definition, and there are no others', () => {
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, path: m.path })));
  assert.deepEqual(definitions.map((d) => d.name).sort(), [...registered.keys()].sort(), 'one definition per define() call, and none for anything else');
  for (const definition of definitions) {
    assert.equal(definition.declaration.name, registered.get(definition.name), `<${definition.name}> is defined with the wrong class`);
    const module = manifest.modules.find((m) => m.path === definition.declaration.module);
    assert.ok(module, `<${definition.name}>'s definition points at ${definition.declaration.module}, which is not a module of the manifest`);
    const declaration = module.declarations?.find((d) => d.name === definition.declaration.name);
    assert.equal(declaration?.tagName, definition.name, `<${definition.name}>'s class does not carry its tag name`);
  }
});

test("every event carries the detail type declared in HTMLElementEventMap", () => {
  let events = 0;
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    for (const event of declaration.events ?? []) {
      events += 1;
      assert.equal(event.type?.text, eventTypes.get(event.name), `<${declaration.tagName ?? declaration.name}> ${event.name}`);
    }
  }
  assert.ok(events >= 60, `found ${events} documented events`);
  assert.equal(
    manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'portico-portal')?.events?.find((e) => e.name === 'portico-client-changed')?.type?.text,
    'CustomEvent<{ clientId: string }>',
  );
});

test('module paths name the built files that ship in the package', () => {
  const paths: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof inner === 'string') paths.push(inner);
        else visit(inner);
      }
    }
  };
  visit(manifest.modules);
  assert.ok(paths.length > 100, `found ${paths.length} paths`);
  for (const path of paths) {
    assert.match(path, /^dist\/.+\.js$/, `${path} is not a built file`);
    assert.ok(existsSync(join(pkg, path.replace(/^dist\/(.+)\.js$/, 'src/$1.ts'))), `${path} has no source file`);
  }
});
