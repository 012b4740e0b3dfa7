/**
 * An entry's inline structure (links, images, bold and italic spans), seen through one narrow
 * view, and the fast scanner that produces it for the entries it reads exactly.
 *
 * Why not mdast for every entry: mdast-util-from-markdown parses about 1.5 MB/s here (225 µs for
 * one entry), so a 10,000-entry list would take over 2 s before any rule runs. Most entry lines use
 * a handful of constructs (bold, italics, links, images), and these scanners find them in one
 * linear pass with no backtracking. `scannerProves` says when that reading is exactly CommonMark's
 * (GFM's, as GitHub renders it); every other entry is read by mdast (./exact.ts), and the
 * differential property test holds the two to the same answer wherever the scanner claims an entry.
 * All indices are 0-based string offsets; `end` is exclusive.
 */

import { indentWidth, isBlank } from './text.js';

export interface InlineLink {
  readonly image: boolean;
  /** The bracketed text (alt text for an image). */
  readonly text: string;
  readonly url: string;
  /** From `!`/`[` to the closing `)`. */
  readonly start: number;
  readonly end: number;
  readonly urlStart: number;
  readonly urlEnd: number;
  /** Set when the link ends on a later line (1-based); `end` is then an offset in that line. */
  readonly endLine?: number;
}

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly innerStart: number;
  readonly innerEnd: number;
  /** Set when the span closes on a later line (1-based); `end`, `innerEnd` are offsets in that line. */
  readonly endLine?: number;
}

/**
 * The inline structure of one entry's lines, as GitHub renders them. Lines are 1-based file line
 * numbers, offsets 0-based in that line.
 */
export interface InlineView {
  /** Exactly as GitHub renders it: read by mdast, or by the scanner where it proved its reading. */
  readonly exact: boolean;
  /** Links and images (inline, reference, autolinks, bare URLs, `<img>`) starting on the line. */
  links(line: number): readonly InlineLink[];
  /** The bold span opening exactly at `offset`. */
  strongAt(line: number, offset: number): Span | undefined;
  /** The italic span opening exactly at `offset`. */
  emphasisAt(line: number, offset: number): Span | undefined;
  /** The first bold span opening at or after `from` (and before `before`) and closing on the line. */
  firstStrong(line: number, from: number, before?: number): Span | undefined;
}

/** The scanner's reading of lines (exact only for entries `scannerProves`). */
export function scannedView(lines: readonly string[]): InlineView {
  const links = new Map<number, readonly InlineLink[]>();
  return {
    exact: false,
    links: (line) => {
      let found = links.get(line);
      if (!found) links.set(line, (found = scannedLinks(lines[line - 1] ?? '')));
      return found;
    },
    strongAt: (line, offset) => strongAt(lines[line - 1] ?? '', offset),
    emphasisAt: (line, offset) => emphasisAt(lines[line - 1] ?? '', offset),
    firstStrong: (line, from, before) => firstStrong(lines[line - 1] ?? '', from, before),
  };
}

