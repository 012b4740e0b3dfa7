import { isPaperLink, type Link } from '../core/entry.js';
import { code, replaceSpan } from './edit.js';
import type { Rule } from './types.js';

function styled(link: Link, bracketed: boolean): string {
  const plain = `[${link.label}](${link.url})`;
  return bracketed ? `[${plain}]` : plain;
}

export const pdfMissing: Rule = {
  id: 'pdf-missing',
  severity: 'warning',
  description: 'A paper entry links the paper itself, written as the list writes it (`[[pdf](...)]`).',
  scope: 'entry',
  check(entry, { convention, source }) {
    if (entry.kind !== 'paper') return [];
    const paperLink = entry.links.find(isPaperLink);
    if (paperLink) {
      const bracketed = convention.linkStyle === 'bracketed';
      // Only a plain label is rewritten: brackets inside one leave its extent uncertain.
      const plainLabel = /^[\w .-]+$/.test(paperLink.label);
      if (convention.linkStyle === null || paperLink.bracketed === bracketed || !plainLabel) return [];
      // Nor one with a bracket on one side only: which bracket belongs to it is anyone's guess.
      const line = source.lines[paperLink.line - 1];
      const opens = line[paperLink.column - 2] === '[';
      const closes = line[paperLink.endColumn - 1] === ']';
      if (opens !== closes) return [];
      return [
        {
          line: paperLink.line,
          column: paperLink.column,
          message: `Write the paper link as ${code(styled(paperLink, bracketed))}, as this list does.`,
        },
      ];
    }
    const where = entry.authors ?? entry.title;
    return [
      {
        line: where.line,
        column: 1,
        message: 'Add the paper link after the authors, like `[[pdf](https://arxiv.org/abs/2106.09685)]`.',
      },
    ];
  },
  fix(entry, problem, { convention, source }) {
    const link = entry.links.find((l) => l.line === problem.line && l.column === problem.column);
    if (!link || convention.linkStyle === null) return undefined;
    const bracketed = convention.linkStyle === 'bracketed';
    const from = link.bracketed ? link.column - 1 : link.column;
    const to = link.bracketed ? link.endColumn + 1 : link.endColumn;
    return replaceSpan(source, link.line, from, to, styled(link, bracketed));
  },
};
