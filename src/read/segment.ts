/**
 * Cheap block structure of a whole list, one pass over its lines: headings, top-level list items,
 * paragraph entries (a paragraph that opens with a bold or linked title, as lists without list
 * markers write their papers), fenced code and HTML comments (skipped), and the paperlint
 * directives found in comments.
 * Nothing here parses inline markup; that is done only for the entries that are checked.
 */
import { tableCells } from './inline.js';
import { indentWidth, isBlank, type SourceText } from './text.js';

export interface Heading {
  readonly line: number;
  readonly level: number;
  readonly text: string;
}

export interface ItemBlock {
  readonly startLine: number;
  /** Last non-blank line of the item. */
  readonly endLine: number;
  /** The list marker (`-`, `12.`); empty for a paragraph entry, `|` for a table row. */
  readonly marker: string;
  /** 1-based column of the marker and of the item's text. */
  readonly markerColumn: number;
  readonly contentColumn: number;
  /** Enclosing headings, outermost first. */
  readonly headings: readonly Heading[];
  /** For a table row: the table's column names (its header cells, as written). */
  readonly columns?: readonly string[];
}

/** A list item's marker (not a paragraph entry's or a table row's). */
export function isListMarker(marker: string): boolean {
  return marker !== '' && marker !== '|';
}

export interface Directive {
  readonly line: number;
  readonly kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids named; empty means every rule. */
  readonly rules: readonly string[];
}

export interface Segments {
  readonly headings: readonly Heading[];
  readonly items: readonly ItemBlock[];
  readonly directives: readonly Directive[];
}

