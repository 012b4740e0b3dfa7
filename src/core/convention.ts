/**
 * The house style a list is held to. Every trait can be `null`, meaning "not enforced": a list
 * whose own entries show no clear majority for a trait is not held to one.
 */
import { findLinks } from './inline.js';
import { parseShieldsBadge } from './entry.js';
import type { Segments } from './segment.js';
import type { SourceText } from './text.js';

export interface Convention {
  /** `bullet` (`-`, `*`, `+`) or `numbered` (`1.`). */
  readonly marker: 'bullet' | 'numbered' | null;
  /** `,` or `.` after the title. */
  readonly titlePunctuation: ',' | '.' | null;
  /** Whether that punctuation goes inside the bold markers (`**Title,**`). */
  readonly punctuationInsideBold: boolean | null;
  readonly titleBold: boolean | null;
  /** A year follows the title (`**Title,** ACL 2023.`). */
  readonly yearAfterTitle: boolean | null;
  /** An empty line between the title line and the author line. */
  readonly blankLineBeforeAuthors: boolean | null;
  /** Author-line indent minus the item's content column (0 = aligned with the item's text). */
  readonly authorIndent: number | null;
  readonly authorsItalic: boolean | null;
  /** `[[pdf](url)]` (bracketed) or `[pdf](url)` (plain). */
  readonly linkStyle: 'bracketed' | 'plain' | null;
  /** Allowed badge colours, lower case. */
  readonly badgeColors: readonly string[] | null;
}

/** The reference list's written rules (DeltaPapers' "Contributing to this paper list"). */
export const DEFAULT_CONVENTION: Convention = {
  marker: 'bullet',
  titlePunctuation: ',',
  punctuationInsideBold: true,
  titleBold: true,
  yearAfterTitle: true,
  blankLineBeforeAuthors: true,
  authorIndent: 0,
  authorsItalic: true,
  linkStyle: 'bracketed',
  badgeColors: ['blue', 'orange', 'green', 'purple'],
};

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
