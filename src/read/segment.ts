/**
 * Cheap block structure of a whole list, one pass over its lines: headings, top-level list items,
 * paragraph entries (a paragraph that opens with a bold or linked title, as lists without list
 * markers write their papers), fenced code, HTML comments and HTML blocks (skipped: raw HTML on
 * GitHub), link reference definitions, and the paperlint directives found in comments.
 * Nothing here parses inline markup; that is done only for the entries that are checked.
 */
import {
  endsHtmlBlock,
  htmlBlockStart,
  normaliseLabel,
  parseDefinition,
  type HtmlBlockEnd,
} from './blocks.js';
import { findLinks, tableCells } from './inline.js';
import { readHtmlTable, TABLE_START } from './html-table.js';
import { indentWidth, isBlank, type SourceText } from './text.js';
import { isPaperHost, isPaperLink, parseArxivUrl } from './links.js';

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
  /**
   * For a row of an HTML table (`<tr>` to `</tr>`, over one line or more), whose cells are read from
   * its lines: the columns that cells of rows above span into (`rowspan`), which its own cells pass
   * by. See html-table.ts.
   */
  readonly htmlRow?: { readonly spannedColumns: readonly number[] };
  /**
   * For an item nested in a topic (an item that heads the items under it, like a heading): the
   * topic's line. The topic is a section of its own, below the headings.
   */
  readonly topic?: number;
  /**
   * A heading that is one paper's entry (see paperHeadings). Its lines below the heading are its
   * body (field bullets, a summary): the entry's text, but not its record: their links are not the
   * paper's, their names not its authors, their arXiv ids not its own.
   */
  readonly heading?: true;
  /**
   * An item read as a paper because its section's papers vouch for it (see findPaperList): it is
   * written as they are and links as they do, though its own link is not to a paper (a project page
   * where they link the paper).
   */
  readonly byShape?: true;
}

/**
 * The last line of an entry's record, the lines its template describes: a heading entry's heading,
 * else the entry's last line.
 */
export function recordEnd(item: Pick<ItemBlock, 'heading' | 'startLine' | 'endLine'>): number {
  return item.heading ? item.startLine : item.endLine;
}

/** A list item's marker (not a paragraph entry's or a table row's). */
export function isListMarker(marker: string): boolean {
  return marker !== '' && marker !== '|';
}

/** A line's text after its indent and list marker (`12. `, `- `): what stays when an entry is renumbered. */
export function lineContent(line: string): string {
  return line.trimStart().replace(/^(?:\d+[.)]|[-*+])\s+/, '');
}

export interface Directive {
  readonly line: number;
  readonly kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids named; empty means every rule. */
  readonly rules: readonly string[];
}

/** A link reference definition (`[label]: url "title"`, on one line or more). */
export interface Definition {
  /** The label as CommonMark matches it (see normaliseLabel). */
  readonly label: string;
  readonly line: number;
  readonly endLine: number;
  /** Its lines without their container prefixes (indentation, `>`), to be parsed after an entry. */
  readonly text: string;
}

export interface Segments {
  readonly headings: readonly Heading[];
  readonly items: readonly ItemBlock[];
  readonly directives: readonly Directive[];
  /** In the order written (the first of a label is the one that counts). */
  readonly definitions: readonly Definition[];
}

