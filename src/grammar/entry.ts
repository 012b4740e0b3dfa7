/**
 * One paper entry, read from its item block: title line (bold title, punctuation, venue, year,
 * keyword badges), author line, links. Every part keeps its exact position so rules can point at
 * it and fixes can rewrite it.
 */
import { itemOpenedBy, recordEnd, type ItemBlock } from '../read/segment.js';
import {
  findLinks,
  htmlAnchors,
  htmlImages,
  scannedView,
  strongAt,
  tableCells,
  type InlineLink,
  type InlineView,
  type Span,
} from '../read/inline.js';
import { indentWidth, isBlank, offsetOfColumn, type SourceText } from '../read/text.js';
import {
  isCodeHost,
  isPaperHost,
  isPaperLink,
  namesThePaper,
  PAPER_LABEL,
  parseArxivUrl,
} from '../read/links.js';
import { placedCells, rowCells } from '../read/html-table.js';
import { venueDate } from './dates.js';

export interface Located {
  readonly line: number;
  /** 1-based; `endColumn` is exclusive. */
  readonly column: number;
  readonly endColumn: number;
}

export interface Title extends Located {
  readonly text: string;
  readonly bold: boolean;
  /** The bold delimiter the list writes (`**` or `__`), or empty. */
  readonly mark: string;
  /** The title is itself a link (`[Title](url)`, `**[Title](url)**`): its target. */
  readonly url: string | undefined;
  /** Text before the title on its line (a date like `[2024/06]`, an emoji, the authors). */
  readonly prefixed: boolean;
  /** A bold title broken over two lines (it renders as one bold title, but belongs on one line). */
  readonly wrapped: boolean;
  /** The `,` or `.` that ends the title, and whether it sits inside the bold markers. */
  readonly punctuation: string;
  readonly punctuationInside: boolean;
}

export interface Badge extends Located {
  readonly label: string;
  /** Lower-cased colour of a shields.io badge; undefined for other images. */
  readonly color: string | undefined;
  readonly url: string;
  /** The badge touches the text before it (`2019.![](...)`). */
  readonly glued: boolean;
}

export interface Link extends Located {
  readonly label: string;
  readonly url: string;
  /** The line its target is on: a later one than `line` where its label runs onto the next lines. */
  readonly urlLine: number;
  readonly urlColumn: number;
  readonly urlEndColumn: number;
  /** Written as `[[label](url)]`. */
  readonly bracketed: boolean;
  /** Written as `[[label]](url)`: the brackets are part of the label. */
  readonly labelBracketed: boolean;
  /** The link is the entry's title (`[Title](url)`), not a link after it. */
  readonly isTitle: boolean;
}

export interface AuthorLine {
  readonly line: number;
  /** Width of the line's indentation (tabs expanded). */
  readonly indent: number;
  /** 1-based column of the line's first character after the indentation. */
  readonly column: number;
  readonly italic: boolean;
  /**
   * Where the italics close early and leave their delimiter visible further on, before the first
   * link (`*A. One*, B. Two*`): the 0-based offset of the stray delimiter, else undefined.
   */
  readonly strayItalicMarker: number | undefined;
  /** There is an empty line between the title line and this one. */
  readonly blankBefore: boolean;
  /** 0-based offsets of the names on the line: inside the italics, or up to the first link. */
  readonly namesStart: number;
  readonly namesEnd: number;
}

export interface Entry {
  readonly startLine: number;
  readonly endLine: number;
  readonly marker: string;
  readonly markerColumn: number;
  readonly contentColumn: number;
  /** A heading that is the paper's entry: its record is the heading, its lines below are its body. */
  readonly heading?: true;
  readonly section: readonly string[];
  /**
   * Decided by signals: a paper link, an author line, a venue or year, badges or a paper-like bold
   * title make a paper; news ("we release…"), items linking only code, blogs or demos, and items
   * under a Blogs/News/Tutorials heading are resources, which are not checked as papers.
   */
  readonly kind: 'paper' | 'resource';
  /**
   * Read as a resource only for want of a paper's signs (no link, authors, year or bold title), not
   * for a sign of something else (news, a resource section, links to code only): among papers, such
   * an item is a paper written without them.
   */
  readonly unmarked: boolean;
  readonly title: Title;
  readonly venue: string;
  /** 0-based offset of the venue on the title line (undefined for a table row or no venue). */
  readonly venueAt: number | undefined;
  readonly year: string | undefined;
  /** A year anywhere in the entry (some lists put the venue on the author line). */
  readonly dated: boolean;
  readonly badges: readonly Badge[];
  readonly authors: AuthorLine | undefined;
  readonly links: readonly Link[];
  readonly arxivIds: readonly string[];
  /** Stable identity across edits: the arXiv id, else the normalised title. */
  readonly key: string;
  /**
   * Read as a paper because its section's papers vouch for it (ItemBlock.byShape): its link is
   * where they link their papers, though it leads elsewhere (a project page).
   */
  readonly byShape?: true;
  /**
   * For a table row: how many cells it has, how many columns its table's header names, and how many
   * of its cells past the header's last column lose nothing by not being shown (empty, or a note
   * hidden on purpose: `[//]: #note`, `<!-- note -->`).
   */
  readonly cells: { readonly count: number; readonly columns: number; readonly unshown: number } | undefined;
}

const YEAR = /\b(?:19|20)\d{2}\b/g;
const HAS_YEAR = /\b(?:19|20)\d{2}\b/;
/** Labels of links to things around a paper, not to the paper. */
const RESOURCE_LABEL =
  /^(code|github|project|blog|website|web|demo|video|slides|dataset|data|homepage|tool|repo|model|page|post|twitter|tweet|huggingface|colab|docs?|book|course|tutorial)$/i;
/** A link's text that names it as a site or code (`[Website]`, `[[Project]]`), not the paper. */
const namesASite = (label: string) =>
  RESOURCE_LABEL.test(
    label
      .trim()
      .replace(/^\[(.*)\]$/, '$1')
      .trim(),
  );
/**
 * A link's text that labels the title rather than being it: the paper's (`pdf`), a site's
 * (`website`), or a venue and its date (`arXiv 2026.03`).
 */
const labelsTheTitle = (text: string) =>
  PAPER_LABEL.test(text) || namesASite(text) || venueDate(text) !== undefined;
/** Labels of links to a work that is not a paper (a book, a course): the entry is that work, not a paper (slides, videos and blogs often come with a paper). */
const WORK_LABEL = /^(?:book|textbook|course|lecture|tutorial)s?$/i;
/** News and notes: "we release…", "our team has…". */
const NEWS =
  /\b(?:we|our(?: \w+)?)\s+(?:release[sd]?|have|are|will|add(?:ed)?|open-sourced?|update[sd]?|launch(?:ed)?)\b/i;
/** A title that says what it is: "Blog: …", "Tutorial: …", "KRL paper list". */
const RESOURCE_TITLE =
  /^(?:blogs?|tutorials?|videos?|courses?|slides|talks?|books?|tools?|news)\s*:|\b(?:paper|reading) list\b/i;
/**
 * A heading of news about the list or the field (`## 🔔 News`, `## Changelog`, `## ✨ Highlights of
 * our group`, `## Latest Updates`): its items are announcements (`[2025/03/25] Add **GneissWeb**`) or
 * papers shown again, not entries. It opens with a word for news, or says nothing else; a topic
 * (`### Low-rank updates`) is not one.
 */
const NEWS_WORDS = new Set([
  ...['news', 'update', 'updates', 'changelog', 'announcement', 'announcements'],
  ...['spotlight', 'trending', 'highlights', 'log', 'change', 'latest', 'recent', 'and', "what's", 'new'],
]);
const NEWS_NAMES = /^(?:news|updates?|changelog|announcements?|spotlight|trending|highlights)$/;

/** Asked of every entry's headings: most name no news at all, and are told so by one test. */
const NAMES_NEWS = /news|update|changelog|announcement|spotlight|trending|highlight/i;

