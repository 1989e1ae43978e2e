#!/usr/bin/env node
/**
 * Size report for the script-tag bundle (`packages/elements/cdn/`, as `@portico/elements` ships it), gzip -9. Fails when over budget.
 *   - before any view: `portico.js` and its static imports, what every portal page downloads;
 *   - the portal: that plus every view chunk it can load (everything an English portal page
 *     can download);
 *   - the sign-in elements: `portico-auth.js`, a separate entry for hosts that use Portico's
 *     sign-in screens, beyond what it shares with the portal;
 *   - guest links: `portico-guest.js` (issue #12), a build of its own: what a guest page downloads;
 *   - each translation: loaded only when that language is chosen;
 *   - everything: all of the above together.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = 'packages/elements/cdn';
// Issue 3 set 150 KB for everything when one view existed; with all ten views the portal was
// ~158 KB (38.6 KB before any view). The fixes of issues 10 and 13 added to the shell what every
// page needs (the signed-out and expired panels, one logger, the URL allow-list, drafts and the
// outbox in the store, the unread badge, contact-access and not-found states): 44.1 KB before
// any view, 167.9 KB in all. Issues 12 and 14 then added features every practice asked for: the
// shell gained the idle sign-out and audit hooks (their timer, warning and forwarder load on first
// need), the header menu's loader and the typed intents with the booking link (44.2 → 46.4 KB);
// the portal gained the header menu, sign-in methods, password recovery, registration, appointment
// payments, share-while-uploading and the contract chunks of five new domains (169.1 → 186.1 KB);
// Spanish gained their strings (18.0 → 21.1 KB). Then the view kit (issue 11) won back 0.8 KB
// over Files, Billing, Schedule, Forms and Messages, while two things were added: the one
// form-associated field primitive `<portico-field>` (+1.2 KB, lazy, in the chunk auth and Account
// share; it pays for itself as the remaining forms leave their hand-built fields) and payment up
// front for self-scheduled requests (issue 14, +0.1 KB); a chunk the report had counted as a
// translation (`if-defined`, 0.1 KB) now counts in the portal: 187.7 KB. The field's own email
// check (the browser's froze the page on a 100,000-character address) moved ui/email.ts into a
// chunk of its own, shared by the field and the sign-in-free forms: 188.2 KB. One copy of
// TypeScript's decorator helper from tslib (`importHelpers`) instead of one per element module
// (−0.3 KB before any view, −3.6 KB the portal); terser's three compress passes (−0.1, −0.2 KB);
// every remaining form on <portico-field> (the portal −0.4 KB, its templates shorter). The guest
// links' build grew 42.3 → 43.4 KB: its answer, note and form fields are now the one field too
// (it was in the portal already). Today: 46.1 / 184.2 / 6.1 / 43.4 / 21.5 KB. The budgets below
// hold that line (+ ≤ 0.5 KB) against growth; see docs/embedding.md § Size.
const budgets = { initial: 46.5 * 1024, portal: 184.7 * 1024, auth: 15 * 1024, guest: 43.9 * 1024, locale: 22 * 1024 };
const gzipped = new Map();
const gz = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipped.get(file);
};

function files(root) {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const sdk = files(dir).filter((f) => f.endsWith('.js'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sum = (list) => list.reduce((n, f) => n + gz(f), 0);

/**
 * The entry plus every chunk it imports statically (`import … from "./x.js"`, `import "./x.js"`),
 * followed transitively; with `dynamic`, also what it loads on demand (`import("./x.js")`).
 */
function closure(entry, { dynamic }) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:^|[;}\s(,])(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["'](\.\/[^"']+)["']/g)) visit(join(file, '..', match[1]));
    if (dynamic) for (const match of code.matchAll(/import\(\s*["'](\.\/[^"']+)["']\s*\)/g)) visit(join(file, '..', match[1]));
  };
  visit(entry);
  return [...seen];
}

const initial = closure(join(dir, 'portico.js'), { dynamic: false });
// A translation chunk is a locale code and rollup's 8-character hash (`es-B5dEX1jj.js`); a chunk
// such as `if-defined-6monJOks.js` is not one.
const isLocale = (f) => /\/chunks\/[a-z]{2}(-[A-Z]{2})?-[\w-]{8}\.js$/.test(f);
const locales = sdk.filter(isLocale);
// Guest links (issue #12) are a build of their own (`portico-guest.js`, `chunks/guest/`). The portal's
// REST adapter can load the guest routes (`chunks/guest-*.js`), but only guest elements call them.
const isGuestRoutes = (f) => /\/chunks\/guest-[\w-]+\.js$/.test(f);
const portal = closure(join(dir, 'portico.js'), { dynamic: true }).filter((f) => !isLocale(f) && !isGuestRoutes(f));
const auth = closure(join(dir, 'portico-auth.js'), { dynamic: false }).filter((f) => !portal.includes(f));
// What a guest page downloads: the entry, its static imports and its own guest routes chunk.
const guestOwn = sdk.filter((f) => f.includes('/chunks/guest/') || isGuestRoutes(f));
const guest = [...closure(join(dir, 'portico-guest.js'), { dynamic: false }), ...guestOwn.filter((f) => /\/chunks\/guest\/guest-[\w-]+\.js$/.test(f))];
const rows = [
  ['before any view', sum(initial), budgets.initial],
  ['the portal (all views)', sum(portal), budgets.portal],
  ['sign-in elements (extra)', sum(auth), budgets.auth],
  ['guest links (own build)', sum(guest), budgets.guest],
  ...locales.map((f) => [`translation ${relative(dir, f).replace(/^chunks\/|-[\w-]+\.js$/g, '')}`, gz(f), budgets.locale]),
  ['everything', sum(sdk), undefined],
];
const unaccounted = sdk.filter((f) => !portal.includes(f) && !auth.includes(f) && !guest.includes(f) && !guestOwn.includes(f) && !locales.includes(f));

console.log('Portico script-tag bundle (gzip -9)\n');
for (const f of sdk.sort()) console.log(`  ${initial.includes(f) ? '*' : auth.includes(f) ? 'a' : guest.includes(f) ? 'g' : isLocale(f) ? 't' : ' '} ${relative(dir, f).padEnd(48)} ${kb(gz(f)).padStart(9)}`);
console.log('\n  * loaded before any view   a sign-in elements only   g guest links only   t a translation');
console.log('');
for (const [label, bytes, budget] of rows) console.log(`  ${(label + ':').padEnd(28)} ${kb(bytes).padStart(9)}${budget ? `  (budget ${kb(budget)})` : ''}`);
const over = rows.filter(([, bytes, budget]) => budget !== undefined && bytes > budget);
if (unaccounted.length) console.error(`\nChunks no entry loads: ${unaccounted.join(', ')}`);
if (over.length || unaccounted.length) {
  console.error(`\nOver budget: ${over.map(([label]) => label).join(', ')}`);
  process.exit(1);
}
