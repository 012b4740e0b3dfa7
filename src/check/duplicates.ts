/**
 * Duplicates: for a checked entry, an earlier entry (or one not being checked) with the same paper,
 * respecting a list that cross-lists papers under several sections on purpose.
 */
import { isBracketedTag, normaliseTitle, parseEntry, type Entry } from '../grammar/entry.js';
import { isOtherPaperPage, isPaperLink, paperPageKey } from '../read/links.js';
import { entryKeys, type EntryKeys } from '../grammar/list.js';
import { lineContent, type ItemBlock } from '../read/segment.js';
import type { SourceText } from '../read/text.js';
import type { DuplicateHit } from './rules/types.js';
import { increment } from '../count.js';

/** The line of an entry's deepest heading, or of the topic item it sits in (0 above every heading). */
export function sectionOf(block: ItemBlock): number {
  return block.topic ?? block.headings[block.headings.length - 1]?.line ?? 0;
}

/**
 * Names each entry's section the same in the base and in the change: the path of its headings, and
 * which of the sections with that path it is (a list may have a "Conference" under every year).
 */
function sectionNames(entries: readonly ItemBlock[]): (block: ItemBlock) => string {
  const names = new Map<number, string>();
  const seen = new Map<string, number>();
  for (const block of entries) {
    const line = sectionOf(block);
    if (names.has(line)) continue;
    const path = block.headings.map((heading) => heading.text).join('\n');
    const nth = seen.get(path) ?? 0;
    seen.set(path, nth + 1);
    names.set(line, `${path}\n${nth}`);
  }
  return (block) => names.get(sectionOf(block)) ?? '';
}

/**
 * When a copy of a paper under another section is deliberate, read from the list as it was (each
 * paper counted once). Measured on 58 real lists at their heads: a list that cross-lists broadly
 * (5-38% of its papers under two sections or more) does it between most of its sections; a list
 * with a few repeats (1-5%) does it between particular sections only: a paper filed under two
 * topics that overlap (the same two sections already share papers), or a section that is a view on
 * the others (surveys, datasets, "most influential", code: a quarter or more of its papers are
 * listed elsewhere too). There, a copy between two sections that never shared a paper (two years,
 * two venues, two unrelated topics) is a slip. One shared paper is a slip, not a habit.
 */
const BROAD_CROSS_LISTING_SHARE = 0.05;
const HABIT_MIN_PAPERS = 2;
const VIEW_SECTION_SHARE = 0.25;
/**
 * A list with at least this many papers under two sections or more, and four times as many such papers
 * as copies within one section, cross-lists on purpose (a survey list filing a survey under each of
 * its topics); one that re-adds papers where they already are (a slip, as often there as elsewhere)
 * does not.
 */
const ACROSS_ONLY_MIN_PAPERS = 5;
const ACROSS_ONLY_SHARE = 4;
/**
 * A list with at least this many papers under two sections or more, and three times as many such papers as
 * copies within one section, files papers under several topics on purpose (a survey under each field
 * it covers), however small a share of its papers that is: a copy between two of its topics is one
 * more. Not between sections named by when their papers appeared (a year, a venue's edition, arXiv):
 * there a second copy is a paper moved on publication and left behind, or added twice.
 */
const TOPICS_MIN_PAPERS = 3;
const TOPICS_SHARE = 3;
const DATED_SECTION =
  /\b(?:19|20)\d{2}\b|'\d{2}\b|\barxiv\b|\bpreprints?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;

/** The list as it was: the base version, or the entries a change did not touch. */
export interface ListAsItWas {
  readonly source: SourceText;
  readonly entries: readonly ItemBlock[];
}

/**
 * Finds, for a checked entry, an earlier entry (or one not being checked) with the same paper.
 * A whole-file run indexes every entry's keys (arXiv ids, normalised title), read cheaply. A PR
 * checks a few: one native regular-expression pass over the text finds the only entries that could
 * share their keys, and only those are parsed for their keys, so the other 10,000 never are.
 *
 * What the list was (`asItWas`: the base version, or the entries not being checked) decides two
 * things, and is read only when a copy is found: whether the copy is deliberate cross-listing (a
 * PR's new copy is no evidence of it), and whether it is new: a PR that edits an entry the list
 * already held twice did not make the duplicate, and is not told about it as if it had.
 */
