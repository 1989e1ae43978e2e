/** Routes of the `clinical` domain; see `../routes.ts`. */
import * as z from 'zod/mini';
import { route } from '../route.js';
import { client, withId } from '../params.js';
import { CarePlan, ClinicalSession, DataSheet, DataSheetRecord, DataSheetRecordInput, Homework, Programme } from '../../schemas/clinical.js';
import { PageQuery, pageOf } from '../../schemas/common.js';

export const clinical = {
  listSessions: route({ method: 'GET', path: '/clients/{clientId}/sessions', summary: 'Past sessions with what the practice shares', params: client, query: PageQuery, requires: 'clinical', response: pageOf(ClinicalSession) }),
  listHomework: route({ method: 'GET', path: '/clients/{clientId}/homework', summary: 'Homework assigned', params: client, requires: 'clinical', response: z.array(Homework) }),
  updateHomework: route({ method: 'PATCH', path: '/clients/{clientId}/homework/{homeworkId}', summary: 'Mark homework done or not', params: withId('homeworkId'), body: z.object({ status: z.enum(['assigned', 'done']) }), requires: 'clinical', response: Homework }),
  listProgrammes: route({ method: 'GET', path: '/clients/{clientId}/programmes', summary: 'Learning programmes with targets, steps and progress', params: client, requires: 'clinical', response: z.array(Programme) }),
  listDataSheets: route({ method: 'GET', path: '/clients/{clientId}/data-sheets', summary: 'Data sheets a caregiver may run', params: client, requires: 'clinical', response: z.array(DataSheet) }),
  submitDataSheet: route({ method: 'POST', path: '/clients/{clientId}/data-sheets/{dataSheetId}/records', summary: 'Submit one run of a data sheet', params: withId('dataSheetId'), body: DataSheetRecordInput, requires: 'clinical', status: 201, response: DataSheetRecord }),
  getCarePlan: route({ method: 'GET', path: '/clients/{clientId}/care-plan', summary: 'The care plan: the client and their personal representative (a guardian the practice marks so) only, 403 for anyone else', params: client, requires: 'clinical.carePlan', response: CarePlan }),
};
