/** Routes of the `timesheets` domain; see `../routes.ts`. */
import * as z from 'zod/mini';
import { route } from '../route.js';
import { client, withId } from '../params.js';
import { SignTimesheetInput, Timesheet } from '../../schemas/billing.js';

export const timesheets = {
  list: route({ method: 'GET', path: '/clients/{clientId}/timesheets', summary: 'Provider timesheets to review', params: client, requires: 'billing.timesheets', response: z.array(Timesheet) }),
  sign: route({ method: 'POST', path: '/clients/{clientId}/timesheets/{timesheetId}/decision', summary: 'E-sign or dispute a timesheet', params: withId('timesheetId'), body: SignTimesheetInput, requires: 'billing.timesheets', response: Timesheet }),
};
