import { code } from './edit.js';
import type { Rule } from './types.js';

export const emptyLink: Rule = {
  id: 'empty-link',
  severity: 'error',
  description: 'Every link has a target.',
  scope: 'line',
  resources: true,
  check(entry) {
    return entry.links
      .filter((link) => link.url.trim() === '' || link.url.trim() === '#')
      .map((link) => ({
        line: link.line,
        column: link.column,
        message: `The link ${code(link.label || '(no label)')} has no target: add its URL or remove it.`,
      }));
  },
};
