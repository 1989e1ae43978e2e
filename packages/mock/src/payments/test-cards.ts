/**
 * The test cards the test provider knows, after Stripe's test mode: each number gives the
 * token the mock backend answers for (`tok_visa` succeeds, `tok_chargeDeclined` is declined,
 * `tok_threeDSecure` needs a 3-D Secure confirmation).
 */
export const TEST_CARDS: Readonly<Record<string, string>> = {
  '4242424242424242': 'tok_visa',
  '5555555555554444': 'tok_mastercard',
  '378282246310005': 'tok_amex',
  '4000000000000002': 'tok_chargeDeclined',
  '4000000000009995': 'tok_insufficientFunds',
  '4000002760003184': 'tok_threeDSecure',
};

/** Whether a card number passes the Luhn check. */
export function luhnValid(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export type CardField = 'number' | 'expiry' | 'cvc';
export type CardProblem = 'number-incomplete' | 'number-invalid' | 'number-not-test' | 'expiry-invalid' | 'expiry-past' | 'cvc-invalid';

export interface CardInput {
  number: string;
  expiry: string;
  cvc: string;
}

/** Checks a card as a provider's field does; returns the token or the first problem per field. */
export function checkCard(input: CardInput, now: Date = new Date()): { token: string } | { problems: Partial<Record<CardField, CardProblem>> } {
  const problems: Partial<Record<CardField, CardProblem>> = {};
  const digits = input.number.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits) || digits.length < 13) problems.number = digits.length === 0 || /^\d+$/.test(digits) ? 'number-incomplete' : 'number-invalid';
  else if (!luhnValid(digits)) problems.number = 'number-invalid';
  else if (!TEST_CARDS[digits]) problems.number = 'number-not-test';
  const expiry = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(input.expiry);
  const month = expiry ? Number(expiry[1]) : 0;
  if (!expiry || month < 1 || month > 12) problems.expiry = 'expiry-invalid';
  else {
    const year = expiry[2]!.length === 2 ? 2000 + Number(expiry[2]) : Number(expiry[2]);
    const endOfMonth = Date.UTC(year, month, 1);
    if (endOfMonth <= now.getTime()) problems.expiry = 'expiry-past';
  }
  if (!/^\d{3,4}$/.test(input.cvc.trim())) problems.cvc = 'cvc-invalid';
  if (Object.keys(problems).length > 0) return { problems };
  const year = expiry![2]!.length === 2 ? 2000 + Number(expiry![2]) : Number(expiry![2]);
  return { token: withExpiry(TEST_CARDS[digits]!, month, year) };
}

/**
 * A test token carrying the card's expiry (`tok_visa~122030`), as a real provider's card
 * object does, so a saved card shows the expiry that was typed.
 */
export function withExpiry(token: string, month: number, year: number): string {
  return `${token}~${String(month).padStart(2, '0')}${year}`;
}

/** The test token without its expiry, and the expiry when it carries one. */
export function parseTestToken(token: string): { base: string; expiry?: { month: number; year: number } } {
  // A single-use token from a fresh-token provider (`tok_visa~122030__3`) is its test card's token.
  const single = token.replace(/__\w+$/, '');
  const match = /^(.*)~(\d{2})(\d{4})$/.exec(single);
  if (!match) return { base: single };
  return { base: match[1]!, expiry: { month: Number(match[2]), year: Number(match[3]) } };
}
