/**
 * The hostile-strings corpus: what a careless or malicious backend, or a person typing, might
 * put in any text or URL field. Every executable vector calls `__xss('<id>')` (or `alert`), so
 * a page that installs a sentinel can tell exactly which string ran. Written for Portico; not
 * copied from any public list.
 *
 * Kinds:
 * - `html`: markup and script vectors meant for text fields
 * - `url`: `javascript:`, `data:`, `vbscript:` and other non-web URLs meant for link fields
 * - `template`: template-engine tricks (`${}`, `{{}}`, `<%= %>`)
 * - `unicode`: RTL, bidi overrides, zero-width characters, NUL, combining marks, emoji
 * - `long`: 100,000-character strings, with and without spaces
 * - `css`: CSS injection meant for fields that might reach a style
 * - `svg`: SVG vectors
 * - `entity`: HTML entity and encoding tricks
 * - `text`: odd but harmless text (quotes, newlines, numbers that look like dates)
 */

export type HostileKind = 'html' | 'url' | 'template' | 'unicode' | 'long' | 'css' | 'svg' | 'entity' | 'text';

export interface HostileString {
  /** Stable id, `<kind>-<n>`; executable vectors pass it to `__xss`. */
  readonly id: string;
  readonly kind: HostileKind;
  readonly value: string;
}

/** The function every executable vector calls; a probe defines it on `window`. */
export const SENTINEL = '__xss';

/** Length of the `long` strings. */
export const LONG_LENGTH = 100_000;

const call = (id: string): string => `${SENTINEL}('${id}')`;

/** Markup vectors; `§` is replaced by the sentinel call for that entry. */
const HTML: string[] = [
  '<script>§</script>',
  '<SCRIPT>§</SCRIPT>',
  '<script src="data:text/javascript,§"></script>',
  '<img src=x onerror="§">',
  '<img src="x" onerror=§>',
  '<IMG SRC=/ oNeRrOr=§>',
  '<img/src/onerror=§>',
  '<image src=x onerror=§>',
  '<svg onload=§>',
  '<svg/onload=§>',
  '<body onload=§>',
  '<iframe src="javascript:§"></iframe>',
  '<iframe srcdoc="<script>parent.§</script>"></iframe>',
  '<object data="javascript:§"></object>',
  '<embed src="javascript:§">',
  '<a href="javascript:§">click me</a>',
  '<a href="JaVaScRiPt:§">Mixed case</a>',
  '<a href=" javascript:§">leading space</a>',
  '<a href="java&#x09;script:§">tab entity</a>',
  '<a href="&#106;avascript:§">entity j</a>',
  '<form action="javascript:§"><button>Go</button></form>',
  '<button formaction="javascript:§">Button</button>',
  '<input autofocus onfocus=§>',
  '<select autofocus onfocus=§></select>',
  '<textarea autofocus onfocus=§></textarea>',
  '<details open ontoggle=§>',
  '<video><source onerror=§></video>',
  '<audio src=x onerror=§>',
  '<marquee onstart=§>scroll</marquee>',
  '<div onmouseover=§ style="position:fixed;inset:0">cover</div>',
  '<div onpointerenter=§>hover</div>',
  '<math><mtext><table><mglyph><style><img src=x onerror=§>',
  '<noscript><p title="</noscript><img src=x onerror=§>">',
  '<template><img src=x onerror=§></template>',
  '<style>@import "javascript:§";</style>',
  '<link rel=stylesheet href="javascript:§">',
  '<meta http-equiv="refresh" content="0;url=javascript:§">',
  '<base href="javascript:§//">',
  '<isindex action=javascript:§ type=image>',
  '"><script>§</script>',
  "'><script>§</script>",
  '"><img src=x onerror=§>',
  "' onmouseover='§' x='",
  '" onfocus="§" autofocus="',
  '</textarea><script>§</script>',
  '</title><script>§</script>',
  '</style><script>§</script>',
  '--><script>§</script><!--',
  ']]><script>§</script>',
  '<scr<script>ipt>§</scr</script>ipt>',
  '<<script>script>§<</script>/script>',
  '<script\x20type="text/javascript">§</script>',
  '<script>/*</script><script>*/§</script>',
  '<img src=x:x onerror=§//',
  '<img src="x` `<script>§</script>"` `>',
  '<x contenteditable onblur=§>edit</x>',
  '<a id=x tabindex=1 onfocusin=§></a>',
  '<slot onclick=§>slot</slot>',
  '<portico-portal onclick=§></portico-portal>',
  '<custom-element is="x" onanimationstart=§>',
];

