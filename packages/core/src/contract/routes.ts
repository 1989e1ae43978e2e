/**
 * The route table: every operation Portico's views need, grouped by domain. The REST adapter,
 * `docs/openapi.json` and the mock backend are generated from this one object. Each domain
 * lives in its own file so the script-tag bundle can load a domain's contract with its view
 * (see `lazy-routes.ts`).
 */
import { session } from './domains/session.js';
import { auth } from './domains/auth.js';
import { team } from './domains/team.js';
import { messages } from './domains/messages.js';
import { files } from './domains/files.js';
import { billing } from './domains/billing.js';
import { insurance } from './domains/insurance.js';
import { timesheets } from './domains/timesheets.js';
import { schedule } from './domains/schedule.js';
import { tasks } from './domains/tasks.js';
import { forms } from './domains/forms.js';
import { clinical } from './domains/clinical.js';
import { account } from './domains/account.js';
import { dashboard } from './domains/dashboard.js';
import { audit } from './domains/audit.js';
import { guest } from './domains/guest.js';
import { recovery } from './domains/recovery.js';
import { signInMethods } from './domains/sign-in-methods.js';
import { registration } from './domains/registration.js';

/** Every operation of the Portico REST contract, grouped by domain. */
export const routes = {
  session, auth, team, messages, files, billing, insurance, timesheets, schedule, tasks, forms, clinical, account, dashboard,
  audit,
  guest,
  recovery,
  signInMethods,
  registration,
} as const;

export type Routes = typeof routes;