/** An attribute's value (entities decoded) and where its text sits in the tag. */
export function attribute(
  tag: string,
  name: string,
): { value: string; start: number; end: number } | undefined {
  const match = new RegExp(String.raw`\s${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>\x60]+))`, 'i').exec(
    tag,
  );
  if (!match) return undefined;
  const raw = match[1] ?? match[2] ?? match[3];
  const start = match.index + match[0].length - raw.length - (match[3] === undefined ? 1 : 0);
  return { value: decodeEntities(raw), start, end: start + raw.length };
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const IMG_TAG = /<img\b[^>]*>/gi;
const ANCHOR = /<a\b[^>]*>([^<]*)<\/a\s*>/gi;

/**
 * The links HTML tags of a text make: each tag `pattern` matches whose opening tag sets the
 * attribute `url` names, with the text `textOf` reads from the match.
 */
function tagLinks(
  text: string,
  pattern: RegExp,
  url: string,
  image: boolean,
  textOf: (tag: RegExpExecArray) => string,
): InlineLink[] {
  const found: InlineLink[] = [];
  for (const tag of text.matchAll(pattern)) {
    const target = attribute(tag[0].slice(0, tag[0].indexOf('>') + 1), url);
    if (!target) continue;
    found.push({
      image,
      text: textOf(tag),
      url: target.value,
      start: tag.index,
      end: tag.index + tag[0].length,
      urlStart: tag.index + target.start,
      urlEnd: tag.index + target.end,
    });
  }
  return found;
}

/** `<img src=... alt=...>` tags in a text: images, their alt text as their text. */
export function htmlImages(text: string): InlineLink[] {
  return tagLinks(text, IMG_TAG, 'src', true, (tag) => attribute(tag[0], 'alt')?.value ?? '');
}

/**
 * `<a href="…">text</a>` tags of one line, whose text is plain: links, their text as their label.
 * Read only where a block is raw HTML that shows its links so (an HTML table's cells); an entry in
 * Markdown is read by the scanner or mdast.
 */
export function htmlAnchors(text: string): InlineLink[] {
  return tagLinks(text, ANCHOR, 'href', false, (tag) => decodeEntities(tag[1]));
}

/**
 * A CommonMark autolink, `<https://…>`: a scheme of 2–32 characters, a colon, then anything but
 * spaces, `<` and `>`. GitHub renders it as a link whose text is its URL.
 */
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/g;

/**
 * The links the scanner reads on a line: inline links and images, autolinks and `<img>` tags (an
 * entry with HTML or an autolink is never proven, but a list that writes its papers' links or
 * badges so still has them).
 */
function scannedLinks(line: string): InlineLink[] {
  const links = findLinks(line);
  if (!line.includes('<')) return links;
  const autolinks = [...line.matchAll(AUTOLINK)].map((match) => ({
    image: false,
    text: match[1],
    url: match[1],
    start: match.index,
    end: match.index + match[0].length,
    urlStart: match.index + 1,
    urlEnd: match.index + match[0].length - 1,
  }));
  const outside = [...autolinks, ...htmlImages(line)].filter(
    (tag) => !links.some((link) => link.start <= tag.start && tag.start < link.end),
  );
  return outside.length === 0 ? links : [...links, ...outside].sort((a, b) => a.start - b.start);
}

const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;

/**
 * matchPairs's answers, kept and overwritten for every line (findLinks reads them at once): the
 * bracket pairs as opener, closer, opener, closer… in the order their closers come, and for each
 * offset of the line the closing parenthesis of an opening one there, -1 for none. Two maps made
 * for every line of a list were a tenth of reading its links.
 */
const bracketPairs: number[] = [];
let parenCloseAt = new Int32Array(1024);

/** Pairs brackets and parentheses in one pass, each with its own stack; escaped ones do not count. */
function matchPairs(line: string): void {
  bracketPairs.length = 0;
  if (parenCloseAt.length < line.length) parenCloseAt = new Int32Array(line.length * 2);
  parenCloseAt.fill(-1, 0, line.length);
  const openBrackets: number[] = [];
  const openParens: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const ch = line.charCodeAt(i);
    if (ch === BACKSLASH) i++;
    else if (ch === OPEN_BRACKET) openBrackets.push(i);
    else if (ch === CLOSE_BRACKET) {
      if (openBrackets.length > 0) bracketPairs.push(openBrackets.pop() as number, i);
    } else if (ch === OPEN_PAREN) openParens.push(i);
    else if (ch === CLOSE_PAREN && openParens.length > 0) parenCloseAt[openParens.pop() as number] = i;
  }
}

