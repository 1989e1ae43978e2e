import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { DashboardLayout } from '@portico/core';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { announcement, DashboardHarness, focused, moveButton, order, renderDashboard, settled, sizeSelect, widget } from '../helpers/dashboard-harness.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';
import type { PorticoDashboard } from '../../src/views/dashboard/dashboard.js';

const USER = 'u-avery';
const DEFAULT = ['upcoming-appointments', 'recent-messages', 'balance-due', 'open-tasks', 'recent-files', 'recent-activity'];

let backend: Awaited<ReturnType<typeof mockBackend>>;

/** The order the backend holds for the user (undefined: the practice's default). */
function savedKinds(): string[] | undefined {
  return backend.db.data.layouts[USER]?.widgets.map((w) => w.kind);
}

/** Counts `portico-dashboard-layout-changed` events (each one is followed by a save). */
function countChanges(dash: HTMLElement): { count: number } {
  const counter = { count: 0 };
  dash.addEventListener('portico-dashboard-layout-changed', () => counter.count++);
  return counter;
}

type Point = readonly [x: number, y: number];

const centre = (el: Element): Point => {
  const r = el.getBoundingClientRect();
  return [r.x + r.width / 2, r.y + r.height / 2];
};

/** The innermost element under a viewport point, through shadow roots: what a pointer hits. */
function hit([x, y]: Point): Element {
  let el = document.elementFromPoint(x, y);
  if (!el) throw new Error(`Nothing at (${x}, ${y}), outside the ${innerWidth}×${innerHeight} viewport`);
  for (let inner = el.shadowRoot?.elementFromPoint(x, y); inner && inner !== el; inner = el.shadowRoot?.elementFromPoint(x, y)) el = inner;
  return el;
}

function composedParent(node: Node): Node | null {
  return node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
}

function commonAncestor(a: Element, b: Element): Element {
  const chain = new Set<Node>();
  for (let n: Node | null = a; n; n = composedParent(n)) chain.add(n);
  for (let n: Node | null = b; n; n = composedParent(n)) if (n instanceof Element && chain.has(n)) return n;
  return document.documentElement;
}

/**
 * Drags with the mouse the way Chromium reports it: pointer events on whatever is under the
 * pointer at each point, the pressed button focused, and on release a click on the nearest
 * common ancestor of where the press and the release landed. The page re-renders between
 * moves, as it would between frames.
 *
 * Real input (sendMouse) is not used: two test files run at once, and the page in the
 * background tab is hidden — it renders no frames, and Chromium holds mouse moves (which it
 * dispatches with animation frames) for seconds. Keyboard input is not held, so sendKeys is
 * fine. `afterMove` runs after each move (once the page re-rendered), `beforeRelease` with the
 * button still down after the last one.
 */
async function mouseDrag(
  dash: PorticoDashboard,
  points: readonly Point[],
  { afterMove, beforeRelease }: { afterMove?: (point: Point) => void; beforeRelease?: () => Promise<void> } = {},
): Promise<void> {
  const init = { bubbles: true, cancelable: true, composed: true, pointerId: 1, pointerType: 'mouse', isPrimary: true };
  const at = ([x, y]: Point) => ({ clientX: x, clientY: y });
  const start = points[0]!;
  const pressed = hit(start);
  pressed.dispatchEvent(new PointerEvent('pointerdown', { ...init, ...at(start), button: 0, buttons: 1 }));
  pressed.closest<HTMLElement>('button, select, [tabindex]')?.focus();
  for (const point of points.slice(1)) {
    hit(point).dispatchEvent(new PointerEvent('pointermove', { ...init, ...at(point), button: -1, buttons: 1 }));
    await dash.updateComplete;
    afterMove?.(point);
  }
  await beforeRelease?.();
  const end = points.at(-1)!;
  const released = hit(end);
  released.dispatchEvent(new PointerEvent('pointerup', { ...init, ...at(end), button: 0, buttons: 0 }));
  commonAncestor(pressed, released).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ...at(end), button: 0, detail: 1 }));
  await dash.updateComplete;
}

/** A fresh element over a fresh adapter (a new visit), once its layout is on screen. */
async function reload(user: 'client' | 'payer' = 'client') {
  const dash = await renderDashboard(await adapterFor(user));
  await settled(dash);
  return dash;
}

