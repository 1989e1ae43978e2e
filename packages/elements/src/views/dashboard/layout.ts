/**
 * The dashboard's widgets and their layout (DASH-1, DASH-2): which widgets a session may see,
 * how a saved layout is reconciled with them, and how a reorder of the visible widgets is
 * written back into the full layout (so widgets hidden for one client keep their place).
 */
import { msg } from '@lit/localize';
import { can, type Capability, type DashboardLayout, type Session, type WidgetKind } from '@portico/core';

export type WidgetSize = DashboardLayout['widgets'][number]['size'];
export type WidgetEntry = DashboardLayout['widgets'][number];

export const WIDGET_SIZES: readonly WidgetSize[] = ['small', 'medium', 'large'];

/** Every widget kind, in the order used when a saved layout lacks some. */
export const WIDGET_KINDS: readonly WidgetKind[] = [
  'upcoming-appointments',
  'recent-messages',
  'balance-due',
  'open-tasks',
  'recent-files',
  'recent-activity',
];

/**
 * What a session must be allowed for a widget to appear (and to make its requests):
 * `all` must pass and, when given, at least one of `any`. Recent activity is the care
 * relationship's history (calls, visits, documents), so it also asks for the care team view,
 * which payers and contacts without access do not have.
 */
const REQUIRES: Record<WidgetKind, { all: Capability[]; any?: Capability[] }> = {
  'upcoming-appointments': { all: ['schedule'] },
  'recent-messages': { all: ['messages'] },
  'recent-files': { all: ['files'] },
  'recent-activity': { all: ['dashboard', 'team'] },
  'balance-due': { all: ['billing'] },
  'open-tasks': { all: [], any: ['tasks', 'forms'] },
};

export function mayShowWidget(session: Session, clientId: string, kind: WidgetKind): boolean {
  const rule = REQUIRES[kind];
  return rule.all.every((c) => can(session, clientId, c)) && (!rule.any || rule.any.some((c) => can(session, clientId, c)));
}

/** The widget's title, also its accessible name in announcements. */
export function widgetTitle(kind: WidgetKind): string {
  switch (kind) {
    case 'upcoming-appointments':
      return msg('Upcoming appointments');
    case 'recent-messages':
      return msg('Recent messages');
    case 'recent-files':
      return msg('Recent files');
    case 'recent-activity':
      return msg('Recent activity');
    case 'balance-due':
      return msg('Balance due');
    case 'open-tasks':
      return msg('Tasks and forms');
  }
}

export function sizeLabel(size: WidgetSize): string {
  switch (size) {
    case 'small':
      return msg('Small');
    case 'medium':
      return msg('Medium');
    case 'large':
      return msg('Large');
  }
}

function isKind(kind: unknown): kind is WidgetKind {
  return WIDGET_KINDS.includes(kind as WidgetKind);
}

/**
 * Every widget kind once, in the saved order; kinds the saved layout lacks are appended
 * (medium), duplicates and unknown kinds dropped.
 */
export function completeLayout(saved: readonly WidgetEntry[] | undefined): WidgetEntry[] {
  const seen = new Set<WidgetKind>();
  const result: WidgetEntry[] = [];
  for (const entry of saved ?? []) {
    if (!isKind(entry.kind) || seen.has(entry.kind)) continue;
    seen.add(entry.kind);
    result.push({ kind: entry.kind, size: WIDGET_SIZES.includes(entry.size) ? entry.size : 'medium' });
  }
  for (const kind of WIDGET_KINDS) if (!seen.has(kind)) result.push({ kind, size: 'medium' });
  return result;
}

/**
 * Puts `visible` (a reordering of the shown widgets) back into `full`: the slots the shown
 * widgets held are refilled in the new order, hidden widgets stay where they were.
 */
export function mergeVisible(full: readonly WidgetEntry[], visible: readonly WidgetEntry[]): WidgetEntry[] {
  const shown = new Set(visible.map((w) => w.kind));
  const queue = [...visible];
  return full.map((entry) => (shown.has(entry.kind) ? queue.shift()! : entry));
}

/** A copy of `list` with the item at `from` moved to `to`. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, item!);
  return copy;
}

export function sameLayout(a: readonly WidgetEntry[], b: readonly WidgetEntry[]): boolean {
  return a.length === b.length && a.every((w, i) => w.kind === b[i]!.kind && w.size === b[i]!.size);
}
