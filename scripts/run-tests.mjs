#!/usr/bin/env node
/**
 * Runs every suite and ends with one line CI reads: `N passed, N failed` (skips, if any, on the line before).
 *   1. Node tests (node's test runner): importing in Node, the mock's Node entry, the
 *      OpenAPI document, the custom-elements manifest, translation coverage.
 *   2. Browser tests in Chromium (Web Test Runner): core, mock, elements; then the accessibility
 *      conformance report's check (scripts/gen-acr.mjs --check: every criterion's backing tests
 *      passed and docs/accessibility.md is current).
 *   3. The build and its size budget (`npm run build`, `npm run size`).
 *   4. The packages as a registry gets them (scripts/test-packages.mjs: each tarball's
 *      contents, publint, arethetypeswrong) and as a host's bundler sees them
 *      (scripts/test-treeshake.mjs: one helper from @portico/elements pulls no view).
 *   5. The example site as `npm start` serves it, driven in Chromium: @playwright/test
 *      (playwright.config.ts, examples/tests/*.spec.ts), counted from its JSON report.
 *   6. On the build, each printing its own `Label: N passed, N failed` line: the framework
 *      examples (examples/react, examples/vue) installed from the packed tarballs
 *      (scripts/test-frameworks.mjs); `portico-mock serve` + `portico-conformance`, and the
 *      script-tag bundle on another origin under a strict CSP (scripts/test-conformance.mjs);
 *      every snippet of README.md and docs/ (scripts/test-snippets.mjs); the hostile-data probe
 *      (scripts/test-probe.mjs) and the chaos run (scripts/test-chaos.mjs).
 *   7. Storybook: `npm run build-storybook`, then every story as a test through
 *      @storybook/addon-vitest (vitest.config.ts: render, play function, the a11y addon's axe
 *      check, .storybook/vitest.setup.ts's render check), counted from its JSON report.
 * Stops at once, with one line, when there is no Chromium (scripts/check-chromium.mjs).
 * Set PORTICO_BROWSER_LOAD=1 to run stage 2 on one core beside a CPU hog (what `npm run test:load -- --whole` does).
 * Set PORTICO_SKIP=build,packages,example,frameworks,conformance,snippets,probe,chaos,stories
 * to skip stages while iterating locally.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

// No browser, no point: one line saying what to install instead of dozens of failures.
if (spawnSync(process.execPath, ['scripts/check-chromium.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(1);

rmSync('.test-results', { recursive: true, force: true });
const skip = new Set((process.env.PORTICO_SKIP ?? '').split(',').filter(Boolean));
const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;

function run(label, command, args) {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(result.stdout ?? '');
  if (result.status !== 0) exitCode = 1;
  return { ok: result.status === 0, out: result.stdout ?? '' };
}

/** Adds a stage's own `Label: N passed, N failed` line; a stage that printed none failed. */
function count(out, pattern) {
  const match = pattern.exec(out);
  if (!match) {
    totals.failed += 1;
    exitCode = 1;
    return;
  }
  totals.passed += Number(match[1]);
  totals.failed += Number(match[2]);
}

