/**
 * One paper entry, read from its item block: title line (bold title, punctuation, venue, year,
 * keyword badges), author line, links. Every part keeps its exact position so rules can point at
 * it and fixes can rewrite it.
 */
import type { ItemBlock } from './segment.js';
import { emphasisAt, findLinks, strongAt, type InlineLink } from './inline.js';
import { indentWidth, isBlank, type SourceText } from './text.js';

export interface Located {
  readonly line: number;
  /** 1-based; `endColumn` is exclusive. */
  readonly column: number;
  readonly endColumn: number;
}

export interface Title extends Located {
  readonly text: string;
  readonly bold: boolean;
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
  readonly urlColumn: number;
  readonly urlEndColumn: number;
  /** Written as `[[label](url)]`. */
  readonly bracketed: boolean;
}

export interface AuthorLine {
  readonly line: number;
  /** Width of the line's indentation (tabs expanded). */
  readonly indent: number;
  /** 1-based column of the line's first character after the indentation. */
  readonly column: number;
  readonly italic: boolean;
  /** There is an empty line between the title line and this one. */
  readonly blankBefore: boolean;
}

export interface Entry {
  readonly startLine: number;
  readonly endLine: number;
  readonly marker: string;
  readonly markerColumn: number;
  readonly contentColumn: number;
  readonly section: readonly string[];
  /** A paper has authors or a paper link; anything else (a tool, a blog post) is a resource. */
  readonly kind: 'paper' | 'resource';
  readonly title: Title;
  readonly venue: string;
  readonly year: string | undefined;
  readonly badges: readonly Badge[];
  readonly authors: AuthorLine | undefined;
  readonly links: readonly Link[];
  readonly arxivIds: readonly string[];
  /** Stable identity across edits: the arXiv id, else the normalised title. */
  readonly key: string;
}

/** An arXiv identifier: new style `2106.09685`, or old style `hep-th/9901001`. */
export const ARXIV_ID = String.raw`(?:[a-z-]+(?:\.[a-z]{2})?\/\d{7}|\d{4}\.\d{4,5})`;
const ARXIV_URL = new RegExp(
  String.raw`^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(abs|pdf|html)\/(${ARXIV_ID})(v\d+)?(\.pdf)?\/?(?:[?#].*)?$`,
  'i',
);
const YEAR = /\b(?:19|20)\d{2}\b/g;
const PAPER_LABEL = /^(pdf|paper|arxiv|doi|openreview|acl|link)$/i;

/** A link to the paper itself: labelled like one, or pointing at arXiv. */
export function isPaperLink(link: { readonly label: string; readonly url: string }): boolean {
  return PAPER_LABEL.test(link.label) || parseArxivUrl(link.url) !== undefined;
}

export interface ArxivUrl {
  readonly kind: string;
  readonly id: string;
  readonly version: string;
  readonly pdfSuffix: boolean;
}

export function parseArxivUrl(url: string): ArxivUrl | undefined {
  const match = ARXIV_URL.exec(url.trim());
  if (!match) return undefined;
  return {
    kind: match[1].toLowerCase(),
    id: match[2].toLowerCase(),
    version: match[3] ?? '',
    pdfSuffix: !!match[4],
  };
}

/** Title as compared for duplicates: case, accents, punctuation and spacing folded. */
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

