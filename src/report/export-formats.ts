/**
 * `paperlint export`'s formats: the entries' fields as JSON, CSL-JSON items (Zotero, pandoc,
 * citeproc) and BibTeX. Every value comes from a list anyone can edit, so each format is written so
 * that no title, name or link can break out of its field.
 */
import type { ExportedEntry } from '../grammar/index.js';

export type ExportFormatter = (entries: readonly ExportedEntry[]) => string;

/** `{"entries": [...]}` with every field in the contract's order, absent ones null or []. */
function formatExportJson(entries: readonly ExportedEntry[]): string {
  const fields = entries.map(
    ({ line, endLine, section, title, authors, venue, year, paper, arxiv, links, badges }) => ({
      line,
      endLine,
      section,
      title,
      authors,
      venue,
      year,
      paper,
      arxiv,
      links: links.map(({ label, url }) => ({ label, url })),
      badges,
    }),
  );
  return `${JSON.stringify({ entries: fields }, null, 2)}\n`;
}

/** Where a paper appeared: a venue named (a journal or not), or none (a preprint, or nothing said). */
interface Publication {
  readonly venue: string | null;
  readonly journal: boolean;
}

/** Venues that name no publication but the preprint itself ("arXiv 2023", "Preprint", "CoRR"). */
const PREPRINT_VENUE = /^(?:arxiv|preprint|corr)\b/i;

/** Venue words of journals; any other venue is taken for a conference or workshop. */
const JOURNAL_VENUE =
  /\b(?:journal|transactions|letters|magazine|review)\b|^(?:TPAMI|T-PAMI|JMLR|TACL|TMLR|IJCV|PNAS|Nature|Science|Neurocomputing)\b/i;

function publicationOf(entry: ExportedEntry): Publication {
  const venue = entry.venue?.trim() || null;
  if (venue === null || PREPRINT_VENUE.test(venue)) return { venue: null, journal: false };
  return { venue, journal: JOURNAL_VENUE.test(venue) };
}

/** A person's name in CSL's parts, or kept whole when it does not read as one person's name. */
export type PersonName =
  | { readonly family: string; readonly given?: string; readonly suffix?: string }
  | { readonly literal: string };

/** Lowercase words that belong to the family name that follows (Quentin de Laroussilhe). */
const PARTICLES = new Set('da das de del della den der di dos du la le ten ter van von'.split(' '));

const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;

/** One word of a person's name: letters, with initials' dots, hyphens and apostrophes. */
const NAME_WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u;

/** Words that mark a group, not a person ("The Qwen Team", "Google Research"). */
const GROUP_WORD =
  /^(?:team|lab|labs|group|inc\.?|ltd\.?|university|institute|consortium|collaboration|research)$/i;

/** "et al." and its kin, closing an author list that names only the first few. */
const MORE_AUTHORS = /(?:^|\s+)(?:et\.?\s+al\.?|others|…|\.\.\.)$/i;

/**
 * "Given Family" (particles and a suffix placed) or "Family, Given". A single word, a group, or
 * anything with other characters (digits, "&", a second comma) is kept whole: a wrong split is worse
 * than none, and "and" inside a name would read as two people in BibTeX.
 */
export function splitName(name: string): PersonName {
  const text = name.replace(/\s+/g, ' ').trim();
  const personWords = (words: readonly string[]) =>
    words.length > 0 &&
    words.every((word) => NAME_WORD.test(word) && !/^and$/i.test(word) && !GROUP_WORD.test(word));

  const inverted = /^([^,]+), ([^,]+)$/.exec(text);
  if (inverted) {
    const [family, given] = [inverted[1].split(' '), inverted[2].split(' ')];
    return personWords(family) && personWords(given)
      ? { family: inverted[1], given: inverted[2] }
      : { literal: text };
  }

  const words = text.split(' ');
  if (words.length < 2 || !personWords(words)) return { literal: text };
  const suffix = words.length > 2 && SUFFIX.test(words.at(-1)!) ? words.pop() : undefined;
  let familyStart = words.length - 1;
  while (familyStart > 1 && PARTICLES.has(words[familyStart - 1])) familyStart--;
  return {
    family: words.slice(familyStart).join(' '),
    given: words.slice(0, familyStart).join(' '),
    ...(suffix ? { suffix } : {}),
  };
}

/** The authors as names, and whether the list said there are more ("A, B, et al."). */
function authorsOf(entry: ExportedEntry): { names: PersonName[]; more: boolean } {
  let more = false;
  const names: PersonName[] = [];
  for (const author of entry.authors) {
    if (MORE_AUTHORS.test(author)) more = true;
    const name = author.replace(MORE_AUTHORS, '').trim();
    if (name !== '') names.push(splitName(name));
  }
  return { names, more };
}

/** Words left out of a key's title word, as reference managers do. */
const KEY_STOPWORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'towards']);