// 1. Node.
const node = run('Node tests', process.execPath, ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', ...nodeTestFiles()]);
count(node.out, /^ℹ pass (\d+)[\s\S]*?^ℹ fail (\d+)/m);
totals.skipped += Number(/^ℹ skipped (\d+)/m.exec(node.out)?.[1] ?? 0);

// 2. Browser. PORTICO_BROWSER_LOAD=1 runs it pinned to one core beside a CPU hog (scripts/test-load.mjs).
if (process.env.PORTICO_BROWSER_LOAD === '1') run('Browser tests (Chromium, one core beside a CPU hog)', process.execPath, ['scripts/test-load.mjs']);
else run('Browser tests (Chromium)', 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs']);
if (existsSync('.test-results/browser.json')) {
  const browser = JSON.parse(readFileSync('.test-results/browser.json', 'utf8'));
  totals.passed += browser.passed;
  totals.failed += browser.failed;
  totals.skipped += browser.skipped;
} else {
  totals.failed += 1;
  exitCode = 1;
}

// 2b. The accessibility conformance report: each criterion's backing browser tests passed, and docs/accessibility.md is current.
count(run('Accessibility conformance report', process.execPath, ['scripts/gen-acr.mjs', '--check']).out, /^ACR: (\d+) passed, (\d+) failed/m);

// 3–6. Build, size budget, packages, example site and the stages on the build.
if (skip.has('build')) {
  totals.skipped += 2;
} else {
  const build = run('Build', 'npm', ['run', 'build', '--silent']);
  const size = build.ok ? run('Size budget', process.execPath, ['scripts/size.mjs']) : { ok: false };
  totals[build.ok ? 'passed' : 'failed'] += 1;
  totals[size.ok ? 'passed' : 'failed'] += 1;
  if (build.ok && !skip.has('packages')) {
    count(run('Packages (npm pack, publint, attw)', process.execPath, ['scripts/test-packages.mjs']).out, /^Packages: (\d+) passed, (\d+) failed/m);
    count(run('Tree-shaking (Vite)', process.execPath, ['scripts/test-treeshake.mjs']).out, /^Tree-shaking: (\d+) passed, (\d+) failed/m);
  }
  // The script-tag bundle imported in Node (a server-side build): needs the bundle, so after the build.
  if (build.ok) count(run('Script-tag bundle in Node', process.execPath, ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', 'packages/elements/test/node/cdn-ssr.test.ts']).out, /^ℹ pass (\d+)[\s\S]*?^ℹ fail (\d+)/m);
  if (build.ok && !skip.has('example')) {
    run('Example site (Playwright)', 'npx', ['playwright', 'test']);
    console.log(playwrightCount('Example', '.test-results/example.json'));
  }
  // 6. Stages on the build, each printing its own count line.
  const onBuild = [
    ['frameworks', 'Framework examples', 'scripts/test-frameworks.mjs', /^Frameworks: (\d+) passed, (\d+) failed/m],
    ['conformance', 'Mock server and conformance', 'scripts/test-conformance.mjs', /^Conformance: (\d+) passed, (\d+) failed/m],
    ['snippets', 'Snippets in README.md and docs/', 'scripts/test-snippets.mjs', /^Snippets: (\d+) passed, (\d+) failed/m],
    ['probe', 'Probe: hostile data', 'scripts/test-probe.mjs', /^Probe: (\d+) passed, (\d+) failed/m],
    ['chaos', 'Chaos: faults, retries, drafts', 'scripts/test-chaos.mjs', /^Chaos: (\d+) passed, (\d+) failed/m],
  ];
  for (const [key, label, script, pattern] of onBuild) {
    if (skip.has(key)) totals.skipped += 1;
    else if (build.ok) count(run(label, process.execPath, [script]).out, pattern);
  }
}

// 7. Storybook: the static build still builds, and every story runs as a test (Vitest addon).
if (existsSync('.storybook') && existsSync('vitest.config.ts') && !skip.has('stories')) {
  const built = run('Storybook build', 'npm', ['run', 'build-storybook', '--silent']);
  if (!built.ok) totals.failed += 1;
  run('Stories (Storybook Vitest addon)', 'npx', ['vitest', 'run', '--project', 'storybook']);
  console.log(vitestCount('Stories', '.test-results/stories.json'));
}

if (totals.failed > 0) exitCode = 1;
if (totals.skipped > 0) console.log(`\n${totals.skipped} skipped`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(exitCode);

/**
 * Adds a Playwright run's JSON report (stats: expected, unexpected, flaky, skipped) to the totals
 * and returns its `Label: N passed, N failed` line; no report, or errors outside the tests (the
 * web server did not start), count as one failure.
 */
function playwrightCount(label, file) {
  const report = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  const stats = report?.stats ?? { expected: 0, unexpected: 0, flaky: 0, skipped: 0 };
  const passed = stats.expected + stats.flaky;
  const failed = stats.unexpected + (report ? (report.errors?.length ?? 0) : 1);
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += stats.skipped;
  if (failed > 0) exitCode = 1;
  return `${label}: ${passed} passed, ${failed} failed`;
}

/**
 * The same from a Vitest JSON report (numPassedTests, numFailedTests, numPendingTests,
 * numTodoTests); no report, or a test file that failed outside its tests (it did not load),
 * counts as a failure.
 */
function vitestCount(label, file) {
  const report = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  const brokenFiles = (report?.testResults ?? []).filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  const passed = report?.numPassedTests ?? 0;
  const failed = (report?.numFailedTests ?? 0) + brokenFiles + (report ? 0 : 1);
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0);
  if (failed > 0) exitCode = 1;
  return `${label}: ${passed} passed, ${failed} failed`;
}

function nodeTestFiles() {
  const out = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'packages/*/test/node/*.test.ts', 'scripts/test/*.test.ts'], { encoding: 'utf8' });
  return out.stdout.split('\n').filter(Boolean);
}
