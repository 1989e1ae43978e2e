import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatLocalDate, type Target } from '@portico/core';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { token } from '../../theme/tokens.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { clinicalPartStyles } from './clinical.styles.js';

type Point = Target['progress'][number];

const W = 320;
const H = 160;
const PAD = { left: 36, right: 12, top: 12, bottom: 24 };

/**
 * @tagname portico-clinical-progress
 * @summary A target's percent correct over time (CLIN-2): an SVG line chart (`role="img"`,
 * named by a text summary that is also shown), and a data table the user can show instead.
 *
 * @csspart chart - The SVG chart.
 * @csspart summary - The text summary of the progress.
 * @csspart table-button - Show / hide the data table.
 * @csspart table - The data table.
 *
 * @cssprop --portico-color-primary - The line and points.
 */
@localized()
export class PorticoClinicalProgress extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    clinicalPartStyles,
    css`
      :host {
        display: grid;
        gap: ${token('space-2')};
      }
      svg {
        width: 100%;
        max-width: 32rem;
        height: auto;
        overflow: visible;
      }
      .axis,
      .grid {
        stroke: ${token('color-border-strong')};
        stroke-width: 1;
      }
      .grid {
        stroke: ${token('color-border')};
        stroke-dasharray: 2 3;
      }
      .line {
        fill: none;
        stroke: ${token('color-primary-text')};
        stroke-width: 2.5;
      }
      .point {
        fill: ${token('color-primary-text')};
      }
      .label {
        fill: ${token('color-muted')};
        font-size: 10px;
      }
      @media (forced-colors: active) {
        .line {
          stroke: CanvasText;
        }
        .point {
          fill: CanvasText;
        }
      }
    `,
  ];

  protected readonly s = new SessionController(this);

  /** The target's progress points, oldest first. */
  @property({ attribute: false }) progress: Point[] = [];

  /** The target's name, for the chart's description. */
  @property() name = '';

  @state() private showTable = false;

  override render() {
    const points = [...this.progress].sort((a, b) => a.date.localeCompare(b.date));
    if (points.length === 0) return html`<p class="muted" part="summary">${msg('No progress recorded yet.')}</p>`;
    const ctx = this.s.format;
    const first = points[0]!;
    const last = points.at(-1)!;
    const summary =
      points.length === 1
        ? msg(str`${this.name}: ${last.percentCorrect}% correct on ${formatLocalDate(last.date, ctx)}.`)
        : msg(
            str`${this.name}: ${first.percentCorrect}% correct on ${formatLocalDate(first.date, ctx)}, ${last.percentCorrect}% on ${formatLocalDate(last.date, ctx)}, across ${points.length} sessions.`,
          );
    const tableId = `table-${this.id || 'progress'}`;
    return html`${this.renderChart(points, summary, ctx)}
      <p class="muted" part="summary">${summary}</p>
      <div>
        <button
          class="button"
          data-size="sm"
          part="table-button"
          type="button"
          aria-expanded=${this.showTable ? 'true' : 'false'}
          aria-controls=${tableId}
          @click=${() => (this.showTable = !this.showTable)}
        >
          ${this.showTable ? msg('Hide data table') : msg('Show data table')}
        </button>
      </div>
      <div id=${tableId} ?hidden=${!this.showTable}>
        ${this.showTable
          ? html`<table part="table">
              <caption class="visually-hidden">${msg(str`Progress for ${this.name}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Date')}</th>
                  <th scope="col">${msg('Percent correct')}</th>
                </tr>
              </thead>
              <tbody>
                ${points.map((p) => html`<tr><td>${formatLocalDate(p.date, ctx)}</td><td>${p.percentCorrect}%</td></tr>`)}
              </tbody>
            </table>`
          : nothing}
      </div>`;
  }

  private renderChart(points: Point[], summary: string, ctx: { locale: string; timeZone: string }) {
    const innerW = W - PAD.left - PAD.right;
    const innerH = H - PAD.top - PAD.bottom;
    const x = (i: number) => PAD.left + (points.length === 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
    const y = (percent: number) => PAD.top + innerH - (percent / 100) * innerH;
    const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.percentCorrect).toFixed(1)}`).join(' ');
    const first = points[0]!;
    const last = points.at(-1)!;
    return html`<svg part="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label=${summary}>
      ${[0, 50, 100].map(
        (v) => svg`<line class=${v === 0 ? 'axis' : 'grid'} x1=${PAD.left} x2=${W - PAD.right} y1=${y(v)} y2=${y(v)}></line>
          <text class="label" x=${PAD.left - 6} y=${y(v) + 3} text-anchor="end" aria-hidden="true">${v}%</text>`,
      )}
      <path class="line" d=${path}></path>
      ${points.map((p, i) => svg`<circle class="point" cx=${x(i)} cy=${y(p.percentCorrect)} r="3"></circle>`)}
      <text class="label" x=${x(0)} y=${H - 6} text-anchor="start" aria-hidden="true">${formatLocalDate(first.date, ctx, 'short')}</text>
      ${points.length > 1
        ? svg`<text class="label" x=${x(points.length - 1)} y=${H - 6} text-anchor="end" aria-hidden="true">${formatLocalDate(last.date, ctx, 'short')}</text>`
        : nothing}
    </svg>`;
  }
}

define('portico-clinical-progress', PorticoClinicalProgress);

declare global {
  interface HTMLElementTagNameMap {
    'portico-clinical-progress': PorticoClinicalProgress;
  }
}
