/** Routes of the `auth` domain; see `../routes.ts`. */
import { route } from '../route.js';
import { token } from '../params.js';
import { AcceptInvitationRequest, ChangePasswordInput, ForgotPasswordInput, Invitation, PasswordPolicy, SignInInput, SignInResult } from '../../schemas/auth.js';

export const auth = {
  signIn: route({ method: 'POST', path: '/auth/sign-in', summary: 'Sign in with email and password', authenticated: false, body: SignInInput, response: SignInResult }),
  signOut: route({ method: 'POST', path: '/auth/sign-out', summary: 'End the current session', response: null, status: 204 }),
  forgotPassword: route({ method: 'POST', path: '/auth/forgot-password', summary: 'Send a password-reset email (always 202, whether or not the address is known)', authenticated: false, body: ForgotPasswordInput, response: null, status: 202 }),
  changePassword: route({ method: 'POST', path: '/auth/change-password', summary: 'Change the password (also ends a one-time-password session\'s forced change)', body: ChangePasswordInput, response: null, status: 204 }),
  passwordPolicy: route({ method: 'GET', path: '/auth/password-policy', summary: 'The practice\'s password rules', authenticated: false, response: PasswordPolicy }),
  getInvitation: route({ method: 'POST', path: '/auth/invitations/lookup', summary: 'Look up an invitation by its token (the token travels in the body, never the URL)', authenticated: false, body: token, response: Invitation }),
  acceptInvitation: route({ method: 'POST', path: '/auth/invitations/accept', summary: 'Enrol from an invitation: set a password and accept the terms', authenticated: false, body: AcceptInvitationRequest, response: SignInResult }),
};
