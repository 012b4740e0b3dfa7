import type { Rule } from './types.js';

export const badgeMissing: Rule = {
  id: 'badge-missing',
  severity: 'warning',
  severityNote: "error where the list's contribution guide asks for it",
  description: "A paper entry carries at least one keyword badge, where the list's papers do.",
  scope: 'entry',
  reportsAbsence: true,
  check(entry, { convention }) {
    if (!convention.badges || entry.kind !== 'paper' || entry.badges.length > 0) return [];
    const color = convention.badgeColors?.[0] ?? 'blue';
    const written = convention.writtenRules.includes('badge-missing');
    return [
      {
        line: entry.title.line,
        column: entry.title.column,
        message: `Add a keyword badge after the venue, like \`![](https://img.shields.io/badge/Abbr-${color})\`${written ? " (see the list's Keywords Convention)" : ', as the other papers of this list have'}.`,
        severity: written ? 'error' : 'warning',
      },
    ];
  },
};
