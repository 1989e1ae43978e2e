/** Routes of the `registration` domain (issue #14.3): a new client registers from the practice's link. */
import { route } from '../route.js';
import { RegistrationInfo, RegistrationInput, RegistrationResult } from '../../schemas/registration.js';

export const registration = {
  info: route({ method: 'GET', path: '/registration', authenticated: false, summary: 'The practice\'s name, terms and whether it takes registrations', response: RegistrationInfo }),
  register: route({
    method: 'POST', path: '/registration', authenticated: false, body: RegistrationInput, status: 201, response: RegistrationResult,
    summary: 'Register as a new client: the backend creates the client and sends the invitation',
    description: 'A duplicate of an existing client (the backend decides) answers 409 `duplicate-client`; invalid fields 400 with an issue per field; registrations closed 403 `registration-closed`.',
  }),
};
