import { msg } from '@lit/localize';

/** An address with something before and after one `@` and a dot in the domain: a typo check, not deliverability. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether `value` looks like an address (linear in its length, unlike the browser's own check). */
export function looksLikeEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** The message to show next to an email field, or undefined when `value` looks like an address. */
export function emailProblem(value: string): string | undefined {
  return looksLikeEmail(value) ? undefined : msg('Enter an email address, like name@example.com.');
}
