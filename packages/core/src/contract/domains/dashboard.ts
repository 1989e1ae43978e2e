/** Routes of the `dashboard` domain; see `../routes.ts`. */
import { route } from '../route.js';
import { client } from '../params.js';
import { Activity, DashboardLayout } from '../../schemas/account.js';
import { PageQuery, pageOf } from '../../schemas/common.js';

export const dashboard = {
  getLayout: route({ method: 'GET', path: '/me/dashboard-layout', summary: 'The user\'s saved widget order and sizes', response: DashboardLayout }),
  saveLayout: route({ method: 'PUT', path: '/me/dashboard-layout', summary: 'Save the widget order and sizes', body: DashboardLayout, response: DashboardLayout }),
  resetLayout: route({ method: 'DELETE', path: '/me/dashboard-layout', summary: 'Return to the practice\'s default layout', response: DashboardLayout }),
  listActivity: route({ method: 'GET', path: '/clients/{clientId}/activity', summary: 'Recent activity: calls, visits, documents, payments', params: client, query: PageQuery, requires: 'dashboard', response: pageOf(Activity) }),
};