/** A heading's words as a reader sees them: link text kept, link targets, images and markup dropped. */
export function headingWords(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[*_`]/g, '');
}

export function isNewsHeading(heading: string): boolean {
  if (!NAMES_NEWS.test(heading)) return false;
  const words = headingWords(heading)
    .replace(/:[\w+-]+:/g, ' ')
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter((word) => word !== '' && !/^\d+$/.test(word));
  return (
    words.length > 0 &&
    (NEWS_NAMES.test(words[0]) ||
      (words.some((word) => NEWS_NAMES.test(word)) && words.every((word) => NEWS_WORDS.has(word))))
  );
}
/** Sections about the list rather than its papers. */
export const ABOUT_THE_LIST =
  /\b(?:contribut\w*|contents|table of contents|introduction|about|citation|cite|acknowledg\w*|license|contact|star history|how to)\b/i;
/** Kinds of things that are not papers, as headings name them. */
const RESOURCE_KIND = String.raw`(?:blogs?|blog posts?|news|tutorials?|courses?|talks?|(?:video )?lectures?|videos|tools|toolkits?|libraries|resources?|slides|books?)`;
/**
 * A short heading naming a section of things that are not papers, one kind or several
 * (`Video Lectures / Tutorials / Blogs`).
 */
const RESOURCE_SECTION = new RegExp(
  String.raw`^\W*(?:${RESOURCE_KIND}(?:\s*(?:[/,&|]|\band\b)\s*${RESOURCE_KIND})*|surveys? and tutorials)\W*$`,
  'i',
);

/**
 * A heading of datasets alone (`Datasets`, `2.1 Datasets`, `3D Datasets 🔝`): its items are datasets,
 * named and linked to their sites, unless they link a paper.
 */
const DATASET_HEADING = /^(?:[\dIVX]+\.?[\d.]*\s+)?(?:[\p{L}\d-]+\s+)?data ?sets?$/iu;
/** Each heading's answer, asked for every entry under it. */
const datasetHeadings = new Map<string, boolean>();
function isDatasetHeading(heading: string): boolean {
  let datasets = datasetHeadings.get(heading);
  if (datasets === undefined) {
    const words = headingWords(heading)
      .replace(/<[^>]*>/g, ' ')
      .replace(/[^\p{L}\p{N}.\s-]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    // A long-lived process (an editor's markdownlint) reads many lists: the answers are kept for a few.
    if (datasetHeadings.size >= 1_000) datasetHeadings.clear();
    datasetHeadings.set(heading, (datasets = DATASET_HEADING.test(words)));
  }
  return datasets;
}

/** Title as compared for duplicates: case, accents, punctuation and spacing folded. */
/**
 * A bold span whose whole text is in brackets (`**[ECCV-2024]**` on a line of its own above the
 * linked title) tags the paper, it does not name it: no title to tell papers apart by.
 */
export const isBracketedTag = (text: string): boolean => /^\[[^\]]*\]$/.test(text.trim());

export function normaliseTitle(title: string): string {
  // Unicode normalisation is the costly step; most titles are plain ASCII and need none.
  const folded = /^[\x20-\x7e]*$/.test(title)
    ? title
    : title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return folded
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const SHIELDS_BADGE = /img\.shields\.io\/badge\/([^?#)\s]+)/i;
const IMAGE_SUFFIX = /\.(svg|png)$/i;
const COLOR_PARAM = /[?&]color=([^&#\s)]+)/i;

/**
 * shields.io static badge `/badge/<label>-<message>-<colour>` (or `<message>-<colour>`). Every
 * badge of every entry is read (two or three an entry on a list with keywords): each step below is
 * taken only when the text holds what it replaces.
 */
export function parseShieldsBadge(url: string): { label: string; color: string } | undefined {
  const match = SHIELDS_BADGE.exec(url);
  if (!match) return undefined;
  const path = match[1].includes('.') ? match[1].replace(IMAGE_SUFFIX, '') : match[1];
  // `--` and `__` are escaped dashes and underscores; a single `-` separates the parts.
  const parts = (path.includes('--') ? path.replace(/--/g, '\u0000') : path).split('-');
  if (parts.length < 2) return undefined;
  const colorParam = url.includes('=') ? COLOR_PARAM.exec(url) : null;
  const color = (colorParam ? colorParam[1] : parts[parts.length - 1]).toLowerCase();
  const joined = parts.slice(0, -1).join(' ');
  const dashed = joined.includes('\u0000') ? joined.replace(/\u0000/g, '-') : joined;
  const label =
    dashed.includes('_') || dashed.includes('\u0001')
      ? dashed
          .replace(/__/g, '\u0001')
          .replace(/_/g, ' ')
          .replace(/\u0001/g, '_')
      : dashed;
  return { label: safeDecode(label), color: safeDecode(color) };
}

function safeDecode(text: string): string {
  // Only a percent sign starts an escape: text without one decodes to itself.
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** How to read an entry where its own text cannot tell. */
export interface ReadingHints {
  /**
   * A plain title runs to the entry's first link, commas and all: its list writes nothing between
   * title and links (`ULIP: Learning a Unified Representation of Language, Images, and Point Clouds
   * [[Paper]](…)`), so a comma in it is the title's, not the start of a venue.
   */
  readonly plainTitleToLinks?: boolean;
}

/** Reads an entry; its inline structure comes from `view` (the scanner's unless told otherwise). */
export function parseEntry(
  source: SourceText,
  block: ItemBlock,
  view: InlineView = scannedView(source.lines),
  hints: ReadingHints = {},
): Entry {
  if (block.columns) return parseTableRow(source, block, block.columns);
  const titleLineNo = block.startLine;
  const titleLine = source.lines[titleLineNo - 1];
  const contentStart = Math.min(titleLine.length, offsetOfColumn(titleLine, block.contentColumn));
  const titleLinks = view.links(titleLineNo);
  const read = readTitle(titleLine, titleLineNo, contentStart, titleLinks, view, {
    continues: block.endLine > titleLineNo,
    toLinks: hints.plainTitleToLinks ?? false,
  });
  const titleLink = read.titleLink;
  const title = wrappedTitle(source, block, read.title) ?? read.title;
  // The badges and links of every line are pushed onto arrays made empty alike for every entry
  // (not one made by `map`, then pushed onto): arrays of one kind, so the optimised reading of
  // entries is not thrown away and compiled again at the first entry whose title line has a link.
  const badges: Badge[] = [];
  const links: Link[] = [];
  for (const link of titleLinks) {
    if (link.image) badges.push(toBadge(titleLine, titleLineNo, link));
    else links.push(toLink(titleLine, titleLineNo, link, link === titleLink));
  }

  const venueFrom = title.endColumn - 1 + (title.punctuationInside ? 0 : title.punctuation.length);
  // An HTML bold title's closing tag is markup, not the venue's start.
  // A quoted title's closing quote (and its italics' closing mark) is the title's too.
  const quotedTitle = /["“]/.test(titleLine[title.column - 2] ?? '');
  const venueText = titleLine
    .slice(venueFrom)
    .replace(/^\s*<\/(?:b|strong)>/i, (tag) => ' '.repeat(tag.length))
    .replace(quotedTitle ? /^["”][*_]?/ : /^$/, (mark) => ' '.repeat(mark.length));
  const firstMarkup = venueText.search(/!?\[/);
  // After a title field (`title | authors | venue |`), the fields are the template's, not one venue.
  const venue = /^\s*\|/.test(venueText)
    ? ''
    : trimPunctuation(firstMarkup === -1 ? venueText : venueText.slice(0, firstMarkup));
  const venueAt = venue === '' || title.wrapped ? undefined : venueFrom + venueText.indexOf(venue);
  const years = (title.wrapped ? source.lines[titleLineNo] : venue).match(YEAR);

  let blankBefore = false;
  let authors: AuthorLine | undefined;
  for (let lineNo = titleLineNo + 1; lineNo <= recordEnd(block); lineNo++) {
    const line = source.lines[lineNo - 1];
    if (isBlank(line)) {
      if (!authors) blankBefore = true;
      continue;
    }
    const lineLinks = view.links(lineNo);
    // A wrapped title's second line holds the rest of the title line (venue, badges), not authors.
    const titleRest = title.wrapped && lineNo === titleLineNo + 1;
    // A line left of the item's text, right under a title line that stops mid-sentence, is that
    // text going on lazily (`**Name**: A description of` / `the dataset.`), not the authors.
    const lazyText =
      lineNo === titleLineNo + 1 &&
      indentWidth(line) < block.contentColumn - 1 &&
      /[\p{L}\p{N}]$/u.test(titleLine.trimEnd());
    if (!authors && !titleRest && !lazyText && !notNames(line, lineLinks[0]?.start)) {
      const first = line.length - line.trimStart().length;
      const italic = view.emphasisAt(lineNo, first);
      const names =
        italic && italic.endLine === undefined
          ? { start: italic.innerStart, end: italic.innerEnd }
          : namesBefore(line, first, lineLinks[0]?.start);
      authors = {
        line: lineNo,
        indent: indentWidth(line),
        column: first + 1,
        italic: !!italic,
        strayItalicMarker: italic ? strayDelimiter(line, italic, lineLinks[0]?.start) : undefined,
        blankBefore,
        namesStart: names.start,
        namesEnd: names.end,
      };
    }
    for (const link of lineLinks) {
      if (link.image) badges.push(toBadge(line, lineNo, link));
      else links.push(toLink(line, lineNo, link, false));
    }
  }
  // A list that writes the venue on the author line (`*Authors*. ACL 2019.`) has its year there:
  // not the year after the title, but a sign of a paper all the same.
  const laterYear = () => {
    for (let lineNo = titleLineNo + 1; lineNo <= recordEnd(block); lineNo++) {
      if (HAS_YEAR.test(source.lines[lineNo - 1].replace(/\]\([^)]*\)/g, ']'))) return true;
    }
    return false;
  };
  return assemble(block, {
    titleLine,
    title,
    venue,
    venueAt,
    years,
    // `(NeurIPS 2024) [Title](…)`: a year in the tag before the title dates the entry too.
    placed: placedBefore(titleLine, contentStart, title),
    dated:
      years !== null ||
      (title.prefixed && HAS_YEAR.test(titleLine.slice(contentStart, title.column - 1))) ||
      (authors !== undefined && laterYear()),
    badges,
    authors,
    links,
    cells: undefined,
  });
}

/** Which cell holds what, by column name. */
const TITLE_COLUMN = /title|paper|name/i;
/** A cell's text as it reads: its links' texts, without markup. */
const linkTexts = (text: string) =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .trim();
/** A link's text that names where and when a paper appeared, no title: `ICCV 2023`, `NeurIPS'22`. */
const VENUE_LABEL =
  /^[\p{L}][\p{L}\p{N}&.+-]*(?:[ -][\p{L}][\p{L}\p{N}&.+-]*)?(?:[ -]?(?:19|20)\d{2}|['’]\d{2})$/u;
const VENUE_COLUMN = /venue|conf|journal|publication|published|year|date|time/i;

/** A cell GitHub would show as nothing, or that holds a note its author hides: `[//]: #note`, `<!-- -->`. */
const HIDDEN_CELL = /^(?:|\[\/\/\]:\s*#.*|<!--.*-->)$/s;

/** A cell of a table row: where its text is (0-based offsets, trimmed) on its line. */
interface RowCell {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly spansRows?: boolean;
}

/**
 * A table row: the title is the cell under a column named like one (Title, Paper, Name), else the
 * first; the venue and year come from the cells under venue/year/date columns (else any other
 * cell); links and badges from the whole row. A row of an HTML table is read alike, cell by cell
 * over its lines, its `<a href>` links as links.
 */
function parseTableRow(source: SourceText, block: ItemBlock, columns: readonly string[]): Entry {
  const lineNo = block.startLine;
  const line = source.lines[lineNo - 1];
  const html = block.htmlRow !== undefined;
  // By column; a cell a row above spans into is none of this row's. An HTML row's cells are read
  // here from the lines, not kept from segmenting: a fix's render check reads the same row again
  // from the fixed text, where the cells have moved.
  const cells: readonly (RowCell | undefined)[] = block.htmlRow
    ? placedCells(rowCells(source.lines, block.startLine, block.endLine), block.htmlRow.spannedColumns).map(
        (c) => c && { line: c.line, start: c.start, end: c.end, spansRows: c.rowspan > 1 },
      )
    : tableCells(line).map((c) => ({ line: lineNo, ...c }));
  const linksOn = new Map<number, readonly InlineLink[]>();
  for (let no = lineNo; no <= block.endLine; no++) {
    const text = source.lines[no - 1];
    linksOn.set(no, html ? [...htmlAnchors(text), ...htmlImages(text)] : findLinks(text));
  }
  const within = (link: InlineLink, c: RowCell) => link.start >= c.start && link.end <= c.end;
  const linksIn = (c: RowCell) => (linksOn.get(c.line) ?? []).filter((link) => within(link, c));
  const textOf = (c: RowCell) => source.lines[c.line - 1].slice(c.start, c.end);
  // A cell that only links the paper (`<a href="…">Paper</a>`) under a column named "Paper" holds
  // the paper's link, not its title: the title is then found as where no column names one.
  const onlyTheLink = (c: RowCell | undefined) => {
    if (c === undefined) return false;
    const text = textOf(c)
      .replace(/<[^>]*>|[[\]()]|\(.*?\)/g, ' ')
      .trim();
    return linksIn(c).some(
      (link) =>
        !link.image &&
        // Named as the paper (`[Paper](…)`), or by where and when it appeared (`[ICCV 2023](…)`).
        ((PAPER_LABEL.test(link.text.trim()) && PAPER_LABEL.test(text)) ||
          (VENUE_LABEL.test(link.text.trim()) && link.text.trim() === linkTexts(textOf(c)))),
    );
  };
  const named = columns.findIndex((name) => TITLE_COLUMN.test(name));
  // No column named for titles (`| Year | Articles | Code |`): the first cell whose link reads as a
  // title (a few words, not `pdf`), else the first cell of the row's own (not one of a row above
  // spanning the rows under it, which groups them).
  const linkedTitle = cells.findIndex(
    (c) =>
      c !== undefined &&
      linksIn(c).some(
        (link) => !link.image && words(link.text) >= TITLE_WORDS && !PAPER_LABEL.test(link.text.trim()),
      ),
  );
  const titleIndex =
    named !== -1 && !onlyTheLink(cells[named])
      ? named
      : linkedTitle !== -1
        ? linkedTitle
        : Math.max(
            0,
            cells.findIndex((c) => c !== undefined && !c.spansRows),
          );
  const cell = cells[titleIndex] ?? { line: lineNo, start: 0, end: 0 };
  const cellLine = source.lines[cell.line - 1];
  const cellLinks = linksIn(cell);
  // The title cell alone, so no bold span runs on into the next cell.
  const cellLines: string[] = [];
  cellLines[cell.line - 1] = cellLine.slice(0, cell.end);
  const read = readTitle(cellLines[cell.line - 1], cell.line, cell.start, cellLinks, scannedView(cellLines), {
    continues: false,
    toLinks: false,
  });
  // A plain title fills its cell, commas and all.
  const plain = !read.title.bold && read.title.url === undefined;
  const title: Title = plain
    ? {
        ...read.title,
        column: cell.start + 1,
        endColumn: cell.end + 1,
        text: cellLine.slice(cell.start, cell.end).trim(),
        punctuation: '',
      }
    : read.title;
  const present = cells.flatMap((c, i) => (c !== undefined && i !== titleIndex ? [{ c, i }] : []));
  const venueCells = present.filter(({ i }) => VENUE_COLUMN.test(columns[i] ?? ''));
  // An HTML row's other cells are its columns' values (a model's size, its parts), not its venue;
  // its markup is no venue's words.
  const venue = (venueCells.length > 0 || html ? venueCells : present)
    .map(({ c }) => (html ? textOf(c).replace(/<[^>]*>/g, ' ') : textOf(c)))
    .join(' ');
  const rowLinks = [...linksOn].flatMap(([no, links]) => links.map((link) => ({ no, link })));
  return assemble(block, {
    titleLine: source.lines[title.line - 1],
    title,
    venue: trimPunctuation(venue),
    venueAt: undefined,
    years: venue.match(YEAR),
    dated: HAS_YEAR.test(venue),
    badges: rowLinks
      .filter(({ link }) => link.image)
      .map(({ no, link }) => toBadge(source.lines[no - 1], no, link)),
    authors: undefined,
    links: rowLinks
      .filter(({ link }) => !link.image)
      .map(({ no, link }) => toLink(source.lines[no - 1], no, link, link === read.titleLink)),
    // An HTML row shows every cell it has, however many its header names: it is held to no count.
    cells: html
      ? { count: columns.length, columns: columns.length, unshown: 0 }
      : {
          count: cells.length,
          columns: columns.length,
          unshown: cells.slice(columns.length).filter((c) => c !== undefined && HIDDEN_CELL.test(textOf(c)))
            .length,
        },
  });
}

/** An entry from its parts, with what follows from them: kind, arXiv ids, identity. */
function assemble(
  block: ItemBlock,
  parts: {
    titleLine: string;
    title: Title;
    venue: string;
    venueAt: number | undefined;
    years: RegExpMatchArray | null;
    /** A year anywhere in the entry. */
    dated: boolean;
    /** Where and when it appeared, written before its title (`2018 - WWW - `). */
    placed?: boolean;
    badges: Badge[];
    authors: AuthorLine | undefined;
    links: Link[];
    cells: Entry['cells'];
  },
): Entry {
  const { titleLine, title, venue, years, badges, authors, links } = parts;
  // Each id once, in the order the links give them.
  const arxivIds: string[] = [];
  for (const link of links) {
    const id = parseArxivUrl(link.url)?.id;
    if (id !== undefined && !arxivIds.includes(id)) arxivIds.push(id);
  }
  // Pushed onto an array made alike for every entry (see parseEntry): `map` over an entry's headings
  // made an array of another kind for an entry under none.
  const section: string[] = [];
  for (const heading of block.headings) section.push(heading.text);
  return {
    startLine: block.startLine,
    endLine: block.endLine,
    marker: block.marker,
    markerColumn: block.markerColumn,
    contentColumn: block.contentColumn,
    ...(block.heading ? { heading: true } : {}),
    section,
    ...classified({
      titleLine,
      title,
      section,
      links,
      authors,
      year: parts.dated,
      placed: parts.placed,
      badges,
      byShape: block.byShape,
    }),
    title,
    venue,
    venueAt: parts.venueAt,
    year: years ? years[years.length - 1] : undefined,
    dated: parts.dated,
    badges,
    authors,
    links,
    arxivIds,
    key: arxivIds.length > 0 ? `arxiv:${arxivIds[0]}` : `title:${normaliseTitle(title.text)}`,
    ...(block.byShape ? { byShape: true } : {}),
    cells: parts.cells,
  };
}

function classified(parts: Parameters<typeof classify>[0]): Pick<Entry, 'kind' | 'unmarked'> {
  const kind = classify(parts);
  const plain =
    kind === 'resource' &&
    parts.links.length === 0 &&
    !parts.authors &&
    !parts.year &&
    parts.badges.length === 0 &&
    !NEWS.test(parts.titleLine) &&
    !RESOURCE_TITLE.test(parts.title.text) &&
    !parts.section.some((heading) => isNewsHeading(heading) || RESOURCE_SECTION.test(heading));
  return { kind, unmarked: plain && parts.title.text.split(/\s+/).length >= 4 };
}

/** An HTML link to a place on the page: `<a href="#section" style="…">`. */
const HTML_ANCHOR_LINK = /^<a\s[^>]*\bhref\s*=\s*["']?#/i;
/** Whether a title line's text (past its list marker) opens with an HTML link to a place on the page. */
const opensWithAnchorLink = (titleLine: string) =>
  HTML_ANCHOR_LINK.test(titleLine.slice(itemOpenedBy(titleLine)?.textStart ?? 0).trimStart());

function classify(parts: {
  titleLine: string;
  title: Title;
  section: readonly string[];
  links: readonly Link[];
  authors: AuthorLine | undefined;
  year: boolean;
  placed?: boolean;
  badges: readonly Badge[];
  byShape?: true;
}): Entry['kind'] {
  const { titleLine, title, section, links, authors } = parts;
  const deepest = section[section.length - 1] ?? '';
  if (
    RESOURCE_SECTION.test(deepest) ||
    section.some(isNewsHeading) ||
    NEWS.test(titleLine) ||
    RESOURCE_TITLE.test(title.text)
  ) {
    return 'resource';
  }
  // A table of contents: the title links a heading of the page, in markdown or in HTML.
  if (title.url?.startsWith('#') || opensWithAnchorLink(titleLine)) return 'resource';
  // Its section's papers vouch for it: written as they are, it links as they do.
  if (parts.byShape) return 'paper';
  // Under a heading of datasets, a link labelled only `[link]` goes to the dataset's site: it takes
  // a paper's host or a label naming the paper to make the item a paper. A link the row labels as
  // the dataset's site (`[[Website]](https://arxiv.org/pdf/…)`, as its neighbours label theirs) is
  // that, wherever it goes: the row names a dataset, not a paper.
  const datasets = section.some(isDatasetHeading);
  const papersLink = (link: Link) =>
    namesThePaper(link.label) ||
    (isPaperLink(link) && (!datasets || (isPaperHost(link.url) && !namesASite(link.label))));
  if (links.some(papersLink)) return 'paper';
  // A dataset's year is no paper's: there only an author line tells a paper without its link.
  if (datasets) return authors ? 'paper' : 'resource';
  if (links.some((link) => WORK_LABEL.test(link.label))) return 'resource';
  // Every link goes to code, a blog or a demo, and nothing names the authors: a tool or a post,
  // unless it says where and when it appeared, after its plain title (`Title (SIGMOD 2020)
  // [GitHub](…)`), at its title's end (`**Title (AISTATS 2019)**`) or before its title (`arXiv
  // 2025.01, **Title**, [website](…)`).
  if (links.length > 0 && links.every((link) => RESOURCE_LABEL.test(link.label) || isCodeHost(link.url))) {
    return authors?.italic ||
      parts.placed ||
      (title.url === undefined &&
        (VENUE_NEXT.test(titleLine.slice(title.endColumn - 1)) || VENUE_AFTER_TITLE.test(title.text)))
      ? 'paper'
      : 'resource';
  }
  // `- Review:` over a paragraph, `- Framework Overview:` over figures: the label of a note on the
  // paper above, however its text reads (a long sentence is no author line), not a paper.
  if (!title.bold && title.url === undefined && /:$/.test(title.text) && title.text.split(/\s+/).length <= 3)
    return 'resource';
  if (authors || parts.year || parts.badges.length > 0) return 'paper';
  // A bold line in a section about the list (`**Want to add papers yourself?** Edit [papers.yaml](…)`
  // under Contributing) is its editors' note: there only a paper's link, authors or year make a paper.
  if (section.some((heading) => ABOUT_THE_LIST.test(headingWords(heading)))) return 'resource';
  return title.bold && title.text.split(/\s+/).length >= 4 ? 'paper' : 'resource';
}

/** A link's text that is one image (`[![Star](…)](…)`): the link shows a badge, not words. */
export function showsOnlyAnImage(text: string): boolean {
  return /^!\[[^\]]*\]\([^)]*\)$/.test(text.trim());
}

/**
 * A bold title opened on the title line and closed on the next (`**Parameter-Efficient` /
 * `Tuning,** ACL 2023.`): one title, read across both lines.
 */
function wrappedTitle(source: SourceText, block: ItemBlock, title: Title): Title | undefined {
  if (title.bold || block.endLine <= title.line) return undefined;
  const line = source.lines[title.line - 1];
  // `(2024 NeurIPS) **Title` / `goes on.**`: the bold opens after the title's tag; `Dai, Jifeng, et al.
  // "**R-FCN: Object` / `Detection**."`: after a citation's authors, the line's one unclosed bold.
  const prefix = title.prefixed ? undefined : TITLE_PREFIX.exec(line.slice(title.column - 1));
  const marks = [...line.slice(title.column - 1).matchAll(/\*\*|__/g)];
  const open =
    title.column - 1 + (marks.length % 2 === 1 ? marks[marks.length - 1].index : (prefix?.[0].length ?? 0));
  if (!/^(\*\*|__)\S/.test(line.slice(open))) return undefined;
  const next = source.lines[title.line];
  if (isBlank(next)) return undefined;
  const joined = `${line} ${next.trim()}`;
  const strong = strongAt(joined, open);
  if (!strong || strong.end <= line.length) return undefined;
  const inner = joined.slice(strong.innerStart, strong.innerEnd);
  const inside = endPunctuation(inner);
  return {
    ...title,
    column: open + 1,
    prefixed: title.prefixed || open > title.column - 1,
    endColumn: line.length + 1,
    text: (inside ? inner.slice(0, -1) : inner).trim(),
    bold: true,
    mark: joined.slice(strong.start, strong.start + 2),
    wrapped: true,
    punctuation: inside?.[0] ?? '',
    punctuationInside: !!inside,
  };
}

/**
 * The `,` `.` `:` or `;` that ends a title's text, if any: the `;` of an HTML entity (`&#34;`,
 * `&quot;`) is the entity's, not punctuation.
 */
function endPunctuation(text: string): RegExpExecArray | null {
  const found = /[,.:;]$/.exec(text);
  return found && found[0] === ';' && /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});$/i.test(text)
    ? null
    : found;
}

/** `**[31]**`: a reading list's reference number, in bold. */
const BOLD_REFERENCE_NUMBER = /^(\*\*|__)\[\d{1,4}\]\1/;

/**
 * What may stand before a title on its line: a date in brackets, an emoji (or its `:shortcode:`), a
 * short tag (not a link's label: `[Deep API Learning](…)` is a title), an empty HTML anchor (`<a name="x"></a>`), an HTML image (a badge, `<img src="…">`), a
 * badge wrapped in a link (`[![Star](…)](…)`, `[![venue](…)]()`) and the line break after it, a
 * reference number in bold (`**[31]**`), the `<` of a linked title in angle brackets (`<[Title](url)>`,
 * text, not a tag, on GitHub), a venue tag in bold in brackets however long
 * (`[**npj Digital Medicine, 2023**]`, but not a bold title's link: `[**Title**](url)`), or several of them (`:camera: :gem:`; the colon after one is
 * no separator when it opens the next shortcode).
 */
const TITLE_PREFIX =
  /^(?:(?:(\*\*|__)\[\d{1,4}\]\1|\[!\[[^\]]{0,100}\]\([^)\s]{1,500}\)\]\([^)\s]{0,500}\)|<br\s*\/?>|(?::[a-z\d_+-]{1,30}:)+|\[[^\]]{1,20}\](?!\()|\[(\*\*|__)[^\]*_]{1,60}\2\](?!\()|\([^)]{1,20}\)|[^\s\w[*_<]{1,8}|\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?|<a\s[^<>]{0,200}>\s*<\/a>|<img\s[^<>]{0,300}>|<(?=\[))\s*(?:[|-]|:(?![a-z\d_+-]{1,30}:))?\s*)+/u;