export function duplicateFinder(
  text: string,
  source: SourceText,
  entries: readonly ItemBlock[],
  checked: readonly ItemBlock[],
  asItWas: () => Promise<ListAsItWas>,
): (entry: Entry) => DuplicateHit | undefined | Promise<DuplicateHit | undefined> {
  const checkedStarts = new Set(checked.map((block) => block.startLine));
  const isCandidate = (entry: Entry, line: number) =>
    line !== entry.startLine && (line < entry.startLine || !checkedStarts.has(line));

  // The entries' lines by key, a map for each kind of key: looked up by the id or title itself, not
  // by a key string built anew for every entry (in a whole-file run, two for each of its entries).
  let byKey: Record<PaperKey['kind'], Map<string, number[]>> | undefined;
  const index = () => {
    if (byKey) return byKey;
    byKey = { arxiv: new Map(), title: new Map(), page: new Map() };
    const targeted = checked.length <= TARGETED_LOOKUP_LIMIT;
    const indexed = targeted
      ? entriesMatching(
          text,
          entries,
          checked.flatMap((block) => keyStrings(keysOfParsed(parseEntry(source, block))).map(keyPattern)),
        )
      : entries;
    for (const block of indexed) {
      // The few a PR's search found are parsed (a title written as a link is a key too); a whole
      // file's are read cheaply, and a match is parsed below either way.
      const keys = targeted ? keysOfParsed(parseEntry(source, block)) : entryKeys(source, block);
      for (const { kind, value } of paperKeyList(keys)) {
        const lines = byKey[kind].get(value);
        if (lines) lines.push(block.startLine);
        else byKey[kind].set(value, [block.startLine]);
      }
    }
    return byKey;
  };
  let before: Promise<{ list: ListAsItWas; crossListing: CrossListing }> | undefined;
  const listAsItWas = () =>
    (before ??= asItWas().then((list) => ({ list, crossListing: crossListing(list.source, list.entries) })));
  let now: CrossListing | undefined;
  const crossListingNow = () => (now ??= crossListing(source, entries));
  const sectionAt = (line: number) => blockAt(entries, line);
  let names: ((block: ItemBlock) => string) | undefined;
  const sectionName = () => (names ??= sectionNames(entries));
  // A title that three entries or more carry, each linking a paper of its own, is a label they share
  // (the venue a Paper column's link is named by: `[Nature Methods](…)`), not any paper's title.
  const labels = new Map<string, boolean>();
  const isLabel = (title: string) => {
    let label = labels.get(title);
    if (label === undefined) {
      const lines = index().title.get(title) ?? [];
      const papers = new Set<string>();
      for (const line of lines.length >= LABEL_MIN_ENTRIES ? lines : []) {
        const block = blockAt(entries, line);
        const other = block && parseEntry(source, block);
        const paper = other && (other.arxivIds[0] ?? keysOfParsed(other).pages[0]);
        if (paper !== undefined) papers.add(paper);
      }
      label = papers.size >= LABEL_MIN_ENTRIES;
      labels.set(title, label);
    }
    return label;
  };
  const judged = async (entry: Entry, keys: readonly PaperKey[]): Promise<DuplicateHit | undefined> => {
    for (const { kind, value } of keys) {
      if (kind === 'title' && isLabel(value)) continue;
      for (const other of index()[kind].get(value) ?? []) {
        if (!isCandidate(entry, other)) continue;
        const key = keyString(kind, value);
        // The index may read keys cheaply (any arXiv URL in the entry, its first bold text); the
        // entry a finding names must really be the same paper: its own paper link, its own title.
        const block = blockAt(entries, other);
        const otherEntry = block && parseEntry(source, block);
        if (!block || !otherEntry || !keyStrings(keysOfParsed(otherEntry)).includes(key)) continue;
        const was = await listAsItWas();
        // A copy the list already had (as many times) is an old problem the change only edited.
        const old =
          was.list.source !== source &&
          holding(was.list.source, was.list.entries, key, true) >= holding(source, entries, key);
        if (old) break;
        // Two things one paper introduced (two datasets, a model and its benchmark), each named by
        // one word, are two entries citing one paper, not the paper twice.
        if (!key.startsWith('title') && namedApart(source, entry, otherEntry)) continue;
        // A page (a DOI, a proceedings page) is the paper's own only where the two entries say the
        // same of it: two entries citing one page for two things (two models of one paper, a
        // volume's page) are told apart by their words.
        if (key.startsWith('page') && !saidAlike(source, entry, otherEntry)) continue;
        // A digest (`- **[2026.05.11]**` over that day's papers) lists the sections' papers again on
        // purpose.
        if (datedGroup(entry) || datedGroup(otherEntry)) continue;
        const reason = key.startsWith('arxiv ')
          ? `same arXiv id ${key.slice(6)}`
          : key.startsWith('page ')
            ? 'same paper link'
            : 'same title';
        const here = sectionAt(entry.startLine);
        const across = here !== undefined && sectionOf(block) !== sectionOf(here);
        const [a, b] = across ? [sectionName()(here), sectionName()(block)] : ['', ''];
        // One arXiv id under two titles written as titles is a wrong link or the paper again under
        // another name (a preprint's and its venue's): asked about wherever it is, but where the
        // same authors wrote both, titled as two versions of one title, under two sections the list
        // files its papers under on purpose (a survey under each field it covers).
        const [titled, otherTitled] = [titleOfPaper(entry), titleOfPaper(otherEntry)];
        if (key.startsWith('arxiv') && !sameTitle(titled, otherTitled)) {
          const versions = versionTitles(titled, otherTitled) && authoredAlike(source, entry, otherEntry);
          if (across && versions && was.crossListing.deliberate(a, b)) continue;
          return { line: other, reason, otherTitle: true };
        }
        if (across) {
          if (was.crossListing.deliberate(a, b)) continue;
          // A change that copies two papers or more between the same two sections (a benchmark's
          // papers into its own section) does it on purpose; one copy is no evidence.
          if (crossListingNow().shared(a, b) - was.crossListing.shared(a, b) >= HABIT_MIN_PAPERS) continue;
          // A change that brings a paper new to the list under two sections at once files it under
          // both on purpose (a survey under each field it covers).
          if (was.list.source !== source && holding(was.list.source, was.list.entries, key, true) === 0)
            continue;
        }
        // One title over author lines that share no name is two papers (a survey's title reused).
        if (key.startsWith('title') && authoredApart(source, entry, otherEntry)) continue;
        if (key.startsWith('title') && linkOtherPapers(entry, otherEntry))
          return { line: other, reason, otherPaper: true };
        const otherTitle =
          key.startsWith('arxiv') &&
          !sameTitle(normaliseTitle(entry.title.text), normaliseTitle(otherEntry.title.text));
        return { line: other, reason, otherTitle };
      }
    }
    return undefined;
  };
  // Nearly every entry shares no key with another it could copy: answered at once, not in a
  // promise (a whole-file run's await for each of its 10,000 entries cost more than the lookups).
  return (entry) => {
    const keys = paperKeyList(keysOfParsed(entry));
    const anyCandidate = keys.some(({ kind, value }) =>
      (index()[kind].get(value) ?? []).some((other) => isCandidate(entry, other)),
    );
    return anyCandidate ? judged(entry, keys) : undefined;
  };
}