/** shields.io static badge `/badge/<label>-<message>-<colour>` (or `<message>-<colour>`). */
export function parseShieldsBadge(url: string): { label: string; color: string } | undefined {
  const match = /img\.shields\.io\/badge\/([^?#)\s]+)/i.exec(url);
  if (!match) return undefined;
  const path = match[1].replace(/\.(svg|png)$/i, '');
  // `--` and `__` are escaped dashes and underscores; a single `-` separates the parts.
  const parts = path.replace(/--/g, '\u0000').split('-');
  if (parts.length < 2) return undefined;
  const colorParam = /[?&]color=([^&#\s)]+)/i.exec(url);
  const color = (colorParam ? colorParam[1] : parts[parts.length - 1]).toLowerCase();
  const label = parts
    .slice(0, -1)
    .join(' ')
    .replace(/\u0000/g, '-')
    .replace(/__/g, '\u0001')
    .replace(/_/g, ' ')
    .replace(/\u0001/g, '_');
  return { label: safeDecode(label), color: safeDecode(color) };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function parseEntry(source: SourceText, block: ItemBlock): Entry {
  const titleLineNo = block.startLine;
  const titleLine = source.lines[titleLineNo - 1];
  const contentStart = Math.min(titleLine.length, offsetOfColumn(titleLine, block.contentColumn));
  const titleLinks = findLinks(titleLine);
  const title = readTitle(titleLine, titleLineNo, contentStart, titleLinks);
  const badges = titleLinks
    .filter((link) => link.image)
    .map((image) => toBadge(titleLine, titleLineNo, image));

  const venueText = titleLine.slice(
    title.endColumn - 1 + (title.punctuationInside ? 0 : title.punctuation.length),
  );
  const firstMarkup = venueText.search(/!?\[/);
  const venue = trimPunctuation(firstMarkup === -1 ? venueText : venueText.slice(0, firstMarkup));
  const years = venue.match(YEAR);

  let blankBefore = false;
  let authors: AuthorLine | undefined;
  const links: Link[] = titleLinks
    .filter((link) => !link.image)
    .map((link) => toLink(titleLine, titleLineNo, link));
  for (let lineNo = titleLineNo + 1; lineNo <= block.endLine; lineNo++) {
    const line = source.lines[lineNo - 1];
    if (isBlank(line)) {
      if (!authors) blankBefore = true;
      continue;
    }
    const lineLinks = findLinks(line);
    if (!authors) {
      const first = line.length - line.trimStart().length;
      authors = {
        line: lineNo,
        indent: indentWidth(line),
        column: first + 1,
        italic: !!emphasisAt(line, first),
        blankBefore,
      };
    }
    for (const link of lineLinks) if (!link.image) links.push(toLink(line, lineNo, link));
  }

  const arxivIds = [
    ...new Set(links.map((link) => parseArxivUrl(link.url)?.id).filter((id) => id !== undefined)),
  ];
  const hasPaperLink = links.some(isPaperLink);
  return {
    startLine: block.startLine,
    endLine: block.endLine,
    marker: block.marker,
    markerColumn: block.markerColumn,
    contentColumn: block.contentColumn,
    section: block.headings.map((heading) => heading.text),
    kind: authors || hasPaperLink ? 'paper' : 'resource',
    title,
    venue,
    year: years ? years[years.length - 1] : undefined,
    badges,
    authors,
    links,
    arxivIds,
    key: arxivIds.length > 0 ? `arxiv:${arxivIds[0]}` : `title:${normaliseTitle(title.text)}`,
  };
}

function readTitle(line: string, lineNo: number, contentStart: number, links: readonly InlineLink[]): Title {
  const strong = strongAt(line, contentStart);
  if (strong) {
    const inner = line.slice(strong.innerStart, strong.innerEnd);
    const inside = /[,.:;]$/.exec(inner);
    const outside = inside ? null : /^[,.:;]/.exec(line.slice(strong.end));
    return {
      line: lineNo,
      column: strong.start + 1,
      endColumn: strong.end + 1,
      text: inside ? inner.slice(0, -1).trim() : inner.trim(),
      bold: true,
      punctuation: (inside ?? outside)?.[0] ?? '',
      punctuationInside: !!inside,
    };
  }
  // Not bold: the title runs to the first comma, badge or link.
  const firstLink = links.find((link) => link.start >= contentStart)?.start ?? line.length;
  const comma = line.indexOf(',', contentStart);
  let end = comma !== -1 && comma < firstLink ? comma : firstLink;
  while (end > contentStart && /\s/.test(line[end - 1])) end--;
  return {
    line: lineNo,
    column: contentStart + 1,
    endColumn: end + 1,
    // An unclosed `**` (a bold title broken over lines) is markup, not title text.
    text: line
      .slice(contentStart, end)
      .trim()
      .replace(/^(\*\*|__)\s*/, ''),
    bold: false,
    punctuation: line[end] === ',' ? ',' : '',
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

function toLink(line: string, lineNo: number, link: InlineLink): Link {
  return {
    line: lineNo,
    column: link.start + 1,
    endColumn: link.end + 1,
    label: link.text.replace(/^\[|\]$/g, '').trim(),
    url: link.url,
    urlColumn: link.urlStart + 1,
    urlEndColumn: link.urlEnd + 1,
    bracketed: line[link.start - 1] === '[' && line[link.end] === ']',
  };
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

/** String offset at which a 1-based visual column (tabs expanded) starts. */
export function offsetOfColumn(line: string, column: number): number {
  let width = 0;
  let i = 0;
  while (i < line.length && width < column - 1) {
    width += line[i] === '\t' ? 4 - (width % 4) : 1;
    i++;
  }
  return i;
}