/**
 * Where and when a paper appeared, written before its title and set off from it (`2018 - WWW -
 * [Title](…)`, `arXiv 2024.12, **Title**`, `CVPR 2024 submission, Title`, `2019 - Title`): a year or
 * a date, maybe after a venue's words and before a word that qualifies it (`oral`, `best paper`),
 * then maybe a second such field or a venue alone (`2018 - KDD`, `arXiv 2024.09 / CoRL 2024`), each
 * closed by a dash or bar with a space beside it, a comma or a slash. A list that dates its entries
 * first writes every title after such a prefix, the venue's words changing from entry to entry: the
 * template holds it as a text slot, not as the title's words. Bounded throughout: tried on every item.
 */
const WHEN_DATE = String.raw`(?:19|20)\d{2}(?:[./-]\d{1,2}){0,2}`;
const WHEN_WORD = String.raw`\p{L}[\p{L}\p{N}&'’.+-]{0,24}`;
// Words that qualify the venue (`oral`, `best paper`, `award candidate`, `Spotlight`): a few, in lower case
// but for the usual ones.
const WHEN_QUALIFIER = String.raw`(?:(?:Oral|Spotlight|Poster|Workshop|Findings|Highlight|Best)\b|\p{Ll}[\p{Ll}-]{1,15})`;
const WHEN_FIELD = String.raw`(?:${WHEN_WORD}(?:[ \t]+${WHEN_WORD}){0,5}[ \t]+)?${WHEN_DATE}(?:[ \t]+${WHEN_QUALIFIER}){0,3}`;
const WHEN_DASH = String.raw`(?:[ \t]+[-–—|][ \t]*|[-–—|][ \t]+)`;
const WHEN_SEPARATOR = String.raw`(?:${WHEN_DASH}|,[ \t]+|[ \t]+\/[ \t]+)`;
// A venue alone as the second field only between two dashes alike, each with a space beside it
// (`2018 - WWW - `, not `2015-CVPR - `). After a comma, words alone are the title's (`arXiv 2023.04,
// Segment Anything, [arXiv](…)`), and so are they before another dash (`2017 - AutoLearn — Automated
// Feature Generation`) or between bars, which part a line's fields (`2016 | Learning to Optimize |`).
const WHEN_BEFORE_TITLE = new RegExp(
  String.raw`^${WHEN_FIELD}(?:${WHEN_SEPARATOR}${WHEN_FIELD}|(?=[ \t]|[-–—][ \t])[ \t]*([-–—])[ \t]*${WHEN_WORD}(?:[ \t]+${WHEN_WORD}){0,2}(?=[ \t]+\1|[ \t]*\1[ \t]))?${WHEN_SEPARATOR}(?=[\p{L}\p{N}"“*_[<])`,
  'u',
);

