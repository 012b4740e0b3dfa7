import type { Convention } from '../../grammar/convention.js';
import type { Entry } from '../../grammar/entry.js';
import { isListMarker, lineContent } from '../../read/segment.js';
import { linesWhere, type SourceText } from '../../read/text.js';
import { code } from './edit.js';
import type { Problem, Rule, TitleForm } from './types.js';

/**
 * The title (or another text in its place) as this list writes it, or undefined when the list sets
 * no shape for it.
 */
export function expectedTitle(
  entry: Entry,
  convention: Convention,
  text = entry.title.text,
): string | undefined {
  const form = titleForm(entry, convention, text);
  return form && writeTitle(text, form);
}

/** A title whose punctuation sits inside its closing quote: `"Title."`, `“Title?”`. */
const CLOSED_IN_QUOTES = /[.?!,;:]["”'’»]$/u;

/** The form the list gives this title (or another text in its place), or undefined as for `expectedTitle`. */
export function titleForm(
  entry: Entry,
  convention: Convention,
  text = entry.title.text,
): TitleForm | undefined {
  // A title written as a link (or in a list of them) has its shape in the link: not rewritten here.
  if (text === '' || entry.title.url !== undefined || convention.titleLink) return undefined;
  const bold = convention.titleBold ?? entry.title.bold;
  // A resource (a tool, a blog post) has no venue for the punctuation to lead into: keep its own.
  const own = entry.kind === 'resource';
  // `?`, `!` or a closing annotation (`… Networks. (Chemistry)`) ends a title by itself; so does the
  // full stop or comma a plain title is read with (`Title. [[pdf](…)]`: the text runs to the link),
  // and a quoted title that closes its quote after its own full stop (`**"Title."**`).
  // A comma leads into the venue: an entry with none after its title keeps its own punctuation. The
  // list's punctuation is learned from its bold titles: a plain title (`Title, Subtitle. [[pdf]]`, read
  // to its first comma) keeps its own.
  const listPunctuation =
    own || !bold || (convention.titlePunctuation === ',' && entry.venue === '')
      ? null
      : convention.titlePunctuation;
  const punctuation =
    /[?!)]$/.test(text) || CLOSED_IN_QUOTES.test(text) || (!entry.title.bold && /[.,]$/.test(text))
      ? ''
      : (listPunctuation ?? entry.title.punctuation);
  const inside = (own ? null : convention.punctuationInsideBold) ?? entry.title.punctuationInside;
  return { bold, punctuation, inside, mark: entry.title.mark || '**' };
}

/** A title in a given form: bold or not, its punctuation inside the bold or after it. */
export function writeTitle(text: string, form: TitleForm): string {
  if (!form.bold) return text + form.punctuation;
  // The list's own delimiter: `__Title.__` stays underscores.
  const mark = form.mark ?? '**';
  return form.inside
    ? `${mark}${text}${form.punctuation}${mark}`
    : `${mark}${text}${mark}${form.punctuation}`;
}

/** Where the title and the punctuation right after it end (1-based, exclusive). */
export function titleEnd(entry: Entry): number {
  const { title } = entry;
  return title.endColumn + (title.punctuationInside ? 0 : title.punctuation.length);
}

/**
 * Rewriting a title is safe only where its extent is certain: markup inside it, or an unbolded
 * title with no comma to end it, could be cut in the wrong place.
 */
