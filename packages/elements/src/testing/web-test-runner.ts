/**
 * The driver for Web Test Runner: key presses and clicks go through the browser's automation
 * protocol (`@web/test-runner-commands`), so the page receives trusted events, focus moves and
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
import { deepElementFromPoint } from './queries.js';

/** Whether `target` is `element` or inside it, following slots and shadow hosts. */
function within(target: Element | null, element: Element): boolean {
  for (let node: Element | null = target; node; ) {
    if (node === element) return true;
    node = node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return false;
}

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
    element.scrollIntoView({ block: 'center', inline: 'center' });
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) throw new Error(`Cannot click ${describe(element)}: it has no size on screen`);
    const x = Math.round(box.left + box.width / 2);
    const y = Math.round(box.top + box.height / 2);
    const hit = deepElementFromPoint(x, y);
    if (!within(hit, element)) throw new Error(`Cannot click ${describe(element)}: ${hit ? describe(hit) : 'nothing'} is on top of it`);
    await sendMouse({ type: 'click', position: [x, y] });
  },
};

function describe(element: Element): string {
  const text = element.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${element.localName}>${text ? ` "${text}"` : ''}`;
}
