import type { Rule } from './types.js';

export const duplicate: Rule = {
  id: 'duplicate',
  severity: 'error',
  description:
    'A paper appears once in the list (same arXiv id in any form, the same title, or the same paper page).',
  scope: 'entry',
  check(entry, context) {
    // A blog post or tool may share a paper's title; only papers are compared.
    const hit = entry.kind === 'paper' ? context.duplicateOf(entry) : undefined;
    if (!hit) return [];
    return [
      {
        line: entry.title.line,
        column: entry.title.column,
        message: hit.otherTitle
          ? `The entry at line ${hit.line} has the ${hit.reason} under another title: either one of the two links is wrong (check which paper each entry links) or it is this paper again under another name (remove one).`
          : hit.otherPaper
            ? `The entry at line ${hit.line} has the same title but links another paper: one of the two titles is likely wrong (check which paper each link goes to), or it is this paper again (remove one).`
            : `This paper is already in the list at line ${hit.line} (${hit.reason}); remove one of them.`,
      },
    ];
  },
};
