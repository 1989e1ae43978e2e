/** Routes of the `forms` domain; see `../routes.ts`. */
import * as z from 'zod/mini';
import { route } from '../route.js';
import { client, withId } from '../params.js';
import { FormAssignment, FormDefinition, FormProgress, SaveFormProgressInput, SubmitFormInput } from '../../schemas/forms.js';

export const forms = {
  listAssignments: route({ method: 'GET', path: '/clients/{clientId}/form-assignments', summary: 'Forms and intake packets assigned to the client', params: client, requires: 'forms', response: z.array(FormAssignment) }),
  getDefinition: route({ method: 'GET', path: '/clients/{clientId}/form-assignments/{assignmentId}/definition', summary: 'The definition of an assigned form', params: withId('assignmentId'), requires: 'forms', response: FormDefinition }),
  getProgress: route({ method: 'GET', path: '/clients/{clientId}/form-assignments/{assignmentId}/progress', summary: 'Saved answers so far', params: withId('assignmentId'), requires: 'forms', response: FormProgress }),
  saveProgress: route({ method: 'PUT', path: '/clients/{clientId}/form-assignments/{assignmentId}/progress', summary: 'Save answers so far', params: withId('assignmentId'), body: SaveFormProgressInput, requires: 'forms', response: FormProgress }),
  submit: route({ method: 'POST', path: '/clients/{clientId}/form-assignments/{assignmentId}/submission', summary: 'Submit answers and signature; the completed form becomes a document', params: withId('assignmentId'), body: SubmitFormInput, requires: 'forms', response: FormAssignment }),
};
