/**
 * An entry cut into the list's slots. The cut of one entry is its shape (the entry's text with each
 * slot's value replaced by a placeholder) and the values; the list's template is the shape most of
 * its entries share (learned in grammar.ts). Rendering a template with an entry's values gives the
 * entry back byte for byte exactly when the entry is written the way the template says.
 *
 * Slots: `{n}` (an item's number), `{title}`, `{venue}`, `{year}`, `{authors}`, `{paper}` (the paper's
 * URL), `{links}` (the links after the paper link, in the list's link style), `{badges}` and
 * `{annotation}` (the lines its editor breaks off under the entry). The last three are runs: an
 * empty run renders as nothing, separator included, so one template serves entries with and
 * without them.
 */
import { type Entry, type Link } from './entry.js';
import { isPaperLink, namesThePaper } from '../read/links.js';
import { findLinks } from '../read/inline.js';
import { linkStyleOf } from './learn.js';
import { shapeLiteral } from './shape.js';
import { itemOpenedBy, recordEnd } from '../read/segment.js';
import { isBlank, offsetOfColumn, type SourceText } from '../read/text.js';

export interface LabelledUrl {
  readonly label: string;
  readonly url: string;
}

export interface Authors {
  readonly names: readonly string[];
  /** The list of names ends with "et al.": the entry names only the first authors. */
  readonly etAl: boolean;
}

export interface SlotValues {
  readonly n?: string;
  /** The indent of the lines under a numbered item: to its text. */
  readonly indent?: string;
  readonly title?: string;
  readonly venue?: string;
  readonly year?: string;
  readonly authors?: Authors;
  readonly paper?: string;
  readonly links: readonly LabelledUrl[];
  readonly badges: readonly LabelledUrl[];
  /**
   * The lines under the entry its editor broke off with `<br>` for a remark of their own (`<br>[Summary]
   * …`), as written: from the line break before them, indent and all.
   */
  readonly annotation?: string;
  /** Values of the text slots (`{date}`, `{when}`, `{names}`, `{note}`…), by slot name. */
  readonly text?: Readonly<Record<string, string>>;
  /**
   * The entry's own spacing in its template's markup (frame.ts `spacingOf`), with its optional runs
   * in where the template has no place for them (`spacingWithRuns`); the template's if none.
   */
  readonly spacing?: readonly string[];
  /**
   * The entry's own separators in its runs (between names, before and between links and badges),
   * which its list varies as it varies spacing; the template's where it shows none. The link style
   * (`[[code](…)]` or `[code](…)`) and the space before badges are the template's: form, not values.
   */
  readonly separators?: Partial<RunStyle>;
  /** The entry's words where its template's constant words vary in the list (`varying`), by place. */
  readonly wording?: Readonly<Record<number, string>>;
}

/** How a list writes its runs of links, badges and names. */
export interface RunStyle {
  /** Before the first link of the run, and between links (`' '`, `', '`, `' | '`). */
  readonly linkLead: string;
  readonly linkSeparator: string;
  /** `[[code](url)]` (bracketed), `[code](url)` (plain) or `[[code]](url)` (bracketed-label). */
  readonly linkStyle: 'bracketed' | 'plain' | 'bracketed-label';
  readonly badgeLead: string;
  readonly badgeSeparator: string;
  /** Between names, and before the last (`', '` and `' and '`, or `', and '`). */
  readonly nameSeparator: string;
  readonly lastNameSeparator: string;
  /** Before "et al." (`' '` or `', '`). */
  readonly etAlSeparator: string;
}

export interface Cut {
  readonly shape: string;
  readonly values: SlotValues;
  /** The run styles this entry shows (only those it has runs for). */
  readonly style: Partial<RunStyle>;
}

interface Replacement {
  readonly line: number;
  readonly start: number;
  /** Where it ends: on `endLine` when it runs over lines (a run of links one per line), else on `line`. */
  readonly end: number;
  readonly endLine?: number;
  readonly text: string;
}

/** The lines a replacement covers. */
const covers = (r: Replacement, no: number) => r.line <= no && no <= (r.endLine ?? r.line);