export function titleExtentCertain(entry: Entry): boolean {
  const { title } = entry;
  return !/[*_`[\]<>\\!]/.test(title.text) && (title.bold || title.punctuation === ',');
}

/**
 * An entry whose title is not marked (not bold, not a link) in a list that bolds its titles: where its
 * title ends, and so where its authors and links are, is a guess (a hard-wrapped citation reads
 * `Author, Author. 2012. Title…`), unless a dated venue follows it. It gets one note to mark the title,
 * and no finding built on the guess.
 */
export function titleUnmarked(entry: Entry, convention: Convention): boolean {
  return (
    convention.titleBold === true &&
    !convention.titleLink &&
    !entry.title.bold &&
    entry.title.url === undefined &&
    // `Title, ICLR 2022.`: a dated venue after it shows where the title ends.
    !/\b(?:19|20)\d{2}\b/.test(entry.venue) &&
    !/^(\*\*|__)/.test(entry.title.text)
  );
}

/**
 * A title written as a link without bold, in a list that bolds its linked titles (`**[Title](url)**`):
 * the title's extent is the link's, so only the bold is missing.
 */
function linkedTitleUnbolded(entry: Entry, convention: Convention): boolean {
  return (
    convention.titleBold === true &&
    convention.titleLink === true &&
    entry.title.url !== undefined &&
    !entry.title.bold
  );
}

const YEAR = /\b(?:19|20)\d{2}\b/;

/**
 * Whether a title is written as the list writes it, or differs only where a reviewer would not ask
 * for a change: a title ending in `?`, `!` or `)` may take the list's comma or not (`**Title?**, ACL`);
 * a bold title that goes on past its bold (`**Title**: A Survey, arXiv…`) has no punctuation to fix;
 * and bold is never asked to be taken away (the bold span may be a tag, not the title).
 */
function writtenAsExpected(entry: Entry, written: string, expected: string, line: string): boolean {
  if (written === expected) return true;
  const { title } = entry;
  const mark = title.mark || '**';
  if (title.bold && !expected.startsWith(mark)) return true;
  if (/[?!)]$/.test(title.text) && written.replace(/[.,]$/, '') === expected.replace(/[.,]$/, ''))
    return true;
  // `**Title**: A Survey,`: the words after the colon, up to the venue, have no digit: a subtitle.
  const goesOn = /^\s*[:–—-]\s*([^,[(]*)/.exec(line.slice(title.endColumn - 1));
  return title.bold && goesOn !== null && goesOn[1].trim() !== '' && !/\d/.test(goesOn[1]);
}

/** Other titles a list breaks over two lines before breaking one is its habit, not a slip. */
const WRAPPED_ELSEWHERE = 2;

/** A line that opens a bold span it does not close (an odd count of `**`). */
const opensBold = (text: string) => (text.match(/\*\*/g)?.length ?? 0) % 2 === 1;

/** How many other bold spans in the text open on one line and close on the next, as this title does. */
function wrappedElsewhere(source: SourceText, line: number): number {
  const open = linesWhere(source, opensBold);
  const opened = new Set(open);
  return open.filter((at) => at !== line && opened.has(at + 1) && !opened.has(at - 1)).length;
}

/** A written title's words, its closing mark, and whether its bold (or italic) marks come last. */
function titleParts(title: string): { words: string; closing: string; marksLast: boolean } {
  const [, words, closing] = /^(.*?)([.,;:]?)$/u.exec(title.replace(/[*_]/g, '').trim()) ?? [];
  return { words: words.trim(), closing, marksLast: /[*_]$/.test(title.trim()) };
}

/** Whether a title differs from the list's only in the side of its marks its closing mark is on. */
function placedElsewhereOnly(written: string, expected: string): boolean {
  const [now, wanted] = [titleParts(written), titleParts(expected)];
  return (
    now.words === wanted.words &&
    now.closing === wanted.closing &&
    now.closing !== '' &&
    now.marksLast !== wanted.marksLast
  );
}

/**
 * Whether a bold title broken over two lines shows the break: a soft line break renders as a space,
 * so `**Title wrapped\n  onto two lines.**` reads as one line, while a hard break (two trailing spaces
 * or `\`), a word cut at its hyphen (`Pre-\ntrained`) or punctuation opening the next line
 * (`proteins\n.**`, read `proteins .`) is seen.
 */
function breakShows(source: SourceText, line: number, column: number): boolean {
  const first = source.lines[line - 1];
  const next = (source.lines[line] ?? '').trimStart();
  return (
    /(?: {2}|\\)$/.test(first) ||
    /\w-$/.test(first.trimEnd()) ||
    /^[.,;:!?)\]]/.test(next) ||
    // A bold that runs on over a link (`**Title [[pdf]](…) 11/2024` / `rest of the title**`) shows
    // the link and what follows it in bold.
    first.slice(column - 1).includes('](')
  );
}

/** Whether two bold titles close alike: the same punctuation, on the same side of the bold. */
const sameTitleMarks = (other: Entry, entry: Entry) =>
  other.title.bold &&
  other.title.punctuation === entry.title.punctuation &&
  (entry.title.punctuation === '' || other.title.punctuationInside === entry.title.punctuationInside);

/**
 * What a title lacks when its words and marks are the list's and only the punctuation after it
 * differs (`**Title**` for `**Title.**`): said outright, since the two look alike at a glance.
 */
function punctuationOnly(written: string, expected: string): string | undefined {
  const [now, wanted] = [titleParts(written), titleParts(expected)];
  if (
    now.words !== wanted.words ||
    now.closing === wanted.closing ||
    written.replace(/[^*_]/g, '') !== expected.replace(/[^*_]/g, '')
  ) {
    return undefined;
  }
  return wanted.closing === ''
    ? `Drop the \`${now.closing}\` after the title, as this list does:`
    : `End the title with \`${wanted.closing}\`, as this list does:`;
}