/**
 * A parsed entry's keys. Its title only when written as one (see titleOfPaper): a plain first
 * phrase may be a dataset's description that two entries about one benchmark share.
 */
function keysOfParsed(entry: Entry): EntryKeys {
  // A page is a key only of a paper with no arXiv id (see paperKeys).
  const pages = new Set<string>();
  if (entry.arxivIds.length === 0)
    for (const link of entry.links) if (isOtherPaperPage(link)) pages.add(paperPageKey(link.url));
  return { arxivIds: entry.arxivIds, title: titleOfPaper(entry), pages: [...pages] };
}

/**
 * The keys that identify an entry's paper. Its arXiv id, only when it links one paper: an item with
 * several (a category whose sub-items are read into it, an entry citing its predecessor) shares an
 * id with another entry without being that paper. Its title, only of two words or more: a single
 * bold word is a tag or a name (`**Triton**`, `**CVPR**`, `**surv.**`) that many papers share.
 */
function paperKeys({ arxivIds, title, pages }: EntryKeys): EntryKeys {
  return {
    arxivIds: arxivIds.length === 1 ? arxivIds : [],
    title: title.includes(' ') ? title : '',
    // The page of a paper with no arXiv id (a DOI, a proceedings page), the only one it links.
    pages: arxivIds.length === 0 && pages.length === 1 ? pages : [],
  };
}