const ATX_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const LIST_MARKER = /^( {0,3})([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const FENCE_OPEN = /^ *(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
/** A heading written in HTML, whole on its line: `<h3 id="x">Attention Mechanism</h3>`. */
const HTML_HEADING = /^ {0,3}<h([1-6])(?:\s[^<>]*)?>([^<>]*(?:<(?!\/h[1-6]>)[^<>]*>[^<>]*)*)<\/h\1>\s*$/i;
/**
 * A paragraph opening with a title: `**Title**`, `<b>Title</b>`, `[Title](url)` or
 * `[**Title**](url)`, maybe after a short tag in brackets (`(NeurIPS 2024) [Title](url)`) or emoji
 * shortcodes (`:camera: <b>Title</b>`, `:camera: :gem: <b>Title</b>`), or before a bold title a venue
 * of a few words and a colon (`NeurIPS2020: **Title**`; not `Our survey: [Title](…)`, which is
 * prose that links the list's own paper). HTML bold renders the same
 * with a space inside its tags (`<b> Title </b>`); Markdown's `** Title**` is no bold.
 */
const PARAGRAPH_TITLE =
  /^ {0,3}(?:(?:\([^()]{1,20}\)|\[[^[\]]{1,20}\]|(?::[a-z\d_+-]{1,30}:[ \t]*)+)[ \t]*|[A-Za-z][\w'’-]*(?: [\w'’-]+){0,2}:[ \t]*(?=\*\*|__|<b>|<strong>))?(?:\*\*\S|__\S|<(?:b|strong)>[ \t]*\S|\[(?!!)[^\]]{3,}\]\((?!#))/i;
/**
 * A paragraph opening with a linked title that wraps onto its next line (`[Score-Based Generative
 * Modeling` / `through Stochastic Differential Equations](https://…)`): the link opens on the first
 * line and closes on the second.
 */
const WRAPPED_LINK_TITLE = /^ {0,3}\[(?!!)[^[\]]{3,}$/;
const WRAPPED_LINK_END = /^[^[\]]*\]\((?!#)/;
/**
 * A line that only links, under a title line of plain text (`Title ,` then `PDF: <https://…>`):
 * a label and a URL, or a link alone. A label whose URL was taken out (`PDF:`) still ends an entry
 * that lost its link, not a paragraph of prose.
 */
const LINK_LINE =
  /^ {0,3}(?:[A-Za-z][\w .-]{0,20}:(?:[ \t]*<?https?:\/\/\S+?>?)?|\[[^\]]{1,30}\]\([^)\s]+\))[ \t]*$/;
const NO_LINES: ReadonlySet<number> = new Set();
/** A GFM table's delimiter row: `| --- | :---: |`. */
const TABLE_DELIMITER = /^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
/** A line that may start a link reference definition: `[label]:`, or a label going on to the next line. */
const DEFINITION_START = /^\[(?:[^\\[\]]|\\.){0,999}(?:\]:|\\?$)/;
const DIRECTIVE = /<!--\s*paperlint-(disable-next-line|disable|enable)\b([^>]{0,300}?)-->/g;

interface OpenItem {
  startLine: number;
  endLine: number;
  marker: string;
  markerColumn: number;
  contentColumn: number;
  headings: readonly Heading[];
  topic?: number;
  heading?: true;
}

/**
 * `givenEntries`: lines that open a paragraph entry whatever their text shows (a caller that knows
 * the paragraph was one: see the engine's unmade paragraph entries); runs of paper paragraphs are
 * added to them (see withRepeatedPaperParagraphs).
 */
export function segment(source: SourceText, givenEntries: ReadonlySet<number> = NO_LINES): Segments {
  const { lines } = source;
  const paragraphEntries = withRepeatedPaperParagraphs(lines, givenEntries);
  const headings: Heading[] = [];
  const items: ItemBlock[] = [];
  const directives: Directive[] = [];
  const definitions: Definition[] = [];
  let chain: Heading[] = [];
  let item: OpenItem | undefined;
  let table: readonly string[] | undefined; // the open table's column names
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  // An open HTML block, and whether it sits inside the open list item.
  let html: { end: HtmlBlockEnd; inItem: boolean } | undefined;
  let previousBlank = true;
  // The line before left a paragraph open: the next may continue it lazily, and neither a link
  // reference definition nor an HTML block of the seventh kind can start there (nor indented
  // code). Definitions leave their paragraph open, and the next line may be one more of them.
  let paragraphOpen = false;
  let definitionEnd = 0; // last line of the last definition read
  let quoteOpen = false; // the line before was in a block quote (outside list items)
  let paragraphLine = 0; // a plain paragraph line just before, outside items (for setext headings)

  // Items read as topics over their nested items whose heads are titles (see titleOverBody).
  const titledTopics: { at: number; item: OpenItem; split: number; body: boolean }[] = [];
  const closeItem = () => {
    if (item) {
      const split = topicItems(lines, item);
      if (split[0] !== item && OWN_TITLE.test(headText(lines, item)))
        titledTopics.push({
          at: items.length,
          item,
          split: split.length,
          body: titleOverBody(lines, item, split),
        });
      items.push(...split);
    }
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
      paragraphOpen = false;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      if (item) item.endLine = lineNo;
      continue;
    }
    if (lineNo <= definitionEnd) {
      if (item) item.endLine = lineNo;
      continue;
    }
    const inQuote: boolean = quoteOpen;
    quoteOpen = false;
    if (html) {
      if (html.inItem && item && !isBlank(line) && indentWidth(line) < item.contentColumn - 1) {
        // An HTML block is never continued lazily: a line short of the item's text ends both.
        html = undefined;
        paragraphOpen = false;
      } else if ('blankLine' in html.end && isBlank(line)) {
        html = undefined;
      } else {
        if (endsHtmlBlock(html.end, line)) html = undefined;
        if (item && !isBlank(line)) item.endLine = lineNo;
        continue;
      }
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
      paragraphOpen = false;
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
      paragraphOpen = true;
      continue;
    }

    if (item && item.marker !== '' && indent >= item.contentColumn - 1) {
      item.endLine = lineNo;
      const content = line.length - line.trimStart().length;
      const code = indent - (item.contentColumn - 1) > 3;
      if (startsBlock(i, content, false, false, code)) continue;
      openBlocks(line);
      // Indented code (four columns past the item's text, no paragraph to continue) is no paragraph.
      paragraphOpen = !fence && (paragraphOpen || !code);
      continue;
    }
    // The first character decides which block rules can apply at all; most lines need no regex.
    const first = line.trimStart()[0];
    const atx = indent <= 3 && first === '#' ? ATX_OPEN.exec(line) : null;
    if (atx) {
      addHeading({ line: lineNo, level: atx[1].length, text: headingText(line.slice(atx[0].length)) });
      paragraphLine = 0;
      paragraphOpen = false;
      // A heading is a block of its own: the line after it starts a paragraph as after a blank line.
      previousBlank = true;
      continue;
    }
    if (paragraphLine && (!item || item.marker === '') && SETEXT_UNDERLINE.test(line)) {
      // The paragraph was a setext heading's text, not a paragraph entry.
      if (item) item = undefined;
      const level = line.trim()[0] === '=' ? 1 : 2;
      addHeading({ line: paragraphLine, level, text: lines[paragraphLine - 1].trim() });
      paragraphLine = 0;
      paragraphOpen = false;
      continue;
    }
    if (indent <= 3 && first === '<') {
      const end = htmlBlockStart(line.trimStart(), paragraphOpen);
      if (end) {
        // Raw HTML until its end condition: an item's paragraph above it ends here. A heading in
        // HTML (`<h3 id="x">Attention</h3>`, whole on its line) is a heading of the page as `###` is.
        const htmlHeading = HTML_HEADING.exec(line);
        if (htmlHeading) {
          const text = htmlHeading[2].replace(/<[^>]*>/g, '').trim();
          addHeading({ line: lineNo, level: Number(htmlHeading[1]), text });
        }
        closeItem();
        // A table's rows are read as a Markdown table's are; the HTML goes on past it to its end.
        const table = TABLE_START.test(line) ? readHtmlTable(lines, i, chain) : undefined;
        if (table) {
          items.push(...table.rows);
          i = table.end;
        }
        html = endsHtmlBlock(end, lines[i]) ? undefined : { end, inItem: false };
        paragraphLine = 0;
        paragraphOpen = false;
        continue;
      }
    }
    const couldBeMarker = first === '-' || first === '*' || first === '+' || (first >= '0' && first <= '9');
    const thematicBreak = (first === '-' || first === '*' || first === '_') && THEMATIC_BREAK.test(line);
    const marker = !couldBeMarker || thematicBreak ? null : LIST_MARKER.exec(line);
    if (marker) {
      closeItem();
      const markerColumn = marker[1].length + 1;
      // The columns between marker and text (a tab reaches the next multiple of 4). Five or more
      // start an indented code block: the text column is then one past the marker.
      const spacing = spaceWidth(marker[3], markerColumn - 1 + marker[2].length);
      const gap = spacing >= 1 && spacing <= 4 ? spacing : 1;
      item = {
        startLine: lineNo,
        endLine: lineNo,
        marker: marker[2],
        markerColumn,
        contentColumn: markerColumn + marker[2].length + gap,
        headings: chain,
      };
      paragraphLine = 0;
      if (gap === spacing && startsBlock(i, marker[0].length, false, true, false)) continue;
      openBlocks(line);
      // Text right after the marker is a paragraph; five spaces or more make it indented code.
      paragraphOpen = !fence && gap === spacing;
      continue;
    }
    // A break, quote or fence ends the list; any other line continues the item's paragraph lazily.
    if (
      item &&
      !wasBlank &&
      paragraphOpen &&
      !(indent <= 3 && interruptsParagraph(line.trimStart(), false))
    ) {
      item.endLine = lineNo;
      startsBlock(i, line.length - line.trimStart().length, false, false, true);
      continue;
    }
    if (
      item &&
      item.endLine === item.startLine &&
      looksLikeAuthorLine(line) &&
      // A quote, heading or new item after the title is a block of its own, never its author line.
      !(indent <= 3 && interruptsParagraph(line.trimStart(), false))
    ) {
      // An author line indented short of the item's text falls out of the list when rendered, but it
      // is still the entry's author line: keep it with its title so the indent rule can say so.
      item.endLine = lineNo;
      paragraphOpen = true;
      continue;
    }
    closeItem();
    const quote = contentOf(line, indent);
    // A quote goes on with its lines and lazily with its paragraph's; a new one starts a paragraph.
    quoteOpen = quote.quoted || (inQuote && paragraphOpen);
    if (startsBlock(i, quote.offset, quote.quoted, quote.quoted && !inQuote, indent > 3)) {
      paragraphLine = 0;
      continue;
    }
    const quotedHeading = quote.quoted ? ATX_OPEN.exec(line.slice(quote.offset)) : null;
    if (quotedHeading && linksPaper(lines, lineNo, lineNo)) {
      // A heading in a quote is no section of the page: one that links its paper is that paper's
      // entry (`> ###### 3) *"Title"* [[paper](…)]`), its text past the `#` run and its number (text
      // of the heading, not a list's marker: GitHub numbers no list there).
      const at = quote.offset + quotedHeading[0].length;
      const start = at + (line.length - at - line.slice(at).trimStart().length);
      const number = /^\d{1,9}[.)][ \t]+/.exec(line.slice(start));
      items.push({
        startLine: lineNo,
        endLine: lineNo,
        marker: '',
        markerColumn: start + 1,
        contentColumn: start + (number ? number[0].length : 0) + 1,
        headings: chain,
        heading: true,
      });
      paragraphLine = 0;
      paragraphOpen = false;
      continue;
    }
    if (
      wasBlank &&
      (paragraphEntries.has(lineNo) ||
        PARAGRAPH_TITLE.test(line) ||
        (WRAPPED_LINK_TITLE.test(line) && WRAPPED_LINK_END.test(lines[i + 1] ?? '')) ||
        (!line.includes('](') && !LINK_LINE.test(line) && LINK_LINE.test(lines[i + 1] ?? '')))
    ) {
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
    paragraphOpen = !fence && (paragraphOpen || indent <= 3) && !thematicBreak && !isBlank(quoteText(line));
  }
  closeItem();
  // A list whose titled "topics" nearly all hold one nested line without a title of its own writes
  // each paper as its title over that line (`- **Title**` over `  - Authors. *Venue*. [[pdf]](…)`):
  // each is one entry, not a topic over one paper. A real topic holds papers, seldom one.
  const bodies = titledTopics.filter(({ body }) => body);
  if (bodies.length >= TITLE_OVER_BODY_MIN && bodies.length >= TITLE_OVER_BODY_SHARE * titledTopics.length) {
    for (const { at, item: whole, split } of bodies.reverse()) items.splice(at, split, whole);
  }
  return { ...paperHeadings(lines, headings, notesOfParagraphs(lines, items)), directives, definitions };

  /**
   * Whether the line's content from `offset` starts an HTML block or is a link reference
   * definition, which is then read (and its lines passed over). `opensBlock`: a container opens on
   * this line, so a paragraph above does not continue into it; `indented`: the content is more than
   * 3 columns past its container's margin (indented code, unless it continues a paragraph).
   */
  function startsBlock(
    index: number,
    offset: number,
    quoted: boolean,
    opensBlock: boolean,
    indented: boolean,
  ): boolean {
    const line = lines[index];
    const atParagraphStart = (!paragraphOpen || opensBlock) && !indented;
    if (line[offset] === '<' && !quoted && !indented) {
      const end = htmlBlockStart(line.slice(offset), !atParagraphStart);
      if (!end) return false;
      html = endsHtmlBlock(end, line) ? undefined : { end, inItem: item !== undefined };
      paragraphOpen = false;
      return true;
    }
    // Definitions so far, and this line continues their paragraph: it may be one more.
    const afterDefinitions = paragraphOpen && definitionEnd === index;
    if (line[offset] !== '[' || !(atParagraphStart || afterDefinitions)) return false;
    const definition = readDefinition(index, offset, quoted);
    if (!definition) return false;
    definitions.push(definition);
    definitionEnd = definition.endLine;
    paragraphOpen = true;
    return true;
  }

  /**
   * The link reference definition starting at `offset` of line `index`, if one does. It is read
   * from a window of the lines that could continue it, doubled while the definition could reach
   * past the window, so a run of definitions costs each of its lines a bounded number of reads.
   */
  function readDefinition(index: number, offset: number, quoted: boolean): Definition | undefined {
    const parts = [lines[index].slice(offset)];
    if (!DEFINITION_START.test(parts[0])) return undefined;
    let complete = false; // every line the paragraph could continue into is in `parts`
    for (let window = 4; ; window *= 2) {
      while (!complete && parts.length < window) {
        const next = lines[index + parts.length];
        const text = next === undefined ? '' : quoted ? quoteText(next) : next.trimStart();
        if (next === undefined || isBlank(text) || interruptsParagraph(text, quoted)) complete = true;
        else parts.push(text);
      }
      const text = parts.join('\n');
      const found = parseDefinition(text);
      if (complete || (found && found.lines < parts.length - 1)) {
        if (!found) return undefined;
        return {
          label: normaliseLabel(found.label),
          line: index + 1,
          endLine: index + found.lines,
          text: parts.slice(0, found.lines).join('\n'),
        };
      }
    }
  }

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

/** Sibling headings that must link their papers before each is read as a paper's entry. */
const MIN_PAPER_HEADINGS = 2;
/** A link that leads out of the page, or a bare URL: the form a paper's heading is written in. */
const HEADING_LINKS_OUT = /\]\((?!#)|https?:\/\//;

/**
 * A list that gives each paper a heading (`### [Title](arxiv)` over its fields: `- **Metrics:** …`):
 * when most of a run of sibling headings (one level, one parent) link their papers, and at least
 * two do, each of them that links out is one paper's entry, not a section. Its body (the lines up
 * to the next heading) is the entry's, so its field bullets are no entries of their own. A heading
 * with headings under it is a section all the same (a paper's notes in parts), and so is one over a
 * list of papers (a survey's heading over the papers it covers).
 */
function paperHeadings(
  lines: readonly string[],
  headings: readonly Heading[],
  items: readonly ItemBlock[],
): { headings: readonly Heading[]; items: readonly ItemBlock[] } {
  // Headings by parent and level (indices into `headings`), and where each one's body ends.
  const siblings = new Map<string, number[]>();
  const bodyEnd: number[] = [];
  let chain: Heading[] = [];
  headings.forEach((heading, index) => {
    chain = chain.filter((h) => h.level < heading.level);
    const key = `${chain.at(-1)?.line ?? 0}:${heading.level}`;
    const group = siblings.get(key);
    if (group) group.push(index);
    else siblings.set(key, [index]);
    chain.push(heading);
    let end = (headings[index + 1]?.line ?? lines.length + 1) - 1;
    while (end > heading.line && isBlank(lines[end - 1])) end--;
    bodyEnd.push(end);
  });
  const inBody = (index: number, item: ItemBlock) =>
    item.startLine > headings[index].line && item.startLine <= bodyEnd[index];
  const entries = new Set<number>();
  for (const group of siblings.values()) {
    const atx = group.filter((index) => ATX_OPEN.test(lines[headings[index].line - 1]));
    const linking = atx.filter((index) => linksPaper(lines, headings[index].line, headings[index].line));
    if (linking.length < MIN_PAPER_HEADINGS || linking.length * 2 < group.length) continue;
    for (const index of atx) {
      const { line, level } = headings[index];
      if (!HEADING_LINKS_OUT.test(lines[line - 1]) || (headings[index + 1]?.level ?? 0) > level) continue;
      const papers = items.filter(
        (item) => inBody(index, item) && linksPaper(lines, item.startLine, item.endLine),
      ).length;
      if (papers < MIN_PAPER_HEADINGS) entries.add(index);
    }
  }
  if (entries.size === 0) return { headings, items };
  const isEntry = new Set([...entries].map((index) => headings[index]));
  const sections = (of: readonly Heading[]) => of.filter((heading) => !isEntry.has(heading));
  const blocks: ItemBlock[] = [];
  // Both in the order of their lines: each item is in the body of the last heading above it, if any.
  let above = -1;
  for (const item of items) {
    while (above + 1 < headings.length && headings[above + 1].line < item.startLine) above++;
    if (entries.has(above) && inBody(above, item)) continue;
    blocks.push(
      item.headings.some((h) => isEntry.has(h)) ? { ...item, headings: sections(item.headings) } : item,
    );
  }
  chain = [];
  headings.forEach((heading, index) => {
    chain = chain.filter((h) => h.level < heading.level);
    if (entries.has(index)) {
      const text = lines[heading.line - 1];
      const open = ATX_OPEN.exec(text)![0].length;
      const column = text.length - text.slice(open).trimStart().length + 1;
      blocks.push({
        startLine: heading.line,
        endLine: bodyEnd[index],
        marker: '',
        markerColumn: column,
        contentColumn: column,
        headings: sections(chain),
        heading: true,
      });
    }
    chain.push(heading);
  });
  blocks.sort((a, b) => a.startLine - b.startLine);
  return { headings: sections(headings), items: blocks };
}

/**
 * A paper written as a paragraph, its title linking the paper, over a list of notes on it (`[Title](arxiv)`
 * over `- X: introduces …`, `- The framework …`): the items are the paper's summary, not papers. A
 * reader takes them so when none of them has a title of its own or links another paper than the
 * paragraph's; a sentence of one that names a year (`… on MIPLIB 2017 instances.`) gives it no
 * paper's year. They are left out of the list's entries, as a heading entry's body is (see
 * paperHeadings). A list of items each with a title or a paper of its own is the papers of a topic
 * that the paragraph introduces.
 */
function notesOfParagraphs(lines: readonly string[], items: readonly ItemBlock[]): readonly ItemBlock[] {
  const notes = new Set<ItemBlock>();
  for (let at = 0; at < items.length; at++) {
    const paragraph = items[at];
    if (paragraph.marker !== '' || paragraph.heading) continue;
    // The items of the list right below the paragraph (nothing but empty lines between), and theirs.
    const run: ItemBlock[] = [];
    let end = paragraph.endLine;
    for (let next = at + 1; next < items.length; next++) {
      const item = items[next];
      const nested = run.length > 0 && item.topic !== undefined && item.startLine <= end;
      if (!nested && !(isListMarker(item.marker) && onlyBlankBetween(lines, end, item.startLine))) break;
      run.push(item);
      end = Math.max(end, item.endLine);
    }
    if (run.length === 0) continue;
    const own = paperLinksOf(lines, paragraph.startLine, paragraph.endLine);
    const isNote = (item: ItemBlock) =>
      !OWN_TITLE.test(headText(lines, item)) &&
      [...paperLinksOf(lines, item.startLine, item.endLine)].every((link) => own.has(link));
    if (own.size > 0 && run.every(isNote)) for (const item of run) notes.add(item);
  }
  return notes.size === 0 ? items : items.filter((item) => !notes.has(item));
}

/** Whether only empty lines stand between line `after` and line `before`. */
function onlyBlankBetween(lines: readonly string[], after: number, before: number): boolean {
  for (let line = after + 1; line < before; line++) if (!isBlank(lines[line - 1])) return false;
  return true;
}

/** The papers lines `first`..`last` link: arXiv ids (whichever page of the paper), or the URLs of other papers. */
function paperLinksOf(lines: readonly string[], first: number, last: number): Set<string> {
  const papers = new Set<string>();
  for (const url of paperUrls(lines, first, last)) papers.add(parseArxivUrl(url)?.id ?? url);
  return papers;
}

/** A list marker at any indent, for the items nested in an item. */
const NESTED_MARKER = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;

/**
 * The list item a line opens with text after its marker, at any indent: the indent's width, and
 * the length of the marker with its indent and the spaces after it (where the item's text starts).
 */
export function itemOpenedBy(line: string): { indent: number; textStart: number } | undefined {
  const marker = NESTED_MARKER.exec(line);
  if (!marker || marker[3] === '' || marker[0].length === line.length) return undefined;
  return { indent: indentWidth(marker[1]), textStart: marker[0].length };
}
/**
 * An item's text that opens with a title of its own: a bold span, a quoted title, or a link whose
 * text has three words or more (`[Paper]`, `[arXiv]` are labels, not titles), maybe after a few
 * short tags, emoji or symbols (`⭐(CVPR 2023) [💬 Safety] **Title**`; a tag in brackets is no link).
 */
const OWN_TITLE =
  /^(?:(?:\([^()]{1,40}\)|\[[^[\]]{1,40}\](?!\()|:[a-z\d_+-]{1,30}:|[^\p{L}\p{N}\s*_"“<[(\]])[ \t]*){0,6}(?:\*\*\S|__\S|<(?:b|strong)>[ \t]*\S|["“]\S|\[(?!!)[^\]\s]+\s+[^\]\s]+\s+[^\]]+\]\((?!#))/iu;
/** A link or a bare URL that leads out of the page (not a `#anchor` of it). */
const LINKS_OUT = /\]\((?!#)|<a\s|https?:\/\//i;
/** Lines that open blocks whose insides are not items: fenced code, comments, raw HTML. */
const OPAQUE = /^[ \t]*(?:`{3,}|~{3,}|<)/;

/** How many paragraphs that each link a paper, most of a section's, show that the list writes its papers so. */
const PAPER_PARAGRAPHS_SHOW = 3;
/** A paragraph this long or longer is prose, not one paper's entry. */
const ENTRY_PARAGRAPH_LINES = 4;
/** What a fence, an ATX heading or an HTML heading opens with. */
const OPENS_FENCE_OR_HEADING = /^ *[`~#<]/;
/** What opens a block that is no plain paragraph: an item, heading, quote, table row, HTML or code. */
const NOT_A_PARAGRAPH = /^(?: {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)| {0,3}(?:#|>|\||<|`{3,}|~{3,})| {4}|\t)/;

/**
 * `given`, with the paragraphs that are a section's papers though their first line shows no title's
 * shape (`SIGCOMM 2019, [Title](…)---Notes: …`, or a title in plain text over a line of tags and
 * links): short paragraphs that each link a paper, most of their section's paragraphs, at least three
 * in one section (then two are enough in another). Prose that links a paper now and then (the list's
 * own survey, a citation request) is not a run of such paragraphs.
 */
function withRepeatedPaperParagraphs(
  lines: readonly string[],
  given: ReadonlySet<number>,
): ReadonlySet<number> {
  interface Section {
    paragraphs: number;
    papers: number[];
    /** Short paragraphs that open with a lead before a linked title: their first lines and leads' forms. */
    led: { line: number; form: string; paper: boolean }[];
  }
  const sections: Section[] = [];
  const others: Section[] = [];
  let section: Section = { paragraphs: 0, papers: [], led: [] };
  const closeSection = () => {
    (section.papers.length * 2 > section.paragraphs ? sections : others).push(section);
    section = { paragraphs: 0, papers: [], led: [] };
  };
  let fence: string | undefined;
  // The content column of the list item the blocks since it may belong to (-1: none open): a
  // paragraph indented to it is that item's, an author or link line, not a paragraph of the page.
  let itemColumn = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence !== undefined) {
      if (line.trimStart().startsWith(fence)) fence = undefined;
      continue;
    }
    // An empty line opens nothing; nor does a line whose text opens with none of the marks below.
    if (isBlank(line)) continue;
    if (OPENS_FENCE_OR_HEADING.test(line)) {
      const opensFence = FENCE_OPEN.exec(line);
      if (opensFence) {
        fence = opensFence[1];
        continue;
      }
      if (ATX_OPEN.test(line) || HTML_HEADING.test(line)) {
        closeSection();
        itemColumn = -1;
        continue;
      }
    }
    if (i > 0 && !isBlank(lines[i - 1]) && !ATX_OPEN.test(lines[i - 1])) continue;
    let end = i;
    while (end + 1 < lines.length && !isBlank(lines[end + 1])) end++;
    // A paragraph underlined with `===` or `---` is a heading (setext), which opens a section.
    if (end > i && !NOT_A_PARAGRAPH.test(line) && SETEXT_UNDERLINE.test(lines[end])) {
      closeSection();
      itemColumn = -1;
      i = end;
      continue;
    }
    const item = itemOpenedBy(line);
    if (item && item.indent <= 3) itemColumn = item.textStart;
    else if (itemColumn < 0 || indentWidth(line) < itemColumn) itemColumn = -1;
    else {
      i = end;
      continue;
    }
    if (!NOT_A_PARAGRAPH.test(line)) {
      section.paragraphs++;
      const short = end - i + 1 < ENTRY_PARAGRAPH_LINES;
      const paper = short && linksPaper(lines, i + 1, end + 1);
      if (paper) section.papers.push(i + 1);
      const form = short ? leadForm(line) : undefined;
      if (form !== undefined) section.led.push({ line: i + 1, form, paper });
    }
    i = end;
  }
  closeSection();
  // Once one section shows the list writes its papers so, two such paragraphs make another section's.
  if (!sections.some(({ papers }) => papers.length >= PAPER_PARAGRAPHS_SHOW)) return given;
  const runs = sections.filter(({ papers }) => papers.length >= 2);
  const found = runs.flatMap(({ papers }) => papers);
  // The form the list's papers are led in (`SIGCOMM 2019, [Title](…)`), when most of them are.
  const forms = new Map<string, number>();
  for (const { led } of runs)
    for (const { form, paper } of led) if (paper) forms.set(form, (forms.get(form) ?? 0) + 1);
  const [form, uses] = [...forms].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (uses >= PAPER_PARAGRAPHS_SHOW && uses * 2 > found.length) {
    // A paragraph led so is one of the list's entries, wherever it stands: one linking a paper in a
    // section of other paragraphs (papers written as citations, without links), and one linking
    // elsewhere (a project page, for the section's papers to vouch for: see findPaperList).
    for (const { led } of [...sections, ...others])
      for (const paragraph of led) if (paragraph.form === form) found.push(paragraph.line);
  }
  return new Set([...given, ...found]);
}

/** Words, at most, of a lead before a paragraph's linked title (`Information Systems Frontiers 2014, `). */
const LEAD_WORDS = 6;
/** A short lead of words before a linked title: `SIGCOMM 2019, [Title](…)`, `OSDI 2020 - [Title](…)`. */
const LEAD = /^ {0,3}([\p{Lu}\p{N}][^[\]()<>*_`]{0,60}?)[ \t]*([,:;|–—-])?[ \t]*\[(?!!)[^\]]{3,}\]\((?!#)/u;

/**
 * The form of a paragraph's lead before its linked title, if it opens so: whether the lead holds a
 * year, and the mark that ends it (`Y,` for `SIGCOMM 2019, [Title](…)`).
 */
function leadForm(line: string): string | undefined {
  const lead = LEAD.exec(line);
  if (!lead || lead[1].split(/\s+/).length > LEAD_WORDS) return undefined;
  return `${/\b(?:19|20)\d{2}\b/.test(lead[1]) ? 'Y' : ''}${lead[2] ?? ' '}`;
}

/** Whether lines `first`..`last` link to a paper: a paper host, or a link labelled as the paper. */
function linksPaper(lines: readonly string[], first: number, last: number): boolean {
  return !paperUrls(lines, first, last).next().done;
}

/** The URLs of the links to papers on lines `first`..`last`, bare ones first on each line. */
function* paperUrls(lines: readonly string[], first: number, last: number): Generator<string> {
  for (let line = first; line <= last; line++) {
    const text = lines[line - 1];
    if (!text.includes('](') && !text.includes('http')) continue;
    for (const url of text.match(/https?:\/\/[^\s<>()[\]"']+/g) ?? []) if (isPaperHost(url)) yield url;
    for (const link of findLinks(text)) {
      if (!link.image && isPaperLink({ label: link.text.replace(/^\[|\]$/g, ''), url: link.url }))
        yield link.url;
    }
  }
}

/**
 * The blocks an item stands for. Most items are one entry with whatever is nested in them (an
 * author line, a list of links). An item whose own text links nowhere and that holds items with
 * titles of their own, linking to their papers, is a heading written as a list item (`* Image
 * Editing` over its papers): its nested items are the entries, read as blocks of their own (and
 * so, in turn, the items of a topic nested in it).
 */
function topicItems(lines: readonly string[], item: OpenItem): OpenItem[] {
  if (item.marker === '' || item.endLine === item.startLine) return [item];
  const margin = item.contentColumn - 1;
  const starts: { line: number; indent: number; marker: RegExpExecArray; contentColumn: number }[] = [];
  for (let line = item.startLine + 1; line <= item.endLine; line++) {
    const text = lines[line - 1];
    if (OPAQUE.test(text)) return [item];
    const indent = indentWidth(text);
    // A marker at the text of the child before is that child's own item (a topic's papers under a
    // sub-topic), not a sibling of it.
    const inChild = starts.length > 0 && indent >= starts[starts.length - 1].contentColumn - 1;
    if (indent < margin || indent > margin + 3 || inChild) continue;
    const marker = NESTED_MARKER.exec(text);
    if (marker && !THEMATIC_BREAK.test(text)) {
      const spacing = spaceWidth(marker[3], indent + marker[2].length);
      const gap = spacing >= 1 && spacing <= 4 ? spacing : 1;
      starts.push({ line, indent, marker, contentColumn: indent + 1 + marker[2].length + gap });
    }
  }
  if (starts.length === 0) return paragraphPapers(lines, item);
  const headEnd = starts[0].line - 1;
  for (let line = item.startLine; line <= headEnd; line++) if (LINKS_OUT.test(lines[line - 1])) return [item];
  const children = starts.map(({ line, indent, marker, contentColumn }, at) => {
    let endLine = (starts[at + 1]?.line ?? item.endLine + 1) - 1;
    while (endLine > line && isBlank(lines[endLine - 1])) endLine--;
    const child: OpenItem = {
      startLine: line,
      endLine,
      marker: marker[2],
      markerColumn: indent + 1,
      contentColumn,
      headings: item.headings,
      topic: item.startLine,
    };
    const text = lines[line - 1].slice(marker[0].length);
    // A title written plainly links its paper on its own line: a topic's words may run to three
    // too, and its papers are below it.
    const paper =
      (OWN_TITLE.test(text) && linksPaper(lines, line, endLine)) ||
      (wordsBeforeLink(text) >= TITLE_WORDS && linksPaper(lines, line, line)) ||
      (isBoldTitleAlone(text) && !linksOut(lines, line, endLine));
    return { child, paper, split: paper ? [child] : topicItems(lines, child) };
  });
  const papers = children.filter(({ paper, split }) => paper || split.length > 1).length;
  return papers > 0 && papers * 2 >= children.length ? children.flatMap(({ split }) => split) : [item];
}

/**
 * A line that is nothing but a bold title (`**FINN: A Framework for Fast, Scalable Binarized Neural
 * Network Inference**`): a paper named without a link, as lists of titles alone write them (a
 * venue's item, `- **DAC2022**`, over them is a topic). A capital or a digit opens it and it runs to
 * four words at least: a bold note (`**dont have interesting papers for me**`) is none.
 */
function isBoldTitleAlone(text: string): boolean {
  const bold = /^[ \t]*(?:\*\*([^*]+)\*\*|__([^_]+)__)[ \t]*$/.exec(text);
  const title = (bold?.[1] ?? bold?.[2] ?? '').trim();
  return (
    /^[\p{Lu}\d]/u.test(title) &&
    (title.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0) >= BOLD_TITLE_WORDS
  );
}

/** Words a bold title alone needs to be a paper's (see isBoldTitleAlone). */
const BOLD_TITLE_WORDS = 4;

/** Whether lines `first`..`last` link out of the page at all. */
function linksOut(lines: readonly string[], first: number, last: number): boolean {
  return lines.slice(first - 1, last).some((line) => LINKS_OUT.test(line));
}

/** An item's text on its first line, after its marker. */
function headText(lines: readonly string[], item: Pick<ItemBlock, 'startLine' | 'contentColumn'>): string {
  return lines[item.startLine - 1].slice(item.contentColumn - 1);
}

/**
 * Whether an item read as a topic (`split`: what topicItems made of it) may be one paper instead:
 * its head is a title (bold, quoted, a linked title) and its nested items, one of them at most
 * linking a paper, have no title of their own (an author line with the paper's links, a line of
 * links). Whether it is one is the list's to show (see segment).
 */
function titleOverBody(lines: readonly string[], item: OpenItem, split: readonly OpenItem[]): boolean {
  const nested = split.every((child) => child.topic === item.startLine);
  const untitled = split.every((child) => !OWN_TITLE.test(headText(lines, child)));
  const papers = split.filter((child) => linksPaper(lines, child.startLine, child.endLine)).length;
  return nested && untitled && papers <= 1;
}

/** Titled items over a body a list needs, and their share of its titled topics, to write its papers so. */
const TITLE_OVER_BODY_MIN = 3;
const TITLE_OVER_BODY_SHARE = 0.8;

/** An item with this many words before its first link has a title of its own (see wordsBeforeLink). */
const TITLE_WORDS = 3;

/**
 * Words of plain text before an item's first link or markup: a title of its own written plainly
 * (`2017 | Learning to Optimize | Ke Li | [PDF](…)`), where a paper's own nested links have none.
 */
function wordsBeforeLink(text: string): number {
  const plain = text.slice(0, text.search(/\[|<|https?:\/\/|$/));
  return plain.match(/[\p{L}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Papers an item's paragraphs must be, at least, for the item to be a topic over them. */
const MIN_PARAGRAPH_PAPERS = 2;

/**
 * The blocks of an item whose own text (its first line) links nowhere and whose later paragraphs,
 * each after a blank line at the item's indent, open with a title linking to its paper
 * (`- Query-based RAG` over `[REALM: …](arxiv)` paragraphs): a topic written over paragraphs, each
 * paragraph an entry. An item whose paragraphs are anything else (an author line, an abstract, a
 * line of links) is one entry, its paragraphs part of it.
 */
function paragraphPapers(lines: readonly string[], item: OpenItem): OpenItem[] {
  if (!isBlank(lines[item.startLine] ?? '')) return [item];
  const head = lines[item.startLine - 1].slice(item.contentColumn - 1);
  if (OWN_TITLE.test(head) || LINKS_OUT.test(head)) return [item];
  const margin = item.contentColumn - 1;
  const children: OpenItem[] = [];
  for (let line = item.startLine + 1; line <= item.endLine; line++) {
    const text = lines[line - 1];
    if (isBlank(text)) continue;
    const indent = indentWidth(text);
    // Only paragraphs at the item's text: deeper is indented code, a lazy line is no new paragraph.
    if (!isBlank(lines[line - 2]) || indent < margin || indent > margin + 3) return [item];
    let endLine = line;
    while (endLine < item.endLine && !isBlank(lines[endLine])) endLine++;
    children.push({
      startLine: line,
      endLine,
      marker: '',
      markerColumn: indent + 1,
      contentColumn: indent + 1,
      headings: item.headings,
      topic: item.startLine,
    });
    line = endLine;
  }
  const papers = children.filter(
    (child) =>
      OWN_TITLE.test(lines[child.startLine - 1].trimStart()) &&
      linksPaper(lines, child.startLine, child.endLine),
  ).length;
  return papers >= MIN_PARAGRAPH_PAPERS && papers * 2 >= children.length ? children : [item];
}

/** Columns white space spans from 0-based column `from` (a tab reaching the next multiple of 4). */
function spaceWidth(space: string, from: number): number {
  let column = from;
  for (const ch of space) column += ch === '\t' ? 4 - (column % 4) : 1;
  return column - from;
}

/** Where a line's text starts past up to 3 spaces and any `>` quote markers, and whether it had any. */
function quoteContent(line: string): { offset: number; quoted: boolean } {
  let offset = 0;
  while (offset < 3 && line[offset] === ' ') offset++;
  let quoted = false;
  while (line[offset] === '>') {
    quoted = true;
    offset++;
    while (line[offset] === ' ' || line[offset] === '\t') offset++;
  }
  return { offset, quoted };
}

/** Where a top-level line's text starts: past a quote's markers, or past the indentation of code. */
function contentOf(line: string, indent: number): { offset: number; quoted: boolean } {
  return indent <= 3 ? quoteContent(line) : { offset: line.length - line.trimStart().length, quoted: false };
}

function quoteText(line: string): string {
  return line.slice(quoteContent(line).offset);
}

/**
 * Whether a line (its container prefixes removed) starts a block that interrupts a paragraph, and
 * so cannot continue a definition: a heading, fence, break, quote, list item or HTML block.
 */
function interruptsParagraph(text: string, quoted: boolean): boolean {
  const first = text[0];
  if (first === '#') return ATX_OPEN.test(text);
  if (first === '`' || first === '~') return FENCE_OPEN.test(text);
  if (first === '>') return !quoted;
  if (first === '<') return htmlBlockStart(text, true) !== undefined;
  return THEMATIC_BREAK.test(text) || /^(?:[-*+]|1[.)])[ \t]+\S/.test(text);
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

/**
 * Italic names or a bracketed link: the shape of an author line, not of prose. A bracketed link to
 * a place in the page (`[[Back to top](#contents)]`) is the page's navigation, not the entry's.
 */
function looksLikeAuthorLine(line: string): boolean {
  return /^\s*[*_][^*_\s]/.test(line) || /\[\[[^\]]*\]\((?!#)/.test(line);
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
