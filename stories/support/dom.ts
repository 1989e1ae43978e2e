/**
 * Helpers for play functions that reach into Portico's shadow roots, on the shipped harness
 * (`@portico/elements/testing`, the one the elements' own tests use): wait for something to
 * appear, find a button by its accessible name, type with key presses. Keys go through
 * Storybook's `userEvent` (Testing Library's user-event, which follows focus into shadow roots).
 */
import { queryAllByRole, selectWithKeys, textOf as shownText, typeInto as typeWithKeys, useDriver, userEventDriver, waitFor } from '@portico/elements/testing';
import { userEvent } from 'storybook/test';

useDriver(userEventDriver(userEvent));

/** Waits until `find` returns something truthy; the error names `what` after `timeout` ms. */
export function until<T>(find: () => T | null | undefined | false, what = 'the story to settle', timeout = 10_000): Promise<T> {
  return waitFor(find, { message: what, timeout });
}

/** The open shadow root of the first `selector` under `scope` (light DOM), once it has rendered something. */
export function shadowOf(scope: ParentNode | null | undefined, selector: string): ShadowRoot | null {
  const root = scope?.querySelector(selector)?.shadowRoot;
  return root && root.childElementCount > 0 ? root : null;
}

/** The text a person sees in `node`, shadow roots included, with runs of white space collapsed. */
export function textOf(node: Element | ShadowRoot | Document | null | undefined): string {
  return node ? shownText(node) : '';
}

/** The first shown button in `root` whose accessible name is `label`. */
export function buttonNamed(root: Element | ShadowRoot | Document | null | undefined, label: string | RegExp): HTMLButtonElement | null {
  return root ? ((queryAllByRole(root, 'button', { name: label })[0] as HTMLButtonElement | undefined) ?? null) : null;
}

/** Fills a field as a person does: key presses into a text field, the arrow keys in a list box. */
export async function typeInto(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): Promise<void> {
  if (field instanceof HTMLSelectElement) await selectWithKeys(field, value);
  else await typeWithKeys(field, value);
}

/** Submits the form a field belongs to, as pressing its submit button does. */
export function submit(form: HTMLFormElement): void {
  form.requestSubmit();
}

/** The control labelled `label` (its `<label>`'s text, an "(optional)" marker ignored). */
export function fieldLabelled<E extends HTMLElement = HTMLInputElement>(root: ShadowRoot, label: string): E {
  // A <portico-field>'s label and control are in its own shadow root, where the field stands.
  const labels = [...root.querySelectorAll('label, portico-field')].flatMap((el) =>
    el instanceof HTMLLabelElement ? [el] : [...(el.shadowRoot?.querySelectorAll('label') ?? [])],
  );
  const found = labels.find((l) => textOf(l).replace('(optional)', '').trim() === label);
  const control = found ? (found.getRootNode() as ShadowRoot).getElementById(found.htmlFor) : null;
  if (!control) throw new Error(`No field labelled "${label}"`);
  return control as E;
}
