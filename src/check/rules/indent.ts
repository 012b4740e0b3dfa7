import { indentWidth } from '../../read/text.js';
import type { Rule } from './types.js';

export const indent: Rule = {
  id: 'indent',
  severity: 'error',
  description:
    "The author line is indented to the item's text column, so it stays inside the list item; a line of an entry is not moved out of it.",
  scope: 'line',
  check(entry, { convention, source, takenOut }) {
    const then = takenOut(entry);
    if (then !== undefined) {
      const now = indentWidth(source.lines[entry.startLine - 1]);
      return [
        {
          line: entry.startLine,
          column: 1,
          message: `Indent this line by ${then} spaces, as it was: it is a line of the entry above, and indented by ${now} it starts an item of its own.`,
        },
      ];
    }
    const authors = entry.authors;
    if (!authors || convention.authorIndent === null) return [];
    const expected = entry.contentColumn - 1 + convention.authorIndent;
    if (authors.indent === expected) return [];
    // Right after the title line (no empty line between) a short or deep line is a lazy
    // continuation of the item's paragraph and renders in place; after an empty line it does not.
    // An indent that renders the same as the list's is left alone: a reader cannot see it.
    const short = authors.indent < entry.contentColumn - 1;
    const deep = authors.indent >= entry.contentColumn - 1 + 4;
    if (!authors.blankBefore || !(short || deep)) return [];
    return [
      {
        line: authors.line,
        column: 1,
        message: `Indent the author line by ${expected} spaces (it has ${authors.indent}): ${
          short
            ? 'with less it falls out of the list item'
            : 'with 4 or more extra spaces it renders as a code block'
        }.`,
      },
    ];
  },
  // A text edit, not a field change: the author line's indent is literal text of the entry's shape
  // (a slot only under a numbered item), and a line indented out of the item, or into a code block,
  // is not read as the entry's author line at all, so no cut holds it to rewrite.
  fix(entry, problem, { source, convention, takenOut }) {
    const then = takenOut(entry);
    if (then === undefined && convention.authorIndent === null) return undefined;
    const text = source.lines[problem.line - 1];
    const expected = then ?? entry.contentColumn - 1 + convention.authorIndent!;
    return {
      line: problem.line,
      endLine: problem.line,
      replacement: ' '.repeat(expected) + text.trimStart(),
    };
  },
};
