/** Helpers shared by the clinical view's parts: status words, formatting context, durations. */
import { msg } from '@lit/localize';
import type { CarePlan, FormatContext, Homework, Target } from '@portico/core';
import { formatContextFor, type FormatPreferences } from '../../controllers/format-context.js';

/** The formatting context of a config (the view kit's one defaults rule, `formatContextFor`). */
export function formatContext(config: FormatPreferences | undefined): FormatContext {
  return formatContextFor(config, undefined);
}

/** A target's status as words (never colour alone). */
export function targetStatusLabel(status: Target['status']): string {
  switch (status) {
    case 'baseline':
      return msg('Baseline');
    case 'in-progress':
      return msg('In progress');
    case 'mastered':
      return msg('Mastered');
    case 'on-hold':
      return msg('On hold');
  }
}

export function stepStatusLabel(status: Target['steps'][number]['status']): string {
  switch (status) {
    case 'not-started':
      return msg('Not started');
    case 'in-progress':
      return msg('In progress');
    case 'mastered':
      return msg('Mastered');
  }
}

export function goalStatusLabel(status: CarePlan['goals'][number]['status']): string {
  switch (status) {
    case 'active':
      return msg('Current');
    case 'met':
      return msg('Met');
    case 'discontinued':
      return msg('Discontinued');
  }
}

export function homeworkStatusLabel(status: Homework['status']): string {
  return status === 'done' ? msg('Completed') : msg('To do');
}

/** `mm:ss` (or `h:mm:ss` past an hour) for a number of milliseconds. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mmss = `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

