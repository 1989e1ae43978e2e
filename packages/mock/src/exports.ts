/** What both entries export besides `startMockBackend`. */
export { MockDb, type StoredResponse } from './db/index.js';
export type * from './db/types.js';
export { Faults, type FaultTarget, type MalformedOptions } from './faults.js';
export { ApiError } from './errors.js';
export { createHandlers } from './handlers.js';
export { createSeed, type SeedOptions } from './seed/index.js';
export {
  CLIENT, MEMBER, HIDDEN_MEMBER_ID, ORG_TIME_ZONE, DEMO_CREDENTIALS, DEMO_INVITATION_TOKEN, DEMO_ONE_TIME_PASSWORD,
  PRACTICE_NAME, LONG_THREAD_ID, LONG_THREAD_SIZE, SOON_APPOINTMENT_ID,
} from './seed/index.js';
export type { MockImplementation } from './impl/types.js';
export { DEMO_RECOVERY_CODE, RECOVERY_ATTEMPT_LIMIT, RECOVERY_REQUEST_LIMIT } from './impl/recovery.js';
export { createTestPaymentProvider, type TestPaymentProviderOptions } from './payments/test-provider.js';
export { TEST_CARDS } from './payments/test-cards.js';
export { CORPUS, SHORT_CORPUS, LONG_CORPUS, SENTINEL, type HostileString, type HostileKind } from './hostile/corpus.js';
export type { Hostile, HostileMode } from './hostile/transform.js';
export { recordedAuditEvents, type RecordedAuditEvent } from './impl/audit.js';
export { GUEST_CODE, GUEST_MAX_TRIES, GUEST_TOKENS, guestContractLinks, guestLinkState } from './impl/guest.js';
export { requestsSeen, type SeenRequest } from './request-log.js';
