import { type Entry } from '../../grammar/entry.js';
import { isPaperLink, parseArxivUrl } from '../../read/links.js';
import { arxivUrlOf } from '../../grammar/write.js';
import { code } from './edit.js';
import type { Rule, Shown } from './types.js';

/** The form of each of the entry's arXiv links (`abs` or `pdf`), where it is written. */
function arxivForms(entry: Entry): Shown<'abs' | 'pdf'>[] {
  return entry.links.flatMap((link) => {
    const kind = parseArxivUrl(link.url)?.kind;
    return kind === 'abs' || kind === 'pdf' ? [{ line: link.line, value: kind }] : [];
  });
}

/** A URL of a PDF: `….pdf`, a publisher's `/doi/pdf/…`, OpenReview's `/pdf?id=…`. */
const PDF_URL = /\.pdf(?:[?#].*)?$|\/pdf(?:[/?]|$)/i;

/**
 * The page an entry links its paper at: arXiv's abstract or PDF, or another host's PDF (`pdf`) or
 * page (`other`); undefined for an entry without a link to its paper.
 */
function paperPage(entry: Entry): 'abs' | 'pdf' | 'other' | undefined {
  const arxiv = arxivForms(entry)[0];
  if (arxiv) return arxiv.value;
  const link = entry.links.find((link) => isPaperLink(link));
  return link && (PDF_URL.test(link.url.trim()) ? 'pdf' : 'other');
}

/** How many links to arXiv's abstract pages a text holds, read once a text. */
const abstractLinks = new WeakMap<readonly string[], number>();
function abstractLinksIn(lines: readonly string[]): number {
  let n = abstractLinks.get(lines);
  if (n === undefined) {
    n = 0;
    for (const line of lines)
      if (line.includes('arxiv.org/abs/')) n += line.split('arxiv.org/abs/').length - 1;
    abstractLinks.set(lines, n);
  }
  return n;
}

export const arxivAbs: Rule = {
  id: 'arxiv-abs',
  severity: 'warning',
  severityNote: "error where the list's contribution guide asks for `/abs/` links",
  description:
    'arXiv papers link the page the list links: the abstract (`/abs/`), or the PDF where the list does.',
  scope: 'line',
  check(entry, { convention, changesOwnWay, nearby, source }) {
    // The list's own form, both ways: in a list that keeps /pdf/ links (often labelled `pdf`) an
    // abstract page is the odd one out, as a PDF is in a list that keeps /abs/.
    const form = convention.arxivLink;
    if (form === null) return [];
    // A new section whose entries all link the other page is written so on purpose: its author's choice.
    if (changesOwnWay(entry, arxivForms, (kind) => kind === form, 'new-section')) return [];
    // The abstract page is arXiv's own landing page for a paper, never wrong in itself: a list that
    // links PDFs asks for its form only of a contributor who linked it once (a slip; one who links
    // abstracts for two papers or more does so on purpose, and the list's entries from now on are
    // mixed), and where every entry around this one links the PDF too.
    if (form === 'pdf') {
      if (changesOwnWay(entry, arxivForms, (kind) => kind === form, 'habit')) return [];
      // Every entry around it that links arXiv links its PDF; or, in a list that links no abstract
      // page but this entry's, every one around it links its paper's PDF, wherever (a list of PDFs,
      // arXiv's among them, which few entries around a paper may show).
      const near = nearby(entry);
      const around = near.flatMap(arxivForms);
      const own = arxivForms(entry).filter(({ value }) => value === 'abs').length;
      const pages = abstractLinksIn(source.lines) <= own ? near.map(paperPage) : [];
      const pdfs = pages.length > 0 && pages.every((page) => page === 'pdf');
      if (!pdfs && (around.length === 0 || around.some(({ value }) => value === 'abs'))) return [];
    }
    const severity = form === 'abs' && convention.writtenRules.includes('arxiv-abs') ? 'error' : 'warning';
    return entry.links.flatMap((link) => {
      const wanted = arxivUrlOf(undefined, link.url, form);
      if (wanted === undefined) return [];
      // The page linked: the other form, or another of arXiv's pages (`/html/`).
      const kind = parseArxivUrl(link.url)?.kind;
      const page =
        kind === 'abs' ? 'the abstract page' : kind === 'pdf' ? 'the PDF' : `its \`/${kind}/\` page`;
      const message =
        form === 'abs'
          ? `Link the arXiv abstract page instead of ${page}: ${code(wanted)}.`
          : // Which PDF form (`.pdf` or not) is the list's is the fix's to write, through its grammar.
            `Link the arXiv PDF (\`/pdf/\`) instead of ${page}, as this list and the papers around this one do.`;
      return [{ line: link.line, column: link.urlColumn, message, text: link.url, severity }];
    });
  },
  fix(entry, problem, { convention }) {
    const form = convention.arxivLink;
    const link = entry.links.find((l) => l.line === problem.line && l.urlColumn === problem.column);
    // The page in the list's own form for arXiv links: the grammar writes it (fix.ts).
    return form && link && arxivUrlOf(undefined, link.url, form)
      ? { link: { at: link, arxiv: form } }
      : undefined;
  },
};
