import type { Rule } from './types.js';

export const badgeSpacing: Rule = {
  id: 'badge-spacing',
  severity: 'warning',
  description: 'A space separates each badge from the text before it.',
  scope: 'line',
  check(entry) {
    return entry.badges
      .filter((badge) => badge.glued)
      .map((badge) => ({
        line: badge.line,
        column: badge.column,
        message: 'Put a space before this badge.',
      }));
  },
  fix(_entry, problem) {
    return { badges: { spaceBefore: { line: problem.line, column: problem.column } } };
  },
};