/** Plain lowercase letters and digits: "Veličković" reads "velickovic". */
function keyText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The first author's family name, the year and the title's first word: "vaswani2017attention". */
function slugOf(entry: ExportedEntry): string {
  const first = authorsOf(entry).names[0];
  const person = first === undefined ? '' : 'family' in first ? first.family : first.literal.split(' ')[0];
  const word =
    (entry.title ?? '')
      .split(/[\s\-:,.]+/)
      .map(keyText)
      .find((w) => w !== '' && !KEY_STOPWORDS.has(w)) ?? '';
  const year = /^\d{4}$/.test(entry.year ?? '') ? entry.year : '';
  return `${keyText(person)}${year}${word}` || 'entry';
}

/**
 * One key per entry, the same each time the list is exported: the arXiv id, else a slug of first
 * author, year and title word; a key already taken gets -2, -3, ... in list order.
 */
export function citationKeys(entries: readonly ExportedEntry[]): string[] {
  const taken = new Set<string>();
  return entries.map((entry) => {
    const base = entry.arxiv ?? slugOf(entry);
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
    taken.add(key);
    return key;
  });
}

/** CSL-JSON's date of a year; a year that is not four digits is passed on as written. */
function issuedOf(year: string): { 'date-parts': number[][] } | { literal: string } {
  return /^\d{4}$/.test(year) ? { 'date-parts': [[Number(year)]] } : { literal: year };
}

function cslItem(entry: ExportedEntry, id: string): Record<string, unknown> {
  const { venue, journal } = publicationOf(entry);
  const { names } = authorsOf(entry);
  const arxiv = entry.arxiv;
  return {
    id,
    type: venue === null ? 'article' : journal ? 'article-journal' : 'paper-conference',
    ...(entry.title !== null ? { title: entry.title } : {}),
    ...(names.length > 0 ? { author: names } : {}),
    ...(entry.year !== null ? { issued: issuedOf(entry.year) } : {}),
    ...(venue !== null ? { 'container-title': venue } : {}),
    ...(entry.paper !== null ? { URL: entry.paper } : {}),
    // A preprint is published by arXiv under its id; a paper published elsewhere notes its preprint.
    ...(arxiv === null
      ? {}
      : venue === null
        ? { number: arxiv, publisher: 'arXiv' }
        : { note: `arXiv:${arxiv}` }),
  };
}

function formatCslJson(entries: readonly ExportedEntry[]): string {
  const ids = citationKeys(entries);
  return `${JSON.stringify(
    entries.map((entry, i) => cslItem(entry, ids[i])),
    null,
    2,
  )}\n`;
}

/**
 * LaTeX's specials as commands. Braces become \textbraceleft{} and \textbraceright{}, not \{ and
 * \}: BibTeX counts every brace, escaped or not, so only these keep a field's braces balanced.
 */
const BIBTEX_SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text as the inside of a braced BibTeX value: specials escaped, line breaks as spaces. */
function bibtexText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}%&$#_~^]/g, (special) => BIBTEX_SPECIALS[special]);
}

/**
 * A URL as a BibTeX value. The url field is read verbatim (no LaTeX escapes), so what could end the
 * value or unbalance it, braces, backslashes and spaces, is percent-encoded: the same URL to a browser.
 */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (ch) => encodeURIComponent(ch));
}

/** One BibTeX name: "Family, Given" (the von part and suffix placed), a group braced whole. */
function bibtexName(name: PersonName): string {
  if ('literal' in name) return `{${bibtexText(name.literal)}}`;
  return [name.family, name.suffix, name.given]
    .filter((part) => part !== undefined)
    .map(bibtexText)
    .join(', ');
}

function bibtexEntry(entry: ExportedEntry, key: string): string {
  const { venue, journal } = publicationOf(entry);
  const { names, more } = authorsOf(entry);
  const authors = [...names.map(bibtexName), ...(more ? ['others'] : [])];
  const fields: [string, string][] = [];
  // Doubled braces keep the title's capitals (BERT, LoRA) from a style's lowercasing.
  if (entry.title !== null) fields.push(['title', `{${bibtexText(entry.title)}}`]);
  if (authors.length > 0) fields.push(['author', authors.join(' and ')]);
  if (venue !== null) fields.push([journal ? 'journal' : 'booktitle', bibtexText(venue)]);
  if (entry.year !== null) fields.push(['year', bibtexText(entry.year)]);
  if (entry.arxiv !== null) fields.push(['eprint', bibtexText(entry.arxiv)], ['archivePrefix', 'arXiv']);
  if (entry.paper !== null) fields.push(['url', bibtexUrl(entry.paper)]);
  const type = venue === null ? 'misc' : journal ? 'article' : 'inproceedings';
  return [`@${type}{${key},`, ...fields.map(([name, value]) => `  ${name} = {${value}},`), '}'].join('\n');
}

function formatBibtex(entries: readonly ExportedEntry[]): string {
  const keys = citationKeys(entries);
  return entries.map((entry, i) => `${bibtexEntry(entry, keys[i])}\n`).join('\n');
}

/** The --format choices of `paperlint export`. */
export const EXPORT_FORMATS: Readonly<Record<string, ExportFormatter>> = {
  json: formatExportJson,
  'csl-json': formatCslJson,
  bibtex: formatBibtex,
};
