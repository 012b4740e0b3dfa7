import { code } from './edit.js';
import type { Rule } from './types.js';

export const badgeColor: Rule = {
  id: 'badge-color',
  severity: 'warning',
  description: "Keyword badges use the colours of the list's Keywords Convention.",
  scope: 'line',
  check(entry, { convention }) {
    const palette = convention.badgeColors;
    if (!palette) return [];
    return entry.badges
      .filter((badge) => badge.color !== undefined && !palette.includes(badge.color))
      .map((badge) => ({
        line: badge.line,
        column: badge.column,
        message: `Badge colour ${code(badge.color ?? '')} is not one this list uses; pick one of ${palette.map(code).join(', ')}.`,
      }));
  },
};
