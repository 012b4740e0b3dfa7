/**
 * Duplicates: for a checked entry, an earlier entry (or one not being checked) with the same paper,
 * respecting a list that cross-lists papers under several sections on purpose.
 */
import { normaliseTitle, parseEntry, type Entry } from '../grammar/entry.js';
import { entryKeys, type EntryKeys } from '../grammar/list.js';
import type { ItemBlock } from '../read/segment.js';
import type { SourceText } from '../read/text.js';
import type { DuplicateHit } from './rules/types.js';

/** The line of an entry's deepest heading, or of the topic item it sits in (0 above every heading). */
export function sectionOf(block: ItemBlock): number {
  return block.topic ?? block.headings[block.headings.length - 1]?.line ?? 0;
}

/**
 * A list cross-lists on purpose when at least this many of its papers sit under more than one
 * section, and they are at least CROSS_LISTED_MIN_SHARE of its papers. Measured on 55 real lists at
 * their heads (a paper counted once): 14 list no paper twice and 5 one paper (a slip, not a habit,
 * like the bundled example's LoRA); 3 have a few stray copies under 1% of their papers (a weekly
 * digest, 2 of 1,098; 3 of 605); 24 repeat 4-35% of their papers, a clear habit; the 9 between 1%
 * and 4% (10 to 47 papers in lists of hundreds) are taken as cross-listing too: there, a missed
 * copy costs less than a false alarm on a deliberate one.
 */
const CROSS_LISTED_MIN_PAPERS = 2;
const CROSS_LISTED_MIN_SHARE = 0.01;

/**
 * Finds, for a checked entry, an earlier entry (or one not being checked) with the same paper.
 * Entries' keys (arXiv ids, normalised title) are indexed once. A whole-file run indexes every
 * entry. A PR checks a few: one native regular-expression pass over the text finds the only entries
 * that could share their keys, so the keys of the other 10,000 are never computed.
 *
 * Whether the list cross-lists is a fact about the list as it was (`asItWas`: the base version, or
 * the entries not being checked): a PR's new copy is no evidence of it. It is asked for only when a
 * copy sits under another section, so the base version is read only then.
 */
export function duplicateFinder(
  text: string,
  source: SourceText,
  entries: readonly ItemBlock[],
  checked: readonly ItemBlock[],
  asItWas: () => Promise<{ readonly source: SourceText; readonly entries: readonly ItemBlock[] }>,
): (entry: Entry) => Promise<DuplicateHit | undefined> {
  const checkedStarts = new Set(checked.map((block) => block.startLine));
  const isCandidate = (entry: Entry, line: number) =>
    line !== entry.startLine && (line < entry.startLine || !checkedStarts.has(line));
  // A key's search pattern is built only for the targeted search (a PR's few entries): a whole
  // file looks keys up in the index, and building 10,000 patterns cost a tenth of its run.
  const keysOf = (entry: Entry) => {
    const { arxivIds, title } = paperKeys(keysOfParsed(entry));
    return [
      ...arxivIds.map((id) => ({
        key: `arxiv ${id}`,
        reason: `same arXiv id ${id}`,
        pattern: () => escapeRegExp(id),
      })),
      ...(title ? [{ key: `title ${title}`, reason: 'same title', pattern: () => titlePattern(title) }] : []),
    ];
  };

  let byKey: Map<string, number[]> | undefined;
  const index = () => {
    if (byKey) return byKey;
    byKey = new Map();
    const indexed =
      checked.length <= TARGETED_LOOKUP_LIMIT
        ? entriesMatching(
            text,
            entries,
            checked.flatMap((block) => keysOf(parseEntry(source, block)).map((key) => key.pattern())),
          )
        : entries;
    for (const block of indexed) {
      for (const key of keyStrings(entryKeys(source, block))) {
        const lines = byKey.get(key) ?? [];
        lines.push(block.startLine);
        byKey.set(key, lines);
      }
    }
    return byKey;
  };
  let crossLists: Promise<boolean> | undefined;
  const listCrossLists = () =>
    (crossLists ??= asItWas().then((list) => isCrossListing(list.source, list.entries)));
  const sectionAt = (line: number) => {
    const block = blockAt(entries, line);
    return block ? sectionOf(block) : 0;
  };
  return async (entry) => {
    for (const { key, reason } of keysOf(entry)) {
      for (const other of index().get(key) ?? []) {
        if (!isCandidate(entry, other)) continue;
        // The index reads keys cheaply (any arXiv URL in the entry, its first bold text); the entry
        // a finding names must really be the same paper: its own paper link, its own title.
        const block = blockAt(entries, other);
        const otherEntry = block && parseEntry(source, block);
        if (!otherEntry || !keyStrings(keysOfParsed(otherEntry)).includes(key)) continue;
        // One arXiv id under two different titles is a copy-pasted wrong link, wherever it is.
        const wrongLink =
          key.startsWith('arxiv') && !sameTitle(titleOfPaper(entry), titleOfPaper(otherEntry));
        if (wrongLink) return { line: other, reason, wrongLink };
        if (sectionAt(other) !== sectionAt(entry.startLine) && (await listCrossLists())) continue;
        return { line: other, reason };
      }
    }
    return undefined;
  };
}

