import type { Rng } from './random.js';

/** What every part of the seed is generated from. */
export interface SeedContext {
  rng: Rng;
  /** The moment the practice's data is relative to. */
  now: number;
  timeZone: string;
  /** Where the bytes of a file or attachment are served (the mock's download route). */
  downloadUrl(id: string): string;
}

export const ORG_TIME_ZONE = 'America/Chicago';

/** Client ids, fixed so tests and stories can name them. */
export const CLIENT = { avery: 'cl-avery', milo: 'cl-milo', nora: 'cl-nora' } as const;

/** Team member ids; `robin` is the hidden one (TEAM-2). */
export const MEMBER = {
  riley: 'tm-riley', casey: 'tm-casey', jamie: 'tm-jamie', morgan: 'tm-morgan',
  alex: 'tm-alex', taylor: 'tm-taylor', quinn: 'tm-quinn', robin: 'tm-robin',
} as const;

export const HIDDEN_MEMBER_ID = MEMBER.robin;
