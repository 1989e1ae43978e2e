/**
 * Backend-supplied patterns (a form field's `pattern`) run in the person's browser, so a
 * pattern that backtracks catastrophically — `^(a+)+$` takes seconds per keystroke at 26
 * characters — would freeze the page. JavaScript has no linear-time engine, so Portico refuses
 * the shapes that can backtrack exponentially and bounds the input for the rest:
 * - a quantified group (`(…)*`, `(…)+`, `(…){2,}`) that itself holds a quantifier or an
 *   alternation — nested quantifiers, the classic exponential case (star height above 1);
 * - back-references (`\1`, `\k<name>`) and lookbehinds, which no simple analysis bounds;
 * - patterns longer than {@link MAX_PATTERN_LENGTH}; values longer than
 *   {@link MAX_PATTERN_INPUT} are not tested (a polynomial pattern on a short value is quick).
 * A refused pattern is simply not checked in the browser: every other rule of the field still
 * is, and the backend validates the answer on submit.
 */

export const MAX_PATTERN_LENGTH = 500;
export const MAX_PATTERN_INPUT = 1_000;

const compiled = new Map<string, RegExp | null>();

/** Why a pattern is refused, or undefined when it is safe to run. */
export function unsafePatternReason(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return 'too long';
  if (/\\[1-9]|\\k</.test(pattern)) return 'back-reference';
  if (/\(\?<[=!]/.test(pattern)) return 'lookbehind';
  // Walk the pattern: for each open group, remember whether it holds a quantifier or `|`.
  const stack: { risky: boolean }[] = [];
  let inClass = false;
  let lastGroupRisky = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      i++; // an escaped character is a literal (or a class such as \d)
      lastGroupRisky = false;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    const quantifier = quantifierAt(pattern, i);
    if (quantifier) {
      if (lastGroupRisky && quantifier.unbounded) return 'nested quantifier';
      if (quantifier.variable) for (const group of stack) group.risky = true;
      lastGroupRisky = false;
      i += quantifier.length - 1;
      continue;
    }
    lastGroupRisky = false;
    if (ch === '[') inClass = true;
    else if (ch === '(') stack.push({ risky: false });
    else if (ch === '|') for (const group of stack) group.risky = true;
    else if (ch === ')') lastGroupRisky = stack.pop()?.risky ?? false;
  }
  return undefined;
}

/** The quantifier starting at `i` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, with a lazy `?`), if any. */
function quantifierAt(pattern: string, i: number): { length: number; variable: boolean; unbounded: boolean } | undefined {
  const ch = pattern[i];
  const lazy = (length: number) => (pattern[i + length] === '?' ? length + 1 : length);
  if (ch === '*' || ch === '+') return { length: lazy(1), variable: true, unbounded: true };
  if (ch === '?') return pattern[i - 1] === '(' ? undefined : { length: lazy(1), variable: true, unbounded: false };
  if (ch !== '{') return undefined;
  const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
  if (!match) return undefined;
  const [, min, comma, max] = match;
  const unbounded = comma !== undefined && max === '';
  const variable = unbounded || (comma !== undefined && Number(max) !== Number(min));
  return { length: lazy(match[0].length), variable, unbounded };
}

/** The compiled pattern when it is safe to run, else null (cached per pattern). */
export function safePattern(pattern: string): RegExp | null {
  let regexp = compiled.get(pattern);
  if (regexp !== undefined) return regexp;
  regexp = null;
  if (unsafePatternReason(pattern) === undefined) {
    for (const flags of ['u', '']) {
      try {
        regexp = new RegExp(pattern, flags);
        break;
      } catch {
        // Not valid with these flags; an invalid pattern is not checked at all.
      }
    }
  }
  compiled.set(pattern, regexp);
  return regexp;
}

/**
 * Tests `value` against a backend pattern: true or false when it could be checked safely,
 * undefined when it was not (a refused or invalid pattern, or a value too long to test).
 */
export function testPattern(pattern: string, value: string): boolean | undefined {
  if (value.length > MAX_PATTERN_INPUT) return undefined;
  const regexp = safePattern(pattern);
  return regexp ? regexp.test(value) : undefined;
}