function keysOfParsed(entry: Entry): EntryKeys {
  return { arxivIds: entry.arxivIds, title: normaliseTitle(entry.title.text) };
}

/**
 * The keys that identify an entry's paper. Its arXiv id, only when it links one paper: an item with
 * several (a category whose sub-items are read into it, an entry citing its predecessor) shares an
 * id with another entry without being that paper. Its title, only of two words or more: a single
 * bold word is a tag or a name (`**Triton**`, `**CVPR**`, `**surv.**`) that many papers share.
 */
function paperKeys({ arxivIds, title }: EntryKeys): EntryKeys {
  return { arxivIds: arxivIds.length === 1 ? arxivIds : [], title: title.includes(' ') ? title : '' };
}

/** An entry's paper keys as one set of strings: an arXiv id and a title never collide. */
function keyStrings(keys: EntryKeys): string[] {
  const { arxivIds, title } = paperKeys(keys);
  return [...arxivIds.map((id) => `arxiv ${id}`), ...(title ? [`title ${title}`] : [])];
}

/**
 * An entry's normalised title when it is written as one (bold, or the link to the paper) and has
 * two words or more; else '' (unknown). Only such a title can tell two papers apart: a plain
 * first phrase may be the authors (`Heuer, F., … [Title](url)`), a dataset's name, or a tag.
 */
function titleOfPaper(entry: Entry): string {
  const title = normaliseTitle(entry.title.text);
  const written = entry.title.bold || entry.title.url !== undefined;
  return written && title.includes(' ') ? title : '';
}

/**
 * Whether two normalised titles name the same paper: equal, one inside the other (`(ELMo) Deep
 * contextualized…`), or sharing most of their words. An empty title could be anything.
 */
function sameTitle(a: string, b: string): boolean {
  if (a === '' || b === '' || a.includes(b) || b.includes(a)) return true;
  const words = new Set(a.split(' '));
  const other = b.split(' ');
  const shared = other.filter((word) => words.has(word)).length;
  return shared / Math.max(words.size, other.length) >= 0.5;
}

/**
 * Whether the entries show a list that cross-lists on purpose. A paper is counted once: entries
 * sharing an arXiv id or a title are one paper, however many keys they share.
 */
function isCrossListing(source: SourceText, entries: readonly ItemBlock[]): boolean {
  const papers = new PaperSets();
  for (const block of entries) papers.add(keyStrings(entryKeys(source, block)), sectionOf(block));
  const crossListed = papers.sectionCounts().filter((sections) => sections > 1).length;
  return crossListed >= CROSS_LISTED_MIN_PAPERS && crossListed >= CROSS_LISTED_MIN_SHARE * papers.count();
}

/** Papers as sets of keys (union-find): an entry joins every paper it shares a key with. */
class PaperSets {
  private readonly parent = new Map<string, string>();
  private readonly sections = new Map<string, Set<number>>();

  add(keys: readonly string[], section: number): void {
    if (keys.length === 0) return;
    const root = keys.map((key) => this.root(key)).reduce((a, b) => this.join(a, b));
    const seen = this.sections.get(root) ?? new Set<number>();
    seen.add(section);
    this.sections.set(root, seen);
  }

  count(): number {
    return this.sections.size;
  }

  /** For each paper, how many sections list it. */
  sectionCounts(): number[] {
    return [...this.sections.values()].map((seen) => seen.size);
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
    const merged = this.sections.get(a) ?? new Set<number>();
    for (const section of this.sections.get(b) ?? []) merged.add(section);
    this.sections.delete(b);
    if (merged.size > 0) this.sections.set(a, merged);
    return a;
  }
}

/** Up to this many checked entries, duplicates are searched for rather than indexed. */
const TARGETED_LOOKUP_LIMIT = 16;

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
