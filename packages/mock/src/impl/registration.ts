/**
 * New-client self-registration (issue #14.3). The mock takes a registration when nobody with
 * that email address, nor a client with that name and date of birth, is known — otherwise it
 * refuses it as a duplicate (409), as a practice's system would. Accepted registrations are kept
 * (so registering twice is a duplicate too); the invitation email is not sent anywhere.
 */
import type { RegistrationInput } from '@portico/core';
import { conflict, forbidden } from '../errors.js';
import type { MockData } from '../db/types.js';
import type { ImplFor } from './types.js';

/** Registrations the mock took, per data set (cleared by `reset()`). */
const registrations = new WeakMap<MockData, RegistrationInput[]>();
export function registrationsOf(data: MockData): RegistrationInput[] {
  let list = registrations.get(data);
  if (!list) registrations.set(data, (list = []));
  return list;
}

const fold = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

export const registrationImpl: ImplFor<'registration'> = {
  registration: {
    info: (_input, ctx) => ({ organisationName: ctx.data.organisation.name, termsUrl: 'https://harborlane.example/terms', open: ctx.data.organisation.features.selfRegistration !== false }),
    register: ({ body }, ctx) => {
      if (ctx.data.organisation.features.selfRegistration === false) throw forbidden('The practice does not take registrations through the portal.', 'registration-closed');
      const email = fold(body.email);
      const name = fold(`${body.firstName} ${body.lastName}`);
      const taken = registrationsOf(ctx.data);
      const duplicate =
        ctx.data.users.some((u) => fold(u.email) === email) ||
        ctx.data.clients.some((c) => fold(c.name) === name && c.dateOfBirth === body.dateOfBirth) ||
        taken.some((r) => fold(r.email) === email);
      if (duplicate) throw conflict('duplicate-client', 'The practice already has a client with these details.');
      taken.push(body);
      return { invitationSentTo: body.email.trim() };
    },
  },
};
