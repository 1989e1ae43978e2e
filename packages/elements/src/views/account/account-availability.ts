import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { Availability } from '@portico/core';
import { formStyles } from '../../auth/form.styles.js';
import { mutate, operationKey, resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { token } from '../../theme/tokens.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/field.js';
import type { PorticoField } from '../../ui/field.js';
import '../../ui/state-loading.js';
import { sectionStyles } from './account.styles.js';
import { SectionSave } from './section-save.js';

export interface DraftWindow {
  id: number;
  weekday: number;
  start: string;
  end: string;
}

/** Monday first; `weekday` is 0 (Sunday) … 6 (Saturday) as in the contract. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

/** Problems by window id: shown next to that window's "To" field. */
export function availabilityProblems(windows: readonly DraftWindow[]): Map<number, 'missing' | 'order' | 'overlap'> {
  const problems = new Map<number, 'missing' | 'order' | 'overlap'>();
  for (const w of windows) {
    if (!w.start || !w.end) problems.set(w.id, 'missing');
    else if (w.start >= w.end) problems.set(w.id, 'order');
  }
  for (const day of WEEK) {
    const valid = windows.filter((w) => w.weekday === day && !problems.has(w.id)).sort((a, b) => a.start.localeCompare(b.start));
    for (let i = 1; i < valid.length; i++) {
      // HH:MM strings compare in time order; touching windows (17:00–18:00, 18:00–19:00) are fine.
      if (valid[i]!.start < valid[i - 1]!.end) problems.set(valid[i]!.id, 'overlap');
    }
  }
  return problems;
}

/**
 * @tagname portico-account-availability
 * @summary The client's weekly availability (ACCT-5): time windows per weekday, in the
 * client's time zone, with start-before-end and no-overlap checks next to each window.
 *
 * @csspart day - One weekday's windows.
 * @csspart form - The availability form.
 *
 * @fires portico-availability-updated - The availability was saved. `detail: { clientId }`.
 */
@localized()
export class PorticoAccountAvailability extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    formStyles,
    sectionStyles,
    css`
      .days {
        display: grid;
        gap: ${token('space-3')};
      }
      .window {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: ${token('space-2')} ${token('space-3')};
      }
      .window portico-field {
        width: 9rem;
      }
      .none {
        margin: 0;
        color: ${token('color-muted')};
      }
    `,
  ];

  protected readonly s = new SessionController(this);

  private readonly availability = resource(this, 'account.getAvailability', () => this.s.clientId && { clientId: this.s.clientId });

  @state() private saved = false;
  @state() private submitted = false;

  private draft: DraftWindow[] | undefined;
  private draftSource: Availability | undefined;
  private draftClient: string | undefined;
  private nextId = 1;
  private readonly saving = new SectionSave(this);

  override render() {
    return html`<h3 tabindex="-1">${msg('When you are available')}</h3>
      ${this.availability.render({
        loading: () => html`<portico-state-loading rows="5" label=${msg('Loading your availability')}></portico-state-loading>`,
        content: (data) => {
          const clientId = this.s.clientId;
          // Another client's data (a guardian switched) always replaces the draft.
          if (!this.draft || this.draftClient !== clientId || (this.draftSource !== data && !this.isDirty())) {
            this.draft = data.windows.map((w) => ({ ...w, id: this.nextId++ }));
            this.draftSource = data;
            this.draftClient = clientId;
          }
          return this.renderForm(data);
        },
      })}`;
  }

  private isDirty(): boolean {
    const strip = (ws: readonly { weekday: number; start: string; end: string }[]) => JSON.stringify(ws.map(({ weekday, start, end }) => ({ weekday, start, end })));
    return !!this.draft && !!this.draftSource && strip(this.draft) !== strip(this.draftSource.windows);
  }

  private dayName(weekday: number): string {
    // 7 January 2024 was a Sunday.
    return new Intl.DateTimeFormat(this.s.format.locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 7 + weekday)));
  }

  private renderForm(data: Availability) {
    const draft = this.draft ?? [];
    const problems = this.submitted ? availabilityProblems(draft) : new Map();
    const zone = data.timeZone.replaceAll('_', ' ');
    return html`<p class="intro">${msg(str`Add the times each week when you can usually attend. Times are in ${zone}.`)}</p>
      ${draft.length === 0
        ? html`<p class="notice" role="note">${msg('You have not added any times yet. Use “Add a time” on the days that suit you, then save.')}</p>`
        : nothing}
      <form part="form" novalidate @submit=${(e: Event) => this.save(e, data)}>
        <div class="days">
          ${WEEK.map((day) => {
            const windows = draft.filter((w) => w.weekday === day);
            const name = this.dayName(day);
            return html`<fieldset part="day">
              <legend>${name}</legend>
              ${windows.length === 0 ? html`<p class="none">${msg('Not available')}</p>` : nothing}
              ${windows.map((w) => this.renderWindow(w, name, problems.get(w.id)))}
              <div>
                <button class="button" data-size="sm" type="button" id=${`add-${day}`} @click=${() => this.add(day)}>
                  ${msg('Add a time')}<span class="visually-hidden"> ${msg(str`on ${name}`)}</span>
                </button>
              </div>
            </fieldset>`;
          })}
        </div>
        ${this.saving.alert(msg('Your availability was not saved.'))}
        ${this.saved ? html`<p class="notice" role="status">${msg('Your availability was saved.')}</p>` : nothing}
        ${this.saving.submit(msg('Save availability'), msg('Try saving again'))}
      </form>`;
  }

  private renderWindow(w: DraftWindow, day: string, problem: 'missing' | 'order' | 'overlap' | undefined) {
    const message =
      problem === 'missing' ? msg('Enter both a start and an end time.')
      : problem === 'order' ? msg('The end time must be after the start time.')
      : problem === 'overlap' ? msg(str`This overlaps another time on ${day}.`)
      : undefined;
    // A missing start is told at "From"; every other problem at "To" (the end is what to change).
    const atStart = problem === 'missing' && !w.start;
    return html`<div class="window">
      <portico-field id=${`window-${w.id}-start`} type="time" label=${msg('From')} required .value=${w.start} .error=${atStart ? message! : ''}
        @input=${(e: Event) => this.edit(w.id, { start: (e.currentTarget as PorticoField).value })}></portico-field>
      <portico-field id=${`window-${w.id}-end`} type="time" label=${msg('To')} required .value=${w.end} .error=${!atStart && message ? message : ''}
        @input=${(e: Event) => this.edit(w.id, { end: (e.currentTarget as PorticoField).value })}></portico-field>
      <button class="button" data-variant="ghost" data-size="sm" type="button"
        aria-label=${msg(str`Remove ${day} ${w.start || '…'}–${w.end || '…'}`)} @click=${() => void this.removeWindow(w)}>
        ${msg('Remove')}
      </button>
    </div>`;
  }

  private edit(id: number, change: Partial<DraftWindow>): void {
    this.draft = (this.draft ?? []).map((w) => (w.id === id ? { ...w, ...change } : w));
    this.saved = false;
    this.requestUpdate();
  }

  private async add(weekday: number): Promise<void> {
    const id = this.nextId++;
    this.draft = [...(this.draft ?? []), { id, weekday, start: '', end: '' }];
    this.saved = false;
    this.requestUpdate();
    await this.updateComplete;
    const start = this.renderRoot.querySelector<PorticoField>(`#window-${id}-start`);
    await start?.updateComplete;
    start?.focus();
  }

  private async removeWindow(w: DraftWindow): Promise<void> {
    this.draft = (this.draft ?? []).filter((x) => x.id !== w.id);
    this.saved = false;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`#add-${w.weekday}`)?.focus();
  }

  private async save(event: Event, data: Availability): Promise<void> {
    event.preventDefault();
    const store = this.availability.store;
    const clientId = this.s.clientId;
    if (this.saving.busy || !store || !clientId || !this.draft) return;
    this.submitted = true;
    this.saved = false;
    const problems = availabilityProblems(this.draft);
    if (problems.size > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<PorticoField>('portico-field[invalid]')?.focus();
      return;
    }
    const windows = this.draft
      .map(({ weekday, start, end }) => ({ weekday, start, end }))
      .sort((a, b) => WEEK.indexOf(a.weekday) - WEEK.indexOf(b.weekday) || a.start.localeCompare(b.start));
    const body: Availability = { timeZone: data.timeZone, windows };
    await this.saving.run(
      { clientId, body },
      (idempotencyKey) =>
        mutate(store, 'account.updateAvailability', { clientId, body }, {
          idempotencyKey,
          onSuccess: (result, s) => s.setData<Availability>(operationKey('account.getAvailability', { clientId }), () => result),
        }),
      () => {
        this.submitted = false;
        this.saved = true;
        emit(this, 'portico-availability-updated', { clientId });
      },
    );
  }
}

define('portico-account-availability', PorticoAccountAvailability);

declare global {
  interface HTMLElementTagNameMap {
    'portico-account-availability': PorticoAccountAvailability;
  }
  interface HTMLElementEventMap {
    'portico-availability-updated': CustomEvent<{ clientId: string }>;
  }
}
