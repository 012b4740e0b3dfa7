import type { Convention } from '../../grammar/convention.js';
import { showsOnlyAnImage, type Entry, type Link } from '../../grammar/entry.js';
import { isCodeHost, isPaperLink, namesThePaper, PAPER_LABEL } from '../../read/links.js';
import { YEAR_IN_WHEN } from '../../grammar/dates.js';
import { linkLabelOf, linkStyleOf, paperLinkOf } from '../../grammar/learn.js';
import { code } from './edit.js';
import { titleUnmarked } from './title-format.js';
import type { Rule, Shown } from './types.js';

type LinkStyle = NonNullable<Convention['linkStyle']>;

function styled(label: string, url: string, style: LinkStyle): string {
  if (style === 'bracketed-label') return `[[${label}]](${url})`;
  const plain = `[${label}](${url})`;
  return style === 'bracketed' ? `[${plain}]` : plain;
}

const unbracketed = (link: Link) => link.label.replace(/^\[|\]$/g, '');

/** The style each of the entries writes its paper link in (those with one). */
function linkStylesOf(entries: readonly Entry[]): LinkStyle[] {
  return entries.flatMap((entry) => {
    const link = paperLinkOf(entry);
    return link ? [linkStyleOf(link)] : [];
  });
}

/**
 * Whether the paper entries around this one (those the change left) mostly write their paper link in
 * this style: the list writes it so here (a section of its own habit), whatever its other entries do.
 */
function writtenSoAround(nearby: readonly Entry[], style: LinkStyle): boolean {
  const styles = linkStylesOf(nearby);
  return styles.length > 0 && styles.filter((shown) => shown === style).length * 2 >= styles.length;
}

/** `[[pdf](url)]` and `[[pdf]](url)` both show `[pdf]`: a reader does not see which one a list writes. */
function rendersAlike(a: LinkStyle, b: LinkStyle): boolean {
  return a !== 'plain' && b !== 'plain';
}

/** The style of an entry's paper link, where it is written. */
function paperLinkStyle(entry: Entry): Shown<LinkStyle>[] {
  const link = paperLinkOf(entry);
  return link ? [{ line: link.line, value: linkStyleOf(link) }] : [];
}

/**
 * Whether an entry links its paper, or something in its paper's place: a title linked, a link to a
 * paper's host or labelled as the paper, an empty link (empty-link's to report).
 */
function linksItsPaper(entry: Entry, byTitle = true): boolean {
  return (
    (byTitle && entry.title.url !== undefined) ||
    entry.links.some(
      (link) =>
        isPaperLink(link) ||
        namesThePaper(link.label) ||
        // an empty link around a badge (`[![venue](…)]()`) is the badge's, not the paper link emptied
        (link.url.trim() === '' && !showsOnlyAnImage(link.label)),
    )
  );
}

/**
 * Whether an entry's title links its code where the papers around it link their paper besides their
 * titles (`[Title](github…) … [paper](arxiv…)`): there the repository is not in the paper's place.
 */
function codeForItsPaper(entry: Entry, nearby: readonly Entry[]): boolean {
  return (
    entry.title.url !== undefined &&
    isCodeHost(entry.title.url) &&
    nearby.length >= MIN_NEIGHBOURS &&
    nearby.every((other) => paperLinkOf(other) !== undefined)
  );
}
/** Papers around an entry that say how the list links them there. */
const MIN_NEIGHBOURS = 2;

/** A link's label that names a venue or site and a year (`ACL 2025`, `arXiv, 21 Jul 2025`). */
const datedLabel = (link: Link) => YEAR_IN_WHEN.test(link.label) && /\p{L}{2}/u.test(link.label);

/**
 * Whether an entry links something under a venue and year where the papers around it link their
 * paper so (`[ACL 2025](…)`, `[arXiv, 21 Jul 2025](…)`): that link is in the paper's place, wherever
 * it goes (a venue's page for the paper, `neurips.cc/virtual/2025/poster/…`).
 */
function linksUnderItsVenue(entry: Entry, nearby: readonly Entry[]): boolean {
  const theirs = nearby.flatMap((other) => paperLinkOf(other) ?? []);
  return (
    theirs.length >= MIN_NEIGHBOURS &&
    theirs.every(datedLabel) &&
    entry.links.some((link) => datedLabel(link) && !isCodeHost(link.url))
  );
}

/** Whether an item links its paper, where its title is written. */
function paperLinkPresence(entry: Entry): Shown<boolean>[] {
  return [{ line: entry.title.line, value: linksItsPaper(entry) }];
}

/**
 * `[label](https://…` whose target runs into a bracket, a comma or the line's end without its `)`,
 * under a paper's label or to a paper's host.
 */
const OPEN_LINK = /\[([^[\]\n]+)\]\((https?:\/\/[^\s()[\]]+)(?=[\],\s]|$)/g;

