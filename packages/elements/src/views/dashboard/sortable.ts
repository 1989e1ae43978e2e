/**
 * Reordering a list by keyboard and by pointer, the accessible sortable-list pattern: a "Move"
 * handle per item; Space or Enter (or a click) picks the item up, arrow keys (Home, End) move
 * it, Space or Enter drops it, Escape puts it back; each step is announced in a polite live
 * region. With a pointer (mouse, pen or touch), dragging the handle over another item moves it
 * there; Escape during the drag puts it back. A pick-up or drag that ends where it started
 * changes nothing and saves nothing.
 */
import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface SortableOptions<S> {
  /** Ids of the items in their current order. */
  items: () => readonly string[];
  label: (id: string) => string;
  /** Moves item `id` to `index` (the host re-renders). */
  move: (id: string, index: number) => void;
  /** The order before a pick-up, and how to go back to it on Escape. */
  snapshot: () => S;
  restore: (snapshot: S) => void;
  /** The order changed for good (dropped somewhere new). */
  commit: () => void;
  /** The item's Move handle, to keep focus on it while the list re-renders. */
  handle: (id: string) => HTMLElement | null | undefined;
  /** The item under a viewport point, for pointer dragging. */
  itemAt: (x: number, y: number) => string | undefined;
}

interface Drag<S> {
  id: string;
  pointerId: number;
  /** Where the press was, and the latest pointer position. */
  x: number;
  y: number;
  lastX: number;
  lastY: number;
  started: boolean;
  origin: S;
  /** Item order when the press began, to tell whether the drop changed anything. */
  order: string;
  /** The item the dragged one was last moved onto, until the pointer leaves it. */
  over: string | undefined;
  /** The handle had focus when the drag began (mouse and touch presses focus it). */
  focused: boolean;
}

/** Pixels a pointer must travel before a press on the handle becomes a drag. */
const DRAG_THRESHOLD = 5;

export class SortableController<S> implements ReactiveController {
  /** The item picked up with the keyboard, if any. */
  grabbed: string | undefined;
  /** The item being dragged with a pointer, if any. */
  dragging: string | undefined;
  /** The latest live-region announcement. */
  announcement = '';

