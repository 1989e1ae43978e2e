/**
 * The driver for Web Test Runner: key presses and clicks go through the browser's automation
 * protocol (`@web/test-runner-commands`), strokes as real mouse moves, so the page receives trusted events, focus moves and
 * default actions happen as they do for a person.
 *
 * ```ts
 * import { useDriver } from '@portico/elements/testing';
 * import { webTestRunnerDriver } from '@portico/elements/testing/web-test-runner';
 * useDriver(webTestRunnerDriver);
 * ```
 */
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Driver } from './driver.js';
import { aim, clickWithGuard, dragPoints } from './point.js';

export const webTestRunnerDriver: Driver = {
  async type(text) {
    await sendKeys({ type: text });
  },
  async press(chord) {
    const keys = chord.split('+');
    const main = keys.pop()!;
    for (const key of keys) await sendKeys({ down: key });
    await sendKeys({ press: main });
    for (const key of [...keys].reverse()) await sendKeys({ up: key });
  },
  async click(element) {
    await clickWithGuard(element, (position) => sendMouse({ type: 'click', position }));
  },
  async drag(element, points) {
    await aim(element);
    const [first, ...rest] = dragPoints(element, points);
    await sendMouse({ type: 'move', position: first! });
    await sendMouse({ type: 'down' });
    for (const position of rest) await sendMouse({ type: 'move', position });
    await sendMouse({ type: 'up' });
  },
};