/** The first paper link in the lines that never closes its target, with where it starts. */
function unclosedPaperLink(
  lines: readonly string[],
): { index: number; column: number; text: string } | undefined {
  for (const [index, line] of lines.entries()) {
    for (const match of line.matchAll(OPEN_LINK)) {
      const [text, label, url] = match;
      if (isPaperLink({ label, url })) return { index, column: match.index + 1, text };
    }
  }
  return undefined;
}

export const pdfMissing: Rule = {
  id: 'pdf-missing',
  severity: 'warning',
  description: 'A paper entry links the paper itself, written as the list writes it (`[[pdf](...)]`).',
  scope: 'entry',
  reportsAbsence: true,
  check(entry, { convention, source, nearby, changesOwnWay }) {
    if (entry.kind !== 'paper') return [];
    const paperLink = paperLinkOf(entry);
    if (paperLink) {
      const wanted = convention.linkStyle;
      const style = linkStyleOf(paperLink);
      // Only a plain label is rewritten: brackets inside one leave its extent uncertain.
      const plainLabel = /^\[?[\w .-]+\]?$/.test(paperLink.label);
      if (wanted === null || style === wanted || !plainLabel || rendersAlike(style, wanted)) return [];
      // A change that writes most of its paper links in the section otherwise has its own way there.
      if (changesOwnWay(entry, paperLinkStyle, (shown) => shown === wanted)) return [];
      // A label the list never gives its paper links in its style is another link, not theirs
      // written otherwise; and where the entries around it write theirs this way, so does the list.
      const labels = convention.linkLabels?.map((label) => label.toLowerCase());
      if (labels && !labels.includes(linkLabelOf(paperLink))) return [];
      if (writtenSoAround(nearby(entry), style)) return [];
      // Nor one with a bracket on one side only: which bracket belongs to it is anyone's guess.
      const line = source.lines[paperLink.line - 1];
      const opens = line[paperLink.column - 2] === '[';
      const closes = line[paperLink.endColumn - 1] === ']';
      if (opens !== closes) return [];
      return [
        {
          line: paperLink.line,
          column: paperLink.column,
          message: `Write the paper link as ${code(styled(unbracketed(paperLink), paperLink.url, wanted))}, as this list does.`,
        },
      ];
    }
    // Only a list whose papers link themselves asks a new one to.
    // Nor where the title, and so the entry's shape, is a guess; an empty link is empty-link's.
    // Nor an entry whose editor labels a link as the paper (`[Paper](…github.io/…)`): it links what
    // the list calls the paper; where that page is the paper's own is not a question of form.
    // A bold line without a link where the list never bolds its titles is a label over papers
    // (`- **Person search**` above them), not a paper without its link.
    // Nor one its section's papers vouch for: its link is where they link theirs (a project page
    // where they link the paper, as the list does now and then), or under a venue and year as theirs are.
    const codeInItsPlace = codeForItsPaper(entry, nearby(entry));
    if (
      !convention.paperLink ||
      entry.byShape ||
      (convention.titleBold === false && entry.title.bold && entry.links.length === 0) ||
      linksItsPaper(entry, !codeInItsPlace) ||
      titleUnmarked(entry, convention) ||
      linksUnderItsVenue(entry, nearby(entry))
    ) {
      return [];
    }
    // A change that adds several papers of a section without their links (accepted papers whose
    // proceedings are not out yet) adds them ahead of the links on purpose.
    if (changesOwnWay(entry, paperLinkPresence, (present) => present, 'batch')) return [];
    // A list that links its titles to the papers is asked for that link, not for a label it never writes.
    if (convention.titleLink && !codeInItsPlace) {
      return [
        {
          line: entry.title.line,
          column: 1,
          message: `Link the title to the paper, like ${code('[Title](https://arxiv.org/abs/…)')}, as the other papers of this list do.`,
          missing: true,
        },
      ];
    }
    const where = entry.authors ?? entry.title;
    // A paper link left open (`[pdf](https://arxiv.org/abs/2305.17812], …`) shows as text: it is
    // there, only unclosed, and that is what to say.
    const unclosed = unclosedPaperLink(source.lines.slice(entry.startLine - 1, entry.endLine));
    if (unclosed) {
      return [
        {
          line: entry.startLine + unclosed.index,
          column: unclosed.column,
          message: `Close the paper link with \`)\`: ${code(unclosed.text)} shows as text, not as a link.`,
          missing: true,
        },
      ];
    }
    return [
      {
        line: where.line,
        column: 1,
        message: `Add a link to the paper itself${entry.authors ? ' after the authors' : ''}, like ${code(
          styled(
            convention.linkLabels?.find((label) => PAPER_LABEL.test(label)) ?? 'pdf',
            'https://arxiv.org/abs/…',
            convention.linkStyle ?? 'bracketed',
          ),
        )}, as the other papers of this list have.`,
        missing: true,
      },
    ];
  },
  fix(entry, problem, { convention }) {
    const link = entry.links.find((l) => l.line === problem.line && l.column === problem.column);
    if (!link || link.isTitle || convention.linkStyle === null) return undefined;
    return { link: { at: link, style: convention.linkStyle } };
  },
};