describe('<portico-dashboard> layout', () => {
  beforeEach(async () => {
    backend = await mockBackend();
    backend.reset();
    await setViewport({ width: 1200, height: 1400 });
  });

  it('reorders with the keyboard, announces each step, and keeps the order on the next visit', async () => {
    const dash = await reload();
    expect(order(dash)).to.deep.equal(DEFAULT);
    const handle = moveButton(dash, 'balance-due');
    expect(handle.getAttribute('aria-label')).to.equal('Move Balance due');
    handle.focus();
    await sendKeys({ press: 'Space' });
    await waitFor(() => announcement(dash).startsWith('Balance due picked up, position 3 of 6'), { message: 'the pick-up announcement' });
    expect(handle.getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'ArrowUp' });
    await waitFor(() => announcement(dash) === 'Balance due, moved to position 2 of 6', { message: 'the move announcement' });
    expect(order(dash).slice(0, 3)).to.deep.equal(['upcoming-appointments', 'balance-due', 'recent-messages']);
    expect(focused(dash)).to.equal(moveButton(dash, 'balance-due'));
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => announcement(dash) === 'Balance due, dropped at position 1 of 6', { message: 'the drop announcement' });
    expect(order(dash)[0]).to.equal('balance-due');
    await waitFor(() => savedKinds()?.[0] === 'balance-due', { message: 'the saved layout' });
    const saved = backend.db.data.layouts[USER]!;
    expect(saved.widgets.map((w) => w.kind)).to.deep.equal(['balance-due', 'upcoming-appointments', 'recent-messages', 'open-tasks', 'recent-files', 'recent-activity']);

    const again = await reload();
    expect(order(again)).to.deep.equal(saved.widgets.map((w) => w.kind));
    await expectNoAxeViolations(again);
  });

  it('puts a widget back where it was on Escape, and saves nothing', async () => {
    const dash = await reload();
    const changes = countChanges(dash);
    moveButton(dash, 'open-tasks').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Home' });
    await waitFor(() => order(dash)[0] === 'open-tasks');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => announcement(dash) === 'Move cancelled. Tasks and forms is back at position 4 of 6');
    expect(order(dash)).to.deep.equal(DEFAULT);
    expect(moveButton(dash, 'open-tasks').getAttribute('aria-pressed')).to.equal('false');
    expect(focused(dash)).to.equal(moveButton(dash, 'open-tasks'));
    // Picked up and dropped in place: nothing changed, nothing to save.
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => announcement(dash) === 'Tasks and forms, dropped at position 4 of 6');
    expect(changes.count).to.equal(0);
  });

  it('reorders by dragging the Move handle with the mouse', async () => {
    const dash = await reload();
    const changes = countChanges(dash);
    const from = centre(moveButton(dash, 'balance-due'));
    const target = widget(dash, 'upcoming-appointments').getBoundingClientRect();
    const onto: Point = [target.x + 40, target.y + target.height / 2];
    // Past the drag threshold, then across to the first widget and a little further.
    await mouseDrag(dash, [from, [from[0] + 10, from[1] - 10], [(from[0] + onto[0]) / 2, (from[1] + onto[1]) / 2], onto, [onto[0] + 4, onto[1] + 2]], {
      beforeRelease: async () => {
        expect(widget(dash, 'balance-due').hasAttribute('data-dragging')).to.equal(true);
        expect(order(dash)[0]).to.equal('balance-due');
      },
    });
    expect(order(dash)).to.deep.equal(['balance-due', 'upcoming-appointments', 'recent-messages', 'open-tasks', 'recent-files', 'recent-activity']);
    expect(widget(dash, 'balance-due').hasAttribute('data-dragging')).to.equal(false);
    expect(announcement(dash)).to.equal('Balance due, dropped at position 1 of 6');
    expect(changes.count).to.equal(1);
    // The click that ends the drag did not pick the widget up, and the handle keeps focus.
    expect(moveButton(dash, 'balance-due').getAttribute('aria-pressed')).to.equal('false');
    await waitFor(() => focused(dash) === moveButton(dash, 'balance-due'), { message: 'focus back on the handle' });
    await waitFor(() => savedKinds()?.[0] === 'balance-due', { message: 'the saved layout' });
    expect(backend.db.data.layouts[USER]!.widgets[0]).to.deep.equal({ kind: 'balance-due', size: 'small' });

    const again = await reload();
    expect(order(again)).to.deep.equal(order(dash));
  });

  it('does not swap widgets back and forth while the pointer rests on the one just passed', async () => {
    // One column: a widget dragged down past a taller one lets that one move up under the pointer.
    await setViewport({ width: 400, height: 2400 });
    const dash = await reload();
    const from = centre(moveButton(dash, 'balance-due'));
    const tasks = widget(dash, 'open-tasks').getBoundingClientRect();
    const onto: Point = [tasks.x + 40, tasks.y + 40];
    const moved = ['upcoming-appointments', 'recent-messages', 'open-tasks', 'balance-due', 'recent-files', 'recent-activity'];
    const jiggle: Point[] = [1, 2, 3, 4].map((d) => [onto[0] + d, onto[1] + (d % 2)]);
    await mouseDrag(dash, [from, [from[0], from[1] + 20], onto, ...jiggle], {
      afterMove: (point) => {
        if (point === onto) {
          const under = dash.shadowRoot!.elementFromPoint(...onto)?.closest('li');
          expect(under, 'the widget under the pointer').to.equal(widget(dash, 'open-tasks'));
        }
        if (point === onto || jiggle.includes(point)) expect(order(dash), `the order with the pointer at ${point.join(', ')}`).to.deep.equal(moved);
      },
    });
    expect(order(dash)).to.deep.equal(moved);
    await waitFor(() => savedKinds()?.[3] === 'balance-due', { message: 'the saved layout' });
  });

  it('does nothing for a drag released on its own handle', async () => {
    const dash = await reload();
    const changes = countChanges(dash);
    const handle = moveButton(dash, 'recent-files');
    const r = handle.getBoundingClientRect();
    const [x, y] = centre(handle);
    // Past the drag threshold but still on the handle: the release clicks the handle.
    await mouseDrag(dash, [[x - r.width / 4, y], [x + r.width / 4, y]]);
    expect(hit([x + r.width / 4, y]).closest('button')).to.equal(handle);
    expect(order(dash)).to.deep.equal(DEFAULT);
    expect(handle.getAttribute('aria-pressed')).to.equal('false');
    expect(changes.count).to.equal(0);
    // A plain click afterwards still picks it up.
    await new Promise((resolve) => setTimeout(resolve));
    await new DashboardHarness(dash).click(handle);
    await dash.updateComplete;
    expect(handle.getAttribute('aria-pressed')).to.equal('true');
  });

  it('puts a dragged widget back on Escape, and saves nothing', async () => {
    const dash = await reload();
    const changes = countChanges(dash);
    const from = centre(moveButton(dash, 'recent-files'));
    const onto = centre(widget(dash, 'recent-messages'));
    await mouseDrag(dash, [from, [from[0] - 20, from[1] - 20], onto], {
      beforeRelease: async () => {
        expect(order(dash).indexOf('recent-files')).to.equal(1);
        await sendKeys({ press: 'Escape' });
        await dash.updateComplete;
      },
    });
    expect(order(dash)).to.deep.equal(DEFAULT);
    expect(widget(dash, 'recent-files').hasAttribute('data-dragging')).to.equal(false);
    expect(announcement(dash)).to.equal('Move cancelled. Recent files is back at position 5 of 6');
    expect(changes.count).to.equal(0);
  });

  it('reorders by touch, where the handle keeps the pointer', async () => {
    const dash = await reload();
    const handle = moveButton(dash, 'recent-files');
    const [x, y] = centre(handle);
    const [tx, ty] = centre(widget(dash, 'recent-messages'));
    // A touch pointer is captured by the element it went down on: every event targets the handle.
    // The driver has no touch input, so the events are the ones Chromium dispatches for a finger.
    const init = { bubbles: true, cancelable: true, composed: true, pointerId: 7, pointerType: 'touch', isPrimary: true, button: 0 };
    handle.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x, clientY: y, buttons: 1 }));
    handle.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: x, clientY: y - 8, button: -1, buttons: 1 }));
    handle.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: tx, clientY: ty, button: -1, buttons: 1 }));
    await dash.updateComplete;
    handle.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: tx, clientY: ty, buttons: 0 }));
    await dash.updateComplete;
    expect(order(dash).indexOf('recent-files')).to.equal(1);
    await waitFor(() => savedKinds()?.[1] === 'recent-files', { message: 'the saved layout' });
  });

  it('resizes a widget with its labelled size control and keeps the size', async () => {
    const dash = await reload();
    const h = new DashboardHarness(dash);
    const select = await h.findByLabel<HTMLSelectElement>('Size of Balance due');
    expect(select).to.equal(sizeSelect(dash, 'balance-due'));
    const before = widget(dash, 'balance-due').getBoundingClientRect().width;
    const changed = oneEvent(dash, 'portico-dashboard-layout-changed');
    await h.selectOption(select, 'large');
    const event = await changed;
    expect(event.detail.widgets.find((w: { kind: string }) => w.kind === 'balance-due')).to.deep.equal({ kind: 'balance-due', size: 'large' });
    await dash.updateComplete;
    expect(widget(dash, 'balance-due').dataset['size']).to.equal('large');
    expect(widget(dash, 'balance-due').getBoundingClientRect().width).to.be.greaterThan(before * 2);
    await waitFor(() => backend.db.data.layouts[USER]?.widgets.find((w) => w.kind === 'balance-due')?.size === 'large', { message: 'the saved size' });
    const again = await reload();
    expect(widget(again, 'balance-due').dataset['size']).to.equal('large');
    expect(sizeSelect(again, 'balance-due').value).to.equal('large');
  });

  it('shows Small, Medium and Large at three different widths where a laptop portal puts the dashboard (#10)', async () => {
    const dash = await reload();
    // 1280 px screen, the example page's 1200 px column, the portal's menu beside the view.
    dash.style.width = '816px';
    const h = new DashboardHarness(dash);
    for (const [kind, size] of [['balance-due', 'small'], ['recent-messages', 'medium'], ['recent-files', 'large']] as const) await h.resize(kind, size);
    await dash.updateComplete;
    await waitFor(() => widget(dash, 'recent-files').dataset['size'] === 'large', { message: 'the sizes applied' });
    const width = (kind: 'balance-due' | 'recent-messages' | 'recent-files') => widget(dash, kind).getBoundingClientRect().width;
    expect(width('recent-messages'), 'medium vs small').to.be.greaterThan(width('balance-due') * 1.5);
    expect(width('recent-files'), 'large vs medium').to.be.greaterThan(width('recent-messages') * 1.2);
  });

  it('resets the layout after confirmation, and focus returns to the button', async () => {
    backend.db.data.layouts[USER] = { widgets: [...DEFAULT].reverse().map((kind) => ({ kind, size: 'medium' })) } as DashboardLayout;
    const dash = await reload();
    expect(order(dash)).to.deep.equal([...DEFAULT].reverse());
    const h = new DashboardHarness(dash);
    const reset = dash.shadowRoot!.querySelector('portico-dashboard-reset')!;
    await reset.updateComplete;
    const button = await h.findByRole<HTMLButtonElement>('button', { name: 'Reset layout' });
    const dialog = reset.shadowRoot!.querySelector('dialog')!;
    await h.click(button);
    expect(dialog.open).to.equal(true);
    expect(visibleText(dialog)).to.contain('Reset the dashboard layout?');
    await expectNoAxeViolations(dash);
    await h.click(await h.findByRole('button', { name: 'Cancel', within: dialog }));
    expect(dialog.open).to.equal(false);
    expect(reset.shadowRoot!.activeElement).to.equal(button);
    expect(backend.db.data.layouts[USER]).to.exist;

    // Escape closes it too, and focus comes back.
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(dialog.open).to.equal(true);
    expect(dialog.contains(reset.shadowRoot!.activeElement)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog.open, { message: 'Escape to close the dialog' });
    await waitFor(() => reset.shadowRoot!.activeElement === button, { message: 'focus back on the button' });
    expect(backend.db.data.layouts[USER]).to.exist;

    await h.click(button);
    await h.click(await h.findByRole('button', { name: 'Reset', within: dialog }));
    await waitFor(() => !dialog.open, { message: 'the dialog to close' });
    expect(order(dash)).to.deep.equal(DEFAULT);
    expect(backend.db.data.layouts[USER]).to.equal(undefined);
    expect(reset.shadowRoot!.activeElement).to.equal(button);
    expect(announcement(dash)).to.contain('back to the practice’s default');
  });

  it('shows a failed reset in the dialog and keeps the layout', async () => {
    backend.db.data.layouts[USER] = { widgets: [...DEFAULT].reverse().map((kind) => ({ kind, size: 'medium' })) } as DashboardLayout;
    const dash = await reload();
    backend.faults.errorRate('dashboard.resetLayout', 1);
    const h = new DashboardHarness(dash);
    const reset = dash.shadowRoot!.querySelector('portico-dashboard-reset')!;
    await h.click('Reset layout');
    const dialog = reset.shadowRoot!.querySelector('dialog')!;
    await h.click(await h.findByRole('button', { name: 'Reset', within: dialog }));
    await waitFor(() => dialog.querySelector('[role="alert"]'), { message: 'the error' });
    expect(dialog.open).to.equal(true);
    expect(order(dash)).to.deep.equal([...DEFAULT].reverse());
    backend.faults.reset();
    await h.click(await h.findByRole('button', { name: 'Reset', within: dialog }));
    await waitFor(() => !dialog.open, { message: 'the dialog to close' });
    expect(order(dash)).to.deep.equal(DEFAULT);
  });

  it('skips saved widgets the session may not see and appends ones the layout lacks', async () => {
    backend.db.data.layouts['u-pat'] = { widgets: [{ kind: 'recent-messages', size: 'large' }, { kind: 'balance-due', size: 'small' }, { kind: 'upcoming-appointments', size: 'large' }] };
    const payer = await reload('payer');
    expect(order(payer)).to.deep.equal(['balance-due', 'upcoming-appointments']);
    expect(payer.shadowRoot!.querySelector('portico-state-error')).to.equal(null);

    backend.db.data.layouts[USER] = { widgets: [{ kind: 'recent-files', size: 'small' }] };
    const client = await reload();
    expect(order(client)[0]).to.equal('recent-files');
    expect(order(client)).to.have.length(6);
  });

  it('says when the layout could not be saved and saves it on Try again', async () => {
    backend.faults.errorRate('dashboard.saveLayout', 1);
    const dash = await reload();
    const h = new DashboardHarness(dash);
    await h.resize('recent-files', 'small');
    const notice = await waitFor(() => dash.shadowRoot!.querySelector('.notice[role="alert"]'), { message: 'the save error' });
    expect(visibleText(notice)).to.contain('Your layout could not be saved.');
    expect(widget(dash, 'recent-files').dataset['size']).to.equal('small'); // nothing lost
    await expectNoAxeViolations(dash);
    backend.faults.reset();
    await h.click(await h.findByRole('button', { name: 'Try again', within: notice }));
    await waitFor(() => !dash.shadowRoot!.querySelector('.notice'), { message: 'the notice to go' });
    expect(backend.db.data.layouts[USER]!.widgets.find((w) => w.kind === 'recent-files')!.size).to.equal('small');
  });

  it('falls back to the usual layout when the saved one cannot be loaded, and Try again loads it', async () => {
    backend.db.data.layouts[USER] = { widgets: [...DEFAULT].reverse().map((kind) => ({ kind, size: 'medium' })) } as DashboardLayout;
    backend.faults.errorRate('dashboard.getLayout', 1);
    const dash = await renderDashboard(await adapterFor('client'));
    const h = new DashboardHarness(dash);
    const notice = await waitFor(() => dash.shadowRoot!.querySelector('.notice'), { message: 'the notice' });
    expect(visibleText(notice)).to.contain('usual layout');
    expect(order(dash)).to.deep.equal(DEFAULT);
    await settled(dash);
    await expectNoAxeViolations(dash);
    backend.faults.reset();
    await h.click(await h.findByRole('button', { name: 'Try again', within: notice }));
    await waitFor(() => !dash.shadowRoot!.querySelector('.notice'), { message: 'the notice to go' });
    await waitFor(() => order(dash)[0] === 'recent-activity', { message: 'the saved layout' });
    expect(order(dash)).to.deep.equal([...DEFAULT].reverse());
  });

  it('shows one column at 320px', async () => {
    await setViewport({ width: 320, height: 900 });
    const dash = await reload();
    const grid = dash.shadowRoot!.querySelector('ul.grid')!.getBoundingClientRect();
    for (const kind of order(dash)) {
      const w = widget(dash, kind as never).getBoundingClientRect();
      expect(Math.round(w.width), kind).to.equal(Math.round(grid.width));
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expectNoAxeViolations(dash);
  });
});