/**
 * The length of the where-and-when prefix at `text`'s start (see WHEN_BEFORE_TITLE), and whether
 * it names a venue (words, not only a year or date); undefined when the text opens otherwise.
 */
export function whenBeforeTitle(text: string): { length: number; venue: boolean } | undefined {
  const found = WHEN_BEFORE_TITLE.exec(text);
  if (!found) return undefined;
  const words = found[0].replace(new RegExp(WHEN_DATE, 'g'), ' ');
  return { length: found[0].length, venue: /\p{L}{2}/u.test(words) };
}

/**
 * The title: bold at the item's text (`**Title,**`, `**[Title.](url)**`), a link there
 * (`[Title](url)`, `[**Title**](url)`), either after a short prefix (`[2024/06] **Title**`, an emoji),
 * or the first bold span before any link (`Authors. 2014. **Title**.`). Otherwise plain text up to
 * the first comma, badge or link.
 */
function readTitle(
  line: string,
  lineNo: number,
  contentStart: number,
  links: readonly InlineLink[],
  view: InlineView,
  plain: {
    /** The entry goes on below this line: a line of plain text alone is its title, commas and all. */
    readonly continues: boolean;
    /** A plain title runs to the first link, commas and all (`ReadingHints`). */
    readonly toLinks: boolean;
  },
): { title: Title; titleLink: InlineLink | undefined } {
  // A bold span that closes on a later line holds no whole title on this one (see wrappedTitle).
  const strongAt = (line: number, at: number) => {
    const span = view.strongAt(line, at);
    return span?.endLine === undefined ? span : undefined;
  };
  // A link around a badge (`[![Star](…)](…)`) shows the badge, not a title: it is part of the prefix.
  // So is one labelled as the paper, a site or a date (`[arXiv 2026.03](…), Title`): it tags the title.
  const linkAt = (at: number) =>
    links.find(
      (link) =>
        !link.image &&
        link.start === at &&
        !labelsTheTitle(link.text.replace(/^\[|\]$/g, '').trim()) &&
        !showsOnlyAnImage(link.text),
    );
  const prefix = TITLE_PREFIX.exec(line.slice(contentStart));
  // A venue and date before the title (`2018 - WWW - `) may run past a tag's prefix (`2024.12`).
  const when = whenBeforeTitle(line.slice(contentStart));
  const afterPrefix = contentStart + Math.max(prefix?.[0].length ?? 0, when?.length ?? 0);
  const html = htmlBoldTitle(line, lineNo, contentStart) ?? htmlBoldTitle(line, lineNo, afterPrefix);
  if (html) return { title: html, titleLink: undefined };
  // A bold reference number (`**[31]**`) opening the item is the prefix, not the title.
  const numbered = prefix !== null && BOLD_REFERENCE_NUMBER.test(line.slice(contentStart));
  let strong = numbered ? undefined : strongAt(lineNo, contentStart);
  let link = strong ? undefined : linkAt(contentStart);
  if (!strong && !link && (prefix || when)) {
    strong = strongAt(lineNo, afterPrefix);
    link = strong ? undefined : linkAt(afterPrefix);
  }
  if (!strong && !link) {
    const firstLink = links.find((l) => l.start >= afterPrefix)?.start ?? line.length;
    strong = view.firstStrong(lineNo, afterPrefix, firstLink);
    // `Title (**CVPR**)`, `Title | **[CVPR' 20]** |`: a bold span in brackets after the text, or
    // whose words sit in brackets inside the bold, is a venue tag, not the title.
    if (
      strong &&
      (/[([]$/.test(line.slice(0, strong.start)) ||
        /^(?:\[[^\]]*\]|\([^)]*\))$/.test(line.slice(strong.innerStart, strong.innerEnd).trim()))
    )
      strong = undefined;
    // One inside a phrase (`Reasoning with Large **Tactile-Language** Models,`) is a word the list
    // stresses in the title.
    if (
      strong &&
      /[\p{L}\d-] ?$/u.test(line.slice(0, strong.start)) &&
      /^ ?[\p{L}\d]/u.test(line.slice(strong.end))
    )
      strong = undefined;
    if (!strong) link = citedTitleLink(line, contentStart, links);
  }
  const start = strong?.start ?? link?.start ?? contentStart;
  const prefixed = start > contentStart;
  const named = strong ?? link;
  if (named) {
    const afterName = titleAfterName(line, lineNo, named, links, view);
    if (afterName)
      return when ? { ...afterName, title: withoutClosingMark(line, afterName.title) } : afterName;
  }
  if (strong && start <= afterPrefix) {
    const afterTag = titleAfterTag(line, lineNo, strong, links);
    if (afterTag) return { title: afterTag, titleLink: undefined };
  }
  if (strong) {
    // `**[Title.](url)**`: the bold holds exactly one link, whose text is the title.
    const inner = links.find(
      (l) =>
        !l.image && l.start === strong.innerStart && l.end >= strong.innerEnd - 1 && l.end <= strong.innerEnd,
    );
    const innerText = inner ? inner.text : line.slice(strong.innerStart, strong.innerEnd);
    const inside = endPunctuation(innerText.trimEnd());
    const outside = inside ? null : /^[,.:;]/.exec(line.slice(strong.end));
    const text = inside ? innerText.trimEnd().slice(0, -1).trim() : innerText.trim();
    return {
      title: {
        line: lineNo,
        column: strong.start + 1,
        endColumn: strong.end + 1,
        text,
        bold: true,
        mark: line.slice(strong.start, strong.start + 2),
        url: inner?.url,
        prefixed,
        wrapped: false,
        punctuation: (inside ?? outside)?.[0] ?? '',
        punctuationInside: !!inside,
      },
      titleLink: inner,
    };
  }
  if (link) {
    const bolded = /^(\*\*|__)(.*)\1$/.exec(link.text.trim());
    // A link text that wraps onto the next line reads as one line: the line break shows as a space.
    const linkText = (bolded ? bolded[2] : link.text).trim().replace(/[ \t]*\n[ \t]*/g, ' ');
    const inside = endPunctuation(linkText);
    const outside = inside ? null : /^[,.]/.exec(line.slice(link.end));
    return {
      title: {
        line: lineNo,
        column: link.start + 1,
        endColumn: link.end + 1,
        text: inside ? linkText.slice(0, -1).trim() : linkText,
        bold: bolded !== null,
        mark: bolded?.[1] ?? '',
        url: link.url,
        prefixed,
        wrapped: false,
        punctuation: (inside ?? outside)?.[0] ?? '',
        punctuationInside: !!inside,
      },
      titleLink: link,
    };
  }
  const tagged = afterAnchors(line, numbered || when ? afterPrefix : contentStart);
  // `[arXiv 2026.08](…), Keep the Future, Drop the Rollout: …`: the text after a date's or a site's
  // link is the title whole, commas and all.
  const datedOrSite = links.some(
    (l) => l.start === tagged && !l.image && (venueDate(l.text) !== undefined || namesASite(l.text)),
  );
  const title = plainTitle(
    line,
    lineNo,
    afterTagLinks(line, tagged, links),
    links,
    plain.continues,
    false,
    // After where and when it appeared, the title is the rest of the line up to its links, commas
    // and all (`arXiv 2025.04, ORCA: Open-Source, Reliable, …, [website](…)`).
    plain.toLinks || datedOrSite || when !== undefined,
  );
  return { title: when ? withoutClosingMark(line, title) : title, titleLink: undefined };
}