/**
 * Separators a run of links or badges may have between its members: a punctuation mark, or a dash
 * with spaces around it (`[[Paper]](…) - [[Code]](…)`).
 */
const RUN_SEPARATOR = /^[ \t]*(?:[,|/·•;][ \t]*|(?<=[ \t])[-–][ \t]+)?$/;
/**
 * In a table row a `|` ends a cell: links on either side of one are two cells' values, not one run.
 * A line break inside a cell (`[[Code](…)] <br> [[Demo](…)]`) sets its links one under the other:
 * still one run, as links one per line are in a list item.
 */
const CELL_RUN_SEPARATOR = /^[ \t]*(?:[,/·•;][ \t]*|(?<=[ \t])[-–][ \t]+|<br[ \t]*\/?>[ \t]*)?$/i;
/**
 * A line break between links of a run written one per line (`[[Paper]](…)` over `[[Code]](…)`, or
 * each a sub-item `  - [[Code]](…)`): the next line holds nothing before its link but its indent
 * and a bullet.
 */
const LINE_RUN_SEPARATOR = /^[ \t]*\n[ \t]*(?:[-*+][ \t]+)?$/;
/** A venue's closing year: four digits that end no longer number (`arXiv:1506.02078` ends in none). */
const YEAR_AT_END = /^(.*?)[ \t]*[(']?(?<!\d)((?:19|20)\d{2})[)']?$/;

/** The placeholder text, escaped so a literal `{title}` in an entry stays literal. */
function literal(text: string): string {
  return text.replace(/[{}\\]/g, (ch) => `\\${ch}`);
}

/**
 * The entry's text, lines joined by `\n`, as the template and the renderer see it: its record (a
 * heading entry's body is its editors' free text, no form of the list's).
 */
export function entryText(source: SourceText, entry: Entry): string {
  return source.lines.slice(entry.startLine - 1, recordEnd(entry)).join('\n');
}

/** Cuts one entry into its shape and slot values. */
/**
 * The cut with the venue and year the reader placed as slots (`Nature 2015`) put back in its shape
 * as the words they are (its values still say what they are); undefined when it placed neither. A
 * list whose entries mostly close with words of another kind there (`arXiv:1503.04069`) writes a
 * text slot at that place, which they fill.
 */
export function venueAsWords(cut: Cut): Cut | undefined {
  const { venue, year } = cut.values;
  if (venue === undefined && year === undefined) return undefined;
  const shape = cut.shape
    .replace('{venue}', () => shapeLiteral(venue ?? ''))
    .replace('{year}', () => year ?? '');
  return { ...cut, shape };
}

/** Whether a line opens a list item nested under the entry's own: a remark set under it. */
const nestsItem = (line: string) => (itemOpenedBy(line)?.indent ?? 0) > 0;

/**
 * The entry's cut with the lines it nests under its first ones (sub-items, and the blank lines
 * between) as its annotation, for an entry no form frames whole: its remarks, one entry's own
 * combination of notes and names, are no field of its form. None when those lines hold a field
 * (a link or badge the reader placed) or the entry nests nothing.
 */
export function nestedAsAnnotation(source: SourceText, entry: Entry, cut: Cut): Cut | undefined {
  if (cut.values.annotation !== undefined) return undefined;
  const lines = entryText(source, entry).split('\n');
  const start = lines.findIndex((text, at) => at > 0 && (nestsItem(text) || isBlank(text)));
  if (start < 1 || !lines.slice(start).some(nestsItem)) return undefined;
  const tail = lines.length - start;
  const shapeLines = cut.shape.split('\n');
  if (shapeLines.length <= tail) return undefined;
  if (shapeLines.slice(shapeLines.length - tail).some((text) => /\{[a-z]+\d*\}/.test(text))) return undefined;
  const shape = `${shapeLines.slice(0, shapeLines.length - tail).join('\n')}{annotation}`;
  const annotation = `\n${lines.slice(start).join('\n')}`;
  return { ...cut, shape, values: { ...cut.values, annotation } };
}

export function cutEntry(source: SourceText, entry: Entry): Cut {
  const replacements: Replacement[] = [];
  const style: { -readonly [K in keyof RunStyle]?: RunStyle[K] } = {};
  const values: { -readonly [K in keyof SlotValues]: SlotValues[K] } = { links: [], badges: [] };
  const line = (no: number) => source.lines[no - 1] ?? '';

  if (/\d/.test(entry.marker)) {
    const text = line(entry.startLine);
    const at = offsetOfColumn(text, entry.markerColumn);
    const digits = /^\d+/.exec(text.slice(at));
    if (digits) {
      replacements.push({ line: entry.startLine, start: at, end: at + digits[0].length, text: '{n}' });
      values.n = digits[0];
      // The lines under a numbered item are indented to its text, which moves with the number's
      // width (`9. ` and `10. `): the indent is a slot, so one template writes both. An editor may
      // keep the indent of a shorter number (that of `9. ` under `10. `), which GitHub renders the
      // same: that indent is the entry's own.
      const width = offsetOfColumn(text, entry.contentColumn);
      const below = /^ */.exec(line(entry.startLine + 1))![0].length;
      const shorter = below < width && below >= width - (digits[0].length - 1);
      const indent = ' '.repeat(entry.endLine > entry.startLine && shorter ? below : width);
      for (let no = entry.startLine + 1; no <= entry.endLine; no++) {
        if (line(no).startsWith(indent)) {
          replacements.push({ line: no, start: 0, end: indent.length, text: '{indent}' });
          values.indent = indent;
        }
      }
    }
  }

  const { title } = entry;
  let titleCut: Replacement | undefined;
  if (title.text !== '' && !title.wrapped) {
    const text = line(title.line);
    const at = text.indexOf(title.text, title.column - 1);
    if (at !== -1 && at + title.text.length <= title.endColumn - 1) {
      titleCut = { line: title.line, start: at, end: at + title.text.length, text: '{title}' };
      replacements.push(titleCut);
      values.title = title.text;
    }
  }

  if (entry.venueAt !== undefined) {
    const split = YEAR_AT_END.exec(entry.venue);
    const at = entry.venueAt;
    if (split && split[1] !== '' && !/[[\]()*_`<>]/.test(split[1])) {
      const yearAt = at + entry.venue.lastIndexOf(split[2]);
      replacements.push({ line: title.line, start: at, end: at + split[1].length, text: '{venue}' });
      replacements.push({ line: title.line, start: yearAt, end: yearAt + 4, text: '{year}' });
      values.venue = split[1];
      values.year = split[2];
    } else if (split && split[1] === '') {
      const yearAt = at + entry.venue.lastIndexOf(split[2]);
      replacements.push({ line: title.line, start: yearAt, end: yearAt + 4, text: '{year}' });
      values.year = split[2];
    }
  }

  const { authors } = entry;
  if (authors && authors.namesEnd > authors.namesStart) {
    const names = line(authors.line).slice(authors.namesStart, authors.namesEnd);
    const read = readNames(names);
    if (read) {
      replacements.push({
        line: authors.line,
        start: authors.namesStart,
        end: authors.namesEnd,
        text: '{authors}',
      });
      values.authors = read.authors;
      Object.assign(style, read.style);
    }
  }

  const titleLink = entry.links.find((link) => link.isTitle);
  if (titleLink && !titleLink.url.startsWith('#')) {
    replacements.push(urlReplacement(titleLink, '{paper}'));
    values.paper = rawUrl(line, titleLink);
  }
  // A link inside the title's words (a description cell that links a name) is the title's text.
  const inTitle = (link: Link) =>
    titleCut !== undefined &&
    link.line === titleCut.line &&
    outer(link).start >= titleCut.start &&
    outer(link).end <= titleCut.end;
  // A link written as a reference (`[Peng Cui]`, its target defined elsewhere in the file) is text
  // as written: a run of links would write its target inline.
  const byReference = (link: Link) => link.url !== '' && link.urlColumn === link.urlEndColumn;
  const outside = entry.links.filter((link) => !link.isTitle && !inTitle(link) && !byReference(link));
  cutLinkRun(outside, entry.cells !== undefined, line, titleLink === undefined, replacements, values, style);
  cutBadgeRun(entry, line, replacements, values, style);

  const annotated = annotationStart(source, entry, replacements);
  if (annotated !== undefined)
    values.annotation = `\n${source.lines.slice(annotated - 1, recordEnd(entry)).join('\n')}`;
  const { shape, dropped } = applyReplacements(source, entry, replacements, annotated);
  // A run its shape does not place (badges that are a link's label, `[![arXiv](…)](…)`, are the
  // link run's) holds no values: the entry has them as the run that placed them.
  if (dropped.has('{badges}')) {
    values.badges = [];
    delete style.badgeLead;
    delete style.badgeSeparator;
  }
  return { shape, values, style };
}

/** A link's target as written (escapes and all), which is what writing it back must reproduce. */
function rawUrl(line: (no: number) => string, link: Link): string {
  return line(link.urlLine).slice(link.urlColumn - 1, link.urlEndColumn - 1);
}

function urlReplacement(link: Link, text: string): Replacement {
  return { line: link.urlLine, start: link.urlColumn - 1, end: link.urlEndColumn - 1, text };
}

/** A link's full extent, with the brackets around it when it is written `[[label](url)]`. */
function outer(link: Link): { start: number; end: number } {
  return link.bracketed
    ? { start: link.column - 2, end: link.endColumn }
    : { start: link.column - 1, end: link.endColumn - 1 };
}

/** How each link style is written, label and target as groups: the greedy label takes the last `](`. */
const WRITTEN_LINK: Record<RunStyle['linkStyle'], RegExp> = {
  bracketed: /^\[\[(.*)\]\((.*)\)\]$/s,
  'bracketed-label': /^\[\[(.*)\]\]\((.*)\)$/s,
  plain: /^\[(.*)\]\((.*)\)$/s,
};

/**
 * A link's label and target as written (escapes, spaces before the parenthesis and all), which is
 * what writing it back must reproduce; as read when its text is not a link of its style.
 */
function writtenLink(text: string, link: Link): LabelledUrl {
  const { start, end } = outer(link);
  const written = WRITTEN_LINK[linkStyleOf(link)].exec(text.slice(start, end));
  return written ? { label: written[1], url: written[2] } : { label: link.label, url: link.url };
}

/**
 * The run of links after the title: the first of the other links (not the title's, nor inside
 * its words) and those following it with only a separator between (in a table row, one that does
 * not cross a cell's `|`). When that first link is the paper's, its URL is `{paper}` and its label
 * stays literal (the list's own word for it); the rest are `{links}`.
 */
function cutLinkRun(
  others: readonly Link[],
  inTable: boolean,
  line: (no: number) => string,
  paperOpen: boolean,
  replacements: Replacement[],
  values: { links: readonly LabelledUrl[]; paper?: string },
  style: { -readonly [K in keyof RunStyle]?: RunStyle[K] },
): void {
  if (others.length === 0) return;
  const first = others[0];
  const text = line(first.line);
  const run: Link[] = [first];
  const separators: string[] = [];
  const separator = inTable ? CELL_RUN_SEPARATOR : RUN_SEPARATOR;
  const oneLine = (link: Link) => link.urlLine === link.line;
  for (const next of others.slice(1)) {
    const previous = run[run.length - 1];
    if (!oneLine(previous) || !oneLine(next)) break;
    const sameLine = next.line === previous.line;
    // A table row is one line: its links never run onto the next.
    if (!sameLine && (inTable || next.line !== previous.line + 1)) break;
    const between = sameLine
      ? line(next.line).slice(outer(previous).end, outer(next).start)
      : `${line(previous.line).slice(outer(previous).end)}\n${line(next.line).slice(0, outer(next).start)}`;
    if (!(sameLine ? separator : LINE_RUN_SEPARATOR).test(between)) break;
    run.push(next);
    separators.push(between);
  }
  // Links one per line are one run only when every break between them is written alike: a line
  // that ends in spaces of its own keeps them as the entry's spacing, which a run cannot hold.
  const broken = separators.findIndex((between) => between.includes('\n'));
  if (broken !== -1 && separators.some((between) => between !== separators[broken])) {
    run.splice(broken + 1);
    separators.splice(broken);
  }
  const last = run[run.length - 1];
  let members = run;
  // The link its editor labels as the paper is the entry's paper link, wherever it goes.
  if (paperOpen && (isPaperLink(first) || namesThePaper(first.label))) {
    replacements.push(urlReplacement(first, '{paper}'));
    values.paper = rawUrl(line, first);
    members = run.slice(1);
  }
  if (members.length === 0) return;
  let start = members === run ? outer(first).start : outer(first).end;
  // The space before a run is the run's own, as a badge run's is: an entry without links has none.
  if (members === run && text.slice(0, start).trim() !== '')
    while (start > 0 && /[ \t]/.test(text[start - 1])) start--;
  const lead = members === run ? text.slice(start, outer(first).start) : separators[0];
  const inner = members === run ? separators : separators.slice(1);
  replacements.push({
    line: first.line,
    start,
    end: outer(last).end,
    ...(last.line === first.line ? {} : { endLine: last.line }),
    text: '{links}',
  });
  values.links = members.map((link) => writtenLink(line(link.line), link));
  style.linkLead = lead;
  if (inner.length > 0 && inner.every((sep) => sep === inner[0])) style.linkSeparator = inner[0];
  if (members.every((link) => linkStyleOf(link) === linkStyleOf(members[0])))
    style.linkStyle = linkStyleOf(members[0]);
}

/** The first run of badges (images with only spaces between), with the space before it. */
function cutBadgeRun(
  entry: Entry,
  line: (no: number) => string,
  replacements: Replacement[],
  values: { badges: readonly LabelledUrl[] },
  style: { -readonly [K in keyof RunStyle]?: RunStyle[K] },
): void {
  if (entry.badges.length === 0) return;
  const first = entry.badges[0];
  const text = line(first.line);
  const images = findLinks(text).filter((link) => link.image);
  const run = [images.find((image) => image.start === first.column - 1)];
  if (!run[0]) return;
  const separators: string[] = [];
  for (const image of images) {
    const previous = run[run.length - 1]!;
    if (image.start <= previous.start) continue;
    const between = text.slice(previous.end, image.start);
    if (!/^[ \t]*$/.test(between)) break;
    run.push(image);
    separators.push(between);
  }
  let start = run[0].start;
  while (start > 0 && /[ \t]/.test(text[start - 1])) start--;
  replacements.push({ line: first.line, start, end: run[run.length - 1]!.end, text: '{badges}' });
  // As written (a space before the closing parenthesis and all), as a run's links are.
  values.badges = run.map((image) => {
    const written = /^!\[(.*)\]\((.*)\)$/s.exec(text.slice(image!.start, image!.end));
    return written ? { label: written[1], url: written[2] } : { label: image!.text, url: image!.url };
  });
  style.badgeLead = text.slice(start, run[0].start);
  if (separators.length > 0 && separators.every((sep) => sep === separators[0]))
    style.badgeSeparator = separators[0];
}

/**
 * The marks after an author's name (`Zhijing Jin*`, `Mona Diab†`: equal contribution, the
 * corresponding author; `Zhijing Jin\*`, the star escaped so it opens no emphasis): part of the
 * name as the list writes it, not markup.
 */
export const NAME_MARKS = /(?<=[\p{L}.])(?:\\\*|[*†‡])+(?=,|$|\s+(?:and|&)\s)/gu;
/**
 * A one-word name in parentheses inside a name (`Ting-Hao (Kenneth) Huang`, `Krishnamurthy
 * (Dj)Dvijotham`): the author's own, not an aside of the list's (`Zhiheng Xi (Fudan University)`).
 */
const NICKNAME = /(?<=\p{L}[ \t]?)\(\p{L}[\p{L}.'’-]*\)(?=[ \t]?\p{L})/gu;

/** Names as a list writes them: `A, B and C`, `A, B, and C`, `A; B`, `A et al.` */
function readNames(text: string): { authors: Authors; style: Partial<RunStyle> } | undefined {
  if (/[[\]()<>*_`|]/.test(text.replace(NAME_MARKS, '').replace(NICKNAME, ''))) return undefined;
  const etAl = /^(.*?)(,? )et al\.?$/.exec(text);
  const body = etAl ? etAl[1] : text;
  const style: { -readonly [K in keyof RunStyle]?: RunStyle[K] } = {};
  if (etAl) style.etAlSeparator = etAl[2];
  const last = /^(.*?)(,? and |,? & )([^,;]+)$/.exec(body);
  const head = last ? last[1] : body;
  const separator = /; /.test(head) ? '; ' : ', ';
  const names = head.split(separator).map((name) => name.trim());
  if (names.some((name) => name === '')) return undefined;
  if (last) {
    names.push(last[3].trim());
    style.lastNameSeparator = last[2];
  }
  if (names.length > 1) style.nameSeparator = separator;
  // Two names and a separator alone cannot tell whether the last one is special; three can.
  if (!last && names.length > 2) style.lastNameSeparator = separator;
  const rejoined = joinNames({ names, etAl: !!etAl }, { nameSeparator: separator, ...style });
  return rejoined === text ? { authors: { names, etAl: !!etAl }, style } : undefined;
}

export function joinNames(authors: Authors, style: Partial<RunStyle>): string {
  const { names } = authors;
  const separator = style.nameSeparator ?? ', ';
  const lastSeparator = authors.etAl ? separator : (style.lastNameSeparator ?? separator);
  const joined =
    names.length <= 1
      ? (names[0] ?? '')
      : `${names.slice(0, -1).join(separator)}${lastSeparator}${names[names.length - 1]}`;
  return authors.etAl ? `${joined}${style.etAlSeparator ?? ' '}et al.` : joined;
}

/** A line its editor opens with an HTML line break: a remark of theirs set under the entry. */
const BROKEN_OFF = /^[ \t]*<br[ \t]*\/?>/i;

/**
 * Where the entry's annotation starts: its last lines, from the first that opens with a line break
 * (not the entry's first line), when none holds a field of the entry (its paper link, its
 * run of links: what the reader places is no remark).
 */
function annotationStart(
  source: SourceText,
  entry: Entry,
  replacements: readonly Replacement[],
): number | undefined {
  let start: number | undefined;
  for (let no = recordEnd(entry); no > entry.startLine; no--) {
    if (replacements.some((r) => covers(r, no) && r.text !== '{indent}')) break;
    if (BROKEN_OFF.test(source.lines[no - 1] ?? '')) start = no;
  }
  return start;
}

/**
 * The entry's shape, and the replacements it leaves out (by their text) as overlapping others. Its
 * annotation, from line `annotated` on, is the `{annotation}` run.
 */
function applyReplacements(
  source: SourceText,
  entry: Entry,
  replacements: readonly Replacement[],
  annotated?: number,
): { shape: string; dropped: ReadonlySet<string> } {
  const dropped = new Set<string>();
  const last = annotated === undefined ? recordEnd(entry) : annotated - 1;
  const lines = source.lines.slice(entry.startLine - 1, last);
  // Each line's offset in the record's text: a cut may run over lines (a run of links one per line).
  const starts: number[] = [];
  let offset = 0;
  for (const text of lines) {
    starts.push(offset);
    offset += text.length + 1;
  }
  const at = (no: number, column: number) => starts[no - entry.startLine] + column;
  const cuts = replacements
    .filter((r) => r.line >= entry.startLine && (r.endLine ?? r.line) <= last)
    .map((r) => ({ text: r.text, start: at(r.line, r.start), end: at(r.endLine ?? r.line, r.end) }))
    .sort((a, b) => a.start - b.start);
  const record = lines.join('\n');
  let shape = '';
  let from = 0;
  for (const cut of cuts) {
    // Overlapping cuts (a title link inside a run) keep the first; the entry will not round-trip.
    if (cut.start < from) {
      dropped.add(cut.text);
      continue;
    }
    shape += literal(record.slice(from, cut.start)) + cut.text;
    from = cut.end;
  }
  shape += literal(record.slice(from));
  if (annotated !== undefined) shape += '{annotation}';
  return { shape, dropped };
}
