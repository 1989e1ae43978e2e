import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatTime } from '@portico/core';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/field.js';
import type { PorticoField } from '../../ui/field.js';
import { elapsedOf, hasData, NOTE_MAX, stopTimer, tally, type RowState, type SheetRun, type TrialOutcome } from './data-run.js';
import { sheetRunStyles } from './clinical-sheet-run.styles.js';
import { formatElapsed } from './clinical-elapsed.js';
import './clinical-elapsed.js';

/**
 * @tagname portico-clinical-sheet-run
 * @summary A data sheet being run (CLIN-3): pick the current row, record trials
 * (Correct / Incorrect / Prompted, undo last), counts (+1 / −1) or a start/stop timer, add a
 * note and submit. The current row's controls stay at the bottom of the screen, within thumb
 * reach on a phone. Part of `<portico-clinical>`; the run itself lives in memory only.
 *
 * @csspart sheet - The running sheet.
 * @csspart rows - The list of rows to choose from.
 * @csspart current-row - The current row's controls.
 * @csspart trial-button - A Correct / Incorrect / Prompted button.
 * @csspart submit-button - The Submit button.
 */
@localized()
export class PorticoClinicalSheetRun extends LitElement {
  static override styles = [baseStyles, buttonStyles, sheetRunStyles];

  protected readonly s = new SessionController(this);

  /** The run being recorded; changed in place, this element re-renders after each change. */
  @property({ attribute: false }) run: SheetRun | undefined;

  /** True while the record is being sent. */
  @property({ type: Boolean }) busy = false;

  /** A failure from the last submit the user can act on (shown by the Submit button). */
  @property() submitError = '';

  /** Called with the run when the user submits a valid sheet. */
  @property({ attribute: false }) onSubmitRun: ((run: SheetRun) => void) | undefined;

  /** Called when the user discards the run. */
  @property({ attribute: false }) onDiscardRun: (() => void) | undefined;

  @state() private announcement = '';
  @state() private noteError = '';
  @state() private emptyError = '';
  @state() private confirmingDiscard = false;

