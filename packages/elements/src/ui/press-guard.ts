/**
 * A rule for every form (#10.16): what leaving a field reveals (a format error, "the
 * passwords do not match") must not move the control the person is pressing. Pressing Submit
 * blurs the field first; an error rendered at that moment pushes Submit down, the release
 * lands beside it, and the first click misses.
 *
 * While a pointer is pressed inside the host, `afterPress()` holds such blur work until the
 * press has ended and its click has run (a Submit click validates everything anyway); with
 * no press (Tab, a screen reader) the work runs at once. Forms that validate only on submit
 * or as the person types need nothing: nothing moves between press and release there.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PressGuard implements ReactiveController {
  private pressed = false;
  private readonly queued: Array<() => void> = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('pointerdown', this.onDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('pointerdown', this.onDown);
    this.stopWatching();
    this.pressed = false;
    this.queued.length = 0;
  }

  /** Runs `work` now, or after the pointer press under way has ended and its click ran. */
  afterPress(work: () => void): void {
    if (this.pressed) this.queued.push(work);
    else work();
  }

  private readonly onDown = (event: PointerEvent): void => {
    if (!event.isPrimary) return;
    this.pressed = true;
    window.addEventListener('pointerup', this.onUp, true);
    window.addEventListener('pointercancel', this.onUp, true);
  };

  private readonly onUp = (): void => {
    this.stopWatching();
    // The click follows pointerup in the same input event; run the held work after it.
    setTimeout(() => {
      this.pressed = false;
      for (const work of this.queued.splice(0)) work();
    });
  };

  private stopWatching(): void {
    window.removeEventListener('pointerup', this.onUp, true);
    window.removeEventListener('pointercancel', this.onUp, true);
  }
}
