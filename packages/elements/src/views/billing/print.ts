/**
 * Prints one part of a view, not the page around it: the node is copied (as DOM, never as
 * markup) into a hidden same-origin frame with a plain print stylesheet, and that frame prints.
 * The stylesheet is adopted through CSSOM, so this works under a strict CSP.
 */
const PRINT_CSS = `
  body { font: 11pt/1.4 system-ui, sans-serif; color: #000; margin: 1.5cm; }
  h3 { font-size: 16pt; margin: 0 0 0.5em; }
  p { margin: 0 0 0.5em; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 0.2em 1em; margin: 0.5em 0; }
  dd { margin: 0; font-weight: 600; }
  .facts { display: grid; grid-template-columns: repeat(3, auto); }
  .facts div { display: block; }
  table { width: 100%; border-collapse: collapse; margin: 1em 0; }
  th, td { border-bottom: 1px solid #999; padding: 0.3em; text-align: start; }
  .num { text-align: end; }
  .status { border: 1px solid #000; padding: 0 0.3em; }
  .visually-hidden { position: absolute; clip-path: inset(50%); width: 1px; height: 1px; overflow: hidden; }
  .totals { justify-content: end; }
`;

/**
 * Prints `node` through `frame`. The frame takes focus to print; afterwards focus goes back to
 * `returnFocusTo` (the Print button), not left on the hidden frame.
 */
export function printNode(node: Element, frame: HTMLIFrameElement, title: string, returnFocusTo?: HTMLElement): void {
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!win || !doc) return;
  doc.title = title;
  const copy = doc.importNode(node, true) as Element;
  copy.querySelectorAll('.no-print, button').forEach((n) => n.remove());
  doc.body.replaceChildren(copy);
  const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(PRINT_CSS);
  doc.adoptedStyleSheets = [sheet];
  // print() blocks until the dialog closes in most browsers; afterprint covers the others.
  const restore = (): void => returnFocusTo?.focus();
  win.addEventListener('afterprint', restore, { once: true });
  win.focus();
  win.print();
  restore();
}
