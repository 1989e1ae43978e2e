/**
 * The practice's password rules, checked as the user types (ACCT-1, ACCT-2). Pure and
 * text-free: the UI turns each result into a translated line; the backend checks again.
 */
import type { PasswordPolicy } from '@portico/core';

export type PasswordRuleId = 'min-length' | 'uppercase' | 'lowercase' | 'digit' | 'symbol';

export interface PasswordRuleResult {
  rule: PasswordRuleId;
  met: boolean;
  /** For `min-length`: the required number of characters. */
  minLength?: number;
}

/** Every rule the policy asks for, in a stable order, each with whether `password` meets it. */
export function checkPassword(password: string, policy: PasswordPolicy): PasswordRuleResult[] {
  // The same character classes as the REST contract's reference backend (the mock), so a
  // password the list shows as good is never refused for a rule the user could not see.
  const results: PasswordRuleResult[] = [{ rule: 'min-length', met: password.length >= policy.minLength, minLength: policy.minLength }];
  if (policy.requireUppercase) results.push({ rule: 'uppercase', met: /[A-Z]/.test(password) });
  if (policy.requireLowercase) results.push({ rule: 'lowercase', met: /[a-z]/.test(password) });
  if (policy.requireDigit) results.push({ rule: 'digit', met: /\d/.test(password) });
  if (policy.requireSymbol) results.push({ rule: 'symbol', met: /[^A-Za-z0-9]/.test(password) });
  return results;
}

/** Whether `password` meets every rule of `policy`. */
export function meetsPolicy(password: string, policy: PasswordPolicy): boolean {
  return checkPassword(password, policy).every((r) => r.met);
}
