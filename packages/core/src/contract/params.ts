/** Path parameters shared by the domain route files. */
import * as z from 'zod/mini';
import { Id } from '../schemas/common.js';
import { InvitationToken } from '../schemas/auth.js';

/** `{clientId}`: every client-scoped path starts with it. */
export const client = z.object({ clientId: Id });

/** `{clientId}` and one more id, e.g. `withId('threadId')`. */
export const withId = <K extends string>(key: K) => z.object({ clientId: Id, [key]: Id } as { clientId: typeof Id } & Record<K, typeof Id>);

/** An invitation token, carried in the body so it never lands in a URL. */
export const token = z.object({ token: InvitationToken });