/** Whether a venue and a date stand before the title, as its prefix (see WHEN_BEFORE_TITLE). */
function placedBefore(line: string, contentStart: number, title: Title): boolean {
  if (!title.prefixed) return false;
  const when = whenBeforeTitle(line.slice(contentStart));
  return when !== undefined && when.venue && contentStart + when.length <= title.column - 1;
}

/**
 * A plain title read to its links without the comma or full stop that parts it from them (`Title,
 * [website](…)`); one that ends otherwise (at a bar, the line's end) keeps its words as written.
 */
function withoutClosingMark(line: string, title: Title): Title {
  const mark = /\s*([,.;])$/.exec(title.text);
  if (!mark || title.punctuation !== '' || !/^\s*\[/.test(line.slice(title.endColumn - 1))) return title;
  return {
    ...title,
    text: title.text.slice(0, mark.index),
    endColumn: title.endColumn - mark[0].length,
    punctuation: mark[1],
  };
}

/**
 * `Authors. 2002. [Title](url). In *Venue*.`: a citation that names its authors (and year) first and
 * links the title after them. The link is the title when the plain text before it ends a sentence
 * or a clause (or names the paper's method, a word and a colon: `WaveGlow: [Title](url)`), and the
 * link goes to the paper or the text before it holds a year.
 */
function citedTitleLink(line: string, from: number, links: readonly InlineLink[]): InlineLink | undefined {
  const first = links.find((l) => l.start >= from);
  if (!first || first.image || first.endLine !== undefined) return undefined;
  const before = line.slice(from, first.start);
  const label = first.text.replace(/^\[|\]$/g, '').trim();
  // A title of two words (`[Deep Learning](…nature14539.pdf)`) is one when the link goes to the paper
  // and no word of it names a link (`[arXiv version]`, `[Project page]`).
  const linksThePaper = isPaperLink({ label, url: first.url });
  const twoWordTitle =
    linksThePaper && !label.split(/\s+/).some((word) => PAPER_LABEL.test(word) || RESOURCE_LABEL.test(word));
  if (
    !/[.,:]\s+$/.test(before) ||
    words(before) < (/:\s+$/.test(before) ? 1 : 2) ||
    words(label) < (twoWordTitle ? 2 : TITLE_WORDS) ||
    PAPER_LABEL.test(label) ||
    RESOURCE_LABEL.test(label) ||
    isCodeHost(first.url)
  ) {
    return undefined;
  }
  return linksThePaper || HAS_YEAR.test(before) ? first : undefined;
}

/**
 * `<b>Title</b>`, `<strong>Title.</strong>`: a title in HTML bold, read as its text (the tags stay
 * around it as written; a title's bold `mark` is a Markdown delimiter).
 */
function htmlBoldTitle(line: string, lineNo: number, at: number): Title | undefined {
  // Asked twice of every entry: most open otherwise, told so by their first character.
  if (line[at] !== '<') return undefined;
  const open = /^<(b|strong)>/i.exec(line.slice(at));
  if (!open) return undefined;
  const innerStart = at + open[0].length;
  const close = line.toLowerCase().indexOf(`</${open[1].toLowerCase()}>`, innerStart);
  if (close === -1) return undefined;
  const inner = line.slice(innerStart, close);
  if (words(inner) < 1 || /[<>]/.test(inner)) return undefined;
  const trimmed = inner.trimEnd();
  const inside = endPunctuation(trimmed);
  const text = (inside ? trimmed.slice(0, -1) : trimmed).trim();
  const column = innerStart + (inner.length - inner.trimStart().length);
  return {
    line: lineNo,
    column: column + 1,
    endColumn: column + text.length + 1,
    text,
    bold: false,
    mark: '',
    url: undefined,
    prefixed: true,
    wrapped: false,
    punctuation: inside?.[0] ?? '',
    punctuationInside: false,
  };
}

/**
 * Past empty HTML anchors (`<a name="x"></a>`) that a list puts before its titles to link them, and
 * tags with markup in brackets or parentheses (`[**CUDA**]`, ``[`kg`]``, `(*NeurIPS'23*)`, a venue in
 * bold however long: `[**npj Digital Medicine, 2023**]`) or in a
 * code span (`` `[Dong et al. ACMMM22]` ``), which are never a title's start.
 */
function afterAnchors(line: string, from: number): number {
  // An anchor or a tag opens with one of these: most titles open otherwise.
  if (!'<[(`'.includes(line[from] ?? ' ')) return from;
  const anchors =
    /^(?:(?:<a\s[^<>]{0,200}>\s*<\/a>|\[[^\]]{0,20}[*_`][^\]]{0,20}\]|\[(?:\*\*|__)[^\]*_]{1,60}(?:\*\*|__)\]|\([^)]{0,40}[*_`][^)]{0,40}\)|`[^`]{1,40}`)\s*)+/i.exec(
      line.slice(from),
    );
  return anchors ? from + anchors[0].length : from;
}

function words(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** A name or tag, not a title: a word or three (`**OphGLM**`, `[ICML]`, `**Flickr30k**`). */
const NAME_WORDS = 3;
/** A title has at least this many words: fewer after a name is a description's start, not a title. */
const TITLE_WORDS = 3;

/**
 * `**Name**: Title. [paper](…)`, `**Name**: Authors. **Title.**`, `**Paper:** [Title](…)`: a short
 * bold (or linked) name or label and a colon before the paper's title. The title is the bold span
 * after the name, else a link right after it, else the plain text up to its full stop or first
 * link. Undefined when the span is not such a name.
 */
function titleAfterName(
  line: string,
  lineNo: number,
  name: { readonly start: number; readonly end: number },
  links: readonly InlineLink[],
  view: InlineView,
): { title: Title; titleLink: InlineLink | undefined } | undefined {
  const nameText = line.slice(name.start, name.end).replace(/[*_[\]]/g, '');
  const colon = /^\s*[:：]\s*/.exec(line.slice(name.end));
  const colonInside = /[:：]\s*$/.test(nameText);
  if ((!colon && !colonInside) || words(nameText) > NAME_WORDS) return undefined;
  const from = name.end + (colon ? colon[0].length : 0);
  const firstLink = links.find((l) => l.start >= from)?.start ?? line.length;
  const bold = view.firstStrong(lineNo, from, firstLink);
  if (
    bold &&
    bold.endLine === undefined &&
    words(line.slice(bold.innerStart, bold.innerEnd)) >= TITLE_WORDS
  ) {
    const inner = line.slice(bold.innerStart, bold.innerEnd).trimEnd();
    const inside = endPunctuation(inner);
    const outside = inside ? null : /^[,.:;]/.exec(line.slice(bold.end));
    return {
      title: {
        line: lineNo,
        column: bold.start + 1,
        endColumn: bold.end + 1,
        text: (inside ? inner.slice(0, -1) : inner).trim(),
        bold: true,
        mark: line.slice(bold.start, bold.start + 2),
        url: undefined,
        prefixed: true,
        wrapped: false,
        punctuation: (inside ?? outside)?.[0] ?? '',
        punctuationInside: !!inside,
      },
      titleLink: undefined,
    };
  }
  // `**Paper:** [Title](…)`: a label, then the title's link.
  const at = from + (line.slice(from).length - line.slice(from).trimStart().length);
  const link = links.find((l) => l.start === at && !l.image && l.endLine === undefined);
  if (link && words(link.text) >= TITLE_WORDS && !PAPER_LABEL.test(link.text.trim())) {
    const inside = endPunctuation(link.text.trim());
    return {
      title: {
        line: lineNo,
        column: link.start + 1,
        endColumn: link.end + 1,
        text: inside ? link.text.trim().slice(0, -1).trim() : link.text.trim(),
        bold: false,
        mark: '',
        url: link.url,
        prefixed: true,
        wrapped: false,
        punctuation: (inside ?? /^[,.]/.exec(line.slice(link.end)))?.[0] ?? '',
        punctuationInside: !!inside,
      },
      titleLink: link,
    };
  }
  const title = plainTitle(line, lineNo, from, links, false, true);
  return words(title.text) >= TITLE_WORDS
    ? { title: { ...title, prefixed: true }, titleLink: undefined }
    : undefined;
}

/**
 * ``**`kg.`** Title``, `**[FLE]** Title (**CVPR**)`: a bold tag of a word or three before a plain
 * title (no colon: see titleAfterName). The title is the plain text after the tag, when it has the
 * words of a title, does not open with punctuation nor end with a year, and the bold does not end
 * with punctuation (`**Deep Sets**, NeurIPS`, `**Deep Sets,** NeurIPS 2017` are bold titles).
 */
function titleAfterTag(
  line: string,
  lineNo: number,
  tag: Span,
  links: readonly InlineLink[],
): Title | undefined {
  // `**Short,** EMNLP 2020.`: a bold span ending in punctuation is a short title, not a tag.
  const inner = line.slice(tag.innerStart, tag.innerEnd).trimEnd();
  if (words(inner) > NAME_WORDS || endPunctuation(inner)) return undefined;
  let from = tag.end;
  while (from < line.length && /\s/.test(line[from])) from++;
  if (from === tag.end || !/[\p{L}\p{N}"“]/u.test(line[from] ?? '')) return undefined;
  const title = plainTitle(line, lineNo, from, links, false);
  // What follows a short bold title may be its venue and year, not a title.
  const venueLike = /\b(?:19|20)\d{2}\W*$/.test(title.text);
  return words(title.text) >= TITLE_WORDS && !venueLike ? { ...title, prefixed: true } : undefined;
}

/**
 * Where a plain title starts after short links that tag it (`[[ICML](url)] Title.`): a link of a word
 * or three at the item's text, with more words after it.
 */
function afterTagLinks(line: string, from: number, links: readonly InlineLink[]): number {
  // The bracket around the link may be escaped (`\[[ICML](url)\] Title.`), to show as written.
  const open = /^\\?\[/.exec(line.slice(from))?.[0] ?? '';
  const lead = links.find(
    (l) => !l.image && (l.start === from || (open !== '' && l.start === from + open.length)),
  );
  if (!lead || words(lead.text) > NAME_WORDS) return from;
  const close = lead.start === from ? '' : open.replace('[', ']');
  let after = lead.end + (close !== '' && line.startsWith(close, lead.end) ? close.length : 0);
  while (after < line.length && /[\s,:|–-]/.test(line[after])) after++;
  const nextLink = links.find((l) => l.start >= after)?.start ?? line.length;
  return words(line.slice(after, nextLink)) >= TITLE_WORDS ? after : from;
}

/** Fields a line must have to be written as fields (`year | title | authors | venue`). */
const MIN_FIELDS = 3;

/**
 * `2019 | Learning to Optimize | Ke Li, Jitendra Malik | arXiv | [PDF](…)`: a line of fields set
 * apart by `|`, as a table row without the table. Its title is its first field of a title's words
 * (the fields before it are a year, a date, a tag); the fields after it are the template's text.
 */
function titleField(line: string, from: number, to: number): { start: number; end: number } | undefined {
  const text = line.slice(from, to);
  const fields = text.split('|');
  if (fields.length < MIN_FIELDS || fields.filter((f) => f.trim() !== '').length < MIN_FIELDS)
    return undefined;
  let at = from;
  for (const f of fields) {
    if (words(f.replace(/\d+/g, ' ')) >= TITLE_WORDS) {
      const start = at + (f.length - f.trimStart().length);
      return { start, end: start + f.trim().length };
    }
    at += f.length + 1;
  }
  return undefined;
}

/**
 * A venue and year, as a list writes them in parentheses (ASCII or full-width): `SIGMOD 2018`,
 * `ICDE 2022, **best demo award**`, ` 2018 ArXiv`; not a link's target (`[ASE](https://2019.aseconf.org)`).
 */
export const VENUE_YEAR =
  /(?<!\])[(（](?=[^()（）]*\p{L}{2})(?=[^()（）]*\b(?:19|20)\d\d\b)[^()（）]{4,40}[)）]/u;
/**
 * A venue and year in parentheses that end a plain title's text (before its links, if any). No
 * leading `\s*`: tried at every start, it would rescan a run of spaces from each (quadratic).
 */
const VENUE_AFTER_TITLE = new RegExp(String.raw`${VENUE_YEAR.source}\s*$`, 'u');
/** A venue and year in parentheses right after a title. */
const VENUE_NEXT = new RegExp(String.raw`^\s*${VENUE_YEAR.source}`, 'u');

/**
 * Where the white space that ends just before `at` begins, not before `from` (`at` itself if none).
 * Searching for a mark and then stepping back over its spaces stays linear where a leading `\s*`
 * would not.
 */
function startOfSpaceBefore(line: string, from: number, at: number): number {
  let start = at;
  while (start > from && /\s/.test(line[start - 1])) start--;
  return start;
}

/**
 * The first comma at or after `from` that may end a plain title: not one inside a number
 * (`Scaling the Codebook Size of VQGAN to 100,000 with …`). -1 for none.
 */
function titleComma(line: string, from: number): number {
  const comma = /,/g;
  comma.lastIndex = from;
  for (let found = comma.exec(line); found; found = comma.exec(line)) {
    const inNumber =
      /\d/.test(line[found.index - 1] ?? '') && /^\d{3}(?!\d)/.test(line.slice(found.index + 1));
    if (!inNumber) return found.index;
  }
  return -1;
}

/**
 * A title in plain text: to the first comma, badge or link; a line of text alone (the entry goes on
 * below) is the title whole; after a name, to the full stop that ends the sentence.
 */
function plainTitle(
  line: string,
  lineNo: number,
  from: number,
  links: readonly InlineLink[],
  continues: boolean,
  toFullStop = false,
  toLinks = false,
): Title {
  // `"Title", Venue 2024`: a title in quotes runs to its closing quote, commas and all; the quotes
  // may be in italics (`*"Title"*`). A citation may name its authors first (`Oord, Aaron, et al.
  // "Title." arXiv 2016`): the quoted words after them are the title.
  const quoted =
    /^([*_]?)(["“])(.+?)(["”])\1/.exec(line.slice(from)) ??
    /^[^"“”[\]()*_]{1,300}?[.,]\s+([*_]?)(["“])(.+?)(["”])\1/.exec(line.slice(from));
  if (quoted && words(quoted[3]) >= TITLE_WORDS) {
    const inner = quoted[3].trimEnd();
    const inside = /[,.]$/.exec(inner);
    const [whole, italic, open, quotedText, close] = quoted;
    // The authors before the quote, if any.
    const lead = whole.length - (2 * italic.length + open.length + quotedText.length + close.length);
    const column = from + lead + italic.length + open.length + 1;
    return {
      line: lineNo,
      column,
      endColumn: column + inner.length,
      text: (inside ? inner.slice(0, -1) : inner).trim(),
      bold: false,
      mark: '',
      url: undefined,
      prefixed: lead > 0,
      wrapped: false,
      punctuation: inside?.[0] ?? '',
      punctuationInside: !!inside,
    };
  }
  let firstLink = links.find((l) => l.start >= from)?.start ?? line.length;
  // `Title [[pdf](url)]`: the bracket that wraps the link is the link's, not the title's.
  if (firstLink > from && line[firstLink - 1] === '[') firstLink -= line[firstLink - 2] === '\\' ? 2 : 1;
  const field = titleField(line, from, firstLink);
  if (field) {
    return {
      line: lineNo,
      column: field.start + 1,
      endColumn: field.end + 1,
      text: line.slice(field.start, field.end),
      bold: false,
      mark: '',
      url: undefined,
      prefixed: field.start > from,
      wrapped: false,
      punctuation: '',
      punctuationInside: false,
    };
  }
  // `Title | CVPR'20 | [pdf](…)`: a bar set apart by spaces parts the entry's fields.
  const bar = line.slice(from, firstLink).search(/\s\|(?=\s|$)/);
  if (bar > 0) firstLink = from + bar;
  // `Title <br> EMNLP 2023 [[Paper]](…)`: a line break after a plain title parts it from its venue.
  const br = line.slice(from, firstLink).search(/<br\s*\/?>/i);
  const lineBreak = br < 0 ? 0 : startOfSpaceBefore(line, from, from + br) - from;
  if (lineBreak > 0) firstLink = from + lineBreak;
  // `Title (**CVPR**)`: a bold span after a plain title is a tag (a venue), not title text.
  const bold = line.slice(from, firstLink).search(/\s[([]?(?:\*\*|__)\S/);
  if (bold > 0) firstLink = from + bold + 1;
  // `Title (SIGMOD 2018)`: a venue and year in parentheses closing a plain title are its venue.
  // Only after some title: parentheses alone (`(2024 ICML) **Title. **`) are a tag, not an empty title's venue.
  const venue = VENUE_AFTER_TITLE.exec(line.slice(from, firstLink));
  const venueAt = venue ? startOfSpaceBefore(line, from, from + venue.index) - from : 0;
  if (venueAt > 0) firstLink = from + venueAt;
  // `Title. _Authors et al._ arXiv 2023.`: italics after the title's full stop or comma (or its
  // own question mark) are its authors, and mark where it ends: its commas are the title's. So
  // does a code span there (`Title. \`2024.10\``), a date or tag.
  // Italics that name authors "et al." mark it even with no stop before them (`Title _Xie et al._`).
  // A citation's `In` may stand before the italics (`Title. In *ICML 2019*.`).
  const italic =
    /(?<=\S)(?:[.,]|(?<=[?!])|(?=\s+[*_][^*_\n]*\bet al\b))(?=\s+(?:In\s+)?(?:[*_](?![*_\s])|`))/.exec(
      line.slice(from, firstLink),
    );
  if (italic) firstLink = from + italic.index;
  const alone = continues && firstLink === line.length;
  const stop = toFullStop ? line.slice(from, firstLink).search(/\.(?:\s|$)/) : -1;
  // A bar, a line break or a bold tag after the title marks where it ends: its commas are the title's.
  const comma =
    alone || toFullStop || toLinks || bar > 0 || lineBreak > 0 || bold > 0 || venueAt > 0 || italic
      ? -1
      : titleComma(line, from);
  let end = stop !== -1 ? from + stop : comma !== -1 && comma < firstLink ? comma : firstLink;
  while (end > from && /\s/.test(line[end - 1])) end--;
  // A title line alone ends with its punctuation, maybe after a space (`Title ,`).
  let punctuation = line[end] === ',' || line[end] === '.' ? line[end] : '';
  if (alone && (line[end - 1] === '.' || line[end - 1] === ',')) {
    punctuation = line[--end];
    // `Title ,`: punctuation set apart by a space is the line's, not the title's.
    if (/\s/.test(line[end - 1])) punctuation = '';
    while (end > from && /\s/.test(line[end - 1])) end--;
  }
  return {
    line: lineNo,
    column: from + 1,
    endColumn: end + 1,
    // An unclosed `**` (a bold title broken over lines) is markup, not title text.
    text: line
      .slice(from, end)
      .trim()
      .replace(/^(\*\*|__)\s*/, ''),
    bold: false,
    mark: '',
    url: undefined,
    prefixed:
      from > 0 && line.slice(0, from).trim() !== '' && !/^\s*(?:[-*+]|\d+[.)])\s*$/.test(line.slice(0, from)),
    wrapped: false,
    punctuation,
    punctuationInside: false,
  };
}

function toBadge(line: string, lineNo: number, image: InlineLink): Badge {
  const shields = parseShieldsBadge(image.url);
  return {
    line: lineNo,
    column: image.start + 1,
    endColumn: image.end + 1,
    label: shields?.label ?? image.text,
    color: shields?.color,
    url: image.url,
    glued: image.start > 0 && !/\s/.test(line[image.start - 1]) && !/[[(]/.test(line[image.start - 1]),
  };
}

function toLink(line: string, lineNo: number, link: InlineLink, isTitle: boolean): Link {
  return {
    line: lineNo,
    column: link.start + 1,
    endColumn: link.end + 1,
    label: link.text.replace(/^\[|\]$/g, '').trim(),
    url: link.url,
    urlLine: link.endLine ?? lineNo,
    urlColumn: link.urlStart + 1,
    urlEndColumn: link.urlEnd + 1,
    bracketed: line[link.start - 1] === '[' && line[link.end] === ']',
    labelBracketed: /^\[.*\]$/.test(link.text),
    isTitle,
  };
}

/**
 * The offset of the italic span's delimiter standing again after the span on the same line, before
 * `until` (the first link): the names' italics were closed too early and the mark shows as text.
 */
function strayDelimiter(line: string, italic: Span, until = line.length): number | undefined {
  if (italic.endLine !== undefined) return undefined;
  const delimiter = line[italic.start];
  for (
    let i = line.indexOf(delimiter, italic.end);
    i !== -1 && i < until;
    i = line.indexOf(delimiter, i + 1)
  ) {
    if (line[i - 1] !== '\\') return i;
  }
  return undefined;
}

/**
 * A line below the title that names no authors: a labelled link (`PDF: <https://…>`), HTML
 * (`<br>A description`, `<p><img …></p>`), a badge (`[![Star](…)](…)`, `![venue](…)`), or a quoted
 * note (`> An annotation`).
 */
function notNames(line: string, firstLink = line.length): boolean {
  const text = line.trimStart();
  if (text.startsWith('<') && firstLink !== line.length - text.length) return true;
  if (/^(?:\[?!\[|>)/.test(text)) return true;
  // The label, then the link or URL (read as a link or not, an autolink is the label's); or links
  // to the paper and its code (`[[pdf](…)] [[video](…)]`).
  const opening = /^\[?\[([^\]]{1,30})\]\]?\(/.exec(text);
  if (opening && (PAPER_LABEL.test(opening[1].trim()) || RESOURCE_LABEL.test(opening[1].trim()))) return true;
  // A label set in emphasis before a remark (`*comment*: …`, `**Note:** …`) names no one.
  if (/^(\*{1,2}|_{1,2})[A-Za-z][\w .;+-]{0,20}(?::\1|\1:)\s/.test(text)) return true;
  return (
    /^[A-Za-z][\w .+-]{0,20}:\s*(?:<?https?:\/\/|\[)/.test(text) ||
    (firstLink < line.length && /^\s*[A-Za-z][\w .+-]{0,20}:\s*$/.test(line.slice(0, firstLink)))
  );
}

/** Plain names: from `from` to the first link (or the line's end), less the punctuation after them. */
function namesBefore(line: string, from: number, until = line.length): { start: number; end: number } {
  let end = until;
  while (end > from && /[\s,.;:]/.test(line[end - 1])) end--;
  return { start: from, end };
}

/** Trims spaces, commas and full stops at both ends (by hand: a trimming regex is quadratic on long runs). */
function trimPunctuation(text: string): string {
  const skip = (ch: string) => ch === ',' || ch === '.' || /\s/.test(ch);
  let start = 0;
  let end = text.length;
  while (start < end && skip(text[start])) start++;
  while (end > start && skip(text[end - 1])) end--;
  return text.slice(start, end);
}