/** One of an entry's paper keys: an arXiv id, a normalised title, or a paper page (paperPageKey). */
interface PaperKey {
  readonly kind: 'arxiv' | 'title' | 'page';
  readonly value: string;
}

/** An entry's paper keys, its arXiv id first. */
function paperKeyList(keys: EntryKeys): PaperKey[] {
  const { arxivIds, title, pages } = paperKeys(keys);
  // Pushed onto an empty array for every entry (not onto one `map` made): arrays of one kind.
  const list: PaperKey[] = [];
  for (const id of arxivIds) list.push({ kind: 'arxiv', value: id });
  if (title) list.push({ kind: 'title', value: title });
  for (const page of pages) list.push({ kind: 'page', value: page });
  return list;
}

/** A key as one string: an arXiv id, a title and a page never collide. */
function keyString(kind: PaperKey['kind'], value: string): string {
  return `${kind} ${value}`;
}

/** An entry's paper keys as one set of strings. */
function keyStrings(keys: EntryKeys): string[] {
  return paperKeyList(keys).map(({ kind, value }) => keyString(kind, value));
}

/**
 * An entry's normalised title when it is written as one (bold, or the link to the paper) and has
 * two words or more; else '' (unknown). Only such a title can tell two papers apart: a plain
 * first phrase may be the authors (`Heuer, F., … [Title](url)`), a dataset's name, or a tag; a bold
 * date (`- **[2026.05.11]**` over that day's papers in a digest) is none (see datedGroup).
 */
function titleOfPaper(entry: Entry): string {
  const title = normaliseTitle(entry.title.text);
  const written = (entry.title.bold && !isBracketedTag(entry.title.text)) || entry.title.url !== undefined;
  return written && title.includes(' ') && !datedGroup(entry) ? title : '';
}

/**
 * Whether two entries of one title link two papers: two arXiv ids, or one page of one site asked for
 * two ids (`openreview.net/pdf?id=…`). A preprint and its venue's page are one paper on two sites or
 * two DOIs; a paper's PDF and its forum one paper on two pages.
 */
function linkOtherPapers(entry: Entry, other: Entry): boolean {
  if (entry.arxivIds.length > 0 && other.arxivIds.length > 0)
    return !entry.arxivIds.some((id) => other.arxivIds.includes(id));
  const paperPage = (item: Entry) => {
    const link = item.links.find(isPaperLink);
    return link && URL.canParse(link.url) ? new URL(link.url) : undefined;
  };
  const [a, b] = [paperPage(entry), paperPage(other)];
  return (
    a !== undefined &&
    b !== undefined &&
    a.host === b.host &&
    a.pathname === b.pathname &&
    a.search !== '' &&
    a.search !== b.search
  );
}

/**
 * Whether two entries say the same of their paper: their titles, where both write one, are one
 * paper's; and most of the words of their lines (links' targets, markup and tags left out) are
 * shared. Two things one page is cited for (two models of one paper, two papers of one volume) are
 * named and described apart.
 */
function saidAlike(source: SourceText, entry: Entry, other: Entry): boolean {
  const [a, b] = [titleOfPaper(entry), titleOfPaper(other)];
  if (a !== '' && b !== '' && !sameTitle(a, b)) return false;
  const { shared, longer } = wordsShared(entryWords(source, entry), entryWords(source, other));
  return longer > 0 && shared / longer >= SAME_TITLE_SHARE;
}

/** An entry's words as one normalised string: its lines' text without links' targets or HTML tags. */
function entryWords(source: SourceText, entry: Entry): string {
  return normaliseTitle(
    source.lines
      .slice(entry.startLine - 1, entry.endLine)
      .join(' ')
      .replace(/\]\([^)\s]*\)/g, '] ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\bhttps?:\/\/\S+/g, ' '),
  );
}

/** Words of names that two author lines share without naming one person. */
const NOT_A_NAME = new Set(['and', 'et', 'al', 'others', 'etc']);

/** The words of an entry's author names (initials left out: `Hu` is a name, `J.` is not). */
function nameWords(source: SourceText, entry: Entry): Set<string> {
  const { authors } = entry;
  if (!authors) return new Set();
  const names = source.lines[authors.line - 1].slice(authors.namesStart, authors.namesEnd);
  const words =
    names
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/\p{L}{2,}/gu) ?? [];
  return new Set(words.filter((word) => !NOT_A_NAME.has(word)));
}

