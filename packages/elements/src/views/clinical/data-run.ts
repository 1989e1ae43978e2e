/**
 * One run of a data sheet, held in memory by the element only (it is health data: never in
 * localStorage or the URL). Plain objects so the row controls and the timer display read the
 * same state; the element re-renders after each change it makes.
 */
import { randomId, type DataSheet, type DataSheetRecordInput } from '@portico/core';

export type TrialOutcome = 'correct' | 'incorrect' | 'prompted';
export type Measure = DataSheet['rows'][number]['measure'];

export interface RowState {
  readonly rowId: string;
  readonly label: string;
  readonly measure: Measure;
  trials: TrialOutcome[];
  count: number;
  /** Time accumulated by earlier start/stop periods, ms. */
  elapsedMs: number;
  /** When the current period started (ms since the epoch), or null when stopped. */
  runningSince: number | null;
}

export interface SheetRun {
  readonly sheet: DataSheet;
  readonly clientId: string;
  readonly startedAt: string;
  rows: RowState[];
  note: string;
  currentRowId: string;
}

/** A record on its way to the practice, as kept in the store's outbox (which holds its idempotency key and status). */
export interface OutboxEntry {
  readonly localId: string;
  readonly clientId: string;
  readonly dataSheetId: string;
  readonly sheetTitle: string;
  readonly input: DataSheetRecordInput;
}

export function startRun(sheet: DataSheet, clientId: string, now = Date.now()): SheetRun {
  return {
    sheet,
    clientId,
    startedAt: new Date(now).toISOString(),
    note: '',
    currentRowId: sheet.rows[0]?.id ?? '',
    rows: sheet.rows.map((r) => ({ rowId: r.id, label: r.label, measure: r.measure, trials: [], count: 0, elapsedMs: 0, runningSince: null })),
  };
}

export function elapsedOf(row: RowState, now = Date.now()): number {
  return row.elapsedMs + (row.runningSince === null ? 0 : now - row.runningSince);
}

export function stopTimer(row: RowState, now = Date.now()): void {
  if (row.runningSince === null) return;
  row.elapsedMs += now - row.runningSince;
  row.runningSince = null;
}

export function tally(trials: readonly TrialOutcome[]): Record<TrialOutcome, number> {
  const counts = { correct: 0, incorrect: 0, prompted: 0 };
  for (const t of trials) counts[t]++;
  return counts;
}

/** Whether anything at all was recorded (an empty sheet is not worth sending). */
export function hasData(run: SheetRun): boolean {
  return run.rows.some((r) => r.trials.length > 0 || r.count > 0 || elapsedOf(r) >= 1000);
}

/** Stops every timer and freezes the run into the record the contract takes. */
export function toRecord(run: SheetRun, now = Date.now()): DataSheetRecordInput {
  run.rows.forEach((r) => stopTimer(r, now));
  const note = run.note.trim();
  return {
    startedAt: run.startedAt,
    endedAt: new Date(now).toISOString(),
    rows: run.rows.map((r) =>
      r.measure === 'trials' ? { rowId: r.rowId, trials: [...r.trials] }
      : r.measure === 'frequency' ? { rowId: r.rowId, count: r.count }
      : { rowId: r.rowId, durationSeconds: Math.round(r.elapsedMs / 1000) },
    ),
    ...(note ? { note } : {}),
  };
}

export function outboxEntry(run: SheetRun, now = Date.now()): OutboxEntry {
  return {
    localId: randomId(),
    clientId: run.clientId,
    dataSheetId: run.sheet.id,
    sheetTitle: run.sheet.title,
    input: toRecord(run, now),
  };
}

export const NOTE_MAX = 2000;
