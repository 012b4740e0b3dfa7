import type { Rule } from './types.js';

export const badgeSpacing: Rule = {
  id: 'badge-spacing',
  severity: 'warning',
  description: 'A space separates each badge from the text before it.',
  scope: 'line',
  check(entry, { convention, nearby }) {
    // Only a list that shows its badges spaced (enough of them, a clear majority) asks for the space:
    // a list whose entries carry no badges yet has no way of writing them to hold a new one to.
    if (!convention.badgeSpaced || !entry.badges.some((badge) => badge.glued)) return [];
    // Where the entries around it glue their badges too, that is how the list writes them.
    if (nearby(entry).some((other) => other.badges.some((badge) => badge.glued))) return [];
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
