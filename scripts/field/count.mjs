/**
 * An independent, deliberately simple count of a paper list's entries, used by `npm run field` to
 * cross-check the grammar (src/grammar) — it shares no code with src/.
 *
 * Method (line based, no Markdown parser):
 *  1. Skip fenced code blocks (a line starting with ``` or ~~~) and HTML comments (over several lines, or one alone on its line).
 *  2. Cut the file into blocks: headings (also HTML `<h3>…</h3>` alone on a line); table rows (a line starting with `|`; the header row above a
 *     `|---|` separator and the separator are not rows; an HTML table's `<tr>` to its `</tr>`); list items (a `-`, `*`, `+` or `1.`/`1)`
 *     marker, also inside `>` quotes) with their continuation lines (following non-blank lines, and
 *     lines after a blank line that are indented past the marker); paragraphs (runs of other non-blank
 *     lines).
 *  3. A nested item with no title of its own (a `[[Paper]](…)` line, a bare link list) is folded into
 *     the item above it.
 *  4. A block is a paper entry when its text (with folded children) has
 *       a) a link to a paper host (arxiv.org, openreview, aclanthology/aclweb, doi.org, a `.pdf`, thecvf,
 *          neurips/nips.cc, ieeexplore, dl.acm.org, springer, sciencedirect, mlr.press, jmlr, ijcai,
 *          aaai, biorxiv/medrxiv, semanticscholar, nature, science, …), or
 *       b) a link labelled paper / pdf / arxiv / doi / pub (not to GitHub), or
 *       c) a title (a bold span of ≥ 2 words, a link text or quoted text of ≥ 3 words) and a year, or
 *       d) a title and an italic author line, or
 *       e) a bold title opening its first line, right after it the authors' names (two or more, or
 *          one and `et al`: `**Title;** Peng Xu, Xiatian Zhu`, `**Title?** Yang Yue et al`), or
 *       f) a list item whose first line is a plain title of ≥ 3 words (no bold), then a venue and year in
 *          parentheses, then only links (`* The Case for Learned Index Structures (SIGMOD 2018)`) or
 *       g) a list item that is nothing but a bold title of ≥ 4 words opening with a capital or digit,
 *          with no link in it or under it (a list that gives titles alone), or
 *       h) a list item whose first line opens with where and when the paper appeared, a venue's words
 *          and a year or date in either order, set off by a dash, a bar or a comma, then a title of
 *          ≥ 3 words, linked or not (`- 2018 - KDD - Title`, `- arXiv 2024.12, Title, [website](…)`), or
 *          a year of two or four digits and a venue's acronym run together by hyphens (`- 20-NSDI-Title`);
 *     a heading counts only by a) or b) (lists that give each paper a heading), and so does a list item
 *     whose text is a heading (`- ## Conferences`), by the links of its own line. A link to a site's
 *     home page (`https://nips.cc/`) is never a paper's.
 *  5. Links to `#anchors` (tables of contents) never count, nor does a table row that opens with one
 *     (a row of an index of the page's sections, whatever else it links), nor do blocks whose
 *     innermost heading is named like news, blogs, tools, toolkits, libraries, courses, tutorials,
 *     lectures, talks, workshops, seminars, podcasts, books, videos, contributing, citation, acknowledgements, star
 *     history, licence, related/other lists, people, jobs, contact, update log (or "Updated <date>",
 *     change history), websites, slides, codebases, or is just "Code(s)" or "Resource(s)" (datasets and benchmarks are
 *     kept: their entries are mostly papers, also under a heading naming tools too), nor blocks under any heading of other lists ("Related
 *     Awesome Lists" and its subsections).
 *  6. A nested item that is not an entry (an author sub-bullet) belongs to the entry above it.
 */

