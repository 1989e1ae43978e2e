import { localized } from '@lit/localize';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../../define.js';
import { elapsedOf, type RowState } from './data-run.js';

/** `mm:ss` (or `h:mm:ss` past an hour) for a number of milliseconds. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mmss = `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

/**
 * @tagname portico-clinical-elapsed
 * @summary A duration row's time as `mm:ss`, ticking on its own while the timer runs, so the
 * data sheet around it does not re-render every second. `role="timer"` (not announced as it
 * ticks; the sheet announces start and stop).
 *
 * @csspart time - The time text.
 */
@localized()
export class PorticoClinicalElapsed extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
      font-variant-numeric: tabular-nums;
    }
  `;

  /** The row whose time is shown. */
  @property({ attribute: false }) row: RowState | undefined;

  /** Whether the timer runs; set by the sheet so this element starts or stops ticking. */
  @property({ type: Boolean }) running = false;

  private interval: ReturnType<typeof setInterval> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTicking();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.running) this.startTicking();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('running')) return;
    if (this.running) this.startTicking();
    else this.stopTicking();
  }

  private startTicking(): void {
    if (this.interval !== undefined) return;
    this.interval = setInterval(() => this.requestUpdate(), 250);
  }

  private stopTicking(): void {
    if (this.interval !== undefined) clearInterval(this.interval);
    this.interval = undefined;
  }

  override render() {
    const ms = this.row ? elapsedOf(this.row) : 0;
    return html`<span part="time" role="timer" aria-live="off">${formatElapsed(ms)}</span>`;
  }
}

define('portico-clinical-elapsed', PorticoClinicalElapsed);

declare global {
  interface HTMLElementTagNameMap {
    'portico-clinical-elapsed': PorticoClinicalElapsed;
  }
}
