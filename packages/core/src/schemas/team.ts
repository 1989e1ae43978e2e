import * as z from 'zod/mini';
import { Id, named, Name, Title } from './common.js';

/**
 * A member of the client's care team (TEAM-1). `hidden` is the practice's switch (TEAM-2):
 * a backend never returns hidden members to a portal user, so a well-behaved response always
 * has `hidden: false`; the field exists so adapters and mocks share one model.
 */
export const TeamMember = named(
  'TeamMember',
  z.object({
    id: Id,
    name: Name,
    /** Job title as the practice writes it, e.g. "Board Certified Behavior Analyst". */
    title: Title,
    credentials: z.optional(z.string()),
    /** The member's relation to this client, e.g. "Primary therapist". */
    relation: z.optional(z.string()),
    photoUrl: z.nullable(z.string()),
    email: z.nullable(z.string()),
    phone: z.nullable(z.string()),
    /** Whether the client may start a message thread with this member. */
    messageable: z.boolean(),
    hidden: z.boolean(),
  }),
);
export type TeamMember = z.output<typeof TeamMember>;
