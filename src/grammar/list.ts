/**
 * Which items of a list are paper entries, which sections are paper categories, and the keys
 * (arXiv ids, titles) of every entry for the duplicate check: all from the cheap segmentation.
 */
import {
  ABOUT_THE_LIST,
  headingWords,
  isBracketedTag,
  isNewsHeading,
  normaliseTitle,
  VENUE_YEAR,
  whenBeforeTitle,
} from './entry.js';
import {
  ARXIV_ID,
  isCodeHost,
  isPaperHost,
  isPaperLink,
  namesThePaper,
  PAPER_LABEL,
  isOtherPaperPage,
  paperPageKey,
} from '../read/links.js';
import { offsetOfColumn } from '../read/text.js';
import { findLinks, firstStrong, strongAt } from '../read/inline.js';
import { isListMarker, recordEnd, type Heading, type ItemBlock, type Segments } from '../read/segment.js';
import type { SourceText } from '../read/text.js';
import { increment } from '../count.js';

export interface SectionFilter {
  /**
   * Headings whose lists hold papers (case-insensitive). Default: a short heading naming papers
   * ("Papers", "Paper List", "📄 Must-read Papers"), never the contribution guide.
   */
  readonly include?: readonly string[];
  /** Headings whose items are never checked, like "Blogs". */
  readonly exclude?: readonly string[];
}

export interface PaperList {
  readonly entries: readonly ItemBlock[];
  readonly categories: readonly string[];
  /** Under a paper category (a section below the papers heading, or a papers heading with none). */
  inCategory(entry: ItemBlock): boolean;
}

