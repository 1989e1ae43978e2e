/**
 * Renders `<portico-schedule>` for a test; the harness that drives it is the shipped one
 * (src/testing/schedule.ts).
 */
import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PortalAdapter } from '@portico/core';
import '../../src/provider/provider.js';
import '../../src/views/schedule/schedule.js';
import type { PorticoSchedule } from '../../src/views/schedule/schedule.js';
import { PorticoHarness, selectWithKeys, typeInto } from '../../src/testing/harness.js';
import type { Scope, TextMatch } from '../../src/testing/queries.js';
import './harness.js';

export { ScheduleHarness, byText, calendarSettled, findField, partOf, pickFirstSlot, showNextDayWithKeys, waitForText } from '../../src/testing/schedule.js';

/**
 * Presses the button named `name` (by role and accessible name) in `scope` once it is shown,
 * with a real click through the driver.
 */
export async function pressButton(scope: Scope, name: TextMatch): Promise<void> {
  const person = new PorticoHarness(document.body);
  await person.click(await person.findByRole('button', { name, within: scope }));
}

/** Chooses an option (its value or text) in a list box with the keyboard. */
export function choose(select: HTMLSelectElement, option: string): Promise<HTMLSelectElement> {
  return selectWithKeys(select, option);
}

/** Types into a field with key presses, replacing what it holds. */
export function type<C extends HTMLTextAreaElement | HTMLInputElement>(field: C, text: string): Promise<C> {
  return typeInto(field, text);
}

export interface ScheduleOptions {
  mode?: 'month' | 'week' | 'list';
  /** The provider's `time-zone` attribute (overrides the user's zone). */
  timeZone?: string;
  item?: string;
}

export async function renderSchedule(adapter: PortalAdapter, options: ScheduleOptions = {}): Promise<PorticoSchedule> {
  const provider = await fixture(html`<portico-provider .adapter=${adapter} time-zone=${ifDefined(options.timeZone)}>
    <portico-schedule mode=${options.mode ?? 'list'} .item=${options.item}></portico-schedule>
  </portico-provider>`);
  return provider.querySelector('portico-schedule')!;
}
