/**
 * Vitest setup for the stories as tests (vitest.config.ts). The addon renders each story, runs
 * its play function and the a11y addon's axe check; this adds what a blank or half-wired story
 * would slip past: after each story, the story actually drew its elements — every custom element
 * in it (through shadow roots) is defined (a view whose import is missing draws nothing), the
 * story's own Portico elements rendered something, and there is text or graphics on screen.
 */
import { afterEach, expect } from 'vitest';

/** The problems with what the story drew into `root` (the story's canvas, or the body). */
function renderProblems(root: Element): string[] {
  if (root.childElementCount === 0) return ['the story drew nothing'];
  const undefinedTags = new Set<string>();
  const blank = new Set<string>();
  let text = '';
  let graphics = 0;
  // `light`: the story's own markup (not inside a shadow root), whose elements must all draw something.
  const walk = (node: Node, light: boolean): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += child.textContent ?? '';
        continue;
      }
      if (!(child instanceof Element)) continue;
      const tag = child.localName;
      if (tag === 'style' || tag === 'script' || tag === 'template') continue;
      if (['svg', 'img', 'canvas', 'meter', 'progress'].includes(tag)) graphics += 1;
      if (tag.includes('-')) {
        if (!customElements.get(tag)) undefinedTags.add(tag);
        else if (light && tag.startsWith('portico-') && child.shadowRoot?.childElementCount === 0) blank.add(tag);
      }
      if (child.shadowRoot) walk(child.shadowRoot, false);
      walk(child, light);
    }
  };
  walk(root, true);
  const problems: string[] = [];
  if (undefinedTags.size) problems.push(`not defined (missing import?): ${[...undefinedTags].join(', ')}`);
  if (blank.size) problems.push(`rendered nothing: ${[...blank].join(', ')}`);
  const box = root.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) problems.push('the story has no size');
  if (!text.trim() && graphics === 0) problems.push('the story shows no text or graphics');
  return problems;
}

afterEach((context) => {
  // Only a story that ran to the end (a failed or skipped one already says why).
  if (context.task.result?.state === 'fail' || !('story' in context)) return;
  // The addon renders each story into a bare <div> it appends to the body (beside Storybook's
  // own preview markup, which has classes and ids).
  const canvas = [...document.body.querySelectorAll(':scope > div:not([class]):not([id])')].at(-1);
  expect(canvas, "the story's canvas").toBeDefined();
  expect(renderProblems(canvas!), 'what the story drew').toEqual([]);
});
