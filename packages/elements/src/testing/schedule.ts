/**
 * Drives `<portico-schedule>` the way a user does: its parts live in nested shadow roots, so
 * these helpers find buttons by their visible text and fill the booking form.
 */
import type { PorticoSchedule } from '../views/schedule/schedule.js';
import { defaultDriver, type Driver } from './driver.js';
import { PorticoHarness } from './harness.js';
import { getByLabel, queryAllByRole, type Scope, type TextMatch } from './queries.js';
import { waitFor } from './wait.js';

/** The shadow root of a part of the schedule (`portico-schedule-calendar`, …), once rendered. */
export function partOf(schedule: PorticoSchedule, tag: string): Promise<ShadowRoot> {
  return waitFor(() => schedule.shadowRoot!.querySelector(tag)?.shadowRoot, { message: `<${tag}>` });
}

/** Buttons (or links) in `root` whose text is `text`. */
export function byText<E extends HTMLElement = HTMLButtonElement>(root: ParentNode, text: string | RegExp, selector = 'button'): E | undefined {
  return [...root.querySelectorAll<E>(selector)].find((b) => {
    const t = b.textContent!.replace(/\s+/g, ' ').trim();
    return typeof text === 'string' ? t === text : text.test(t);
  });
}

export function waitForText<E extends HTMLElement = HTMLButtonElement>(root: () => ParentNode | null | undefined, text: string | RegExp, selector = 'button'): Promise<E> {
  return waitFor(() => {
    const r = root();
    return r ? byText<E>(r, text, selector) : undefined;
  }, { message: `"${String(text)}"` });
}

/**
 * The control of the field labelled `label` in `root` (the booking form's "Provider", "Service",
 * "Note for the provider (optional)", the change dialog's "Reason for cancelling (required)"),
 * once it is shown: the `<select>` or `<textarea>` a person uses, inside its `<portico-field>`.
 */
export function findField<E extends Element = HTMLSelectElement>(root: Scope, label: TextMatch): Promise<E> {
  // A check that throws (no such field yet) counts as "not yet" for waitFor.
  return waitFor(() => getByLabel<E>(root, label), { message: `the field "${String(label)}"` });
}

/** Waits until the calendar shows data (an appointment, the grid or a state panel). */
export async function calendarSettled(schedule: PorticoSchedule): Promise<ShadowRoot> {
  const root = await partOf(schedule, 'portico-schedule-calendar');
  await waitFor(() => root.querySelector('li.appointment, table.month, .week-days, portico-state-empty, portico-state-error, p.muted + p.muted, .day-group') && !root.querySelector('portico-state-loading'), { message: 'the calendar to settle' });
  return root;
}

/** A slot picker's first open time (a radio button named by its time), if one is shown. */
const firstSlot = (root: ShadowRoot): HTMLInputElement | undefined => queryAllByRole(root, 'radio')[0] as HTMLInputElement | undefined;

/** A slot picker's "Show the next day with open times: …" button, if it is shown. */
const nextDayOffer = (root: ShadowRoot): HTMLElement | undefined => queryAllByRole(root, 'button', { name: /^Show the next day with open times/ })[0] as HTMLElement | undefined;

/**
 * In a slot picker, moves to the next day with open times (if the shown day has none) and
 * picks the first open time, with clicks through the driver; returns its start instant.
 */
export async function pickFirstSlot(picker: HTMLElement, driver: Driver = defaultDriver()): Promise<string> {
  const root = await waitFor(() => picker.shadowRoot, { message: 'the slot picker' });
  await waitFor(() => firstSlot(root) ?? nextDayOffer(root), { message: 'slots or the next-day offer' });
  const offer = nextDayOffer(root);
  if (!firstSlot(root) && offer) await driver.click(offer);
  const radio = await waitFor(() => firstSlot(root), { message: 'an open slot' });
  await driver.click(radio);
  return radio.value;
}

/**
 * In a slot picker whose shown day has no open times, presses Enter on "Show the next day with
 * open times" and waits until focus is on the new day's first open time (#10.16); returns it.
 */
export async function showNextDayWithKeys(picker: HTMLElement, driver: Driver = defaultDriver()): Promise<HTMLInputElement> {
  const root = await waitFor(() => picker.shadowRoot, { message: 'the slot picker' });
  const offer = await waitFor(() => nextDayOffer(root), { message: 'the button "Show the next day with open times…"' });
  offer.focus();
  await driver.press('Enter');
  // The button is gone with the empty day; focus lands on the new day's first open time.
  const first = await waitFor(() => firstSlot(root), { message: 'the next day\'s slots' });
  await waitFor(() => root.activeElement === first, { message: 'focus on the first open time' });
  return first;
}

export class ScheduleHarness extends PorticoHarness<PorticoSchedule> {
  partOf(tag: string): Promise<ShadowRoot> {
    return partOf(this.element, tag);
  }

  calendarSettled(): Promise<ShadowRoot> {
    return calendarSettled(this.element);
  }

  pickFirstSlot(picker: HTMLElement): Promise<string> {
    return pickFirstSlot(picker, this.driver);
  }

  showNextDayWithKeys(picker: HTMLElement): Promise<HTMLInputElement> {
    return showNextDayWithKeys(picker, this.driver);
  }
}
