/**
 * Web Test Runner pieces for the accessibility conformance report (issue #12.4).
 *
 * `mediaFeaturesPlugin()` adds the server command `emulate-media-features`: the stock
 * `emulateMedia` command drops `forcedColors` for Puppeteer-driven Chromium (our launcher), so
 * forced colours (Windows High Contrast) could not be tested. Payload: `{ features: [{ name,
 * value }] }`, e.g. `[{ name: 'forced-colors', value: 'active' }]`; an empty list resets.
 *
 * `resultsReporter()` writes every test's outcome to `.test-results/browser-tests.json`
 * (`[{ file, name, status }]`, `name` being the suites and the test joined by ` > `), which
 * `scripts/gen-acr.mjs --check` reads to fail a criterion whose backing test failed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

export function mediaFeaturesPlugin() {
  return {
    name: 'portico-emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const features = Array.isArray(payload?.features) ? payload.features : [];
      const page = session.browser.getPage(session.id);
      if (session.browser.type === 'puppeteer') {
        await page.emulateMediaFeatures(features);
        return true;
      }
      if (session.browser.type === 'playwright') {
        const forced = features.find((f) => f.name === 'forced-colors');
        const motion = features.find((f) => f.name === 'prefers-reduced-motion');
        await page.emulateMedia({ forcedColors: forced?.value ?? null, reducedMotion: motion?.value ?? null });
        return true;
      }
      throw new Error(`emulate-media-features is not supported for ${session.browser.type}`);
    },
  };
}

function collect(suite, trail, file, out) {
  if (!suite) return;
  const path = suite.name ? [...trail, suite.name] : trail;
  for (const test of suite.tests ?? []) {
    out.push({ file, name: [...path, test.name].join(' > '), status: test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed' });
  }
  for (const child of suite.suites ?? []) collect(child, path, file, out);
}

export function resultsReporter({ path = '.test-results/browser-tests.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const out = [];
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        collect(session.testResults, [], file, out);
        // A file that failed to load: one failed entry, so every test it backs counts as failed.
        if (!session.passed && (session.errors?.length ?? 0) > 0) out.push({ file, name: '(file failed to run)', status: 'failed' });
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(path, `${JSON.stringify(out, null, 1)}\n`);
    },
  };
}
