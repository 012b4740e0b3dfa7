import type { Rule } from './types.js';

export const badgeMissing: Rule = {
  id: 'badge-missing',
  severity: 'error',
  description: 'A paper entry carries at least one keyword badge on its title line.',
  scope: 'entry',
  check(entry, { convention }) {
    if (entry.kind !== 'paper' || entry.badges.length > 0) return [];
    const color = convention.badgeColors?.[0] ?? 'blue';
    return [
      {
        line: entry.title.line,
        column: entry.title.column,
        message: `Add a keyword badge after the venue, like \`![](https://img.shields.io/badge/Abbr-${color})\` (see the list's Keywords Convention).`,
      },
    ];
  },
};
