import type { Rule } from './types.js';

export const section: Rule = {
  id: 'section',
  severity: 'error',
  description: 'Every entry sits in one of the paper categories (a section under the papers heading).',
  scope: 'entry',
  check(entry, context) {
    if (context.inCategory(entry)) return [];
    const shown = context.categories.slice(0, 8).map((name) => `"${name}"`);
    const more = context.categories.length > shown.length ? ', …' : '';
    const where = shown.length > 0 ? `: ${shown.join(', ')}${more}` : '';
    return [
      {
        line: entry.startLine,
        column: entry.markerColumn,
        message: `Move this entry into the paper category it belongs to${where}.`,
      },
    ];
  },
};