export const PAPER_HOST =
  /arxiv\.org\/(?:abs|pdf|html|ftp)|export\.arxiv|openreview\.net|aclanthology\.org|aclweb\.org|doi\.org\/|\.pdf(?:$|[?#])|thecvf\.com|neurips\.cc|nips\.cc|ieeexplore\.ieee|dl\.acm\.org|link\.springer|springer\.com\/(?:article|chapter)|sciencedirect\.com|mlr\.press|jmlr\.org|ijcai\.org|aaai\.org|biorxiv\.org|medrxiv\.org|semanticscholar\.org|nature\.com\/articles|science\.org\/doi|pubs\.acs\.org|academic\.oup|onlinelibrary\.wiley|ecva\.net|isca-speech\.org|isca-archive\.org|researchgate\.net\/publication|papers\.ssrn|iclr\.cc|proceedings\.neurips|paperswithcode\.com\/paper|huggingface\.co\/papers|pmlr|ojs\.|ncbi\.nlm\.nih\.gov|pnas\.org|cell\.com|mdpi\.com|tandfonline|usenix\.org\/(?:conference|system\/files)|vldb\.org\/pvldb|arxiv\.org\/\d/i;

const PAPER_LABEL = /^[\s[\]\W]*(?:paper|pdf|arxiv|doi|pub|publication|article|abs|acl|link)[\s[\]\W]*$/i;
/** A label that says the link is the paper (not a bare `link`, which a dataset's site gets too). */
export const PAPER_ITSELF = /^[\s[\]\W]*(?:paper|pdf|arxiv|doi|pub|publication|article|abs)[\s[\]\W]*$/i;
/** A heading of datasets alone (`Datasets`, `2.1 Datasets`, `3D Datasets`): its items are datasets unless they link a paper. */
const DATASET_SECTION = /^\W*(?:[\dIVX]+\.?[\d.]*\s+)?(?:[\w-]+\s+)?data ?sets?\W*$/i;

export const EXCLUDED_SECTION =
  /\b(?:news|blogs?|blog posts?|tools|toolbox(?:es)?|toolkits?|libraries|software (?:libraries|packages|tools)|courses?|tutorials?|lectures?|talks|workshops|seminars?|podcasts?|books?|videos|contribut\w*|citations?|cite|acknowledge?ments?|star history|licen[cs]e|(?:related|other|awesome|similar|external) (?:lists?|repos?|repositories|resources|awesome\w*|reading lists?)|people|researchers|jobs?|contact(?: us)?|update log|updates|updated(?=\s*(?:\d|on\b|:|$))|change history|changelog|websites?|slides|codebases?|code repos?|^codes?$|^resources?$)\b/i;

/**
 * A heading that names datasets or benchmarks (`Benchmarks, datasets, and tools`) keeps its entries
 * even when it also names tools: such sections list mostly the papers that made them.
 */
const PAPERS_SECTION = /\b(?:data ?sets?|benchmarks?)\b/i;

/** A heading of other lists (`Related Awesome Lists`): everything under it is a list, not a paper. */
const OTHER_LISTS =
  /\b(?:related|other|awesome|similar|external) (?:awesome )?(?:lists?|repos?|repositories|reading lists?)\b/i;

/** A table row whose first cell links a section of the page: a row of the page's index. */
const INDEX_ROW = /^\s*(?:>\s*)*\|\s*\[[^\]]*\]\(#/;
/** A list item whose text is a heading: `- ## Machine Learning Conferences`. */
const ITEM_HEADING = /^\s*(?:>\s*)*(?:[-*+]|\d{1,4}[.)])\s+#{1,6}\s/;
const YEAR = /\b(?:19[5-9]\d|20[0-3]\d)\b/;
const FENCE = /^\s*(?:>\s*)*(```|~~~)/;
const HEADING = /^\s{0,3}(?:>\s*)*(#{1,6})\s+(.*?)\s*#*\s*$/;
/** A heading written in HTML, alone on its line: `<h3 id="1.1">1.1 Basic</h3>`. */
const HTML_HEADING = /^\s{0,3}<h([1-6])\b[^>]*>(.*?)<\/h\1>\s*$/i;
const MARKER = /^(\s*)((?:>\s*)*)([-*+]|\d{1,4}[.)])(?:\s+|$)/;
/** An HTML table's row: it opens at `<tr>` and ends at its `</tr>` (or the table's end), over lines. */
const HTML_ROW_START = /^\s*(?:>\s*)*(?:<\/?(?:table|tbody|thead)\b[^>]*>\s*)*<tr\b/i;
const HTML_ROW_END = /<\/tr>|<\/table>/i;
const TABLE_ROW = /^\s*(?:>\s*)*\|/;
const TABLE_SEP = /^\s*(?:>\s*)*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?\s*$/;

/** Columns of leading whitespace (a tab counts 4). */
function indentOf(line) {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') width++;
    else if (ch === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** Every link, image, autolink, bare URL and HTML href of a line, with offsets. */
export function linksOf(line) {
  const found = [];
  const md = (text, offset, inside) => {
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\\') {
        i++;
        continue;
      }
      if (text[i] !== '[') continue;
      let depth = 0;
      let j = i;
      for (; j < text.length; j++) {
        if (text[j] === '\\') {
          j++;
          continue;
        }
        if (text[j] === '[') depth++;
        else if (text[j] === ']' && --depth === 0) break;
      }
      if (j >= text.length) continue;
      if (text[j + 1] !== '(') continue;
      let k = j + 1;
      let paren = 0;
      for (; k < text.length; k++) {
        if (text[k] === '(') paren++;
        else if (text[k] === ')' && --paren === 0) break;
      }
      if (k >= text.length) continue;
      let target = text.slice(j + 2, k).trim();
      if (target.startsWith('<') && target.includes('>')) target = target.slice(1, target.indexOf('>'));
      else target = target.split(/\s+/)[0] ?? '';
      const image = i > 0 && text[i - 1] === '!';
      const label = text.slice(i + 1, j);
      found.push({
        kind: image ? 'image' : 'md',
        start: offset + (image ? i - 1 : i),
        end: offset + k + 1,
        label,
        url: target,
        targetStart: offset + j + 1,
        targetEnd: offset + k + 1,
        inside,
      });
      md(label, offset + i + 1, true);
      i = k;
    }
  };
  md(line, 0, false);
  const covered = (at) => found.some((link) => at >= link.start && at < link.end);
  for (const match of line.matchAll(/<(https?:\/\/[^>\s]+)>/g)) {
    if (!covered(match.index)) {
      found.push({
        kind: 'auto',
        start: match.index,
        end: match.index + match[0].length,
        label: '',
        url: match[1],
      });
    }
  }
  for (const match of line.matchAll(/\b(?:href|src)\s*=\s*["']([^"']*)["']/gi)) {
    const kind = /^src/i.test(match[0]) ? 'image' : 'href';
    found.push({ kind, start: match.index, end: match.index + match[0].length, label: '', url: match[1] });
  }
  for (const match of line.matchAll(/https?:\/\/[^\s)<>\]"'|]+/g)) {
    if (!covered(match.index) && !found.some((l) => match.index >= l.start && match.index < l.end)) {
      found.push({
        kind: 'bare',
        start: match.index,
        end: match.index + match[0].length,
        label: '',
        url: match[0],
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const words = (text) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
const plain = (text) =>
  text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/:[a-z0-9_+-]+:/g, ' ');

/**
 * A site's home page (`https://nips.cc/`, `https://2025.aclweb.org`): on a paper host, the venue's
 * site, not a paper (a link labelled as the paper may still go to its project's home page).
 */
const HOME_PAGE = /^(?:https?:)?\/\/[^/?#]+\/?(?:[?#].*)?$/i;

export const isPaperLink = (link) =>
  (link.kind === 'md' || link.kind === 'auto' || link.kind === 'bare' || link.kind === 'href') &&
  !link.url.startsWith('#') &&
  ((PAPER_HOST.test(link.url) && !HOME_PAGE.test(link.url)) ||
    (PAPER_LABEL.test(link.label) && link.url !== '' && !/github\.com/i.test(link.url)));

/** The title a reader would see first: a bold span, a long link text, a quoted title. */
export function titleOf(text) {
  const bold = text.match(/\*\*([^*]+?)\*\*|__([^_]+?)__|<b>(.+?)<\/b>/i);
  if (bold && words(bold[1] ?? bold[2] ?? bold[3]) >= 2) return (bold[1] ?? bold[2] ?? bold[3]).trim();
  for (const link of linksOf(text)) {
    if (link.kind === 'md' && !link.inside && !link.url.startsWith('#') && !link.label.includes('![')) {
      if (words(link.label) >= 3) return link.label.trim();
    }
  }
  const quoted = text.match(/[“"]([^”"]{8,}?)[”"]/);
  if (quoted && words(quoted[1]) >= 3) return quoted[1].trim();
  return undefined;
}

export const normaliseTitle = (title) =>
  (title ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function arxivIds(text) {
  const ids = new Set();
  for (const m of text.matchAll(
    /arxiv\.org\/(?:abs|pdf|html|ftp)\/(?:arxiv\/papers\/\d+\/)?(\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})/gi,
  )) {
    ids.add(m[1].toLowerCase());
  }
  for (const m of text.matchAll(/arxiv:\s*(\d{4}\.\d{4,5})/gi)) ids.add(m[1]);
  return [...ids];
}

/** One author's name: two to four capitalised words, maybe with particles (`van`, `de`) between. */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*\d?(?:\s+(?:(?:van|von|de|der|den|da|del|di|la|le|du|dos)\s+)*\p{Lu}[\p{L}\p{M}'’.-]*\d?){1,3}`;
/** Names after a title: two or more (`Peng Xu, Xiatian Zhu and David A. Clifton`), or one and `et al`. */
const AUTHOR_RUN = new RegExp(
  String.raw`^\s*(${NAME})((?:\s*(?:,|\band\b|&)\s*${NAME})*)(,?\s+et\s+al\b\.?)?\s*(?:[;.]|$)`,
  'u',
);
/**
 * A paper written without a link or a year, its bold title opening the line and its authors right
 * after it (`- **Multimodal Learning with Transformers: A Survey;** Peng Xu, Xiatian Zhu`, `**Title?**
 * Yang Yue et al`). A bold label over prose (`**Note:** This list …`) is followed by no names.
 */
const titleThenNames = (line) => {
  const body = line.replace(/^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?/, '');
  const bold = body.match(/^(?:\*\*([^*]+?)\*\*|__([^_]+?)__)/);
  if (!bold || words(bold[1] ?? bold[2]) < 2) return false;
  const names = body.slice(bold[0].length).match(AUTHOR_RUN);
  return names !== null;
};

/**
 * A paper written without a link: its plain title of three words or more, then where and when it
 * appeared in parentheses (letters and a year), then nothing but links (`* The Case for Learned
 * Index Structures (SIGMOD 2018) [Code](…)`).
 */
const titleThenVenue = (line) => {
  const body = plain(line.replace(/^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?/, '')).trim();
  const venue = body.match(/^(.*\S)\s*[(（]([^()（）]{4,40})[)）]$/u);
  // A bold label (`**Datasets:** MSCOCO (CHAIR 2014)`) opens a paper's field, not a title.
  return (
    venue !== null &&
    !/\*\*|__/.test(venue[1]) &&
    words(venue[1]) >= 3 &&
    /\p{L}{2}/u.test(venue[2]) &&
    YEAR.test(venue[2])
  );
};

/**
 * A list item that is nothing but a paper's bold title (`- **FINN: A Framework for Fast, Scalable
 * Binarized Neural Network Inference**`), in a list that gives titles alone, without links. A
 * capital or digit opens it and it has four words or more: a note in bold (`**to be update soon**`)
 * or a venue's name over its papers (`**DAC2022**`) is none.
 */
const boldTitleAlone = (line) => {
  const body = line.replace(/^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)/, '').trim();
  const bold = body.match(/^(?:\*\*([^*]+?)\*\*|__([^_]+?)__)$/);
  const title = bold ? (bold[1] ?? bold[2]).trim() : '';
  return /^[\p{Lu}\d]/u.test(title) && words(title) >= 4;
};

/** `2018 - KDD - `, `arXiv 2024.12, `, `CVPR 2024 oral, `: a venue and a year before the title. */
const VENUE_THEN_YEAR =
  /^(?:[A-Za-z][\w&.'’+-]*\s+){1,5}(?:19|20)\d\d(?:[./]\d\d?){0,2}(?:\s+[a-z]+){0,2}(?:\s*[-|–]\s|\s[-|–]\s*|,\s)/;
const YEAR_THEN_VENUE =
  /^(?:19|20)\d\d(?:[./]\d\d?){0,2}\s*[-|–,]\s*[A-Za-z][\w&.'’+-]*(?:\s*[-|–]\s|\s[-|–]\s*|,\s)/;
/** `20-NSDI-`, `2020-NSDI-`: a year and a venue's acronym run together by hyphens before the title. */
const YEAR_VENUE_TAG = /^(?:\*\*|__)?(?:19|20)?\d\d-[A-Z][A-Za-z]*[A-Z][A-Za-z]*-/;
const whenThenTitle = (line) => {
  const body = line.replace(/^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+/, '');
  const when = body.match(VENUE_THEN_YEAR) ?? body.match(YEAR_THEN_VENUE) ?? body.match(YEAR_VENUE_TAG);
  if (!when) return false;
  const rest = body.slice(when[0].length).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  return words(rest) >= 3;
};

const italicAuthorLine = (line) => {
  const body = line.replace(/^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?/, '').trim();
  const m = body.match(/^(?:\*([^*]+)\*|_([^_]+)_)[.,]?/);
  const inner = m ? (m[1] ?? m[2]) : '';
  return words(inner) >= 2 && (/,| and | et al/i.test(inner) || words(inner) <= 4);
};

/**
 * @returns {{ entries: Entry[], blocks: number, excluded: number }} where an Entry is
 *   { start, end (1-based, inclusive), kind: 'item'|'row'|'paragraph'|'heading', section: string[],
 *     indent, text, title, arxiv: string[], paperLinks: number }
 */
export function countEntries(text) {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const skip = new Array(lines.length).fill(false);
  let fence = null;
  let comment = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (comment) {
      skip[i] = true;
      if (line.includes('-->')) comment = false;
      continue;
    }
    const open = line.match(FENCE);
    if (fence) {
      skip[i] = true;
      if (open && open[1] === fence) fence = null;
      continue;
    }
    if (open && !line.slice(line.indexOf(open[1]) + 3).includes(open[1])) {
      fence = open[1];
      skip[i] = true;
      continue;
    }
    if (/^\s*<!--/.test(line) && !line.includes('-->')) {
      comment = true;
      skip[i] = true;
    }
    // A comment closed on its own line (`<!-- **Title.** *Authors.* -->`, an entry kept for later)
    // is as invisible as one over several lines.
    if (/^\s*<!--(?:(?!-->).)*-->\s*$/.test(line)) skip[i] = true;
  }

  const blocks = [];
  const section = [];
  let current = null; // an open paragraph
  const items = []; // stack of open items: { indent, block }
  let inner = null; // an open paragraph of an item that is a paper of its own (below)
  let openRow = null; // an HTML table's row, `<tr>` to `</tr>`, over lines
  const closeParagraph = () => {
    current = null;
    inner = null;
  };
  const blank = (i) => i >= lines.length || lines[i].trim() === '' || skip[i];
  /** A block opened on line i, in the current section. */
  const opened = (kind, i, indent, more = {}) => ({
    kind,
    start: i,
    end: i,
    section: [...section],
    indent,
    lines: [i],
    children: [],
    ...more,
  });

  for (let i = 0; i < lines.length; i++) {
    if (skip[i]) {
      closeParagraph();
      continue;
    }
    const line = lines[i];
    if (line.trim() === '' || /^\s*(?:>\s*)+$/.test(line)) {
      closeParagraph();
      // An item goes on past a blank line only when the next text is indented past its marker.
      let next = i + 1;
      while (next < lines.length && blank(next)) next++;
      while (items.length > 0) {
        const top = items[items.length - 1];
        const nextLine = lines[next] ?? '';
        if (next < lines.length && indentOf(nextLine) > top.indent && !HEADING.test(nextLine)) break;
        items.pop();
      }
      continue;
    }
    const htmlHeading = line.match(HTML_HEADING);
    const heading =
      line.match(HEADING) ??
      (htmlHeading && [htmlHeading[0], '#'.repeat(Number(htmlHeading[1])), htmlHeading[2]]);
    if (heading) {
      closeParagraph();
      items.length = 0;
      const links = linksOf(line);
      if (links.some(isPaperLink)) {
        blocks.push(opened('heading', i, 0));
        continue;
      }
      const level = heading[1].length;
      section.length = Math.min(section.length, level - 1);
      while (section.length < level - 1) section.push('');
      section.push(
        heading[2]
          .replace(/<[^>]*>/g, ' ')
          .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
          .replace(/[#*_`[\]]/g, '')
          .trim(),
      );
      continue;
    }
    if (TABLE_SEP.test(line) && line.includes('-') && line.includes('|')) {
      closeParagraph();
      // the row above is the header
      const last = blocks[blocks.length - 1];
      if (last && last.kind === 'row' && last.start === i - 1) blocks.pop();
      continue;
    }
    if (openRow) {
      openRow.lines.push(i);
      openRow.end = i;
      if (HTML_ROW_END.test(line)) openRow = null;
      continue;
    }
    if (HTML_ROW_START.test(line)) {
      closeParagraph();
      items.length = 0;
      const row = opened('row', i, 0);
      blocks.push(row);
      if (!HTML_ROW_END.test(line.slice(line.search(/<tr\b/i) + 3))) openRow = row;
      continue;
    }
    if (TABLE_ROW.test(line)) {
      closeParagraph();
      items.length = 0;
      blocks.push(opened('row', i, 0));
      continue;
    }
    const marker = line.match(MARKER);
    if (marker) {
      closeParagraph();
      const indent = indentOf(line);
      while (items.length > 0 && items[items.length - 1].indent >= indent) items.pop();
      const block = opened('item', i, indent, {
        parent: items.length > 0 ? items[items.length - 1].block : undefined,
      });
      if (block.parent) block.parent.children.push(block);
      blocks.push(block);
      items.push({ indent, block });
      continue;
    }
    if (items.length > 0) {
      // a continuation line of the innermost open item
      const top = items[items.length - 1].block;
      if (inner && inner.parent === top) {
        inner.lines.push(i);
        inner.end = i;
        continue;
      }
      // A paragraph (after a blank line) opening with a link of ≥ 3 words to a paper, inside an item
      // whose own line links nowhere: a topic written over paragraphs, each paragraph a paper.
      const opening = linksOf(line.trim())[0];
      if (
        blank(i - 1) &&
        opening?.start === 0 &&
        // (once an item is such a topic, a shorter title is one more of its papers)
        words(opening.label) >= (top.children.some((child) => child.paragraph) ? 1 : 3) &&
        isPaperLink(opening) &&
        linksOf(lines[top.start]).length === 0
      ) {
        inner = opened('item', i, indentOf(line), { parent: top, paragraph: true });
        top.children.push(inner);
        blocks.push(inner);
        continue;
      }
      top.lines.push(i);
      top.end = i;
      continue;
    }
    if (current) {
      current.lines.push(i);
      current.end = i;
      continue;
    }
    current = opened('paragraph', i, indentOf(line));
    blocks.push(current);
  }

  const ownText = (block) => block.lines.map((i) => lines[i]).join('\n');
  const hasTitle = (text) => titleOf(text) !== undefined || words(plain(text)) >= 4;
  // 3. fold title-less nested items into their parent
  for (const block of blocks) {
    if (block.kind !== 'item' || !block.parent || block.paragraph) continue;
    if (!hasTitle(ownText(block).replace(MARKER, ''))) block.folded = true;
  }
  const fullLines = (block) => {
    const all = [...block.lines];
    for (const child of block.children) if (child.folded) all.push(...fullLines(child));
    return all.sort((a, b) => a - b);
  };

  /** No link on an item's lines nor on those of any item nested in it. */
  const linksNowhere = (block) =>
    block.lines.every((i) => linksOf(lines[i]).length === 0) && block.children.every(linksNowhere);

  const isEntry = (block, linesOf) => {
    if (block.kind === 'row' && INDEX_ROW.test(lines[block.start])) return false;
    const text = linesOf.map((i) => lines[i]).join('\n');
    const links = linksOf(text).filter((link) => !link.url.startsWith('#'));
    // Under a heading of datasets, a dataset's name, year and site (`<b>ModelNet (2015)</b>
    // [[Link]](site)`) is no paper: only a link to a paper, or one labelled as the paper, makes one.
    if (block.section.some((heading) => DATASET_SECTION.test(heading))) {
      return links.some(
        (link) => isPaperLink(link) && (PAPER_HOST.test(link.url) || PAPER_ITSELF.test(link.label)),
      );
    }
    // An item that opens with a heading (`- ## Computer Vision Conferences`) is a heading set in a
    // list: like a heading, it is an entry only by a paper link on its own line, not by the
    // conferences and pages listed under it.
    if (block.kind === 'item' && ITEM_HEADING.test(lines[block.start])) {
      return linksOf(lines[block.start]).some(isPaperLink);
    }
    if (links.some(isPaperLink)) return true;
    if (block.kind === 'heading') return false;
    if (block.kind === 'item' && (titleThenVenue(lines[block.start]) || whenThenTitle(lines[block.start])))
      return true;
    const title = titleOf(text);
    if (!title) return false;
    if (YEAR.test(plain(text)) || YEAR.test(title)) return true;
    if (block.kind !== 'row' && titleThenNames(lines[block.start])) return true;
    // (a title whose paper is linked on a nested line is that line's entry, not a second one)
    if (block.kind === 'item' && boldTitleAlone(lines[block.start]) && linksNowhere(block)) return true;
    return linesOf.some((i) => italicAuthorLine(lines[i]));
  };

  // 5. paragraphs holding several entries side by side (one per line) are split
  const candidates = [];
  for (const block of blocks) {
    if (block.folded) continue;
    if (block.kind === 'paragraph') {
      const own = block.lines.filter((i) => {
        const links = linksOf(lines[i]);
        return links.some(isPaperLink) && titleOf(lines[i]) !== undefined;
      });
      if (own.length >= 2) {
        for (const [n, start] of own.entries()) {
          const stop = n + 1 < own.length ? own[n + 1] - 1 : block.end;
          const part = block.lines.filter((i) => i >= start && i <= stop);
          candidates.push({ ...block, start, end: stop, lines: part, children: [] });
        }
        // lines before the first entry line are a lead-in, not an entry
        continue;
      }
    }
    candidates.push(block);
  }

  const entries = [];
  let excluded = 0;
  const entryBlocks = new Set();
  for (const block of candidates) {
    const all = block.kind === 'item' ? fullLines(block) : block.lines;
    if (!isEntry(block, all)) continue;
    // The innermost heading (lists put their papers under 'Table of Contents'-like parents too), or
    // any heading of other lists: the subsections of a "Related Awesome Lists" part are lists too.
    const headings = block.section.filter(Boolean);
    if (
      (EXCLUDED_SECTION.test(headings.at(-1) ?? '') && !PAPERS_SECTION.test(headings.at(-1) ?? '')) ||
      headings.some((heading) => OTHER_LISTS.test(heading))
    ) {
      excluded++;
      continue;
    }
    entryBlocks.add(block);
    entries.push({ block, all });
  }
  // 6. nested non-entry items (author sub-bullets) belong to the entry above
  const result = entries.map(({ block, all }) => {
    const lineSet = new Set(all);
    const adopt = (node) => {
      for (const child of node.children) {
        if (child.folded || entryBlocks.has(child)) continue;
        if (child.children.some((c) => entryBlocks.has(c))) continue;
        for (const i of fullLines(child)) lineSet.add(i);
        adopt(child);
      }
    };
    if (block.kind === 'item') adopt(block);
    const sorted = [...lineSet].sort((a, b) => a - b);
    const start = sorted[0];
    const end = sorted[sorted.length - 1];
    const body = lines.slice(start, end + 1).join('\n');
    return {
      start: start + 1,
      end: end + 1,
      kind: block.kind,
      section: block.section.filter(Boolean),
      indent: block.indent,
      text: body,
      title: titleOf(body),
      arxiv: arxivIds(body),
      paperLinks: linksOf(body).filter(isPaperLink).length,
    };
  });
  result.sort((a, b) => a.start - b.start);
  return { entries: result, blocks: blocks.length, excluded };
}