export function findLinks(line: string): InlineLink[] {
  // One array for lines with links and without: an empty literal of its own would be an array of
  // another kind to V8, and the code reading links, compiled for one kind, is thrown away at the other.
  const links: InlineLink[] = [];
  if (!line.includes('](')) return links;
  matchPairs(line);
  let sorted = true;
  for (let pair = 0; pair < bracketPairs.length; pair += 2) {
    const open = bracketPairs[pair];
    const close = bracketPairs[pair + 1];
    if (line[close + 1] !== '(') continue;
    const parenClose = parenCloseAt[close + 1];
    if (parenClose === -1) continue;
    const destination = parseDestination(line, close + 2, parenClose);
    if (!destination) continue;
    const image = open > 0 && line[open - 1] === '!' && line[open - 2] !== '\\';
    const start = image ? open - 1 : open;
    if (links.length > 0 && links[links.length - 1].start > start) sorted = false;
    links.push({
      image,
      text: line.slice(open + 1, close),
      url: destination.url,
      start,
      end: parenClose + 1,
      urlStart: destination.start,
      urlEnd: destination.end,
    });
  }
  // Found in the order their brackets close: out of order only when one holds another.
  return sorted ? links : links.sort((a, b) => a.start - b.start);
}

/** `url`, `<url>` or `url "title"` between the parentheses; anything else is not a link. */
function parseDestination(
  line: string,
  from: number,
  to: number,
): { url: string; start: number; end: number } | null {
  let start = from;
  while (start < to && (line[start] === ' ' || line[start] === '\t')) start++;
  if (line[start] === '<') {
    const close = line.indexOf('>', start);
    if (close === -1 || close > to) return null;
    return { url: line.slice(start + 1, close), start: start + 1, end: close };
  }
  let end = start;
  while (end < to && line[end] !== ' ' && line[end] !== '\t') end++;
  const rest = line.slice(end, to).trim();
  if (rest !== '' && !/^(".*"|'.*'|\(.*\))$/.test(rest)) return null;
  return { url: line.slice(start, end), start, end };
}

/** `**bold**` or `__bold__` opening exactly at `at`, closed on the same line. */
export function strongAt(line: string, at: number): Span | undefined {
  const delimiter = line.slice(at, at + 2);
  if (delimiter !== '**' && delimiter !== '__') return undefined;
  if (/\s/.test(line[at + 2] ?? ' ')) return undefined;
  let close = line.indexOf(delimiter, at + 3);
  while (close !== -1 && /\s/.test(line[close - 1])) close = line.indexOf(delimiter, close + 1);
  if (close === -1) return undefined;
  // `***` closes on its last two stars: the first belongs to the text.
  while (line[close + 2] === delimiter[0] && close + 3 <= line.length) close++;
  return { start: at, end: close + 2, innerStart: at + 2, innerEnd: close };
}

/** `*italic*` or `_italic_` opening exactly at `at` (not a `**` run), closed on the same line. */
export function emphasisAt(line: string, at: number): Span | undefined {
  const delimiter = line[at];
  if (delimiter !== '*' && delimiter !== '_') return undefined;
  if (line[at + 1] === delimiter || /\s/.test(line[at + 1] ?? ' ')) return undefined;
  for (
    let close = line.indexOf(delimiter, at + 1);
    close !== -1;
    close = line.indexOf(delimiter, close + 1)
  ) {
    const doubled = line[close + 1] === delimiter || line[close - 1] === delimiter;
    if (!doubled && !/\s/.test(line[close - 1])) {
      return { start: at, end: close + 1, innerStart: at + 1, innerEnd: close };
    }
  }
  return undefined;
}

/** The first `**bold**` (or `__bold__`) span that opens at or after `from` and closes on the line. */
export function firstStrong(line: string, from: number, before = line.length): Span | undefined {
  for (let at = from; at < before; at++) {
    const ch = line[at];
    if (ch === '\\') {
      at++;
    } else if ((ch === '*' || ch === '_') && line[at + 1] === ch && line[at - 1] !== ch) {
      const strong = strongAt(line, at);
      if (strong) return strong;
    }
  }
  return undefined;
}

/**
 * The cells of a GFM table row: content offsets (trimmed), split at unescaped `|`; the row's
 * leading and trailing pipes open and close it rather than delimiting empty cells.
 */
export function tableCells(line: string): Array<{ readonly start: number; readonly end: number }> {
  const cells: Array<{ start: number; end: number }> = [];
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(line[from])) from++;
    while (to > from && /\s/.test(line[to - 1])) to--;
    cells.push({ start: from, end: to });
  };
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') {
      push(start, i);
      start = i + 1;
    }
  }
  push(start, line.length);
  if (/^\s*\|/.test(line)) cells.shift();
  if (/\|\s*$/.test(line) && !/\\\|\s*$/.test(line)) cells.pop();
  return cells;
}

