/**
 * Primitives every domain schema is built from. Browser code imports `zod/mini` only,
 * which keeps the validators a few kilobytes instead of twenty.
 */
import * as z from 'zod/mini';

/** Schemas registered here become named components in the OpenAPI document. */
export const contractRegistry = z.registry<{ id: string; description?: string }>();

/** Registers a schema under a component name for the OpenAPI document and returns it unchanged. */
export function named<S extends z.ZodMiniType>(id: string, schema: S, description?: string): S {
  contractRegistry.add(schema, description === undefined ? { id } : { id, description });
  return schema;
}

/**
 * Lengths the backend may send (docs/rest-contract.md, "Text lengths"). A longer value fails
 * the contract like any malformed field: a 100,000-character name never reaches the page.
 */
export const TEXT_LIMITS = {
  /** A person's, practice's, service's, location's or file's name. */
  name: 200,
  /** A title or subject: a thread, task, form, document, job title. */
  title: 300,
  /** A message's text (the same cap as the person's own replies). */
  message: 10_000,
} as const;

/** A name, at most `TEXT_LIMITS.name` characters. */
export const Name = z.string().check(z.maxLength(TEXT_LIMITS.name));
/** A title or subject, at most `TEXT_LIMITS.title` characters. */
export const Title = z.string().check(z.maxLength(TEXT_LIMITS.title));

/** An opaque identifier chosen by the backend. */
export const Id = z.string().check(z.minLength(1), z.maxLength(200));
/** An instant as ISO 8601 in UTC, e.g. `2026-11-23T14:30:00Z`. */
export const Instant = z.iso.datetime();
/** A calendar date with no time or zone, e.g. `2026-11-23`. */
export const LocalDate = z.iso.date();
/** A wall-clock time of day, `HH:MM`, 24-hour. */
export const LocalTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
/** An IANA time-zone name, e.g. `America/Chicago`. */
export const TimeZone = z.string().check(z.minLength(1), z.maxLength(64));
/** An ISO 4217 currency code, upper case. */
export const Currency = z.string().check(z.regex(/^[A-Z]{3}$/));

/** Money as integer minor units (cents) with its currency; never floating point. */
export const Money = named(
  'Money',
  z.object({ amount: z.int(), currency: Currency }),
  'An amount in integer minor units (e.g. cents) and an ISO 4217 currency code.',
);

/** A BCP 47 language tag the portal ships text for. */
export const Language = z.enum(['en', 'es']);

/** Query for cursor pagination: pass the previous page's `nextCursor` to get the next page. */
export const PageQuery = z.object({
  cursor: z.optional(z.string().check(z.minLength(1))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200))),
});

/** One page of a cursor-paginated list; `nextCursor` is null on the last page. */
export function pageOf<S extends z.ZodMiniType>(item: S) {
  return z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });
}

/** The person a thing came from, as the client may see them. */
export const PersonRef = named(
  'PersonRef',
  z.object({
    id: Id,
    kind: z.enum(['team', 'client', 'contact', 'practice']),
    name: Name,
  }),
);

/** A file attached to a message or form, as metadata; the bytes are fetched from `url`. */
export const Attachment = named(
  'Attachment',
  z.object({
    id: Id,
    name: Name,
    mimeType: z.string(),
    size: z.int().check(z.nonnegative()),
    url: z.string(),
  }),
);

/**
 * The body of every error response (the `Error` component of the OpenAPI document). The REST
 * adapter reads it into a `PorticoError`; the mock answers with it.
 */
export const ErrorBody = named(
  'Error',
  z.object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
    }),
  }),
  'The body of every error response. `code` is machine-readable (e.g. `notice-window`), `message` is for people, ' +
    '`issues` lists field problems of a rejected request (`path` is dot-separated, e.g. `answers.q3`).',
);

export type Money = z.output<typeof Money>;
export type ErrorBody = z.output<typeof ErrorBody>;
export type PersonRef = z.output<typeof PersonRef>;
export type Attachment = z.output<typeof Attachment>;
export type Language = z.output<typeof Language>;
