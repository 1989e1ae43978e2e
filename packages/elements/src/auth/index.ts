/** The sign-in elements (ACCT-1, ACCT-2): usable before there is a session, outside the portal. */
export { PorticoSignIn, type SsoProvider } from './sign-in.js';
export { PorticoEnrollment } from './enrollment.js';
export { PorticoSignOut } from './sign-out.js';
export { PorticoChangePassword } from './change-password.js';
export { PorticoPasswordRecovery } from './password-recovery.js';
export { PorticoRegistration } from '../registration/registration.js';
export { checkPassword, meetsPolicy, type PasswordRuleId, type PasswordRuleResult } from './password-rules.js';
