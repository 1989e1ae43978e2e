/** The whole mock implementation; the type makes every operation of the route table required. */
import type { MockImplementation } from './types.js';
import { authImpl } from './auth.js';
import { teamImpl } from './team.js';
import { messagesImpl } from './messages.js';
import { filesImpl } from './files.js';
import { billingImpl } from './billing.js';
import { scheduleImpl } from './schedule.js';
import { tasksImpl } from './tasks.js';
import { formsImpl } from './forms.js';
import { clinicalImpl } from './clinical.js';
import { accountImpl } from './account.js';
import { auditImpl } from './audit.js';
import { guestImpl } from './guest.js';
import { recoveryImpl } from './recovery.js';
import { signInMethodsImpl } from './sign-in-methods.js';
import { registrationImpl } from './registration.js';

export const implementation: MockImplementation = {
  ...authImpl,
  ...teamImpl,
  ...messagesImpl,
  ...filesImpl,
  ...billingImpl,
  ...scheduleImpl,
  ...tasksImpl,
  ...formsImpl,
  ...clinicalImpl,
  ...accountImpl,
  ...auditImpl,
  ...guestImpl,
  ...recoveryImpl,
  ...signInMethodsImpl,
  ...registrationImpl,
};

export type { MockImplementation, ImplInput, AuthedContext, PublicContext } from './types.js';
