import type { Entry } from '../../grammar/entry.js';
import { itemOpenedBy } from '../../read/segment.js';
import { isBlank } from '../../read/text.js';
import type { Rule, Shown } from './types.js';

/** Whether an empty line stands before the entry's author line, told where it is (or would be). */
const blankBeforeAuthors = ({ authors }: Entry): Shown<boolean>[] =>
  authors
    ? [{ line: authors.blankBefore ? authors.line - 1 : authors.line, value: authors.blankBefore }]
    : [];

/** Whether a line opens an item of a list at the page's margin. */
const opensItem = (line: string | undefined) => {
  const item = line === undefined ? undefined : itemOpenedBy(line);
  return item !== undefined && item.indent <= 3;
};

/**
 * Whether an empty line parts the entry from an item of its list before it or after it: a loose
 * list. (An empty line between a heading and the list's first item parts nothing.)
 */
function partedByEmptyLines(lines: readonly string[], entry: Entry): boolean {
  const blank = (line: number) => line >= 1 && line <= lines.length && isBlank(lines[line - 1]);
  const nonBlank = (from: number, step: 1 | -1) => {
    let line = from;
    while (blank(line)) line += step;
    return line >= 1 && line <= lines.length ? lines[line - 1] : undefined;
  };
  if (blank(entry.endLine + 1) && opensItem(nonBlank(entry.endLine + 1, 1))) return true;
  // The line above the empty one is the item before (its first line, or a line inside it).
  const above = blank(entry.startLine - 1) ? nonBlank(entry.startLine - 1, -1) : undefined;
  return above !== undefined && (opensItem(above) || /^[ \t]+\S/.test(above));
}

export const blankLine: Rule = {
  id: 'blank-line',
  severity: 'warning',
  severityNote: "error where the list's contribution guide asks for it",
  description: 'An empty line separates the title line from the author line (or not), as the list does.',
  scope: 'entry',
  check(entry, { source, convention, changesOwnWay }) {
    const authors = entry.authors;
    const wanted = convention.blankLineBeforeAuthors;
    if (!authors || wanted === null || authors.blankBefore === wanted) return [];
    // An author line written as an item under the title (`  - *Names*`), in a list whose entries are
    // parted by empty lines, renders alike with an empty line before it or without: every item's
    // text is a paragraph of its own already. Only a line that would join the title's paragraph, or
    // part a tight list, shows.
    if (
      (itemOpenedBy(source.lines[authors.line - 1])?.indent ?? 0) > 0 &&
      partedByEmptyLines(source.lines, entry)
    )
      return [];
    const written = convention.writtenRules.includes('blank-line');
    // A change that writes most of its entries' lines otherwise (a maintainer spacing the list anew)
    // has its own way, unless the contribution guide asks for the list's. Without the empty line the
    // names run into the title's paragraph, which a reader sees: that only in a section it wrote whole.
    const scope = wanted ? 'new-section' : 'change';
    if (!written && changesOwnWay(entry, blankBeforeAuthors, (blank) => blank === wanted, scope)) return [];
    return [
      {
        line: authors.line,
        column: 1,
        message: wanted
          ? 'Add an empty line between the title line and the author line.'
          : 'Remove the empty line between the title line and the author line; this list keeps them together.',
        severity: written ? 'error' : 'warning',
      },
    ];
  },
  // A text edit, not a field change: an empty line is where the entry's lines sit, which its shape
  // keeps as literal text, not a slot or a run the grammar writes; and a line after an empty one
  // may fall out of the item, which no cut of the item can say.
  fix(entry, _problem, { source, convention }) {
    const authors = entry.authors;
    if (!authors) return undefined;
    const authorText = source.lines[authors.line - 1];
    if (!authors.blankBefore) {
      // After an empty line, a line short of the item's text leaves the item, unless indent re-indents it.
      const staysInItem = authors.indent >= entry.contentColumn - 1 || convention.authorIndent !== null;
      return staysInItem
        ? { line: authors.line, endLine: authors.line, replacement: `\n${authorText}` }
        : undefined;
    }
    return { line: entry.title.line + 1, endLine: authors.line, replacement: authorText };
  },
};
