/** Due dates of tasks and forms: "due today" and "overdue" in the user's own time zone. */
import { msg, str } from '@lit/localize';
import { formatLocalDate, todayIn, type FormatContext } from '@portico/core';
import { formatContextFor, type FormatPreferences } from '../../controllers/format-context.js';

export type DueState = 'none' | 'upcoming' | 'today' | 'overdue';

/** The formatting context of a config (the view kit's one defaults rule, `formatContextFor`). */
export function formatContext(config: FormatPreferences | undefined): FormatContext {
  return formatContextFor(config, undefined);
}

/** Where a due date stands against today in the user's zone (`now` for tests and stories). */
export function dueState(dueOn: string | null, config: FormatPreferences | undefined, now?: Date): DueState {
  if (!dueOn) return 'none';
  const today = todayIn(formatContext(config), now);
  if (dueOn < today) return 'overdue';
  return dueOn === today ? 'today' : 'upcoming';
}

/** The due date in words, e.g. "Due Nov 23, 2026", "Due today", "Overdue: was due Nov 20, 2026". */
export function dueText(dueOn: string | null, config: FormatPreferences | undefined, now?: Date): string {
  if (!dueOn) return msg('No due date');
  const date = formatLocalDate(dueOn, formatContext(config));
  switch (dueState(dueOn, config, now)) {
    case 'today':
      return msg('Due today');
    case 'overdue':
      return msg(str`Overdue: was due ${date}`);
    default:
      return msg(str`Due ${date}`);
  }
}

