import { type Badge, type Entry, type Link } from '../../grammar/entry.js';
import { isPaperLink } from '../../read/links.js';
import type { Rule } from './types.js';

/** Whether the badge is the face of the link (`[![arXiv](…)](https://arxiv.org/…)`). */
const faceOf = (link: Link, badge: Badge) =>
  link.line === badge.line && link.column <= badge.column && badge.endColumn <= link.endColumn;

/**
 * Whether the entry links its paper only through badges: every badge it has is a link's face, and
 * every paper link it has wears one (a table's arXiv column), none written in text.
 */
function linksThePaperByBadge(entry: Entry): boolean {
  const papers = entry.links.filter(isPaperLink);
  return (
    papers.length > 0 &&
    entry.badges.every((badge) => entry.links.some((link) => faceOf(link, badge))) &&
    papers.every((link) => entry.badges.some((badge) => faceOf(link, badge)))
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
    // Where the papers around this one link their papers only by badges (a table's arXiv column), an
    // entry that links its paper in text (`[link](…)`, a paper not on arXiv) wants no keyword: its
    // link is there, written as its page allows. (Where they link it in text too, the badge is one
    // more thing each paper carries, and this one lacks it.)
    const around = nearby(entry);
    const byBadge = around.length > 0 && around.every(linksThePaperByBadge);
    if (byBadge && entry.links.some(isPaperLink)) return [];
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
