/**
 * `@portico/elements/testing`: harnesses that drive Portico's views the way a person does, for
 * the project's own tests, its stories and teams that brand or extend a view. See
 * docs/testing.md.
 */
export { defaultDriver, useDriver, userEventDriver, type Driver, type UserEventLike } from './driver.js';
export { PorticoHarness, pasteInto, segmentKeys, selectWithKeys, typeInto, type FindOptions, type HarnessOptions, type TextControl } from './harness.js';
export {
  composedElements,
  composedParent,
  deepActiveElement,
  deepElementFromPoint,
  descriptionOf,
  errorOf,
  getByLabel,
  getByRole,
  getByText,
  isShown,
  matches,
  nameOf,
  queryAllByLabel,
  queryAllByRole,
  queryAllByText,
  queryByRole,
  roleOf,
  textOf,
  type ByRoleOptions,
  type Scope,
  type TextMatch,
} from './queries.js';
export { setWaitTimeout, waitFor, waitTimeout, type WaitOptions } from './wait.js';

// One harness per view, on the base above.
export { AccountHarness } from './account.js';
export * from './auth.js';
export { BillingHarness } from './billing.js';
export { ClinicalHarness } from './clinical.js';
export { DashboardHarness } from './dashboard.js';
export { FilesHarness } from './files.js';
export { FormsHarness } from './forms.js';
export * from './guest.js';
export { MessagesHarness } from './messages.js';
export { PortalHarness } from './portal.js';
export { ScheduleHarness } from './schedule.js';
export { TasksHarness } from './tasks.js';
