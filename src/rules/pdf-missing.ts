import { isPaperLink } from '../core/entry.js';
import type { Rule } from './types.js';

export const pdfMissing: Rule = {
  id: 'pdf-missing',
  severity: 'warning',
  description: 'A paper entry links the paper itself (`[[pdf](...)]`).',
  scope: 'entry',
  check(entry) {
    if (entry.kind !== 'paper') return [];
    if (entry.links.some(isPaperLink)) return [];
    const where = entry.authors ?? entry.title;
    return [
      {
        line: where.line,
        column: 1,
        message: 'Add the paper link after the authors, like `[[pdf](https://arxiv.org/abs/2106.09685)]`.',
      },
    ];
  },
};
