/**
 * Operations of the route table by name (`'team.list'`), typed from the table: what a view
 * passes, what it gets back, and how to call it on an adapter. The view kit's `resource()`,
 * `pagedResource()` and `mutate()` take a name and derive the rest from here.
 */
import type { CallOptions, PortalAdapter, PortalOperation, RouteDef, RouteInput, RouteOutput, Routes } from '@portico/core';

type DefOf<N extends string> = N extends `${infer D}.${infer O}`
  ? D extends keyof Routes
    ? O extends keyof Routes[D]
      ? Routes[D][O] extends infer R extends RouteDef
        ? R
        : never
      : never
    : never
  : never;

/** What the caller passes to operation `N` (path and query params flat, a body under `body`). */
export type OperationInput<N extends PortalOperation> = RouteInput<DefOf<N>>;

/** What operation `N` resolves with. */
export type OperationOutput<N extends PortalOperation> = RouteOutput<DefOf<N>>;

/** A domain of the route table (`'messages'`): selects every key of that domain. */
export type PortalDomain = keyof Routes & string;

/**
 * What a write invalidates, typed against the route table: an operation (`'messages.listThreads'`),
 * a whole domain (`'dashboard'`), or either with params that must match (`['files', { clientId }]`).
 * A misspelt name does not compile.
 */
export type Invalidation = PortalOperation | PortalDomain | readonly [PortalOperation | PortalDomain, Readonly<Record<string, unknown>>];

/** Calls operation `name` on `adapter`. */
export function callOperation<N extends PortalOperation>(
  adapter: PortalAdapter,
  name: N,
  input: OperationInput<N>,
  options?: CallOptions,
): Promise<OperationOutput<N>> {
  const dot = name.indexOf('.');
  const domain = (adapter as unknown as Record<string, Record<string, (input: unknown, options?: CallOptions) => Promise<unknown>>>)[name.slice(0, dot)];
  return domain![name.slice(dot + 1)]!(input, options) as Promise<OperationOutput<N>>;
}
