/**
 * Zod's issues as the contract reports them: one `{ path, message }` per problem, the path dotted
 * (`amount.amount`, `items.3.sentAt`, `''` for the value as a whole). Used by the REST adapter
 * (input and response checks) and by the mock (request checks), so both name the same field.
 */

/** A field-level problem, as in the contract's error body. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The part of a zod issue this reads (`zod` and `zod/mini` issues both fit). */
interface ZodIssueLike {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  /** `invalid_union`: each member's own issues, paths relative to the union. */
  readonly errors?: readonly (readonly ZodIssueLike[])[];
  /** `invalid_key` / `invalid_element`: the nested issues, paths relative to the entry. */
  readonly issues?: readonly ZodIssueLike[];
}

/**
 * Flattens zod issues into field issues. A value that fits no member of a union is reported by
 * the member it came closest to (the fewest problems; the first on a tie) with that member's
 * field paths — `amount.amount` for a payment with a bad amount, not `''` for the whole body.
 */
export function flattenIssues(issues: readonly ZodIssueLike[]): FieldIssue[] {
  return issues.flatMap((issue) => flatten(issue, []));
}

function flatten(issue: ZodIssueLike, base: readonly PropertyKey[]): FieldIssue[] {
  const here = [...base, ...issue.path];
  const nested = issue.code === 'invalid_union' ? closest(issue.errors ?? [], here) : issue.issues?.length ? issue.issues.flatMap((i) => flatten(i, here)) : undefined;
  return nested?.length ? nested : [{ path: here.map(String).join('.'), message: issue.message }];
}

function closest(members: readonly (readonly ZodIssueLike[])[], base: readonly PropertyKey[]): FieldIssue[] | undefined {
  let best: FieldIssue[] | undefined;
  for (const member of members) {
    const flat = member.flatMap((i) => flatten(i, base));
    if (flat.length > 0 && (!best || flat.length < best.length)) best = flat;
  }
  return best;
}
