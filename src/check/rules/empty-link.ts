import { showsOnlyAnImage, type Link } from '../../grammar/entry.js';
import { linesWhere, type SourceText } from '../../read/text.js';
import { code } from './edit.js';
import type { Rule } from './types.js';

const linksNowhere = (link: Link) => link.url.trim() === '' || link.url.trim() === '#';

/** `[![venue](https://img.shields.io/…)]()`: a badge wrapped in a link, shown as the badge it is. */
const wrapsBadge = (link: Link) => showsOnlyAnImage(link.label);

/** Other badges a list wraps in a link to nowhere before doing so is its way of writing a badge. */
const WRAPPED_ELSEWHERE = 2;

const BADGE_LINKED_NOWHERE = /\[!\[[^\]\n]*\]\([^)\n]*\)\]\(\s*#?\s*\)/;

/** A line holding a badge linked nowhere. */
const holdsBadgeLinkedNowhere = (text: string) =>
  (text.includes(']()') || text.includes('](#)')) && BADGE_LINKED_NOWHERE.test(text);

function badgesLinkedNowhereElsewhere(source: SourceText, line: number): number {
  return linesWhere(source, holdsBadgeLinkedNowhere).filter((at) => at !== line).length;
}

export const emptyLink: Rule = {
  id: 'empty-link',
  severity: 'error',
  description: 'Every link has a target.',
  scope: 'line',
  resources: true,
  // The label it quotes is the link's name, not the problem: `[code]()` relabelled `[Code]()` is as empty.
  sameProblem: (message) => message.replace(/`[^`\n]*`/, '`…`'),
  check(entry, { source }) {
    return (
      entry.links
        .filter(linksNowhere)
        // A badge linked nowhere still shows the badge: in a list that wraps its badges so, that is its
        // way of writing one, not a link someone forgot to fill in.
        .filter(
          (link) =>
            !(wrapsBadge(link) && badgesLinkedNowhereElsewhere(source, link.line) >= WRAPPED_ELSEWHERE),
        )
        .map((link) => ({
          line: link.line,
          column: link.column,
          message: `The link ${code(link.label || '(no label)')} has no target: add its URL or remove it.`,
        }))
    );
  },
};
