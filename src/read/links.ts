/**
 * What a link is, read from its label and its target alone: a paper's (a paper host, a label that
 * names the paper), code's, or an arXiv page (which id, which page). The reader asks it to tell
 * papers from other items; the grammar and the rules ask it of an entry's links.
 */

/** An arXiv identifier: new style `2106.09685`, or old style `hep-th/9901001`. */
export const ARXIV_ID = String.raw`(?:[a-z-]+(?:\.[a-z]{2})?\/\d{7}|\d{4}\.\d{4,5})`;
const ARXIV_URL = new RegExp(
  String.raw`^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(abs|pdf|html)\/(${ARXIV_ID})(v\d+)?(\.pdf)?\/?(?:[?#].*)?$`,
  'i',
);
/** `pdf`, `Paper`, `arXiv`…, possibly qualified: `pdf (Chinese)`. */
export const PAPER_LABEL =
  /^(pdf|paper|arxiv|abs|abstract|doi|openreview|acl|link|html|pub|publication|journal|article|preprint|proceedings)(?:\s*\([^)]*\))?$/i;
/**
 * Where papers themselves are published (a link here is the paper, whatever its label), with a
 * conference's page of one paper (USENIX's `/conference/osdi20/presentation/qiu`, NDSS's
 * `/ndss-paper/…`), its abstract and PDF.
 */
const PAPER_HOST =
  /^(?:https?:\/\/)?(?:[\w-]+\.)*(?:arxiv\.org|openreview\.net|aclanthology\.org|aclweb\.org|doi\.org|papers\.nips\.cc|proceedings\.neurips\.cc|proceedings\.mlr\.press|ieeexplore\.ieee\.org|dl\.acm\.org|link\.springer\.com|openaccess\.thecvf\.com|ojs\.aaai\.org|aaai\.org|ijcai\.org|semanticscholar\.org|biorxiv\.org|medrxiv\.org|ssrn\.com|jmlr\.org|sciencedirect\.com|ecva\.net|isca-speech\.org|isca-archive\.org|pnas\.org|academic\.oup\.com|onlinelibrary\.wiley\.com|nature\.com\/articles|science\.org\/doi|researchgate\.net\/publication|usenix\.org\/conference\/[\w.-]+\/(?:technical-sessions\/)?presentation|ndss-symposium\.org\/ndss-paper)\/|\.pdf(?:[?#].*)?$/i;
/** Where code, models, posts and videos live: a `[link]` there is not to a paper. */
const CODE_HOST =
  /^(?:https?:\/\/)?(?:[\w-]+\.)*(?:github\.com|gitlab\.com|huggingface\.co\/(?!papers)|github\.io|wikipedia\.org|medium\.com|substack\.com|zhihu\.com|youtube\.com|youtu\.be|twitter\.com|x\.com|ruder\.io|towardsdatascience\.com)(?:[/:]|$)/i;

/**
 * A page listing a venue's papers, not one paper: a year's proceedings (`/proceedings/2025/`,
 * `/doi/proceedings/…`, `/events/acl-2025/`, `/volumes/…`, `/xpl/conhome/…`), a conference's group
 * (`/group?id=…`) or day listing (`/CVPR2025?day=all`), a volume (`/v238/`).
 */
const VENUE_INDEX =
  /^https?:\/\/[^/?#]+\/(?:proceedings\/\d{4}|events\/[\w-]+|volumes\/[\w.-]+|doi\/proceedings\/.*|xpl\/conhome\/.*|group\?.*|[a-z]+\d{4}(?:\.py)?|v\d+)\/?(?:[?#].*)?$/i;
/** A link named by a year or a number (`[2025](…)`, `[25](…)`): a venue index's, with the page above. */
const NUMBER_LABEL = /^\s*\d{1,4}\s*$/;
/** A URL where code, models, posts or videos live (GitHub, Hugging Face, Medium, YouTube…). */
export function isCodeHost(url: string): boolean {
  return CODE_HOST.test(url.trim());
}

/** A URL where papers are published (arXiv, a DOI, a proceedings site, a PDF). */
export function isPaperHost(url: string): boolean {
  return PAPER_HOST.test(url.trim());
}

/**
 * A link's text that says it is the paper (`[Paper]`, `[[pdf]]`); not `[link]`, which may go
 * anywhere. The editor's word that the item is a paper, wherever the link goes (a project page on
 * github.io, the repository it is published with).
 */
const PAPER_ITSELF = /^\[?(?:pdf|paper|arxiv|abs|abstract|doi|openreview)\]?$/i;
export const namesThePaper = (label: string) => PAPER_ITSELF.test(label.trim());

/** A link to the paper itself: labelled like one, or pointing where papers are published. */
export function isPaperLink(link: { readonly label: string; readonly url: string }): boolean {
  const url = link.url.trim();
  // `- [IJCAI](…) [2025](…/proceedings/2025/), [2024](…)`: a venue index links its years' papers, none is one.
  if (NUMBER_LABEL.test(link.label) && VENUE_INDEX.test(url)) return false;
  // A label in code spans (`` [`PDF`](…) ``) names the link as plainly as one without.
  const label = link.label.replace(/^`(.*)`$/, '$1');
  return PAPER_HOST.test(url) || (PAPER_LABEL.test(label) && !CODE_HOST.test(url));
}
/** A link to a paper page other than arXiv's (arXiv's pages are keyed by their id). */
export function isOtherPaperPage(link: { readonly label: string; readonly url: string }): boolean {
  return isPaperLink(link) && !/^(?:https?:\/\/)?(?:[\w-]+\.)*arxiv\.org\//i.test(link.url.trim());
}

/** A DOI inside a URL (`doi.org/10.1145/…`, `dl.acm.org/doi/abs/10.1145/…`), up to a query or fragment. */
const DOI_IN_URL = /\b(10\.\d{4,9}\/[^\s?#]+)/;
/** What a publisher's URL adds after a DOI for one of its views of the paper. */
const DOI_VIEW = /(?:\.pdf|\/(?:pdf|full|abstract|abs|epdf|html))+\/?$/i;

/**
 * One string for a paper page, the same however the page was written: its DOI where it has one (the
 * DOI resolver's page and the publisher's abstract or PDF view of one DOI), else its address without
 * the scheme, `www.`, a fragment or a closing slash, in lower case. Not for arXiv (see parseArxivUrl).
 */
export function paperPageKey(url: string): string {
  const doi = DOI_IN_URL.exec(url);
  if (doi) return `doi:${doi[1].replace(DOI_VIEW, '').toLowerCase()}`;
  return url
    .trim()
    .replace(/^(?:https?:)?\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/#.*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

export interface ArxivUrl {
  readonly kind: string;
  readonly id: string;
  readonly version: string;
  readonly pdfSuffix: boolean;
}

export function parseArxivUrl(url: string): ArxivUrl | undefined {
  const match = ARXIV_URL.exec(url.trim());
  if (!match) return undefined;
  return {
    kind: match[1].toLowerCase(),
    id: match[2].toLowerCase(),
    version: match[3] ?? '',
    pdfSuffix: !!match[4],
  };
}
