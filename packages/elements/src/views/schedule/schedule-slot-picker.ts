import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { addDays, formatLocalDate, formatTimeZoneName, startOfDay, todayIn, type FormatContext, type Slot } from '@portico/core';
import { resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { token } from '../../theme/tokens.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/state-loading.js';
import { timeRangeWithZone } from './appointment-text.js';
import { groupByDay } from './group-by-day.js';
import { scheduleStyles } from './schedule.styles.js';

/** Days of slots fetched at once, so "next day with open times" needs no extra request. */
const WINDOW_DAYS = 14;

/**
 * @tagname portico-schedule-slot-picker
 * @summary Browse days and pick an open slot of a provider's service, shown in the user's time
 * zone and grouped by the user's local day (SCHED-2, and rescheduling in SCHED-3).
 *
 * @csspart slots - The group of open times of the chosen day.
 * @csspart error - What is wrong with the choice (`error`), under the open times.
 */
@localized()
export class PorticoScheduleSlotPicker extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    scheduleStyles,
    css`
      .slots {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
        gap: ${token('space-2')};
        margin-top: ${token('space-2')};
      }
      .slot {
        display: flex;
        align-items: center;
        gap: ${token('space-2')};
        padding: ${token('space-2')};
        border: 1px solid ${token('color-border-strong')};
        border-radius: ${token('radius-md')};
        font-weight: normal;
        cursor: pointer;
      }
      .slot:has(input:checked) {
        border-color: ${token('color-primary-text')};
        box-shadow: inset 0 0 0 1px ${token('color-primary-text')};
      }
    `,
  ];

  protected readonly s = new SessionController(this);

  @property({ attribute: 'provider-id' }) providerId = '';
  @property({ attribute: 'service-id' }) serviceId = '';
  /** The chosen slot's start (UTC instant), if any. */
  @property() value = '';
  /** Called when the user picks a slot. */
  @property({ attribute: false }) pick: (slot: Slot) => void = () => {};
  /**
   * What is wrong with the choice (e.g. none picked yet), shown under the open times and tied
   * to their group as its description; empty when the choice is fine.
   */
  @property() error = '';

  @state() private day: string | undefined;
  @state() private windowStart: string | undefined;
  /**
   * Set when a button that the new day replaces was used ("Show the next day…", "Look further
   * ahead"): once the day is on screen, focus goes to its first open time (or the next offer),
   * instead of falling to <body> with the removed button.
   */
  private focusNewDay = false;

  private get ctx(): FormatContext {
    return this.s.format;
  }

  private get today(): string {
    return todayIn(this.ctx);
  }

  private get shownDay(): string {
    return this.day ?? this.today;
  }

  protected readonly slots = resource(this, 'schedule.listSlots', () => {
    const clientId = this.s.clientId;
    if (!clientId || !this.providerId || !this.serviceId) return undefined;
    const start = this.windowStart ?? this.shownDay;
    return { clientId, providerId: this.providerId, serviceId: this.serviceId, from: this.dayStart(start), to: this.dayStart(addDays(start, WINDOW_DAYS)) };
  }, { isEmpty: () => false });

  /** The instant (ISO, as the contract takes it) at which local `date` starts in the user's zone. */
  private dayStart(date: string): string {
    return new Date(startOfDay(date, this.ctx.timeZone)).toISOString();
  }

  override render() {
    const day = this.shownDay;
    const zone = formatTimeZoneName(this.dayStart(day), this.ctx);
    return html`
      <div class="toolbar">
        <button type="button" class="button" data-size="sm" ?disabled=${day <= this.today} @click=${() => this.show(addDays(day, -1))}>${msg('Previous day')}</button>
        <label class="field">
          <span>${msg('Day')}</span>
          <input type="date" .value=${day} min=${this.today} @change=${this.onDateInput} />
        </label>
        <button type="button" class="button" data-size="sm" @click=${() => this.show(addDays(day, 1))}>${msg('Next day')}</button>
      </div>
      <p class="muted">${msg(str`Times are shown in your time zone (${zone}).`)}</p>
      ${this.slots.render({
        loading: () => html`<portico-state-loading rows="2" label=${msg('Loading open times')}></portico-state-loading>`,
        content: (slots) => this.renderDay(slots),
      })}
      <div aria-live="polite">${this.error ? html`<p id="slot-error" class="field-error" part="error">${this.error}</p>` : nothing}</div>
    `;
  }

  private renderDay(all: Slot[]) {
    const ctx = this.ctx;
    const day = this.shownDay;
    const byDay = groupByDay(all, ctx);
    const slots = byDay.get(day) ?? [];
    const label = formatLocalDate(day, ctx, 'full');
    if (slots.length) {
      return html`<fieldset aria-describedby=${this.error ? 'slot-error' : nothing}>
        <legend>${msg(str`Open times on ${label}`)}</legend>
        <div class="slots" part="slots">
          ${slots.map(
            (s) => html`<label class="slot">
              <input type="radio" name="slot" .value=${s.start} .checked=${s.start === this.value} @change=${() => this.choose(s)} />
              <time datetime=${s.start}>${timeRangeWithZone(s.start, s.end, ctx)}</time>
            </label>`,
          )}
        </div>
      </fieldset>`;
    }
    const next = [...byDay.keys()].sort().find((d) => d > day);
    const windowEnd = addDays(this.windowStart ?? day, WINDOW_DAYS);
    return html`<div class="notice stack" role="status">
      <p>${msg(str`No open times on ${label}.`)}</p>
      ${next
        ? html`<p><button type="button" class="button" data-size="sm" data-offer @click=${() => this.show(next, true)}>
            ${msg(str`Show the next day with open times: ${formatLocalDate(next, ctx, 'full')}`)}
          </button></p>`
        : html`<p>${msg(str`No open times until ${formatLocalDate(windowEnd, ctx, 'full')}.`)}</p>
            <p><button type="button" class="button" data-size="sm" data-offer @click=${() => this.show(windowEnd, true)}>${msg('Look further ahead')}</button></p>`}
    </div>`;
  }

  private readonly onDateInput = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) this.show(value < this.today ? this.today : value);
  };

  /**
   * Shows `day`, keeping the fetched window when it already covers that day. `moveFocus` when
   * the control used disappears with the old day.
   */
  show(day: string, moveFocus = false): void {
    const start = this.windowStart ?? this.shownDay;
    this.windowStart = day < start || day >= addDays(start, WINDOW_DAYS) ? day : start;
    this.day = day;
    if (moveFocus) this.focusNewDay = true;
  }

  protected override updated(): void {
    if (!this.focusNewDay) return;
    const root = this.renderRoot;
    // While the new window loads there is nothing to focus yet; try again on the next render.
    if (this.slots.pending) return;
    const target = root.querySelector<HTMLElement>('input[type="radio"], [data-offer]') ?? root.querySelector<HTMLElement>('input[type="date"]');
    if (!target) return;
    this.focusNewDay = false;
    target.focus();
  }

  /** Moves focus to the first open time (or the offer of another day): where a failed submit sends the person. */
  async focusChoices(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input[type="radio"], button:not([disabled])')?.focus();
  }

  private choose(slot: Slot): void {
    this.value = slot.start;
    this.pick(slot);
  }
}

define('portico-schedule-slot-picker', PorticoScheduleSlotPicker);

declare global {
  interface HTMLElementTagNameMap {
    'portico-schedule-slot-picker': PorticoScheduleSlotPicker;
  }
}
