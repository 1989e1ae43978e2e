#!/usr/bin/env node
/**
 * The framework examples as real consumers of the published packages: examples/react (Vite +
 * React 19 + TypeScript) and examples/vue (Vite + Vue 3 + vue-tsc). Expects a build
 * (`npm run build`: the packages' dist/, the manifest and the framework types generated from
 * it). For each example:
 *
 *   1. installs it from its own lockfile (`npm ci`), then the packed tarballs of
 *      @portico/core, @portico/mock and @portico/elements (`npm pack`, never workspace links)
 *      with `--no-save`, and copies the mock's service worker into its public folder;
 *   2. typechecks it (tsc / vue-tsc): the app itself, and a file of bindings that must fail
 *      (`@ts-expect-error` / `@vue-expect-error`: a wrong property type, a made-up `detail`
 *      field, a wrong attribute value), so the check fails if the types stop catching them;
 *   3. builds it (vite build) and serves the build (vite preview);
 *   4. drives it in Chromium: the portal renders, the theme object reaches it as a property,
 *      typed events are received and shown on the page, the theme changes at run time.
 *
 * Prints one line per check and ends with `Frameworks: N passed, N failed`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const only = process.env.PORTICO_FRAMEWORKS?.split(',').filter(Boolean);
const examples = [
  { name: 'React', dir: 'examples/react', fence: 'tsx', snippet: (n) => `snippet-${n}.tsx` },
  { name: 'Vue', dir: 'examples/vue', fence: 'vue', snippet: (n) => `Snippet${n}.vue` },
].filter((e) => !only || only.includes(e.name.toLowerCase()));

let passed = 0;
let failed = 0;

function report(name, error) {
  if (error) {
    failed += 1;
    console.log(`  ✗ ${name}\n      ${String(error?.message ?? error).trim().split('\n').slice(-25).join('\n      ')}`);
  } else {
    passed += 1;
    console.log(`  ✓ ${name}`);
  }
}

/** Runs a command; throws with its output when it fails. */
function sh(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${result.status}:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

// The packed packages, as a registry would serve them.
const packs = mkdtempSync(join(tmpdir(), 'portico-packs-'));
for (const pkg of ['core', 'mock', 'elements']) {
  if (!existsSync(join(root, 'packages', pkg, 'dist'))) {
    console.log(`packages/${pkg}/dist is missing: run \`npm run build\` first.`);
    console.log('Frameworks: 0 passed, 1 failed');
    process.exit(1);
  }
  // --ignore-scripts: the build already ran (a prepack would build again).
  sh('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', packs], join(root, 'packages', pkg));
}
const tarballs = readdirSync(packs).filter((f) => f.endsWith('.tgz')).map((f) => join(packs, f));

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  for (const example of examples) {
    console.log(`${example.name} (${example.dir})`);
    const cwd = join(root, example.dir);
    try {
      install(cwd);
      report(`${example.name}: installs from its lockfile and the packed tarballs (no workspace links)`);
      if (example === examples[0]) {
        let shipped = null;
        try {
          checkShipped(join(cwd, 'node_modules/@portico/elements'));
        } catch (error) {
          shipped = error;
        }
        report('the installed @portico/elements ships the manifest, React and Vue types and editor data for every tag', shipped);
      }
    } catch (error) {
      report(`${example.name}: installs from its lockfile and the packed tarballs (no workspace links)`, error);
      continue;
    }
    const snippets = writeDocSnippets(example, cwd);
    let typechecked = null;
    try {
      sh('npm', ['run', 'typecheck', '--silent'], cwd);
    } catch (error) {
      typechecked = error;
    }
    report(
      `${example.name}: typechecks with ${snippets} \`${example.fence}\` snippet(s) from the README and docs, and a wrong property type, a made-up detail field and a wrong attribute value are type errors`,
      typechecked,
    );
    let built = null;
    try {
      sh('npm', ['run', 'build', '--silent'], cwd);
    } catch (error) {
      built = error;
    }
    report(`${example.name}: builds with vite build`, built);
    if (built) continue;
    await drive(example, cwd);
  }
} finally {
  await browser.close();
  rmSync(packs, { recursive: true, force: true });
}

