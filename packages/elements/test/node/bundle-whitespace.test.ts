// Issue #10 ("Dr. Riley Demo· Harbor Lane lacks a space"): the bundle's template minifier
// dropped the space that starts a template such as html` · ${location}`. The bundle now folds
// whitespace to one space, so it shows the same text as the source.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { minifyHtmlOptions } from '../../../../scripts/minify-html-options.mjs';

const source = 'const meta = html`<span class="meta">\n  ${provider}${place ? html` · ${place}` : nothing}\n</span>`;';

test('the bundle keeps the space before a separator that starts a template', async () => {
  const result = await minifyHTMLLiterals(source, { fileName: 'widget.js', ...minifyHtmlOptions });
  const code = result?.code ?? source;
  assert.match(code, /html` · \$\{place\}`/);
  // Still minified: the line breaks and indentation are folded.
  assert.doesNotMatch(code, /\n {2}/);
});