/** A URL as written in a link, an autolink or bare: up to the bracket, quote or space that ends it. */
const URL = /https?:\/\/[^\s<>()[\]"']+/g;
const ARXIV_LINK = new RegExp(String.raw`arxiv\.org\/(?:abs|pdf|html)\/(${ARXIV_ID})`, 'gi');

function isDefaultRoot(heading: Heading): boolean {
  const text = headingWords(heading.text);
  const words = text.split(/\s+/).filter((word) => /\w/.test(word));
  return /\bpapers?\b/i.test(text) && !/contribut|related|other|more\b/i.test(text) && words.length <= 4;
}

function matches(names: readonly string[] | undefined, heading: Heading): boolean {
  return !!names?.some((name) => name.trim().toLowerCase() === heading.text.trim().toLowerCase());
}

/** More words than the longest paper titles run to. */
const TITLE_WORDS_AT_MOST = 30;
/** A sentence's end followed by the next sentence (`… our article. Here, we …`), not `et al. Smith`. */
const SENTENCE_BREAK = /\p{Ll}{3}[.!?]\s+\p{Lu}/u;

/**
 * An item that opens with a bold run of prose, two sentences or more and longer than any title
 * (`**We provided [the slides](…/slides.pdf), … Here, we thank …**`): a note set in bold for
 * emphasis, whatever it links, not a paper's title.
 */
function opensWithBoldProse(first: string, contentStart: number): boolean {
  const bold = strongAt(first, contentStart);
  if (!bold) return false;
  const text = first.slice(bold.innerStart, bold.innerEnd);
  return text.split(/\s+/).length > TITLE_WORDS_AT_MOST && SENTENCE_BREAK.test(text);
}

/** A heading at an item's text: `- ## Machine Learning Conferences`. */
const HEADING_IN_ITEM = /^#{1,6}[ \t]/;

/**
 * A list item whose text is a heading (`- ## Machine Learning Conferences` over `* ### [NeurIPS](…):
 * [2025](…) | [2024](…)`), as an index page sets out its sections: a heading, not a paper, unless its
 * own line links one, as a paper's heading does. What is listed under it (venues' sites, pages of
 * other lists) is no paper's record.
 */
function isHeadingItem(source: SourceText, item: ItemBlock): boolean {
  if (!isListMarker(item.marker)) return false;
  const first = source.lines[item.startLine - 1];
  return (
    HEADING_IN_ITEM.test(first.slice(offsetOfColumn(first, item.contentColumn))) &&
    !linksAPaper(source, { ...item, endLine: item.startLine })
  );
}

/**
 * A title of three words or more with where and when it appeared in parentheses after it, and no
 * link to the paper: `* The Case for Learned Index Structures (SIGMOD 2018)`, then maybe a
 * `[Source Code](…)` link. Lists without links write their papers so; a venue and a year are no
 * tool's or site's record.
 */
const VENUE_YEAR_AFTER = new RegExp(
  String.raw`^(?:\S+\s+){2,}?\S+?\s*${VENUE_YEAR.source}\s*(?:\[[^\]]*\]\([^)]*\)\s*)*$`,
  'u',
);

/**
 * A title of three words or more after where and when it appeared (`2018 - KDD - Title`, `arXiv
 * 2024.12, **Title**, [website](…)`): a venue's words and a year are no tool's or site's record.
 */
function placedBeforeTitle(text: string): boolean {
  const when = whenBeforeTitle(text);
  if (!when?.venue) return false;
  const title = text.slice(when.length).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  return (title.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0) >= TITLE_LINK_WORDS;
}

/** `linksAPaper`: whether the item links a paper (read once for the whole list, see linksAPaper). */
function looksLikePaper(source: SourceText, item: ItemBlock, linksAPaper: boolean): boolean {
  const first = source.lines[item.startLine - 1];
  if (opensWithBoldProse(first, offsetOfColumn(first, item.contentColumn))) return false;
  // A bold paragraph outside the papers is prose (a tagline, a call to action) unless it links arXiv.
  if (isListMarker(item.marker) && strongAt(first, offsetOfColumn(first, item.contentColumn))) return true;
  // A paragraph, a table row or an item outside any "Papers" heading that links a paper is one.
  if (linksAPaper) return true;
  const text = first.slice(offsetOfColumn(first, item.contentColumn));
  if (isListMarker(item.marker) && (VENUE_YEAR_AFTER.test(text.trim()) || placedBeforeTitle(text)))
    return true;
  // `* [Title](papers/x.pdf) (1997): …`: an item that opens with a link to a paper is one.
  const opening = findLinks(first).find((link) => !link.image);
  return (
    isListMarker(item.marker) &&
    opening !== undefined &&
    opening.start <= offsetOfColumn(first, item.contentColumn) &&
    isPaperLink({ label: opening.text, url: opening.url })
  );
}

/**
 * A link to where papers are published (arXiv, a DOI, a proceedings page, a PDF) or labelled as the
 * paper (`[[Paper]](…)`), anywhere in the item.
 */
function linksAPaper(source: SourceText, item: ItemBlock): boolean {
  // Most papers link arXiv: a look at each line for it first spares reading the others' links.
  for (let line = item.startLine; line <= item.endLine; line++) {
    if (source.lines[line - 1].includes('arxiv.org/')) return true;
  }
  for (let line = item.startLine; line <= item.endLine; line++) {
    const text = source.lines[line - 1];
    for (const url of text.match(URL) ?? []) if (isPaperHost(url)) return true;
    for (const link of findLinks(text)) {
      if (!link.image && namesThePaper(link.text)) return true;
    }
  }
  return false;
}

/** A bold label ending in a colon at an item's text: `**Metrics:**`, `**Datasets**:`. */
const LABEL = /^(?:\*\*|__)([^*_]{1,40}?)(?::(?:\*\*|__)|(?:\*\*|__):)/;
/** Items a label must open, in a few words, to be a field's label rather than one item's name. */
const FIELD_LABEL_ITEMS = 3;
const FIELD_LABEL_WORDS = 3;

/** The label an item opens with, lower-cased; undefined when it opens otherwise. */
function labelOf(source: SourceText, item: ItemBlock): string | undefined {
  if (!isListMarker(item.marker)) return undefined;
  const first = source.lines[item.startLine - 1];
  return LABEL.exec(first.slice(offsetOfColumn(first, item.contentColumn)))?.[1]
    .trim()
    .toLowerCase();
}

/**
 * The labels of fields, as a list writes its papers' details one per item (`- **Metrics:** …`,
 * `- **Comments:** …`): a label of a few words that opens many items.
 */
function fieldLabels(source: SourceText, items: readonly ItemBlock[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const label = labelOf(source, item);
    if (label !== undefined) increment(counts, label);
  }
  return new Set(
    [...counts]
      .filter(([label, n]) => n >= FIELD_LABEL_ITEMS && label.split(/\s+/).length <= FIELD_LABEL_WORDS)
      .map(([label]) => label),
  );
}

/** The share of a section's items that must link their papers for it to vouch for the rest. */
const MOST_OF_A_SECTION = 2 / 3;
/** Papers a section must hold, at least, to vouch for an item. */
const MIN_VOUCHING = 2;
/** Uses of a link label in a section, at least, before its use there tells what it names. */
const MIN_LABEL_USES = 3;
/** Words of a link text, at least, for it to be a title rather than a label (`[Paper]`). */
const TITLE_LINK_WORDS = 3;
/** What an item's text opens with, past a short tag or emoji (`:camera: <b>`, `(NeurIPS 2024) **`). */
const OPENING_TAG = /^(?:(?:\([^()]{1,20}\)|\[[^[\]]{1,20}\]|(?::[a-z\d_+-]{1,30}:[ \t]*)+)[ \t]*)?/i;

/** A link's text without the brackets or code marks around it (`[[Link]](…)`, `` [`PDF`](…) ``). */
function linkLabel(text: string): string {
  let label = text.trim();
  if (label.startsWith('[') && label.endsWith(']')) label = label.slice(1, -1);
  if (label.startsWith('`') && label.endsWith('`')) label = label.slice(1, -1);
  return label.trim().toLowerCase();
}

/** A project's page on GitHub Pages: where a paper's project page often lives, unlike its code. */
const PROJECT_PAGE = /^(?:https?:\/\/)?[\w-]+\.github\.io(?:[/:?#]|$)/i;
/** A link to code (a repository, a model), not to a page about the work. */
const toCode = (url: string) => isCodeHost(url) && !PROJECT_PAGE.test(url.trim());

const isTitleText = (text: string) =>
  !text.includes('![') &&
  /\S\s+\S+\s+\S/.test(text) &&
  (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’:-]*/gu)?.length ?? 0) >= TITLE_LINK_WORDS;

/** How an item's text opens: a bold title, a linked title, or otherwise (a table row is a row). */
function openingOf(source: SourceText, item: ItemBlock): string {
  if (item.marker === '|') return 'row';
  const first = source.lines[item.startLine - 1];
  const text = first.slice(offsetOfColumn(first, item.contentColumn));
  const rest = text.slice(OPENING_TAG.exec(text)?.[0].length ?? 0);
  if (/^(?:\*\*|__|<(?:b|strong)>)/i.test(rest)) return 'bold';
  return rest.startsWith('[') && !rest.startsWith('[!') ? 'link' : 'other';
}

interface ItemLink {
  /** Its text as a label names it: lower-cased, without brackets (`link` for `[[Link]]`). */
  readonly label: string;
  /** Its text is a title (a few words), not a label. */
  readonly title: boolean;
  readonly url: string;
}

/** An item's links (not images, not to places in the page), every line of it. */
function linksOf(source: SourceText, item: ItemBlock): ItemLink[] {
  const links: ItemLink[] = [];
  for (let line = item.startLine; line <= recordEnd(item); line++) {
    for (const link of findLinks(source.lines[line - 1])) {
      if (link.image || link.url.startsWith('#')) continue;
      const title = isTitleText(link.text);
      links.push({ label: title ? '' : linkLabel(link.text), title, url: link.url });
    }
  }
  return links;
}

/**
 * Items a section of papers vouches for, as a reader who has read the section takes them: in a
 * section where most items of a kind (list items, paragraphs, a table's rows) link their papers, an
 * item of that kind that opens as they do and links as they do is a paper too, though its link is
 * no paper's (`<b>Title (CVPR 2018)</b> [[Link]](project page)` among `[[Paper]](arxiv)` entries).
 * It links as they do with a link labelled as papers are (`[Link]`, `[pdf]`, not to code), with a
 * label the section gives mostly to links to papers (its `[page]` that goes to arXiv nearly every
 * time), or with a linked title (not to code) where they link theirs. A section of datasets or tools, whose items
 * mostly link other things, vouches for none of them, and an item linking only code is not one.
 */
function vouchedFor(
  source: SourceText,
  items: readonly ItemBlock[],
  linkingPapers: ReadonlySet<ItemBlock>,
): ReadonlySet<ItemBlock> {
  const groups = new Map<string, ItemBlock[]>();
  for (const item of items) {
    const kind = item.marker === '|' ? 'row' : isListMarker(item.marker) ? 'item' : 'paragraph';
    const section = item.topic ?? item.headings[item.headings.length - 1]?.line ?? 0;
    const key = `${section}:${kind}:${item.columns?.join('|') ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const vouched = new Set<ItemBlock>();
  for (const group of groups.values()) {
    const papers = group.filter((item) => linkingPapers.has(item));
    if (
      papers.length === group.length ||
      papers.length < MIN_VOUCHING ||
      papers.length < MOST_OF_A_SECTION * group.length
    )
      continue;
    const openings = new Map<string, number>();
    for (const paper of papers) increment(openings, openingOf(source, paper));
    const opening = [...openings].sort((a, b) => b[1] - a[1])[0][0];
    // Read only when an item needs them: most sections of papers have no item to vouch for.
    let titleLinked: boolean | undefined;
    let labels: ReadonlySet<string> | undefined;
    for (const item of group) {
      if (linkingPapers.has(item) || openingOf(source, item) !== opening) continue;
      const own = linksOf(source, item).filter((link) => !toCode(link.url) || !link.title);
      if (own.length === 0) continue;
      // A link labelled as papers' are (`[Link]`, `[pdf]`), not to code.
      if (own.some((link) => !link.title && !toCode(link.url) && PAPER_LABEL.test(link.label))) {
        vouched.add(item);
        continue;
      }
      // A linked title, where most of the section's papers link their titles to the papers.
      if (own.some((link) => link.title)) {
        titleLinked ??=
          papers.filter((paper) => linksOf(source, paper).some((link) => link.title && isPaperHost(link.url)))
            .length *
            2 >=
          papers.length;
        if (titleLinked) {
          vouched.add(item);
          continue;
        }
      }
      // A label the section gives its paper links, wherever this one goes.
      labels ??= paperLabels(group.flatMap((other) => linksOf(source, other)));
      if (own.some((link) => labels!.has(link.label))) vouched.add(item);
    }
  }
  return vouched;
}

/**
 * The labels these links give mostly to links to papers (`[page]`, when a section's `[page]` links
 * go to arXiv nearly every time): such a label names the paper's link, wherever one goes.
 */
function paperLabels(links: readonly ItemLink[]): ReadonlySet<string> {
  const uses = new Map<string, number>();
  const toPapers = new Map<string, number>();
  for (const link of links) {
    if (link.title) continue;
    increment(uses, link.label);
    if (isPaperHost(link.url)) increment(toPapers, link.label);
  }
  return new Set(
    [...toPapers]
      .filter(([label, n]) => n >= MIN_LABEL_USES && n * 2 > (uses.get(label) ?? 0))
      .map(([label]) => label),
  );
}

/**
 * A tag of where and when a paper appeared, written compactly before a plain title: a venue's word
 * and a year run together by a hyphen or an apostrophe (`20-NSDI-`, `2020-NSDI-`, `NSDI'20: `,
 * `NSDI-2020 - `), or in brackets (`[NSDI'20] `, `(OSDI 2014) `). A two-digit year stands only so
 * (`Lecture 12: ` is no tag). Alone, such a tag may be a title's own words (`12-Lead-ECG …`): it is
 * read only where a section's items repeat it (see taggedPlainly).
 */
const TAG_VENUE = String.raw`\p{L}[\p{L}\p{N}&+.]{1,15}`;
const COMPACT_TAG = new RegExp(
  String.raw`^(?:(?:(?:19|20)\d{2}|\d{2})-${TAG_VENUE}|${TAG_VENUE}(?:['’]\d{2}|[-'’ ]?(?:19|20)\d{2}))(?:[ \t]*[-–—:|][ \t]*|-)`,
  'u',
);
const BRACKETED_TAG = /^(?:\[([^[\]]{3,24})\]|\(([^()]{3,24})\))[ \t]*(?:[-–—:|][ \t]*)?/u;
/** A year in a bracketed tag: four digits, or two after an apostrophe (`NSDI'20`). */
const TAG_YEAR = /(?:^|[^\d])(?:(?:19|20)\d{2}|['’]\d{2})(?!\d)/u;
/** A digit where a tag's year would be: within the longest tag either form reads. */
const TAG_DIGIT = /^[^\d\n]{0,25}\d/;
/** Sections whose items share a tag, at least, before the list is taken to write its papers so. */
const MIN_TAGGED = 3;

/** The shape of an item's opening tag (letters and digits as runs: `9-a-`), if it opens with one and a title. */
function tagShape(source: SourceText, item: ItemBlock): string | undefined {
  if (!isListMarker(item.marker)) return undefined;
  const first = source.lines[item.startLine - 1];
  // A bold item (`**20-NSDI-Title**`) shows its tag as a plain one does.
  const text = first.slice(offsetOfColumn(first, item.contentColumn)).replace(/^(?:\*\*|__)/, '');
  // Either tag holds its year within its first characters: most items hold none there.
  if (!TAG_DIGIT.test(text)) return undefined;
  let tag = COMPACT_TAG.exec(text)?.[0];
  if (tag === undefined) {
    const bracketed = BRACKETED_TAG.exec(text);
    const inner = bracketed && (bracketed[1] ?? bracketed[2]);
    if (inner && /\p{L}{2}/u.test(inner) && TAG_YEAR.test(inner)) tag = bracketed[0];
  }
  if (tag === undefined) return undefined;
  const title = text.slice(tag.length);
  // The title follows as words (not a link: a linked title is a link's item).
  if (
    title.startsWith('[') ||
    (title.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0) < TITLE_LINK_WORDS
  )
    return undefined;
  return tag
    .replace(/\p{L}+/gu, 'a')
    .replace(/\d+/g, '9')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Plain items that are papers by the tag their section's items share (`- 20-NSDI-Title`, most items
 * of their section opening with a venue and year so, without links to their papers): a list that
 * writes its papers without links, each after where and when it appeared. The items of a section
 * that do not open so (questions, notes) are not papers by it, nor is a tag a few items share (at
 * least three, most of each section's items), nor an item among such items that link their papers
 * (it lost its link: pdf-missing's to tell).
 */
function taggedPlainly(
  source: SourceText,
  items: readonly ItemBlock[],
  linkingPapers: ReadonlySet<ItemBlock>,
): ReadonlySet<ItemBlock> {
  const sections = new Map<string, { items: number; shapes: Map<string, ItemBlock[]> }>();
  for (const item of items) {
    if (!isListMarker(item.marker)) continue;
    const key = String(item.topic ?? item.headings[item.headings.length - 1]?.line ?? 0);
    let section = sections.get(key);
    if (!section) sections.set(key, (section = { items: 0, shapes: new Map() }));
    section.items++;
    const shape = tagShape(source, item);
    if (shape === undefined) continue;
    const tagged = section.shapes.get(shape);
    if (tagged) tagged.push(item);
    else section.shapes.set(shape, [item]);
  }
  const byShape = new Map<string, ItemBlock[]>();
  for (const section of sections.values()) {
    for (const [shape, tagged] of section.shapes) {
      // Where most such items link their papers, one without its link is a paper that lost it.
      const plain = tagged.filter((item) => !linkingPapers.has(item));
      if (
        tagged.length < MOST_OF_A_SECTION * section.items ||
        plain.length < MOST_OF_A_SECTION * tagged.length
      )
        continue;
      byShape.set(shape, [...(byShape.get(shape) ?? []), ...tagged]);
    }
  }
  return new Set([...byShape.values()].filter((tagged) => tagged.length >= MIN_TAGGED).flat());
}

function hasChildHeading(headings: readonly Heading[], heading: Heading): boolean {
  const next = headings[headings.indexOf(heading) + 1];
  return next !== undefined && next.level > heading.level;
}

export function findPaperList(source: SourceText, segments: Segments, filter: SectionFilter = {}): PaperList {
  const isRoot = (heading: Heading) =>
    filter.include ? matches(filter.include, heading) : isDefaultRoot(heading);
  const candidates = segments.headings.filter(isRoot);
  // A document title like "# Must-read papers on GNN" names the whole list; a "## Papers" with
  // categories under it is the root. A "## Survey papers" with none is itself one category.
  const withCategories = candidates.filter((h) => h.level > 1 && hasChildHeading(segments.headings, h));
  const titles = candidates.filter((h) => h.level === 1);
  const roots = new Set(
    filter.include
      ? candidates
      : withCategories.length > 0
        ? withCategories
        : titles.length > 0
          ? titles
          : candidates,
  );
  const hasSubsection = new Set<Heading>();
  const categories: string[] = [];
  let chain: Heading[] = [];
  for (const heading of segments.headings) {
    chain = [...chain.filter((h) => h.level < heading.level), heading];
    const root = chain.find((h) => roots.has(h));
    if (root && root !== heading) {
      hasSubsection.add(root);
      if (!matches(filter.exclude, heading)) categories.push(heading.text);
    }
  }
  for (const root of roots) if (!hasSubsection.has(root)) categories.push(root.text);

  const rootOf = (item: ItemBlock) => item.headings.find((heading) => roots.has(heading));
  const fields = fieldLabels(source, segments.items);
  // An item holding one field of a paper (its label no title) is no paper unless it links one.
  const linkingPapers = new Set(segments.items.filter((item) => linksAPaper(source, item)));
  const isField = (item: ItemBlock) =>
    fields.size > 0 && fields.has(labelOf(source, item) ?? '') && !linkingPapers.has(item);
  const vouched = new Set([
    ...vouchedFor(source, segments.items, linkingPapers),
    ...[...taggedPlainly(source, segments.items, linkingPapers)].filter((item) => !linkingPapers.has(item)),
  ]);
  // Asked for every item under it: each heading is judged once.
  const leftOut = new Map<Heading, boolean>();
  const isLeftOut = (heading: Heading) => {
    let out = leftOut.get(heading);
    if (out === undefined) {
      out = matches(filter.exclude, heading) || (!filter.include && isNewsHeading(heading.text));
      leftOut.set(heading, out);
    }
    return out;
  };
  const entries = segments.items.flatMap((item) =>
    !item.headings.some(isLeftOut) &&
    // A row of an HTML table is a paper by what it links, wherever it stands: its table may be
    // an index of the page, or its people.
    ((rootOf(item) !== undefined && item.htmlRow === undefined) ||
      looksLikePaper(source, item, linkingPapers.has(item)) ||
      vouched.has(item)) &&
    !isField(item) &&
    !isHeadingItem(source, item)
      ? [vouched.has(item) ? { ...item, byShape: true as const } : item]
      : [],
  );
  const inCategory = (item: ItemBlock) => {
    const deepest = item.headings[item.headings.length - 1];
    if (!deepest) return false;
    const root = rootOf(item);
    if (root === deepest) return !hasSubsection.has(root);
    // A config naming the papers headings means exactly those; otherwise a paper is misplaced only
    // where it plainly does not belong: under no heading, directly above the categories, or in a
    // section about the list itself.
    if (filter.include) return root !== undefined;
    return !aboutTheList(deepest);
  };
  // Asked for every entry: each heading's words are read once.
  const about = new Map<Heading, boolean>();
  const aboutTheList = (heading: Heading) => {
    let is = about.get(heading);
    if (is === undefined) about.set(heading, (is = ABOUT_THE_LIST.test(headingWords(heading.text))));
    return is;
  };
  return { entries, categories, inCategory };
}

export interface EntryKeys {
  readonly arxivIds: readonly string[];
  readonly title: string;
  /** The paper pages it links other than arXiv's, each as paperPageKey writes it. */
  readonly pages: readonly string[];
}

/** The duplicate keys of one entry, read with a few regular expressions rather than a parse. */
export function entryKeys(source: SourceText, entry: ItemBlock): EntryKeys {
  const arxivIds = new Set<string>();
  const pages = new Set<string>();
  for (let line = entry.startLine; line <= recordEnd(entry); line++) {
    const text = source.lines[line - 1];
    if (!text.includes('arxiv.org/')) continue;
    for (const match of text.matchAll(ARXIV_LINK)) arxivIds.add(match[1].toLowerCase());
  }
  // A paper's page is a key only of a paper with no arXiv id (see the duplicate rule's keys): most
  // entries link arXiv, and their other links are not read for it.
  for (let line = entry.startLine; arxivIds.size === 0 && line <= recordEnd(entry); line++) {
    for (const link of findLinks(source.lines[line - 1])) {
      if (!link.image && isOtherPaperPage({ label: link.text, url: link.url }))
        pages.add(paperPageKey(link.url));
    }
  }
  const first = source.lines[entry.startLine - 1];
  // The first bold span before any link: the title, after a prefix (a date, the authors) if any.
  const link = first.indexOf('](');
  const strong = firstStrong(
    first,
    offsetOfColumn(first, entry.contentColumn),
    link === -1 ? first.length : link,
  );
  const bold = strong && first.slice(strong.innerStart, strong.innerEnd);
  const title = bold && !isBracketedTag(bold) ? normaliseTitle(bold) : '';
  return { arxivIds: [...arxivIds], title, pages: [...pages] };
}
