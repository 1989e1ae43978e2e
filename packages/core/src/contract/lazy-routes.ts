/**
 * How the REST adapter reaches each domain's routes. `session` is needed before anything is
 * shown, so it is bundled with the adapter; every other domain's routes (and
 * the schemas they validate with) are imported the first time one of its operations is
 * called, so a page that only shows the team never downloads the billing contract.
 */
import type { Routes } from './routes.js';
import { session } from './domains/session.js';

export type RouteLoaders = { [D in keyof Routes]: () => Routes[D] | Promise<Routes[D]> };

export const routeLoaders: RouteLoaders = {
  session: () => session,
  // Sign-in and enrolment screens load this; a portal opened with a host's token never does.
  auth: () => import('./domains/auth.js').then((m) => m.auth),
  team: () => import('./domains/team.js').then((m) => m.team),
  messages: () => import('./domains/messages.js').then((m) => m.messages),
  files: () => import('./domains/files.js').then((m) => m.files),
  billing: () => import('./domains/billing.js').then((m) => m.billing),
  insurance: () => import('./domains/insurance.js').then((m) => m.insurance),
  timesheets: () => import('./domains/timesheets.js').then((m) => m.timesheets),
  schedule: () => import('./domains/schedule.js').then((m) => m.schedule),
  tasks: () => import('./domains/tasks.js').then((m) => m.tasks),
  forms: () => import('./domains/forms.js').then((m) => m.forms),
  clinical: () => import('./domains/clinical.js').then((m) => m.clinical),
  account: () => import('./domains/account.js').then((m) => m.account),
  dashboard: () => import('./domains/dashboard.js').then((m) => m.dashboard),
  audit: () => import('./domains/audit.js').then((m) => m.audit),
  // Guest links (issue #12): only the guest elements call these.
  guest: () => import('./domains/guest.js').then((m) => m.guest),
  recovery: () => import('./domains/recovery.js').then((m) => m.recovery),
  signInMethods: () => import('./domains/sign-in-methods.js').then((m) => m.signInMethods),
  registration: () => import('./domains/registration.js').then((m) => m.registration),
};
