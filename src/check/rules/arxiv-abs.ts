import { parseArxivUrl } from '../../grammar/entry.js';
import { code } from './edit.js';
import { NEW_SECTION_MIN, type Rule } from './types.js';

function absUrl(url: string): string | undefined {
  const arxiv = parseArxivUrl(url);
  if (!arxiv || arxiv.kind === 'abs') return undefined;
  return `https://arxiv.org/abs/${arxiv.id}${arxiv.version}`;
}

export const arxivAbs: Rule = {
  id: 'arxiv-abs',
  severity: 'warning',
  severityNote: "error where the list's contribution guide asks for it",
  description: 'arXiv papers link to the abstract page (`/abs/`), not the PDF, where the list does.',
  scope: 'line',
  check(entry, { convention, newSection }) {
    if (convention.arxivLink !== 'abs') return [];
    // A new section whose entries all link the PDF is written so on purpose: its author's choice.
    const sectionForms = newSection(entry).flatMap((other) =>
      other.links.flatMap((link) => {
        const kind = parseArxivUrl(link.url)?.kind;
        return kind === 'abs' || kind === 'pdf' ? [kind] : [];
      }),
    );
    if (sectionForms.length >= NEW_SECTION_MIN && sectionForms.every((kind) => kind === 'pdf')) return [];
    const severity = convention.writtenRules.includes('arxiv-abs') ? 'error' : 'warning';
    return entry.links.flatMap((link) => {
      const abs = absUrl(link.url);
      return abs
        ? [
            {
              line: link.line,
              column: link.urlColumn,
              message: `Link the arXiv abstract page instead of the PDF: ${code(abs)}.`,
              text: link.url,
              severity,
            } as const,
          ]
        : [];
    });
  },
  fix(entry, problem) {
    const link = entry.links.find((l) => l.line === problem.line && l.urlColumn === problem.column);
    // The abstract page in the list's own form for arXiv links: the grammar writes it (fix.ts).
    return link && absUrl(link.url) ? { link: { at: link, arxivAbs: true } } : undefined;
  },
};
