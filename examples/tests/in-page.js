/**
 * What the example checks add to the page (bundled by fixtures.ts, handed to the page as
 * `window.PorticoTesting`): the shipped harnesses of `@portico/elements/testing`, the same code
 * the unit tests and the stories use, with their key presses and clicks going through
 * Playwright's own keyboard and mouse (`playwrightDriver`).
 */
import { PortalHarness, setWaitTimeout, useDriver, waitFor } from '@portico/elements/testing';
import { playwrightDriver } from '@portico/elements/testing/playwright';

export * from '@portico/elements/testing';

useDriver(playwrightDriver());
// The checks' own ceiling (playwright.config.ts, expect.timeout): a ceiling, never a delay.
setWaitTimeout(15_000);

/** The portal on the page. */
export function portal() {
  const element = document.querySelector('portico-portal');
  if (!element) throw new Error('No <portico-portal> on the page');
  return new PortalHarness(element);
}

/** The view `tag` in the portal's main region once it has loaded, in its harness. */
export async function view(Harness, tag) {
  return new Harness(await portal().settled(tag));
}

/** The element `tag` on the page (one outside the portal: guest links, registration), in `Harness`. */
export async function element(Harness, tag) {
  const found = await waitFor(() => document.querySelector(tag)?.shadowRoot?.childElementCount && document.querySelector(tag), { message: `<${tag}>` });
  return new Harness(found);
}
