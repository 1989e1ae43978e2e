/** Appointments and slots grouped by the user's local day. */
import { localDateOf, type FormatContext } from '@portico/core';

/** `list` grouped by the local date (`YYYY-MM-DD`) each item starts on in the context's zone, in list order. */
export function groupByDay<T extends { start: string }>(list: readonly T[], ctx: Pick<FormatContext, 'timeZone'>): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of list) {
    const day = localDateOf(item.start, ctx);
    const group = map.get(day);
    if (group) group.push(item);
    else map.set(day, [item]);
  }
  return map;
}
