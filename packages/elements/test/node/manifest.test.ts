/**
 * The custom-elements manifest is how frameworks, IDEs and Storybook learn Portico's API
 * (EMBED-2): every registered element must appear with a summary; every public element (the
 * portal, the provider, the views, the primitives and the sign-in elements) also with its parts
 * and its tokens; and every event documented must be declared in HTMLElementEventMap. A view's
 * inner elements (`src/views/<view>/<part>.ts`) live in the view's shadow root, styled
 * through the view's tokens and exported parts, so theirs are optional.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
}

/** `src/views/billing/pay-dialog.ts` is inside `<portico-billing>`; `src/views/billing/billing.ts` is the view. */
function isInner(path: string): boolean {
  const match = /^src\/views\/([^/]+)\/([^/]+)\.ts$/.exec(path);
  return match !== null && match[1] !== match[2];
}

interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  customElement?: boolean;
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

test('the manifest documents every registered element', () => {
  let manifest: { modules: Module[] } = { modules: [] };
  // The analyzer rewrites the `customElements` field of the package.json in its working
  // folder, so it runs on a copy of the sources with a throwaway package.json.
  const work = mkdtempSync(join(tmpdir(), 'portico-cem-'));
  cpSync(join(pkg, 'src'), join(work, 'src'), { recursive: true });
  writeFileSync(join(work, 'package.json'), '{"name":"cem-check","private":true}');
  try {
    execFileSync(process.execPath, [resolve(pkg, '../../node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.styles.ts', '--outdir', '.'], { cwd: work, stdio: 'pipe' });
    manifest = JSON.parse(readFileSync(join(work, 'custom-elements.json'), 'utf8')) as typeof manifest;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const declared = new Map(
    manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName!, { ...d, inner: isInner(m.path) }] as const)),
  );

  const code = sources(join(pkg, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');
  const tags = [...code.matchAll(/define\('(portico-[a-z-]+)'/g)].map((m) => m[1]!);
  const declaredEvents = new Set([...code.matchAll(/'(portico-[a-z-]+)': CustomEvent/g)].map((m) => m[1]!));
  assert.ok(tags.length >= 7, `found ${tags.length} registered tags`);

  for (const tag of tags) {
    const d = declared.get(tag);
    assert.ok(d, `<${tag}> is missing from the manifest (add @tagname to its JSDoc)`);
    assert.ok(d.summary || d.description, `<${tag}> has no @summary`);
    if (!d.inner) {
      assert.ok((d.cssParts ?? []).length > 0, `<${tag}> documents no @csspart`);
      assert.ok((d.cssProperties ?? []).length > 0, `<${tag}> documents no @cssprop`);
    }
    for (const event of d.events ?? []) {
      assert.ok(declaredEvents.has(event.name), `<${tag}> documents ${event.name}, which is not typed in HTMLElementEventMap`);
    }
  }
});
