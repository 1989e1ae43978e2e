/** Routes of the `schedule` domain; see `../routes.ts`. */
import * as z from 'zod/mini';
import { route } from '../route.js';
import { client, withId } from '../params.js';
import { Appointment, AppointmentQuery, AppointmentRequest, CancelAppointmentInput, Provider, RequestAppointmentInput, RescheduleAppointmentInput, Service, Slot, SlotQuery } from '../../schemas/schedule.js';

export const schedule = {
  listAppointments: route({ method: 'GET', path: '/clients/{clientId}/appointments', summary: 'Appointments the client may see, by start time', params: client, query: AppointmentQuery, requires: 'schedule', response: z.array(Appointment) }),
  getAppointment: route({ method: 'GET', path: '/clients/{clientId}/appointments/{appointmentId}', summary: 'One appointment', params: withId('appointmentId'), requires: 'schedule', response: Appointment }),
  cancelAppointment: route({ method: 'POST', path: '/clients/{clientId}/appointments/{appointmentId}/cancel', summary: 'Cancel within the notice rules (409 inside the notice window)', params: withId('appointmentId'), body: CancelAppointmentInput, requires: 'schedule.change', response: Appointment }),
  rescheduleAppointment: route({ method: 'POST', path: '/clients/{clientId}/appointments/{appointmentId}/reschedule', summary: 'Move to another open slot within the notice rules', params: withId('appointmentId'), body: RescheduleAppointmentInput, requires: 'schedule.change', response: Appointment }),
  listProviders: route({ method: 'GET', path: '/clients/{clientId}/providers', summary: 'Providers the client may book with', params: client, requires: 'schedule.book', response: z.array(Provider) }),
  listServices: route({ method: 'GET', path: '/clients/{clientId}/services', summary: 'Services that can be booked', params: client, requires: 'schedule.book', response: z.array(Service) }),
  listSlots: route({ method: 'GET', path: '/clients/{clientId}/slots', summary: 'Open slots for a provider and service in a time range', params: client, query: SlotQuery, requires: 'schedule.book', response: z.array(Slot) }),
  listRequests: route({ method: 'GET', path: '/clients/{clientId}/appointment-requests', summary: 'Self-scheduling requests and their status', params: client, requires: 'schedule', response: z.array(AppointmentRequest) }),
  requestAppointment: route({ method: 'POST', path: '/clients/{clientId}/appointment-requests', summary: 'Request an open slot; pending until the provider accepts or declines. A service with an up-front amount needs `payment` (400 `payment-required`); a declined card is a 400 `card-declined` and stores nothing', params: client, body: RequestAppointmentInput, requires: 'schedule.book', status: 201, response: AppointmentRequest }),
  withdrawRequest: route({ method: 'POST', path: '/clients/{clientId}/appointment-requests/{requestId}/withdraw', summary: 'Withdraw a pending request; its up-front payment is refunded or voided', params: withId('requestId'), requires: 'schedule.book', response: AppointmentRequest }),
};