  private origin: S | undefined;
  private originOrder = '';
  private moving = false;
  private drag: Drag<S> | undefined;
  private suppressClick = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SortableOptions<S>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.endDrag();
    this.grabbed = undefined;
  }

  private order(): string {
    return this.options.items().join('\n');
  }

  private position(id: string): { index: number; count: number } {
    const items = this.options.items();
    return { index: items.indexOf(id), count: items.length };
  }

  private announce(text: string): void {
    // A repeated identical text would not be re-read; a trailing no-break space makes it new.
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }

  /** Click on a handle: Space/Enter, a pointer click, or a screen reader's activation. */
  onClick(id: string): void {
    if (this.suppressClick) {
      this.suppressClick = false;
      return;
    }
    if (this.grabbed === id) {
      this.drop();
    } else {
      if (this.grabbed) this.drop();
      this.pickUp(id);
    }
  }

  onKeyDown(id: string, event: KeyboardEvent): void {
    if (this.grabbed !== id) return;
    const { index, count } = this.position(id);
    let to: number | undefined;
    switch (event.key) {
      case 'ArrowUp':
      case 'ArrowLeft':
        to = index - 1;
        break;
      case 'ArrowDown':
      case 'ArrowRight':
        to = index + 1;
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = count - 1;
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.cancel();
        return;
      default:
        return;
    }
    event.preventDefault();
    if (to < 0 || to >= count || to === index) {
      this.announce(msg(str`${this.options.label(id)}, position ${index + 1} of ${count}`));
      return;
    }
    void this.moveKeepingFocus(id, to);
  }

  /** Focus left the handle (Tab, a click elsewhere): keep the item where it is now. */
  onFocusOut(id: string): void {
    if (this.grabbed === id && !this.moving) this.drop();
  }

  onPointerDown(id: string, event: PointerEvent): void {
    if (event.button !== 0 || !event.isPrimary) return;
    // A drag whose release never came (released over another frame, say) ends where it is.
    if (this.drag) this.finishDrag(this.drag);
    const { clientX: x, clientY: y } = event;
    this.drag = { id, pointerId: event.pointerId, x, y, lastX: x, lastY: y, started: false, origin: this.options.snapshot(), order: this.order(), over: undefined, focused: false };
    window.addEventListener('pointermove', this.onPointerMove);
    window.addEventListener('pointerup', this.onPointerUp);
    window.addEventListener('pointercancel', this.onPointerCancel);
    window.addEventListener('keydown', this.onDragKey, true);
    // Scrolling (wheel, keys) while dragging brings other items under a pointer that stays still.
    window.addEventListener('scroll', this.onDragScroll, { capture: true, passive: true });
  }

  private readonly onPointerMove = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    drag.lastX = event.clientX;
    drag.lastY = event.clientY;
    if (!drag.started) {
      if (Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < DRAG_THRESHOLD) return;
      drag.started = true;
      if (this.grabbed) this.drop();
      const handle = this.options.handle(drag.id);
      drag.focused = !!handle && (handle.getRootNode() as Document | ShadowRoot).activeElement === handle;
      this.dragging = drag.id;
      this.host.requestUpdate();
    }
    event.preventDefault();
    this.dragOver(drag);
  };

  private readonly onDragScroll = (): void => {
    if (this.drag?.started) this.dragOver(this.drag);
  };

  /** Moves the dragged item to the place of the item under the pointer. */
  private dragOver(drag: Drag<S>): void {
    const over = this.options.itemAt(drag.lastX, drag.lastY);
    // Once moved onto an item, stay put while the pointer is still on it: items of different
    // sizes reflow, and the one just passed may end up under the pointer again — moving back
    // onto it would make the two swap places on every pointer move.
    if (over === drag.over) return;
    drag.over = over;
    if (!over || over === drag.id) return;
    const to = this.options.items().indexOf(over);
    if (to >= 0) this.options.move(drag.id, to);
  }

  private readonly onPointerUp = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    this.finishDrag(drag);
  };

  private finishDrag(drag: Drag<S>): void {
    this.endDrag();
    if (!drag.started) return;
    // The click that follows a drag (when the pointer is released on the handle) is not a pick-up.
    this.suppressClick = true;
    setTimeout(() => (this.suppressClick = false));
    const { index, count } = this.position(drag.id);
    if (this.order() !== drag.order) this.options.commit();
    this.announce(msg(str`${this.options.label(drag.id)}, dropped at position ${index + 1} of ${count}`));
    // Moving the item in the document took focus off its handle; put it back.
    if (drag.focused) void this.refocus(drag.id);
  }

  private readonly onPointerCancel = (): void => this.cancelDrag();

  private readonly onDragKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.drag?.started) return;
    event.preventDefault();
    event.stopPropagation();
    this.cancelDrag();
  };

  private cancelDrag(): void {
    const drag = this.drag;
    this.endDrag();
    if (!drag?.started) return;
    this.options.restore(drag.origin);
    this.announce(msg(str`Move cancelled. ${this.options.label(drag.id)} is back at position ${this.position(drag.id).index + 1} of ${this.position(drag.id).count}`));
    if (drag.focused) void this.refocus(drag.id);
  }

  private endDrag(): void {
    this.drag = undefined;
    if (this.dragging) {
      this.dragging = undefined;
      this.host.requestUpdate();
    }
    window.removeEventListener('pointermove', this.onPointerMove);
    window.removeEventListener('pointerup', this.onPointerUp);
    window.removeEventListener('pointercancel', this.onPointerCancel);
    window.removeEventListener('keydown', this.onDragKey, true);
    window.removeEventListener('scroll', this.onDragScroll, { capture: true });
  }

  private pickUp(id: string): void {
    this.grabbed = id;
    this.origin = this.options.snapshot();
    this.originOrder = this.order();
    const { index, count } = this.position(id);
    this.announce(
      msg(str`${this.options.label(id)} picked up, position ${index + 1} of ${count}. Use the arrow keys to move it, Space or Enter to drop it, Escape to cancel.`),
    );
  }

  private drop(): void {
    const id = this.grabbed;
    if (!id) return;
    this.grabbed = undefined;
    this.origin = undefined;
    const { index, count } = this.position(id);
    if (this.order() !== this.originOrder) this.options.commit();
    this.announce(msg(str`${this.options.label(id)}, dropped at position ${index + 1} of ${count}`));
  }

  private cancel(): void {
    const id = this.grabbed;
    if (!id) return;
    const origin = this.origin;
    this.grabbed = undefined;
    this.origin = undefined;
    if (origin !== undefined) this.options.restore(origin);
    const { index, count } = this.position(id);
    this.announce(msg(str`Move cancelled. ${this.options.label(id)} is back at position ${index + 1} of ${count}`));
    void this.refocus(id);
  }

  private async moveKeepingFocus(id: string, to: number): Promise<void> {
    this.moving = true;
    try {
      this.options.move(id, to);
      this.announce(msg(str`${this.options.label(id)}, moved to position ${to + 1} of ${this.position(id).count}`));
      await this.refocus(id);
    } finally {
      this.moving = false;
    }
  }

  /** Moving a node in the DOM drops its focus; put it back on the handle. */
  private async refocus(id: string): Promise<void> {
    await this.host.updateComplete;
    const handle = this.options.handle(id);
    if (handle && handle.getRootNode() instanceof ShadowRoot && (handle.getRootNode() as ShadowRoot).activeElement !== handle) handle.focus();
  }
}
