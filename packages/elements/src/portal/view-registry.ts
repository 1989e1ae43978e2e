/**
 * The portal's views: menu label, element tag and how to load it. One list drives the menu,
 * lazy loading and deep links.
 */
import { msg, str } from '@lit/localize';
import type { Module, PortalOperation } from '@portico/core';
import type { OperationOutput } from '../controllers/operations.js';

/** A count on a view's menu entry (e.g. unread messages), loaded with `{ clientId }` while the view is allowed. */
export interface ViewBadge {
  operation: PortalOperation;
  count: (data: unknown) => number;
  /** The entry's accessible name with the count, e.g. "Messages, 6 unread". */
  label: (viewLabel: string, count: number) => string;
}

/** A badge typed by its operation. */
function badge<N extends PortalOperation>(operation: N, count: (data: OperationOutput<N>) => number, label: ViewBadge['label']): ViewBadge {
  return { operation, count: count as (data: unknown) => number, label };
}

export interface PortalView {
  id: Module;
  /** The element that renders the view. */
  tag: `portico-${string}`;
  label: () => string;
  /** Loads the view's code on first visit (a separate chunk in the script-tag bundle). */
  load: () => Promise<unknown>;
  badge?: ViewBadge;
}

export const portalViews: readonly PortalView[] = [
  { id: 'dashboard', tag: 'portico-dashboard', label: () => msg('Dashboard'), load: () => import('../views/dashboard/dashboard.js') },
  { id: 'team', tag: 'portico-team', label: () => msg('Care team'), load: () => import('../views/team/team.js') },
  { id: 'messages', tag: 'portico-messages', label: () => msg('Messages'), load: () => import('../views/messages/messages.js'),
    // One count from the backend, shared (same store key) with the Messages view and the dashboard.
    badge: badge('messages.getSummary', (summary) => summary.unreadCount, (label, n) => msg(str`${label}, ${n} unread`)) },
  { id: 'files', tag: 'portico-files', label: () => msg('Files'), load: () => import('../views/files/files.js') },
  { id: 'billing', tag: 'portico-billing', label: () => msg('Billing'), load: () => import('../views/billing/billing.js') },
  { id: 'schedule', tag: 'portico-schedule', label: () => msg('Schedule'), load: () => import('../views/schedule/schedule.js') },
  { id: 'tasks', tag: 'portico-tasks', label: () => msg('Tasks'), load: () => import('../views/tasks/tasks.js') },
  { id: 'forms', tag: 'portico-forms', label: () => msg('Forms'), load: () => import('../views/forms/forms.js') },
  { id: 'clinical', tag: 'portico-clinical', label: () => msg('Care & progress'), load: () => import('../views/clinical/clinical.js') },
  { id: 'account', tag: 'portico-account', label: () => msg('Account'), load: () => import('../views/account/account.js') },
];

export function findView(id: string | undefined): PortalView | undefined {
  return portalViews.find((v) => v.id === id);
}
