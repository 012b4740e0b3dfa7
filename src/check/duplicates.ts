/**
 * Duplicates: for a checked entry, an earlier entry (or one not being checked) with the same paper,
 * respecting a list that cross-lists papers under several sections on purpose.
 */
import { normaliseTitle, parseEntry, type Entry } from '../grammar/entry.js';
import { entryKeys } from '../grammar/list.js';
import type { ItemBlock } from '../read/segment.js';
import type { SourceText } from '../read/text.js';
import type { DuplicateHit } from './rules/types.js';

/** The line of an entry's deepest heading (0 above every heading). */
export function sectionOf(block: ItemBlock): number {
  return block.headings[block.headings.length - 1]?.line ?? 0;
}

/**
 * Finds, for a checked entry, an earlier entry (or one not being checked) with the same paper.
 * Entries' keys (arXiv ids, normalised title) are indexed once. A whole-file run indexes every
 * entry. A PR checks a few: one native regular-expression pass over the text finds the only entries
 * that could share their keys, so the keys of the other 10,000 are never computed.
 */
export function duplicateFinder(
  text: string,
  source: SourceText,
  entries: readonly ItemBlock[],
  checked: readonly ItemBlock[],
): (entry: Entry) => DuplicateHit | undefined {
  const checkedStarts = new Set(checked.map((block) => block.startLine));
  const isCandidate = (entry: Entry, line: number) =>
    line !== entry.startLine && (line < entry.startLine || !checkedStarts.has(line));
  const keysOf = (entry: Entry) => {
    const title = normaliseTitle(entry.title.text);
    return [
      ...entry.arxivIds.map((id) => ({
        key: `arxiv ${id}`,
        reason: `same arXiv id ${id}`,
        pattern: escapeRegExp(id),
      })),
      ...(title ? [{ key: `title ${title}`, reason: 'same title', pattern: titlePattern(title) }] : []),
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
            checked.flatMap((block) => keysOf(parseEntry(source, block)).map((key) => key.pattern)),
          )
        : entries;
    for (const block of indexed) {
      const keys = entryKeys(source, block);
      for (const key of [
        ...keys.arxivIds.map((id) => `arxiv ${id}`),
        ...(keys.title ? [`title ${keys.title}`] : []),
      ]) {
        const lines = byKey.get(key) ?? [];
        lines.push(block.startLine);
        byKey.set(key, lines);
      }
    }
    return byKey;
  };
  // A list that already repeats papers under two sections does so on purpose (cross-listing).
  let crossLists: boolean | undefined;
  const listCrossLists = () => (crossLists ??= countCrossListed(source, entries) >= 2);
  const sectionAt = (line: number) => {
    const block = blockAt(entries, line);
    return block ? sectionOf(block) : 0;
  };
  return (entry) => {
    const title = normaliseTitle(entry.title.text);
    for (const { key, reason } of keysOf(entry)) {
      for (const other of index().get(key) ?? []) {
        if (!isCandidate(entry, other)) continue;
        const block = blockAt(entries, other);
        const otherTitle = block ? entryKeys(source, block).title : '';
        // One arXiv id under two different titles is a copy-pasted wrong link, wherever it is.
        const wrongLink = key.startsWith('arxiv') && !sameTitle(title, otherTitle);
        if (wrongLink)
          return { line: other, reason: `${reason}, under a different title: is one link wrong?` };
        if (sectionAt(other) !== sectionAt(entry.startLine) && listCrossLists()) continue;
        return { line: other, reason };
      }
    }
    return undefined;
  };
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

/** How many papers (by arXiv id or title) the list already has under more than one section. */
function countCrossListed(source: SourceText, entries: readonly ItemBlock[]): number {
  const sections = new Map<string, Set<number>>();
  for (const block of entries) {
    const keys = entryKeys(source, block);
    for (const key of [...keys.arxivIds, ...(keys.title ? [`title ${keys.title}`] : [])]) {
      const seen = sections.get(key) ?? new Set<number>();
      seen.add(sectionOf(block));
      sections.set(key, seen);
    }
  }
  return [...sections.values()].filter((seen) => seen.size > 1).length;
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
