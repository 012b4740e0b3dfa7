/**
 * The grammar's public face: a list's paper entries read into fields (for `export`), the round trip
 * of every entry through its template, and the add round trip (an entry removed and written back
 * from a record of its own fields, as `add` writes it).
 */
import { parseEntry, type Entry } from './entry.js';
import { isPaperLink, parseArxivUrl } from '../read/links.js';
import { frameOf } from './frame.js';
import {
  learnGrammar,
  readEntry,
  renderThrough,
  roundTrip as entriesRoundTrip,
  valuesFor,
  type EntryTemplate,
  type Grammar,
  type RoundTrip,
  type RoundTripMiss,
} from './grammar.js';
import { findPaperList, type SectionFilter } from './list.js';
import {
  dateForm,
  learnWriting,
  markOf,
  namedDate,
  NAMES_LEAD,
  nestingIn,
  notePlaces,
  UnwritableEntry,
  writeNewEntry,
  type NewPaper,
} from './write.js';
import { venueDate } from './dates.js';
import { cutEntry, entryText, NAME_MARKS, type SlotValues } from './template.js';
import { entryReader } from '../read/reader.js';
import { segment, type ItemBlock } from '../read/segment.js';
import { toSource, type SourceText } from '../read/text.js';

export interface ExportedEntry {
  readonly line: number;
  readonly endLine: number;
  readonly section: readonly string[];
  readonly title: string | null;
  readonly authors: readonly string[];
  readonly venue: string | null;
  readonly year: string | null;
  /** The paper's own URL: the title's link when it is the paper, else the first paper link. */
  readonly paper: string | null;
  /** The arXiv id, without version. */
  readonly arxiv: string | null;
  readonly links: readonly { readonly label: string; readonly url: string }[];
  readonly badges: readonly string[];
}

export interface ReadList {
  readonly source: SourceText;
  readonly papers: readonly Entry[];
  /** Each paper's item block, in the same order: where it stands in the list. */
  readonly blocks: readonly ItemBlock[];
  readonly grammar: Grammar;
}

/** Every paper entry of a list, read as GitHub renders it, and the grammar learned from them. */
export async function readList(text: string, sections?: SectionFilter): Promise<ReadList> {
  const source = toSource(text);
  const segments = segment(source);
  const list = findPaperList(source, segments, sections);
  const reader = entryReader(source, segments.definitions);
  const papers: Entry[] = [];
  const blocks: ItemBlock[] = [];
  for (const block of list.entries) {
    const entry = parseEntry(source, block, await reader.view(block));
    if (entry.kind === 'paper') {
      papers.push(entry);
      blocks.push(block);
    }
  }
  const grammar = learnGrammar(source, papers);
  let reread = false;
  for (const [at, entry] of papers.entries()) {
    const template = grammar.templateFor(entry);
    if (!template || !cutAtComma(entry) || follows(source, template, entry)) continue;
    const whole = parseEntry(source, blocks[at], await reader.view(blocks[at]), { plainTitleToLinks: true });
    if (whole.kind === 'paper' && follows(source, template, whole)) {
      papers[at] = whole;
      reread = true;
    }
  }
  return { source, papers, blocks, grammar: reread ? learnGrammar(source, papers) : grammar };
}

/**
 * A plain title the reader ended at a comma, before words that are no venue (no year) nor authors'
 * names ("et al."): `Language, Images, and Point Clouds for 3D Understanding` may be the title's own.
 * A comma inside brackets (`(ICML 2024, Mamba-2) Title`) is a tag's, not a title's.
 */
function cutAtComma(entry: Entry): boolean {
  const { title, venue } = entry;
  const count = (mark: string) => title.text.split(mark).length - 1;
  return (
    !title.bold &&
    title.url === undefined &&
    title.punctuation === ',' &&
    count('(') === count(')') &&
    count('[') === count(']') &&
    !YEAR_IN.test(venue) &&
    !/\bet al\b/.test(venue) &&
    words(venue) >= TITLE_AFTER_COMMA_WORDS
  );
}
/** A word alone after a comma may be a venue (`Title, CVPR`); `Large, Sparse Models` goes on. */
const TITLE_AFTER_COMMA_WORDS = 2;

/**
 * Whether an entry, as read, renders back byte for byte through its scope's template. An entry that
 * does only with its plain title read to its links, commas and all, is read so: its list writes
 * nothing between title and links, and a reader who knows the list reads it that way (the few
 * other entries with a comma in their titles make a form of their own that the cut reading fits).
 */
