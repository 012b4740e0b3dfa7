/**
 * The house style a list shows in its own entries. Each trait is set by a clear majority of the
 * entries that show it; with no clear majority it is not enforced (null), and with too few entries
 * to tell, the reference list's rule stands.
 *
 * Entries are read from an evenly spread sample, so learning costs the same on a 100-entry list and
 * a 50,000-entry one. In a PR the sample leaves out the entries being checked: a new entry is held
 * to the list's style, never to its own.
 */
import { DEFAULT_CONVENTION, type Convention } from './convention.js';
import { parseEntry, type Entry } from './entry.js';
import type { ItemBlock } from './segment.js';
import type { SourceText } from './text.js';

const SAMPLE_SIZE = 150;
/** Share of the entries showing a trait that one value needs to be the list's style. */
const CLEAR_MAJORITY = 2 / 3;
/** How many entries' worth of weight the reference list's rule has in a vote. */
const PRIOR_VOTES = 2;
/** Fewer paper entries than this: too few to learn a palette from. */
const MIN_EVIDENCE = 3;

type Learned = { -readonly [K in keyof Convention]: Convention[K] };

function sample<T>(items: readonly T[], size: number): T[] {
  if (items.length <= size) return [...items];
  const step = items.length / size;
  return Array.from({ length: size }, (_, i) => items[Math.floor(i * step)]);
}

/**
 * The value a clear majority holds, counting the reference rule as PRIOR_VOTES entries of its own;
 * null without a clear majority. The prior makes a list with few entries keep the reference rule,
 * and makes learning stable under --fix: fixing an entry only ever adds a vote to the value chosen.
 */
function majority<T>(values: readonly T[], reference: T | null): T | null {
  const counts = new Map<string, { value: T; n: number }>();
  const vote = (value: T, n: number) => {
    const key = JSON.stringify(value);
    const entry = counts.get(key) ?? { value, n: 0 };
    entry.n += n;
    counts.set(key, entry);
  };
  if (reference !== null) vote(reference, PRIOR_VOTES);
  for (const value of values) vote(value, 1);
  const total = values.length + (reference !== null ? PRIOR_VOTES : 0);
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return top && top.n / total >= CLEAR_MAJORITY ? top.value : null;
}

/** An author line left of the item's text falls out of the list: that is a habit, never a style. */
function notNegative(indent: number | null): number | null {
  return indent !== null && indent < 0 ? null : indent;
}

/** Colours that at least two sampled entries use, most used first. */
function usedColors(entries: readonly Entry[]): string[] | null {
  const uses = new Map<string, number>();
  for (const entry of entries) {
    for (const color of new Set(entry.badges.map((badge) => badge.color))) {
      if (color) uses.set(color, (uses.get(color) ?? 0) + 1);
    }
  }
  const colors = [...uses].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
  return colors.length > 0 ? colors.map(([color]) => color) : null;
}

/** The learned style, and how many entries were read to learn it. */
export function learnStyle(
  source: SourceText,
  blocks: readonly ItemBlock[],
): { style: Learned; sampled: number } {
  const sampled = sample(blocks, SAMPLE_SIZE).map((block) => parseEntry(source, block));
  return { style: traits(sampled.filter((entry) => entry.kind === 'paper')), sampled: sampled.length };
}

function traits(papers: readonly Entry[]): Learned {
  const withAuthors = papers.filter((entry) => entry.authors !== undefined);
  const bold = papers.filter((entry) => entry.title.bold);
  const punctuated = bold.filter((entry) => entry.title.punctuation !== '');
  const paperLinks = papers.flatMap((entry) =>
    entry.links.filter((link) => /^(pdf|paper)$/i.test(link.label)).slice(0, 1),
  );
  const d = DEFAULT_CONVENTION;
  return {
    marker: majority(
      papers.map((entry) => (/\d/.test(entry.marker) ? 'numbered' : 'bullet') as 'numbered' | 'bullet'),
      d.marker,
    ),
    titleBold: majority(
      papers.map((entry) => entry.title.bold),
      d.titleBold,
    ),
    titlePunctuation: majority(
      punctuated
        .map((entry) => entry.title.punctuation)
        .filter((p): p is ',' | '.' => p === ',' || p === '.'),
      d.titlePunctuation,
    ),
    punctuationInsideBold: majority(
      punctuated.map((entry) => entry.title.punctuationInside),
      d.punctuationInsideBold,
    ),
    yearAfterTitle: majority(
      papers.map((entry) => entry.year !== undefined),
      d.yearAfterTitle,
    ),
    blankLineBeforeAuthors: majority(
      withAuthors.map((entry) => entry.authors!.blankBefore),
      d.blankLineBeforeAuthors,
    ),
    authorIndent: notNegative(
      majority(
        withAuthors.map((entry) => entry.authors!.indent - (entry.contentColumn - 1)),
        d.authorIndent,
      ),
    ),
    authorsItalic: majority(
      withAuthors.map((entry) => entry.authors!.italic),
      d.authorsItalic,
    ),
    linkStyle: majority(
      paperLinks.map((link) => (link.bracketed ? 'bracketed' : 'plain') as 'bracketed' | 'plain'),
      d.linkStyle,
    ),
    badgeColors: papers.length >= MIN_EVIDENCE ? usedColors(papers) : d.badgeColors,
  };
}