const ATX_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const LIST_MARKER = /^( {0,3})([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const FENCE_OPEN = /^ *(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
/** A paragraph opening with a title: `**Title**`, `[Title](url)` or `[**Title**](url)`. */
const PARAGRAPH_TITLE = /^ {0,3}(?:\*\*\S|__\S|\[(?!!)[^\]]{3,}\]\((?!#))/;
/** A GFM table's delimiter row: `| --- | :---: |`. */
const TABLE_DELIMITER = /^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const DIRECTIVE = /<!--\s*paperlint-(disable-next-line|disable|enable)\b([^>]{0,300}?)-->/g;

interface OpenItem {
  startLine: number;
  endLine: number;
  marker: string;
  markerColumn: number;
  contentColumn: number;
  headings: readonly Heading[];
}

export function segment(source: SourceText): Segments {
  const { lines } = source;
  const headings: Heading[] = [];
  const items: ItemBlock[] = [];
  const directives: Directive[] = [];
  let chain: Heading[] = [];
  let item: OpenItem | undefined;
  let table: readonly string[] | undefined; // the open table's column names
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  let previousBlank = true;
  let paragraphLine = 0; // a plain paragraph line just before, outside items (for setext headings)

  const closeItem = () => {
    if (item) items.push(item);
    item = undefined;
  };
  const addHeading = (heading: Heading) => {
    closeItem();
    headings.push(heading);
    chain = [...chain.filter((h) => h.level < heading.level), heading];
  };

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i];
    if (line.includes('paperlint-')) collectDirectives(line, lineNo, directives);

    if (fence) {
      const close = /^ *(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
      if (item) item.endLine = lineNo;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      if (item) item.endLine = lineNo;
      continue;
    }
    if (table && !isBlank(line) && line.includes('|')) {
      items.push({
        startLine: lineNo,
        endLine: lineNo,
        marker: '|',
        markerColumn: 1,
        contentColumn: 1,
        headings: chain,
        columns: table,
      });
      continue;
    }
    table = undefined;
    if (isBlank(line)) {
      // A paragraph entry ends at its paragraph's end; a list item may go on after an empty line.
      if (item?.marker === '') closeItem();
      previousBlank = true;
      paragraphLine = 0;
      continue;
    }
    const wasBlank = previousBlank;
    previousBlank = false;
    const indent = indentWidth(line);
    const header = lines[i - 1] ?? '';
    if (
      !wasBlank &&
      header.includes('|') &&
      line.includes('-') &&
      TABLE_DELIMITER.test(line) &&
      (!item || item.marker === '')
    ) {
      // The line before was the table's header, not a paragraph (nor a paragraph entry).
      if (item) item = undefined;
      table = tableCells(header).map((cell) => header.slice(cell.start, cell.end));
      paragraphLine = 0;
      continue;
    }

    if (item && item.marker !== '' && indent >= item.contentColumn - 1) {
      item.endLine = lineNo;
      openBlocks(line);
      continue;
    }
    // The first character decides which block rules can apply at all; most lines need no regex.
    const first = line.trimStart()[0];
    const atx = indent <= 3 && first === '#' ? ATX_OPEN.exec(line) : null;
    if (atx) {
      addHeading({ line: lineNo, level: atx[1].length, text: headingText(line.slice(atx[0].length)) });
      paragraphLine = 0;
      continue;
    }
    if (paragraphLine && (!item || item.marker === '') && SETEXT_UNDERLINE.test(line)) {
      // The paragraph was a setext heading's text, not a paragraph entry.
      if (item) item = undefined;
      const level = line.trim()[0] === '=' ? 1 : 2;
      addHeading({ line: paragraphLine, level, text: lines[paragraphLine - 1].trim() });
      paragraphLine = 0;
      continue;
    }
    const couldBeMarker = first === '-' || first === '*' || first === '+' || (first >= '0' && first <= '9');
    const marker = !couldBeMarker || THEMATIC_BREAK.test(line) ? null : LIST_MARKER.exec(line);
    if (marker) {
      closeItem();
      const markerColumn = marker[1].length + 1;
      const spacing = marker[3].length;
      // A marker followed by 5+ spaces starts an indented code block: the text column is one past it.
      const gap = spacing >= 1 && spacing <= 4 ? spacing : 1;
      item = {
        startLine: lineNo,
        endLine: lineNo,
        marker: marker[2],
        markerColumn,
        contentColumn: markerColumn + marker[2].length + gap,
        headings: chain,
      };
      openBlocks(line);
      continue;
    }
    if (item && !wasBlank) {
      // A lazy continuation line: still part of the item's paragraph.
      item.endLine = lineNo;
      continue;
    }
    if (item && item.endLine === item.startLine && looksLikeAuthorLine(line)) {
      // An author line indented short of the item's text falls out of the list when rendered, but it
      // is still the entry's author line: keep it with its title so the indent rule can say so.
      item.endLine = lineNo;
      continue;
    }
    closeItem();
    if (wasBlank && PARAGRAPH_TITLE.test(line)) {
      item = {
        startLine: lineNo,
        endLine: lineNo,
        marker: '',
        markerColumn: indent + 1,
        contentColumn: indent + 1,
        headings: chain,
      };
    }
    openBlocks(line);
    paragraphLine = !fence && !inComment && indent <= 3 ? lineNo : 0;
  }
  closeItem();
  return { headings, items, directives };

  function openBlocks(line: string) {
    const open = line.includes('``') || line.includes('~~') ? FENCE_OPEN.exec(line) : null;
    if (open && !(open[1][0] === '`' && line.slice(open[0].length).includes('`'))) {
      fence = { char: open[1][0], length: open[1].length };
      return;
    }
    const start = line.lastIndexOf('<!--');
    if (start !== -1 && !line.includes('-->', start)) inComment = true;
  }
}

/**
 * A heading's text without its optional closing `#` run. Done by hand: the obvious regular
 * expression backtracks quadratically on a long line of spaces.
 */
function headingText(rest: string): string {
  const text = rest.trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0) return '';
  return end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t')
    ? text.slice(0, end).trimEnd()
    : text;
}

/** Italic names or a bracketed link: the shape of an author line, not of prose. */
function looksLikeAuthorLine(line: string): boolean {
  return /^\s*[*_][^*_\s]/.test(line) || /\[\[[^\]]*\]\(/.test(line);
}

function collectDirectives(line: string, lineNo: number, into: Directive[]) {
  for (const match of line.matchAll(DIRECTIVE)) {
    into.push({
      line: lineNo,
      kind: match[1] as Directive['kind'],
      rules: match[2].split(/[\s,]+/).filter(Boolean),
    });
  }
}
