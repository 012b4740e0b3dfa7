/**
 * What paperlint knows of a paper from arXiv, and how an entry's title is compared with it. Pure:
 * the rule and `paperlint add` use it; only src/arxiv/client.ts talks to arXiv.
 */
import { normaliseTitle } from '../grammar/entry.js';

export interface PaperRecord {
  /** Without version, lower case: `2106.09685`, `cs/0112017`. */
  readonly id: string;
  /** The latest version, like `v2`. */
  readonly version: string;
  /** As arXiv has it, runs of whitespace (its hard wrapping) collapsed. */
  readonly title: string;
  readonly authors: readonly string[];
  /** First submission (v1), ISO 8601. */
  readonly published: string;
  readonly journalRef?: string;
  readonly comment?: string;
  /** The DOI the authors gave arXiv for where the paper appeared (`arxiv:doi`). */
  readonly doi?: string;
  /** When the latest version was submitted, ISO 8601. */
  readonly updated?: string;
}

/**
 * The records of some arXiv ids. A record is `null` when arXiv answered and has no such paper; an
 * id is absent from the map when it could not be asked (arXiv unreachable): never a finding.
 */
export type PaperLookup = (ids: readonly string[]) => Promise<ReadonlyMap<string, PaperRecord | null>>;

/**
 * The id arXiv answers under: an old-style id's subject class is not part of it
 * (`math.GT/0309136` is `math/0309136`).
 */
export function canonicalArxivId(id: string): string {
  return id.toLowerCase().replace(/^([a-z-]+)\.[a-z]{2}\//, '$1/');
}

/** The archives that numbered papers the old way (`hep-th/9901001`), until March 2007: a closed list. */
const OLD_STYLE_ARCHIVES = new Set([
  'acc-phys',
  'adap-org',
  'alg-geom',
  'ao-sci',
  'astro-ph',
  'atom-ph',
  'bayes-an',
  'chao-dyn',
  'chem-ph',
  'cmp-lg',
  'comp-gas',
  'cond-mat',
  'cs',
  'dg-ga',
  'funct-an',
  'gr-qc',
  'hep-ex',
  'hep-lat',
  'hep-ph',
  'hep-th',
  'math',
  'math-ph',
  'mtrl-th',
  'nlin',
  'nucl-ex',
  'nucl-th',
  'patt-sol',
  'physics',
  'plasm-ph',
  'q-alg',
  'q-bio',
  'quant-ph',
  'solv-int',
  'supr-con',
  'test',
]);

/**
 * Whether a canonical id can name an arXiv paper at all, by arXiv's identifier scheme
 * (https://info.arxiv.org/help/arxiv_identifier.html) and no stricter than arXiv's own reader of
 * ids: new style from 0704 on, old style from 1991 to 0703 in an archive of the time; months 01-12;
 * number not zero. An id that cannot is never sent: arXiv would refuse it, one request each.
 */
export function isArxivId(id: string): boolean {
  const newStyle = /^(\d\d)(\d\d)\.(\d{4,5})$/.exec(id);
  if (newStyle) {
    const [year, month, number] = newStyle.slice(1).map(Number);
    return validMonth(month) && number > 0 && (year > 7 || (year === 7 && month >= 4));
  }
  const oldStyle = /^([a-z-]+)\/(\d\d)(\d\d)(\d{3})$/.exec(id);
  if (!oldStyle || !OLD_STYLE_ARCHIVES.has(oldStyle[1])) return false;
  const [year, month, number] = oldStyle.slice(2).map(Number);
  const inRange = year >= 91 || year < 7 || (year === 7 && month <= 3);
  return validMonth(month) && number > 0 && inRange;
}

const validMonth = (month: number) => month >= 1 && month <= 12;

/**
 * A title with its TeX reduced to the letters it prints: `$\mathcal{Y}$-Tuning` reads `Y-Tuning`,
 * `\emph{Fast}` reads `Fast`, `Sch\"{u}tze` reads `Schutze`, `--` a dash. Then case, accents,
 * punctuation and spacing are folded as for duplicates.
 */
export function comparableTitle(title: string): string {
  const detexed = title
    .replace(/\\[^a-zA-Z\s]/g, '') // accent commands: \" \' \` \^ \~ \=
    .replace(/\\(?:emph|text[a-z]*|math[a-z]*|mbox|bf|it|rm|sc|tt)\b\s*/g, '')
    .replace(/\\([a-zA-Z]+)/g, '$1') // \alpha reads alpha
    .replace(/[{}$^_]/g, '');
  return normaliseTitle(detexed);
}

/**
 * How an entry's title stands to the record's. `close`: the same title but for a typo, a word, or
 * text around it. `different`: little in common. `unsure`: in between, where titles alone cannot
 * tell a renamed paper from a neighbour with a similar name.
 */
export type TitleMatch = 'same' | 'close' | 'unsure' | 'different';

/**
 * Thresholds measured on the 16 real lists (bench/arxiv-titles.mjs, figures in
 * docs/rules/arxiv-metadata.md): of 1,050 pairs of an entry and the most similar other paper of its
 * own list, none is close and 949 fall under both DIFFERENT limits; typo fixes in the lists' history
 * are close.
 */
const CLOSE_CHARACTERS = 0.9;
const DIFFERENT_CHARACTERS = 0.75;
const DIFFERENT_WORDS = 0.5;
const CONTAINED_SHARE = 2 / 3;

export function compareTitles(written: string, recorded: string): TitleMatch {
  const a = comparableTitle(written);
  const b = comparableTitle(recorded);
  if (a === b || a.replace(/ /g, '') === b.replace(/ /g, '')) return 'same';
  if (a === '' || b === '') return 'different';
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  // One title starting or ending the other, most of it (a subtitle cut, a note added), is the same.
  const contained =
    shorter.length >= CONTAINED_SHARE * longer.length &&
    (longer.startsWith(`${shorter} `) || longer.endsWith(` ${shorter}`));
  // The edit distance is at least the difference in length: titles far apart in length need no
  // O(n·m) comparison (a 100,000-character "title" in a hostile PR).
  const longest = Math.max(a.length, b.length);
  const atMost = 1 - (longest - shorter.length) / longest;
  const characters = atMost < DIFFERENT_CHARACTERS ? atMost : characterSimilarity(a, b);
  if (contained || characters >= CLOSE_CHARACTERS) return 'close';
  return characters < DIFFERENT_CHARACTERS && wordSimilarity(a, b) < DIFFERENT_WORDS ? 'different' : 'unsure';
}

/** 1 - edit distance / length: forgives typos, not a word swapped for another. */
export function characterSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/** Shared words over all words (Jaccard). */
export function wordSimilarity(a: string, b: string): number {
  const wordsA = new Set(a.split(' '));
  const wordsB = new Set(b.split(' '));
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  return shared / (wordsA.size + wordsB.size - shared);
}

/** Levenshtein distance, two rows; titles are short. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

const NAME_SUFFIX = /^(jr|sr|ii|iii|iv|v)\.?$/i;

/** The family name of an author as arXiv writes them (`Robert L. Logan IV` is `Logan`). */
export function surname(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && NAME_SUFFIX.test(words[words.length - 1])) words.pop();
  return words[words.length - 1] ?? '';
}

