/**
 * Small helpers for play functions that reach into Portico's shadow roots: wait for something
 * to appear, find a button by its text, type into a field the way a person does. Testing
 * Library's `userEvent.type` types into `document.activeElement`, which is a shadow host here,
 * so fields are filled by setting the value and firing `input`, as the elements' own tests do.
 */

/** Polls until `find` returns something truthy; throws with `what` after `timeout` ms. */
export async function until<T>(find: () => T | null | undefined | false, what = 'the story to settle', timeout = 8000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - started > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

/** The open shadow root of the first `selector` under `scope` (light DOM), once it has rendered something. */
export function shadowOf(scope: ParentNode | null | undefined, selector: string): ShadowRoot | null {
  const root = scope?.querySelector(selector)?.shadowRoot;
  return root && root.childElementCount > 0 ? root : null;
}

/** The text a person sees in `node`, shadow roots included, with runs of white space collapsed. */
export function textOf(node: Node | null | undefined): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n instanceof Element && ['style', 'script', 'template'].includes(n.localName)) return;
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    for (const child of n.childNodes) walk(child);
  };
  if (node) walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The button in `root` whose text or accessible label is `label`. */
export function buttonNamed(root: ParentNode | null | undefined, label: string | RegExp): HTMLButtonElement | null {
  const matches = (text: string | null) => text !== null && (typeof label === 'string' ? text === label : label.test(text));
  return [...(root?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => matches(textOf(b)) || matches(b.getAttribute('aria-label'))) ?? null;
}

/** Fills a field as a person does: focus, the value, then `input` (and `change` for selects). */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (field instanceof HTMLSelectElement) field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Submits the form a field belongs to, as pressing its submit button does. */
export function submit(form: HTMLFormElement): void {
  form.requestSubmit();
}

/** The control labelled `label` (its `<label>`'s text, an "(optional)" marker ignored). */
export function fieldLabelled<E extends HTMLElement = HTMLInputElement>(root: ShadowRoot, label: string): E {
  const found = [...root.querySelectorAll('label')].find((l) => textOf(l).replace('(optional)', '').trim() === label);
  const control = found ? root.getElementById(found.htmlFor) : null;
  if (!control) throw new Error(`No field labelled "${label}"`);
  return control as E;
}