function follows(source: SourceText, template: EntryTemplate, entry: Entry): boolean {
  const cut = cutEntry(source, entry);
  return (
    frameOf(cut.shape).key === frameOf(template.shape).key &&
    renderThrough(template, valuesFor(template, cut)) === entryText(source, entry)
  );
}

/** `ICLR 2022`, `arXiv, 2023`, `2019`: the venue and the year of a `{when}`. */
const VENUE_YEAR = /^(.*?)[\s,'’(]*((?:19|20)\d{2})\)?$/;
/** `2023 arXiv`, `2018 - WWW`: the year before the venue. */
const YEAR_VENUE = /^((?:19|20)\d{2})[\s,|–—-]+(\D.*)$/;
/**
 * `ICLR'23`, `ACMMM22`: a venue and the year's last two digits (the `{venue}'{yy}` form `add` writes).
 * Two digits set apart by a space are a number (`SSW 11`, the eleventh workshop).
 */
const VENUE_SHORT_YEAR = /^(.*?\p{L})['’]?(\d{2})$/u;
/** Two-digit years above this are of the last century (`CVPR'98`). */
const LAST_CENTURY_AFTER = 50;
/** The venue and the year of a `{when}`, in either order. */
function venueAndYear(text: string): { venue: string; year: string } | undefined {
  const dated = venueDate(text);
  if (dated) return { venue: dated.venue, year: YEAR_IN.exec(dated.date)![0] };
  const venueFirst = VENUE_YEAR.exec(text);
  if (venueFirst) return { venue: venueFirst[1], year: venueFirst[2] };
  const shortYear = VENUE_SHORT_YEAR.exec(text);
  if (shortYear) {
    const century = Number(shortYear[2]) > LAST_CENTURY_AFTER ? '19' : '20';
    return { venue: shortYear[1], year: century + shortYear[2] };
  }
  const yearFirst = YEAR_VENUE.exec(text);
  return yearFirst ? { venue: yearFirst[2], year: yearFirst[1] } : undefined;
}
const VENUE_WORDS = 8;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const YEAR_IN = /\b(?:19|20)\d{2}\b/;
/**
 * A year that words qualify (`EMNLP 2025 Findings`, `NeurIPS 2023 Workshop`, `ACL 2022 (Findings)`):
 * the venue names it.
 */
const QUALIFIED_YEAR = /\b((?:19|20)\d{2})\s+\(?\p{L}/u;

/** A name written surname first: `Kingma, D. P.`, the comma inside the name. */
const SURNAME_FIRST = /^[^,]+, \p{Lu}\.(?:[ -]?\p{Lu}\.)*(?:,|$| and | &)/u;

/** The names of a `{names}` text: `A, B and C`, `A et al.`, `Kingma, D. P., & Ba, J.` */
function namesIn(text: string | undefined): string[] {
  if (!text) return [];
  const listed = text.replace(NAMES_LEAD, '').replace(/,?\s*et al\.?$/, '');
  // `Jiang, Yingying and Zhu, Xiangyu`: names joined by "and", each written surname, comma, given name.
  const byAnd = listed.split(/\s+and\s+/);
  if (byAnd.length > 1 && byAnd.every((name) => /^[^,]+, [^,]+$/.test(name.trim()))) {
    return byAnd.map((name) => name.trim());
  }
  // Surname first, names part at the commas after initials only.
  const between = SURNAME_FIRST.test(listed)
    ? /(?<=\.),\s*(?:&\s*|and\s+)?|\s+(?:&|and)\s+/
    : /\s*(?:;|,\s*and\s|\sand\s|,\s*&\s|\s&\s)\s*|,\s+(?=\S+\s)/;
  return listed
    .split(between)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** An entry's `{when}` texts, in its template's order: `{when}`, `{when2}`… */
const whensOf = (values: SlotValues) =>
  Object.entries(values.text ?? {}).flatMap(([slot, text]) => (/^when\d*$/.test(slot) ? [text] : []));

const whenOf = (values: SlotValues) =>
  values.text?.when === undefined ? undefined : venueAndYear(values.text.when);

/**
 * The venue of a `{when}` text: `ICLR` of `ICLR 2022`, all of a text with no year (`IEEE Access`) or
 * with a year words qualify (`EMNLP 2025 Findings`).
 */
function venueOfWhen(text: string): string | undefined {
  const when = venueAndYear(text);
  if (!when) return (YEAR_IN.test(text) && !QUALIFIED_YEAR.test(text)) || text === '' ? undefined : text;
  return when.venue !== '' ? when.venue : undefined;
}

/**
 * The venue an entry's template places: its `{venue}`, or the venue of its first `{when}` that
 * names one (a table may give the year alone before the venue and year).
 */
function placedVenue(values: SlotValues): string | undefined {
  if (values.venue !== undefined) return values.venue;
  return whensOf(values)
    .map(venueOfWhen)
    .find((venue) => venue !== undefined);
}

/** An entry's slot values, read through its template when it has one. */
function entryValues(source: SourceText, grammar: Grammar, entry: Entry): SlotValues {
  const { cut, template } = readEntry(source, grammar, entry);
  return template ? valuesFor(template, cut) : cut.values;
}

/** The fields of one paper entry, for `export`: what its template places, and what the reader found. */
export function exportedFields(
  source: SourceText,
  grammar: Grammar,
  entry: Entry,
  values = entryValues(source, grammar, entry),
): ExportedEntry {
  const when = whenOf(values);
  const dated = values.text?.date === undefined ? undefined : YEAR_IN.exec(values.text.date)?.[0];
  const paperLink =
    entry.links.find((link) => link.isTitle && isPaperLink(link)) ?? entry.links.find(isPaperLink);
  const qualified = values.text?.when === undefined ? undefined : QUALIFIED_YEAR.exec(values.text.when)?.[1];
  // A year in what stands before the title (`(NeurIPS 2024) [Title](…)`, `arXiv 2023.04, Title`)
  // dates the entry where no slot places one.
  const before = entry.title.prefixed
    ? YEAR_IN.exec(source.lines[entry.title.line - 1].slice(0, entry.title.column - 1))?.[0]
    : undefined;
  const year = values.year ?? when?.year ?? qualified ?? dated ?? entry.year ?? before ?? null;
  const venue =
    placedVenue(values) ??
    // What follows a title is a venue when it is short; a sentence after it is an annotation.
    (entry.venue !== '' && entry.venue !== year && words(entry.venue) <= VENUE_WORDS ? entry.venue : null);
  return {
    line: entry.startLine,
    endLine: entry.endLine,
    section: entry.section,
    title: entry.title.text === '' ? null : entry.title.text,
    // A name as the paper gives it: without the list's marks (`Zhijing Jin*`).
    authors: (values.authors?.names ?? namesIn(values.text?.names)).map((name) =>
      name.replace(NAME_MARKS, ''),
    ),
    venue,
    year,
    paper: paperLink?.url ?? null,
    arxiv: entry.arxivIds[0] ?? null,
    links: entry.links.filter((link) => !link.isTitle).map(({ label, url }) => ({ label, url })),
    badges: entry.badges.map((badge) => badge.label),
  };
}

export async function exportEntries(text: string, sections?: SectionFilter): Promise<ExportedEntry[]> {
  const { source, papers, grammar } = await readList(text, sections);
  return papers.map((entry) => exportedFields(source, grammar, entry));
}

export async function roundTrip(text: string, sections?: SectionFilter): Promise<RoundTrip> {
  const { source, papers, grammar } = await readList(text, sections);
  return entriesRoundTrip(source, grammar, papers);
}

/** Text as it renders: a backslash before punctuation shows the punctuation alone. */
const unescaped = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** A date as the list writes it (`2024/06/05`, `2024.06`, `6/2024`), as an ISO date. */
function isoDate(text: string | undefined): string | undefined {
  const numbers = text?.match(/\d+/g);
  const year = numbers?.find((n) => n.length === 4);
  if (!numbers || !year) return undefined;
  const [month = '01', day = '01'] = numbers.filter((n) => n !== year).map((n) => n.padStart(2, '0'));
  return `${year}-${month}-${day}`;
}

/** An entry's own words at its form's varying constants, keyed by the constants' usual words. */
function usualWords(
  form: EntryTemplate | undefined,
  wording: Readonly<Record<number, string>>,
): Record<string, string> | undefined {
  const constants = form ? frameOf(form.shape).parts.filter((part) => part.kind !== 'fixed') : [];
  return Object.fromEntries(
    Object.entries(wording).flatMap(([index, words]) => {
      const constant = constants[Number(index)];
      return constant?.kind === 'core' ? [[constant.text, words]] : [];
    }),
  );
}

/**
 * For each entry with an arXiv link: write it back as `add` would, from a record of its own fields
 * (title, names, venue, year, date, links, badges, the notes its editor wrote), and compare. The
 * grammar is learned once from the whole list: one entry of hundreds does not move a template, and
 * relearning per entry would cost a list per entry.
 */
export async function addRoundTrip(text: string, sections?: SectionFilter): Promise<RoundTrip> {
  const { source, papers, blocks, grammar } = await readList(text, sections);
  const writing = learnWriting(source, grammar, papers);
  const inSection = new Map<string, ItemBlock[]>();
  papers.forEach((entry, at) => {
    const key = entry.section.join('\u0000');
    inSection
      .set(key, inSection.get(key) ?? [])
      .get(key)!
      .push(blocks[at]);
  });
  let tried = 0;
  let identical = 0;
  const misses: RoundTripMiss[] = [];
  for (const [at, entry] of papers.entries()) {
    const arxivLink = entry.links.find((link) => parseArxivUrl(link.url) !== undefined);
    const arxiv = arxivLink && parseArxivUrl(arxivLink.url);
    if (!arxiv) continue;
    tried++;
    const template = grammar.templateFor(entry);
    const values = template ? entryValues(source, grammar, entry) : undefined;
    const fields = exportedFields(source, grammar, entry, values);
    const form = template && readEntry(source, grammar, entry).template;
    // The words its editor wrote where only an editor can: what a contributor would type in.
    const notes = Object.fromEntries(
      [...(form ? notePlaces(form) : [])].flatMap(([slot, place]) => {
        const words = values?.text?.[slot];
        return words === undefined ? [] : [[place, words]];
      }),
    );
    const paper: NewPaper = {
      id: arxiv.id,
      version: arxiv.version,
      // The link a contributor would paste: `add` takes an arXiv id or URL.
      url: arxivLink.url,
      title: entry.title.text,
      // An entry that names the first authors only stands for a record with at least two more:
      // "et al.", and others.
      authors: [
        // A name as the paper gives it: `Changan Chen\\*` in the list is `Changan Chen*` on the paper.
        ...(values?.authors?.names.map(unescaped) ?? fields.authors),
        ...(values?.authors?.etAl || /et al\.?$/.test(values?.text?.names ?? '') ? ['…', '…'] : []),
      ],
      // The venue its template places: words the reader took for one where the template has no
      // venue are not a field a contributor would give.
      venue: values ? placedVenue(values) : undefined,
      year: fields.year ?? undefined,
      // The date its `{date}` gives, or a `{when}` that gives one (`2021-01`, by its month's name).
      date:
        isoDate(values?.text?.date) ??
        Object.entries(values?.text ?? {}).flatMap(([slot, text]) =>
          slot.startsWith('when')
            ? ((dateForm(text) && isoDate(text)) ??
              isoDate(venueDate(text)?.date) ??
              namedDate(text)?.iso ??
              [])
            : [],
        )[0],
      links: values?.links ?? [],
      badges: values?.badges ?? [],
      n: values?.n,
      notes,
      rewords: values?.wording && usualWords(form, values.wording),
      section: entry.section,
      // The marks its editor gave it: what its form adds to another form of its scope.
      marks:
        template && form
          ? [
              ...new Set(
                grammar
                  .formsToWrite(template, {
                    links: (values?.links ?? []).length > 0,
                    badges: (values?.badges ?? []).length > 0,
                  })
                  .flatMap((other) => markOf(form, other) || []),
              ),
            ]
          : undefined,
      // Added back where it was: in its topic, if it sat in one.
      nesting: nestingIn(source, blocks[at], inSection.get(entry.section.join('\u0000')) ?? []),
      // Its neighbours are the entries around it (its own separators, where it is, are not theirs).
      line: entry.startLine,
    };
    const original = entryText(source, entry);
    let rendered = '';
    let refusal: string | undefined;
    try {
      if (template) {
        const written = writeNewEntry(template, grammar, writing, paper);
        rendered = renderThrough(written.template, written.values);
      }
    } catch (error) {
      if (!(error instanceof UnwritableEntry)) throw error;
      refusal = error.message;
    }
    if (rendered === original) identical++;
    else misses.push({ line: entry.startLine, source: original, rendered, ...(refusal ? { refusal } : {}) });
  }
  return { entries: tried, identical, misses };
}

export type { Grammar, RoundTrip };
