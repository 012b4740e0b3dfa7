/**
 * A small inline scanner for the two lines an entry is made of (title line, author line).
 *
 * Why not mdast for every entry: mdast-util-from-markdown parses about 1.5 MB/s here (225 µs for
 * one entry), so a 10,000-entry list would take over 2 s before any rule runs. Entry lines use a
 * handful of constructs (bold, italics, links, images), and these scanners find them in one linear
 * pass with no backtracking; the property tests hold them to mdast's reading on generated entries.
 * All indices are 0-based string offsets; `end` is exclusive.
 */

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
}

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly innerStart: number;
  readonly innerEnd: number;
}

/** Pairs brackets (or parentheses) in one pass with a stack; escaped ones do not count. */
function matchPairs(line: string, open: string, close: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\') {
      i++;
    } else if (ch === open) {
      stack.push(i);
    } else if (ch === close && stack.length > 0) {
      pairs.set(stack.pop() as number, i);
    }
  }
  return pairs;
}

export function findLinks(line: string): InlineLink[] {
  if (!line.includes('](')) return [];
  const brackets = matchPairs(line, '[', ']');
  const parens = matchPairs(line, '(', ')');
  const links: InlineLink[] = [];
  for (const [open, close] of brackets) {
    if (line[close + 1] !== '(') continue;
    const parenClose = parens.get(close + 1);
    if (parenClose === undefined) continue;
    const destination = parseDestination(line, close + 2, parenClose);
    if (!destination) continue;
    const image = open > 0 && line[open - 1] === '!' && line[open - 2] !== '\\';
    links.push({
      image,
      text: line.slice(open + 1, close),
      url: destination.url,
      start: image ? open - 1 : open,
      end: parenClose + 1,
      urlStart: destination.start,
      urlEnd: destination.end,
    });
  }
  return links.sort((a, b) => a.start - b.start);
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
