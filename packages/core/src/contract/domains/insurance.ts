/** Routes of the `insurance` domain; see `../routes.ts`. */
import * as z from 'zod/mini';
import { route } from '../route.js';
import { client, withId } from '../params.js';
import { InsurancePolicy, InsurancePolicyInput, Payer } from '../../schemas/billing.js';

export const insurance = {
  list: route({ method: 'GET', path: '/clients/{clientId}/insurance', summary: 'Insurance coverage on file', params: client, requires: 'billing.insurance', response: z.array(InsurancePolicy) }),
  create: route({ method: 'POST', path: '/clients/{clientId}/insurance', summary: 'Add coverage', params: client, body: InsurancePolicyInput, requires: 'billing.insurance', status: 201, response: InsurancePolicy }),
  update: route({ method: 'PUT', path: '/clients/{clientId}/insurance/{policyId}', summary: 'Update coverage', params: withId('policyId'), body: InsurancePolicyInput, requires: 'billing.insurance', response: InsurancePolicy }),
  listPayers: route({ method: 'GET', path: '/clients/{clientId}/payers', summary: 'Payers the practice works with', params: client, requires: 'billing.insurance', response: z.array(Payer) }),
};
