import { isPaperLink, type Badge, type Entry } from '../../grammar/entry.js';
import type { Rule } from './types.js';

/** A badge that is the face of one of the entry's links (`[![arXiv](…)](https://arxiv.org/…)`). */
function isLinkFace(entry: Entry, badge: Badge): boolean {
  return entry.links.some(
    (link) => link.line === badge.line && link.column <= badge.column && badge.endColumn <= link.endColumn,
  );
}

export const badgeMissing: Rule = {
  id: 'badge-missing',
  severity: 'warning',
  severityNote: "error where the list's contribution guide asks for it",
  description: "A paper entry carries at least one keyword badge, where the list's papers do.",
  scope: 'entry',
  reportsAbsence: true,
  check(entry, { convention, nearby }) {
    if (!convention.badges || entry.kind !== 'paper' || entry.badges.length > 0) return [];
    // Where the papers around this one show their paper link as a badge (a table's arXiv column), an
    // entry that links its paper in text (`[link](…)`, a paper not on arXiv) wants no keyword: its
    // link is there, written as its page allows.
    const around = nearby(entry).flatMap((other) => other.badges.map((badge) => isLinkFace(other, badge)));
    const linkFacesAround = around.length > 0 && around.every((face) => face);
    if (linkFacesAround && entry.links.some((link) => !link.isTitle && isPaperLink(link))) return [];
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
