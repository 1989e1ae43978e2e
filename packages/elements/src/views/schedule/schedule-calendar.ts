import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  addDays, addMonths, formatLocalDate, formatTime, formatTimeZoneName, startOfDay, startOfWeek, todayIn, type Appointment, type FormatContext,
} from '@portico/core';
import { resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { renderAppointmentItem, renderAppointmentsByDay } from './appointment-item.js';
import { groupByDay } from './group-by-day.js';
import { calendarStyles, scheduleStyles } from './schedule.styles.js';

export type CalendarMode = 'month' | 'week' | 'list';

/**
 * @tagname portico-schedule-calendar
 * @summary The appointments the client may see, as a month grid, a week or a list (upcoming or
 * past), in the user's time zone. Part of `<portico-schedule>`.
 *
 * @csspart month-grid - The month table (an ARIA grid: arrow keys move between days).
 * @csspart appointment - One appointment in a list.
 */
@localized()
export class PorticoScheduleCalendar extends LitElement {
  static override styles = [baseStyles, buttonStyles, scheduleStyles, calendarStyles];

  protected readonly s = new SessionController(this);

  /** `month`, `week` or `list`. */
  @property({ reflect: true }) mode: CalendarMode = 'list';

  /** Called with an appointment id when the user opens one. */
  @property({ attribute: false }) openAppointment: (id: string) => void = () => {};

  /** The day the month or week is shown around, and the focused day of the grid. */
  @state() private anchor: string | undefined;
  @state() private when: 'upcoming' | 'past' = 'upcoming';
  private focusGrid = false;

  private get ctx(): FormatContext {
    return this.s.format;
  }

  private get day(): string {
    return this.anchor ?? todayIn(this.ctx);
  }

  protected readonly appointments = resource(this, 'schedule.listAppointments', () => {
    const clientId = this.s.clientId;
    if (!clientId) return undefined;
    if (this.mode === 'list') return { clientId, when: this.when };
    const [first, last] = this.range();
    return { clientId, from: this.dayStart(first), to: this.dayStart(addDays(last, 1)) };
  }, {
    // An empty month or week still shows its days.
    isEmpty: (list) => this.mode === 'list' && list.length === 0,
  });

  /** The instant (ISO, as the contract takes it) at which local `date` starts in the user's zone. */
  private dayStart(date: string): string {
    return new Date(startOfDay(date, this.ctx.timeZone)).toISOString();
  }

  private range(): [string, string] {
    const firstDay = firstDayOfWeek(this.ctx.locale);
    if (this.mode === 'week') {
      const start = startOfWeek(this.day, firstDay);
      return [start, addDays(start, 6)];
    }
    const weeks = monthWeeks(this.day, firstDay);
    return [weeks[0]![0]!, weeks.at(-1)![6]!];
  }

  override render() {
    return html`
      <div class="toolbar">
        <div class="segmented" role="group" aria-label=${msg('Show appointments as')}>
          ${(['month', 'week', 'list'] as const).map(
            (m) => html`<button type="button" class="button" data-size="sm" aria-pressed=${this.mode === m ? 'true' : 'false'} @click=${() => this.setMode(m)}>
              ${m === 'month' ? msg('Month') : m === 'week' ? msg('Week') : msg('List')}
            </button>`,
          )}
        </div>
        <span class="spacer"></span>
        ${this.mode === 'list' ? this.renderWhenSwitch() : this.renderPeriodNav()}
      </div>
      ${this.appointments.render({
        loading: () => html`<portico-state-loading rows="5" label=${msg('Loading appointments')}></portico-state-loading>`,
        empty: () => this.renderEmpty(),
        content: (list) => (this.mode === 'month' ? this.renderMonth(list) : this.mode === 'week' ? this.renderWeek(list) : this.renderList(list)),
      })}
    `;
  }

  private renderWhenSwitch() {
    return html`<div class="segmented" role="group" aria-label=${msg('Which appointments')}>
      <button type="button" class="button" data-size="sm" aria-pressed=${this.when === 'upcoming' ? 'true' : 'false'} @click=${() => (this.when = 'upcoming')}>${msg('Upcoming')}</button>
      <button type="button" class="button" data-size="sm" aria-pressed=${this.when === 'past' ? 'true' : 'false'} @click=${() => (this.when = 'past')}>${msg('Past')}</button>
    </div>`;
  }

  private renderPeriodNav() {
    const month = this.mode === 'month';
    return html`<div class="segmented">
      <button type="button" class="button" data-size="sm" @click=${() => this.move(-1)}>${month ? msg('Previous month') : msg('Previous week')}</button>
      <button type="button" class="button" data-size="sm" @click=${() => (this.anchor = undefined)}>${msg('Today')}</button>
      <button type="button" class="button" data-size="sm" @click=${() => this.move(1)}>${month ? msg('Next month') : msg('Next week')}</button>
    </div>`;
  }

  private renderEmpty() {
    return html`<portico-state-empty
      heading=${this.when === 'past' ? msg('No past appointments') : msg('No upcoming appointments')}
      description=${this.when === 'past'
        ? msg('Appointments you have had with the practice will be listed here.')
        : msg('When an appointment is booked it will appear here. To book one, request a time or contact the practice.')}
    ></portico-state-empty>`;
  }

  private periodTitle(): string {
    const [first, last] = this.range();
    if (this.mode === 'month') return formatLocalDate(this.day, this.ctx, { month: 'long', year: 'numeric' });
    return msg(str`Week of ${formatLocalDate(first, this.ctx, 'medium')} to ${formatLocalDate(last, this.ctx, 'medium')}`);
  }

  private renderPeriodHeading() {
    const zone = formatTimeZoneName(this.dayStart(this.day), this.ctx);
    return html`<div class="toolbar">
      <h3 aria-live="polite">${this.periodTitle()}</h3>
      <span class="spacer"></span>
      <p class="muted">${msg(str`Times in ${zone}`)}</p>
    </div>`;
  }

  private renderMonth(list: Appointment[]) {
    const ctx = this.ctx;
    const weeks = monthWeeks(this.day, firstDayOfWeek(ctx.locale));
    const today = todayIn(ctx);
    const byDay = groupByDay(list, ctx);
    const month = this.day.slice(0, 7);
    const selected = byDay.get(this.day) ?? [];
    return html`
      ${this.renderPeriodHeading()}
      <table class="month" role="grid" part="month-grid" aria-label=${this.periodTitle()} @keydown=${this.onGridKey}>
        <thead>
          <tr>
            ${weeks[0]!.map((d) => html`<th scope="col" abbr=${formatLocalDate(d, ctx, { weekday: 'long' })}>${formatLocalDate(d, ctx, { weekday: 'short' })}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (week) => html`<tr>
              ${week.map((d) => {
                const items = byDay.get(d) ?? [];
                const label = formatLocalDate(d, ctx, { weekday: 'long', month: 'long', day: 'numeric' });
                return html`<td role="gridcell" aria-selected=${d === this.day ? 'true' : 'false'}>
                  <button
                    type="button"
                    class="day"
                    data-date=${d}
                    tabindex=${d === this.day ? '0' : '-1'}
                    aria-current=${d === today ? 'date' : 'false'}
                    ?data-today=${d === today}
                    ?data-outside=${d.slice(0, 7) !== month}
                    @click=${() => this.select(d)}
                  >
                    <span class="number" aria-hidden="true">${Number(d.slice(8))}</span>
                    <span class="visually-hidden">${label}, ${items.length === 0 ? msg('no appointments') : items.length === 1 ? msg('1 appointment') : msg(str`${items.length} appointments`)}</span>
                    ${items.slice(0, 3).map((a) => html`<span class="chip" data-status=${a.status} aria-hidden="true">${formatTime(a.start, ctx)} ${a.service.name}</span>`)}
                    ${items.length ? html`<span class="dot" aria-hidden="true"></span>` : nothing}
                  </button>
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
      <section class="stack" aria-label=${formatLocalDate(this.day, ctx, 'full')}>
        <h3>${formatLocalDate(this.day, ctx, 'full')}</h3>
        ${selected.length
          ? html`<ul class="plain stack">${selected.map((a) => renderAppointmentItem(a, ctx, this.openAppointment))}</ul>`
          : html`<p class="muted">${msg('No appointments on this day.')}</p>`}
      </section>
    `;
  }

  private renderWeek(list: Appointment[]) {
    return html`${this.renderPeriodHeading()}
      ${list.length
        ? renderAppointmentsByDay(list, this.ctx, this.openAppointment, 4)
        : html`<p class="muted">${msg('No appointments this week. Use Next week or List to find your next one.')}</p>`}`;
  }

  private renderList(list: Appointment[]) {
    const ordered = this.when === 'past' ? [...list].reverse() : list;
    return html`<p class="muted">${msg(str`Times in ${formatTimeZoneName(new Date(), this.ctx)}`)}</p>
      ${renderAppointmentsByDay(ordered, this.ctx, this.openAppointment)}`;
  }

  private setMode(mode: CalendarMode): void {
    this.mode = mode;
  }

  private move(step: number): void {
    this.anchor = this.mode === 'month' ? addMonths(this.day, step) : addDays(this.day, 7 * step);
  }

  private select(date: string): void {
    this.anchor = date;
  }

  private readonly onGridKey = (event: KeyboardEvent): void => {
    const day = this.day;
    const weekStart = () => startOfWeek(day, firstDayOfWeek(this.ctx.locale));
    const next: Record<string, () => string> = {
      ArrowLeft: () => addDays(day, -1),
      ArrowRight: () => addDays(day, 1),
      ArrowUp: () => addDays(day, -7),
      ArrowDown: () => addDays(day, 7),
      Home: weekStart,
      End: () => addDays(weekStart(), 6),
      PageUp: () => addMonths(day, -1),
      PageDown: () => addMonths(day, 1),
    };
    const target = next[event.key];
    if (!target) return;
    event.preventDefault();
    this.anchor = target();
    this.focusGrid = true;
  };

  protected override updated(): void {
    if (!this.focusGrid) return;
    const button = this.renderRoot.querySelector<HTMLButtonElement>(`button.day[data-date="${this.day}"]`);
    // While the next month loads there is no grid yet; focus lands once it renders.
    if (button) {
      this.focusGrid = false;
      button.focus();
    }
  }
}

/** The locale's first day of the week (0 = Sunday), from `Intl.Locale` week info when available. */
function firstDayOfWeek(locale: string): number {
  try {
    const loc = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    const info = loc.getWeekInfo?.() ?? loc.weekInfo;
    if (info) return info.firstDay % 7;
  } catch {
    // An unusual tag: fall through to the default.
  }
  return /-(US|CA|MX|BR|JP)$/i.test(locale) || locale === 'en' ? 0 : 1;
}

/** The dates of the weeks that cover `date`'s month, week by week. */
function monthWeeks(date: string, firstDay: number): string[][] {
  const month = date.slice(0, 7);
  const weeks: string[][] = [];
  let start = startOfWeek(`${month}-01`, firstDay);
  do {
    const weekStart = start;
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(weekStart, i)));
    start = addDays(start, 7);
  } while (start.slice(0, 7) === month);
  return weeks;
}

define('portico-schedule-calendar', PorticoScheduleCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'portico-schedule-calendar': PorticoScheduleCalendar;
  }
}