console.log(`Frameworks: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

function install(cwd) {
  sh('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], cwd);
  sh('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...tarballs], cwd);
  for (const pkg of ['core', 'mock', 'elements']) {
    const dir = join(cwd, 'node_modules/@portico', pkg);
    if (!existsSync(join(dir, 'package.json'))) throw new Error(`@portico/${pkg} is not installed`);
    if (lstatSync(dir).isSymbolicLink()) throw new Error(`@portico/${pkg} is a link, not the packed package`);
  }
  // The mock's service worker, served from the app's root. Taken from the installed package when
  // it ships one, else from this repository.
  const shipped = ['public/mockServiceWorker.js', 'mockServiceWorker.js', 'dist/mockServiceWorker.js']
    .map((p) => join(cwd, 'node_modules/@portico/mock', p))
    .find((p) => existsSync(p));
  mkdirSync(join(cwd, 'public'), { recursive: true });
  copyFileSync(shipped ?? join(root, 'packages/mock/public/mockServiceWorker.js'), join(cwd, 'public/mockServiceWorker.js'));
}

/**
 * What the tarball of @portico/elements holds, as installed: a manifest whose definitions,
 * event types and module paths are right, the `./react` and `./vue` exports, VS Code custom
 * data and JetBrains web-types (through the `web-types` field) covering every tag.
 */
function checkShipped(dir) {
  const json = (file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const pkg = json('package.json');
  const manifest = json(pkg.customElements);
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
  const tags = definitions.map((d) => d.name).sort();
  if (tags.length < 50) throw new Error(`the manifest defines ${tags.length} tags`);
  for (const d of definitions) if (!existsSync(join(dir, d.declaration.module))) throw new Error(`<${d.name}>: ${d.declaration.module} is not in the package`);
  const events = manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => d.events ?? []));
  const untyped = events.filter((e) => !/^CustomEvent<.+>$/.test(e.type?.text ?? ''));
  if (untyped.length) throw new Error(`events without a CustomEvent type: ${untyped.map((e) => e.name).join(', ')}`);
  for (const entry of ['./react', './vue']) {
    const target = pkg.exports?.[entry];
    if (!target || !existsSync(join(dir, target.types)) || !existsSync(join(dir, target.default))) throw new Error(`export ${entry} is missing or points at no file`);
  }
  const same = (name, list) => {
    const got = [...new Set(list)].sort();
    if (JSON.stringify(got) !== JSON.stringify(tags)) throw new Error(`${name} covers ${got.length} of ${tags.length} tags`);
  };
  const react = readFileSync(join(dir, pkg.exports['./react'].types), 'utf8');
  const vue = readFileSync(join(dir, pkg.exports['./vue'].types), 'utf8');
  same('react.d.ts', [...react.matchAll(/^ {6}'(portico-[a-z-]+)': PorticoElementProps/gm)].map((m) => m[1]));
  same('vue.d.ts', [...vue.matchAll(/^ {4}'(portico-[a-z-]+)': PorticoVueElement/gm)].map((m) => m[1]));
  const webTypes = json(pkg['web-types']);
  same('web-types.json', webTypes.contributions.html.elements.map((e) => e.name));
  const html = json('dist/vscode.html-custom-data.json');
  same('vscode.html-custom-data.json', html.tags.map((t) => t.name));
  if (!html.tags.find((t) => t.name === 'portico-portal')?.attributes.some((a) => a.name === 'api-base-url')) throw new Error('VS Code data lacks <portico-portal api-base-url>');
  const css = json('dist/vscode.css-custom-data.json');
  for (const token of ['--portico-color-primary', '--portico-font-family', '--portico-radius-md']) {
    if (!css.properties.some((p) => p.name === token)) throw new Error(`VS Code CSS data lacks ${token}`);
  }
}

/**
 * Every ```tsx (React) or ```vue (Vue) block of the README, the packages' READMEs and
 * docs/embedding.md, written into the example's src/doc-snippets/ (git-ignored), so its
 * typecheck proves each documented snippet compiles against the packed packages.
 */
function writeDocSnippets(example, cwd) {
  const dir = join(cwd, 'src/doc-snippets');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const docs = ['README.md', 'docs/embedding.md', ...['core', 'mock', 'elements'].map((p) => `packages/${p}/README.md`)].filter((f) => existsSync(join(root, f)));
  let n = 0;
  for (const doc of docs) {
    const text = readFileSync(join(root, doc), 'utf8');
    for (const match of text.matchAll(new RegExp(`^( *)\`\`\`${example.fence}\n([\\s\\S]*?)^\\1\`\`\`$`, 'gm'))) {
      n += 1;
      const body = match[2].replace(new RegExp(`^${match[1]}`, 'gm'), '');
      const note = example.fence === 'vue' ? `<!-- From ${doc}. -->\n` : `// From ${doc}.\n`;
      writeFileSync(join(dir, example.snippet(n)), example.fence === 'vue' ? `${body}${note}` : `${note}${body}`);
    }
  }
  return n;
}

