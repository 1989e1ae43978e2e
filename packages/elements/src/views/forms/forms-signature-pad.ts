import { localized, msg } from '@lit/localize';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../../define.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { token } from '../../theme/tokens.js';
import { buttonStyles } from '../../ui/button.styles.js';

type Point = readonly [x: number, y: number];

/**
 * @tagname portico-forms-signature-pad
 * @summary A box to draw a signature in with a mouse, pen or finger (pointer events). People
 * who use a keyboard sign by typing their name instead (the form offers both).
 *
 * @csspart canvas - The drawing surface.
 * @csspart clear-button - The "Clear" button.
 *
 * @cssprop --portico-color-border-strong - The box's border.
 *
 * @fires portico-signature-changed - The drawing changed. `detail: { image }`: a PNG data URL, or `null` once cleared.
 */
@localized()
export class PorticoFormsSignaturePad extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    css`
      :host {
        display: grid;
        gap: ${token('space-2')};
        justify-items: start;
        width: 100%;
        max-width: 32rem;
      }
      canvas {
        display: block;
        justify-self: stretch;
        width: 100%;
        height: 10rem;
        border: 2px dashed ${token('color-border-strong')};
        border-radius: ${token('radius-md')};
        background: ${token('color-surface')};
        color: ${token('color-text')};
        touch-action: none;
        cursor: crosshair;
      }
      :host([invalid]) canvas {
        border-color: ${token('color-danger')};
      }
      @media (forced-colors: active) {
        canvas {
          border-color: CanvasText;
        }
      }
    `,
  ];

  /** Text alternative of the drawing area (what it is for). */
  @property() label = '';

  /** Marks the box as needing a signature. */
  @property({ type: Boolean, reflect: true }) invalid = false;

  private strokes: Point[][] = [];
  private drawing: Point[] | undefined;
  private resizeObserver: ResizeObserver | undefined;

  /** Whether nothing is drawn. */
  get isEmpty(): boolean {
    return this.strokes.length === 0;
  }

  /** The drawing as a PNG data URL (dark strokes on a transparent background), or null. */
  toDataURL(): string | null {
    if (this.isEmpty) return null;
    const canvas = this.canvas;
    if (!canvas) return null;
    this.fit();
    const out = document.createElement('canvas');
    out.width = canvas.width;
    out.height = canvas.height;
    this.paint(out, '#111111');
    return out.toDataURL('image/png');
  }

  clear(): void {
    this.strokes = [];
    this.drawing = undefined;
    this.redraw();
    emit(this, 'portico-signature-changed', { image: null });
  }

  override render() {
    return html`
      <canvas part="canvas" role="img" aria-label=${this.label || msg('Signature drawing area')}
        @pointerdown=${this.onDown} @pointermove=${this.onMove} @pointerup=${this.onUp} @pointercancel=${this.onUp} @lostpointercapture=${this.onUp}></canvas>
      <button class="button" data-size="sm" part="clear-button" type="button" @click=${() => this.clear()}>${msg('Clear the drawing')}</button>
    `;
  }

  override firstUpdated(): void {
    // Fitting in the next frame keeps a resize from re-entering the observer in the same frame.
    this.resizeObserver = new ResizeObserver(() => requestAnimationFrame(() => this.fit()));
    this.resizeObserver.observe(this.canvas!);
    this.fit();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.canvas) this.resizeObserver?.observe(this.canvas);
  }

  private get canvas(): HTMLCanvasElement | null {
    return this.renderRoot.querySelector('canvas');
  }

  /** Matches the bitmap to the box (and the screen's pixel ratio), then redraws. */
  private fit(): void {
    const canvas = this.canvas;
    if (!canvas) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(canvas.clientWidth * ratio));
    const height = Math.max(1, Math.round(canvas.clientHeight * ratio));
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    this.redraw();
  }

  /** Points are stored in CSS pixels relative to the box, so a resize keeps the drawing. */
  private pointOf(event: PointerEvent): Point {
    const rect = this.canvas!.getBoundingClientRect();
    return [event.clientX - rect.left, event.clientY - rect.top];
  }

  private readonly onDown = (event: PointerEvent): void => {
    if (event.button !== 0 && event.pointerType === 'mouse') return;
    event.preventDefault();
    this.fit();
    try {
      this.canvas?.setPointerCapture(event.pointerId);
    } catch {
      // Synthetic or already-released pointers cannot be captured; drawing still works.
    }
    this.drawing = [this.pointOf(event)];
    this.strokes = [...this.strokes, this.drawing];
    this.redraw();
  };

  private readonly onMove = (event: PointerEvent): void => {
    if (!this.drawing) return;
    this.drawing.push(this.pointOf(event));
    this.redraw();
  };

  private readonly onUp = (): void => {
    if (!this.drawing) return;
    this.drawing = undefined;
    emit(this, 'portico-signature-changed', { image: this.toDataURL() });
  };

  private redraw(): void {
    const canvas = this.canvas;
    if (canvas) this.paint(canvas, getComputedStyle(canvas).color || '#111111');
  }

  private paint(canvas: HTMLCanvasElement, colour: string): void {
    const context = canvas.getContext('2d');
    if (!context) return;
    const ratio = canvas.width / Math.max(1, this.canvas?.clientWidth ?? canvas.width);
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.strokeStyle = colour;
    context.fillStyle = colour;
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    for (const stroke of this.strokes) {
      const [first, ...rest] = stroke;
      if (!first) continue;
      context.beginPath();
      if (rest.length === 0) {
        context.arc(first[0], first[1], 1.5, 0, Math.PI * 2);
        context.fill();
        continue;
      }
      context.moveTo(first[0], first[1]);
      for (const [x, y] of rest) context.lineTo(x, y);
      context.stroke();
    }
  }
}

define('portico-forms-signature-pad', PorticoFormsSignaturePad);

declare global {
  interface HTMLElementTagNameMap {
    'portico-forms-signature-pad': PorticoFormsSignaturePad;
  }
  interface HTMLElementEventMap {
    'portico-signature-changed': CustomEvent<{ image: string | null }>;
  }
}