  /** Moves focus to the sheet's heading. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  override render() {
    const run = this.run;
    if (!run) return nothing;
    const current = run.rows.find((r) => r.rowId === run.currentRowId) ?? run.rows[0];
    const ctx = this.s.format;
    return html`<section class="sheet" part="sheet" aria-labelledby="sheet-title">
      <h3 id="sheet-title" tabindex="-1">${run.sheet.title}</h3>
      <p class="meta">${msg(str`Started at ${formatTime(run.startedAt, ctx)}`)}</p>
      ${run.sheet.instructions ? html`<p class="instructions">${run.sheet.instructions}</p>` : nothing}
      <fieldset class="rows" part="rows">
        <legend>${msg('Row you are recording')}</legend>
        ${run.rows.map(
          (row) => html`<label class="row-choice">
            <input type="radio" name="row" .checked=${row === current} @change=${() => this.choose(row)} />
            <span class="row-text">
              <span class="row-label">${row.label}</span>
              <span class="row-summary">${this.summary(row)}</span>
            </span>
          </label>`,
        )}
      </fieldset>
      ${current ? this.renderCurrent(current) : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.renderNote(run)}
      <div class="submit">
        ${this.emptyError || this.submitError
          ? html`<p class="error" id="submit-error" role="alert">${this.emptyError || this.submitError}</p>`
          : nothing}
        <button
          class="button"
          data-variant="primary"
          part="submit-button"
          type="button"
          aria-busy=${this.busy ? 'true' : 'false'}
          aria-disabled=${this.busy ? 'true' : 'false'}
          aria-describedby=${this.emptyError || this.submitError ? 'submit-error' : nothing}
          @click=${this.submit}
        >
          ${this.busy ? msg('Sending…') : msg('Submit data sheet')}
        </button>
        ${this.confirmingDiscard
          ? html`<div class="discard-confirm" role="group" aria-labelledby="discard-question">
              <p id="discard-question">${msg('Discard everything recorded on this sheet?')}</p>
              <button class="button" data-variant="danger" type="button" @click=${this.discard}>${msg('Discard')}</button>
              <button class="button" type="button" @click=${this.keep}>${msg('Keep recording')}</button>
            </div>`
          : html`<button class="button" data-variant="ghost" type="button" ?disabled=${this.busy} @click=${this.askDiscard}>${msg('Discard sheet')}</button>`}
      </div>
    </section>`;
  }

  private summary(row: RowState) {
    switch (row.measure) {
      case 'trials': {
        const t = tally(row.trials);
        return msg(str`${row.trials.length} trials: ${t.correct} correct, ${t.incorrect} incorrect, ${t.prompted} prompted`);
      }
      case 'frequency':
        return msg(str`Count: ${row.count}`);
      case 'duration':
        return html`${msg('Time:')} <portico-clinical-elapsed .row=${row} ?running=${row.runningSince !== null}></portico-clinical-elapsed>
          ${row.runningSince !== null ? msg('(running)') : nothing}`;
    }
  }

  private renderCurrent(row: RowState) {
    return html`<div class="current" part="current-row" role="group" aria-labelledby="current-label">
      <p class="current-label" id="current-label">${row.label}</p>
      ${row.measure === 'trials' ? this.renderTrials(row) : row.measure === 'frequency' ? this.renderCounter(row) : this.renderTimer(row)}
    </div>`;
  }

  private renderTrials(row: RowState) {
    const t = tally(row.trials);
    const percent = row.trials.length ? Math.round((t.correct / row.trials.length) * 100) : null;
    const outcomes: [TrialOutcome, string, string][] = [
      ['correct', msg('Correct'), '✓'],
      ['incorrect', msg('Incorrect'), '✗'],
      ['prompted', msg('Prompted'), 'P'],
    ];
    return html`<div class="big-buttons">
        ${outcomes.map(
          ([outcome, label]) => html`<button class="button big" part="trial-button" data-outcome=${outcome} type="button" ?disabled=${this.busy} @click=${() => this.addTrial(row, outcome, label)}>
            ${label}
          </button>`,
        )}
      </div>
      <p class="tally">
        ${msg(str`${row.trials.length} trials · ${t.correct} correct · ${t.incorrect} incorrect · ${t.prompted} prompted`)}${percent === null
          ? nothing
          : html` · ${msg(str`${percent}% correct`)}`}
      </p>
      ${row.trials.length
        ? html`<ol class="trials" aria-label=${msg(str`Trials for ${row.label}`)}>
            ${row.trials.map((trial) => {
              const [, label, mark] = outcomes.find(([o]) => o === trial)!;
              return html`<li data-outcome=${trial}><span aria-hidden="true">${mark}</span><span class="visually-hidden">${label}</span></li>`;
            })}
          </ol>`
        : nothing}
      <button class="button" type="button" ?disabled=${this.busy || row.trials.length === 0} @click=${() => this.undoTrial(row)}>${msg('Undo last trial')}</button>`;
  }

  private renderCounter(row: RowState) {
    return html`<div class="counter">
      <button class="button big" type="button" ?disabled=${this.busy || row.count === 0} @click=${() => this.count(row, -1)}>
        <span aria-hidden="true">−1</span><span class="visually-hidden">${msg('Subtract one')}</span>
      </button>
      <output class="count" aria-label=${msg(str`Count for ${row.label}`)}>${row.count}</output>
      <button class="button big" data-variant="primary" type="button" ?disabled=${this.busy} @click=${() => this.count(row, 1)}>
        <span aria-hidden="true">+1</span><span class="visually-hidden">${msg('Add one')}</span>
      </button>
    </div>`;
  }

  private renderTimer(row: RowState) {
    const running = row.runningSince !== null;
    return html`<div class="timer">
      <portico-clinical-elapsed class="clock" .row=${row} ?running=${running}></portico-clinical-elapsed>
      <button class="button big" data-variant=${running ? 'danger' : 'primary'} type="button" ?disabled=${this.busy} @click=${() => this.toggleTimer(row)}>
        ${running ? msg('Stop timer') : elapsedOf(row) > 0 ? msg('Resume timer') : msg('Start timer')}
      </button>
    </div>`;
  }

  private renderNote(run: SheetRun) {
    return html`<portico-field id="note" class="note" type="textarea" rows="3" label=${msg('Note for the practice (optional)')}
      hint=${msg(str`${run.note.length} of ${NOTE_MAX} characters`)} .value=${run.note} .error=${this.noteError}
      @input=${(e: Event) => this.onNote(run, (e.target as PorticoField).value)}></portico-field>`;
  }

  private choose(row: RowState): void {
    if (!this.run) return;
    this.run.currentRowId = row.rowId;
    this.requestUpdate();
  }

  private addTrial(row: RowState, outcome: TrialOutcome, label: string): void {
    if (this.busy) return;
    row.trials.push(outcome);
    this.emptyError = '';
    this.announce(msg(str`${label}. ${row.trials.length} trials.`));
  }

  private undoTrial(row: RowState): void {
    if (this.busy || row.trials.pop() === undefined) return;
    this.announce(msg(str`Last trial removed. ${row.trials.length} trials.`));
  }

  private count(row: RowState, delta: 1 | -1): void {
    if (this.busy) return;
    row.count = Math.max(0, row.count + delta);
    this.emptyError = '';
    this.announce(msg(str`Count: ${row.count}`));
  }

  private toggleTimer(row: RowState): void {
    if (this.busy) return;
    if (row.runningSince === null) {
      row.runningSince = Date.now();
      this.announce(msg(str`Timer started for ${row.label}.`));
    } else {
      stopTimer(row);
      this.announce(msg(str`Timer stopped at ${formatElapsed(row.elapsedMs)}.`));
    }
    this.emptyError = '';
  }

  private onNote(run: SheetRun, value: string): void {
    run.note = value;
    if (this.noteError && value.length <= NOTE_MAX) this.noteError = '';
    this.requestUpdate();
  }

  private announce(text: string): void {
    // The same text twice in a row (two "Correct" taps) must still be heard.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    this.requestUpdate();
  }

  private readonly submit = (): void => {
    const run = this.run;
    if (!run || this.busy) return;
    if (run.note.length > NOTE_MAX) {
      this.noteError = msg(str`Shorten the note to ${NOTE_MAX} characters or fewer.`);
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#note')?.focus());
      return;
    }
    if (!hasData(run)) {
      this.emptyError = msg('Nothing is recorded yet. Record at least one trial, count or time, then submit.');
      return;
    }
    this.onSubmitRun?.(run);
  };

  private readonly askDiscard = (): void => {
    this.confirmingDiscard = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.discard-confirm .button')?.focus());
  };

  private readonly keep = (): void => {
    this.confirmingDiscard = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="submit-button"]')?.focus());
  };

  private readonly discard = (): void => {
    this.confirmingDiscard = false;
    this.onDiscardRun?.();
  };
}

define('portico-clinical-sheet-run', PorticoClinicalSheetRun);

declare global {
  interface HTMLElementTagNameMap {
    'portico-clinical-sheet-run': PorticoClinicalSheetRun;
  }
}
