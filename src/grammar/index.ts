/**
 * The grammar's public face: a list's paper entries read into fields (for `export`), the round trip
 * of every entry through its template, and the add round trip (an entry removed and written back
 * from a record of its own fields, as `add` writes it).
 */
import { isPaperLink, parseArxivUrl, parseEntry, type Entry } from './entry.js';
import {
  learnGrammar,
  renderThrough,
  roundTrip as entriesRoundTrip,
  valuesFor,
  type Grammar,
  type RoundTrip,
} from './grammar.js';
import { findPaperList, type SectionFilter } from './list.js';
import { newEntryValues, type NewPaper } from './write.js';
import { cutEntry, entryText } from './template.js';
import { entryReader } from '../read/reader.js';
import { segment } from '../read/segment.js';
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
  readonly grammar: Grammar;
}

/** Every paper entry of a list, read as GitHub renders it, and the grammar learned from them. */
export async function readList(text: string, sections?: SectionFilter): Promise<ReadList> {
  const source = toSource(text);
  const list = findPaperList(source, segment(source), sections);
  const reader = entryReader(source);
  const papers: Entry[] = [];
  for (const block of list.entries) {
    const entry = parseEntry(source, block, await reader.view(block));
    if (entry.kind === 'paper') papers.push(entry);
  }
  return { source, papers, grammar: learnGrammar(source, papers) };
}

/** `ICLR 2022`, `arXiv, 2023`, `2019`: the venue and the year of a `{when}`. */
const VENUE_YEAR = /^(.*?)[\s,'’(]*((?:19|20)\d{2})\)?$/;
const YEAR_IN = /\b(?:19|20)\d{2}\b/;

/** The names of a `{names}` text: `A, B and C`, `A et al.` */
function namesIn(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .replace(/,?\s*et al\.?$/, '')
    .split(/\s*(?:;|,\s*and\s|\sand\s|,\s*&\s|\s&\s)\s*|,\s+(?=\S+\s)/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** The fields of one paper entry, for `export`: what its template places, and what the reader found. */
export function exportedFields(source: SourceText, grammar: Grammar, entry: Entry): ExportedEntry {
  const cut = cutEntry(source, entry);
  const template = grammar.templateFor(entry);
  const values = template ? valuesFor(template, cut) : cut.values;
  const when = values.text?.when === undefined ? undefined : VENUE_YEAR.exec(values.text.when);
  const dated = values.text?.date === undefined ? undefined : YEAR_IN.exec(values.text.date)?.[0];
  const paperLink =
    entry.links.find((link) => link.isTitle && isPaperLink(link)) ?? entry.links.find(isPaperLink);
  const year = values.year ?? when?.[2] ?? dated ?? entry.year ?? null;
  const venue =
    values.venue ??
    (when && when[1] !== '' ? when[1] : null) ??
    (entry.venue !== '' && entry.venue !== year ? entry.venue : null);
  return {
    line: entry.startLine,
    endLine: entry.endLine,
    section: entry.section,
    title: entry.title.text === '' ? null : entry.title.text,
    authors: values.authors?.names ?? namesIn(values.text?.names),
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

/**
 * For each entry with an arXiv link: learn the grammar without it, write it back from a record of
 * its own fields as `add` would, and compare. The grammar is learned once from the whole list: one
 * entry of hundreds does not move a template, and relearning per entry would cost a list per entry.
 */
export async function addRoundTrip(text: string, sections?: SectionFilter): Promise<RoundTrip> {
  const { source, papers, grammar } = await readList(text, sections);
  let tried = 0;
  let identical = 0;
  const misses: { line: number; source: string; rendered: string }[] = [];
  for (const entry of papers) {
    const arxiv = entry.links.map((link) => parseArxivUrl(link.url)).find((url) => url !== undefined);
    if (!arxiv) continue;
    tried++;
    const template = grammar.templateFor(entry);
    const { values } = cutEntry(source, entry);
    const paper: NewPaper = {
      id: arxiv.id,
      version: arxiv.version,
      title: entry.title.text,
      authors: values.authors?.names ?? namesIn(values.text?.names),
      venue: values.venue,
      year: values.year ?? entry.year,
      links: values.links,
      badges: values.badges,
      n: values.n,
    };
    const original = entryText(source, entry);
    const rendered = template ? renderThrough(template, newEntryValues(grammar, paper)) : '';
    if (rendered === original) identical++;
    else misses.push({ line: entry.startLine, source: original, rendered });
  }
  return { entries: tried, identical, misses };
}

export type { Grammar, RoundTrip };
