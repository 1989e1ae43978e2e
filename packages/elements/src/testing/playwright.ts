/**
 * The driver for Playwright: the harness runs in the page, and its key presses and clicks are
 * Playwright's own input (`page.keyboard`, `page.mouse`, clicks and strokes alike, trusted events through the browser),
 * reached through a function Playwright exposes to the page. Two halves:
 *
 * - in Node, `connectPlaywright(page)` before the page loads exposes that function;
 * - in the page, `useDriver(playwrightDriver())` makes every harness use it (the harness code
 *   itself is bundled into the page, for instance with `page.addInitScript`; docs/testing.md).
 *
 * Neither half imports Playwright: the page is typed by the few members used.
 */
import type { Driver } from './driver.js';
import { aim, clickWithGuard, dragPoints } from './point.js';

/** The name of the function `connectPlaywright` exposes to the page. */
export const PLAYWRIGHT_BRIDGE = 'porticoPlaywrightInput';

/** One input step the page asks Playwright for. */
export type PlaywrightInput =
  | { type: 'type'; text: string }
  | { type: 'press'; key: string }
  | { type: 'click'; x: number; y: number }
  | { type: 'drag'; points: [number, number][] };

/** The members of Playwright's `Page` that `connectPlaywright` uses. */
export interface PlaywrightPageLike {
  exposeFunction(name: string, callback: (input: PlaywrightInput) => Promise<void>): Promise<unknown>;
  keyboard: { type(text: string): Promise<void>; press(key: string): Promise<void> };
  mouse: { click(x: number, y: number): Promise<void>; move(x: number, y: number): Promise<void>; down(): Promise<void>; up(): Promise<void> };
}

/**
 * In Node: lets the page's harnesses press keys and click through `page` (call it once per page,
 * before `page.goto`; it lasts across navigations).
 */
export async function connectPlaywright(page: PlaywrightPageLike, name = PLAYWRIGHT_BRIDGE): Promise<void> {
  await page.exposeFunction(name, async (input: PlaywrightInput) => {
    if (input.type === 'type') await page.keyboard.type(input.text);
    else if (input.type === 'press') await page.keyboard.press(input.key);
    else if (input.type === 'click') await page.mouse.click(input.x, input.y);
    else {
      const [[x, y] = [0, 0], ...rest] = input.points;
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (const [px, py] of rest) await page.mouse.move(px, py);
      await page.mouse.up();
    }
  });
}

/**
 * In the page: a driver whose input is Playwright's (`connectPlaywright` must have run for this
 * page). Chords use `+` (`Shift+Tab`) and key names as Playwright spells them, as `Driver` does.
 */
export function playwrightDriver(name = PLAYWRIGHT_BRIDGE): Driver {
  const send = (input: PlaywrightInput): Promise<void> => {
    const bridge = (globalThis as unknown as Record<string, unknown>)[name];
    if (typeof bridge !== 'function') throw new Error(`No Playwright input in this page: call connectPlaywright(page) before page.goto()`);
    return (bridge as (input: PlaywrightInput) => Promise<void>)(input);
  };
  return {
    type: (text) => send({ type: 'type', text }),
    press: (key) => send({ type: 'press', key }),
    click: (element) => clickWithGuard(element, ([x, y]) => send({ type: 'click', x, y })),
    drag: async (element, points) => {
      await aim(element);
      await send({ type: 'drag', points: dragPoints(element, points) });
    },
  };
}
