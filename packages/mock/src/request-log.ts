/**
 * What the mock was asked: method and full URL (query string included), in
 * order, per database. Tests read it to prove that a secret (a guest link's token) never
 * travelled in a URL. Kept out of the tables so `reset()` leaves it alone; `clear` empties it.
 */
import type { MockDb } from './db/index.js';

export interface SeenRequest {
  method: string;
  url: string;
}

const logs = new WeakMap<MockDb, SeenRequest[]>();

/** Records one request the handlers received. */
export function recordRequest(db: MockDb, request: Request): void {
  let log = logs.get(db);
  if (!log) logs.set(db, (log = []));
  log.push({ method: request.method, url: request.url });
  // A long session (the example site) keeps the latest 500.
  if (log.length > 500) log.splice(0, log.length - 500);
}

/** The requests the mock behind `db` has received so far; `clear` starts a new log. */
export function requestsSeen(db: MockDb, { clear = false } = {}): SeenRequest[] {
  const log = [...(logs.get(db) ?? [])];
  if (clear) logs.delete(db);
  return log;
}
