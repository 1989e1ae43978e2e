/**
 * The shipped harness base (`@portico/elements/testing`) with the Web Test Runner driver set, so
 * every harness in these tests presses real keys. Tests import from here (or from a view's
 * `*-harness.ts`), not from src/testing directly.
 */
import { useDriver } from '../../src/testing/index.js';
import { webTestRunnerDriver } from '../../src/testing/web-test-runner.js';

useDriver(webTestRunnerDriver);

export * from '../../src/testing/index.js';
export { webTestRunnerDriver };
