/**
 * The accessibility conformance report's source (issue #12.4): every WCAG 2.1 Level A and AA
 * success criterion (30 + 20 = 50, as listed in https://www.w3.org/TR/WCAG21/), its conformance
 * level in the ACR (VPAT 2.5 WCAG edition) terms, the remarks, and the browser tests that back it.
 *
 * `scripts/gen-acr.mjs` writes docs/accessibility.md from this table; `--check` (run by
 * `npm test`) fails a criterion when a backing test failed, was skipped or no longer exists.
 *
 * A test is `{ file, name }` (the suites and the test joined by ` > `, exactly as Web Test
 * Runner reports it) or `{ file, match }` (a RegExp source: every test in the file whose full
 * name matches must pass, and at least one must exist — for tests written in a loop).
 * `review` says what was checked by reading the code or by hand where no test can.
 */

/** The conformance levels of the ACR format. */
export const LEVELS = ['Supports', 'Partially Supports', 'Does Not Support', 'Not Applicable'];

const JOURNEYS = 'packages/elements/test/a11y/keyboard-journeys.test.ts';
const CONFORMANCE = 'packages/elements/test/a11y/conformance.test.ts';
const J = 'keyboard-only journeys (#12.4) > ';
const C = 'conformance checks behind docs/accessibility.md (#12.4) > ';

/** The journeys and checks by their stable IDs; the label is what the report prints. */
const JOURNEY_TITLES = {
  1: 'pays an invoice with a new card',
  2: 'requests an appointment',
  3: 'fills and signs a form',
  4: 'sends a message with an attachment',
  5: 'switches the client being viewed as a guardian',
};
const kbd = (n) => ({ file: JOURNEYS, match: `^${escape(J)}KBD-${n} `, label: `KBD-${n} ${JOURNEY_TITLES[n]} using only the keyboard` });
const ALL_JOURNEYS = { file: JOURNEYS, match: `^${escape(J)}KBD-\\d `, label: `KBD-1 to KBD-5 (${Object.values(JOURNEY_TITLES).join('; ')}), each using only the keyboard` };
const CHECK_TITLES = {
  'A11Y-AXE-1': 'axe finds no violation on any view (as a client and as a guardian)',
  'A11Y-AXE-2': 'axe finds no violation in any view’s error state',
  'A11Y-NAME-1': 'every control, image and region on every view has an accessible name (as a client and as a guardian)',
  'A11Y-NAME-2': 'a control named apart from its text has its visible text in its name (as a client and as a guardian)',
  'A11Y-FC-1': 'in forced colours every control the keyboard reaches shows an outline',
  'A11Y-FC-2': 'in forced colours the current page and the selected tab differ from the others by more than colour',
  'A11Y-RM-1': 'with reduced motion no animation or transition runs longer than 10 ms on any view',
  'A11Y-RF-1': 'at 320 px the pay dialog, the booking form, the composer and an open form fit without scrolling sideways',
  'A11Y-TS-1': 'with WCAG 1.4.12 text spacing no text is clipped on any view',
  'A11Y-TS-2': 'the text-spacing check sees text a box cuts off',
};
const check = (id) => ({ file: CONFORMANCE, match: `^${escape(C)}${id} `, label: `${id} ${CHECK_TITLES[id]}` });

