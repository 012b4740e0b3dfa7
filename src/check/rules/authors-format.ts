import type { Entry } from '../../grammar/entry.js';
import type { SourceText } from '../../read/text.js';
import { titleUnmarked } from './title-format.js';
import type { Rule, Shown } from './types.js';

/** Text that follows a title after an HTML line break. */
const BROKEN_BEFORE_WORDS = /<br\s*\/?>\s*\p{L}/iu;

/** Words of running English that names never are (`the`, `of`, `with`); name particles (`van`, `de`) aside. */
const PROSE_WORD =
  /(?<![\p{L}\p{N}])(?:the|of|for|with|to|in|on|is|are|we|this|that|from|via)(?![\p{L}\p{N}])/gu;
/** As many of them as a sentence has and a line of names has not. */
const PROSE_WORDS_AT_LEAST = 3;
/** A sentence's end: a word, then a full stop (or `?`, `!`) and a space or the line's end. */
const SENTENCE_END = /\p{L}[.!?](?:\s|$)/u;
/** The most words one name has (`Mark J. F. Gales`). */
const NAME_WORDS_AT_MOST = 4;

/**
 * Whether the line read as the entry's authors, written plain, is a description (`Introduces *X* —
 * the measurement of … in LLMs. …`): sentences of running English where the authors would go, not
 * names to italicise. A line that opens with a name (`Yiming Li, … *AAAI*, 2022. (Discuss the …)`)
 * is the authors, a note after them aside; a title (`A Metric for Models for Molecules in Drug
 * Discovery`) is no sentence.
 */
function describesInstead(entry: Entry, source: SourceText): boolean {
  const authors = entry.authors;
  if (!authors || authors.italic) return false;
  const text = source.lines[authors.line - 1].slice(authors.namesStart, authors.namesEnd);
  const prose = (part: string) => (part.match(PROSE_WORD) ?? []).length;
  const opening = text.split(',')[0].trim();
  if (opening.split(/\s+/).length <= NAME_WORDS_AT_MOST && prose(opening) === 0) return false;
  return prose(text) >= PROSE_WORDS_AT_LEAST && SENTENCE_END.test(text);
}

/** Whether the entry has an author line, told at its title. */
const withAuthorLine = (entry: Entry): Shown<boolean>[] => [
  { line: entry.title.line, value: entry.authors !== undefined },
];

export const authorsFormat: Rule = {
  id: 'authors-format',
  severity: 'warning',
  description: 'A paper entry has an author line (in italics), where the list writes one.',
  scope: 'entry',
  check(entry, { convention, changesOwnWay, source, authorLineSplitOff }) {
    if (authorLineSplitOff(entry)) {
      return [
        {
          line: entry.startLine,
          column: 1,
          message:
            'Take out the space after the opening `*` of this author line: after a space the star starts a list item, so the names and the lines under them leave the entry above.',
        },
      ];
    }
    if (entry.kind !== 'paper' || titleUnmarked(entry, convention)) return [];
    // A description under the title is no author line, in italics or not: the entry has none.
    if (!entry.authors || describesInstead(entry, source)) {
      // Only a list whose papers give the authors a line of their own asks for one.
      if (!convention.authorLine) return [];
      // `**Title**. <br /> Author One, Author Two.`: the names after a line break render on a line of
      // their own, as the list's author lines do.
      if (BROKEN_BEFORE_WORDS.test(entry.venue)) return [];
      // A new section whose entries all go without one (a section of datasets) is written so on purpose.
      if (changesOwnWay(entry, withAuthorLine, (has) => has, 'new-section')) return [];
      return [
        {
          line: entry.title.line,
          column: entry.title.column,
          // The example in the list's own form: italic names only where the list writes them so.
          message: `Add the author line under the title, like \`${convention.authorsItalic === false ? 'Author One, Author Two' : '*Author One, Author Two*'}\`.`,
        },
      ];
    }
    const stray = entry.authors.strayItalicMarker;
    if (stray !== undefined) {
      // Whatever the list's style, a mark left showing is a slip: the italics end too early.
      return [
        {
          line: entry.authors.line,
          column: stray + 1,
          message:
            'The italics close before the last name, so this mark shows as text: put all the names in one pair, like `*Author One, Author Two*`.',
        },
      ];
    }
    if (!convention.authorsItalic || entry.authors.italic) return [];
    return [
      {
        line: entry.authors.line,
        column: entry.authors.column,
        message: 'Put the author names in italics: `*Author One, Author Two*`.',
      },
    ];
  },
};