/** Whether an author line names this person (by family name, any case or accent). */
export function namesAuthor(authorLine: string, name: string): boolean {
  const family = normaliseTitle(surname(name));
  if (family === '') return true;
  return ` ${normaliseTitle(authorLine)} `.includes(` ${family} `);
}

/** Whether an author line starts with the record's first author (the first name before a comma). */
export function writesFirstAuthor(authorLine: string, record: PaperRecord): boolean {
  const first = record.authors[0];
  if (first === undefined) return false;
  const written = authorLine.replace(/^[\s*_]+/, '').split(/,|;|\band\b/)[0];
  return namesAuthor(written, first);
}

/** Venues whose names lists write as they are; found in a record's journal reference or comment. */
export const VENUES = [
  'ACL',
  'EMNLP',
  'NAACL',
  'EACL',
  'AACL',
  'COLING',
  'CoNLL',
  'TACL',
  'NeurIPS',
  'ICML',
  'ICLR',
  'COLM',
  'AAAI',
  'IJCAI',
  'CVPR',
  'ICCV',
  'ECCV',
  'KDD',
  'WWW',
  'SIGIR',
  'WSDM',
  'CIKM',
  'ICDM',
  'ICASSP',
  'INTERSPEECH',
  'LREC',
  'UAI',
  'AISTATS',
  'JMLR',
  'TMLR',
  'TPAMI',
];
const VENUE = new RegExp(
  String.raw`\b(${VENUES.join('|')}|NIPS|Neurips)\b[^0-9\n]{0,20}?\b((?:19|20)\d{2})\b`,
);
/** A comment that names a venue without the paper being in it. */
const NOT_ACCEPTED = /submitted|under review|in submission|workshop|rejected/i;

/** `ACL 2023` (or `Findings of EMNLP 2023`) when the record names where the paper appeared. */
export function venueOf(record: PaperRecord): string | undefined {
  for (const text of [record.journalRef, record.comment]) {
    const venue = text === undefined ? undefined : venueIn(text);
    if (venue) return venue;
  }
  return undefined;
}

/** `ACL 2023` (or `Findings of EMNLP 2023`) when a journal reference or comment names where a paper appeared. */
export function venueIn(text: string): string | undefined {
  if (NOT_ACCEPTED.test(text)) return undefined;
  const match = VENUE.exec(text);
  if (!match) return undefined;
  const venue = /^(NIPS|Neurips)$/.test(match[1]) ? 'NeurIPS' : match[1];
  return `${/\bfindings\b/i.test(text) ? 'Findings of ' : ''}${venue} ${match[2]}`;
}

/**
 * Whether arXiv's latest version withdraws the paper: its comment says so, as arXiv's withdrawal
 * form writes it (`This paper has been withdrawn by the author`) or in one word (`Withdrawn`).
 */
export function isWithdrawn(record: PaperRecord): boolean {
  const comment = record.comment ?? '';
  return (
    /^\W*withdrawn\b/i.test(comment) ||
    /\b(?:paper|article|submission|manuscript|work) (?:has been|is) withdrawn\b/i.test(comment) ||
    /\bwithdrawn by (?:the|its) authors?\b/i.test(comment)
  );
}
