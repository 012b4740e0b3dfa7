/**
 * Writing "published since" into an entry, in the list's own form. Pure.
 *
 * Until the grammar module owns how an entry is written, this is the one place a venue is
 * rewritten, and only in place: the entry's preprint mark and its year (`Preprint 2022`,
 * `arXiv, 2017`, `(CoRR 2018)`, ```` ```In Arxiv 2018``` ````, `| preprint | 2023 |`) become the
 * venue and year, spelled as the list spells that venue (`Neurips` where it writes `Neurips`), with
 * everything around them (punctuation, markup, code spans, table pipes) as it was. Where the entry's
 * shape leaves any doubt (no preprint mark, two of them, a mark with no year beside it, the old year
 * standing elsewhere in the entry too) there is no edit: the finding is reported without a fix.
 */
import type { Entry } from '../grammar/entry.js';
import type { SourceText } from '../read/text.js';
import type { Fix } from '../check/rules/types.js';
import { knownVenue, type Publication } from './published.js';
import { increment } from '../count.js';

/** How the list writes venues, learned from its own entries. */
export interface VenueStyle {
  /** `venue` as the list writes it, for a paper of `year`. */
  spell(venue: string, year: number): string;
  /** Most of the list's dated papers name a venue (or a preprint mark) beside their year. */
  readonly writesVenues: boolean;
}

export interface VenueEdit {
  readonly fix: Fix;
  /** Where the replaced text starts (1-based). */
  readonly column: number;
  /** The text replaced and its replacement: `Preprint 2022` → `ICLR 2022`. */
  readonly from: string;
  readonly to: string;
}

const MARK = String.raw`(?<![\w-])(?:arxiv preprint|preprint|arxiv|corr)(?![A-Za-z:/.@-])`;
const SEPARATOR = String.raw`[\s,(|*_\`'’-]{0,6}?`;
/** A year, not part of a date (`2023/10`, `2023.10.01`) or a longer number. */
const FULL_YEAR = String.raw`(?<![\d/.-])(?:19|20)\d{2}(?!\d|[/.-]\d)`;
const SHORT_YEAR = String.raw`(?<![\d/.-])\d{2}(?!\d|[/.-]\d)`;
/** `arXiv 2023`, `Preprint, 2022`, `CoRR 2018`, `arXiv(2021)`, `Arxiv 22`. */
const MARK_THEN_YEAR = new RegExp(`(${MARK})(${SEPARATOR})(${FULL_YEAR}|${SHORT_YEAR})`, 'gi');
/** `(2025 arXiv)`: the year first, always written in full. */
const YEAR_THEN_MARK = new RegExp(`(${FULL_YEAR})(${SEPARATOR})(${MARK})`, 'gi');
/** A preprint mark, with a year beside it or not (`arXiv:2505.01458, 2025`, `| arXiv |`). */
const PREPRINT_MARK = /(?<![\w-])(?:arxiv|preprint|corr)(?![A-Za-z/.@-])/i;
const LONE_YEAR = new RegExp(FULL_YEAR, 'g');
/** A word that may be a venue's name: `ICLR`, `Neurips`, also glued to its year (`CVPR2019`). */
const VENUE_WORD = /(?<![\w-])([A-Za-z][A-Za-z-]{1,14})(?![A-Za-z-])/g;

/** A preprint mark with its year beside it, in either order, as written. */
interface PreprintMark {
  readonly index: number;
  readonly whole: string;
  readonly separator: string;
  /** The year as written: `2023`, or `23`. */
  readonly year: string;
  readonly yearFirst: boolean;
}

function preprintMarks(text: string): PreprintMark[] {
  return [
    ...[...text.matchAll(MARK_THEN_YEAR)].map((m) => ({
      index: m.index,
      whole: m[0],
      separator: m[2],
      year: m[3],
      yearFirst: false,
    })),
    ...[...text.matchAll(YEAR_THEN_MARK)].map((m) => ({
      index: m.index,
      whole: m[0],
      separator: m[2],
      year: m[1],
      yearFirst: true,
    })),
  ];
}

/** A year as written, in full: `23` is 2023 (a two-digit year is never more than a year ahead). */
function fullYear(written: string, now = new Date()): number {
  if (written.length === 4) return Number(written);
  const year = 2000 + Number(written);
  return year <= now.getFullYear() + 1 ? year : year - 100;
}

/** The entry's lines from its first to its last, with its title, links and images blanked out (columns kept). */
export function blankedLines(entry: Entry, source: SourceText): { line: number; text: string }[] {
  const spans = [
    { line: entry.title.line, column: entry.title.column, endColumn: entry.title.endColumn },
    ...entry.links,
    ...entry.badges,
  ];
  const out: { line: number; text: string }[] = [];
  for (let line = entry.startLine; line <= entry.endLine; line++) {
    let text = source.lines[line - 1];
    for (const span of spans) {
      if (span.line !== line) continue;
      const start = Math.max(0, span.column - 1);
      const end = Math.min(text.length, span.endColumn - 1);
      if (end > start) text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
    }
    out.push({ line, text });
  }
  return out;
}

interface Occurrence {
  readonly written: string;
  readonly year: number | undefined;
}

