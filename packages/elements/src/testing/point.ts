/**
 * Where a pointer clicks an element: its centre, after scrolling it into view, refusing when the
 * element has no size or something else is on top of it there (a person could not click it
 * either). Shared by the drivers that click at a position (Web Test Runner, Playwright).
 */
import { deepElementFromPoint } from './queries.js';
import { waitFor } from './wait.js';

/** Whether `target` is `element` or inside it, following slots and shadow hosts. */
function within(target: Element | null, element: Element): boolean {
  for (let node: Element | null = target; node; ) {
    if (node === element) return true;
    node = node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return false;
}

function describe(element: Element): string {
  const text = element.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${element.localName}>${text ? ` "${text}"` : ''}`;
}

/** The viewport point (CSS pixels) at the centre of `element`, once it is scrolled into view. */
export function clickPoint(element: Element): [number, number] {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) throw new Error(`Cannot click ${describe(element)}: it has no size on screen`);
  const x = Math.round(box.left + box.width / 2);
  const y = Math.round(box.top + box.height / 2);
  const hit = deepElementFromPoint(x, y);
  if (!within(hit, element)) throw new Error(`Cannot click ${describe(element)}: ${hit ? describe(hit) : 'nothing'} is on top of it`);
  return [x, y];
}

/**
 * The viewport points (CSS pixels) of `points`, given from `element`'s top-left corner, once the
 * element is scrolled into view; refuses as `clickPoint` does when the element has no size or
 * something else covers the first point (where the stroke starts).
 */
export function dragPoints(element: Element, points: { x: number; y: number }[]): [number, number][] {
  if (points.length === 0) throw new Error('A drag needs at least one point');
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) throw new Error(`Cannot drag on ${describe(element)}: it has no size on screen`);
  const at = points.map(({ x, y }): [number, number] => [Math.round(box.left + x), Math.round(box.top + y)]);
  const [x, y] = at[0]!;
  const hit = deepElementFromPoint(x, y);
  if (!within(hit, element)) throw new Error(`Cannot drag on ${describe(element)}: ${hit ? describe(hit) : 'nothing'} is on top of it`);
  return at;
}

/**
 * `clickPoint`, once `element` stands still: scrolled into view, its box the same on two
 * animation frames in a row. A picture loading, a dialog opening or a list growing above it
 * moves a control between aiming and clicking, and on a busy machine that gap is long; a person
 * waits for the page to settle before clicking, and so do the drivers. What covers the element
 * is not waited on: that refusal comes at once, as `clickPoint`'s.
 */
export async function aim(element: Element): Promise<[number, number]> {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  let last: DOMRect | undefined;
  await waitFor(
    () => {
      const box = element.getBoundingClientRect();
      const still = last !== undefined && box.x === last.x && box.y === last.y && box.width === last.width && box.height === last.height;
      last = box;
      return still;
    },
    { message: `${describe(element)} to stand still` },
  );
  return clickPoint(element);
}

/** The input events of a click, in the order a pointer sends them. */
const CLICK_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

/**
 * While a click is on its way: stops the click's events from reaching anything but `element`
 * (Playwright's hit-target check). Aiming waits for the page to stand still, but a part that
 * loads late (a field's own chunk, a picture) can still move the target away before the
 * browser delivers the click; the events then meet another control (focus moved into the
 * field above "Sign out", seen on a busy machine). Stopped at the window before any listener
 * runs, with their default actions prevented, they change nothing, and `missed` tells the driver
 * to aim again.
 */
export function guardClick(element: Element): { readonly missed: boolean; stop(): void } {
  let missed = false;
  const check = (event: Event): void => {
    // Where the press lands decides; the rest of that click follows it (a label's click that
    // the browser forwards to its control is part of a click that hit).
    if ((event.type === 'pointerdown' || event.type === 'mousedown') && !event.composedPath().includes(element)) missed = true;
    if (!missed) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  for (const type of CLICK_EVENTS) window.addEventListener(type, check, { capture: true });
  return {
    get missed() {
      return missed;
    },
    stop() {
      for (const type of CLICK_EVENTS) window.removeEventListener(type, check, { capture: true });
    },
  };
}

/**
 * Clicks `element` with `send` (a driver's own pointer click at a viewport point): aims, guards
 * the click's events, and aims again when the page moved the target away under the pointer
 * (three tries, then a clear error).
 */
export async function clickWithGuard(element: Element, send: (point: [number, number]) => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const point = await aim(element);
    const guard = guardClick(element);
    try {
      await send(point);
    } finally {
      guard.stop();
    }
    if (!guard.missed) return;
    if (attempt === 3) throw new Error(`Cannot click ${describe(element)}: it moved away from under the pointer three times`);
  }
}
