/**
 * The shipped harness base (`@portico/elements/testing`) with the Web Test Runner driver set, so
 * every harness in these tests presses real keys. Tests import from here (or from a view's
 * `*-harness.ts`), not from src/testing directly.
 */
import { setWaitTimeout, useDriver } from '../../src/testing/index.js';
import { webTestRunnerDriver } from '../../src/testing/web-test-runner.js';

useDriver(webTestRunnerDriver);
// A ceiling, not a delay: waits return as soon as what they wait for is shown. On one busy core
// (npm run test:load) a view can take several seconds to load; 20 s stays under the 60 s test
// timeout (web-test-runner.config.mjs) so a wait that fails names what it waited for.
setWaitTimeout(20_000);

export * from '../../src/testing/index.js';
export { webTestRunnerDriver };