/**
 * The word holding a lone `*` inside a bold run (`**Which *BERT? A Survey.**`): a star the title
 * means as text, which opens italics instead, so the bold does not close where it was meant to.
 */
function strayStarIn(text: string): string | undefined {
  const bold = /^\*\*(.+?)\*\*/.exec(text);
  if (!bold) return undefined;
  const stars = [...bold[1].matchAll(/(?<!\\)\*/g)];
  return stars.length % 2 === 1 ? /\S*(?<!\\)\*\S*/.exec(bold[1])?.[0] : undefined;
}

export const titleFormat: Rule = {
  id: 'title-format',
  severity: 'warning',
  description:
    "The title line has the list's shape: marker, bold title, its punctuation, then venue and year.",
  // Only a title line the change wrote: an entry edited elsewhere keeps its title's old form unasked.
  scope: 'line',
  check(entry, { convention, source, nearby, changesOwnWay, setByConfig }) {
    const problems: Problem[] = [];
    const { title } = entry;
    const numbered = /\d/.test(entry.marker);
    const line = source.lines[title.line - 1];
    // The marker and the title as the line writes them, from its start (a bold span after the title
    // is not it): what a change that kept them did not write. The title's text leaves the marker out,
    // so a renumbered entry keeps it. Where an unmarked title ends is a guess (`Chen, Long, et al.
    // Title.`): then the whole line.
    const marked = title.bold || title.url !== undefined;
    const markerText = (marked ? line.slice(0, titleEnd(entry) - 1) : line).trimStart();
    const titleText = lineContent(markerText);
    // An entry next to one marked as it is (the newest entries bulleted on purpose) follows the list there.
    const markedAlike = () =>
      !setByConfig('marker') &&
      nearby(entry).some((other) => isListMarker(other.marker) && /\d/.test(other.marker) === numbered);
    if (
      convention.marker &&
      isListMarker(entry.marker) &&
      numbered !== (convention.marker === 'numbered') &&
      !markedAlike()
    ) {
      problems.push({
        line: title.line,
        column: entry.markerColumn,
        text: markerText,
        message:
          convention.marker === 'numbered'
            ? 'This list numbers its entries: number this item as the others are.'
            : 'This list uses bullets: start the item with `- `.',
      });
    }
    if (title.wrapped) {
      // A break a reader cannot see is no problem; one they can gets one note, and no fix that could
      // split the bold markers. A list that wraps other titles so too has no one-line habit to hold it to.
      if (
        !breakShows(source, title.line, title.column) ||
        wrappedElsewhere(source, title.line) >= WRAPPED_ELSEWHERE
      ) {
        return problems;
      }
      problems.push({
        line: title.line,
        column: title.column,
        endLine: title.line + 1,
        message: 'Keep the title on one line: this bold title is broken over two lines.',
        aspect: 'wrapped',
        text: line.trimStart(),
      });
      return problems;
    }
    const expected = expectedTitle(entry, convention);
    const written = line.slice(title.column - 1, titleEnd(entry) - 1);
    // Where the entries around it leave their titles unmarked too, the list has drifted there; so has
    // a new section the change wrote with every title unmarked.
    // The entries around it are read only when asked: most titles are written as the list writes them.
    let around: readonly Entry[] | undefined;
    const driftedTo = (like: (other: Entry) => boolean) =>
      ((around ??= nearby(entry)).length >= 2 && around.every(like)) ||
      changesOwnWay(
        entry,
        (other) => [{ line: other.title.line, value: like(other) }],
        (likeIt) => !likeIt,
        'new-section',
      );
    const sectionWrites = (like: (other: Entry) => boolean) => {
      const inSection = (around ??= nearby(entry)).filter(
        (other) => other.section.join('\n') === entry.section.join('\n'),
      );
      return inSection.length >= 2 && inSection.every(like);
    };
    const drifted = () => driftedTo((other) => !other.title.bold && other.title.url === undefined);
    if (titleUnmarked(entry, convention) && !/^(\*\*|__)/.test(written)) {
      if (drifted()) return problems;
      problems.push({
        line: title.line,
        column: title.column,
        message: `Write the title in bold, like ${code(writeTitle('Title', { bold: true, punctuation: convention.titlePunctuation ?? '', inside: convention.punctuationInsideBold ?? true }))}, as the other entries are.`,
        aspect: 'unmarked',
        text: titleText,
        textOpensLine: true,
      });
    } else if (linkedTitleUnbolded(entry, convention)) {
      // Where the entries around it leave their titles without bold too, the list has drifted there.
      if (driftedTo((other) => !other.title.bold)) return problems;
      problems.push({
        line: title.line,
        column: title.column,
        message: 'Write the linked title in bold, like `**[Title](…)**`, as the other entries are.',
        aspect: 'unmarked',
        text: titleText,
        textOpensLine: true,
      });
    } else if (
      expected !== undefined &&
      !writtenAsExpected(entry, written, expected, line) &&
      !(!title.bold && expected.startsWith(title.mark || '**') && drifted()) &&
      // Which side of the bold its full stop sits on does not show (`**Title.**`, `**Title**.`).
      !(title.bold && placedElsewhereOnly(written, expected)) &&
      // Where the entries of its section around it write their titles as this one is written, so does
      // the section (its own form: `**Title**, Preprint 2023.` under a heading whose papers all do).
      // (Not a `?` or `!` given a full stop too: `**Title?.**` is a slip whatever the section writes.)
      !(
        title.bold &&
        !/[?!]$/.test(title.text) &&
        !setByConfig('titlePunctuation') &&
        !setByConfig('punctuationInsideBold') &&
        sectionWrites((other) => sameTitleMarks(other, entry))
      )
    ) {
      const unclosed = !title.bold && /^(\*\*|__)/.test(written);
      // `**Title. **`: bold does not close after a space, whatever the list's punctuation.
      const spaced =
        unclosed && new RegExp(String.raw`^(\*\*|__)\S.*\S\s+\1`).test(line.slice(title.column - 1));
      // `** Title**`: nor does it open before one.
      const openedApart = unclosed && /^(\*\*|__)\s+\S/.test(line.slice(title.column - 1));
      const stray =
        unclosed && !spaced && !openedApart ? strayStarIn(line.slice(title.column - 1)) : undefined;
      problems.push({
        line: title.line,
        column: title.column,
        message: openedApart
          ? `Take out the space after the opening ${code(written.slice(0, 2))}: before a space it does not open the bold.`
          : spaced
            ? `Take out the space before the closing ${code(written.slice(0, 2))}: after a space it does not close the bold.`
            : stray
              ? `Escape the \`*\` of ${code(stray)} as \`\\*\`: unescaped, it opens italics and the bold title does not close.`
              : unclosed
                ? `Close the bold title on the same line: ${code(expected)}.`
                : `${punctuationOnly(written, expected) ?? 'Write the title as'} ${code(expected)}.`,
        aspect: unclosed ? 'unclosed-bold' : 'title',
        text: titleText,
        textOpensLine: true,
      });
    }
    // Only an entry with nothing after its title: a venue without a year (`Preprint.`) is the list's call.
    // A year in a link's text (`[ICLR](…) [2025](…)`) dates the line as well as one in the venue.
    const yearInLinks = () => YEAR.test(line.replace(/\]\([^)]*\)/g, ']'));
    if (
      convention.yearAfterTitle &&
      entry.kind === 'paper' &&
      !entry.dated &&
      entry.venue === '' &&
      !yearInLinks()
    ) {
      problems.push({
        line: title.line,
        column: title.column,
        message: 'Add the venue and year after the title, like `ACL 2023.` (or `Preprint 2023.`).',
        text: line.trimStart(),
      });
    }
    return problems;
  },
  fix(entry, problem, { convention }) {
    const expected = expectedTitle(entry, convention);
    if (!expected || problem.aspect !== 'title') return undefined;
    // Where the title's extent is uncertain, the message only.
    const { title } = entry;
    if (!titleExtentCertain(entry)) return undefined;
    // Nor is bold ever taken away by a fix: it is what marks the item as a paper entry at all.
    const mark = title.mark || '**';
    if (title.bold && !expected.startsWith(mark)) return undefined;
    // An unbolded title ends at its comma: a fix that replaced the comma would move the title's end
    // to the next one, and every later --fix would rewrite another comma.
    if (!title.bold && !expected.startsWith(mark) && !expected.endsWith(',')) return undefined;
    // A fix writes only what the list has settled: a trait without a clear majority is left as it is,
    // so fixing never tips the vote that a later run learns the style from.
    if (
      convention.titleBold === null ||
      convention.titlePunctuation === null ||
      (convention.punctuationInsideBold === null && convention.titlePunctuation !== '')
    ) {
      return undefined;
    }
    return { title: { form: titleForm(entry, convention) } };
  },
};
