#!/usr/bin/env node
/**
 * First step of `npm test`: the browser suites, the example site and the stories all drive
 * Chromium at `CHROME_PATH` (default `/usr/bin/chromium`, as web-test-runner.config.mjs and the
 * scripts use). Without it, stop at once with one line that says what to do, instead of
 * dozens of failures later. Exit 0 when the browser is there and executable, 1 otherwise.
 */
import { accessSync, constants, statSync } from 'node:fs';

const path = process.env.CHROME_PATH || '/usr/bin/chromium';

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

if (!executable(path)) {
  console.error(
    `Chromium not found at ${path}: install it (apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium executable.`,
  );
  process.exit(1);
}
