import type { Convention } from '../../grammar/convention.js';
import { isPaperLink, type Link } from '../../grammar/entry.js';
import { code } from './edit.js';
import { titleUnmarked } from './title-format.js';
import type { Rule } from './types.js';

type LinkStyle = NonNullable<Convention['linkStyle']>;

function styleOf(link: Link): LinkStyle {
  return link.bracketed ? 'bracketed' : link.labelBracketed ? 'bracketed-label' : 'plain';
}

function styled(label: string, url: string, style: LinkStyle): string {
  if (style === 'bracketed-label') return `[[${label}]](${url})`;
  const plain = `[${label}](${url})`;
  return style === 'bracketed' ? `[${plain}]` : plain;
}

const unbracketed = (link: Link) => link.label.replace(/^\[|\]$/g, '');

export const pdfMissing: Rule = {
  id: 'pdf-missing',
  severity: 'warning',
  description: 'A paper entry links the paper itself, written as the list writes it (`[[pdf](...)]`).',
  scope: 'entry',
  reportsAbsence: true,
  check(entry, { convention, source }) {
    if (entry.kind !== 'paper') return [];
    // A title that links the paper is the paper link; its form is the title's, not a link style.
    const paperLink = entry.links.find((link) => !link.isTitle && isPaperLink(link));
    if (paperLink) {
      const wanted = convention.linkStyle;
      // Only a plain label is rewritten: brackets inside one leave its extent uncertain.
      const plainLabel = /^\[?[\w .-]+\]?$/.test(paperLink.label);
      if (wanted === null || styleOf(paperLink) === wanted || !plainLabel) return [];
      // Nor one with a bracket on one side only: which bracket belongs to it is anyone's guess.
      const line = source.lines[paperLink.line - 1];
      const opens = line[paperLink.column - 2] === '[';
      const closes = line[paperLink.endColumn - 1] === ']';
      if (opens !== closes) return [];
      return [
        {
          line: paperLink.line,
          column: paperLink.column,
          message: `Write the paper link as ${code(styled(unbracketed(paperLink), paperLink.url, wanted))}, as this list does.`,
        },
      ];
    }
    // Only a list whose papers link themselves asks a new one to.
    // Nor where the title, and so the entry's shape, is a guess; an empty link is empty-link's.
    if (
      !convention.paperLink ||
      entry.title.url !== undefined ||
      entry.links.some((link) => isPaperLink(link) || link.url.trim() === '') ||
      titleUnmarked(entry, convention)
    ) {
      return [];
    }
    const where = entry.authors ?? entry.title;
    return [
      {
        line: where.line,
        column: 1,
        message: `Add a link to the paper itself${entry.authors ? ' after the authors' : ''}, like ${code(
          styled('pdf', 'https://arxiv.org/abs/…', convention.linkStyle ?? 'bracketed'),
        )}, as the other papers of this list have.`,
        missing: true,
      },
    ];
  },
  fix(entry, problem, { convention }) {
    const link = entry.links.find((l) => l.line === problem.line && l.column === problem.column);
    if (!link || link.isTitle || convention.linkStyle === null) return undefined;
    return { link: { at: link, style: convention.linkStyle } };
  },
};
