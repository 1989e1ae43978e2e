/** Routes of the `account` domain; see `../routes.ts`. */
import * as z from 'zod/mini';
import { route } from '../route.js';
import { client } from '../params.js';
import { Availability, ContactPracticeInput, ContactPracticeResult, MessageTemplate, NotificationPreferences, Profile, ProfileInput } from '../../schemas/account.js';

export const account = {
  getProfile: route({ method: 'GET', path: '/me/profile', summary: 'The signed-in user\'s contact details', response: Profile }),
  updateProfile: route({ method: 'PATCH', path: '/me/profile', summary: 'Update contact details', body: ProfileInput, response: Profile }),
  getPreferences: route({ method: 'GET', path: '/me/preferences', summary: 'Notification channels per event, reminders, time zone, language', response: NotificationPreferences }),
  updatePreferences: route({ method: 'PUT', path: '/me/preferences', summary: 'Replace notification preferences', body: NotificationPreferences, response: NotificationPreferences }),
  getAvailability: route({ method: 'GET', path: '/clients/{clientId}/availability', summary: 'The client\'s weekly availability', params: client, requires: 'account', response: Availability }),
  updateAvailability: route({ method: 'PUT', path: '/clients/{clientId}/availability', summary: 'Replace the weekly availability', params: client, body: Availability, requires: 'account', response: Availability }),
  listTemplates: route({ method: 'GET', path: '/practice/message-templates', summary: 'Prefilled messages for contacting the practice', response: z.array(MessageTemplate) }),
  contactPractice: route({ method: 'POST', path: '/practice/messages', summary: 'Send a message to the practice owner', body: ContactPracticeInput, status: 201, response: ContactPracticeResult }),
};