/** The spellings of each known venue in the list, with the year beside each when there is one. */
function venueOccurrences(texts: readonly string[]): Map<string, Occurrence[]> {
  const found = new Map<string, Occurrence[]>();
  for (const text of texts) {
    for (const match of text.matchAll(VENUE_WORD)) {
      const venue = knownVenue(match[1]);
      if (!venue) continue;
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 8);
      const year = /^[\s,.'’()|*_`:-]{0,4}((?:19|20)\d{2})/.exec(after)?.[1];
      const list = found.get(venue) ?? [];
      list.push({ written: match[1], year: year === undefined ? undefined : Number(year) });
      found.set(venue, list);
    }
  }
  return found;
}

/**
 * What the entry says of where the paper appeared: a known venue (`named`), a preprint mark
 * (`preprint`), or nothing (`none`). Its title and links are not read for it.
 */
export function venueState(entry: Entry, source: SourceText): 'named' | 'preprint' | 'none' {
  const texts = blankedLines(entry, source).map(({ text }) => text);
  if (texts.some((text) => [...text.matchAll(VENUE_WORD)].some((match) => knownVenue(match[1]))))
    return 'named';
  return texts.some((text) => PREPRINT_MARK.test(text)) ? 'preprint' : 'none';
}

/** How the list writes Findings papers: `Findings of EMNLP`, `EMNLP Findings`, `EMNLP (Findings)`. */
function findingsForm(texts: readonly string[]): (venue: string) => string {
  const forms = new Map<string, number>();
  const count = (form: string) => increment(forms, form);
  for (const text of texts) {
    for (const match of text.matchAll(
      /\b(Findings of(?: the)?) ([A-Za-z]+)\b|\b([A-Za-z]+)([ -]\(?Findings\)?)/gi,
    )) {
      const venue = knownVenue(match[2] ?? match[3]);
      if (!venue) continue;
      count(match[1] !== undefined ? `${match[1]} {}` : `{}${match[4]}`);
    }
  }
  const common = [...forms].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Findings of {}';
  return (venue) => common.replace('{}', venue);
}

/** Years of a paper within which the list's spelling of a venue is taken as current (NIPS became NeurIPS). */
const NEARBY_YEARS = 3;

export function venueStyle(source: SourceText, entries: readonly Entry[]): VenueStyle {
  const papers = entries.filter((entry) => entry.kind === 'paper');
  const texts = papers.flatMap((entry) => blankedLines(entry, source).map(({ text }) => text));
  const occurrences = venueOccurrences(texts);
  const findings = findingsForm(texts);

  const spellPlain = (venue: string, year: number) => {
    const seen = occurrences.get(venue) ?? [];
    const near = seen.filter((o) => o.year !== undefined && Math.abs(o.year - year) <= NEARBY_YEARS);
    const counts = new Map<string, number>();
    for (const { written } of near.length > 0 ? near : seen) increment(counts, written);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? venue;
  };

  const dated = papers.filter((entry) => entry.dated);
  const named = dated.filter((entry) =>
    blankedLines(entry, source).some(({ text }) => {
      if (preprintMarks(text).length > 0) return true;
      return [...text.matchAll(VENUE_WORD)].some((match) => {
        if (!knownVenue(match[1])) return false;
        const after = text.slice(match.index + match[0].length);
        return /^[\s,.'’()|*_`:-]{0,4}(?:19|20)\d{2}/.test(after);
      });
    }),
  );
  return {
    spell(venue, year) {
      const base = /^Findings of (.+)$/.exec(venue);
      return base ? findings(spellPlain(base[1], year)) : spellPlain(venue, year);
    },
    writesVenues: dated.length >= 3 && named.length >= (2 / 3) * dated.length,
  };
}

/**
 * The edit that writes where the paper appeared over the entry's preprint mark, or undefined where
 * the entry's shape does not make it certain.
 */
export function venueEdit(
  entry: Entry,
  publication: Publication,
  context: { readonly source: SourceText; readonly style: VenueStyle },
): VenueEdit | undefined {
  // A title over two lines leaves its second line unblanked: its words could look like a mark.
  if (entry.title.wrapped) return undefined;
  const lines = blankedLines(entry, context.source);
  const marks = lines.flatMap(({ line, text }) => preprintMarks(text).map((mark) => ({ line, mark })));
  if (marks.length !== 1) return undefined;
  const [{ line, mark }] = marks;
  const year = fullYear(mark.year);
  if (year > publication.year) return undefined;
  if (year !== publication.year) {
    // The same year written elsewhere in the entry (a year column, a date) would then disagree.
    const lone = lines.flatMap(({ text }) => text.match(LONE_YEAR) ?? []).filter((y) => Number(y) === year);
    if (lone.length > (mark.year.length === 4 ? 1 : 0)) return undefined;
  }
  const venue = context.style.spell(publication.venue, publication.year);
  const newYear =
    mark.year.length === 4 ? String(publication.year) : String(publication.year % 100).padStart(2, '0');
  const to = mark.yearFirst ? `${newYear}${mark.separator}${venue}` : `${venue}${mark.separator}${newYear}`;
  const text = context.source.lines[line - 1];
  const start = mark.index;
  const whole = mark.whole;
  return {
    fix: { line, endLine: line, replacement: text.slice(0, start) + to + text.slice(start + whole.length) },
    column: start + 1,
    from: whole,
    to,
  };
}
