import type { Entry } from '../../grammar/entry.js';
import { titleUnmarked } from './title-format.js';
import type { Rule, Shown } from './types.js';

/** Text that follows a title after an HTML line break. */
const BROKEN_BEFORE_WORDS = /<br\s*\/?>\s*\p{L}/iu;

/** Whether the entry has an author line, told at its title. */
const withAuthorLine = (entry: Entry): Shown<boolean>[] => [
  { line: entry.title.line, value: entry.authors !== undefined },
];

export const authorsFormat: Rule = {
  id: 'authors-format',
  severity: 'warning',
  description: 'A paper entry has an author line (in italics), where the list writes one.',
  scope: 'entry',
  check(entry, { convention, changesOwnWay }) {
    if (entry.kind !== 'paper' || titleUnmarked(entry, convention)) return [];
    if (!entry.authors) {
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