/**
 * Whether the scanner reads lines `first`..`last` of an entry exactly as CommonMark with GFM does,
 * so mdast need not be asked. It proves only the shapes it handles, line by line: links and images
 * it pairs completely, bold and italic spans that open and close in turn (CommonMark's flanking
 * rules, no nesting), intraword underscores, and, in a file with no reference definitions,
 * brackets that pair up as plain text (`[[pdf]](url)`, `[MASK]`). Anything else (code spans,
 * escapes, entities, HTML and autolinks, references, bare URLs, an unpaired delimiter or bracket,
 * block structure inside the item) sends the entry to mdast: a construct left unpaired on one
 * line could pair with one on the next. `contentStart` is the title's first offset in its line.
 */
export function scannerProves(
  lines: readonly string[],
  first: number,
  last: number,
  contentStart: number,
  contentIndent: number,
  definitions: boolean,
  linksOf: (line: number) => readonly InlineLink[] = (line) => findLinks(lines[line - 1]),
): boolean {
  let previousBlank = false;
  let outside = false;
  for (let lineNo = first; lineNo <= last; lineNo++) {
    const line = lines[lineNo - 1];
    if (isBlank(line)) {
      previousBlank = true;
      continue;
    }
    if (NEEDS_PARSER.test(line)) return false;
    // A line short of the item's text after an empty line ends the list: what follows it is read
    // against the page's margin, not the item's (four spaces there make a code block).
    const indent = indentWidth(line);
    if (previousBlank && lineNo !== first) {
      if (outside) return false;
      outside = indent < contentIndent;
      if (outside && indent >= 4) return false;
    }
    const title = lineNo === first;
    let start = title ? contentStart : line.length - line.trimStart().length;
    // Five spaces after the marker, or four more than the text after an empty line: a code block.
    if (title ? /\s/.test(line[start] ?? '') : previousBlank && indent >= contentIndent + 4) {
      return false;
    }
    // A quoted note inside the entry (`> ...`) is read like any line once past its marker.
    if (!title && line[start] === '>' && indent >= contentIndent) start += line[start + 1] === ' ' ? 2 : 1;
    if (BLOCK_START.test(line.slice(start))) return false;
    if (!inlineProves(line, start, definitions, linksOf(lineNo))) return false;
    previousBlank = false;
  }
  return true;
}

