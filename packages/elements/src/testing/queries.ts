/**
 * Queries by role, accessible name and text across shadow roots, the way a person (or a screen
 * reader) meets the page: the composed tree, slotted content where it is shown, nothing hidden.
 * Roles and names come from `dom-accessibility-api` (Testing Library's implementation of the
 * WAI-ARIA and accname specifications), so a harness and a screen reader agree on what a control
 * is called.
 */
import { computeAccessibleDescription, computeAccessibleName, getRole } from 'dom-accessibility-api';

/** Where a query looks: an element (its shadow root if it has one), a shadow root or the document. */
export type Scope = Element | ShadowRoot | Document;

/** A name or text to match: a string matches exactly (whitespace folded), a RegExp by `test`. */
export type TextMatch = string | RegExp;

export interface ByRoleOptions {
  /** The accessible name (a label, `aria-label`, the text of a button…). */
  name?: TextMatch;
  /** Include elements a person cannot see (hidden, `display: none`, `aria-hidden`). */
  hidden?: boolean;
}

const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function matches(actual: string, expected: TextMatch): boolean {
  const text = fold(actual);
  return typeof expected === 'string' ? text === fold(expected) : expected.test(text);
}

/** The elements of the composed tree under `scope`, in the order a person reads them. */
export function composedElements(scope: Scope): Element[] {
  const out: Element[] = [];
  const visitChildren = (parent: ParentNode): void => {
    for (const child of parent.children) visit(child);
  };
  const visit = (el: Element): void => {
    out.push(el);
    if (el instanceof HTMLSlotElement) {
      const assigned = el.assignedElements({ flatten: true });
      if (assigned.length) assigned.forEach(visit);
      else visitChildren(el);
    } else if (el.shadowRoot) {
      visitChildren(el.shadowRoot);
    } else {
      visitChildren(el);
    }
  };
  if (scope instanceof Element && scope.shadowRoot) visitChildren(scope.shadowRoot);
  else if (scope instanceof Document) visitChildren(scope.documentElement);
  else visitChildren(scope);
  return out;
}

/** The parent in the composed tree: the slot it is shown in, its parent, or its shadow host. */
export function composedParent(el: Element): Element | null {
  return el.assignedSlot ?? el.parentElement ?? ((el.getRootNode() as Partial<ShadowRoot>).host ?? null);
}

/** Whether a person can perceive `el`: rendered, visible, not under `aria-hidden` or `inert`. */
export function isShown(el: Element): boolean {
  if (!el.checkVisibility({ visibilityProperty: true })) return false;
  for (let node: Element | null = el; node; node = composedParent(node)) {
    if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('inert')) return false;
  }
  return true;
}

/** The role of an element (explicit `role`, else the HTML element's implicit one). */
export function roleOf(el: Element): string | null {
  return getRole(el);
}

/**
 * The accessible name of an element, as assistive technology computes it (with `hidden`, also
 * for an element that is not shown, as Testing Library's `{ hidden: true }` does).
 */
export function nameOf(el: Element, options: { hidden?: boolean } = {}): string {
  return fold(computeAccessibleName(el, { hidden: options.hidden ?? false }));
}

/**
 * The accessible description of an element (what its `aria-describedby` names: a field's hint
 * and error), as assistive technology reads it after the name.
 */
export function descriptionOf(el: Element): string {
  return fold(computeAccessibleDescription(el));
}

/**
 * The error shown for a field: the text of what its `aria-describedby` names that is an error
 * (a `<portico-field>`'s error part, a view's `.field-error`), '' when none is shown. `control`
 * is the control itself, a `<portico-field>` (its inner control is read) or a `<fieldset>` whose
 * group error is tied to it. Only the error, not the hint: the description says both.
 */
export function errorOf(control: Element): string {
  const inner = control.shadowRoot?.querySelector('[aria-describedby]');
  const el = control.hasAttribute('aria-describedby') || !inner ? control : inner;
  const scope = el.getRootNode() as Document | ShadowRoot;
  return (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => scope.getElementById(id))
    .filter((e): e is HTMLElement => !!e && e.matches('.field-error, [part~="error"]'))
    .map((e) => fold(e.textContent ?? ''))
    .join(' ');
}

/** The text a person reads in `scope`, across shadow roots and slots, whitespace folded. */
export function textOf(scope: Scope): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
    } else if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...node.childNodes]).forEach(walk);
    } else if (node instanceof Element && node.shadowRoot) {
      walk(node.shadowRoot);
    } else if (!(node instanceof HTMLStyleElement || node instanceof HTMLScriptElement || node instanceof HTMLTemplateElement)) {
      node.childNodes.forEach(walk);
    }
  };
  walk(scope instanceof Document ? scope.documentElement : scope);
  return fold(parts.join(' '));
}

/** Every element under `scope` with `role` (and, if given, that accessible name). */
export function queryAllByRole(scope: Scope, role: string, options: ByRoleOptions = {}): Element[] {
  return composedElements(scope).filter(
    (el) => roleOf(el) === role && (options.hidden || isShown(el)) && (options.name === undefined || matches(nameOf(el, options), options.name)),
  );
}

