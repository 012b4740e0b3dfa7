import type { Rule } from './types.js';

export const section: Rule = {
  id: 'section',
  severity: 'warning',
  description: 'Every entry sits in one of the paper categories (a section under the papers heading).',
  scope: 'entry',
  check(entry, context) {
    // Only a list whose papers all sit in categories asks a new one to.
    if (!context.convention.sections || context.inCategory(entry)) return [];
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
