/**
 * The shipped harness base (`@portico/elements/testing`) with the Web Test Runner driver set, so
 * every harness in these tests presses real keys. Tests import from here (or from a view's
 * `*-harness.ts`), not from src/testing directly.
 */
import { setWaitTimeout, useDriver } from '../../src/testing/index.js';
import { webTestRunnerDriver } from '../../src/testing/web-test-runner.js';

useDriver(webTestRunnerDriver);
// A ceiling, not a delay: waits return as soon as what they wait for is shown. On one busy core
// (npm run test:load) a view can take several seconds to load, and on a machine far busier than
// that (load average 27 on two cores) a whole portal took over 20 s; 30 s stays under the 60 s
// test timeout (web-test-runner.config.mjs) so a wait that fails names what it waited for.
setWaitTimeout(30_000);

export * from '../../src/testing/index.js';
export { webTestRunnerDriver };

// A failed assertion about an element (`expect(el).to.equal(null)`) keeps the element as the
// error's `actual`; Web Test Runner copies each test's error to Node with structuredClone, which
// cannot copy a DOM node, so the page never reported and the run stalled until its 20-minute
// ceiling. Before the results are sent, such a value becomes its tag; chai's message (which
// already names the element, truncated) is kept as it is.
afterEach(function () {
  const err = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  for (const key of ['actual', 'expected'] as const) {
    const value = err?.[key];
    if (err && value instanceof Node) err[key] = value instanceof Element ? `<${value.localName}>` : value.nodeName;
  }
});
