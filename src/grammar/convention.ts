/**
 * The entry grammar a list is held to, learned from the list itself (learn.ts) or set by config.
 * Every trait can be `null`, meaning "not enforced": a list whose own entries show no clear
 * majority for a trait is not held to one, and no default fills the gap.
 */
import { findLinks } from '../read/inline.js';
import { parseShieldsBadge } from './entry.js';
import { PAPER_LABEL } from '../read/links.js';
import type { Segments } from '../read/segment.js';
import type { SourceText } from '../read/text.js';

export interface Convention {
  /** `bullet` (`-`, `*`, `+`) or `numbered` (`1.`). */
  readonly marker: 'bullet' | 'numbered' | null;
  /** `,` or `.` after the title, or `''` for none. */
  readonly titlePunctuation: ',' | '.' | '' | null;
  /** Whether that punctuation goes inside the bold markers (`**Title,**`). */
  readonly punctuationInsideBold: boolean | null;
  readonly titleBold: boolean | null;
  /** The title is itself a link to the paper (`[Title](url)`). */
  readonly titleLink: boolean | null;
  /** A year follows the title (`**Title,** ACL 2023.`). */
  readonly yearAfterTitle: boolean | null;
  /** The authors have a line of their own under the title (not on the title line, not absent). */
  readonly authorLine: boolean | null;
  /** An empty line between the title line and the author line. */
  readonly blankLineBeforeAuthors: boolean | null;
  /** Author-line indent minus the item's content column (0 = aligned with the item's text). */
  readonly authorIndent: number | null;
  readonly authorsItalic: boolean | null;
  /** Papers link the paper itself (a `[pdf]`-like link, or a title that links it). */
  readonly paperLink: boolean | null;
  /** `[[pdf](url)]` (bracketed), `[pdf](url)` (plain) or `[[pdf]](url)` (bracketed-label). */
  readonly linkStyle: 'bracketed' | 'plain' | 'bracketed-label' | null;
  /**
   * The labels the list gives the paper links it writes in that style (`pdf`, `PUB`), most used first:
   * a link labelled otherwise (`[Paper]` where the list links a date, `[[Jan 2024]](…)`) is not the
   * list's paper link written another way, and is not held to its style.
   */
  readonly linkLabels: readonly string[] | null;
  /** arXiv papers are linked at their abstract page (`abs`) or their PDF (`pdf`). */
  readonly arxivLink: 'abs' | 'pdf' | null;
  /** Every paper carries at least one keyword badge. */
  readonly badges: boolean | null;
  /** A space separates each badge from the text before it (`… [[pdf](url)] ![tag](…)`). */
  readonly badgeSpaced: boolean | null;
  /** Allowed badge colours, lower case. */
  readonly badgeColors: readonly string[] | null;
  /**
   * A table list's rows fill every column its header names (GitHub shows a short row's missing cells
   * empty, so a list may leave them out as a habit).
   */
  readonly tableRowsFull: boolean | null;
  /** Every paper sits in a category (a section under the papers heading). */
  readonly sections: boolean | null;
  /**
   * Rules the list writes down in its contribution guide (an empty line before the authors, /abs/
   * links, keyword badges): breaking one of these is an error, anything only learned a warning.
   */
  readonly writtenRules: readonly ('blank-line' | 'arxiv-abs' | 'badge-missing')[];
}

/** How strongly the list shows one trait: the share of the entries that show it which agree. */
export interface Evidence {
  readonly agree: number;
  readonly of: number;
  /** The newest entries' own count, when they have left the value the list shows (learn.ts). */
  readonly recent?: Evidence;
}

/** Nothing enforced: what a list with no entries to learn from is held to. */
export const EMPTY_CONVENTION: Convention = {
  marker: null,
  titlePunctuation: null,
  punctuationInsideBold: null,
  titleBold: null,
  titleLink: null,
  yearAfterTitle: null,
  authorLine: null,
  blankLineBeforeAuthors: null,
  authorIndent: null,
  authorsItalic: null,
  paperLink: null,
  linkStyle: null,
  linkLabels: null,
  arxivLink: null,
  badges: null,
  badgeSpaced: null,
  badgeColors: null,
  tableRowsFull: null,
  sections: null,
  writtenRules: [],
};

/** The text under the list's heading about contributing, if it has one. */
function contributionGuide(source: SourceText, segments: Segments): string | undefined {
  const index = segments.headings.findIndex((heading) => /contribut/i.test(heading.text));
  if (index === -1) return undefined;
  const heading = segments.headings[index];
  const next = segments.headings.slice(index + 1).find((h) => h.level <= heading.level);
  return source.lines.slice(heading.line, next ? next.line - 1 : source.lines.length).join('\n');
}

/** `[[pdf]](…)`, `[[pdf](…)]`, `[pdf](…)` in a guide's example: a paper link's label, then its style. */
const GUIDE_LINK = /(\[?)\[([^[\]\n]{1,30})\](\]?)\(/g;

/**
 * The styles the contribution guide writes a paper link in (its example entry): a list whose guide
 * asks for `[[paper]](link)` while most entries write `[paper](link)` has two ways, not one.
 */
export function guideLinkStyles(
  source: SourceText,
  segments: Segments,
): NonNullable<Convention['linkStyle']>[] {
  const text = contributionGuide(source, segments);
  if (text === undefined) return [];
  const styles = new Set<NonNullable<Convention['linkStyle']>>();
  for (const [, outer, label, closed] of text.matchAll(GUIDE_LINK)) {
    if (PAPER_LABEL.test(label.trim()))
      styles.add(closed ? 'bracketed-label' : outer ? 'bracketed' : 'plain');
  }
  return [...styles];
}

/**
 * The rules a list's contribution guide states in words: the text under a heading about
 * contributing. "empty line … between the title and the authors", "/abs/", "keyword tags".
 */
export function writtenRules(source: SourceText, segments: Segments): Convention['writtenRules'] {
  const text = contributionGuide(source, segments);
  if (text === undefined) return [];
  const rules: ('blank-line' | 'arxiv-abs' | 'badge-missing')[] = [];
  if (/(empty|blank) line/i.test(text)) rules.push('blank-line');
  if (/\/abs\//.test(text)) rules.push('arxiv-abs');
  if (/keyword/i.test(text) && /\b(add|tag|badge)/i.test(text)) rules.push('badge-missing');
  return rules;
}

/**
 * The badge colours a list defines in its own "Keywords Convention" (or any heading with
 * "keyword" in it), in order of appearance; undefined when it has no such section.
 */
export function paletteFromKeywordsSection(source: SourceText, segments: Segments): string[] | undefined {
  const index = segments.headings.findIndex((heading) => /keyword/i.test(heading.text));
  if (index === -1) return undefined;
  const heading = segments.headings[index];
  const next = segments.headings.slice(index + 1).find((h) => h.level <= heading.level);
  const end = next ? next.line - 1 : source.lines.length;
  const colors: string[] = [];
  for (let lineNo = heading.line + 1; lineNo <= end; lineNo++) {
    for (const link of findLinks(source.lines[lineNo - 1])) {
      const color = link.image ? parseShieldsBadge(link.url)?.color : undefined;
      if (color && !colors.includes(color)) colors.push(color);
    }
  }
  return colors.length > 0 ? colors : undefined;
}