/** Serves the build with vite preview on a free port; resolves with its URL and a stop(). */
async function preview(cwd) {
  const server = spawn(process.execPath, [join(cwd, 'node_modules/vite/bin/vite.js'), 'preview', '--port', '0', '--host', 'localhost'], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise((resolvePromise, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`vite preview printed no URL:\n${out}`)), 30000);
    const onData = (chunk) => {
      out += String(chunk);
      const match = /(http:\/\/localhost:\d+)\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}:\n${out}`)));
  });
  return { url, stop: () => server.kill() };
}

async function drive(example, cwd) {
  let server;
  try {
    server = await preview(cwd);
  } catch (error) {
    report(`${example.name}: serves its build`, error);
    return;
  }
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  const status = page.getByRole('status').first();
  const current = page.locator('portico-portal nav a[aria-current="page"]');
  /** The colour a person sees on the current menu entry (the theme's primary colour). */
  const currentColor = () => current.evaluate((a) => getComputedStyle(a).color);
  const step = async (name, run) => {
    try {
      await run();
      if (problems.length) throw new Error(problems.splice(0).join('\n'));
      report(`${example.name}: ${name}`);
    } catch (error) {
      report(`${example.name}: ${name}`, error);
    }
  };
  try {
    await step('the portal renders with its menu and the dashboard', async () => {
      await page.goto(`${server.url}/`);
      await current.waitFor({ timeout: 20000 });
      await page.locator('portico-portal .main').getByRole('heading', { level: 2 }).first().waitFor({ timeout: 20000 });
    });
    await step('a typed event is received and shown on the page (portico-session-loaded: detail.clientId)', async () => {
      await status.filter({ hasText: /Session: client \S+\./ }).waitFor({ timeout: 15000 });
    });
    await step('the theme object is set as a property and the portal shows its primary colour', async () => {
      const set = await page.locator('portico-portal').evaluate((el) => ({
        property: JSON.stringify(el.theme),
        attribute: el.getAttribute('theme'),
      }));
      if (set.attribute !== null) throw new Error(`theme became an attribute: ${set.attribute}`);
      if (!set.property.includes('#1f6f78')) throw new Error(`portal.theme is ${set.property}`);
      await waitForColor(currentColor, 'rgb(31, 111, 120)');
    });
    await step('a typed event from a click is shown (portico-navigate: detail.view)', async () => {
      await page.locator('portico-portal nav').getByRole('link', { name: 'Billing', exact: true }).click();
      await status.filter({ hasText: 'View: billing.' }).waitFor({ timeout: 15000 });
      await page.locator('portico-portal .main').getByRole('heading', { level: 2, name: 'Billing' }).waitFor({ timeout: 15000 });
    });
    await step('the theme changes at run time without a remount', async () => {
      await page.locator('portico-portal').evaluate((el) => {
        el.dataset.mark = 'same-element';
      });
      await page.getByRole('button', { name: 'Switch to the sunset theme' }).click();
      await waitForColor(currentColor, 'rgb(163, 54, 31)');
      await status.filter({ hasText: 'Theme: sunset.' }).waitFor({ timeout: 5000 });
      const same = await page.locator('portico-portal').evaluate((el) => el.dataset.mark === 'same-element');
      if (!same) throw new Error('the portal element was replaced');
      await page.getByRole('button', { name: 'Switch to the harbor theme' }).click();
      await waitForColor(currentColor, 'rgb(31, 111, 120)');
    });
  } finally {
    await page.close();
    server.stop();
  }
}

/** Polls until the colour a person sees is `expected` (the theme is applied on the next render). */
async function waitForColor(read, expected, timeout = 10000) {
  const deadline = Date.now() + timeout;
  let seen;
  while (Date.now() < deadline) {
    seen = await read();
    if (seen === expected) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`expected colour ${expected}, saw ${seen}`);
}
