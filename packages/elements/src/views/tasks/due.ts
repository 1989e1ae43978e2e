/** Due dates of tasks and forms: "due today" and "overdue" in the user's own time zone. */
import { msg, str } from '@lit/localize';
import { formatLocalDate, todayIn, type FormatContext } from '@portico/core';

export type DueState = 'none' | 'upcoming' | 'today' | 'overdue';

/**
 * Where a due date stands against today in the view's time zone: `ctx` is the view's one
 * formatting context (`SessionController.format`: config → user → organisation → browser), so
 * "today" is the person's or the practice's day, not the browser's. `now` for tests and stories.
 */
export function dueState(dueOn: string | null, ctx: FormatContext, now?: Date): DueState {
  if (!dueOn) return 'none';
  const today = todayIn(ctx, now);
  if (dueOn < today) return 'overdue';
  return dueOn === today ? 'today' : 'upcoming';
}

/** The due date in words, e.g. "Due Nov 23, 2026", "Due today", "Overdue: was due Nov 20, 2026". */
export function dueText(dueOn: string | null, ctx: FormatContext, now?: Date): string {
  if (!dueOn) return msg('No due date');
  const date = formatLocalDate(dueOn, ctx);
  switch (dueState(dueOn, ctx, now)) {
    case 'today':
      return msg('Due today');
    case 'overdue':
      return msg(str`Overdue: was due ${date}`);
    default:
      return msg(str`Due ${date}`);
  }
}