/** Whether both entries name their authors and every name of the shorter author line is in the other. */
function authoredAlike(source: SourceText, entry: Entry, other: Entry): boolean {
  const [a, b] = [nameWords(source, entry), nameWords(source, other)].sort((x, y) => x.size - y.size);
  return a.size > 0 && [...a].every((word) => b.has(word));
}

/** Whether both entries name their authors and the two author lines share no name. */
function authoredApart(source: SourceText, entry: Entry, other: Entry): boolean {
  const [a, b] = [nameWords(source, entry), nameWords(source, other)];
  return a.size > 0 && b.size > 0 && ![...a].some((word) => b.has(word));
}

/**
 * An item whose bold text is a date (no letter, a year: `**[2026.05.11]**`, `**2023**`) over the papers
 * of that day or week. A reference number (`**[7]** Authors, "Title"`) numbers one paper.
 */
function datedGroup(entry: Entry): boolean {
  return entry.title.bold && !/\p{L}/u.test(entry.title.text) && /\d{4}/.test(entry.title.text);
}

/**
 * Whether two entries open with a name of one word each (`**LegalLAMA**:`, `**LeXFiles**:`), and
 * differently. A number (`**[7]**`, a reading list's reference number) names no thing.
 */
function namedApart(source: SourceText, entry: Entry, other: Entry): boolean {
  const nameOf = (item: Entry) =>
    /^(\*\*|__)([^\s*_]*\p{L}[^\s*_]*)\1/u
      .exec(lineContent(source.lines[item.startLine - 1]))?.[2]
      .toLowerCase();
  const [a, b] = [nameOf(entry), nameOf(other)];
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * Whether two normalised titles name the same paper: equal, one inside the other (`(ELMo) Deep
 * contextualized…`), or sharing most of their words that say something (`a`, `of`, `with` do not:
 * "Causal Inference with Large Language Model: A Survey" is not "Large Language Models and Causal
 * Inference in Collaboration: A Comprehensive Survey"). An empty title could be anything.
 */
function sameTitle(a: string, b: string): boolean {
  if (a === '' || b === '' || a.includes(b) || b.includes(a)) return true;
  const { shared, longer } = wordsShared(a, b);
  return shared / Math.max(longer, 1) >= SAME_TITLE_SHARE;
}

/**
 * Whether two normalised titles are one paper's under two of its versions: the shorter's words that
 * say something are half of them or more in the other ("A Survey on Assessing the Generalization
 * Envelope of Deep Neural Networks at Inference Time…" and "…: Predictive Uncertainty, Out-of-
 * distribution and Adversarial Samples"), not another paper's ("Accented Speech Recognition: A Survey").
 */
function versionTitles(a: string, b: string): boolean {
  const { shared, shorter } = wordsShared(a, b);
  return shorter > 0 && shared / shorter >= VERSION_TITLE_SHARE;
}

/** How many words that say something two titles share, and how many each has (the longer, the shorter). */
function wordsShared(a: string, b: string): { shared: number; longer: number; shorter: number } {
  const meaningful = (title: string) => new Set(title.split(' ').filter((word) => !FUNCTION_WORDS.has(word)));
  const words = meaningful(a);
  const other = meaningful(b);
  const shared = [...other].filter((word) => words.has(word)).length;
  return { shared, longer: Math.max(words.size, other.size), shorter: Math.min(words.size, other.size) };
}

const SAME_TITLE_SHARE = 0.7;
const VERSION_TITLE_SHARE = 0.5;
const FUNCTION_WORDS = new Set(
  'a an the of for with and or in on to via by from at as is are its into towards toward using'.split(' '),
);

/** A list's cross-listing, between its sections (named by sectionNames). */
interface CrossListing {
  /** Whether a copy between two sections is the list's deliberate habit. */
  deliberate(a: string, b: string): boolean;
  /** How many papers the two sections share. */
  shared(a: string, b: string): number;
}

/**
 * Reads a list's cross-listing from its entries (see BROAD_CROSS_LISTING_SHARE), its papers known
 * by their arXiv ids and titles (as the shares above were measured), and again known by their pages
 * too (a DOI, a proceedings page: the only key of a list's papers that link no arXiv page and write
 * their titles as links): a habit either reading shows is the list's.
 */
function crossListing(source: SourceText, entries: readonly ItemBlock[]): CrossListing {
  const sectionName = sectionNames(entries);
  const keys = entries.map((block) => entryKeys(source, block));
  const [byIds, byPages] = [false, true].map((pages) =>
    crossListingOf(
      entries.map((block, at) => ({
        keys: keyStrings(pages ? keys[at] : { ...keys[at], pages: [] }),
        section: sectionName(block),
      })),
    ),
  );
  return {
    deliberate: (a, b) => byIds.deliberate(a, b) || byPages.deliberate(a, b),
    shared: (a, b) => Math.max(byIds.shared(a, b), byPages.shared(a, b)),
  };
}

/** The cross-listing of papers, each given as its keys and the section it is listed in. */
function crossListingOf(filed: readonly { keys: readonly string[]; section: string }[]): CrossListing {
  const papers = new PaperSets();
  for (const { keys, section } of filed) papers.add(keys, section);
  const listed = papers.sectionsOfEach();
  const crossListed = listed.filter((sections) => sections.size > 1);
  // A list whose repeats (nearly) all sit in other sections than their first copy files papers under several
  // topics on purpose, however few: a slip re-adds a paper where it already is as often as elsewhere.
  // At least `min` papers under two sections or more, `share` times the copies within one section.
  const acrossOften = (min: number, share: number) =>
    crossListed.length >= min && papers.repeatedWithin * share <= crossListed.length;
  const onlyAcross = acrossOften(ACROSS_ONLY_MIN_PAPERS, ACROSS_ONLY_SHARE);
  const broad =
    onlyAcross ||
    (crossListed.length >= HABIT_MIN_PAPERS &&
      crossListed.length >= BROAD_CROSS_LISTING_SHARE * listed.length);
  const sharedByPair = new Map<string, number>();
  const papersIn = new Map<string, number>();
  const crossListedIn = new Map<string, number>();
  for (const sections of listed) for (const section of sections) increment(papersIn, section);
  for (const sections of crossListed) {
    for (const section of sections) {
      increment(crossListedIn, section);
      for (const other of sections) if (section < other) increment(sharedByPair, pairKey(section, other));
    }
  }
  const isView = (section: string) => {
    const count = crossListedIn.get(section) ?? 0;
    return count >= HABIT_MIN_PAPERS && count >= VIEW_SECTION_SHARE * (papersIn.get(section) ?? 0);
  };
  const shared = (a: string, b: string) => sharedByPair.get(pairKey(a, b)) ?? 0;
  const byTopic = acrossOften(TOPICS_MIN_PAPERS, TOPICS_SHARE);
  const topical = (section: string) => !DATED_SECTION.test(section);
  return {
    deliberate: (a, b) =>
      broad ||
      shared(a, b) >= HABIT_MIN_PAPERS ||
      isView(a) ||
      isView(b) ||
      (byTopic && topical(a) && topical(b)),
    shared,
  };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * How many of the entries hold the paper of `key` (by their parsed keys): only the entries whose
 * text could hold it are parsed. `anyTitle` also counts a title in any form: the list as it was may
 * have had both copies before the change made their titles bold.
 */
function holding(source: SourceText, entries: readonly ItemBlock[], key: string, anyTitle = false): number {
  return entriesMatching(textOf(source), entries, [keyPattern(key)]).filter((block) => {
    const entry = parseEntry(source, block);
    const keys = keyStrings(keysOfParsed(entry));
    // A plain title is read up to the links, with the venue after it: it starts with the title.
    return keys.includes(key) || (anyTitle && `title ${normaliseTitle(entry.title.text)}`.startsWith(key));
  }).length;
}

const texts = new WeakMap<SourceText, string>();
function textOf(source: SourceText): string {
  let text = texts.get(source);
  if (text === undefined) texts.set(source, (text = source.lines.join('\n')));
  return text;
}

/** A search pattern for an entry's text that could hold a key (see titlePattern). */
function keyPattern(key: string): string {
  if (key.startsWith('page ')) return escapeRegExp(key.slice(5).replace(/^doi:/, ''));
  return key.startsWith('arxiv ') ? escapeRegExp(key.slice(6)) : titlePattern(key.slice(6));
}

/** Papers as sets of keys (union-find): an entry joins every paper it shares a key with. */
class PaperSets {
  private readonly parent = new Map<string, string>();
  private readonly sections = new Map<string, Set<string>>();
  /** Copies of a paper in a section that lists it already. */
  repeatedWithin = 0;

  add(keys: readonly string[], section: string): void {
    if (keys.length === 0) return;
    const root = keys.map((key) => this.root(key)).reduce((a, b) => this.join(a, b));
    const seen = this.sections.get(root) ?? new Set<string>();
    if (seen.has(section)) this.repeatedWithin++;
    seen.add(section);
    this.sections.set(root, seen);
  }

  /** For each paper, the sections that list it. */
  sectionsOfEach(): ReadonlySet<string>[] {
    return [...this.sections.values()];
  }

  private root(key: string): string {
    if (!this.parent.has(key)) this.parent.set(key, key);
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression: later look-ups of this key are one step.
    for (let at = key; at !== root;) {
      const next = this.parent.get(at)!;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }

  /** Merges two papers (their sections too); returns the surviving root. */
  private join(a: string, b: string): string {
    if (a === b) return a;
    this.parent.set(b, a);
    const merged = this.sections.get(a) ?? new Set<string>();
    for (const section of this.sections.get(b) ?? []) merged.add(section);
    this.sections.delete(b);
    if (merged.size > 0) this.sections.set(a, merged);
    return a;
  }
}

/** Up to this many checked entries, duplicates are searched for rather than indexed. */
const TARGETED_LOOKUP_LIMIT = 16;
/** Entries, each linking another paper, that make a title they all carry a label (see isLabel). */
const LABEL_MIN_ENTRIES = 3;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The entries holding a line that any of the patterns matches, in one pass over the text. */
function entriesMatching(
  text: string,
  entries: readonly ItemBlock[],
  patterns: readonly string[],
): ItemBlock[] {
  if (patterns.length === 0) return [];
  const found = new Set<ItemBlock>();
  for (const line of linesMatching(text, new RegExp(patterns.join('|'), 'gim'))) {
    const block = blockAt(entries, line);
    if (block) found.add(block);
  }
  return [...found].sort((a, b) => a.startLine - b.startLine);
}

/**
 * Matches wherever the normalised title could start: its first words in order, anything
 * non-alphanumeric between them, any case, and any accent on a letter (a normalised title has lost
 * its accents, the list's text has not). A title with other letters matches every line start; the
 * exact key is compared afterwards either way.
 */
function titlePattern(normalised: string): string {
  if (!/^[a-z0-9 ]*$/.test(normalised)) return '^';
  const word = (w: string) => [...w].map((ch) => ACCENTED[ch] ?? ch).join('');
  // The first words are enough to narrow the search, and keep the scan linear on any title.
  return normalised.split(' ').slice(0, TITLE_PATTERN_WORDS).map(word).join('[^a-z0-9]+');
}

/** Letters and their common precomposed accented forms. */
const ACCENTED: Record<string, string> = {
  a: '[aàáâãäåāą]',
  c: '[cçćč]',
  e: '[eèéêëēęě]',
  i: '[iìíîïī]',
  l: '[lł]',
  n: '[nñńň]',
  o: '[oòóôõöøō]',
  s: '[sśš]',
  u: '[uùúûüūů]',
  y: '[yýÿ]',
  z: '[zźżž]',
};

const TITLE_PATTERN_WORDS = 8;

/** 1-based numbers of the lines where `pattern` (global) matches, each once, in order. */
function linesMatching(text: string, pattern: RegExp): number[] {
  const lines: number[] = [];
  let line = 1;
  let lineStart = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    for (
      let nl = text.indexOf('\n', lineStart);
      nl !== -1 && nl < match.index;
      nl = text.indexOf('\n', lineStart)
    ) {
      line++;
      lineStart = nl + 1;
    }
    lines.push(line);
    // One match is enough for a line: the search goes on from the next one, so a long line of
    // repeated words is scanned once, not once per match.
    const end = text.indexOf('\n', match.index);
    if (end === -1) break;
    line++;
    lineStart = end + 1;
    pattern.lastIndex = lineStart;
  }
  return lines;
}

/** The entry whose lines include `line` (entries are in file order). */
function blockAt(entries: readonly ItemBlock[], line: number): ItemBlock | undefined {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].endLine < line) lo = mid + 1;
    else if (entries[mid].startLine > line) hi = mid - 1;
    else return entries[mid];
  }
  return undefined;
}
