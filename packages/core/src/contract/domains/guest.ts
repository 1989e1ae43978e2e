/**
 * Routes of the `guest` domain (issue #12): one-time links for people without an account.
 * Every route is public (no bearer token) and takes the link's token in the JSON body, never
 * in the path or the query string. See `../routes.ts` and docs/rest-contract.md, "Guest links".
 */
import * as z from 'zod/mini';
import { route } from '../route.js';
import { PaymentResult } from '../../schemas/billing.js';
import {
  GuestAppointment, GuestConfirmPaymentInput, GuestGrant, GuestLink, GuestPayInput, GuestRespondInput, GuestSignInput, GuestSigned, GuestTokenBody, GuestVerifyInput,
} from '../../schemas/guest.js';

export const guest = {
  open: route({ method: 'POST', path: '/guest/links/open', summary: 'What a one-time link is for, its second factor and the practice\'s contact; a dead link says why (expired, used, revoked, locked); 404 for an unknown token', authenticated: false, body: GuestTokenBody, response: GuestLink }),
  sendCode: route({ method: 'POST', path: '/guest/links/code', summary: 'Send (again) the code of a link whose factor is a code, by SMS or email', authenticated: false, body: GuestTokenBody, response: null, status: 202 }),
  verify: route({ method: 'POST', path: '/guest/links/verify', summary: 'Check the second factor; a right answer gives a short-lived grant and the one item. Wrong: 400 "wrong-answer"; too many: 409 "link-locked"', authenticated: false, body: GuestVerifyInput, response: GuestGrant }),
  pay: route({ method: 'POST', path: '/guest/links/pay', summary: 'Pay the link\'s invoice with a payment provider token; a decline is a 200 with status "declined"', authenticated: false, body: GuestPayInput, response: PaymentResult }),
  confirmPayment: route({ method: 'POST', path: '/guest/links/pay/confirm', summary: 'Complete a guest payment that required the bank\'s extra confirmation', authenticated: false, body: GuestConfirmPaymentInput, response: PaymentResult }),
  sign: route({ method: 'POST', path: '/guest/links/sign', summary: 'Sign the link\'s form with the signer\'s typed name (400 "signature-mismatch" otherwise)', authenticated: false, body: GuestSignInput, response: GuestSigned }),
  respond: route({ method: 'POST', path: '/guest/links/respond', summary: 'Confirm, cancel or ask to reschedule the link\'s appointment', authenticated: false, body: GuestRespondInput, response: z.object({ appointment: GuestAppointment }) }),
};
