/**
 * The type every mock implementation satisfies, derived from the route table: adding a route
 * to `@portico/core` without implementing it here is a compile error.
 */
import type * as z from 'zod/mini';
import type { RouteDef, RouteOutput, Routes, Session } from '@portico/core';
import type { MockDb } from '../db/index.js';
import type { MockData, UserRecord } from '../db/types.js';

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type Out<S> = S extends z.ZodMiniType ? z.output<S> : unknown;

/** Parsed path params and query fields flat, the JSON body under `body`, an upload's file as `file`. */
export type ImplInput<R extends RouteDef> = Simplify<
  (R['params'] extends z.ZodMiniType ? Out<R['params']> : unknown) &
    (R['query'] extends z.ZodMiniType ? Out<R['query']> : unknown) &
    (R['body'] extends z.ZodMiniType ? { body: Out<R['body']> } : unknown) &
    (R['upload'] extends z.ZodMiniType ? { body: Out<R['upload']>; file: File } : unknown)
>;

export interface PublicContext {
  db: MockDb;
  data: MockData;
  /** The backend's clock (ms). */
  now: number;
  operation: string;
  /** The signed-in user when a token came with the request, even on public routes. */
  user: UserRecord | null;
}

export interface AuthedContext extends PublicContext {
  user: UserRecord;
  session: Session;
}

export type ContextFor<R extends RouteDef> = R['authenticated'] extends false ? PublicContext : AuthedContext;

export type Impl<R extends RouteDef> = (input: ImplInput<R>, ctx: ContextFor<R>) => RouteOutput<R> | Promise<RouteOutput<R>>;

export type MockImplementation = {
  [D in keyof Routes]: { [O in keyof Routes[D]]: Routes[D][O] extends RouteDef ? Impl<Routes[D][O]> : never };
};

/** A slice of the implementation: one file per domain. */
export type ImplFor<D extends keyof Routes> = Pick<MockImplementation, D>;