const URLS: string[] = [
  'javascript:§',
  'javascript:§//https://example.test/',
  'JAVASCRIPT:§',
  ' javascript:§',
  '\tjavascript:§',
  'java\nscript:§',
  'java\tscript:§',
  'javascript&colon;§',
  'javascript://%0a§',
  'javascript:void(§)',
  'jAvAsCrIpT:window.§',
  '\u0000javascript:§',
  'data:text/html,<script>§</script>',
  'data:text/html;base64,PHNjcmlwdD5fX3hzcygndXJsLTE0Jyk8L3NjcmlwdD4=',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="§"/>',
  'DATA:text/html,<img src=x onerror=§>',
  'vbscript:msgbox("§")',
  'VBScript:§',
  'file:///etc/passwd',
  'blob:null/0000',
  'about:blank#§',
  '//evil.example/steal',
  'https://evil.example/"><script>§</script>',
  'https://harbor-lane.example@evil.example/',
  'mailto:someone@example.test?body=<script>§</script>',
  'tel:+1-555-0100<script>§</script>',
  'x:§',
  '%6Aavascript:§',
];

const TEMPLATES: string[] = [
  '${§}',
  '`${§}`',
  '{{constructor.constructor("§")()}}',
  '{{§}}',
  '{{{§}}}',
  '<%= § %>',
  '<% § %>',
  '#{§}',
  '${{7*7}}',
  '{{7*7}}',
  '[[${7*7}]]',
  '@(7*7)',
  '{% raw %}{{§}}{% endraw %}',
  '$${}{{}}<%%>',
  '{{__proto__}}',
  '__proto__',
  'constructor',
  'toString',
  '$&$1$`$\'',
  '%s%s%s%n%x',
  '{0}{1}{2}',
  '<!--#exec cmd="ls"-->',
];

const UNICODE: string[] = [
  '\u202Etxt.exe',
  'Invoice \u202Efdp.exe',
  '\u202Dforced LTR\u202C',
  '\u2066isolated\u2069 \u2067rtl isolate\u2069',
  'مرحبا بالعالم Harbor Lane',
  'שלום עולם',
  '\u200B\u200B\u200B',
  'zero\u200Bwidth\u200Cjoin\u200Dhere\uFEFF',
  '\uFEFF',
  'NUL\u0000inside',
  '\u0000',
  'bell\u0007 backspace\b form\f vtab\v',
  'line\nbreak\r\nand\rcarriage',
  '\u2028line separator\u2029paragraph separator',
  'Z̸̡̢̛̗̘̙̜̝̞̟̠̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔a̵l̷g̶o̴',
  'e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
  '👨‍👩‍👧‍👦🏳️‍🌈🧑🏽‍⚕️',
  '𝕳𝖆𝖗𝖇𝖔𝖗 𝕷𝖆𝖓𝖊',
  '\uD800 lone surrogate',
  '\uFFFD\uFFFE\uFFFF',
  '　ideographic　space　',
  '\u00A0\u00A0non-breaking\u00A0\u00A0',
  'ｓｃｒｉｐｔ fullwidth ＜script＞',
  '\u0430\u0440\u0440\u04CF\u0435 (cyrillic apple)',
  'İıŞşĞğ Turkish i',
  'ß ẞ ﬁ ligature',
  '\u061C arabic letter mark \u200E lrm \u200F rlm',
  ' ',
  '   ',
  '',
];

const CSS: string[] = [
  'red; background: url(javascript:§)',
  'expression(§)',
  '}</style><script>§</script>',
  'x{} body{display:none}',
  'url("javascript:§")',
  '@import url(//evil.example/x.css);',
  '\\3c script\\3e §\\3c /script\\3e',
  'var(--portico-color-primary, url(javascript:§))',
  '#fff;position:fixed;inset:0;z-index:2147483647',
  'calc(100vw * 1000)',
  '-moz-binding:url(//evil.example/x.xml#x)',
  '*{font-family:"Comic Sans MS"!important}',
];