/** Escapes, code spans, HTML, autolinks and entities, anywhere on a line (URLs included). */
const NEEDS_PARSER = /[\\`<]|&#?[A-Za-z0-9]+;/;
/** A line opening a block of its own (heading, quote, table, list, break, fence, setext line). */
const BLOCK_START = /^(?:[#>|=:+~-]|[*_](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|_{3})/;
/** What inlineProves reads of a line's text: brackets and emphasis or strikethrough delimiters. */
const DELIMITER = /[[\]*_~]/g;
/** Text GFM turns into links on its own: bare URLs and e-mail addresses. */
const AUTOLINK_LITERAL = /https?:|www\.|[\w.+-]@[\w-]+\./gi;

const isWhitespace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
const isPunctuation = (ch: string | undefined) => ch !== undefined && /[\p{P}\p{S}]/u.test(ch);
/** CommonMark's left- and right-flanking delimiter runs, from the characters around the run. */
const leftFlanking = (before: string | undefined, after: string | undefined) =>
  !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
const rightFlanking = (before: string | undefined, after: string | undefined) =>
  !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));

interface Run {
  readonly char: string;
  readonly start: number;
  readonly end: number;
}

/**
 * One line from `start`: every link's markup paired, brackets left over only as balanced plain
 * text (and only without definitions in the file), and `*`/`_` runs only as spans of one or two
 * that open and close in turn, or as underscores inside words.
 */
/**
 * inlineProves's marks of the characters that are link markup, one per offset of the line: one
 * array kept and cleared for every line, as a new one for each line cost a tenth of its time.
 */
let markupOf = new Uint8Array(1024);

function inlineProves(
  line: string,
  start: number,
  definitions: boolean,
  links: readonly InlineLink[],
): boolean {
  if (markupOf.length < line.length) markupOf = new Uint8Array(line.length * 2);
  else markupOf.fill(0, 0, line.length);
  // Read and written below the line's length only (a link ends on its line).
  const markup = markupOf;
  for (let index = 0; index < links.length; index++) {
    const link = links[index];
    // A title after the URL, or a link inside another one (or inside an image's alt): not proven.
    for (let i = link.urlEnd; i < link.end - 1; i++) if (!isWhitespace(line[i])) return false;
    // Links are sorted by start: those opening inside this one follow it.
    for (let i = index + 1; i < links.length && links[i].start < link.end; i++) {
      if (link.image || !links[i].image) return false;
    }
    const open = link.image ? link.start + 1 : link.start;
    const close = open + 1 + link.text.length;
    markup[link.start] = 1;
    markup[open] = 1;
    for (let i = close; i < link.end; i++) markup[i] = 1;
  }
  let depth = 0;
  const runs: Run[] = [];
  // Only these characters matter here: the search skips the words between them.
  DELIMITER.lastIndex = start;
  for (let found; (found = DELIMITER.exec(line));) {
    const i = found.index;
    if (markup[i]) continue;
    const ch = found[0];
    if (ch === '~') return false;
    if (ch === '[' || ch === ']') {
      // Plain-text brackets: balanced, with no definition to make them a reference, and not a link
      // whose destination the scanner could not read (`[a](b c)`, `[a](` ending the line).
      if (definitions || (ch === ']' && (--depth < 0 || line[i + 1] === '('))) return false;
      if (ch === '[') depth++;
      continue;
    }
    let end = i + 1;
    while (line[end] === ch && !markup[end]) end++;
    const intraword =
      ch === '_' &&
      !isWhitespace(line[i - 1]) &&
      !isPunctuation(line[i - 1]) &&
      !isWhitespace(line[end]) &&
      !isPunctuation(line[end]);
    if (!intraword) runs.push({ char: ch, start: i, end });
    DELIMITER.lastIndex = end;
  }
  if (depth !== 0) return false;
  // A bare URL or address in the text (not in a link's destination) is a link GFM makes itself.
  AUTOLINK_LITERAL.lastIndex = start;
  for (let match; (match = AUTOLINK_LITERAL.exec(line));) if (!markup[match.index]) return false;
  return emphasisPairs(line, runs, links);
}

/**
 * Runs that pair up in turn (opener, closer, opener, closer...) by CommonMark's flanking rules,
 * same character and length (1 or 2) in a pair, and never astride a link's brackets: each closer
 * then finds its own opener as the only one still open, as the scanner pairs them.
 */
function emphasisPairs(line: string, runs: readonly Run[], links: readonly InlineLink[]): boolean {
  if (runs.length % 2 !== 0) return false;
  // CommonMark's rules: `*` opens when left-flanking and closes when right-flanking; `_` also
  // needs, to open, not right-flanking or punctuation before; to close, the mirror of that.
  const opens = (run: Run) => {
    const before = line[run.start - 1];
    const after = line[run.end];
    if (!leftFlanking(before, after)) return false;
    return run.char === '*' || !rightFlanking(before, after) || isPunctuation(before);
  };
  const closes = (run: Run) => {
    const before = line[run.start - 1];
    const after = line[run.end];
    if (!rightFlanking(before, after)) return false;
    return run.char === '*' || !leftFlanking(before, after) || isPunctuation(after);
  };
  for (let i = 0; i < runs.length; i += 2) {
    const open = runs[i];
    const close = runs[i + 1];
    const length = open.end - open.start;
    if (open.char !== close.char || length > 2 || close.end - close.start !== length) return false;
    if (!opens(open) || !closes(close)) return false;
    const inside = (at: number, link: InlineLink) => link.start < at && at < link.end;
    if (links.some((link) => inside(open.start, link) !== inside(close.start, link))) return false;
  }
  return true;
}