function escape(text) {
  return text.replace(/[()#.]/g, '\\$&');
}

const AXE_VIEWS = check('A11Y-AXE-1');
const AXE_ERRORS = check('A11Y-AXE-2');
const NAMES = check('A11Y-NAME-1');
const LABEL_IN_NAME = check('A11Y-NAME-2');
const FORCED_FOCUS = check('A11Y-FC-1');
const FORCED_SELECTED = check('A11Y-FC-2');
const REDUCED_MOTION = check('A11Y-RM-1');
const TEXT_SPACING = [check('A11Y-TS-1'), check('A11Y-TS-2')];
const REFLOW_STATES = check('A11Y-RF-1');

const NARROW = 'packages/elements/test/portal/narrow.test.ts';
const REFLOW = { file: NARROW, name: 'the portal on phones (#10.15, #13.4) > fits 320 px on every view, as a client and as a guardian, with a compact header' };
const REFLOW_LONG = { file: NARROW, name: 'the portal on phones (#10.15, #13.4) > keeps the longest unbroken names and titles the contract allows inside the page at 375 px' };
const PORTAL = 'packages/elements/test/portal/portal.test.ts';
const SKIP_LINK = { file: PORTAL, name: '<portico-portal> > has a skip link that moves focus to the content' };
const FOCUS_ON_NAVIGATE = { file: PORTAL, name: '<portico-portal> > moves focus to the view heading when the user navigates, via the main region while the view loads' };
const PORTAL_AXE = { file: PORTAL, name: '<portico-portal> > passes axe for a client and for a guardian' };
const SESSION = 'packages/elements/test/portal/session.test.ts';
const LANG = { file: SESSION, name: '<portico-portal> sessions > switching to Español puts lang="es" on the portal' };
const EXPIRY = { file: SESSION, match: '^<portico-portal> sessions > an expiry fires portico-session-expired once' };
const BRAND_CONTRAST = { file: 'packages/elements/test/theme/brand-contrast.test.ts', match: 'axe finds no colour-contrast failure$' };
const THEME = 'packages/elements/test/theme/theme.test.ts';
const ON_PRIMARY = { file: THEME, name: 'theme > contrast > picks dark text on a light brand colour and white on a dark one, at 4.5:1 or more' };
const FOCUS_COLOUR = { file: THEME, name: 'theme > ensureContrast (#10.13) > derives the brand text colour for light and dark from a theme, and moves a faint focus colour' };
const DASHBOARD = 'packages/elements/test/views/dashboard-layout.test.ts';
const REORDER_KEYS = { file: DASHBOARD, name: '<portico-dashboard> layout > reorders with the keyboard, announces each step, and keeps the order on the next visit' };
const DRAG_RELEASED_HOME = { file: DASHBOARD, name: '<portico-dashboard> layout > does nothing for a drag released on its own handle' };
const DRAG_ESCAPE = { file: DASHBOARD, name: '<portico-dashboard> layout > puts a dragged widget back on Escape, and saves nothing' };
const FILES = 'packages/elements/test/views/files.test.ts';
const PREVIEW_DIALOG = { file: FILES, name: '<portico-files> preview > previews an image in a modal dialog; Escape closes it and focus returns' };
const PREVIEW_MEDIA = { file: FILES, name: '<portico-files> preview > previews a PDF in a titled frame and a video with controls' };
const FORMS = 'packages/elements/test/views/forms.test.ts';
const FORM_LABELS = { file: FORMS, name: '<portico-forms> > renders every field type with a label and takes keyboard input' };
const FORM_ERRORS = { file: FORMS, name: '<portico-forms> > validates required fields and the signature on submit: a summary that takes focus, messages next to fields' };
const FORM_HELP = { file: FORMS, name: '<portico-forms> > checks dates against their limits and ties help text to its field' };
const SIGNATURE_NAME = { file: 'packages/elements/test/views/signatures.test.ts', match: '^signatures name the signed-in person > forms: "X" is refused' };
const PAY = 'packages/elements/test/views/billing-pay.test.ts';
const DECLINED = { file: PAY, name: '<portico-billing> paying an invoice > a declined card says why, keeps the balance and what was entered' };
const PARTIAL_AMOUNT = { file: PAY, name: '<portico-billing> paying an invoice > validates a partial amount next to the field, then pays it with a saved card' };
const MESSAGES = 'packages/elements/test/views/messages.test.ts';
const ATTACHMENT_TYPE = { file: MESSAGES, name: '<portico-messages> > rejects an attachment of a type the practice does not accept, next to the field' };
const REPLY_SAID = { file: MESSAGES, name: '<portico-messages> > sends a reply that appears in the thread and in the backend, and says so' };
const ACCOUNT_TABS = { file: 'packages/elements/test/views/account.test.ts', name: '<portico-account> > switches sections with tabs and arrow keys, asking the portal to put the section in the URL' };
const CALENDAR_KEYS = { file: 'packages/elements/test/views/schedule.test.ts', name: '<portico-schedule> appointments (SCHED-1) > shows a month grid that arrow keys move through, with previous / next / today' };
const LOADING = { file: 'packages/elements/test/ui/states.test.ts', name: 'state primitives > <portico-state-loading> > shows skeleton rows, is busy, announces loading and passes axe' };

const PDF_NOTE = 'Documents the practice uploads (PDFs, scans) and the PDFs Portico generates (invoices, receipts, submitted forms) are not tagged PDFs; their structure is not conveyed to assistive technology. The same information is shown as HTML in the portal.';
const PROVIDER_NOTE = 'The card field belongs to the practice’s payment provider (its own iframe or element); Portico is tested with the mock’s test provider, and the live provider’s field is the provider’s responsibility.';

/** @type {{ id: string, name: string, level: 'A' | 'AA', conformance: string, remarks: string, tests: object[], axe?: string[], review?: string }[]} */
export const CRITERIA = [
  // ── Principle 1: Perceivable ──
  { id: '1.1.1', name: 'Non-text Content', level: 'A', conformance: 'Partially Supports',
    remarks: `Every image, icon-only control and frame has a text alternative or is marked decorative; the practice logo is decorative beside the practice name. ${PDF_NOTE} Images the practice shares are previewed with their file name as the alternative; the file contract carries no description.`,
    axe: ['image-alt', 'svg-img-alt', 'role-img-alt', 'input-image-alt', 'object-alt', 'frame-title'], tests: [NAMES, AXE_VIEWS, PREVIEW_MEDIA] },
  { id: '1.2.1', name: 'Audio-only and Video-only (Prerecorded)', level: 'A', conformance: 'Partially Supports',
    remarks: 'Portico has no audio or video of its own. Audio or video files the practice shares are played in the browser’s player; a transcript is the practice’s to provide (for example as a document beside the file).',
    tests: [PREVIEW_MEDIA] },
  { id: '1.2.2', name: 'Captions (Prerecorded)', level: 'A', conformance: 'Partially Supports',
    remarks: 'Videos the practice shares are played in the browser’s player with its controls. Portico cannot yet attach a caption track to a shared video (the file contract carries none): captions must be part of the video the practice uploads.',
    tests: [PREVIEW_MEDIA] },
  { id: '1.2.3', name: 'Audio Description or Media Alternative (Prerecorded)', level: 'A', conformance: 'Partially Supports',
    remarks: 'As 1.2.2: an audio description or a text alternative for a shared video is the practice’s to provide; Portico has no field for one yet.',
    tests: [PREVIEW_MEDIA] },
  { id: '1.2.4', name: 'Captions (Live)', level: 'AA', conformance: 'Not Applicable',
    remarks: 'Portico shows no live audio or video. A telehealth visit opens the practice’s video service from its Join link; that service’s captions are its own.', tests: [] },
  { id: '1.2.5', name: 'Audio Description (Prerecorded)', level: 'AA', conformance: 'Partially Supports',
    remarks: 'As 1.2.3: Portico has no video of its own; an audio description of a video the practice shares must be part of that video (or a second version of it), as Portico has no field for one.',
    tests: [PREVIEW_MEDIA] },
  { id: '1.3.1', name: 'Info and Relationships', level: 'A', conformance: 'Partially Supports',
    remarks: `Headings, lists, landmarks, tables, field labels, groups (fieldset and legend), error messages (aria-describedby) and tabs are in the markup. ${PDF_NOTE}`,
    axe: ['list', 'listitem', 'definition-list', 'dlitem', 'th-has-data-cells', 'td-headers-attr', 'aria-required-children', 'aria-required-parent', 'label'], tests: [AXE_VIEWS, AXE_ERRORS, FORM_LABELS, FORM_ERRORS] },
  { id: '1.3.2', name: 'Meaningful Sequence', level: 'A', conformance: 'Supports',
    remarks: 'The reading order is the DOM order on every width; layouts change with CSS only (no reordering), and the keyboard order follows it.',
    tests: [ALL_JOURNEYS, REFLOW] },
  { id: '1.3.3', name: 'Sensory Characteristics', level: 'A', conformance: 'Supports',
    remarks: 'Instructions name controls by their label (“Choose ‘Type your name’ above”, “Attach files”), never by shape, colour, size or position alone.',
    review: 'The English strings were searched for positions and shapes (left, right, above, below, round, colours): the few that say “above” also name the control.', tests: [] },
  { id: '1.3.4', name: 'Orientation', level: 'AA', conformance: 'Supports',
    remarks: 'No view locks the orientation; every view fits a 320 px portrait screen and a landscape one.',
    tests: [REFLOW, REFLOW_STATES] },
  { id: '1.3.5', name: 'Identify Input Purpose', level: 'AA', conformance: 'Supports',
    remarks: 'Fields about the user carry autocomplete tokens (name, given and family name, nickname, email, tel, birthday, address lines, postal code, country, username, new and current password); fields not about the user say autocomplete="off".',
    axe: ['autocomplete-valid'], tests: [AXE_VIEWS] },
  { id: '1.4.1', name: 'Use of Color', level: 'A', conformance: 'Supports',
    remarks: 'Statuses (overdue, paid, pending, declined) are words, not colours; errors say “Error:” and sit next to the field; the current page and the selected tab differ by weight, a bar or an outline, also in forced colours.',
    axe: ['link-in-text-block'], tests: [FORCED_SELECTED, AXE_VIEWS] },
  { id: '1.4.2', name: 'Audio Control', level: 'A', conformance: 'Supports',
    remarks: 'Nothing plays by itself: shared audio and video start only from the player’s own controls.',
    tests: [PREVIEW_MEDIA] },
  { id: '1.4.3', name: 'Contrast (Minimum)', level: 'AA', conformance: 'Supports',
    remarks: 'Text reaches 4.5:1 (3:1 when large) in the light and dark schemes; text on the practice’s brand colour is chosen for contrast, and a brand colour too faint for text is moved only as far as 4.5:1. A host theme that overrides tokens is the host’s to check (the same test runs on any theme).',
    axe: ['color-contrast'], tests: [BRAND_CONTRAST, ON_PRIMARY, AXE_VIEWS] },
  { id: '1.4.4', name: 'Resize text', level: 'AA', conformance: 'Supports',
    remarks: 'Text sizes are rem-based theme tokens and the layout reflows; 200 % text needs no more room than the 320 px check (400 % zoom of a 1280 px window).',
    axe: ['meta-viewport'], tests: [REFLOW, REFLOW_LONG] },
  { id: '1.4.5', name: 'Images of Text', level: 'AA', conformance: 'Supports',
    remarks: 'Portico draws no text as images. The practice logo is a logotype (exempt). Scanned documents the practice shares are its own content.',
    review: 'No image in packages/elements/src carries text: the icons are SVG shapes, the progress chart’s labels are SVG text, the only canvas is the signature pad, and the signature preview is text.', tests: [] },
  { id: '1.4.10', name: 'Reflow', level: 'AA', conformance: 'Supports',
    remarks: 'Every view, for a client and for a guardian, fits 320 CSS px without scrolling sideways, with the longest names the contract allows; so do the pay dialog, the booking form, the message composer and an open form. The progress chart and the month grid keep their two-dimensional layout (allowed) and fit the width.',
    tests: [REFLOW, REFLOW_LONG, REFLOW_STATES] },
  { id: '1.4.11', name: 'Non-text Contrast', level: 'AA', conformance: 'Partially Supports',
    remarks: 'The focus ring is checked against every surface and moved when a theme makes it faint. Field borders, checkbox and radio outlines and chart lines use the theme’s border tokens, whose default contrast is not yet measured by a test for every control; a host theme can lower it.',
    tests: [FOCUS_COLOUR, FORCED_FOCUS] },
  { id: '1.4.12', name: 'Text Spacing', level: 'AA', conformance: 'Supports',
    remarks: 'With line height 1.5, paragraph spacing 2, letter spacing 0.12 and word spacing 0.16 applied inside every shadow root, no text on any view is cut off.',
    tests: [...TEXT_SPACING] },
  { id: '1.4.13', name: 'Content on Hover or Focus', level: 'AA', conformance: 'Supports',
    remarks: 'Portico shows no tooltips or pop-ups on hover or focus; menus and dialogs open only on activation and close with Escape.',
    review: 'packages/elements/src has no title tooltips on controls (title names two frames only) and its :hover rules restyle buttons and tabs only.', tests: [PREVIEW_DIALOG] },

  // ── Principle 2: Operable ──
  { id: '2.1.1', name: 'Keyboard', level: 'A', conformance: 'Partially Supports',
    remarks: `Paying an invoice, requesting an appointment, filling and signing a form, sending a message with an attachment and switching the client are done with the keyboard alone; the dashboard reorders with arrow keys, the calendar and tabs follow the ARIA patterns. A drawn signature needs a pointer: typing the name is the keyboard way, and a practice that turns off typed signatures removes it. ${PROVIDER_NOTE}`,
    tests: [ALL_JOURNEYS, REORDER_KEYS, CALENDAR_KEYS, ACCOUNT_TABS] },
  { id: '2.1.2', name: 'No Keyboard Trap', level: 'A', conformance: 'Supports',
    remarks: 'Modal dialogs keep focus inside while open, close with Escape and return focus to what opened them; nothing else holds focus.',
    tests: [kbd(1), PREVIEW_DIALOG, DRAG_ESCAPE] },
  { id: '2.1.4', name: 'Character Key Shortcuts', level: 'A', conformance: 'Supports',
    remarks: 'Portico defines no single-character shortcuts; arrow keys act only on the focused widget (tabs, calendar, reorder handle).',
    review: 'The keydown handlers in packages/elements/src (tabs, calendar grid, reorder handle, composer) act on navigation keys, Escape, Space or Enter in the focused widget, and Ctrl or ⌘ + Enter in the composer; none on a character key alone.', tests: [] },
  { id: '2.2.1', name: 'Timing Adjustable', level: 'A', conformance: 'Partially Supports',
    remarks: 'Portico sets no time limit of its own; the session’s lifetime is the practice’s backend’s. When a session ends, what was typed is kept and the person returns to the same place after signing in again. The warning before an idle sign-out with “Stay signed in” is tracked in issue #12.3 and is not part of this report yet.',
    tests: [EXPIRY] },
  { id: '2.2.2', name: 'Pause, Stop, Hide', level: 'A', conformance: 'Supports',
    remarks: 'The only motion is the loading skeleton’s shimmer while data loads (it stops with the data, and at once under reduced motion) and short transitions; nothing scrolls or updates automatically for more than five seconds.',
    tests: [REDUCED_MOTION, LOADING] },
  { id: '2.3.1', name: 'Three Flashes or Below Threshold', level: 'A', conformance: 'Supports',
    remarks: 'Nothing flashes.', review: 'The only animations in packages/elements/src are the loading skeleton’s pulse (a 1.4 s fade) and the busy button’s spinner (a 0.8 s rotation).', tests: [REDUCED_MOTION] },
  { id: '2.4.1', name: 'Bypass Blocks', level: 'A', conformance: 'Supports',
    remarks: 'A “Skip to content” link is the first stop; the menu is a navigation landmark and each view a labelled region.',
    axe: ['region', 'landmark-unique'], tests: [SKIP_LINK, AXE_VIEWS] },
  { id: '2.4.2', name: 'Page Titled', level: 'A', conformance: 'Partially Supports',
    remarks: 'Portico lives inside the host’s page, whose title applies; it does not change document.title when the view changes. A host that wants a title per view sets it from the portico-navigate event (see docs/embedding.md). Each view is a region named after the view.',
    tests: [PORTAL_AXE] },
  { id: '2.4.3', name: 'Focus Order', level: 'A', conformance: 'Supports',
    remarks: 'Focus moves in reading order; opening a view moves focus to its heading; dialogs take focus and give it back; a form’s error summary takes focus.',
    tests: [ALL_JOURNEYS, FOCUS_ON_NAVIGATE, PREVIEW_DIALOG, FORM_ERRORS] },
  { id: '2.4.4', name: 'Link Purpose (In Context)', level: 'A', conformance: 'Supports',
    remarks: 'Links and buttons say what they do, with the item where several share a word (“Download PDF of invoice …”, “Continue: Informed consent for treatment”).',
    axe: ['link-name'], tests: [NAMES, LABEL_IN_NAME] },
  { id: '2.4.5', name: 'Multiple Ways', level: 'AA', conformance: 'Supports',
    remarks: 'Every view is reachable from the menu, from the dashboard’s widgets and by deep link; messages and files can be searched.',
    tests: [ALL_JOURNEYS] },
  { id: '2.4.6', name: 'Headings and Labels', level: 'AA', conformance: 'Supports',
    remarks: 'Each view and section has a heading; every field has a visible label that says what to enter.',
    axe: ['empty-heading', 'label', 'heading-order'], tests: [AXE_VIEWS, FORM_LABELS] },
  { id: '2.4.7', name: 'Focus Visible', level: 'AA', conformance: 'Supports',
    remarks: 'Every control shows a 2 px focus outline (Highlight in forced colours), checked at every stop of the keyboard journeys and on every view in forced colours. One stop is left to the browser: the calendar button inside the browser’s own date field, where CSS cannot reach; its focus indicator is the browser’s and these tests do not check it.',
    tests: [ALL_JOURNEYS, FORCED_FOCUS, FOCUS_COLOUR] },

  { id: '2.5.1', name: 'Pointer Gestures', level: 'A', conformance: 'Partially Supports',
    remarks: 'Dragging a dashboard widget also works with its Move handle and arrow keys. A drawn signature is a path: typing the name is the alternative, unless the practice allows drawn signatures only.',
    tests: [REORDER_KEYS, kbd(3)] },
  { id: '2.5.2', name: 'Pointer Cancellation', level: 'A', conformance: 'Supports',
    remarks: 'Controls act on click (the up event); a drag released where it started does nothing and Escape puts a dragged widget back.',
    tests: [DRAG_RELEASED_HOME, DRAG_ESCAPE] },
  { id: '2.5.3', name: 'Label in Name', level: 'A', conformance: 'Supports',
    remarks: 'Where a control’s accessible name adds context to its visible text, the name contains the visible text.',
    tests: [LABEL_IN_NAME] },
  { id: '2.5.4', name: 'Motion Actuation', level: 'A', conformance: 'Not Applicable',
    remarks: 'Nothing in Portico responds to device motion.', tests: [] },

  // ── Principle 3: Understandable ──
  { id: '3.1.1', name: 'Language of Page', level: 'A', conformance: 'Supports',
    remarks: 'The portal sets lang on itself from the chosen language (English, Spanish); the host page sets the language of the rest of the page.',
    axe: ['valid-lang'], tests: [LANG] },
  { id: '3.1.2', name: 'Language of Parts', level: 'AA', conformance: 'Supports',
    remarks: 'Language names in the language picker carry their own lang. Messages and documents from people are shown as written; their language is not known to Portico.',
    tests: [LANG] },
  { id: '3.2.1', name: 'On Focus', level: 'A', conformance: 'Supports',
    remarks: 'Focusing a control never opens, submits or navigates; the keyboard journeys Tab through every view without a change of context.',
    tests: [ALL_JOURNEYS] },
  { id: '3.2.2', name: 'On Input', level: 'A', conformance: 'Partially Supports',
    remarks: 'Filters and sorts update the list in place. Known exception: a guardian’s “Viewing” list switches the client being shown as soon as its value changes (focus stays on it and the header names the client); there is no separate “Switch” button yet. Answering “What is it?” for a file waiting to be uploaded only records the answer; the file goes when “Upload” is pressed.',
    tests: [kbd(5), { file: 'packages/elements/test/views/files-upload.test.ts', name: '<portico-files> upload > does not upload while the person arrows through "What is it?", only when Upload is pressed (WCAG 3.2.2)' }] },
  { id: '3.2.3', name: 'Consistent Navigation', level: 'AA', conformance: 'Supports',
    remarks: 'One menu, in the same order, on every view; the skip link and the header keep their place.',
    tests: [REFLOW, SKIP_LINK] },
  { id: '3.2.4', name: 'Consistent Identification', level: 'AA', conformance: 'Supports',
    remarks: 'The same function has the same name everywhere (one message catalogue: “Retry”, “Download PDF”, “Back to …”).',
    review: 'Strings come from one msg() catalogue per language; packages/elements/test/node/i18n-coverage.test.ts checks both catalogues match.', tests: [NAMES] },
  { id: '3.3.1', name: 'Error Identification', level: 'A', conformance: 'Supports',
    remarks: 'A field in error is marked aria-invalid and its message, starting “Error:”, is next to it and tied to it; a summary lists the errors and takes focus; a failed payment, upload or request says what failed.',
    tests: [FORM_ERRORS, DECLINED, ATTACHMENT_TYPE, AXE_ERRORS] },
  { id: '3.3.2', name: 'Labels or Instructions', level: 'A', conformance: 'Supports',
    remarks: 'Every field has a label; required and optional fields are marked, and formats and limits are said before input (help text tied to the field).',
    axe: ['label', 'select-name'], tests: [FORM_LABELS, FORM_HELP, NAMES] },
  { id: '3.3.3', name: 'Error Suggestion', level: 'AA', conformance: 'Supports',
    remarks: 'Messages say how to fix the answer (“Sign with your own name as the practice has it: …”, the accepted file types and size, the largest amount that can be paid).',
    tests: [SIGNATURE_NAME, PARTIAL_AMOUNT, ATTACHMENT_TYPE] },
  { id: '3.3.4', name: 'Error Prevention (Legal, Financial, Data)', level: 'AA', conformance: 'Supports',
    remarks: 'Payments show the amount on the Pay button and are checked before they are sent (amount, card); a retried payment is never charged twice. Signed forms are checked (required answers, the signer’s own name) before submitting, and answers are saved as the person goes.',
    tests: [PARTIAL_AMOUNT, DECLINED, FORM_ERRORS, SIGNATURE_NAME] },

  // ── Principle 4: Robust ──
  { id: '4.1.1', name: 'Parsing', level: 'A', conformance: 'Supports',
    remarks: 'Templates are Lit templates (well-formed by construction, unique ids per shadow root). Per the WCAG 2.1 errata (2023), 4.1.1 is always satisfied for HTML.',
    axe: ['duplicate-id-aria'], tests: [AXE_VIEWS] },
  { id: '4.1.2', name: 'Name, Role, Value', level: 'A', conformance: 'Partially Supports',
    remarks: `Native controls first; custom widgets (tabs, calendar grid, reorder handle, dialogs) follow the ARIA patterns and expose their state; every control on every view and in every error state has a name. ${PROVIDER_NOTE}`,
    axe: ['button-name', 'aria-allowed-attr', 'aria-valid-attr-value', 'aria-roles', 'aria-command-name', 'aria-input-field-name', 'aria-toggle-field-name', 'nested-interactive'], tests: [NAMES, AXE_VIEWS, AXE_ERRORS, ALL_JOURNEYS] },
  { id: '4.1.3', name: 'Status Messages', level: 'AA', conformance: 'Supports',
    remarks: 'A form’s “Saved”, a sent message, a payment received, loading and each reorder step are announced through status regions without moving focus; errors through alerts.',
    tests: [REPLY_SAID, REORDER_KEYS, LOADING] },
];