const SVG: string[] = [
  '<svg><script>§</script></svg>',
  '<svg><a xlink:href="javascript:§"><text x=10 y=20>link</text></a></svg>',
  '<svg><animate onbegin=§ attributeName=x dur=1s>',
  '<svg><set attributeName=onmouseover to=§>',
  '<svg><foreignObject><img src=x onerror=§></foreignObject></svg>',
  '<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=1 onerror=§ /></svg>#x"/></svg>',
  '<svg><image href=x onerror=§ /></svg>',
  '<svg xmlns="http://www.w3.org/2000/svg"><style>@import "javascript:§"</style></svg>',
  '<svg width=100000 height=100000><rect width=100% height=100% /></svg>',
  '<math href="javascript:§">CLICK</math>',
];

const ENTITIES: string[] = [
  '&lt;script&gt;§&lt;/script&gt;',
  '&#60;script&#62;§&#60;/script&#62;',
  '&#x3C;img src=x onerror=§&#x3E;',
  '&amp;lt;b&amp;gt;double&amp;lt;/b&amp;gt;',
  '&amp; &quot; &apos; &nbsp; &copy;',
  '&lt;b&gt;bold?&lt;/b&gt;',
  '&NotAnEntity; &#0; &#xD800; &#99999999;',
  '\\u003cscript\\u003e§\\u003c/script\\u003e',
  '\\x3cscript\\x3e§\\x3c/script\\x3e',
  '%3Cscript%3E§%3C%2Fscript%3E',
  '%253Cscript%253E§%253C%252Fscript%253E',
  '+ADw-script+AD4-§+ADw-/script+AD4-',
  '\u003cimg src=x onerror=§\u003e',
  '&#x26;#x3C;script&#x26;#x3E;',
];

const TEXT: string[] = [
  'O\'Brien "Quoted" `back` \\slash\\',
  'Robert\'); DROP TABLE clients;--',
  '1; SELECT * FROM users',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  'null',
  'undefined',
  'NaN',
  'true',
  '-1',
  '0',
  '1e309',
  '9007199254740993',
  '2026-02-30T25:61:61Z',
  '{"__proto__":{"polluted":true}}',
  '[object Object]',
  '<b>not bold</b> <i>not italic</i>',
  '**not bold** _not italic_ [link](javascript:§)',
  '# heading\n\n- list\n- list',
  'https://example.test/a-very/long/url?with=query&and=more#fragment',
  'a'.repeat(300),
  'word '.repeat(200).trim(),
  'Harbor Lane Therapy',
  'Tab\tseparated\tvalues',
];

function expand(kind: HostileKind, values: readonly string[]): HostileString[] {
  return values.map((template, index) => {
    const id = `${kind}-${index + 1}`;
    return { id, kind, value: template.split('§').join(call(id)) };
  });
}

const padEnd = (head: string, fill: string): string => head + fill.repeat(LONG_LENGTH - head.length);
const padStart = (tail: string, fill: string): string => fill.repeat(LONG_LENGTH - tail.length) + tail;

/** 100k-character strings: with spaces, without, and with vectors at both ends. */
function longStrings(): HostileString[] {
  const words = 'Harbor Lane therapy notes wrap here ';
  const spaced = words.repeat(Math.ceil(LONG_LENGTH / words.length)).slice(0, LONG_LENGTH);
  const make = (n: number, value: string): HostileString => ({ id: `long-${n}`, kind: 'long', value });
  return [
    make(1, 'x'.repeat(LONG_LENGTH)),
    make(2, spaced),
    make(3, 'W'.repeat(LONG_LENGTH)),
    make(4, padEnd(`<img src=x onerror=${call('long-4')}>`, 'y')),
    make(5, padStart(`<svg onload=${call('long-5')}>`, 'z')),
    make(6, 'https://example.test/'.concat('a'.repeat(LONG_LENGTH - 21))),
    make(7, '\u200B'.repeat(LONG_LENGTH)),
    make(8, '\u202E'.concat('m'.repeat(LONG_LENGTH - 1))),
  ];
}

export const CORPUS: readonly HostileString[] = Object.freeze([
  ...expand('html', HTML),
  ...expand('url', URLS),
  ...expand('template', TEMPLATES),
  ...expand('unicode', UNICODE),
  ...expand('css', CSS),
  ...expand('svg', SVG),
  ...expand('entity', ENTITIES),
  ...expand('text', TEXT),
  ...longStrings(),
]);

/** The corpus without the 100k-character strings: for checks where length would only slow things. */
export const SHORT_CORPUS: readonly HostileString[] = CORPUS.filter((s) => s.kind !== 'long');

/** The 100k-character strings. */
export const LONG_CORPUS: readonly HostileString[] = CORPUS.filter((s) => s.kind === 'long');