/** What a failed query saw: the roles and names present, so the error says what to fix. */
function present(scope: Scope, role: string, options: ByRoleOptions): string {
  const seen = composedElements(scope).filter((el) => roleOf(el) === role && (options.hidden || isShown(el)));
  return seen.length ? seen.map((el) => `"${nameOf(el, options)}"`).join(', ') : 'none';
}

export function describeRole(role: string, options: ByRoleOptions = {}): string {
  return options.name === undefined ? `a ${role}` : `the ${role} "${String(options.name)}"`;
}

/** The one element with `role` (and name); throws, listing what is there, when none or several. */
export function getByRole<E extends Element = HTMLElement>(scope: Scope, role: string, options: ByRoleOptions = {}): E {
  const found = queryAllByRole(scope, role, options);
  if (found.length === 1) return found[0] as E;
  const what = describeRole(role, options);
  if (found.length === 0) throw new Error(`No ${what.replace(/^(a|the) /, '')} on screen; ${role}s shown: ${present(scope, role, options)}`);
  throw new Error(`${found.length} elements match ${what}; give a name that tells them apart`);
}

/** The element with `role` and name if there is exactly one, else null. */
export function queryByRole<E extends Element = HTMLElement>(scope: Scope, role: string, options: ByRoleOptions = {}): E | null {
  const found = queryAllByRole(scope, role, options);
  return found.length === 1 ? (found[0] as E) : null;
}

/**
 * The innermost shown elements whose text matches: `getAllByText(view, 'No messages yet')` finds
 * the paragraph, not every ancestor that contains it.
 */
export function queryAllByText(scope: Scope, text: TextMatch): Element[] {
  const candidates = composedElements(scope).filter(
    (el) => !(el instanceof HTMLStyleElement || el instanceof HTMLScriptElement || el instanceof HTMLSlotElement) && matches(textOf(el), text),
  );
  const set = new Set(candidates);
  const hasMatchingDescendant = new Set<Element>();
  for (const el of candidates) {
    for (let p = composedParent(el); p; p = composedParent(p)) if (set.has(p)) hasMatchingDescendant.add(p);
  }
  return candidates.filter((el) => !hasMatchingDescendant.has(el) && isShown(el));
}

export function getByText<E extends Element = HTMLElement>(scope: Scope, text: TextMatch): E {
  const found = queryAllByText(scope, text);
  if (found.length === 0) throw new Error(`No text "${String(text)}" on screen`);
  return found[0] as E;
}

/** The roles a form control can have, for `getByLabel`. */
const fieldRoles = new Set(['textbox', 'searchbox', 'combobox', 'listbox', 'spinbutton', 'checkbox', 'radio', 'switch', 'slider', 'radiogroup', 'group']);

/** Whether `el` is a control a label names: a field role, or an input without one (date, time, color). */
function isField(el: Element): boolean {
  const role = roleOf(el);
  // A <details> or <optgroup> is a group too, but not one a label names for filling in.
  if (role === 'group') return el.localName === 'fieldset' || el.getAttribute('role') === 'group';
  if (role) return fieldRoles.has(role);
  return el instanceof HTMLInputElement && !['button', 'submit', 'reset', 'image', 'hidden'].includes(el.type);
}

/** Every shown form control (or group of them) whose accessible name matches `label`. */
export function queryAllByLabel(scope: Scope, label: TextMatch): Element[] {
  return composedElements(scope).filter((el) => isField(el) && isShown(el) && matches(nameOf(el), label));
}

/** The form control labelled `label` (its `<label>`, `aria-label` or `aria-labelledby`). */
export function getByLabel<E extends Element = HTMLInputElement>(scope: Scope, label: TextMatch): E {
  const found = queryAllByLabel(scope, label);
  if (found.length === 1) return found[0] as E;
  if (found.length === 0) {
    const names = composedElements(scope).filter((el) => isField(el) && isShown(el)).map((el) => `"${nameOf(el)}"`);
    throw new Error(`No field labelled "${String(label)}"; fields shown: ${names.join(', ') || 'none'}`);
  }
  throw new Error(`${found.length} fields are labelled "${String(label)}"`);
}

/** The focused element, following shadow roots down to the innermost one. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The topmost element at a point, following shadow roots (what a click there lands on). */
export function deepElementFromPoint(x: number, y: number, doc: Document = document): Element | null {
  let hit: Element | null = doc.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const root: ShadowRoot = hit.shadowRoot;
    let inner = root.elementFromPoint(x, y);
    if (inner === hit) {
      // The point is over the host's own children (slotted text, "Download" in a
      // <portico-document-button>), which a shadow root reports as its host: the click goes
      // through the slot they render in, the topmost element of the shadow tree there.
      inner = root.elementsFromPoint(x, y).find((e) => e.getRootNode() === root) ?? null;
    }
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}
