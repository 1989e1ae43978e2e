/** The whole mock implementation; the type makes every operation of the route table required. */
import type { MockImplementation } from './types.js';
import { authImpl } from './auth.js';
import { messagesImpl } from './messages.js';
import { filesImpl } from './files.js';
import { billingImpl } from './billing.js';
import { scheduleImpl } from './schedule.js';
import { formsImpl } from './forms.js';
import { clinicalImpl } from './clinical.js';
import { accountImpl } from './account.js';
import { recoveryImpl } from './recovery.js';
import { signInMethodsImpl } from './sign-in-methods.js';
import { registrationImpl } from './registration.js';

export const implementation: MockImplementation = {
  ...authImpl, ...messagesImpl, ...filesImpl, ...billingImpl, ...scheduleImpl, ...formsImpl, ...clinicalImpl, ...accountImpl,
  ...recoveryImpl, ...signInMethodsImpl, ...registrationImpl,
};

export type { MockImplementation, ImplInput, AuthedContext, PublicContext } from './types.js';
