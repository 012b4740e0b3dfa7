/**
 * Two of CommonMark's block constructs the segmenter must know to tell entries from what is not
 * markdown at all, read as the spec (0.31) and micromark read them:
 * - HTML blocks (seven kinds, each with its start and end condition): their lines are raw HTML on
 *   GitHub, so a `- **Title**` line inside one is not an entry;
 * - link reference definitions, which may span lines (`[qlora]:` with the URL, or the title, on the
 *   next line): every reference in the file resolves through them.
 * Both are read from a line's content, its container prefixes (indentation, `>`) already removed.
 */

/** How an HTML block ends: at the first blank line, or after the line that contains one of some strings. */
export type HtmlBlockEnd = { readonly blankLine: true } | { readonly contains: readonly string[] };

const RAW_TAGS = new Set(['pre', 'script', 'style', 'textarea']);
const BLOCK_TAGS = new Set([
  ...['address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center'],
  ...['col', 'colgroup', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset'],
  ...['figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5'],
  ...['h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link', 'main', 'menu'],
  ...['menuitem', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p', 'param', 'search', 'section'],
  ...['summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul'],
]);
const BLANK_LINE: HtmlBlockEnd = { blankLine: true };
const RAW_END: HtmlBlockEnd = { contains: [...RAW_TAGS].map((name) => `</${name}>`) };

/**
 * The HTML block `content` starts, if it starts one: conditions 1 to 7 of the spec, in its order.
 * Only the seventh (any other complete tag alone on its line) cannot interrupt a paragraph.
 */
export function htmlBlockStart(content: string, interruptsParagraph: boolean): HtmlBlockEnd | undefined {
  if (content[0] !== '<') return undefined;
  if (content.startsWith('<!--')) return { contains: ['-->'] };
  if (content.startsWith('<?')) return { contains: ['?>'] };
  if (content.startsWith('<![CDATA[')) return { contains: [']]>'] };
  if (/^<![A-Za-z]/.test(content)) return { contains: ['>'] };
  const closing = content[1] === '/';
  const name = /^[A-Za-z][A-Za-z0-9-]*/.exec(content.slice(closing ? 2 : 1))?.[0].toLowerCase();
  if (name === undefined) return undefined;
  const after = content.slice((closing ? 2 : 1) + name.length);
  // Any of the four closing tags ends the block, whichever opened it.
  if (!closing && RAW_TAGS.has(name) && /^(?:[ \t>]|$)/.test(after)) return RAW_END;
  if (BLOCK_TAGS.has(name) && /^(?:[ \t>]|\/>|$)/.test(after)) return BLANK_LINE;
  if (interruptsParagraph || (!closing && RAW_TAGS.has(name))) return undefined;
  const end = closing ? closingTagEnd(after) : openTagEnd(after);
  return end !== -1 && /^[ \t]*$/.test(after.slice(end)) ? BLANK_LINE : undefined;
}

/** Whether `line` ends the HTML block (a blank line ends the blank-line kind before it). */
export function endsHtmlBlock(end: HtmlBlockEnd, line: string): boolean {
  if (!('contains' in end)) return false;
  const lower = line.toLowerCase();
  return end.contains.some((text) => lower.includes(text));
}

/** The end of a closing tag's rest (after `</name`): white space, then `>`; -1 if it is not one. */
function closingTagEnd(rest: string): number {
  const i = skip(rest, 0, SPACE);
  return rest[i] === '>' ? i + 1 : -1;
}

const SPACE = /[ \t]/;
const ATTRIBUTE_NAME_START = /[A-Za-z_:]/;
const ATTRIBUTE_NAME = /[A-Za-z0-9_.:-]/;
const UNQUOTED_VALUE = /[^ \t"'=<>`]/;

/**
 * The end of an open tag's rest (after `<name`): attributes (each after white space; a value
 * unquoted, in single or double quotes), white space, an optional `/`, then `>`; -1 if it is not
 * one. One pass, no backtracking.
 */
function openTagEnd(rest: string): number {
  let i = 0;
  for (;;) {
    const spaced = skip(rest, i, SPACE);
    if (spaced === i || !ATTRIBUTE_NAME_START.test(rest[spaced] ?? '')) {
      i = spaced;
      break;
    }
    i = skip(rest, spaced + 1, ATTRIBUTE_NAME);
    const equals = skip(rest, i, SPACE);
    if (rest[equals] !== '=') continue;
    const value = skip(rest, equals + 1, SPACE);
    const quote = rest[value];
    if (quote === '"' || quote === "'") {
      const close = rest.indexOf(quote, value + 1);
      if (close === -1) return -1;
      i = close + 1;
    } else {
      i = skip(rest, value, UNQUOTED_VALUE);
      if (i === value) return -1;
    }
  }
  if (rest[i] === '/') i++;
  return rest[i] === '>' ? i + 1 : -1;
}

function skip(text: string, from: number, allowed: RegExp): number {
  let i = from;
  while (i < text.length && allowed.test(text[i])) i++;
  return i;
}

/** A link reference definition read at the start of a paragraph. */
export interface DefinitionMatch {
  /** As written between the brackets (not yet normalised). */
  readonly label: string;
  /** How many of the lines given it spans (1 or more). */
  readonly lines: number;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * The link reference definition at the start of `text` (a paragraph's first line and the lines that
 * may continue it, joined by "\n", each without its container prefix), as CommonMark reads one:
 * `[label]:`, a destination (`<...>` or a run without spaces, its parentheses balanced), an optional
 * title in `"`, `'` or `()`, each part on the same line or the next; nothing but white space after
 * it. A title that does not close properly on a later line leaves the definition ending with its
 * destination, and that line to the paragraph.
 */
export function parseDefinition(text: string): DefinitionMatch | undefined {
  if (text[0] !== '[') return undefined;
  let close = -1;
  for (let i = 1; i < text.length && i <= 1000; i++) {
    if (text[i] === '\\' && ASCII_PUNCTUATION.test(text[i + 1] ?? '')) i++;
    else if (text[i] === '[') return undefined;
    else if (text[i] === ']') {
      close = i;
      break;
    }
  }
  // A label holds at most 999 characters, one of them at least not white space.
  if (close === -1 || close > 1000 || text[close + 1] !== ':') return undefined;
  const label = text.slice(1, close);
  if (!/[^ \t\n]/.test(label)) return undefined;

  const destination = whiteSpaceWithOneLineEnding(text, close + 2);
  const destinationEnd = destinationAt(text, destination);
  if (destinationEnd === -1) return undefined;
  const restOfLine = skip(text, destinationEnd, SPACE);
  const endsWithDestination = restOfLine === text.length || text[restOfLine] === '\n';

  const title = whiteSpaceWithOneLineEnding(text, destinationEnd);
  const titleEnd = title > destinationEnd ? titleAt(text, title) : -1;
  if (titleEnd !== -1) {
    const after = skip(text, titleEnd, SPACE);
    if (after === text.length || text[after] === '\n') return { label, lines: lineOf(text, after) };
  }
  return endsWithDestination ? { label, lines: lineOf(text, restOfLine) } : undefined;
}

/** Past spaces and tabs with at most one line ending among them. */
function whiteSpaceWithOneLineEnding(text: string, from: number): number {
  const i = skip(text, from, SPACE);
  return text[i] === '\n' ? skip(text, i + 1, SPACE) : i;
}

/** The end of the link destination starting at `from`, or -1 if there is none. */
function destinationAt(text: string, from: number): number {
  if (text[from] === '<') {
    for (let i = from + 1; i < text.length; i++) {
      if (text[i] === '\\' && ASCII_PUNCTUATION.test(text[i + 1] ?? '')) i++;
      else if (text[i] === '\n' || text[i] === '<') return -1;
      else if (text[i] === '>') return i + 1;
    }
    return -1;
  }
  let depth = 0;
  let i = from;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 32 || code === 127) break;
    if (text[i] === '\\' && ASCII_PUNCTUATION.test(text[i + 1] ?? '')) i++;
    else if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth-- === 0) return -1;
  }
  return i === from || depth !== 0 ? -1 : i;
}

/** The end of the title starting at `from` (`"..."`, `'...'` or `(...)`), or -1 if there is none. */
function titleAt(text: string, from: number): number {
  const open = text[from];
  const close = open === '(' ? ')' : open;
  if (open !== '"' && open !== "'" && open !== '(') return -1;
  for (let i = from + 1; i < text.length; i++) {
    if (text[i] === '\\' && ASCII_PUNCTUATION.test(text[i + 1] ?? '')) i++;
    else if (text[i] === close) return i + 1;
    else if (open === '(' && text[i] === '(') return -1;
  }
  return -1;
}

/** Which line (1-based) of `text` holds offset `at`. */
function lineOf(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** A label as CommonMark matches it (as micromark does): case-folded, inner white space collapsed. */
export function normaliseLabel(label: string): string {
  return label
    .replace(/[ \t\r\n]+/g, ' ')
    .trim()
    .toLowerCase()
    .toUpperCase();
}
