import { l as longestBacktickRun, c as lineContent, d as isListMarker, e as linesWhere, f as findLinks, g as parseShieldsBadge, P as PAPER_LABEL, p as parseEntry, i as isPaperLink, a as parseArxivUrl, n as namesThePaper, o as offsetOfColumn, r as recordEnd, h as isBlank, j as itemOpenedBy, v as venueDate, Y as YEAR_IN_WHEN, k as isMonthDay, t as toSource, m as fromSource, q as isPaperHost, u as isNewsHeading, w as strongAt, x as headingWords, y as isCodeHost, V as VENUE_YEAR, z as whenBeforeTitle, B as ABOUT_THE_LIST, C as isOtherPaperPage, D as paperPageKey, E as firstStrong, F as isBracketedTag, G as normaliseTitle, A as ARXIV_ID, H as scannedView, I as normaliseLabel, J as scannerProves, K as indentWidth, L as namesAuthor, M as compareTitles, N as writesFirstAuthor, O as surname, Q as showsOnlyAnImage, s as segment } from './record.js';

/** Longest text a message quotes; a message is a hint, the fix carries the full line. */
const MAX_QUOTE = 300;
/** Quotes text from the list as a markdown code span that its own backticks cannot close. */
function code(full) {
    const text = full.length > MAX_QUOTE ? `${full.slice(0, MAX_QUOTE)}…` : full;
    const fence = '`'.repeat(longestBacktickRun(text) + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * The title (or another text in its place) as this list writes it, or undefined when the list sets
 * no shape for it.
 */
function expectedTitle(entry, convention, text = entry.title.text) {
    const form = titleForm(entry, convention, text);
    return form && writeTitle(text, form);
}
/** A title whose punctuation sits inside its closing quote: `"Title."`, `“Title?”`. */
const CLOSED_IN_QUOTES = /[.?!,;:]["”'’»]$/u;
/** The form the list gives this title (or another text in its place), or undefined as for `expectedTitle`. */
function titleForm(entry, convention, text = entry.title.text) {
    // A title written as a link (or in a list of them) has its shape in the link: not rewritten here.
    if (text === '' || entry.title.url !== undefined || convention.titleLink)
        return undefined;
    const bold = convention.titleBold ?? entry.title.bold;
    // A resource (a tool, a blog post) has no venue for the punctuation to lead into: keep its own.
    const own = entry.kind === 'resource';
    // `?`, `!` or a closing annotation (`… Networks. (Chemistry)`) ends a title by itself; so does the
    // full stop or comma a plain title is read with (`Title. [[pdf](…)]`: the text runs to the link),
    // and a quoted title that closes its quote after its own full stop (`**"Title."**`).
    // A comma leads into the venue: an entry with none after its title keeps its own punctuation. The
    // list's punctuation is learned from its bold titles: a plain title (`Title, Subtitle. [[pdf]]`, read
    // to its first comma) keeps its own.
    const listPunctuation = own || !bold || (convention.titlePunctuation === ',' && entry.venue === '')
        ? null
        : convention.titlePunctuation;
    const punctuation = /[?!)]$/.test(text) || CLOSED_IN_QUOTES.test(text) || (!entry.title.bold && /[.,]$/.test(text))
        ? ''
        : (listPunctuation ?? entry.title.punctuation);
    const inside = (own ? null : convention.punctuationInsideBold) ?? entry.title.punctuationInside;
    return { bold, punctuation, inside, mark: entry.title.mark || '**' };
}
/** A title in a given form: bold or not, its punctuation inside the bold or after it. */
function writeTitle(text, form) {
    if (!form.bold)
        return text + form.punctuation;
    // The list's own delimiter: `__Title.__` stays underscores.
    const mark = form.mark ?? '**';
    return form.inside
        ? `${mark}${text}${form.punctuation}${mark}`
        : `${mark}${text}${mark}${form.punctuation}`;
}
/** Where the title and the punctuation right after it end (1-based, exclusive). */
function titleEnd(entry) {
    const { title } = entry;
    return title.endColumn + (title.punctuationInside ? 0 : title.punctuation.length);
}
/**
 * Rewriting a title is safe only where its extent is certain: markup inside it, or an unbolded
 * title with no comma to end it, could be cut in the wrong place.
 */
function titleExtentCertain(entry) {
    const { title } = entry;
    return !/[*_`[\]<>\\!]/.test(title.text) && (title.bold || title.punctuation === ',');
}
/**
 * An entry whose title is not marked (not bold, not a link) in a list that bolds its titles: where its
 * title ends, and so where its authors and links are, is a guess (a hard-wrapped citation reads
 * `Author, Author. 2012. Title…`), unless a dated venue follows it. It gets one note to mark the title,
 * and no finding built on the guess.
 */
function titleUnmarked(entry, convention) {
    return (convention.titleBold === true &&
        !convention.titleLink &&
        !entry.title.bold &&
        entry.title.url === undefined &&
        // `Title, ICLR 2022.`: a dated venue after it shows where the title ends.
        !/\b(?:19|20)\d{2}\b/.test(entry.venue) &&
        !/^(\*\*|__)/.test(entry.title.text));
}
/**
 * A title written as a link without bold, in a list that bolds its linked titles (`**[Title](url)**`):
 * the title's extent is the link's, so only the bold is missing.
 */
function linkedTitleUnbolded(entry, convention) {
    return (convention.titleBold === true &&
        convention.titleLink === true &&
        entry.title.url !== undefined &&
        !entry.title.bold);
}
const YEAR = /\b(?:19|20)\d{2}\b/;
/**
 * Whether a title is written as the list writes it, or differs only where a reviewer would not ask
 * for a change: a title ending in `?`, `!` or `)` may take the list's comma or not (`**Title?**, ACL`);
 * a bold title that goes on past its bold (`**Title**: A Survey, arXiv…`) has no punctuation to fix;
 * and bold is never asked to be taken away (the bold span may be a tag, not the title).
 */
function writtenAsExpected(entry, written, expected, line) {
    if (written === expected)
        return true;
    const { title } = entry;
    const mark = title.mark || '**';
    if (title.bold && !expected.startsWith(mark))
        return true;
    if (/[?!)]$/.test(title.text) && written.replace(/[.,]$/, '') === expected.replace(/[.,]$/, ''))
        return true;
    // `**Title**: A Survey,`: the words after the colon, up to the venue, have no digit: a subtitle.
    const goesOn = /^\s*[:–—-]\s*([^,[(]*)/.exec(line.slice(title.endColumn - 1));
    return title.bold && goesOn !== null && goesOn[1].trim() !== '' && !/\d/.test(goesOn[1]);
}
/** Other titles a list breaks over two lines before breaking one is its habit, not a slip. */
const WRAPPED_ELSEWHERE$1 = 2;
/** A line that opens a bold span it does not close (an odd count of `**`). */
const opensBold = (text) => (text.match(/\*\*/g)?.length ?? 0) % 2 === 1;
/** How many other bold spans in the text open on one line and close on the next, as this title does. */
function wrappedElsewhere(source, line) {
    const open = linesWhere(source, opensBold);
    const opened = new Set(open);
    return open.filter((at) => at !== line && opened.has(at + 1) && !opened.has(at - 1)).length;
}
/** A written title's words, its closing mark, and whether its bold (or italic) marks come last. */
function titleParts(title) {
    const [, words, closing] = /^(.*?)([.,;:]?)$/u.exec(title.replace(/[*_]/g, '').trim()) ?? [];
    return { words: words.trim(), closing, marksLast: /[*_]$/.test(title.trim()) };
}
/** Whether a title differs from the list's only in the side of its marks its closing mark is on. */
function placedElsewhereOnly(written, expected) {
    const [now, wanted] = [titleParts(written), titleParts(expected)];
    return (now.words === wanted.words &&
        now.closing === wanted.closing &&
        now.closing !== '' &&
        now.marksLast !== wanted.marksLast);
}
/**
 * Whether a bold title broken over two lines shows the break: a soft line break renders as a space,
 * so `**Title wrapped\n  onto two lines.**` reads as one line, while a hard break (two trailing spaces
 * or `\`), a word cut at its hyphen (`Pre-\ntrained`) or punctuation opening the next line
 * (`proteins\n.**`, read `proteins .`) is seen.
 */
function breakShows(source, line, column) {
    const first = source.lines[line - 1];
    const next = (source.lines[line] ?? '').trimStart();
    return (/(?: {2}|\\)$/.test(first) ||
        /\w-$/.test(first.trimEnd()) ||
        /^[.,;:!?)\]]/.test(next) ||
        // A bold that runs on over a link (`**Title [[pdf]](…) 11/2024` / `rest of the title**`) shows
        // the link and what follows it in bold.
        first.slice(column - 1).includes(']('));
}
/** Whether two bold titles close alike: the same punctuation, on the same side of the bold. */
const sameTitleMarks = (other, entry) => other.title.bold &&
    other.title.punctuation === entry.title.punctuation &&
    (entry.title.punctuation === '' || other.title.punctuationInside === entry.title.punctuationInside);
/**
 * What a title lacks when its words and marks are the list's and only the punctuation after it
 * differs (`**Title**` for `**Title.**`): said outright, since the two look alike at a glance.
 */
function punctuationOnly(written, expected) {
    const [now, wanted] = [titleParts(written), titleParts(expected)];
    if (now.words !== wanted.words ||
        now.closing === wanted.closing ||
        written.replace(/[^*_]/g, '') !== expected.replace(/[^*_]/g, '')) {
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
function strayStarIn(text) {
    const bold = /^\*\*(.+?)\*\*/.exec(text);
    if (!bold)
        return undefined;
    const stars = [...bold[1].matchAll(/(?<!\\)\*/g)];
    return stars.length % 2 === 1 ? /\S*(?<!\\)\*\S*/.exec(bold[1])?.[0] : undefined;
}
const titleFormat = {
    id: 'title-format',
    severity: 'warning',
    description: "The title line has the list's shape: marker, bold title, its punctuation, then venue and year.",
    // Only a title line the change wrote: an entry edited elsewhere keeps its title's old form unasked.
    scope: 'line',
    check(entry, { convention, source, nearby, changesOwnWay, setByConfig }) {
        const problems = [];
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
        const markedAlike = () => !setByConfig('marker') &&
            nearby(entry).some((other) => isListMarker(other.marker) && /\d/.test(other.marker) === numbered);
        if (convention.marker &&
            isListMarker(entry.marker) &&
            numbered !== (convention.marker === 'numbered') &&
            !markedAlike()) {
            problems.push({
                line: title.line,
                column: entry.markerColumn,
                text: markerText,
                message: convention.marker === 'numbered'
                    ? 'This list numbers its entries: number this item as the others are.'
                    : 'This list uses bullets: start the item with `- `.',
            });
        }
        if (title.wrapped) {
            // A break a reader cannot see is no problem; one they can gets one note, and no fix that could
            // split the bold markers. A list that wraps other titles so too has no one-line habit to hold it to.
            if (!breakShows(source, title.line, title.column) ||
                wrappedElsewhere(source, title.line) >= WRAPPED_ELSEWHERE$1) {
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
        let around;
        const driftedTo = (like) => ((around ??= nearby(entry)).length >= 2 && around.every(like)) ||
            changesOwnWay(entry, (other) => [{ line: other.title.line, value: like(other) }], (likeIt) => !likeIt, 'new-section');
        const sectionWrites = (like) => {
            const inSection = (around ??= nearby(entry)).filter((other) => other.section.join('\n') === entry.section.join('\n'));
            return inSection.length >= 2 && inSection.every(like);
        };
        const drifted = () => driftedTo((other) => !other.title.bold && other.title.url === undefined);
        if (titleUnmarked(entry, convention) && !/^(\*\*|__)/.test(written)) {
            if (drifted())
                return problems;
            problems.push({
                line: title.line,
                column: title.column,
                message: `Write the title in bold, like ${code(writeTitle('Title', { bold: true, punctuation: convention.titlePunctuation ?? '', inside: convention.punctuationInsideBold ?? true }))}, as the other entries are.`,
                aspect: 'unmarked',
                text: titleText,
                textOpensLine: true,
            });
        }
        else if (linkedTitleUnbolded(entry, convention)) {
            // Where the entries around it leave their titles without bold too, the list has drifted there.
            if (driftedTo((other) => !other.title.bold))
                return problems;
            problems.push({
                line: title.line,
                column: title.column,
                message: 'Write the linked title in bold, like `**[Title](…)**`, as the other entries are.',
                aspect: 'unmarked',
                text: titleText,
                textOpensLine: true,
            });
        }
        else if (expected !== undefined &&
            !writtenAsExpected(entry, written, expected, line) &&
            !(!title.bold && expected.startsWith(title.mark || '**') && drifted()) &&
            // Which side of the bold its full stop sits on does not show (`**Title.**`, `**Title**.`).
            !(title.bold && placedElsewhereOnly(written, expected)) &&
            // Where the entries of its section around it write their titles as this one is written, so does
            // the section (its own form: `**Title**, Preprint 2023.` under a heading whose papers all do).
            // (Not a `?` or `!` given a full stop too: `**Title?.**` is a slip whatever the section writes.)
            !(title.bold &&
                !/[?!]$/.test(title.text) &&
                !setByConfig('titlePunctuation') &&
                !setByConfig('punctuationInsideBold') &&
                sectionWrites((other) => sameTitleMarks(other, entry)))) {
            const unclosed = !title.bold && /^(\*\*|__)/.test(written);
            // `**Title. **`: bold does not close after a space, whatever the list's punctuation.
            const spaced = unclosed && new RegExp(String.raw `^(\*\*|__)\S.*\S\s+\1`).test(line.slice(title.column - 1));
            // `** Title**`: nor does it open before one.
            const openedApart = unclosed && /^(\*\*|__)\s+\S/.test(line.slice(title.column - 1));
            const stray = unclosed && !spaced && !openedApart ? strayStarIn(line.slice(title.column - 1)) : undefined;
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
        if (convention.yearAfterTitle &&
            entry.kind === 'paper' &&
            !entry.dated &&
            entry.venue === '' &&
            !yearInLinks()) {
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
        if (!expected || problem.aspect !== 'title')
            return undefined;
        // Where the title's extent is uncertain, the message only.
        const { title } = entry;
        if (!titleExtentCertain(entry))
            return undefined;
        // Nor is bold ever taken away by a fix: it is what marks the item as a paper entry at all.
        const mark = title.mark || '**';
        if (title.bold && !expected.startsWith(mark))
            return undefined;
        // An unbolded title ends at its comma: a fix that replaced the comma would move the title's end
        // to the next one, and every later --fix would rewrite another comma.
        if (!title.bold && !expected.startsWith(mark) && !expected.endsWith(','))
            return undefined;
        // A fix writes only what the list has settled: a trait without a clear majority is left as it is,
        // so fixing never tips the vote that a later run learns the style from.
        if (convention.titleBold === null ||
            convention.titlePunctuation === null ||
            (convention.punctuationInsideBold === null && convention.titlePunctuation !== '')) {
            return undefined;
        }
        return { title: { form: titleForm(entry, convention) } };
    },
};

/**
 * The shape syntax of a template: literal text and `{slot}`s (`- **{title},** {venue} {year}.`), a
 * literal's `{`, `}` and `\\` escaped. Read by the learner, the framer and the writer alike.
 */
/** Slots the entry reader fills from the entry's structure. */
const SLOTS = [
    'n',
    'indent',
    'title',
    'venue',
    'year',
    'authors',
    'paper',
    'links',
    'badges',
    'annotation',
];
/**
 * Slots for text the list varies from entry to entry that the reader does not place itself, named by
 * what the text is across the list's entries: a date, a venue and year together, names, or a note.
 * A template may have several of one kind (`{note}`, `{note2}`).
 */
const TEXT_SLOTS = ['date', 'when', 'names', 'note'];
const PIECE = /\\([{}\\])|\{([a-z]+)(\d*)\}|([^\\{]+|[\\{])/g;
function isTextSlot(slot) {
    return TEXT_SLOTS.includes(slot.replace(/\d+$/, ''));
}
function pieces(shape) {
    const out = [];
    let text = '';
    for (const match of shape.matchAll(PIECE)) {
        const name = match[2];
        const slot = name === undefined ? undefined : (name + match[3]);
        const known = name !== undefined &&
            ((match[3] === '' && SLOTS.includes(name)) ||
                TEXT_SLOTS.includes(name));
        if (slot !== undefined && known) {
            if (text !== '')
                out.push({ literal: text });
            text = '';
            out.push({ slot });
        }
        else {
            text += match[1] ?? match[0];
        }
    }
    if (text !== '')
        out.push({ literal: text });
    return out;
}
function slotsOf(shape) {
    return pieces(shape).flatMap((piece) => ('slot' in piece ? [piece.slot] : []));
}
/** The shape text of a literal, as a template writes it. */
function shapeLiteral(text) {
    return text.replace(/[{}\\]/g, (ch) => `\\${ch}`);
}
/** The shape these pieces are read from (the inverse of `pieces`): literals escaped, slots named. */
function shapeOf(parts) {
    return parts.map((piece) => ('slot' in piece ? `{${piece.slot}}` : shapeLiteral(piece.literal))).join('');
}

/**
 * The frame of a shape: its markup, punctuation and slots, with each run of words in its literal
 * text as one "core". Entries whose frames are equal are written the same way but for their words;
 * across such entries a core whose words never change is a constant of the list (`[[paper]]`,
 * `Preprint`), one whose words change is a slot the list fills per entry (a date, a venue, a note).
 * Spacing (the runs of spaces and tabs in the markup: a table cell's padding, a trailing run) is a
 * value too, not part of the frame: entries that differ only in it share a frame, and each keeps
 * its own when written back through the template (`spacingOf`, `respace`).
 */
/**
 * Text between markup: a run of it may hold a core. A parenthesised aside after words is part of
 * them (`Computer Vision (ICCV). 2017`, `arXiv:1909.00301 (2019) (EMNLP 2019). [[Paper]]`): a citation's
 * parentheses are its editor's words, not the list's markup; split at them, each citation would
 * frame its entry apart. Parentheses before any words (`1. (2021) **Title**`) or ending a line
 * (`Kaiming He (CVPR 2016)`: a venue and year the list closes its entries with) stay markup.
 */
const PROSE = /(?:[^[\]()*_`<>|!#\\{}"“”\n]|(?<=[\p{L}\p{N}][^[\]*_`<>|!#\\{}"“”\n]*)\([^[\]()*_`<>|!#\\{}"“”\n]*\)(?![ \t.,;:]*(?:\n|$)))+/gu;
/**
 * A core runs from its first letter or digit to its last word (`Cao, Z., & Sheikh, Y`): a word ends
 * with the pluses of its name (`C++`, `RefCOCO+`), or with the parenthesis closing an aside in the
 * run (a run holds no other).
 */
const FIRST_WORD_CHAR = /[\p{L}\p{N}]/u;
const LAST_WORD = /([\p{L}\p{N}]\+*|\))[^\p{L}\p{N})]*$/u;
const MARK$1 = '\u0001';
/** Where an optional run stands in a stretch of markup: it has no spacing of its own. */
const ANCHOR = '\u0002';
const SPACE_RUN = /[ \t]+/g;
/**
 * An annotation that ends an entry: prose of sentences (a word ending one, a capital starting the
 * next) with no markup in it (no emphasis, code, HTML, table cells, images or headings). Its asides (`(from 1970)`,
 * `"cloud"`, `[1]`) are the editor's words, not the list's markup: split at them, each entry's
 * note would frame it apart from the others.
 */
const NOTE_TAIL = /^[^*_`<>|!#\\{}\n]*$/u;
const LAST_NOTE_CHAR = /[\p{L}\p{N})\]"”][^\p{L}\p{N})\]"”]*$/u;
const SENTENCE_BREAK$1 = /\p{Ll}{3,}[.!?]["”)]?\s+["“(]?\p{Lu}/u;
/** Whether a literal's text from `start` on is such a note; it opens outside any aside of its own. */
function isNoteTail(literal, start) {
    const text = literal.slice(start);
    return (!/[([“"][ \t]*$/.test(literal.slice(0, start)) &&
        NOTE_TAIL.test(text) &&
        !text.includes('](') &&
        SENTENCE_BREAK$1.test(text));
}
/**
 * Frames already read, by shape. A list's entries share a handful of shapes, and learning its
 * grammar, then checking entries against it, asks for the same shape's frame again and again (a
 * frame is never changed once made). Emptied when it holds FRAMES_KEPT, so a run over many lists
 * keeps no more than a list's worth.
 */
const framesByShape = new Map();
const FRAMES_KEPT = 2000;
function frameOf(shape) {
    let frame = framesByShape.get(shape);
    if (!frame) {
        if (framesByShape.size >= FRAMES_KEPT)
            framesByShape.clear();
        framesByShape.set(shape, (frame = readFrame(shape)));
    }
    return frame;
}
/** A Markdown table row: one line that opens with a cell's `|`. */
const TABLE_ROW = /^[ \t]*\|[^\n]*$/;
function readFrame(shape) {
    const parts = [];
    const all = pieces(shape);
    const row = TABLE_ROW.test(shape);
    for (const [number, piece] of all.entries()) {
        if ('slot' in piece) {
            if (isTextSlot(piece.slot))
                parts.push({ kind: 'slot', slot: piece.slot });
            else
                parts.push({
                    kind: 'fixed',
                    shape: `{${piece.slot}}`,
                    optional: piece.slot === 'links' || piece.slot === 'badges' || piece.slot === 'annotation',
                });
            continue;
        }
        let at = 0;
        const last = number === all.length - 1;
        for (const run of row ? rowRuns(piece.literal) : wordRuns(piece.literal)) {
            const first = run.whole ? 0 : run.text.search(FIRST_WORD_CHAR);
            if (first === -1)
                continue;
            const start = run.index + first;
            const tail = last && !run.whole && isNoteTail(piece.literal, start);
            // A note ends with its last word, or with the aside that closes it (`… (2001)`).
            const end = run.whole
                ? run.index + run.text.length
                : tail
                    ? start + piece.literal.slice(start).search(LAST_NOTE_CHAR) + 1
                    : abbreviationEnd(piece.literal, run.index + lastWordEnd(run.text));
            if (start > at)
                parts.push({ kind: 'fixed', shape: shapeLiteral(piece.literal.slice(at, start)), optional: false });
            parts.push({ kind: 'core', text: piece.literal.slice(start, end) });
            at = end;
            if (tail)
                break;
        }
        if (at < piece.literal.length)
            parts.push({ kind: 'fixed', shape: shapeLiteral(piece.literal.slice(at)), optional: false });
    }
    const key = parts
        .map((part, at) => (part.kind === 'fixed' ? (part.optional ? '' : unspaced(part.shape, at)) : MARK$1))
        .join('');
    const layout = parts.map((part, at) => (part.kind === 'fixed' ? unspaced(part.shape, at) : MARK$1)).join('');
    return { key, layout, parts };
}
/**
 * The end of a core, past the full stop of an abbreviation that closes an aside (`(2019 Front.
 * Genet.)`): a list closes no aside of its own with a full stop, so it is the words'.
 */
function abbreviationEnd(literal, end) {
    return literal.startsWith('.)', end) ? end + 1 : end;
}
/** Where the last word of a run of prose (holding one) ends. */
function lastWordEnd(text) {
    const word = LAST_WORD.exec(text);
    return word.index + word[1].length;
}
/** A link's target left in the literal text (one the reader places in no slot): `](…)`. */
const LINK_TARGET = /\]\([ \t]*([^\s()]+)/g;
/**
 * An HTML table cell's text (no markup in it but line breaks): `<td align='center'>w/ tools</td>`,
 * `<td>-</td>`, `<td>Read/Write/<br>Reflection</td>`.
 */
const HTML_CELL_TEXT = /<t[dh]\b[^<>]*>((?:[^<>]|<br\s*\/?>)*)<\/t[dh]>/gi;
/**
 * The runs of a table row's literal that may hold a core: each cell it holds whole (between two of
 * its `|`, no slot the reader placed in it) is one value, whatever it writes there (`-`, `N/A`,
 * links one per line joined by `<br>`, an image): a row's value in its column, as an HTML cell's
 * text is. Split at its markup, rows writing one more link, or an image another way, in a column
 * would each frame their row apart. The rest (the cells a slot stands in) is read as any literal.
 * An empty cell holds no value: it is what a cell whose run is empty writes.
 */
function* rowRuns(literal) {
    const pipes = [];
    for (let at = 0; at < literal.length; at++) {
        if (literal[at] === '\\')
            at++;
        else if (literal[at] === '|')
            pipes.push(at);
    }
    const wholes = [];
    const value = (from, to) => {
        const text = literal.slice(from, to).trim();
        wholes.push({ text, index: from + literal.slice(from, to).indexOf(text), whole: true, from, to });
    };
    if (pipes.length > 0) {
        // The lines a cell writes under its slots (`{title} <br> *Names* <br> > Venue'23`) close it as one
        // value: how many it writes, and how, is the row's own.
        const br = /<br[ \t]*\/?>/i.exec(literal.slice(0, pipes[0]));
        if (br)
            value(br.index + br[0].length, pipes[0]);
        for (let next = 1; next < pipes.length; next++)
            value(pipes[next - 1] + 1, pipes[next]);
    }
    // The rest is read as any literal, in its whole text (an aside before a cell's end is no line's end).
    const inside = (at) => wholes.some(({ from, to }) => at >= from && at < to);
    const runs = [
        ...[...wordRuns(literal)].filter((run) => !inside(run.index)),
        ...wholes.filter(({ text }) => text !== '').map(({ text, index, whole }) => ({ text, index, whole })),
    ];
    yield* runs.sort((a, b) => a.index - b.index);
}
/**
 * The runs of a literal that may hold a core: the prose between markup, each link target and each
 * HTML table cell's text (`whole`: the core is all of it). A URL is one value however many `_`,
 * `#`, `~` or trailing `/` it holds: split at them, links to other places would frame the entries
 * holding them apart. So is a cell's text, words or none (`-`, `&check;`): a row's value in its
 * column, as a Markdown row's cells are values between its `|`.
 */
function* wordRuns(literal) {
    let at = 0;
    const prose = function* (end) {
        for (const match of literal.slice(at, end).matchAll(PROSE))
            yield { text: match[0], index: at + match.index, whole: false };
    };
    const wholes = [...literal.matchAll(LINK_TARGET)];
    if (literal.includes('</t')) {
        wholes.push(...literal.matchAll(HTML_CELL_TEXT));
        wholes.sort((a, b) => a.index - b.index);
    }
    for (const whole of wholes) {
        const value = whole[1].trim();
        const start = whole.index + whole[0].lastIndexOf(whole[1]) + (whole[1].length - whole[1].trimStart().length);
        yield* prose(start);
        yield { text: value, index: start, whole: true };
        at = start + value.length;
    }
    yield* prose(literal.length);
}
/**
 * Markup without its spacing. An entry's indent is not spacing but where it stands (a nested item):
 * it stays in the frame, written as marks, so entries indented otherwise are framed otherwise.
 */
function unspaced(text, at) {
    const indent = at === 0 ? (/^[ \t]*/.exec(text)?.[0] ?? '') : '';
    return indentMarks(indent) + text.slice(indent.length).replace(SPACE_RUN, '');
}
const INDENT_MARKS = { ' ': '\u0004', '\t': '\u0005' };
const indentMarks = (indent) => indent.replace(/[ \t]/g, (ch) => INDENT_MARKS[ch]);
const fromIndentMarks = (text) => text.replace(/[\u0004\u0005]/g, (ch) => (ch === '\u0004' ? ' ' : '\t'));
/**
 * The markup between a frame's words, one stretch per run of fixed parts, optional runs as anchors.
 * Frames with one key have the same stretches but for their spacing and anchors.
 */
function stretches(frame) {
    const out = [''];
    frame.parts.forEach((part, at) => {
        if (part.kind !== 'fixed')
            out.push('');
        else if (part.optional)
            out[out.length - 1] += ANCHOR;
        else
            out[out.length - 1] += at === 0 ? part.shape.replace(/^[ \t]*/, indentMarks) : part.shape;
    });
    return out;
}
/** A stretch cut at each character of markup: the spacing in each gap, with the anchors there. */
function gaps(stretch) {
    const out = [''];
    for (const ch of stretch) {
        if (ch === ' ' || ch === '\t' || ch === ANCHOR)
            out[out.length - 1] += ch;
        else
            out.push('');
    }
    return out;
}
/**
 * An entry's spacing: the run of spaces and tabs in each gap of its markup, in order (empty where
 * it has none). Any two frames with one key have as many gaps. With `runs`, a gap keeps where its
 * optional runs stand among its spaces (`{links} ` is not ` {links}`), as a mark for each.
 */
function spacingOf(frame, runs = false) {
    return stretches(frame).flatMap((stretch) => gaps(stretch).map((gap) => (runs ? gap : gap.replaceAll(ANCHOR, ''))));
}
/** The optional runs (`{links}`, `{badges}`) in each gap of a frame, as `spacingOf` counts its gaps. */
function runsInGaps(frame) {
    const optionals = frame.parts.flatMap((part) => part.kind === 'fixed' && part.optional ? [part.shape] : []);
    let next = 0;
    return stretches(frame).flatMap((stretch) => gaps(stretch).map((gap) => [...gap].filter((ch) => ch === ANCHOR).map(() => optionals[next++])));
}
/**
 * An entry's spacing with its optional runs written in each gap (`' {links}'`), for an entry that
 * has a run its template has no place for (most entries have no code link; the few that do put it
 * where the list does, but not in the template's fullest layout): the template then takes the run
 * where the entry has it. Undefined when the entry has no such run, or puts a run the template has
 * elsewhere than the template does: that entry is written otherwise.
 */
function spacingWithRuns(template, entry) {
    const theirs = runsInGaps(template);
    const mine = runsInGaps(entry);
    const known = new Set(theirs.flat());
    if (mine.flat().every((run) => known.has(run)))
        return undefined;
    if (mine.some((runs, at) => runs.some((run) => known.has(run) && !theirs[at]?.includes(run))))
        return undefined;
    const optionals = mine.flat();
    let next = 0;
    return stretches(entry).flatMap((stretch) => gaps(stretch).map((gap) => gap.replace(new RegExp(ANCHOR, 'g'), () => optionals[next++])));
}
/**
 * The shape of a frame with another entry's spacing in its gaps (from `spacingOf` of a frame with
 * the same key): each gap's spacing where the frame has its own, after the gap's optional runs
 * where it has none; around them as the entry has them when it has as many there. A gap given with
 * runs in it (`spacingWithRuns`) is written as given.
 */
function respace(frame, spacing) {
    const optionals = frame.parts.flatMap((part) => part.kind === 'fixed' && part.optional ? [part.shape] : []);
    const between = frame.parts.flatMap((part) => part.kind === 'core' ? [part.text] : part.kind === 'slot' ? [`{${part.slot}}`] : []);
    let index = 0;
    let optional = 0;
    const written = stretches(frame).map((stretch) => {
        const markup = [...stretch.replace(/[ \t\u0002]/g, '')];
        return gaps(stretch)
            .map((gap, at) => {
            const space = spacing[index++] ?? '';
            const runs = [...gap.replace(/[ \t]/g, '')].map(() => optionals[optional++]);
            const after = markup[at] ?? '';
            if (space.includes('{'))
                return space + after;
            const marks = space.replace(/[ \t]/g, '').length;
            if (marks > 0 && marks === runs.length) {
                let next = 0;
                return space.replace(new RegExp(ANCHOR, 'g'), () => runs[next++]) + after;
            }
            const own = gap.search(/[ \t]/);
            const before = own === -1 ? runs.length : own;
            const plain = space.replaceAll(ANCHOR, '');
            return runs.slice(0, before).join('') + plain + runs.slice(before).join('') + after;
        })
            .join('');
    });
    return fromIndentMarks(written.map((stretch, at) => (at === 0 ? '' : between[at - 1]) + stretch).join(''));
}
/**
 * The frame with other words at some of its places (counted over its cores and text slots, as an
 * entry's cores line up with them): a constant worded as one entry words it.
 */
function reword(frame, words) {
    let index = 0;
    const parts = frame.parts.map((part) => {
        if (part.kind === 'fixed')
            return part;
        const text = words[index++];
        return part.kind === 'core' && text !== undefined ? { kind: 'core', text } : part;
    });
    return { ...frame, parts };
}
/** The words of each core of a frame, in order. */
function coreTexts(frame) {
    return frame.parts.flatMap((part) => (part.kind === 'core' ? [part.text] : []));
}
/** The shape a frame describes, with each core (in order) written as `write` says. */
function rebuild(frame, write) {
    let index = 0;
    return frame.parts
        .map((part) => {
        if (part.kind === 'fixed')
            return part.shape;
        if (part.kind === 'slot')
            return `{${part.slot}}`;
        return write(index++);
    })
        .join('');
}
/**
 * The markup beside a frame's part (`at`), before it (`step` -1) or after it (1): the fixed parts up
 * to the words or text slot next to it, as far as a slot the reader places (`{title}`), without
 * spacing, and with characters written full width as their ASCII selves (`（arXiv 2025）` is
 * parenthesised as `(arXiv 2025)` is).
 */
function markupBeside(frame, at, step) {
    const { parts } = frame;
    let text = '';
    for (let next = at + step; parts[next]?.kind === 'fixed'; next += step) {
        const { shape } = parts[next];
        text = step === 1 ? text + shape : shape + text;
        if (pieces(shape).some((piece) => 'slot' in piece))
            break;
    }
    return text.normalize('NFKC').replace(SPACE_RUN, '');
}
/** The markup on each side of a frame's words and text slots (`markupBeside`), in order. */
function surroundings(frame) {
    return frame.parts.flatMap((part, at) => part.kind === 'fixed' ? [] : [{ before: markupBeside(frame, at, -1), after: markupBeside(frame, at, 1) }]);
}
/**
 * The words an entry framed otherwise than its template (a link written `[Paper](…)` where the
 * list writes `[[Paper]](…)`) gives the template's text slots: of an entry with as many runs of
 * words as the template has places for them, at each slot whose markup on both sides
 * (`surroundings`) stands around exactly one run of the entry's words, and around no other place
 * of the template, those words. A slot with no such place in the entry has no value.
 */
function alignedTextValues(template, entry) {
    const key = ({ before, after }) => `${before}\u0000${after}`;
    const count = (keys) => {
        const counts = new Map();
        for (const one of keys)
            counts.set(one, (counts.get(one) ?? 0) + 1);
        return counts;
    };
    const words = coreTexts(entry);
    const places = template.parts.filter((part) => part.kind !== 'fixed');
    // An entry with words the template has no place for, or places it has no words for, is another
    // kind of entry: its words are not read as the template's.
    if (words.length !== places.length)
        return undefined;
    const entryKeys = surroundings(entry).map(key);
    const templateKeys = surroundings(template).map(key);
    const inEntry = count(entryKeys);
    const inTemplate = count(templateKeys);
    let values;
    places.forEach((part, index) => {
        const place = templateKeys[index];
        if (part.kind !== 'slot' || inEntry.get(place) !== 1 || inTemplate.get(place) !== 1)
            return;
        (values ??= {})[part.slot] = words[entryKeys.indexOf(place)];
    });
    return values;
}
/**
 * The values an entry gives a template's text slots: the entry's words at each slot's place, when
 * the entry is framed as the template is; otherwise none.
 */
function textValues(template, entry) {
    if (template.key !== entry.key)
        return undefined;
    const words = coreTexts(entry);
    const values = {};
    let index = 0;
    for (const part of template.parts) {
        if (part.kind === 'fixed')
            continue;
        const text = words[index++] ?? '';
        if (part.kind === 'slot')
            values[part.slot] = text;
    }
    return values;
}

/**
 * The entry grammar a list is held to, learned from the list itself (learn.ts) or set by config.
 * Every trait can be `null`, meaning "not enforced": a list whose own entries show no clear
 * majority for a trait is not held to one, and no default fills the gap.
 */
/** Nothing enforced: what a list with no entries to learn from is held to. */
const EMPTY_CONVENTION = {
    marker: null,
    titlePunctuation: null,
    punctuationInsideBold: null,
    titleBold: null,
    titleLink: null,
    yearAfterTitle: null,
    authorLine: null,
    blankLineBeforeAuthors: null,
    authorIndent: null,
    authorsItalic: null,
    paperLink: null,
    linkStyle: null,
    linkLabels: null,
    arxivLink: null,
    badges: null,
    badgeSpaced: null,
    badgeColors: null,
    tableRowsFull: null,
    sections: null,
    writtenRules: [],
};
/** The text under the list's heading about contributing, if it has one. */
function contributionGuide(source, segments) {
    const index = segments.headings.findIndex((heading) => /contribut/i.test(heading.text));
    if (index === -1)
        return undefined;
    const heading = segments.headings[index];
    const next = segments.headings.slice(index + 1).find((h) => h.level <= heading.level);
    return source.lines.slice(heading.line, next ? next.line - 1 : source.lines.length).join('\n');
}
/** `[[pdf]](…)`, `[[pdf](…)]`, `[pdf](…)` in a guide's example: a paper link's label, then its style. */
const GUIDE_LINK = /(\[?)\[([^[\]\n]{1,30})\](\]?)\(/g;
/**
 * The styles the contribution guide writes a paper link in (its example entry): a list whose guide
 * asks for `[[paper]](link)` while most entries write `[paper](link)` has two ways, not one.
 */
function guideLinkStyles(source, segments) {
    const text = contributionGuide(source, segments);
    if (text === undefined)
        return [];
    const styles = new Set();
    for (const [, outer, label, closed] of text.matchAll(GUIDE_LINK)) {
        if (PAPER_LABEL.test(label.trim()))
            styles.add(closed ? 'bracketed-label' : outer ? 'bracketed' : 'plain');
    }
    return [...styles];
}
/**
 * The rules a list's contribution guide states in words: the text under a heading about
 * contributing. "empty line … between the title and the authors", "/abs/", "keyword tags".
 */
function writtenRules(source, segments) {
    const text = contributionGuide(source, segments);
    if (text === undefined)
        return [];
    const rules = [];
    if (/(empty|blank) line/i.test(text))
        rules.push('blank-line');
    if (/\/abs\//.test(text))
        rules.push('arxiv-abs');
    if (/keyword/i.test(text) && /\b(add|tag|badge)/i.test(text))
        rules.push('badge-missing');
    return rules;
}
/**
 * The badge colours a list defines in its own "Keywords Convention" (or any heading with
 * "keyword" in it), in order of appearance; undefined when it has no such section.
 */
function paletteFromKeywordsSection(source, segments) {
    const index = segments.headings.findIndex((heading) => /keyword/i.test(heading.text));
    if (index === -1)
        return undefined;
    const heading = segments.headings[index];
    const next = segments.headings.slice(index + 1).find((h) => h.level <= heading.level);
    const end = next ? next.line - 1 : source.lines.length;
    const colors = [];
    for (let lineNo = heading.line + 1; lineNo <= end; lineNo++) {
        for (const link of findLinks(source.lines[lineNo - 1])) {
            const color = link.image ? parseShieldsBadge(link.url)?.color : undefined;
            if (color && !colors.includes(color))
                colors.push(color);
        }
    }
    return colors.length > 0 ? colors : undefined;
}

/** Counts one more of a key, and returns the counts (so a new map can be counted into and kept at once). */
function increment(counts, key) {
    return counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * The entry grammar a list shows in its own entries. Each trait is set by a clear majority of the
 * entries that show it, and only with enough of them to tell; otherwise it is not enforced (null).
 * No default stands in for missing evidence: a list is held to what it does, never to what the
 * reference list does. Each trait's evidence (how many entries agree, of how many) is kept, so
 * --print-config can show why a trait is enforced.
 *
 * Entries are read from an evenly spread sample, so learning costs the same on a 100-entry list and
 * a 50,000-entry one. In a PR the sample leaves out the entries being checked: a new entry is held
 * to the list's style, never to its own.
 */
const SAMPLE_SIZE = 150;
/**
 * Share of the entries showing a trait that one value needs to be the list's style. Measured on the
 * 58-list field corpus: at two thirds, a list that writes 75–89% of its arXiv links one way was held
 * to it and a judge found most such findings false (bench/FIELD.md); at 90% (the share the field's
 * mutation test calls a kept convention) they go.
 */
const CLEAR_MAJORITY = 0.9;
/** A handful of entries cannot show 90%: one entry written otherwise still leaves the others' style. */
const SMALL_LIST_DISSENT = 1;
/** Fewer entries showing a trait than this: too few to call it the list's style. */
const MIN_EVIDENCE = 3;
function sample(items, size) {
    if (items.length <= size)
        return [...items];
    const step = items.length / size;
    return Array.from({ length: size }, (_, i) => items[Math.floor(i * step)]);
}
/** Counts the values of one trait; the top one is the list's style when a clear majority holds it. */
function tally(values) {
    const counts = new Map();
    for (const value of values) {
        const key = JSON.stringify(value);
        const entry = counts.get(key) ?? { value, n: 0 };
        entry.n++;
        counts.set(key, entry);
    }
    const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
    const evidence = { agree: top?.n ?? 0, of: values.length };
    const clear = top !== undefined &&
        values.length >= MIN_EVIDENCE &&
        (top.n / values.length >= CLEAR_MAJORITY || values.length - top.n <= SMALL_LIST_DISSENT);
    return { value: clear ? top.value : null, evidence };
}
/**
 * The newest entries stand for where a list is going: a trait most of the list shows but its newest
 * entries have left (every recent entry drops the title's period) has drifted, and holding a new
 * entry to it would ask for the list's old style. Newest by the paper's arXiv id, else its year.
 */
const RECENT_SHARE = 0.2;
/** Fewer recent entries than this showing a trait cannot say it drifted. */
const MIN_RECENT = 5;
/** The recent entries keep a trait when this share of them still shows the list's value. */
const RECENT_AGREEMENT = 2 / 3;
/** When an entry's paper appeared, as year × 100 + month: its arXiv id's month, else its year's middle. */
function whenOf(entry) {
    const id = entry.arxivIds[0];
    if (id && /^\d{4}\./.test(id))
        return (2000 + Number(id.slice(0, 2))) * 100 + Number(id.slice(2, 4));
    const written = entry.year && /(?:19|20)\d\d/.exec(entry.year);
    return written ? Number(written[0]) * 100 + 6 : undefined;
}
/** Which entries are the newest: the latest fifth of the dated ones. */
function newestOf(papers) {
    const times = papers.flatMap((entry) => whenOf(entry) ?? []).sort((a, b) => b - a);
    if (times.length === 0)
        return () => false;
    const from = times[Math.max(0, Math.ceil(times.length * RECENT_SHARE) - 1)];
    return (entry) => (whenOf(entry) ?? -Infinity) >= from;
}
/** The recent entries' evidence when they have left the list's value, else undefined. */
function drifted(value, recent, agreement) {
    if (recent.length < MIN_RECENT)
        return undefined;
    const key = JSON.stringify(value);
    const agree = recent.filter((shown) => JSON.stringify(shown) === key).length;
    return agree / recent.length < agreement ? { agree, of: recent.length } : undefined;
}
/**
 * The entry's paper link, the one its link style is read from: its first besides the title (a title
 * that links the paper is the paper link, but its form is the title's, not a link style).
 */
function paperLinkOf(entry) {
    return entry.links.find((link) => !link.isTitle && isPaperLink(link));
}
function linkStyleOf(link) {
    return link.bracketed ? 'bracketed' : link.labelBracketed ? 'bracketed-label' : 'plain';
}
/** A link's label as the list names it, whatever brackets or case it is written in: `pdf` for `[[PDF]]`. */
function linkLabelOf(link) {
    return link.label
        .replace(/^\[|\]$/g, '')
        .trim()
        .toLowerCase();
}
/** The labels of the paper links the entries write in a style, as written most often, most used first. */
function labelsIn(entries, style) {
    const uses = new Map();
    for (const entry of entries) {
        const link = paperLinkOf(entry);
        if (!link || linkStyleOf(link) !== style)
            continue;
        const written = link.label.replace(/^\[|\]$/g, '').trim();
        const forms = uses.get(written.toLowerCase()) ?? new Map();
        increment(forms, written);
        uses.set(written.toLowerCase(), forms);
    }
    const total = (forms) => [...forms.values()].reduce((a, b) => a + b, 0);
    const labels = [...uses.values()]
        .sort((a, b) => total(b) - total(a))
        .map((forms) => [...forms].sort((a, b) => b[1] - a[1])[0][0]);
    return labels.length > 0 ? labels : null;
}
/** Colours that at least two sampled entries use, most used first. */
function usedColors(entries) {
    const uses = new Map();
    for (const entry of entries) {
        for (const color of new Set(entry.badges.map((badge) => badge.color))) {
            if (color)
                increment(uses, color);
        }
    }
    const colors = [...uses].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
    return colors.length > 0 ? colors.map(([color]) => color) : null;
}
/** Extra columns past an item's text that render as none: the line stays in the item's paragraph. */
const INVISIBLE_INDENT = 3;
/**
 * The author lines' extra indent when the list mixes indents that render alike (numbered items past
 * 9, whose text moves a column while their author lines stay put): when a clear majority of them
 * sit inside their item, the indent most of those use; else null.
 */
function insideIndent(withAuthors) {
    const extras = withAuthors.map((entry) => entry.authors.indent - (entry.contentColumn - 1));
    const inside = extras.filter((extra) => extra >= 0 && extra <= INVISIBLE_INDENT);
    if (extras.length < MIN_EVIDENCE || inside.length / extras.length < CLEAR_MAJORITY)
        return null;
    const counts = new Map();
    for (const extra of inside)
        increment(counts, extra);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}
/** The learned grammar, the evidence for each trait, and how many entries were read to learn it. */
function learnStyle(source, blocks, inCategory = () => true) {
    const picked = sample(blocks, SAMPLE_SIZE);
    const papers = [];
    const categorised = [];
    for (const block of picked) {
        const entry = parseEntry(source, block);
        if (entry.kind !== 'paper')
            continue;
        papers.push(entry);
        categorised.push(inCategory(block));
    }
    const { style, evidence } = traits(papers, categorised);
    return { style, evidence, sampled: picked.length, papers };
}
function traits(papers, categorised) {
    const style = { ...EMPTY_CONVENTION };
    const evidence = {};
    const recent = newestOf(papers);
    /** Learns a trait from what each entry shows of it (nothing, one value, or one per link). */
    const learn = (trait, from, shows, recentAgreement = RECENT_AGREEMENT) => {
        const result = tally(from.flatMap(shows));
        const drift = result.value === null
            ? undefined
            : drifted(result.value, from.filter(recent).flatMap(shows), recentAgreement);
        style[trait] = (drift ? null : result.value);
        evidence[trait] = drift ? { ...result.evidence, recent: drift } : result.evidence;
    };
    const one = (value) => [value];
    const withAuthors = papers.filter((entry) => entry.authors !== undefined);
    const titled = papers.filter((entry) => entry.title.text !== '');
    const plainTitles = titled.filter((entry) => entry.title.url === undefined);
    const punctuated = plainTitles.filter((entry) => entry.title.bold && entry.title.punctuation !== '');
    learn('marker', papers, (entry) => isListMarker(entry.marker)
        ? [(/\d/.test(entry.marker) ? 'numbered' : 'bullet')]
        : []);
    learn('titleBold', titled, (entry) => one(entry.title.bold));
    learn('titleLink', titled, (entry) => one(entry.title.url !== undefined));
    learn('titlePunctuation', plainTitles, (entry) => {
        const punctuation = entry.title.punctuation;
        return entry.title.bold && (punctuation === ',' || punctuation === '.' || punctuation === '')
            ? [punctuation]
            : [];
    });
    learn('punctuationInsideBold', punctuated, (entry) => one(entry.title.punctuationInside));
    learn('yearAfterTitle', papers, (entry) => one(entry.year !== undefined));
    learn('authorLine', papers, (entry) => one(entry.authors !== undefined));
    learn('blankLineBeforeAuthors', withAuthors, (entry) => one(entry.authors.blankBefore));
    // An author line left of the item's text is a lazy continuation, or falls out of the item: that
    // is a habit, never a style to hold others to.
    learn('authorIndent', withAuthors, (entry) => one(entry.authors.indent - (entry.contentColumn - 1)));
    if (style.authorIndent !== null && style.authorIndent < 0)
        style.authorIndent = null;
    if (style.authorIndent === null)
        style.authorIndent = insideIndent(withAuthors);
    learn('authorsItalic', withAuthors, (entry) => one(entry.authors.italic));
    learn('linkStyle', papers, (entry) => {
        const link = paperLinkOf(entry);
        return link ? [linkStyleOf(link)] : [];
    });
    style.linkLabels = style.linkStyle ? labelsIn(papers, style.linkStyle) : null;
    learn('arxivLink', papers, (entry) => entry.links.flatMap((link) => {
        const kind = parseArxivUrl(link.url)?.kind;
        return kind === 'abs' || kind === 'pdf' ? [kind] : [];
    }));
    // A link the list labels as the paper (`[paper](…github.io/…)`) is its paper link wherever it goes,
    // as pdf-missing takes it.
    learn('paperLink', papers, (entry) => one(entry.title.url !== undefined ||
        entry.links.some((link) => isPaperLink(link) || namesThePaper(link.label))));
    // A keyword badge is a decoration: an entry renders whole without one, and a list whose newest
    // papers leave it out now and then (a third of them) treats it as optional. Only a list whose
    // newest entries carry it as clearly as the whole list does asks a new paper for one.
    learn('badges', papers, (entry) => one(entry.badges.length > 0), CLEAR_MAJORITY);
    // One vote an entry: an entry of a thousand glued badges is one entry written otherwise.
    learn('badgeSpaced', papers, (entry) => entry.badges.length > 0 ? one(!entry.badges.some((badge) => badge.glued)) : []);
    style.badgeColors = style.badges ? usedColors(papers) : null;
    learn('tableRowsFull', papers, (entry) => entry.cells ? one(entry.cells.count >= entry.cells.columns) : []);
    const inCategory = new Map(papers.map((entry, at) => [entry, categorised[at]]));
    learn('sections', papers, (entry) => one(inCategory.get(entry)));
    return { style, evidence };
}

/** The lines a replacement covers. */
const covers = (r, no) => r.line <= no && no <= (r.endLine ?? r.line);
/**
 * Separators a run of links or badges may have between its members: a punctuation mark, or a dash
 * with spaces around it (`[[Paper]](…) - [[Code]](…)`).
 */
const RUN_SEPARATOR = /^[ \t]*(?:[,|/·•;][ \t]*|(?<=[ \t])[-–][ \t]+)?$/;
/**
 * In a table row a `|` ends a cell: links on either side of one are two cells' values, not one run.
 * A line break inside a cell (`[[Code](…)] <br> [[Demo](…)]`) sets its links one under the other:
 * still one run, as links one per line are in a list item.
 */
const CELL_RUN_SEPARATOR = /^[ \t]*(?:[,/·•;][ \t]*|(?<=[ \t])[-–][ \t]+|<br[ \t]*\/?>[ \t]*)?$/i;
/**
 * A line break between links of a run written one per line (`[[Paper]](…)` over `[[Code]](…)`, or
 * each a sub-item `  - [[Code]](…)`): the next line holds nothing before its link but its indent
 * and a bullet.
 */
const LINE_RUN_SEPARATOR = /^[ \t]*\n[ \t]*(?:[-*+][ \t]+)?$/;
/** A venue's closing year: four digits that end no longer number (`arXiv:1506.02078` ends in none). */
const YEAR_AT_END = /^(.*?)[ \t]*[(']?(?<!\d)((?:19|20)\d{2})[)']?$/;
/** The placeholder text, escaped so a literal `{title}` in an entry stays literal. */
function literal(text) {
    return text.replace(/[{}\\]/g, (ch) => `\\${ch}`);
}
/**
 * The entry's text, lines joined by `\n`, as the template and the renderer see it: its record (a
 * heading entry's body is its editors' free text, no form of the list's).
 */
function entryText(source, entry) {
    return source.lines.slice(entry.startLine - 1, recordEnd(entry)).join('\n');
}
/** Cuts one entry into its shape and slot values. */
/**
 * The cut with the venue and year the reader placed as slots (`Nature 2015`) put back in its shape
 * as the words they are (its values still say what they are); undefined when it placed neither. A
 * list whose entries mostly close with words of another kind there (`arXiv:1503.04069`) writes a
 * text slot at that place, which they fill.
 */
function venueAsWords(cut) {
    const { venue, year } = cut.values;
    if (venue === undefined && year === undefined)
        return undefined;
    const shape = cut.shape
        .replace('{venue}', () => shapeLiteral(venue ?? ''))
        .replace('{year}', () => year ?? '');
    return { ...cut, shape };
}
/** Whether a line opens a list item nested under the entry's own: a remark set under it. */
const nestsItem = (line) => (itemOpenedBy(line)?.indent ?? 0) > 0;
/**
 * The entry's cut with the lines it nests under its first ones (sub-items, and the blank lines
 * between) as its annotation, for an entry no form frames whole: its remarks, one entry's own
 * combination of notes and names, are no field of its form. None when those lines hold a field
 * (a link or badge the reader placed) or the entry nests nothing.
 */
function nestedAsAnnotation(source, entry, cut) {
    if (cut.values.annotation !== undefined)
        return undefined;
    const lines = entryText(source, entry).split('\n');
    const start = lines.findIndex((text, at) => at > 0 && (nestsItem(text) || isBlank(text)));
    if (start < 1 || !lines.slice(start).some(nestsItem))
        return undefined;
    const tail = lines.length - start;
    const shapeLines = cut.shape.split('\n');
    if (shapeLines.length <= tail)
        return undefined;
    if (shapeLines.slice(shapeLines.length - tail).some((text) => /\{[a-z]+\d*\}/.test(text)))
        return undefined;
    const shape = `${shapeLines.slice(0, shapeLines.length - tail).join('\n')}{annotation}`;
    const annotation = `\n${lines.slice(start).join('\n')}`;
    return { ...cut, shape, values: { ...cut.values, annotation } };
}
function cutEntry(source, entry) {
    const replacements = [];
    const style = {};
    const values = { links: [], badges: [] };
    const line = (no) => source.lines[no - 1] ?? '';
    if (/\d/.test(entry.marker)) {
        const text = line(entry.startLine);
        const at = offsetOfColumn(text, entry.markerColumn);
        const digits = /^\d+/.exec(text.slice(at));
        if (digits) {
            replacements.push({ line: entry.startLine, start: at, end: at + digits[0].length, text: '{n}' });
            values.n = digits[0];
            // The lines under a numbered item are indented to its text, which moves with the number's
            // width (`9. ` and `10. `): the indent is a slot, so one template writes both. An editor may
            // keep the indent of a shorter number (that of `9. ` under `10. `), which GitHub renders the
            // same: that indent is the entry's own.
            const width = offsetOfColumn(text, entry.contentColumn);
            const below = /^ */.exec(line(entry.startLine + 1))[0].length;
            const shorter = below < width && below >= width - (digits[0].length - 1);
            const indent = ' '.repeat(entry.endLine > entry.startLine && shorter ? below : width);
            for (let no = entry.startLine + 1; no <= entry.endLine; no++) {
                if (line(no).startsWith(indent)) {
                    replacements.push({ line: no, start: 0, end: indent.length, text: '{indent}' });
                    values.indent = indent;
                }
            }
        }
    }
    const { title } = entry;
    let titleCut;
    if (title.text !== '' && !title.wrapped) {
        const text = line(title.line);
        const at = text.indexOf(title.text, title.column - 1);
        if (at !== -1 && at + title.text.length <= title.endColumn - 1) {
            titleCut = { line: title.line, start: at, end: at + title.text.length, text: '{title}' };
            replacements.push(titleCut);
            values.title = title.text;
        }
    }
    if (entry.venueAt !== undefined) {
        const split = YEAR_AT_END.exec(entry.venue);
        const at = entry.venueAt;
        if (split && split[1] !== '' && !/[[\]()*_`<>]/.test(split[1])) {
            const yearAt = at + entry.venue.lastIndexOf(split[2]);
            replacements.push({ line: title.line, start: at, end: at + split[1].length, text: '{venue}' });
            replacements.push({ line: title.line, start: yearAt, end: yearAt + 4, text: '{year}' });
            values.venue = split[1];
            values.year = split[2];
        }
        else if (split && split[1] === '') {
            const yearAt = at + entry.venue.lastIndexOf(split[2]);
            replacements.push({ line: title.line, start: yearAt, end: yearAt + 4, text: '{year}' });
            values.year = split[2];
        }
    }
    const { authors } = entry;
    if (authors && authors.namesEnd > authors.namesStart) {
        const names = line(authors.line).slice(authors.namesStart, authors.namesEnd);
        const read = readNames(names);
        if (read) {
            replacements.push({
                line: authors.line,
                start: authors.namesStart,
                end: authors.namesEnd,
                text: '{authors}',
            });
            values.authors = read.authors;
            Object.assign(style, read.style);
        }
    }
    const titleLink = entry.links.find((link) => link.isTitle);
    if (titleLink && !titleLink.url.startsWith('#')) {
        replacements.push(urlReplacement(titleLink, '{paper}'));
        values.paper = rawUrl(line, titleLink);
    }
    // A link inside the title's words (a description cell that links a name) is the title's text.
    const inTitle = (link) => titleCut !== undefined &&
        link.line === titleCut.line &&
        outer(link).start >= titleCut.start &&
        outer(link).end <= titleCut.end;
    // A link written as a reference (`[Peng Cui]`, its target defined elsewhere in the file) is text
    // as written: a run of links would write its target inline.
    const byReference = (link) => link.url !== '' && link.urlColumn === link.urlEndColumn;
    const outside = entry.links.filter((link) => !link.isTitle && !inTitle(link) && !byReference(link));
    cutLinkRun(outside, entry.cells !== undefined, line, titleLink === undefined, replacements, values, style);
    cutBadgeRun(entry, line, replacements, values, style);
    const annotated = annotationStart(source, entry, replacements);
    if (annotated !== undefined)
        values.annotation = `\n${source.lines.slice(annotated - 1, recordEnd(entry)).join('\n')}`;
    const { shape, dropped } = applyReplacements(source, entry, replacements, annotated);
    // A run its shape does not place (badges that are a link's label, `[![arXiv](…)](…)`, are the
    // link run's) holds no values: the entry has them as the run that placed them.
    if (dropped.has('{badges}')) {
        values.badges = [];
        delete style.badgeLead;
        delete style.badgeSeparator;
    }
    return { shape, values, style };
}
/** A link's target as written (escapes and all), which is what writing it back must reproduce. */
function rawUrl(line, link) {
    return line(link.urlLine).slice(link.urlColumn - 1, link.urlEndColumn - 1);
}
function urlReplacement(link, text) {
    return { line: link.urlLine, start: link.urlColumn - 1, end: link.urlEndColumn - 1, text };
}
/** A link's full extent, with the brackets around it when it is written `[[label](url)]`. */
function outer(link) {
    return link.bracketed
        ? { start: link.column - 2, end: link.endColumn }
        : { start: link.column - 1, end: link.endColumn - 1 };
}
/** How each link style is written, label and target as groups: the greedy label takes the last `](`. */
const WRITTEN_LINK = {
    bracketed: /^\[\[(.*)\]\((.*)\)\]$/s,
    'bracketed-label': /^\[\[(.*)\]\]\((.*)\)$/s,
    plain: /^\[(.*)\]\((.*)\)$/s,
};
/**
 * A link's label and target as written (escapes, spaces before the parenthesis and all), which is
 * what writing it back must reproduce; as read when its text is not a link of its style.
 */
function writtenLink(text, link) {
    const { start, end } = outer(link);
    const written = WRITTEN_LINK[linkStyleOf(link)].exec(text.slice(start, end));
    return written ? { label: written[1], url: written[2] } : { label: link.label, url: link.url };
}
/**
 * The run of links after the title: the first of the other links (not the title's, nor inside
 * its words) and those following it with only a separator between (in a table row, one that does
 * not cross a cell's `|`). When that first link is the paper's, its URL is `{paper}` and its label
 * stays literal (the list's own word for it); the rest are `{links}`.
 */
function cutLinkRun(others, inTable, line, paperOpen, replacements, values, style) {
    if (others.length === 0)
        return;
    const first = others[0];
    const text = line(first.line);
    const run = [first];
    const separators = [];
    const separator = inTable ? CELL_RUN_SEPARATOR : RUN_SEPARATOR;
    const oneLine = (link) => link.urlLine === link.line;
    for (const next of others.slice(1)) {
        const previous = run[run.length - 1];
        if (!oneLine(previous) || !oneLine(next))
            break;
        const sameLine = next.line === previous.line;
        // A table row is one line: its links never run onto the next.
        if (!sameLine && (inTable || next.line !== previous.line + 1))
            break;
        const between = sameLine
            ? line(next.line).slice(outer(previous).end, outer(next).start)
            : `${line(previous.line).slice(outer(previous).end)}\n${line(next.line).slice(0, outer(next).start)}`;
        if (!(sameLine ? separator : LINE_RUN_SEPARATOR).test(between))
            break;
        run.push(next);
        separators.push(between);
    }
    // Links one per line are one run only when every break between them is written alike: a line
    // that ends in spaces of its own keeps them as the entry's spacing, which a run cannot hold.
    const broken = separators.findIndex((between) => between.includes('\n'));
    if (broken !== -1 && separators.some((between) => between !== separators[broken])) {
        run.splice(broken + 1);
        separators.splice(broken);
    }
    const last = run[run.length - 1];
    let members = run;
    // The link its editor labels as the paper is the entry's paper link, wherever it goes.
    if (paperOpen && (isPaperLink(first) || namesThePaper(first.label))) {
        replacements.push(urlReplacement(first, '{paper}'));
        values.paper = rawUrl(line, first);
        members = run.slice(1);
    }
    if (members.length === 0)
        return;
    let start = members === run ? outer(first).start : outer(first).end;
    // The space before a run is the run's own, as a badge run's is: an entry without links has none.
    if (members === run && text.slice(0, start).trim() !== '')
        while (start > 0 && /[ \t]/.test(text[start - 1]))
            start--;
    const lead = members === run ? text.slice(start, outer(first).start) : separators[0];
    const inner = members === run ? separators : separators.slice(1);
    replacements.push({
        line: first.line,
        start,
        end: outer(last).end,
        ...(last.line === first.line ? {} : { endLine: last.line }),
        text: '{links}',
    });
    values.links = members.map((link) => writtenLink(line(link.line), link));
    style.linkLead = lead;
    if (inner.length > 0 && inner.every((sep) => sep === inner[0]))
        style.linkSeparator = inner[0];
    if (members.every((link) => linkStyleOf(link) === linkStyleOf(members[0])))
        style.linkStyle = linkStyleOf(members[0]);
}
/** The first run of badges (images with only spaces between), with the space before it. */
function cutBadgeRun(entry, line, replacements, values, style) {
    if (entry.badges.length === 0)
        return;
    const first = entry.badges[0];
    const text = line(first.line);
    const images = findLinks(text).filter((link) => link.image);
    const run = [images.find((image) => image.start === first.column - 1)];
    if (!run[0])
        return;
    const separators = [];
    for (const image of images) {
        const previous = run[run.length - 1];
        if (image.start <= previous.start)
            continue;
        const between = text.slice(previous.end, image.start);
        if (!/^[ \t]*$/.test(between))
            break;
        run.push(image);
        separators.push(between);
    }
    let start = run[0].start;
    while (start > 0 && /[ \t]/.test(text[start - 1]))
        start--;
    replacements.push({ line: first.line, start, end: run[run.length - 1].end, text: '{badges}' });
    // As written (a space before the closing parenthesis and all), as a run's links are.
    values.badges = run.map((image) => {
        const written = /^!\[(.*)\]\((.*)\)$/s.exec(text.slice(image.start, image.end));
        return written ? { label: written[1], url: written[2] } : { label: image.text, url: image.url };
    });
    style.badgeLead = text.slice(start, run[0].start);
    if (separators.length > 0 && separators.every((sep) => sep === separators[0]))
        style.badgeSeparator = separators[0];
}
/**
 * The marks after an author's name (`Zhijing Jin*`, `Mona Diab†`: equal contribution, the
 * corresponding author; `Zhijing Jin\*`, the star escaped so it opens no emphasis): part of the
 * name as the list writes it, not markup.
 */
const NAME_MARKS = /(?<=[\p{L}.])(?:\\\*|[*†‡])+(?=,|$|\s+(?:and|&)\s)/gu;
/**
 * A one-word name in parentheses inside a name (`Ting-Hao (Kenneth) Huang`, `Krishnamurthy
 * (Dj)Dvijotham`): the author's own, not an aside of the list's (`Zhiheng Xi (Fudan University)`).
 */
const NICKNAME = /(?<=\p{L}[ \t]?)\(\p{L}[\p{L}.'’-]*\)(?=[ \t]?\p{L})/gu;
/** Names as a list writes them: `A, B and C`, `A, B, and C`, `A; B`, `A et al.` */
function readNames(text) {
    if (/[[\]()<>*_`|]/.test(text.replace(NAME_MARKS, '').replace(NICKNAME, '')))
        return undefined;
    const etAl = /^(.*?)(,? )et al\.?$/.exec(text);
    const body = etAl ? etAl[1] : text;
    const style = {};
    if (etAl)
        style.etAlSeparator = etAl[2];
    const last = /^(.*?)(,? and |,? & )([^,;]+)$/.exec(body);
    const head = last ? last[1] : body;
    const separator = /; /.test(head) ? '; ' : ', ';
    const names = head.split(separator).map((name) => name.trim());
    if (names.some((name) => name === ''))
        return undefined;
    if (last) {
        names.push(last[3].trim());
        style.lastNameSeparator = last[2];
    }
    if (names.length > 1)
        style.nameSeparator = separator;
    // Two names and a separator alone cannot tell whether the last one is special; three can.
    if (!last && names.length > 2)
        style.lastNameSeparator = separator;
    const rejoined = joinNames({ names, etAl: !!etAl }, { nameSeparator: separator, ...style });
    return rejoined === text ? { authors: { names, etAl: !!etAl }, style } : undefined;
}
function joinNames(authors, style) {
    const { names } = authors;
    const separator = style.nameSeparator ?? ', ';
    const lastSeparator = authors.etAl ? separator : (style.lastNameSeparator ?? separator);
    const joined = names.length <= 1
        ? (names[0] ?? '')
        : `${names.slice(0, -1).join(separator)}${lastSeparator}${names[names.length - 1]}`;
    return authors.etAl ? `${joined}${style.etAlSeparator ?? ' '}et al.` : joined;
}
/** A line its editor opens with an HTML line break: a remark of theirs set under the entry. */
const BROKEN_OFF = /^[ \t]*<br[ \t]*\/?>/i;
/**
 * Where the entry's annotation starts: its last lines, from the first that opens with a line break
 * (not the entry's first line), when none holds a field of the entry (its paper link, its
 * run of links: what the reader places is no remark).
 */
function annotationStart(source, entry, replacements) {
    let start;
    for (let no = recordEnd(entry); no > entry.startLine; no--) {
        if (replacements.some((r) => covers(r, no) && r.text !== '{indent}'))
            break;
        if (BROKEN_OFF.test(source.lines[no - 1] ?? ''))
            start = no;
    }
    return start;
}
/**
 * The entry's shape, and the replacements it leaves out (by their text) as overlapping others. Its
 * annotation, from line `annotated` on, is the `{annotation}` run.
 */
function applyReplacements(source, entry, replacements, annotated) {
    const dropped = new Set();
    const last = annotated === undefined ? recordEnd(entry) : annotated - 1;
    const lines = source.lines.slice(entry.startLine - 1, last);
    // Each line's offset in the record's text: a cut may run over lines (a run of links one per line).
    const starts = [];
    let offset = 0;
    for (const text of lines) {
        starts.push(offset);
        offset += text.length + 1;
    }
    const at = (no, column) => starts[no - entry.startLine] + column;
    const cuts = replacements
        .filter((r) => r.line >= entry.startLine && (r.endLine ?? r.line) <= last)
        .map((r) => ({ text: r.text, start: at(r.line, r.start), end: at(r.endLine ?? r.line, r.end) }))
        .sort((a, b) => a.start - b.start);
    const record = lines.join('\n');
    let shape = '';
    let from = 0;
    for (const cut of cuts) {
        // Overlapping cuts (a title link inside a run) keep the first; the entry will not round-trip.
        if (cut.start < from) {
            dropped.add(cut.text);
            continue;
        }
        shape += literal(record.slice(from, cut.start)) + cut.text;
        from = cut.end;
    }
    shape += literal(record.slice(from));
    if (annotated !== undefined)
        shape += '{annotation}';
    return { shape, dropped };
}

/**
 * Writes an entry: a template's shape with slot values put in, runs written in the list's style.
 * The one writer of entries: `add`, fixes that rewrite a slot, and the round trip all use it.
 */
function link(item, style) {
    if (style === 'bracketed')
        return `[[${item.label}](${item.url})]`;
    if (style === 'bracketed-label')
        return `[[${item.label}]](${item.url})`;
    return `[${item.label}](${item.url})`;
}
function run(items, lead, separator, write) {
    return items.length === 0 ? '' : lead + items.map(write).join(separator);
}
function renderValue(slot, values, style) {
    switch (slot) {
        case 'links':
            return run(values.links, style.linkLead, style.linkSeparator, (item) => link(item, style.linkStyle));
        case 'badges':
            return run(values.badges, style.badgeLead, style.badgeSeparator, (item) => `![${item.label}](${item.url})`);
        case 'authors':
            return values.authors ? joinNames(values.authors, style) : '';
        case 'indent':
            // A new numbered item's text starts after its number, a full stop and a space.
            return values.indent ?? ' '.repeat((values.n ?? '1').length + 2);
        case 'n':
        case 'title':
        case 'venue':
        case 'year':
        case 'paper':
        case 'annotation':
            return values[slot] ?? '';
        default:
            return values.text?.[slot] ?? '';
    }
}
/** Brackets a list writes around a slot's value, emphasis and all (`(`, `[**`): the opening ones. */
const OPENING = /([([])(\*\*|\*|__|_)?$/;
const CLOSING = { '(': ')', '[': ']' };
/**
 * The pieces with the text slot at `at` taken out, and the brackets the list writes around its value
 * with it (`({when}) `, `[**{when}**] `), one space of those either side kept: an entry with no
 * venue is written without its venue's brackets, as the list writes such entries. Undefined where
 * the slot stands in no brackets.
 */
function withoutBracketed(all, at) {
    const [before, slot, after] = [all[at - 1], all[at], all[at + 1]];
    if (!slot || !('slot' in slot) || !isTextSlot(slot.slot))
        return undefined;
    if (!before || !after || !('literal' in before) || !('literal' in after))
        return undefined;
    const open = OPENING.exec(before.literal);
    const close = open && `${open[2] ?? ''}${CLOSING[open[1]]}`;
    if (!open || !close || !after.literal.startsWith(close))
        return undefined;
    let head = before.literal.slice(0, open.index);
    let tail = after.literal.slice(close.length);
    // What stood before the brackets meets what stood after them with the one space between.
    const lineStart = (at === 1 && head === '') || /\n[ \t]*$/.test(head);
    if (lineStart || (/[ \t]$/.test(head) && /^[ \t]/.test(tail)))
        tail = tail.replace(/^[ \t]+/, '');
    else if (/[ \t]$/.test(head) && (tail === '' || /^[.,;:!?)\]]/.test(tail)))
        head = head.trimEnd();
    const joined = head + tail;
    return [...all.slice(0, at - 1), ...(joined === '' ? [] : [{ literal: joined }]), ...all.slice(at + 2)];
}
/**
 * The entry a shape describes, with these values, in this style. A text slot left empty is written
 * without the brackets around it: never a slot's punctuation without its value.
 */
function render(shape, style, values) {
    let all = pieces(shape);
    for (let at = all.length - 1; at >= 0; at--) {
        const piece = all[at];
        if (!('slot' in piece) || !isTextSlot(piece.slot) || renderValue(piece.slot, values, style) !== '')
            continue;
        const shorter = withoutBracketed(all, at);
        // The brackets' pieces are gone with the slot: go on from the piece before them.
        if (shorter)
            [all, at] = [shorter, at - 1];
    }
    return all
        .map((piece) => ('slot' in piece ? renderValue(piece.slot, values, style) : piece.literal))
        .join('');
}
/** A link as a run writes it in this style: the slot writer, for a fix that changes one link's style. */
function writeLink(item, style) {
    return link(item, style);
}

const runsKey$1 = (runs) => `${runs.links ? 'links' : ''}+${runs.badges ? 'badges' : ''}`;
/** Share of a scope's entries a template needs before it is that scope's own (a section's, a table's). */
const OWN_TEMPLATE_SHARE = 0.6;
const OWN_TEMPLATE_MIN = 4;
const DEFAULT_STYLE = {
    linkLead: ' ',
    linkSeparator: ' ',
    linkStyle: 'plain',
    badgeLead: ' ',
    badgeSeparator: ' ',
    nameSeparator: ', ',
    lastNameSeparator: ', ',
    etAlSeparator: ' ',
};
function mode(values) {
    const counts = new Map();
    for (const value of values)
        increment(counts, value);
    let best;
    for (const [value, n] of counts)
        if (!best || n > best.n)
            best = { value, n };
    return best;
}
/** A table by its section and width: rows of one table share both. */
function tableOf(entry) {
    return entry.cells ? `${entry.section.join(' / ')} | ${entry.cells.columns}` : undefined;
}
/** Share of a frame's entries that must write a core with the same words for it to be a constant. */
const CONSTANT_SHARE = 0.6;
/**
 * Share of them that keeps a constant's words for an entry worded otherwise to be off the template;
 * below it the words vary (the share a convention needs, learn.ts).
 */
const KEPT_CONSTANT_SHARE = 0.9;
const DATE = /^(?:\d{4}[/.-]\d{1,2}(?:[/.-]\d{1,2})?|\d{1,2}[/.-]\d{4})$/;
const WHEN = /(?:^|[^\d])(?:(?:19|20)\d{2}|'?\d{2})$|^(?:19|20)\d{2}\b/;
const COUNT = /^(?!(?:19|20)\d{2}$)\d+\+?$/;
const URL_LIKE$1 = /^(?:[a-z][\w+.-]*:|www\.|[#/.])/i;
const NAMES = /\bet al\b|^(?:\p{Lu}[\p{L}.'-]*\.?(?: \p{Lu}[\p{L}.'-]*\.?){0,3}(?:,| and| &) ){1,}/u;
/** What the words at one place of a list's entries are: the kind most of them are. */
function textKind(values) {
    const share = (pattern) => values.filter((value) => pattern.test(value)).length / values.length;
    // A link's target (frame.ts keeps it one core) is no date, venue or name, whatever it ends with.
    if (share(URL_LIKE$1) >= 0.5)
        return 'note';
    // A count (`221`, `999+`, a table's citations) is no year, though it may end in two digits.
    if (share(COUNT) >= 0.5)
        return 'note';
    if (share(DATE) >= 0.5)
        return 'date';
    if (share(WHEN) >= 0.5 && values.every((value) => value.length <= 40))
        return 'when';
    if (share(NAMES) >= 0.5)
        return 'names';
    return 'note';
}
/**
 * A form besides a scope's template is read when this many of its entries share it: two entries
 * written alike (`Authors, "Title", venue` where most write `Authors, *Title*, venue`) are a way the
 * list writes, and entries written so are read through it; one entry's own way of writing is not.
 */
const READ_FORM_MIN = 2;
/**
 * A new entry is written in a form only when this many of the scope's entries, and this share of
 * them, follow it: two entries show how the list reads, not what it asks of a new one.
 */
const FORM_MIN = 3;
const FORM_SHARE = 0.03;
/** The scope's template (its most common frame) and the other forms enough of its entries follow. */
function learnForms(samples) {
    const counts = new Map();
    for (const sample of samples)
        increment(counts, sample.frame.key);
    // Most common first; a stable sort keeps the first-seen of equally common frames first.
    return [...counts]
        .sort((a, b) => b[1] - a[1])
        .filter(([, n], index) => index === 0 || n >= READ_FORM_MIN)
        .map(([key, n], index) => {
        const runs = new Map();
        for (const { frame, cut } of samples) {
            if (frame.key !== key)
                continue;
            const which = runsKey$1({ links: cut.values.links.length > 0, badges: cut.values.badges.length > 0 });
            increment(runs, which);
        }
        const writable = index === 0 || (n >= FORM_MIN && n >= FORM_SHARE * samples.length);
        return { learned: learnTemplate(samples, key, writable, index === 0), runs, writable };
    });
}
/**
 * One sample per paper, the first the list gives: entries that link one arXiv paper are one paper
 * (a title is no such key: a misread one, `EN-ZH`, repeats across papers).
 */
function distinctPapers(samples) {
    const seen = new Set();
    return samples.filter(({ entry }) => {
        const paper = entry.arxivIds[0];
        if (paper !== undefined && seen.has(paper))
            return false;
        if (paper !== undefined)
            seen.add(paper);
        return true;
    });
}
/**
 * The template of the entries framed as `key`: their fullest shape, its cores constants or text
 * slots. What a slot's words are (a date, names) is learned from a form enough entries follow; the
 * words of a form only a few follow are notes: three entries do not tell names from a subtitle.
 * `main`: the form is its scope's template, not one of the other forms a share of it follows.
 */
function learnTemplate(samples, key, named = true, main = true) {
    const members = samples.filter((sample) => sample.frame.key === key);
    const layouts = new Map();
    for (const { frame } of members) {
        const seen = layouts.get(frame.layout);
        layouts.set(frame.layout, { n: (seen?.n ?? 0) + 1, frame });
    }
    const most = Math.max(...[...layouts.values()].map(({ n }) => n));
    // The fullest layout that enough entries share: where the list puts its badges and extra links.
    const optional = (frame) => frame.parts.filter((part) => part.kind === 'fixed' && part.optional).length;
    const fullest = [...layouts.values()]
        .filter(({ n }) => n >= Math.max(2, most * 0.1) || n === most)
        .sort((a, b) => optional(b.frame) - optional(a.frame) || b.n - a.n)[0].frame;
    const words = members.map((member) => coreTexts(member.frame));
    // A paper the list repeats (in each section it fits) shows its words once: its authors' names are
    // no constant of a form, however many sections list it.
    const paperWords = distinctPapers(members).map((member) => coreTexts(member.frame));
    const used = new Set(slotsOf(rebuild(fullest, () => '')));
    const varying = [];
    const written = rebuild(fullest, (index) => {
        const here = words.map((cores) => cores[index] ?? '');
        const perPaper = paperWords.map((cores) => cores[index] ?? '');
        const constant = mode(perPaper);
        // A number (a year, a date, a count) is the list's constant only where every entry of its
        // template writes it: the few entries of another form that share one (`arXiv 2023`, all of one
        // year) share a field's value, not the list's form. A number stands as a word of its own
        // (`2023`), not inside one (`x2605` of `&#x2605;`).
        const numeric = constant && /(?<![\p{L}\d])\d/u.test(constant.value);
        const share = numeric ? (main ? 1 : Infinity) : CONSTANT_SHARE;
        if (constant && constant.n / perPaper.length >= share) {
            if (constant.n / perPaper.length < KEPT_CONSTANT_SHARE)
                varying.push(index);
            return shapeLiteral(constant.value);
        }
        const kind = named ? textKind(here) : 'note';
        let name = kind;
        for (let n = 2; used.has(name); n++)
            name = `${kind}${n}`;
        used.add(name);
        return `{${name}}`;
    });
    // Spacing is each entry's own: a new entry gets the spacing most entries have, all gaps together
    // (a padded cell and the cell after it go together).
    const spacings = members.map((member) => JSON.stringify(spacingOf(member.frame)));
    const shape = respace(frameOf(written), JSON.parse(mode(spacings).value));
    // A form's runs are written as its own entries write them (a few dataset items linking their
    // paper `[paper](…)` where the list's papers write `[[code]](…)`); the scope's way where none shows one.
    const style = { ...DEFAULT_STYLE };
    const shown = (of, name) => mode(of.flatMap((sample) => (sample.cut.style[name] === undefined ? [] : [sample.cut.style[name]])));
    for (const name of Object.keys(DEFAULT_STYLE)) {
        const seen = shown(members, name) ?? shown(samples, name);
        if (seen)
            style[name] = seen.value;
    }
    if (style.lastNameSeparator === DEFAULT_STYLE.lastNameSeparator)
        style.lastNameSeparator = style.nameSeparator;
    return {
        shape,
        style,
        evidence: { agree: members.length, of: samples.length },
        ...(varying.length > 0 ? { varying } : {}),
    };
}
/** Learns the grammar from paper entries (all of a list's, or a sample of them). */
function learnGrammar(source, papers, configured) {
    const samples = papers.map((entry) => {
        const cut = cutEntry(source, entry);
        return { entry, cut, frame: frameOf(cut.shape), table: tableOf(entry) };
    });
    const templates = [];
    /** Each template's other forms, in order of how many entries follow them: all, and those written. */
    const others = new Map();
    const writable = new Map();
    const runsOf = new Map();
    /** The forms fewer than FORM_MIN entries follow: read, never written, and read last. */
    const pairs = new Set();
    const add = (forms, scope) => {
        const [main, ...rest] = forms.map(({ learned, runs }, index) => {
            const form = { ...learned, ...scope };
            runsOf.set(form, runs);
            if (index > 0 && learned.evidence.agree < FORM_MIN)
                pairs.add(form);
            return form;
        });
        templates.push(main);
        others.set(main, rest);
        writable.set(main, rest.filter((_, index) => forms[index + 1].writable));
        return main;
    };
    const prose = samples.filter((sample) => sample.table === undefined);
    const learned = learnForms(prose);
    const listWide = configured === undefined
        ? learned.length > 0
            ? add(learned, { section: [] })
            : undefined
        : add([
            {
                learned: configuredTemplate(configured, prose, learned[0]?.learned),
                runs: new Map(),
                writable: true,
            },
        ], { section: [] });
    const groups = new Map();
    for (const sample of samples) {
        const name = sample.table ?? `section ${sample.entry.section.join('\u0000')}`;
        groups.set(name, [...(groups.get(name) ?? []), sample]);
    }
    for (const members of groups.values()) {
        const forms = learnForms(members);
        const own = forms[0]?.learned;
        if (!own)
            continue;
        const table = members[0].table;
        // A section spaced otherwise (its continuation lines indented one more) writes new entries so.
        const differs = table !== undefined ||
            !listWide ||
            frameOf(own.shape).key !== frameOf(listWide.shape).key ||
            spacingOf(frameOf(own.shape)).join('\u0000') !== spacingOf(frameOf(listWide.shape)).join('\u0000');
        const clear = members.length >= OWN_TEMPLATE_MIN && own.evidence.agree / members.length >= OWN_TEMPLATE_SHARE;
        if (differs && (clear || table !== undefined)) {
            add(forms, table !== undefined ? { table } : { section: members[0].entry.section });
        }
    }
    const bySection = new Map(templates.filter((t) => t.section && t.section.length > 0).map((t) => [t.section.join('\u0000'), t]));
    const byTable = new Map(templates.filter((t) => t.table).map((t) => [t.table, t]));
    const templateFor = (entry) => {
        const table = tableOf(entry);
        if (table !== undefined)
            return byTable.get(table);
        return bySection.get(entry.section.join('\u0000')) ?? listWide;
    };
    const arxivUrl = learnArxivUrl(papers);
    const scopes = new Map();
    for (const { entry } of samples) {
        const template = templateFor(entry);
        if (template)
            scopes.set(template, [...(scopes.get(template) ?? []), entry]);
    }
    const scopeArxivUrls = new Map([...scopes].map(([template, entries]) => [template, learnArxivUrl(entries, SCOPE_ARXIV_MIN)]));
    const sections = new Map();
    for (const entry of papers) {
        const key = entry.section.join('\u0000');
        sections.set(key, [...(sections.get(key) ?? []), entry]);
    }
    const sectionArxivUrls = new Map([...sections].map(([key, entries]) => [key, learnArxivUrl(entries, SCOPE_ARXIV_MIN)]));
    /**
     * Where none of a scope's forms has a place for a run (its one entry with a code link is too few
     * for its template's fullest layout), the list's templates that are the scope's template with the
     * run in it: the run goes where the list writes it, rather than left out.
     */
    const withRuns = (template, forms, runs) => {
        const wanted = ['links', 'badges'].filter((run) => runs[run]);
        const holds = (form) => {
            const slots = templateSlots(form);
            return wanted.every((run) => slots.includes(run));
        };
        if (wanted.length === 0 || forms.some(holds))
            return [];
        const bare = withoutRuns(template.shape);
        return templates.filter((other) => other !== template && holds(other) && withoutRuns(other.shape) === bare);
    };
    /** Every scope's forms, the scope's template first. */
    const everyForm = templates.flatMap((scope) => [scope, ...(others.get(scope) ?? [])]);
    return {
        templates,
        arxivUrl,
        arxivUrlFor: (template, section) => (section && sectionArxivUrls.get(section.join('\u0000'))) ?? scopeArxivUrls.get(template) ?? arxivUrl,
        etAlAfter: learnEtAl(samples),
        templateFor,
        formFor(entry, shape) {
            const template = templateFor(entry);
            if (!template)
                return undefined;
            const key = frameOf(shape).key;
            const framed = (form) => templateFrame(form).key === key;
            if (framed(template))
                return template;
            // A section with a form of its own still holds entries written in a form of the list's.
            const wider = listWide && listWide !== template ? [listWide, ...(others.get(listWide) ?? [])] : [];
            // A form of another scope is still the list's way of writing an entry (a venue-less form a
            // few entries of each section share) when the entry keeps its constant words; one whose
            // words are not the entry's is another table's columns, or another kind of item.
            const words = coreTexts(frameOf(shape));
            const fits = (form) => framed(form) && keepsConstants(form, words);
            const find = (usable) => others.get(template)?.find((form) => usable(form) && framed(form)) ??
                wider.find((form) => usable(form) && framed(form)) ??
                everyForm.find((form) => usable(form) && fits(form));
            // A form only two entries share yields to one more of the list follows that frames the entry
            // too: that one's slots are named (a venue, names), the pair's are notes.
            const found = find((form) => !pairs.has(form)) ?? find(() => true);
            if (found)
                return found;
            // An entry of the scope that leaves out a bracketed slot of one of its forms (no venue).
            const bracketless = (form) => bracketedOut(form).some((out) => out.frame.key === key);
            return [template, ...(others.get(template) ?? [])].find(bracketless) ?? template;
        },
        formsToWrite(template, runs) {
            const which = runsKey$1(runs);
            const followed = (form) => runsOf.get(form)?.get(which) ?? 0;
            // A stable sort: of forms equally followed, the scope's more common first.
            const following = (forms) => forms.filter((form) => followed(form) > 0).sort((a, b) => followed(b) - followed(a));
            const forms = following(writable.get(template) ?? []);
            if (followed(template) > 0)
                return [template, ...forms, ...withRuns(template, [template, ...forms], runs)];
            // A section none of whose own entries has these runs (none of its few has a code link) may
            // write them as the list's entries with them do, rather than leave them out.
            const wider = forms.length === 0 && template.section?.length && listWide && listWide !== template
                ? following([listWide, ...(writable.get(listWide) ?? [])])
                : [];
            const chosen = [...forms, ...wider, template];
            return [...forms, ...wider, ...withRuns(template, chosen, runs), template];
        },
    };
}
/** A template the config sets: its evidence is how many entries it fits, its run style still learned. */
function configuredTemplate(shape, samples, learned) {
    const key = frameOf(shape).key;
    return {
        shape,
        style: learned?.style ?? DEFAULT_STYLE,
        evidence: { agree: samples.filter((sample) => sample.frame.key === key).length, of: samples.length },
    };
}
/** A scope writes arXiv links its own way when this many of its entries write them so. */
const SCOPE_ARXIV_MIN = 3;
/** An arXiv URL's form, the id and version as slots: `https://arxiv.org/pdf/{id}{v}.pdf`. */
function arxivUrlForm(url) {
    const arxiv = parseArxivUrl(url);
    const at = arxiv ? url.toLowerCase().indexOf(arxiv.id) : -1;
    if (!arxiv || at === -1)
        return undefined;
    const rest = url.slice(at + arxiv.id.length);
    return `${url.slice(0, at)}{id}${arxiv.version ? '{v}' : ''}${rest.slice(arxiv.version.length)}`;
}
/**
 * The form most of the entries' arXiv links take, with the id and version as slots (when that form
 * has `at least` followers).
 */
function learnArxivUrl(papers, atLeast = 1) {
    const forms = papers.flatMap((entry) => {
        const form = entry.links.map((link) => arxivUrlForm(link.url)).find((found) => found !== undefined);
        return form === undefined ? [] : [form];
    });
    const most = mode(forms);
    return most && most.n >= atLeast ? most.value : undefined;
}
/** After how many names the list writes "et al.", when most of its author lists do. */
function learnEtAl(samples) {
    const authors = samples.flatMap((sample) => (sample.cut.values.authors ? [sample.cut.values.authors] : []));
    const abbreviated = authors.filter((a) => a.etAl);
    if (authors.length === 0 || abbreviated.length / authors.length < 0.5)
        return undefined;
    return mode(abbreviated.map((a) => a.names.length))?.value;
}
/**
 * Run style an entry's template holds it to, where its own is not a value: the link style, and the
 * space before its badges (rule badge-spacing asks for the list's).
 */
const FORM_STYLE = new Set(['linkStyle', 'badgeLead']);
/** An entry's values for its template: what the reader placed, and the words at the template's text slots. */
function valuesFor(template, cut) {
    const frame = frameOf(cut.shape);
    const text = textValues(templateFrame(template), frame);
    const separators = Object.fromEntries(Object.entries(cut.style).filter(([name]) => !FORM_STYLE.has(name)));
    if (!text) {
        // An entry that leaves a bracketed slot out (no venue, so no `(…)`) gives it no words; written
        // back, the slot's brackets go with it, and the template's own spacing is the entry's.
        const without = bracketedOut(template).find((form) => form.frame.key === frame.key);
        const words = without && textValues(without.frame, frame);
        if (words) {
            const all = Object.fromEntries(slotsOf(template.shape).flatMap((slot) => (isTextSlot(slot) ? [[slot, words[slot] ?? '']] : [])));
            return { ...cut.values, text: all, separators };
        }
        // An entry written otherwise than its form still gives the words it writes where the form does.
        const aligned = alignedTextValues(templateFrame(template), frame);
        return aligned ? { ...cut.values, text: aligned } : cut.values;
    }
    const wording = varyingWords(template, frame);
    const spacing = spacingWithRuns(templateFrame(template), frame) ?? spacingOf(frame, true);
    return { ...cut.values, text, spacing, separators, ...(wording ? { wording } : {}) };
}
/**
 * Whether an entry with these words (its cores, in order) keeps each of a template's constant words,
 * those the list varies too: an entry of another scope does not vary the form's words.
 */
function keepsConstants(template, words) {
    return templateFrame(template)
        .parts.filter((part) => part.kind !== 'fixed')
        .every((part, index) => part.kind !== 'core' || words[index] === part.text);
}
/** The entry's words at its template's varying constants, where they differ from the constant's. */
function varyingWords(template, frame) {
    if (!template.varying)
        return undefined;
    const words = coreTexts(frame);
    const constants = templateFrame(template).parts.filter((part) => part.kind !== 'fixed');
    let wording;
    for (const index of template.varying) {
        const constant = constants[index];
        if (constant?.kind === 'core' && words[index] !== undefined && words[index] !== constant.text)
            (wording ??= {})[index] = words[index];
    }
    return wording;
}
/**
 * A template's frames with one of its bracketed text slots left out (`withoutBracketed`): how its
 * entries that leave that slot empty are written. Read once per template.
 */
const bracketedFrames = new WeakMap();
function bracketedOut(template) {
    let forms = bracketedFrames.get(template);
    if (!forms) {
        const all = pieces(template.shape);
        forms = all.flatMap((piece, at) => {
            const without = 'slot' in piece ? withoutBracketed(all, at) : undefined;
            return without && 'slot' in piece ? [{ slot: piece.slot, frame: frameOf(shapeOf(without)) }] : [];
        });
        bracketedFrames.set(template, forms);
    }
    return forms;
}
/** A template's frame, read once per template, not once per entry it is matched against. */
const templateFrames = new WeakMap();
function templateFrame(template) {
    let frame = templateFrames.get(template);
    if (!frame)
        templateFrames.set(template, (frame = frameOf(template.shape)));
    return frame;
}
/** A template's run style with an entry's own separators in it. */
function separated(style, separators) {
    const own = { ...style, ...separators };
    // Names joined without a last separator of their own (`A, B`) end with the entry's usual one.
    return separators.lastNameSeparator === undefined && separators.nameSeparator !== undefined
        ? { ...own, lastNameSeparator: separators.nameSeparator }
        : own;
}
/** An entry written through its template with its own values: identical when it follows the template. */
function renderThrough(template, values) {
    // An entry read through its template has its spacing, and its wording where the list varies it.
    const frame = values.wording ? reword(templateFrame(template), values.wording) : templateFrame(template);
    // A new entry reworded by its editor has the template's own spacing.
    const shape = values.spacing
        ? respace(frame, values.spacing)
        : values.wording
            ? respace(frame, spacingOf(templateFrame(template)))
            : template.shape;
    return render(shape, values.separators ? separated(template.style, values.separators) : template.style, values);
}
/** Slots an entry may leave empty: its optional runs, and what a numbered item's number gives. */
const OPTIONAL_SLOTS = new Set(['links', 'badges', 'annotation', 'n', 'indent']);
/** Whether the entry's values fill every slot of the form that an entry must fill. */
function fills(template, values) {
    return templateSlots(template).every((slot) => {
        if (OPTIONAL_SLOTS.has(slot))
            return true;
        if (isTextSlot(slot))
            return values.text?.[slot] !== undefined;
        return values[slot] !== undefined;
    });
}
/**
 * The form an entry follows and its cut, read through it: the form that frames its cut, or, where
 * none does, the form that frames it with its venue and year as words (`Nature 2015` where its
 * section's entries close with `arXiv:1503.04069`); else the form formFor gives it, with its cut.
 */
function readEntry(source, grammar, entry) {
    const cut = cutEntry(source, entry);
    const template = grammar.formFor(entry, cut.shape);
    const frames = (form, shape) => form !== undefined && templateFrame(form).key === frameOf(shape).key;
    if (!template || frames(template, cut.shape))
        return { cut, template };
    const asWords = venueAsWords(cut);
    const wordsForm = asWords && grammar.formFor(entry, asWords.shape);
    if (asWords && frames(wordsForm, asWords.shape))
        return { cut: asWords, template: wordsForm };
    // Else the form that frames its first lines, the items it nests under them its remarks.
    const remarks = nestedAsAnnotation(source, entry, cut);
    const remarksForm = remarks && grammar.formFor(entry, remarks.shape);
    return remarks && frames(remarksForm, remarks.shape)
        ? { cut: remarks, template: remarksForm }
        : { cut, template };
}
/** How many entries render back byte for byte through their template. */
function roundTrip(source, grammar, papers) {
    let identical = 0;
    const misses = [];
    for (const entry of papers) {
        const { cut, template } = readEntry(source, grammar, entry);
        const original = entryText(source, entry);
        const values = template && valuesFor(template, cut);
        if (template && values && !fills(template, values)) {
            misses.push({ line: entry.startLine, source: original, rendered: '', heldTo: template.shape });
            continue;
        }
        const rendered = template ? renderThrough(template, values) : '';
        if (rendered === original)
            identical++;
        else
            misses.push({ line: entry.startLine, source: original, rendered });
    }
    return { entries: papers.length, identical, misses };
}
/** The slots a template has, so a writer knows what it can place. */
/** A shape without its runs of links and badges. */
const withoutRuns = (shape) => shape.replace(/\{(?:links|badges)\}/g, '');
function templateSlots(template) {
    return slotsOf(template.shape);
}
/**
 * The run style an entry is written in: its own where it shows one (its separators, its link
 * style), its template's (or the default) for the rest. Rendering its own cut in it gives it back.
 */
function entryStyle(template, cut) {
    const own = cut.style;
    // Names joined without a last separator of their own (`A, B`) end with the usual one.
    const last = own.lastNameSeparator ?? own.nameSeparator;
    return {
        ...(template?.style ?? DEFAULT_STYLE),
        ...own,
        ...(last === undefined ? {} : { lastNameSeparator: last }),
    };
}

/** The list's arXiv link for an id, in its own form (its section's, if it has one; abstract page by default). */
function arxivLink(grammar, id, version, template, section) {
    const form = (template ? grammar.arxivUrlFor(template, section) : grammar.arxivUrl) ?? 'https://arxiv.org/abs/{id}';
    return form.replace('{id}', id).replace('{v}', version || '');
}
/**
 * The paper's arXiv page of the kind asked for (abstract or PDF), in the form the list writes arXiv
 * links where that form is of that kind (`www.`, `http://` for a plain link, `.pdf`), else arXiv's
 * own; the version the link names is kept. Undefined when the link is no arXiv link, or already
 * one of that kind.
 */
function arxivUrlOf(form, url, kind) {
    const arxiv = parseArxivUrl(url);
    if (!arxiv || arxiv.kind === kind)
        return undefined;
    const own = form?.includes(`/${kind}/{id}`) ? form : `https://arxiv.org/${kind}/{id}{v}`;
    const written = own.replace('{v}', '').replace('{id}', arxiv.id + arxiv.version);
    // Nor is a secure link made a plain one, whatever most of the list writes.
    return /^https:/i.test(url) ? written.replace(/^http:/i, 'https:') : written;
}
/**
 * Words in brackets (`[Re]`, `[Sep 2024]`), no task box (`[x]`) or footnote (`[^1]`): GitHub shows
 * them as written unless a link's target or label follows (`(`, `[`) or they start a definition (`:`).
 */
const ASIDE = /\[(?!\^)[^[\]\\]*\p{L}[^[\]\\]*\](?<=\[[^\]]{2,}\])/gu;
/**
 * Text from a record as it must stand in a list: markdown, HTML and mentions shown as the
 * characters they are. Backslash escapes render as the character (an entity's `&` too, so
 * `&lt;` stays those four characters). GitHub links bare URLs and pings `@name` whatever the
 * escaping, so a word joiner (invisible) breaks `https://`, `www.` and `@name` apart. Words in
 * brackets stay as the list writes them where what `followedBy` them (the entry's text after
 * these words, when known) keeps them words. A `|` parts a table's cells, and is text anywhere
 * else: it is escaped only where the text may stand in a table row (`inTable`).
 */
function plainText(text, followedBy, inTable = true) {
    const words = text.replace(/\s+/g, ' ').trim();
    const asides = new Set();
    for (const aside of words.matchAll(ASIDE)) {
        const end = aside.index + aside[0].length;
        const next = end < words.length ? words[end] : followedBy?.[0];
        if (next !== undefined && !/[([:]/.test(next) && words[aside.index - 1] !== '!')
            asides.add(aside.index).add(end - 1);
    }
    return words
        .replace(/[\\`*_[\]<>|#~]|&(?=#?\w+;)/g, (ch, at) => asides.has(at) || (ch === '|' && !inTable) ? ch : `\\${ch}`)
        .replace(/\b(https?|ftp):\/\//gi, '$1:\u2060//')
        .replace(/\bwww\./gi, 'www\u2060.')
        .replace(new RegExp(LIVE_AT.source, 'g'), '@\u2060');
}
/**
 * An `@` GitHub makes live: a mention (`@name`, no word right before it) or an e-mail address's
 * (`a@b.org`, a domain with a dot after it). Inside a word with no such domain (`Gen-IR@SIGIR`,
 * `Recall@5`) it is text.
 */
const LIVE_AT = /(?<!\w)@(?=\w)|@(?=[\w-]+\.[\w-])/;
/** Whether a list that names its first `after` authors, then "et al.", names only those of `authors`. */
function abbreviates(writing, after, authors) {
    if (after === undefined || authors <= after)
        return false;
    return !(writing.pairsInFull && after === 1 && authors === 2);
}
function newEntryValues(grammar, writing, paper, template) {
    const abbreviate = abbreviates(writing, grammar.etAlAfter, paper.authors.length);
    const inTable = template?.table !== undefined;
    const names = (abbreviate ? paper.authors.slice(0, grammar.etAlAfter) : paper.authors).map((name) => plainText(name, undefined, inTable));
    return {
        n: paper.n ?? '1',
        title: plainText(paper.title, undefined, inTable),
        venue: paper.venue === undefined ? undefined : plainText(paper.venue, undefined, inTable),
        year: paper.year,
        authors: { names, etAl: abbreviate },
        paper: arxivLink(grammar, paper.id, paper.version, template, paper.section),
        links: paper.links ?? [],
        badges: paper.badges ?? [],
    };
}
const sectionKey = (section, links, badges) => [...(section ?? []), `${links}+${badges}`].join('\u0000');
/** A numbered item's continuation lines may be indented by its number's width: entries of one width go together. */
const spacingKey = (section, n) => [...(section ?? []), `${n?.length ?? 0}`].join('\u0000');
/** Entries of a section and form that must keep one spacing for it to be the section's. */
const SECTION_SPACING_MIN = 3;
/** Entries of a section that must follow a form the list writes nowhere else for it to be the section's. */
const SECTION_FORM_MIN = 3;
/** Entries of a form that must place a run it has no place for one way for a new entry to place it so. */
const RUN_SPACING_MIN = 3;
/** Which runs an entry has, as `runSpacing` keys them. */
const runsKey = (links, badges) => `${links ? 'links' : ''}+${badges ? 'badges' : ''}`;
/** Run separators a list may write more than one way (`[[Paper]](…)[[Code]](…)`, or with a space). */
const RUN_SEPARATORS = ['linkLead', 'linkSeparator', 'badgeSeparator'];
/**
 * How many of the entries nearest a new one speak for where it goes, and how many of them must
 * write a thing one way for that to be how it is written there: a way one neighbour in two
 * writes is no one's.
 */
const NEAREST_ENTRIES = 5;
const NEAREST_AGREEING = 4;
const keptBy = (ways, way) => way !== undefined && ways.filter((shown) => shown === way).length / ways.length >= CLEAR_MAJORITY;
/** A habit from each entry's own way, by section. */
function habitOf(placed) {
    const ways = placed.map(({ way }) => way);
    const most = mostCommon(ways);
    const bySection = new Map();
    for (const { section, line, way } of placed) {
        const here = bySection.get(section) ?? bySection.set(section, []).get(section);
        here.push({ line, way });
    }
    return { kept: keptBy(ways, most) ? most : undefined, bySection };
}
/**
 * The way the entries nearest a line write a thing, where its section does not keep the list's way
 * (one hand wrote `[[Paper]](…)[[Code]](…)` and `NeurIPS2021`, a later one puts a space in): as four
 * of the five nearest of the section that show it write it. None where the section keeps the list's
 * way, or its entries near the line are split.
 */
function nearestWay(habit, section, line) {
    const placed = line === undefined ? undefined : habit.bySection.get((section ?? []).join('\u0000'));
    const others = placed?.filter((entry) => entry.line !== line) ?? [];
    const ways = others.map(({ way }) => way);
    if (ways.length === 0 || keptBy(ways, habit.kept))
        return undefined;
    const near = others
        .sort((a, b) => Math.abs(a.line - line) - Math.abs(b.line - line))
        .slice(0, NEAREST_ENTRIES)
        .map(({ way }) => way);
    const most = mostCommon(near);
    return most !== undefined && near.filter((way) => way === most).length >= NEAREST_AGREEING
        ? most
        : undefined;
}
/**
 * Runs glued or parted by a space (`[[Paper]](…)[[Code]](…)`, or with a space): what one hand and
 * the next vary. More spaces than one are a slip, not a way of writing.
 */
const SPACES = /^ ?$/;
/**
 * A new entry's run separators where the entries nearest it written in its form agree on a way the
 * list does not keep: a space or none where the form writes a space or none. A separator with words or
 * punctuation (`, `) is the form's own.
 */
function nearestSeparators(writing, form, own, section, line) {
    const nearest = Object.fromEntries(RUN_SEPARATORS.flatMap((name) => {
        const way = nearestWay(writing.runSeparators[name], [formKey(section, form)], line);
        return way === undefined || !SPACES.test(way) || !SPACES.test(own?.[name] ?? form.style[name])
            ? []
            : [[name, way]];
    }));
    return Object.keys(nearest).length > 0 ? nearest : undefined;
}
/** Venues that say "not published yet", as lists write them for arXiv papers. */
const PREPRINT_VENUE = /^(?:arxiv(?: preprint)?|preprint|corr)$/i;
/** What a list with no preprints of its own gets: the venue most lists write. */
const DEFAULT_PREPRINT_VENUE = 'arXiv';
const DEFAULT_WHEN_FORM = '{venue} {yyyy}';
const DEFAULT_DATE_FORM = '{yyyy}-{mm}-{dd}';
/** `ICLR 2022`, `ICLR'22`, `(ICLR, 2022)` cut into venue, separator and year. */
const WHEN_PARTS = /^(.*?)([\s,]*'?)((?:19|20)\d{2}|\d{2})$/;
/** `2023 arXiv`, `2024, ICML`: the year before the venue. */
const YEAR_FIRST_WHEN = /^((?:19|20)\d{2})([\s,]+)(\D.*)$/;
const YEAR_FIRST_DATE = /^((?:19|20)\d{2})([/.-])(\d{1,2})(?:([/.-])(\d{1,2}))?$/;
const YEAR_LAST_DATE = /^(\d{1,2})([/.-])((?:19|20)\d{2})$/;
const ET_AL = /,?\s*et al\.?$/;
/** A link's target, which may end in digits: no venue and year. */
const URL_LIKE = /^(?:[a-z][\w+.-]*:|www\.|[#/.])/i;
/** `by ` before a list's names (`by Lang et al.`): the list's word, not the first author's name. */
const NAMES_LEAD = /^by\s+/i;
/** The last `and` or `&` between names, with the comma and spaces around it. */
const LAST_NAME_SEPARATOR = /(,? (?:and|&) )(?!.*,? (?:and|&) )/;
/** Entries with two names a list needs before its way of joining two is its own. */
const PAIR_EVIDENCE = 3;
/** Two names with one separator between them and no comma within either. */
const TWO_NAMES = /^[^,;&]+?(,? (?:and|&) |, )[^,;&]+$/;
/** A section writes arXiv links its own way with this many of them (as the grammar's scopes do). */
const SECTION_ARXIV_MIN = 3;
/** Entries that must link arXiv the contributor's way for it to be one of the list's ways. */
const KEPT_FORM_MIN = 3;
/** Entries of a section that must write their venue and year one way for it to be the section's. */
const SECTION_WHEN_MIN = 3;
/**
 * The contributor's arXiv link as given, where the list holds no one form (its section's, when the
 * section has enough links to tell, else the list's) and the list writes enough links this way: a
 * list that keeps both `/abs/` and `/pdf/` takes either, and a form nobody uses is not the list's.
 */
function keptUrl(writing, paper) {
    const form = paper.url === undefined ? undefined : arxivUrlForm(paper.url);
    if (form === undefined || (writing.arxivForms.list.get(form) ?? 0) < KEPT_FORM_MIN)
        return undefined;
    const section = writing.arxivForms.sections.get((paper.section ?? []).join('\u0000'));
    const total = (counts) => [...counts.values()].reduce((a, b) => a + b, 0);
    const scope = section && total(section) >= SECTION_ARXIV_MIN ? section : writing.arxivForms.list;
    return Math.max(...scope.values()) / total(scope) < CLEAR_MAJORITY ? paper.url : undefined;
}
function mostCommon(values) {
    const counts = new Map();
    for (const value of values)
        increment(counts, value);
    let best;
    for (const [value, n] of counts)
        if (best === undefined || n > counts.get(best))
            best = value;
    return best;
}
const MONTH_NAMES = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
];
/** `25 Aug`, `Mar. 20`, `September`: a day (or none) and a month's name or its first three letters. */
const NAMED_MONTH_DAY = /^(?:(\d{1,2}) )?([A-Z][a-z]+)(\.?)(?: (\d{1,2}))?$/;
/** The month a name or its first three letters names (0 for January), with how it is written. */
function namedMonth(word) {
    const month = MONTH_NAMES.findIndex((name) => name === word || name.slice(0, 3) === word);
    if (month === -1)
        return undefined;
    return { month, slot: word.length === 3 && MONTH_NAMES[month] !== word ? '{Mon}' : '{Month}' };
}
/**
 * A `{when}` text that gives a date by its month's name (`25 Aug 2022`, `Mar. 20, 2025`) as a date
 * form (`{d} {Mon} {yyyy}`) and the ISO date it gives; undefined for any other text.
 */
function namedDate(text) {
    const parts = WHEN_PARTS.exec(text.trim());
    const named = parts && parts[3].length === 4 ? NAMED_MONTH_DAY.exec(parts[1]) : null;
    const month = named && namedMonth(named[2]);
    if (!parts || !named || !month || (named[1] !== undefined && named[4] !== undefined))
        return undefined;
    const day = named[1] ?? named[4];
    const daySlot = day === undefined ? '' : day.startsWith('0') ? '{dd}' : '{d}';
    const monthDay = named[1] !== undefined
        ? `${daySlot} ${month.slot}${named[3]}`
        : `${month.slot}${named[3]}${day === undefined ? '' : ` ${daySlot}`}`;
    const mm = String(month.month + 1).padStart(2, '0');
    return { form: `${monthDay}${parts[2]}{yyyy}`, iso: `${parts[3]}-${mm}-${(day ?? '01').padStart(2, '0')}` };
}
/**
 * The form of a `{when}` text (`{venue} {yyyy}`), of a venue and year or, `dated`, of a month and
 * day and year: a list may write both in one place, each its own way.
 */
function whenForm(text, dated = false) {
    const parts = WHEN_PARTS.exec(text.trim());
    if (!parts) {
        const yearFirst = dated ? null : YEAR_FIRST_WHEN.exec(text.trim());
        return yearFirst ? `{yyyy}${yearFirst[2]}{venue}` : undefined;
    }
    if (isMonthDay(parts[1]) !== dated)
        return undefined;
    // Two digits after a venue's name are its year (`ICLR'23`, `ACMMM22`); after a number, a month
    // (`arXiv 2023.05`).
    if (parts[3].length === 2 && !/\p{L}$/u.test(parts[1]))
        return undefined;
    const year = parts[3].length === 4 ? '{yyyy}' : '{yy}';
    return parts[1] === '' ? year : `{venue}${parts[2]}${year}`;
}
/**
 * A date's form: zero-padded (`{mm}`) where the date pads, bare (`{m}`) where it does not. A month or
 * day of two digits that starts with no zero (`2022.10`) is written so either way: it reads as padded.
 */
function dateForm(text) {
    const part = (digits, name) => (digits.length === 2 ? `{${name}${name}}` : `{${name}}`);
    const first = YEAR_FIRST_DATE.exec(text.trim());
    if (first) {
        const day = first[5] === undefined ? '' : `${first[4]}${part(first[5], 'd')}`;
        return `{yyyy}${first[2]}${part(first[3], 'm')}${day}`;
    }
    const last = YEAR_LAST_DATE.exec(text.trim());
    return last ? `${part(last[1], 'm')}${last[2]}{yyyy}` : undefined;
}
/**
 * The list's date form: the form most of its dates follow, its month and day zero-padded or not as
 * most of the dates that tell write them (`2022.1` and `2022.01` tell, `2022.10` does not).
 */
function listDateForm(dates) {
    const form = mostCommon(dates.flatMap((text) => dateForm(text) ?? []));
    if (form === undefined)
        return undefined;
    const votes = { m: 0, d: 0 };
    for (const text of dates) {
        const first = YEAR_FIRST_DATE.exec(text.trim());
        const last = first ? null : YEAR_LAST_DATE.exec(text.trim());
        const parts = { m: first?.[3] ?? last?.[1], d: first?.[5] };
        for (const name of ['m', 'd']) {
            const digits = parts[name];
            if (digits?.length === 1)
                votes[name]--;
            else if (digits?.startsWith('0'))
                votes[name]++;
        }
    }
    return ['m', 'd'].reduce((written, name) => (votes[name] < 0 ? written.replace(`{${name}${name}}`, `{${name}}`) : written), form);
}
function venueOfWhen(text) {
    // `2021-01` is a date, not the venue `2021-` and the year's last two digits.
    if (dateForm(text) !== undefined)
        return undefined;
    const dated = venueDate(text);
    if (dated)
        return dated.venue;
    const venue = WHEN_PARTS.exec(text.trim())?.[1].replace(/^\(/, '') ?? YEAR_FIRST_WHEN.exec(text.trim())?.[3];
    return venue === '' ? undefined : venue;
}
/** Learns how the list writes what its templates leave as text, from its paper entries. */
function learnWriting(source, grammar, papers) {
    const whens = [];
    const slotWhens = new Map();
    const slotTexts = new Map();
    /** Per template and note slot, the form of a venue and year of each of its words there (none: other words). */
    const noteWhens = new Map();
    /** Per template and `{when}` slot, its entries that name a venue there, with a date or the year alone. */
    const venueWhens = new Map();
    const sectionWhens = new Map();
    const dates = [];
    const preprintVenues = [];
    const namesCounts = [];
    const separators = [];
    const lastSeparators = [];
    const pairSeparators = [];
    const badgeLabels = [];
    const lastNames = [];
    const namesLeads = [];
    /** arXiv-linked entries that give their date or year alone, naming no venue (`(2021-01)`). */
    let preprintsUnnamed = 0;
    let pairs = 0;
    const questionStops = { stopped: 0, bare: 0 };
    const emptyTextSlots = new Map();
    const sectionForms = new Map();
    const spacings = new Map();
    const runSpacings = new Map();
    const tableRows = new Map();
    const paperLinks = new Map();
    /** Per form with a paper link, how many of its entries linking arXiv link it there and how many elsewhere. */
    const arxivPlaces = new Map();
    const arxivForms = { list: new Map(), sections: new Map() };
    /** How far in the lines under numbered items stand, by the number's width. */
    const numberIndents = new Map();
    /** Each entry's own run separators and `{when}` forms, where it stands. */
    const placedSeparators = [];
    const placedWhens = [];
    for (const entry of papers) {
        const arxivForm = entry.links.map((link) => arxivUrlForm(link.url)).find((form) => form !== undefined);
        if (arxivForm !== undefined) {
            const inSection = arxivForms.sections.get(entry.section.join('\u0000')) ?? new Map();
            arxivForms.sections.set(entry.section.join('\u0000'), increment(inSection, arxivForm));
            increment(arxivForms.list, arxivForm);
        }
        const table = entry.cells && grammar.templateFor(entry)?.table;
        if (table)
            tableRows.set(table, [...(tableRows.get(table) ?? []), cellsOf(source.lines[entry.startLine - 1])]);
        if (/[?!]$/.test(entry.title.text))
            questionStops[stopsAfter(entryText(source, entry), entry.title.text) ? 'stopped' : 'bare']++;
        const cut = cutEntry(source, entry);
        const under = cut.values.indent === undefined ? undefined : continuationIndent(source, entry);
        if (cut.values.n !== undefined && under !== undefined) {
            const width = cut.values.n.length;
            numberIndents.set(width, [...(numberIndents.get(width) ?? []), under]);
        }
        const template = grammar.formFor(entry, cut.shape);
        // Separators are compared between entries of one form: a form whose run is its linked author
        // names (`*[A](…), [B](…)*`) separates them otherwise than one whose run is `[[Paper]](…)`.
        if (template)
            placedSeparators.push({
                section: formKey(entry.section, template),
                line: entry.startLine,
                ...pickSeparators(cut.style),
            });
        if (template) {
            const key = sectionKey(entry.section, cut.values.links.length > 0, cut.values.badges.length > 0);
            sectionForms.set(key, increment(sectionForms.get(key) ?? new Map(), template));
            const frame = frameOf(cut.shape);
            // A table row's spacing is its cells' padding, which the table's widths give.
            if (!entry.cells && frame.key === frameOf(template.shape).key) {
                const at = spacingKey(entry.section, cut.values.n);
                const forms = spacings.get(at) ?? spacings.set(at, new Map()).get(at);
                forms
                    .set(template, forms.get(template) ?? [])
                    .get(template)
                    .push(JSON.stringify(spacingOf(frame)));
            }
        }
        const values = template ? valuesFor(template, cut) : cut.values;
        // An entry whose runs its form has no place for has them written in its spacing.
        if (template && values.spacing?.some((gap) => gap.includes('{'))) {
            const runs = runsKey(values.links.length > 0, values.badges.length > 0);
            const forms = runSpacings.get(template) ?? runSpacings.set(template, new Map()).get(template);
            forms.set(runs, [...(forms.get(runs) ?? []), JSON.stringify(values.spacing)]);
        }
        const paperAt = values.links.findIndex((link) => parseArxivUrl(link.url) !== undefined);
        if (template && templateSlots(template).includes('paper')) {
            const places = arxivPlaces.get(template) ?? arxivPlaces.set(template, { paper: 0, links: 0 }).get(template);
            if (values.paper !== undefined && parseArxivUrl(values.paper) !== undefined)
                places.paper++;
            else if (paperAt !== -1)
                places.links++;
        }
        if (template && paperAt !== -1 && !templateSlots(template).includes('paper')) {
            const seen = paperLinks.get(template) ?? paperLinks.set(template, []).get(template);
            seen.push({ label: values.links[paperAt].label, first: paperAt === 0 && values.links.length > 1 });
        }
        badgeLabels.push(...values.badges.map((badge) => badge.label));
        if (values.authors && !values.authors.etAl) {
            lastNames.push(values.authors.names.at(-1) ?? '');
            if (values.authors.names.length === 2)
                pairs++;
        }
        let venue = values.venue;
        let datedAlone = false;
        for (const [slot, text] of Object.entries(values.text ?? {})) {
            if (text === '' && template) {
                emptyTextSlots.set(template, (emptyTextSlots.get(template) ?? new Set()).add(slot));
            }
            const kind = slot.replace(/\d+$/, '');
            if (kind === 'when') {
                whens.push(text);
                const form = whenForm(text);
                if (template) {
                    const slots = slotTexts.get(template) ?? slotTexts.set(template, new Map()).get(template);
                    slots.set(slot, [...(slots.get(slot) ?? []), text]);
                }
                // How a venue meets its year (`ICML2021`, `ICML 2021`), at this slot of the section's entries.
                if (form?.includes('{venue}'))
                    placedWhens.push({
                        section: [...entry.section, slot].join('\u0000'),
                        line: entry.startLine,
                        way: form,
                    });
                if (template && form) {
                    const slots = slotWhens.get(template) ?? slotWhens.set(template, new Map()).get(template);
                    slots.set(slot, [...(slots.get(slot) ?? []), form]);
                    const key = entry.section.join('\u0000');
                    const templates = sectionWhens.get(key) ?? sectionWhens.set(key, new Map()).get(key);
                    const here = templates.get(template) ?? templates.set(template, new Map()).get(template);
                    here.set(slot, [...(here.get(slot) ?? []), form]);
                }
                const named = venueOfWhen(text);
                if (template && named !== undefined) {
                    const slots = venueWhens.get(template) ?? venueWhens.set(template, new Map()).get(template);
                    const seen = slots.get(slot) ?? slots.set(slot, []).get(slot);
                    seen.push({ preprint: PREPRINT_VENUE.test(named), dated: venueDate(text) });
                }
                venue ??= named;
                // A date or a year with no venue (`(2021-01)`, `(2021)`): how the entry gives its date alone.
                if (!venueOfWhen(text) && YEAR_IN_WHEN.test(text))
                    datedAlone = true;
            }
            else if (kind === 'note' && template && text !== '') {
                const slots = noteWhens.get(template) ?? noteWhens.set(template, new Map()).get(template);
                const seen = slots.get(slot) ?? slots.set(slot, []).get(slot);
                const form = URL_LIKE.test(text) ? undefined : whenForm(text);
                seen.push({ form, venue: form && venueOfWhen(text) });
                // A preprint named there is named as the list names preprints (`Arxiv 2024`).
                if (form)
                    venue ??= venueOfWhen(text);
            }
            else if (kind === 'date')
                dates.push(text);
            else if (kind === 'names' && text !== '') {
                namesLeads.push(NAMES_LEAD.exec(text)?.[0] ?? '');
                const names = text.replace(NAMES_LEAD, '');
                // Names are counted by their commas: a list of "A, B et al." counts two.
                namesCounts.push(ET_AL.test(names) ? names.replace(ET_AL, '').split(',').length : undefined);
                const listed = names.replace(ET_AL, '');
                const pair = ET_AL.test(names) ? null : TWO_NAMES.exec(listed);
                // Each of two names has a given name and a surname: `Liu, Shikun` and `Toshev, A.` are one
                // name written surname first.
                const twoNames = pair !== null && listed.split(pair[1]).every((part) => /\S\s+\S/.test(part.trim()));
                if (twoNames)
                    pairSeparators.push(pair[1]);
                if (!ET_AL.test(names) && /,| and | & /.test(listed)) {
                    const list = listed.includes(';') ? '; ' : ', ';
                    const last = LAST_NAME_SEPARATOR.exec(listed)?.[1];
                    // Before the last of three or more names; two names' separator is learned on its own.
                    if (!twoNames)
                        lastSeparators.push(last ?? list);
                    // `A and B and C` joins every name with its `and`.
                    separators.push(last !== undefined && listed.split(last).length > 2 ? last : list);
                }
            }
        }
        const preprint = values.paper !== undefined && parseArxivUrl(values.paper) !== undefined;
        if (preprint && venue && PREPRINT_VENUE.test(venue))
            preprintVenues.push(venue);
        else if (preprint && !venue && datedAlone)
            preprintsUnnamed++;
    }
    const abbreviated = namesCounts.filter((n) => n !== undefined);
    return {
        preprintVenue: preprintsUnnamed > preprintVenues.length
            ? undefined
            : (mostCommon(preprintVenues) ?? DEFAULT_PREPRINT_VENUE),
        whenForm: mostCommon(whens.flatMap((text) => whenForm(text) ?? [])) ?? DEFAULT_WHEN_FORM,
        datedWhenForm: mostCommon(whens.flatMap((text) => whenForm(text, true) ?? [])),
        slotWhenForms: new Map([...slotWhens].map(([template, slots]) => [
            template,
            new Map([...slots].map(([slot, forms]) => [slot, mostCommon(forms)])),
        ])),
        slotBareDateForms: new Map([...slotTexts].map(([template, slots]) => [
            template,
            new Map([...slots].flatMap(([slot, texts]) => {
                const dates = texts.filter((text) => dateForm(text) !== undefined);
                const years = texts.filter((text) => /^(?:19|20)\d{2}$/.test(text.trim())).length;
                const form = dates.length > years ? listDateForm(dates) : undefined;
                return form ? [[slot, form]] : [];
            })),
        ])),
        slotDateForms: new Map([...slotTexts].map(([template, slots]) => [
            template,
            new Map([...slots].flatMap(([slot, texts]) => {
                const forms = texts.flatMap((text) => namedDate(text)?.form ?? []);
                return forms.length * 2 > texts.length ? [[slot, mostCommon(forms)]] : [];
            })),
        ])),
        slotVenueDateForms: new Map([...venueWhens].map(([template, slots]) => [
            template,
            new Map([...slots].map(([slot, seen]) => [slot, venueDateForms(seen)])),
        ])),
        slotNoteWhenForms: new Map([...noteWhens].map(([template, slots]) => [
            template,
            new Map([...slots].flatMap(([slot, seen]) => {
                const whens = seen.flatMap(({ form }) => form ?? []);
                const kept = whens.length >= seen.length * CLEAR_MAJORITY && !wrapsVenues(seen);
                return kept ? [[slot, mostCommon(whens)]] : [];
            })),
        ])),
        sectionWhenForms: new Map([...sectionWhens].map(([key, templates]) => [
            key,
            new Map([...templates].map(([template, slots]) => [
                template,
                new Map([...slots].flatMap(([slot, forms]) => {
                    const most = mostCommon(forms);
                    return forms.filter((form) => form === most).length >= SECTION_WHEN_MIN ? [[slot, most]] : [];
                })),
            ])),
        ])),
        dateForm: listDateForm(dates) ?? DEFAULT_DATE_FORM,
        namesEtAlAfter: abbreviated.length * 2 >= namesCounts.length ? mostCommon(abbreviated) : undefined,
        namesLead: namesLeads.filter((lead) => lead !== '').length * 2 > namesLeads.length
            ? mostCommon(namesLeads.filter((lead) => lead !== ''))
            : '',
        namesSeparator: mostCommon(separators),
        namesLastSeparator: mostCommon(lastSeparators) ?? mostCommon(pairSeparators),
        namesPairSeparator: pairSeparators.length >= PAIR_EVIDENCE ? mostCommon(pairSeparators) : undefined,
        pairsInFull: pairs + pairSeparators.length >= PAIR_EVIDENCE,
        authorsStop: lastNames.filter((name) => name.endsWith('.')).length * 2 > lastNames.length,
        stopAfterQuestion: questionStops.stopped > questionStops.bare,
        badgeAlt: badgeLabels.filter((label) => label !== '').length * 2 > badgeLabels.length,
        emptyTextSlots,
        sectionForms,
        sectionSpacing: new Map([...spacings].map(([key, forms]) => [
            key,
            new Map([...forms].flatMap(([form, seen]) => {
                const most = mostCommon(seen);
                const kept = seen.filter((spacing) => spacing === most).length;
                return kept >= SECTION_SPACING_MIN ? [[form, JSON.parse(most)]] : [];
            })),
        ])),
        runSpacing: new Map([...runSpacings].map(([form, byRuns]) => [
            form,
            new Map([...byRuns].flatMap(([runs, seen]) => {
                const most = mostCommon(seen);
                const kept = seen.filter((spacing) => spacing === most).length;
                return kept >= RUN_SPACING_MIN ? [[runs, JSON.parse(most)]] : [];
            })),
        ])),
        numberIndent: numberIndent(numberIndents),
        arxivForms,
        runSeparators: runSeparatorsOf(placedSeparators),
        whenForms: habitOf(placedWhens),
        publishedPaper: new Set([...arxivPlaces].flatMap(([form, { paper, links }]) => links > 0 && links / (paper + links) >= CLEAR_MAJORITY ? [form] : [])),
        paperInLinks: new Map([...paperLinks].map(([form, seen]) => [
            form,
            {
                label: mostCommon(seen.map((link) => link.label)),
                first: seen.filter((link) => link.first).length * 2 > seen.length,
            },
        ])),
        cellWidths: new Map([...tableRows].flatMap(([table, rows]) => {
            const widths = paddedWidths(rows);
            return widths ? [[table, widths]] : [];
        })),
    };
}
/** How many spaces in an entry's first line under its own stands. */
function continuationIndent(source, entry) {
    for (let no = entry.startLine + 1; no <= entry.endLine; no++) {
        const text = source.lines[no - 1] ?? '';
        if (text.trim() !== '')
            return /^ */.exec(text)[0].length;
    }
    return undefined;
}
/** Items numbered 10 and on that must show how the list indents under them. */
const WIDE_NUMBER_MIN = 2;
/**
 * The indent most one-digit items give the lines under them, where most items numbered 10 and on
 * indent theirs as far (GitHub renders either) rather than one space further per digit.
 */
function numberIndent(indents) {
    const narrow = mostCommon(indents.get(1) ?? []);
    const wide = [...indents].flatMap(([width, seen]) => (width > 1 ? seen : []));
    const stays = narrow !== undefined &&
        wide.length >= WIDE_NUMBER_MIN &&
        wide.filter((indent) => indent === narrow).length / wide.length >= CLEAR_MAJORITY;
    return stays ? narrow : undefined;
}
/**
 * Whether a note place writes its venues inside words of the list's own (`Proceedings of ACL`): a
 * word most of its venues other than preprints share. A record's venue (`ACL`) would stand there
 * without them.
 */
function wrapsVenues(seen) {
    const venues = seen.flatMap(({ venue }) => venue === undefined || PREPRINT_VENUE.test(venue) ? [] : [venue]);
    const words = new Map();
    for (const venue of venues)
        for (const word of new Set(venue.split(/\s+/)))
            increment(words, word);
    return venues.length > 1 && [...words.values()].some((n) => n * 2 > venues.length);
}
/**
 * The forms a `{when}` slot writes a venue with a date in: for preprints, and for other venues, where
 * most entries of the kind give the date rather than the year alone. What parts the venue from
 * the date is the one most of them write, the date's form the one most of their dates follow.
 */
function venueDateForms(seen) {
    const formOf = (preprint) => {
        const kind = seen.filter((when) => when.preprint === preprint);
        const dated = kind.flatMap((when) => (when.dated ? [when.dated] : []));
        const date = listDateForm(dated.map((when) => when.date));
        if (dated.length * 2 <= kind.length || date === undefined)
            return undefined;
        return `{venue}${mostCommon(dated.map((when) => when.separator))}${date}`;
    };
    const [preprint, published] = [formOf(true), formOf(false)];
    return { ...(preprint ? { preprint } : {}), ...(published ? { published } : {}) };
}
/** A section and a form of it: where entries' run separators are compared. */
const formKey = (section, form) => [...(section ?? []), form.shape].join('\u0000');
const pickSeparators = (style) => Object.fromEntries(RUN_SEPARATORS.flatMap((name) => (style[name] === undefined ? [] : [[name, style[name]]])));
/** How the list writes each run separator, from its entries' own. */
function runSeparatorsOf(placed) {
    // Where the entries with both write the space before their links as the space between them, an
    // entry that shows one (two links: `[[Paper]](…) [[Code]](…)`) speaks for the other too.
    const both = placed.filter((entry) => entry.linkLead !== undefined && entry.linkSeparator !== undefined);
    const alike = both.length > 0 &&
        both.filter((entry) => entry.linkLead === entry.linkSeparator).length / both.length >= CLEAR_MAJORITY;
    const habit = (name) => habitOf(placed.flatMap(({ section, line, ...separators }) => {
        const way = separators[name] ??
            (alike && name.startsWith('link') ? (separators.linkLead ?? separators.linkSeparator) : undefined);
        return way === undefined ? [] : [{ section, line, way }];
    }));
    return {
        linkLead: habit('linkLead'),
        linkSeparator: habit('linkSeparator'),
        badgeSeparator: habit('badgeSeparator'),
    };
}
/** The text between a row's pipes, cell by cell (an escaped `\|` is text). */
function cellsOf(row) {
    return row.split(/(?<!\\)\|/).slice(1, -1);
}
const cellWidth = (cell) => [...cell].length;
/** Share of a table's rows that must keep its columns' widths for the table to be padded. */
const PADDED_SHARE = 0.6;
const PADDED_MIN = 3;
/**
 * The widths a table pads its cells to: each column's most common width, when most rows keep every
 * one (a cell too long for its column overflows by its text and one space). Undefined for a table
 * whose cells are as wide as their text.
 */
function paddedWidths(rows) {
    const columns = rows[0]?.length ?? 0;
    if (rows.length < PADDED_MIN || rows.some((row) => row.length !== columns))
        return undefined;
    const widths = Array.from({ length: columns }, (_, at) => mostCommon(rows.map((row) => cellWidth(row[at]))));
    const keeps = (cell, width) => cellWidth(cell) === width || (cellWidth(cell) > width && / $/.test(cell) && !/ {2}$/.test(cell));
    const kept = rows.filter((row) => row.every((cell, at) => keeps(cell, widths[at]))).length;
    // Padding shows as a cell at its column's width with more than the one space before its pipe: a
    // column whose cells are all as wide as their text says nothing.
    const padded = rows.some((row) => row.some((cell, at) => cellWidth(cell) === widths[at] && / {2}$/.test(cell)));
    if (!padded || kept < PADDED_SHARE * rows.length)
        return undefined;
    return widths.map((width, at) => {
        const centred = centring(rows.flatMap((row) => (cellWidth(row[at]) === width ? [row[at]] : [])));
        return centred ? { width, centred } : { width };
    });
}
/**
 * How a column's cells at its width place their text: centred where most of those with padding to
 * tell (three spaces or more) keep it on both sides, as much before as after, or one more on one side
 * (which side, by most of those with an odd space); undefined for text at the left.
 */
function centring(cells) {
    const spaces = cells
        .filter((cell) => cell.trim() !== '')
        .map((cell) => [/^ */.exec(cell)[0].length, / *$/.exec(cell)[0].length])
        .filter(([before, after]) => before + after >= 3);
    const centred = spaces.filter(([before, after]) => before >= 2 && Math.abs(before - after) <= 1);
    if (centred.length * 2 <= spaces.length)
        return undefined;
    const odd = centred.filter(([before, after]) => before !== after);
    return {
        oddSpace: odd.filter(([before, after]) => before > after).length * 2 >= odd.length ? 'left' : 'right',
    };
}
/** A table form whose cells are padded to the table's widths around these values. */
function padCells(form, values, columns) {
    // The shape's cells are the row's, between the text before the first pipe and after the last.
    const shapeCells = form.shape.split(/(?<!\\)\|/);
    if (shapeCells.length !== columns.length + 2)
        return form;
    // Each cell's own spacing is the entry it was learned from: a new cell is its text and one space
    // (a centred one, a space either side).
    const unpadded = {
        ...form,
        shape: shapeCells
            .map((cell, at) => at === 0 || at > columns.length
            ? cell
            : columns[at - 1].centred
                ? ` ${cell.trim()} `
                : `${cell.trimEnd()} `)
            .join('|'),
    };
    const cells = cellsOf(renderThrough(unpadded, values));
    if (cells.length !== columns.length)
        return form;
    const shape = unpadded.shape
        .split(/(?<!\\)\|/)
        .map((cell, at) => {
        const column = columns[at - 1];
        const padding = column === undefined ? 0 : Math.max(0, column.width - cellWidth(cells[at - 1] ?? ''));
        if (!column?.centred)
            return cell + ' '.repeat(padding);
        const before = column.centred.oddSpace === 'left' ? Math.ceil(padding / 2) : Math.floor(padding / 2);
        return ' '.repeat(before) + cell + ' '.repeat(padding - before);
    })
        .join('|');
    return { ...form, shape };
}
/**
 * What `add` writes in a list that has no entries to learn from: the common paper-list entry,
 * `- **Title.** Venue Year.` and badges, an empty line, `*Authors*. [[pdf](abs link)]`.
 */
const FALLBACK_TEMPLATE = {
    shape: '- **{title}.** {venue} {year}.{badges}\n\n  *{authors}*. [[pdf]({paper})]',
    style: {
        linkLead: ' ',
        linkSeparator: ' ',
        linkStyle: 'bracketed',
        badgeLead: ' ',
        badgeSeparator: ' ',
        nameSeparator: ', ',
        lastNameSeparator: ', ',
        etAlSeparator: ' ',
    },
    evidence: { agree: 0, of: 0 },
    section: [],
};
/** A new entry the list's template cannot hold as it stands, named by what is missing. */
class UnwritableEntry extends Error {
}
/** The form a template's `{when}` slot is written in: its entries' there, else the list's. */
/** The form of a `{when}` slot: its section's own, else the one its template keeps there, else the list's. */
function whenFormAt(writing, template, slot, section = []) {
    return (writing.sectionWhenForms.get(section.join('\u0000'))?.get(template)?.get(slot) ??
        writing.slotWhenForms.get(template)?.get(slot) ??
        writing.whenForm);
}
/**
 * The form a new entry's `{when}` slot is written in: where the slot gives a venue with its year, as
 * the entries nearest it join them, where they agree on a way the list does not keep.
 */
function whenFormNear(writing, template, slot, paper) {
    const form = whenFormAt(writing, template, slot, paper.section);
    const near = form.includes('{venue}')
        ? nearestWay(writing.whenForms, [...(paper.section ?? []), slot], paper.line)
        : undefined;
    return near ?? form;
}
/**
 * The form a `{when}` slot writes this venue with a date in (`{venue} {yyyy}.{mm}`), where the slot's
 * entries naming a venue of its kind (a preprint, or not) give the month with the year.
 */
function venueDateFormAt(writing, template, slot, venue) {
    const forms = writing.slotVenueDateForms.get(template)?.get(slot);
    return PREPRINT_VENUE.test(venue) ? forms?.preprint : forms?.published;
}
/** `2021-06-17` in a date form. */
function writeDate(form, isoDate) {
    const [yyyy, mm, dd] = isoDate.slice(0, 10).split('-');
    return form
        .replace('{Month}', MONTH_NAMES[Number(mm) - 1])
        .replace('{Mon}', MONTH_NAMES[Number(mm) - 1].slice(0, 3))
        .replace('{yyyy}', yyyy)
        .replace('{mm}', mm)
        .replace('{m}', String(Number(mm)))
        .replace('{dd}', dd)
        .replace('{d}', String(Number(dd)));
}
/** Authors with the list's full stop after the last name, where it writes one and no "et al.". */
function stopped(authors, stop) {
    const last = authors.names.at(-1);
    if (!stop || authors.etAl || last === undefined || last.endsWith('.'))
        return authors;
    return { ...authors, names: [...authors.names.slice(0, -1), `${last}.`] };
}
/** The template's text right after a slot. */
function literalAfter(template, slot) {
    const all = pieces(template.shape);
    const next = all[all.findIndex((piece) => 'slot' in piece && piece.slot === slot) + 1];
    return next !== undefined && 'literal' in next ? next.literal : '';
}
/**
 * What the template writes right after a slot: its next literal, or the lead of a run of links or
 * badges there (an empty run writes nothing); the end of the entry is a line break. Undefined where
 * a text slot follows: its words are not known yet.
 */
function textAfter(template, slot, values) {
    const all = pieces(template.shape);
    for (let at = all.findIndex((piece) => ('slot' in piece) && piece.slot === slot) + 1; at < all.length; at++) {
        const piece = all[at];
        if ('literal' in piece)
            return piece.literal;
        const run = piece.slot === 'links' ? values.links : piece.slot === 'badges' ? values.badges : undefined;
        if (run === undefined)
            return undefined;
        // A run with no lead starts with its own bracket.
        if (run.length > 0)
            return (piece.slot === 'links' ? template.style.linkLead : template.style.badgeLead) || '[';
    }
    return '\n';
}
/** A `{when}`: the venue and year as the list writes them together. */
function writeWhen(form, venue, year) {
    if (year === undefined)
        return venue ?? '';
    // A venue that names the year before words that qualify it (`EMNLP 2025 Findings`, `ACL 2022
    // (Findings)`) says it all.
    if (form.includes('{venue}') &&
        venue !== undefined &&
        new RegExp(`\\b${year}\\s+\\(?\\p{L}`, 'u').test(venue))
        return venue;
    const written = form.replace('{yyyy}', year).replace('{yy}', year.slice(2));
    return venue === undefined
        ? written.replace(/^\{venue\}\W*|\W*\{venue\}$/, '')
        : written.replace('{venue}', venue);
}
/**
 * The text slots of a template only the list's editors can write: its notes, and names beside the
 * entry's authors. An entry has one list of authors: a `{names}` beside an `{authors}` or after
 * another `{names}` holds other words that read like names (`Preprint, May 2023`).
 */
function editorSlots(template) {
    const slots = templateSlots(template);
    let authorsPlaced = slots.includes('authors');
    return slots.filter((slot) => {
        const kind = slot.replace(/\d+$/, '');
        if (kind !== 'names')
            return kind === 'note';
        const editors = authorsPlaced;
        authorsPlaced = true;
        return editors;
    });
}
/**
 * Where each editor slot of a form stands: the markup on either side of it, up to the words or
 * slot next to it (`- [[` and `]({paper}` around a venue), spacing and punctuation aside (a note
 * the list mostly closes with a full stop is the same note without it), and how many slots before
 * it stand so. A note is known by its place, not by its slot's name: a `{note2}` is a
 * link's label in one form and a tag in another, and a note written at another place than its own
 * would say what it does not (a tag where the venue goes).
 */
function notePlaces(template) {
    const editors = new Set(editorSlots(template));
    const frame = frameOf(template.shape);
    const markup = (at, step) => markupBeside(frame, at, step).replace(/[.,;:]+/g, '');
    const places = new Map();
    const seen = new Map();
    frame.parts.forEach((part, at) => {
        if (part.kind !== 'slot' || !editors.has(part.slot))
            return;
        const around = `${markup(at, -1)}\u0000${markup(at, 1)}`;
        const nth = seen.get(around) ?? 0;
        seen.set(around, nth + 1);
        places.set(part.slot, `${around}\u0000${nth}`);
    });
    return places;
}
/**
 * The new entry's values for its template, text slots included. An editor slot (`editorSlots`: a
 * `{note}`, a `{names}` beside the authors) holds words only the list's editors write (a summary, a
 * category): it is left empty where the list's entries leave it empty, and never guessed. With
 * `noteWhens`, a note place that nearly always holds a venue and year (`slotNoteWhenForms`) gets the
 * paper's.
 */
function templateValues(template, grammar, writing, paper, noteWhens = false) {
    const values = newEntryValues(grammar, writing, paper, template);
    const slots = templateSlots(template);
    if (writing.publishedPaper.has(template)) {
        throw new UnwritableEntry(`the list's entries here link the published paper where this form links the paper, and arXiv among their other links (template: ${template.shape.split('\n')[0]})`);
    }
    // A form whose entries with badges write them outside its shape (`runSpacing`) carries them there.
    const badgesPlaced = writing.runSpacing.get(template)?.has(runsKey((paper.links ?? []).length > 0, true));
    if (!slots.includes('badges') && values.badges.length > 0 && !badgesPlaced) {
        throw new UnwritableEntry("this list's entries here carry no badges; leave out --badge");
    }
    const authors = values.authors && stopped(values.authors, writing.authorsStop);
    const badges = values.badges.map((badge) => (writing.badgeAlt ? badge : { ...badge, label: '' }));
    const text = {};
    const editors = notePlaces(template);
    for (const slot of slots) {
        const kind = slot.replace(/\d+$/, '');
        const place = editors.get(slot);
        if (place !== undefined) {
            const note = paper.notes?.[place];
            if (note !== undefined) {
                text[slot] = note;
                continue;
            }
            // Written where the paper has what the slot's entries give: a venue, where they name one.
            const when = noteWhens ? writing.slotNoteWhenForms.get(template)?.get(slot) : undefined;
            if (when !== undefined &&
                values.year !== undefined &&
                (values.venue !== undefined || !when.includes('{venue}'))) {
                text[slot] = writeWhen(when, values.venue, values.year);
                continue;
            }
            if (!writing.emptyTextSlots.get(template)?.has(slot)) {
                throw new UnwritableEntry(`the list's entries here have a {${slot}} text that only its editors can write (template: ${template.shape.split('\n')[0]}); write this entry by hand`);
            }
            text[slot] = '';
        }
        else if (kind === 'when') {
            // Words given as the month and day (`Feb`) stand as given; else a slot of dates takes the paper's.
            const given = isMonthDay(values.venue) ? writing.datedWhenForm : undefined;
            // A paper with no venue is dated as the slot's entries with none are, where they give a date.
            const dated = given
                ? undefined
                : (writing.slotDateForms.get(template)?.get(slot) ??
                    (values.venue === undefined
                        ? writing.slotBareDateForms.get(template)?.get(slot)
                        : venueDateFormAt(writing, template, slot, values.venue)));
            text[slot] =
                dated && paper.date
                    ? writeDate(dated, paper.date).replace('{venue}', () => values.venue ?? '')
                    : writeWhen(given ?? whenFormNear(writing, template, slot, paper), values.venue, values.year);
        }
        else if (kind === 'date')
            text[slot] = paper.date ? writeDate(writing.dateForm, paper.date) : '';
        else if (kind === 'names') {
            const after = grammar.etAlAfter ?? writing.namesEtAlAfter;
            const etAl = abbreviates(writing, after, paper.authors.length);
            const names = {
                names: paper.authors
                    .slice(0, etAl ? after : undefined)
                    .map((name) => plainText(name, undefined, template.table !== undefined)),
                etAl,
            };
            const style = {
                ...template.style,
                nameSeparator: writing.namesSeparator ?? template.style.nameSeparator,
                lastNameSeparator: (names.names.length === 2 && !etAl ? writing.namesPairSeparator : undefined) ??
                    writing.namesLastSeparator ??
                    template.style.lastNameSeparator,
            };
            const written = renderValue('authors', { ...values, authors: names }, style);
            // "et al." before the template's own full stop ends with one: `Hu et al. **Title**`.
            const stop = literalAfter(template, slot).startsWith('.');
            text[slot] = writing.namesLead + (stop ? written.replace(/\.$/, '') : written);
        }
    }
    const wording = rewording(template, paper.rewords);
    const url = keptUrl(writing, paper) ?? values.paper;
    const title = plainText(paper.title, textAfter(template, 'title', values), template.table !== undefined);
    // A form with no place for the paper's link links it among the others, as its entries do, unless
    // they link it already.
    const paperLink = !slots.includes('paper') && url !== undefined && writing.paperInLinks.get(template);
    const linked = values.links.some((link) => parseArxivUrl(link.url)?.id === paper.id);
    const links = paperLink && !linked
        ? paperLink.first
            ? [{ label: paperLink.label, url }, ...values.links]
            : [...values.links, { label: paperLink.label, url }]
        : values.links;
    const empty = emptyPlace(template, writing, {
        title,
        venue: values.venue,
        year: values.year,
        authors,
        text,
    });
    if (empty !== undefined) {
        throw new UnwritableEntry(`the list's entries here give a {${empty}} that the paper's record has none of (template: ${template.shape.split('\n')[0]})`);
    }
    return { ...values, title, paper: url, links, authors, badges, text, ...(wording ? { wording } : {}) };
}
/**
 * The first slot a form would write empty that its entries never leave empty (a title, a venue, a
 * year, authors, a `{when}`): written so, the entry would show the form's punctuation around nothing
 * (`() **Title**`, `[](…)`), which no entry of the list does. Editor slots are `templateValues`' own.
 */
function emptyPlace(template, writing, values) {
    const editors = new Set(editorSlots(template));
    const filled = {
        title: (values.title ?? '') !== '',
        venue: (values.venue ?? '') !== '',
        year: (values.year ?? '') !== '',
        authors: (values.authors?.names.length ?? 0) > 0,
    };
    return templateSlots(template).find((slot) => {
        if (slot in filled)
            return !filled[slot];
        if (!isTextSlot(slot) || editors.has(slot))
            return false;
        return values.text?.[slot] === '' && !writing.emptyTextSlots.get(template)?.has(slot);
    });
}
/** The editor's words at the template's varying constants, by place (as `valuesFor` reads them). */
function rewording(template, rewords) {
    if (!template.varying || !rewords)
        return undefined;
    const constants = frameOf(template.shape).parts.filter((part) => part.kind !== 'fixed');
    let wording;
    for (const index of template.varying) {
        const constant = constants[index];
        const words = constant?.kind === 'core' ? rewords[constant.text] : undefined;
        if (words !== undefined)
            (wording ??= {})[index] = words;
    }
    return wording;
}
/**
 * How much of the paper a form would lose or leave blank: a field the paper has that the form has
 * no place for (a venue, authors, links, an editor's note), and a venue or authors the form has a place
 * for that the paper lacks. A paper with a venue belongs in the form its scope gives entries with
 * a venue. (A note the form's entries may leave empty costs nothing: templateValues refuses the rest.)
 */
function misfit(form, writing, paper) {
    const slots = new Set(templateSlots(form));
    const kinds = new Set([...slots].map((slot) => slot.replace(/\d+$/, '')));
    const has = (...names) => names.some((name) => kinds.has(name));
    // A `{when}` holds a venue where the list's write one with their year, else the year alone.
    const venuePlace = has('venue') ||
        [...slots].some((slot) => slot.startsWith('when') && whenFormAt(writing, form, slot).includes('{venue}'));
    // A paper with no venue is at home where the list dates entries that name none (`(2021-01)`).
    const datedAlone = [...slots].some((slot) => writing.slotBareDateForms.get(form)?.has(slot));
    const notes = Object.entries(paper.notes ?? {}).filter(([, note]) => note !== '');
    const places = new Set(notePlaces(form).values());
    // A preprint is at home in either: lists leave "arXiv" out as often as they write it.
    const preprint = paper.venue !== undefined && PREPRINT_VENUE.test(paper.venue);
    return (Number(!preprint && (paper.venue !== undefined ? !venuePlace : venuePlace && !datedAlone)) +
        Number(paper.authors.length > 0 !== has('authors', 'names')) +
        Number((paper.links ?? []).length > 0 && !has('links')) +
        notes.filter(([place]) => !places.has(place)).length);
}
/** A mark: emoji or symbols (`★`), as characters or GitHub's `:name:` codes, a few of them at most. */
const MARK = /^(?:(?::[a-z0-9_+-]+:|\p{Extended_Pictographic}\uFE0F?|\p{So})\s*){1,5}$/u;
/** HTML a mark may be written in (`<sup>&#x2605;</sup>`): tags, and characters by their number. */
const TAG = /<\/?[a-z][^<>]{0,200}>/gi;
const NUMBERED_CHARACTER = /&#(?:x([\da-f]{1,6})|(\d{1,7}));/gi;
/** What a run of markup shows: its text without its tags, characters written by number as themselves. */
function shown(markup) {
    return markup
        .replace(TAG, '')
        .replace(NUMBERED_CHARACTER, (written, hex, decimal) => {
        const code = hex ? parseInt(hex, 16) : Number(decimal);
        return code <= 0x10ffff ? String.fromCodePoint(code) : written;
    });
}
/**
 * The mark a form adds to another form of its scope (`:fire:`, `✨`, `:star::star:`, a star in HTML):
 * the one run of emoji or symbols where the other has none. Empty for the same form; undefined when
 * the two differ otherwise.
 */
function markOf(form, base) {
    const [long, short] = [form.shape, base.shape];
    if (long === short)
        return '';
    let start = 0;
    while (start < short.length && long[start] === short[start])
        start++;
    let end = 0;
    while (end < short.length - start && long[long.length - 1 - end] === short[short.length - 1 - end])
        end++;
    if (start + end !== short.length)
        return undefined;
    const mark = long.slice(start, long.length - end).trim();
    return MARK.test(shown(mark).trim()) ? mark : undefined;
}
/** Of a form's marked and unmarked kin among the scope's forms, the one with exactly these marks. */
function markedForm(form, forms, marks) {
    // The unmarked form: the chosen one, or the form it is a mark on.
    const base = forms.find((other) => other !== form && markOf(form, other)) ?? form;
    if (marks.length === 0)
        return base;
    return marks.length === 1 ? forms.find((other) => markOf(other, base) === marks[0]) : undefined;
}
/** A form's shape as a top-level item: its lines without their indent. */
const unnested = (form) => form.shape.replace(/^[ \t]+/gm, '');
const indentOf = (form) => /^[ \t]*/.exec(form.shape)[0];
const ITEM_START = /^[ \t]*(?:\d+[.)]|[-*+])[ \t]+/;
/**
 * The indent a new item takes where a block stands: a topic's items' (`  ` under `- Topic`), or, out
 * of any topic, the indent most of its section's other items out of topics have.
 */
function nestingIn(source, block, section) {
    const line = (no) => source.lines[no - 1] ?? '';
    const indent = (no) => /^[ \t]*/.exec(line(no))[0];
    if (block.topic !== undefined) {
        // As deep under its topic as the section's other items stand under theirs (`    * ` under
        // `* Topic`, as some lists nest), those of its own topic first; else at the topic's text.
        const under = (items) => mostCommon(items.flatMap(({ topic, startLine }) => {
            const own = indent(startLine);
            const outer = topic === undefined || startLine === block.startLine ? undefined : indent(topic);
            return outer !== undefined && own.startsWith(outer) ? [own.slice(outer.length)] : [];
        }));
        const depth = under(section.filter((item) => item.topic === block.topic)) ?? under(section);
        return depth === undefined
            ? ITEM_START.exec(line(block.topic))?.[0].replace(/\S/g, ' ')
            : indent(block.topic) + depth;
    }
    const outside = section.filter((item) => item.topic === undefined && item.startLine !== block.startLine);
    if (outside.length > 0)
        return mostCommon(outside.map((item) => indent(item.startLine)));
    // The only item out of a topic stands beside the section's outermost topics.
    const topics = section.flatMap((item) => (item.topic === undefined ? [] : [indent(item.topic)]));
    return topics.length > 0 ? topics.reduce((a, b) => (b.length < a.length ? b : a)) : undefined;
}
/**
 * An item's form moved to stand at an indent, its later lines moved as far: where the scope has no
 * form at that depth (its nested items all have links, this one has none), the nearest form nested.
 */
function nestedAt(form, indent) {
    const own = indentOf(form);
    if (own === indent || form.table !== undefined || !ITEM_START.test(form.shape))
        return form;
    const moved = form.shape
        .split('\n')
        .map((text) => (text.trim() !== '' && text.startsWith(own) ? indent + text.slice(own.length) : text));
    return { ...form, shape: moved.join('\n') };
}
/**
 * A new entry in the form of its scope that entries like it follow (those with links, badges, or
 * neither, as it has them): of the forms that can hold it, the one that fits the paper best (the
 * more followed of equally fitting ones), its values for that form. Throws what the scope's own
 * template says it cannot hold when no form can.
 */
function writeNewEntry(template, grammar, writing, paper) {
    const runs = { links: (paper.links ?? []).length > 0, badges: (paper.badges ?? []).length > 0 };
    let refusal;
    let best;
    // Of equally fitting forms, the one the section's own entries with the same runs follow most: a
    // section of a few top-level items in a list of nested ones keeps its items' form.
    const inSection = writing.sectionForms.get(sectionKey(paper.section, runs.links, runs.badges));
    const scopeForms = grammar.formsToWrite(template, runs);
    // A form too few of the list's entries follow to be written anywhere is its section's way where
    // most of the section's entries with these runs follow it (`[Title](…) by Names` in a section of
    // surveys, in a list that dates its papers): a new one there is written as its neighbours are.
    const sectionTotal = [...(inSection?.values() ?? [])].reduce((sum, n) => sum + n, 0);
    const sectionOwn = [...(inSection ?? [])].flatMap(([form, n]) => 
    // A table's rows are written in its own columns, not in another table's of the section.
    !scopeForms.includes(form) &&
        form.table === template.table &&
        n >= SECTION_FORM_MIN &&
        n * 2 > sectionTotal
        ? [form]
        : []);
    const forms = [...scopeForms, ...sectionOwn];
    // The template comes last when none of its entries has these runs: a form no entry like this one
    // follows (`*{links}: [{title}]` for a paper without links leaves its `: ` hanging). The section's
    // entries that no form frames stand as its template's, and do not make it followed.
    const unfollowed = scopeForms.length > 1 && scopeForms.at(-1) === template ? template : undefined;
    const followed = (form) => (form === unfollowed ? 0 : (inSection?.get(form) ?? 0));
    // A note place that holds venues and years is filled only where no form can hold the paper
    // otherwise: it makes writable what was not, and takes no entry from a form it could be written in.
    for (const noteWhens of [false, true]) {
        if (best)
            break;
        for (const form of forms) {
            try {
                const values = templateValues(form, grammar, writing, paper, noteWhens);
                const fit = misfit(form, writing, paper);
                if (!best || fit < best.misfit || (fit === best.misfit && followed(form) > followed(best.template)))
                    best = { template: form, values, misfit: fit, noteWhens };
            }
            catch (error) {
                if (!(error instanceof UnwritableEntry))
                    throw error;
                if (!noteWhens && (form === template || !refusal))
                    refusal = error;
            }
        }
    }
    // Nested as it stands, where the scope has forms for items in a topic and items not.
    const chosen = best?.template;
    const nested = chosen &&
        paper.nesting !== undefined &&
        forms.find((form) => unnested(form) === unnested(chosen) && indentOf(form) === paper.nesting);
    if (best && nested)
        best = { ...best, template: nested };
    // With the marks its editor gives it, or none: the form that is the chosen one with those marks.
    const marked = best && markedForm(best.template, forms, paper.marks ?? []);
    if (best && marked && marked !== best.template) {
        try {
            best = {
                ...best,
                template: marked,
                values: templateValues(marked, grammar, writing, paper, best.noteWhens),
            };
        }
        catch (error) {
            if (!(error instanceof UnwritableEntry))
                throw error;
        }
    }
    const widths = best?.template.table === undefined ? undefined : writing.cellWidths.get(best.template.table);
    const numbered = best && templateSlots(best.template).includes('n');
    const spacing = best &&
        writing.sectionSpacing
            .get(spacingKey(paper.section, numbered ? best.values.n : undefined))
            ?.get(best.template);
    if (!best)
        throw refusal;
    const written = widths
        ? padCells(best.template, best.values, widths)
        : paper.nesting === undefined
            ? best.template
            : nestedAt(best.template, paper.nesting);
    // Runs the form has no place for go where its entries with those runs write them.
    const slots = templateSlots(best.template);
    const unplaced = (runs.links && !slots.includes('links')) || (runs.badges && !slots.includes('badges'))
        ? writing.runSpacing.get(best.template)?.get(runsKey(runs.links, runs.badges))
        : undefined;
    // The section's spacing is its entries' where they stand; an item moved elsewhere keeps its form's.
    const placed = unplaced ?? spacing;
    const kept = placed && (widths || written === best.template);
    // Runs separated as the entries around it separate theirs, where the list has no one way.
    const separators = nearestSeparators(writing, best.template, best.values.separators, paper.section, paper.line);
    const respaced = {
        ...best.values,
        ...(kept ? { spacing: placed } : {}),
        ...(separators ? { separators: { ...best.values.separators, ...separators } } : {}),
    };
    // Lines under a number of two digits or more stand where they stand under one digit, where the
    // list keeps them there and the section shows no spacing of its own for such numbers.
    const values = kept || (respaced.n?.length ?? 1) < 2 ? respaced : indentedAt(written, respaced, writing.numberIndent);
    // A title that ends with its own `?` or `!` takes no full stop after it, as most lists write such
    // titles (`**Why?**`, not `**Why?.**`): the stop comes out of the shape as the entry is spaced.
    // One that ends with its own full stop never takes a second (`Medicine..`).
    const title = paper.title.trim();
    const stopped = title.endsWith('.') || (!writing.stopAfterQuestion && /[?!]$/.test(title));
    if (!stopped || !TITLE_STOP.test(written.shape) || values.wording)
        return { template: written, values };
    const { spacing: spaced, ...unspaced } = values;
    const shape = spaced ? respace(frameOf(written.shape), spaced) : written.shape;
    return { template: { ...written, shape: shape.replace(TITLE_STOP, '{title}$1') }, values: unspaced };
}
/**
 * Values whose `{indent}` puts the lines under the item `spaces` in (the form's own spaces after
 * its indent counted); as they are where no indent is asked, or the form writes none there.
 */
function indentedAt(form, values, spaces) {
    if (spaces === undefined || !form.shape.includes('\n{indent}'))
        return values;
    const indent = ' '.repeat((values.n ?? '1').length + 2);
    const under = renderThrough(form, { ...values, indent })
        .split('\n')
        .slice(1)
        .find((text) => text.trim() !== '');
    const shown = under === undefined ? undefined : /^ */.exec(under)[0].length;
    if (shown === undefined || shown === spaces || indent.length - (shown - spaces) < 0)
        return values;
    return { ...values, indent: ' '.repeat(indent.length - (shown - spaces)) };
}
/** A full stop after a title, inside its emphasis (`**{title}.**`) or after it (`**{title}**.`). */
const TITLE_STOP = /\{title\}([*_]*)\./;
/** Whether an entry's text puts a full stop after its title, inside or after its emphasis. */
function stopsAfter(text, title) {
    const at = text.indexOf(title);
    return at !== -1 && /^[*_]*\./.test(text.slice(at + title.length));
}

/**
 * The entry with the change, written through the grammar: the entry is cut into its own shape and
 * slot values, the change sets values or the form around a slot, and render.ts's slot writers write
 * it in the entry's own run style (its template's where it shows none). Undefined when no slot holds
 * what the change is about, or when the text would change anywhere else: where the entry's own cut
 * does not write it back byte for byte, a change is written only if that difference is the change.
 */
function renderChange(source, entry, grammar, change) {
    const original = entryText(source, entry);
    const cut = cutEntry(source, entry);
    const style = entryStyle(grammar.templateFor(entry), cut);
    const changes = [
        change.title && titleChange(source, entry, change.title),
        change.link && linkChange(source, grammar, cut, change.link),
        change.badges && badgeChange(entry, change.badges.spaceBefore),
    ].filter((one) => one !== undefined);
    if (changes.length !== 1)
        return undefined;
    const own = render(cut.shape, style, cut.values);
    // A change may hold in more than one way (a URL in two slots): the first that keeps to its span.
    for (const attempt of changes[0]) {
        const draft = attempt.apply({ parts: pieces(cut.shape), values: cut.values, style });
        if (!draft)
            continue;
        const shape = shapeOf(draft.parts);
        const rendered = render(shape, draft.style, draft.values);
        for (const text of [rendered, own === original ? undefined : carried(original, own, rendered)]) {
            const fix = text === undefined ? undefined : changedLines(entry, original, text);
            if (fix && within(source, fix, attempt.span))
                return { fix, intended: { shape, values: draft.values } };
        }
    }
    return undefined;
}
/**
 * The change alone, carried onto the entry as written, for an entry whose own cut writes some other
 * part of it otherwise (a label the reader cut short): the edit the change makes to the cut's
 * rendering, made at the same place of the written text. Undefined where the two edits meet.
 */
function carried(original, own, rendered) {
    const change = smallestEdit(own, rendered);
    const drift = smallestEdit(original, own);
    const driftEnd = drift.from + drift.text.length;
    let shift;
    if (change.to < drift.from)
        shift = 0;
    else if (change.from > driftEnd)
        shift = drift.to - driftEnd;
    else
        return undefined;
    return original.slice(0, change.from + shift) + change.text + original.slice(change.to + shift);
}
/** The title's words (the `{title}` slot) and its form (the shape's text around the slot). */
function titleChange(source, entry, to) {
    const { title } = entry;
    const line = source.lines[title.line - 1];
    const at = line.indexOf(title.text, title.column - 1);
    const end = titleEnd(entry) - 1;
    if (title.text === '' || at === -1 || at + title.text.length > end)
        return [];
    // As written: the title's markup before its words and after them (bold, its punctuation).
    const before = line.slice(title.column - 1, at);
    const after = line.slice(at + title.text.length, end);
    const span = { line: title.line, from: title.column - 1, to: end };
    return [
        {
            span,
            apply(draft) {
                const slot = draft.parts.findIndex((piece) => 'slot' in piece && piece.slot === 'title');
                if (slot === -1)
                    return undefined;
                const parts = [...draft.parts];
                if (to.form) {
                    const [opening, closing] = around((text) => writeTitle(text, to.form));
                    if (!reform(parts, slot, before, after, opening, closing))
                        return undefined;
                }
                return { ...draft, parts, values: { ...draft.values, title: to.text ?? draft.values.title } };
            },
        },
    ];
}
/** What a writer puts before and after a slot's value. */
function around(write) {
    const marker = '\u0000';
    const [opening, closing] = write(marker).split(marker);
    return [opening, closing];
}
/**
 * The shape's text around slot `index` rewritten: `before` (which the literal before it must end
 * with) becomes `opening`, `after` (which the literal after it must start with) becomes `closing`.
 */
function reform(parts, index, before, after, opening, closing) {
    const previous = parts[index - 1];
    const next = parts[index + 1];
    const literal = (piece) => (piece && 'literal' in piece ? piece.literal : '');
    if (before !== '' && !literal(previous).endsWith(before))
        return false;
    if (after !== '' && !literal(next).startsWith(after))
        return false;
    const head = literal(previous).slice(0, literal(previous).length - before.length) + opening;
    const tail = closing + literal(next).slice(after.length);
    const edited = [];
    if (head !== '')
        edited.push({ literal: head });
    edited.push(parts[index]);
    if (tail !== '')
        edited.push({ literal: tail });
    const from = previous && 'literal' in previous ? index - 1 : index;
    const to = next && 'literal' in next ? index + 1 : index;
    parts.splice(from, to - from + 1, ...edited);
    return true;
}
/**
 * One link's target or style. The link is the `{paper}` slot or a member of the `{links}` run,
 * whichever holds its target and changes only where the link is written.
 */
function linkChange(source, grammar, cut, to) {
    const link = to.at;
    const line = source.lines[link.line - 1];
    const written = line.slice(link.urlColumn - 1, link.urlEndColumn - 1);
    const url = to.arxiv ? arxivUrlOf(grammar.arxivUrl, link.url, to.arxiv) : written;
    if (url === undefined)
        return [];
    const start = link.bracketed ? link.column - 2 : link.column - 1;
    const end = link.bracketed ? link.endColumn : link.endColumn - 1;
    const span = { line: link.line, from: start, to: end };
    const label = link.label.replace(/^\[|\]$/g, '');
    const paper = {
        span,
        apply(draft) {
            if (draft.values.paper !== written)
                return undefined;
            const parts = [...draft.parts];
            if (to.style) {
                const slot = parts.findIndex((piece) => 'slot' in piece && piece.slot === 'paper');
                const [opening, closing] = around((text) => writeLink({ label, url: text }, to.style));
                const before = line.slice(start, link.urlColumn - 1);
                const after = line.slice(link.urlEndColumn - 1, end);
                if (slot === -1 || !reform(parts, slot, before, after, opening, closing))
                    return undefined;
            }
            return { ...draft, parts, values: { ...draft.values, paper: url } };
        },
    };
    // The run's members written with this link's label and target.
    const members = cut.values.links.flatMap((item, index) => item.url === written && item.label === link.label
        ? [
            {
                span,
                apply(draft) {
                    // A run has one link style: the others keep theirs only if it is already theirs
                    // (else the text changes outside this link, and the change is refused).
                    const links = [...draft.values.links];
                    links[index] = { label: to.style ? label : item.label, url };
                    const style = to.style ? { ...draft.style, linkStyle: to.style } : draft.style;
                    return { ...draft, style, values: { ...draft.values, links } };
                },
            },
        ]
        : []);
    // A link the entry's shape holds as literal text (in no slot: a link further on, in a note): its
    // target rewritten there, where the shape writes it once. Not its style, which is the run's.
    const outer = line.slice(start, end);
    const urlAt = link.urlColumn - 1 - start;
    const literal = {
        span,
        apply(draft) {
            const holding = draft.parts.filter((piece) => 'literal' in piece && piece.literal.includes(outer));
            const literals = draft.parts.flatMap((piece) => ('literal' in piece ? [piece.literal] : []));
            if (to.style || holding.length !== 1 || literals.join('\u0000').split(outer).length !== 2)
                return undefined;
            const rewritten = outer.slice(0, urlAt) + url + outer.slice(urlAt + written.length);
            const parts = draft.parts.map((piece) => piece === holding[0] && 'literal' in piece
                ? { literal: piece.literal.replace(outer, () => rewritten) }
                : piece);
            return { ...draft, parts };
        },
    };
    return [paper, ...members, literal];
}
/**
 * A space before a glued badge: the badge run's lead when it is the run's first badge, else the
 * run's separator (every badge after the first is glued then, and each gets its space).
 */
function badgeChange(entry, at) {
    const index = entry.badges.findIndex((badge) => badge.line === at.line && badge.column === at.column);
    if (index === -1)
        return [];
    const onLine = entry.badges.filter((badge) => badge.line === at.line);
    const span = {
        line: at.line,
        from: at.column - 1,
        to: Math.max(...onLine.map((badge) => badge.endColumn - 1)),
    };
    return [
        {
            span,
            apply(draft) {
                const { badgeLead, badgeSeparator } = draft.style;
                if (index === 0 && badgeLead === '')
                    return { ...draft, style: { ...draft.style, badgeLead: ' ' } };
                if (index > 0 && badgeSeparator === '')
                    return { ...draft, style: { ...draft.style, badgeSeparator: ' ' } };
                return undefined;
            },
        },
    ];
}
/** The fix that turns `original` (the entry's text) into `rendered`: only the lines that differ. */
function changedLines(entry, original, rendered) {
    if (rendered === original)
        return undefined;
    const was = original.split('\n');
    const now = rendered.split('\n');
    let head = 0;
    while (head < was.length && head < now.length && was[head] === now[head])
        head++;
    let tail = 0;
    while (tail < was.length - head &&
        tail < now.length - head &&
        was[was.length - 1 - tail] === now[now.length - 1 - tail])
        tail++;
    if (head + tail === was.length)
        return undefined;
    return {
        line: entry.startLine + head,
        endLine: entry.startLine + was.length - 1 - tail,
        replacement: now.slice(head, now.length - tail).join('\n'),
    };
}
/** Whether the fix changes only the span its change is about. */
function within(source, fix, span) {
    if (fix.line !== span.line || fix.endLine !== span.line || fix.replacement.includes('\n'))
        return false;
    const { from, to } = smallestEdit(source.lines[span.line - 1], fix.replacement);
    return from >= span.from && to <= span.to;
}
function applyFixes(text, fixes) {
    const source = toSource(text);
    const lines = [...source.lines];
    const endings = [...source.endings];
    let applied = 0;
    for (const group of overlapping(fixes).reverse()) {
        const ending = endings[group.start - 1] || endings.find((e) => e !== '') || '\n';
        const replacement = mergeFixes(source, group.start, group.end, group.fixes).split('\n');
        const lastEnding = endings[group.end - 1];
        const newEndings = replacement.map((_, i) => (i === replacement.length - 1 ? lastEnding : ending));
        lines.splice(group.start - 1, group.end - group.start + 1, ...replacement);
        endings.splice(group.start - 1, group.end - group.start + 1, ...newEndings);
        applied += group.fixes.length;
    }
    return { text: fromSource({ lines, endings, bom: source.bom }), applied };
}
/** Fixes grouped by overlapping line ranges, in file order. */
function overlapping(fixes) {
    const groups = [];
    for (const fix of [...fixes].sort((a, b) => a.line - b.line || a.endLine - b.endLine)) {
        const last = groups[groups.length - 1];
        if (last && fix.line <= last.end) {
            last.end = Math.max(last.end, fix.endLine);
            last.fixes.push(fix);
        }
        else {
            groups.push({ start: fix.line, end: fix.endLine, fixes: [fix] });
        }
    }
    return groups;
}
/**
 * The text of lines start..end with every fix applied. Each fix is reduced to the smallest span it
 * changes; spans are applied right to left, and one that overlaps another is left out.
 */
function mergeFixes(source, start, end, fixes) {
    const original = source.lines.slice(start - 1, end).join('\n');
    const edits = fixes.map((fix, order) => {
        const wanted = [
            ...source.lines.slice(start - 1, fix.line - 1),
            fix.replacement,
            ...source.lines.slice(fix.endLine, end),
        ].join('\n');
        return { ...smallestEdit(original, wanted), order };
    });
    edits.sort((a, b) => b.from - a.from || b.order - a.order);
    let text = original;
    let limit = Number.MAX_SAFE_INTEGER;
    for (const edit of edits) {
        if (edit.to > limit)
            continue;
        text = text.slice(0, edit.from) + edit.text + text.slice(edit.to);
        limit = edit.from;
    }
    return text;
}
/** The one span of `original` to replace (offsets `from`..`to`, end exclusive) to get `wanted`. */
function smallestEdit(original, wanted) {
    let prefix = 0;
    while (prefix < original.length && prefix < wanted.length && original[prefix] === wanted[prefix])
        prefix++;
    let suffix = 0;
    while (suffix < original.length - prefix &&
        suffix < wanted.length - prefix &&
        original[original.length - 1 - suffix] === wanted[wanted.length - 1 - suffix])
        suffix++;
    return { from: prefix, to: original.length - suffix, text: wanted.slice(prefix, wanted.length - suffix) };
}
function fixEdit(source, fix) {
    const original = source.lines.slice(fix.line - 1, fix.endLine).join('\n');
    const { from, to, text } = smallestEdit(original, fix.replacement);
    const at = (offset) => {
        const before = original.slice(0, offset);
        const newlines = before.split('\n').length - 1;
        return { line: fix.line + newlines, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
    };
    const start = at(from);
    const end = at(to);
    return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, text };
}

/**
 * Which lines of the new version a change touched. Two sources: GitHub's unified `patch` for a file,
 * or the two versions themselves when GitHub leaves the patch out (large diffs).
 */
const EVERY_LINE = { ranges: [[1, Number.MAX_SAFE_INTEGER]] };
function lineSetFrom(lines) {
    const sorted = [...new Set(lines)].sort((a, b) => a - b);
    const ranges = [];
    for (const line of sorted) {
        const last = ranges[ranges.length - 1];
        if (last && last[1] + 1 === line)
            last[1] = line;
        else
            ranges.push([line, line]);
    }
    return { ranges };
}
function hasLine(set, line) {
    return overlaps(set, line, line);
}
function overlaps(set, start, end) {
    let lo = 0;
    let hi = set.ranges.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [a, b] = set.ranges[mid];
        if (b < start)
            lo = mid + 1;
        else if (a > end)
            hi = mid - 1;
        else
            return true;
    }
    return false;
}
const isBlankLine = (line) => !/\S/.test(line);
/**
 * Whether a line carries on the entry above it (indented text: an author line, a nested link) rather
 * than starting a block of its own. Replacing such a line changes the entry above.
 */
function continuesAbove(line) {
    return /^\s+\S/.test(line);
}
/**
 * Whether a line belongs to the block above it: indented text, or a lazy continuation line (text that
 * starts no list item, heading, table row or quote of its own). Blank lines do not.
 */
function carriesOn(line) {
    return continuesAbove(line) || (/\S/.test(line) && !/^(?:[-*+]\s|\d+[.)]\s|#|\||>)/.test(line));
}
/**
 * The new-version lines a run of lines taken out (and nothing put in their place) touches: only the
 * entry the run was part of. The line above when the run carried on its block (or was a blank line
 * inside it); the line below when it carried on the run or now carries on the block above. Whole
 * items, rows or paragraphs, or blank lines between blocks, taken out touch nothing: the entries beside
 * them are as they were. With a neighbour unknown (a hunk's edge), both sides are touched.
 */
function besideDeletion(aboveLine, above, run, below) {
    if (above === undefined || below === undefined)
        return [aboveLine, aboveLine + 1];
    const blank = (line) => !/\S/.test(line);
    const belowCarriesOn = carriesOn(below) && (!blank(above) || !blank(run.last));
    const runCarriesOn = !blank(above) && (blank(run.first) ? belowCarriesOn : carriesOn(run.first));
    return [...(runCarriesOn ? [aboveLine] : []), ...(belowCarriesOn ? [aboveLine + 1] : [])];
}
/** Reads a unified diff (GitHub's `patch` field: hunks only, no file headers). */
function parsePatch(patch) {
    const changed = [];
    const commentable = [];
    const besideDeletions = [];
    const removed = [];
    let newLine = 0;
    let inHunk = false;
    /** The new-version line a run of `-` rows sits just before, until a `+` row shows it replaced. */
    let deletionAt;
    let firstDeleted = '';
    let lastDeleted = '';
    /** The text of the last new-version line the hunk showed (undefined at a hunk's start). */
    let previous;
    const endDeletion = (below) => {
        if (deletionAt !== undefined) {
            const run = { first: firstDeleted, last: lastDeleted };
            besideDeletions.push(...besideDeletion(deletionAt - 1, previous, run, below));
        }
        deletionAt = undefined;
    };
    for (const row of patch.split('\n')) {
        const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row);
        if (header) {
            endDeletion();
            newLine = Number(header[1]);
            inHunk = true;
            previous = undefined;
            continue;
        }
        if (!inHunk || row.startsWith('\\'))
            continue;
        const kind = row[0];
        if (kind === '+') {
            // Lines replaced by others (`-` rows right before `+` rows) touch only the entry they carried on.
            if (deletionAt === newLine) {
                // Lines replaced by a blank one were taken out: they touch what lines taken out touch.
                if (isBlankLine(row.slice(1)))
                    endDeletion(row.slice(1));
                else if (continuesAbove(firstDeleted))
                    besideDeletions.push(deletionAt - 1);
                deletionAt = undefined;
            }
            changed.push(newLine);
            commentable.push(newLine);
            newLine++;
            previous = row.slice(1);
        }
        else if (kind === ' ' || row === '') {
            endDeletion(row.slice(1));
            commentable.push(newLine);
            newLine++;
            previous = row.slice(1);
        }
        else if (kind === '-') {
            if (deletionAt !== newLine)
                firstDeleted = row.slice(1);
            lastDeleted = row.slice(1);
            deletionAt = newLine;
            removed.push(row.slice(1));
        }
    }
    endDeletion();
    return {
        changed: lineSetFrom(changed),
        touched: lineSetFrom([...changed, ...besideDeletions.filter((line) => line >= 1)]),
        commentable: lineSetFrom(commentable),
        removed,
    };
}
/**
 * Lines of `after` that are not in a longest common subsequence with `before`, and the lines beside
 * what `before` lost. Common head and tail are trimmed first (so an insertion lands where git would
 * put it), then Myers' O(ND) algorithm runs on the middle: cost follows the size of the change.
 */
function diffLines(before, after) {
    let head = 0;
    const max = Math.min(before.length, after.length);
    while (head < max && before[head] === after[head])
        head++;
    let tail = 0;
    while (tail < max - head && before[before.length - 1 - tail] === after[after.length - 1 - tail])
        tail++;
    const a = before.slice(head, before.length - tail);
    const b = after.slice(head, after.length - tail);
    const kept = myersCommon(a, b) ?? keptByContent(a, b);
    const changed = [];
    for (let j = 0; j < b.length; j++)
        if (!kept.b[j])
            changed.push(head + j + 1);
    // Walk both sides in step, one gap between kept lines at a time. Lines only taken out touch the entry
    // they were part of; lines replaced by others touch only the entry they carried on.
    const besideDeletions = [];
    for (let i = 0, j = 0; i < a.length || j < b.length; i++, j++) {
        const [deletedFrom, insertedFrom] = [i, j];
        while (i < a.length && !kept.a[i])
            i++;
        while (j < b.length && !kept.b[j])
            j++;
        if (i === deletedFrom)
            continue;
        // Lines replaced by blank ones (spaces left where a link was) were taken out all the same.
        if (b.slice(insertedFrom, j).every(isBlankLine)) {
            const run = { first: a[deletedFrom], last: a[i - 1] };
            const at = head + insertedFrom;
            besideDeletions.push(...besideDeletion(at, after[at - 1] ?? '', run, after[at] ?? ''));
        }
        else if (continuesAbove(a[deletedFrom]))
            besideDeletions.push(head + insertedFrom);
    }
    const inFile = (line) => line >= 1 && line <= after.length;
    return {
        changed: lineSetFrom(changed),
        touched: lineSetFrom([...changed, ...besideDeletions.filter(inFile)]),
        removed: a.filter((_, i) => !kept.a[i]),
    };
}
/** Bounds the Myers trace (edit distance × width, in 32-bit cells) to about 64 MB. */
const MAX_TRACE_CELLS = 16_000_000;
/**
 * For a rewrite too large for Myers within the bound: a line counts as kept when the other side has
 * the same text anywhere. Linear, and it never calls an untouched line changed.
 */
function keptByContent(a, b) {
    const inA = new Set(a);
    const inB = new Set(b);
    return { a: a.map((line) => inB.has(line)), b: b.map((line) => inA.has(line)) };
}
/**
 * Marks which lines of `a` and `b` belong to a longest common subsequence, or returns
 * undefined when the edit distance is too large to trace within MAX_TRACE_CELLS.
 */
function myersCommon(a, b) {
    const n = a.length;
    const m = b.length;
    const kept = { a: new Array(n).fill(false), b: new Array(m).fill(false) };
    if (n === 0 || m === 0)
        return kept;
    const offset = n + m;
    const v = new Int32Array(2 * offset + 2);
    const trace = [];
    let found = -1;
    for (let d = 0; d <= n + m && found < 0; d++) {
        if ((d + 1) * v.length > MAX_TRACE_CELLS)
            return undefined;
        trace.push(v.slice());
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
                ? v[offset + k + 1]
                : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    // Walk the trace backwards, marking the diagonal (equal) steps.
    let x = n;
    let y = m;
    for (let d = found; d > 0; d--) {
        const prev = trace[d];
        const k = x - y;
        const down = k === -d || (k !== d && prev[offset + k - 1] < prev[offset + k + 1]);
        const prevK = down ? k + 1 : k - 1;
        const prevX = prev[offset + prevK];
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            kept.b[--y] = true;
            kept.a[--x] = true;
        }
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        kept.b[--y] = true;
        kept.a[--x] = true;
    }
    return kept;
}

/**
 * Which items of a list are paper entries, which sections are paper categories, and the keys
 * (arXiv ids, titles) of every entry for the duplicate check: all from the cheap segmentation.
 */
/** A URL as written in a link, an autolink or bare: up to the bracket, quote or space that ends it. */
const URL$1 = /https?:\/\/[^\s<>()[\]"']+/g;
const ARXIV_LINK = new RegExp(String.raw `arxiv\.org\/(?:abs|pdf|html)\/(${ARXIV_ID})`, 'gi');
function isDefaultRoot(heading) {
    const text = headingWords(heading.text);
    const words = text.split(/\s+/).filter((word) => /\w/.test(word));
    return /\bpapers?\b/i.test(text) && !/contribut|related|other|more\b/i.test(text) && words.length <= 4;
}
function matches(names, heading) {
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
function opensWithBoldProse(first, contentStart) {
    const bold = strongAt(first, contentStart);
    if (!bold)
        return false;
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
function isHeadingItem(source, item) {
    if (!isListMarker(item.marker))
        return false;
    const first = source.lines[item.startLine - 1];
    return (HEADING_IN_ITEM.test(first.slice(offsetOfColumn(first, item.contentColumn))) &&
        !linksAPaper(source, { ...item, endLine: item.startLine }));
}
/**
 * A title of three words or more with where and when it appeared in parentheses after it, and no
 * link to the paper: `* The Case for Learned Index Structures (SIGMOD 2018)`, then maybe a
 * `[Source Code](…)` link. Lists without links write their papers so; a venue and a year are no
 * tool's or site's record.
 */
const VENUE_YEAR_AFTER = new RegExp(String.raw `^(?:\S+\s+){2,}?\S+?\s*${VENUE_YEAR.source}\s*(?:\[[^\]]*\]\([^)]*\)\s*)*$`, 'u');
/**
 * A title of three words or more after where and when it appeared (`2018 - KDD - Title`, `arXiv
 * 2024.12, **Title**, [website](…)`): a venue's words and a year are no tool's or site's record.
 */
function placedBeforeTitle(text) {
    const when = whenBeforeTitle(text);
    if (!when?.venue)
        return false;
    const title = text.slice(when.length).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    return (title.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0) >= TITLE_LINK_WORDS;
}
/** `linksAPaper`: whether the item links a paper (read once for the whole list, see linksAPaper). */
function looksLikePaper(source, item, linksAPaper) {
    const first = source.lines[item.startLine - 1];
    if (opensWithBoldProse(first, offsetOfColumn(first, item.contentColumn)))
        return false;
    // A bold paragraph outside the papers is prose (a tagline, a call to action) unless it links arXiv.
    if (isListMarker(item.marker) && strongAt(first, offsetOfColumn(first, item.contentColumn)))
        return true;
    // A paragraph, a table row or an item outside any "Papers" heading that links a paper is one.
    if (linksAPaper)
        return true;
    const text = first.slice(offsetOfColumn(first, item.contentColumn));
    if (isListMarker(item.marker) && (VENUE_YEAR_AFTER.test(text.trim()) || placedBeforeTitle(text)))
        return true;
    // `* [Title](papers/x.pdf) (1997): …`: an item that opens with a link to a paper is one.
    const opening = findLinks(first).find((link) => !link.image);
    return (isListMarker(item.marker) &&
        opening !== undefined &&
        opening.start <= offsetOfColumn(first, item.contentColumn) &&
        isPaperLink({ label: opening.text, url: opening.url }));
}
/**
 * A link to where papers are published (arXiv, a DOI, a proceedings page, a PDF) or labelled as the
 * paper (`[[Paper]](…)`), anywhere in the item.
 */
function linksAPaper(source, item) {
    // Most papers link arXiv: a look at each line for it first spares reading the others' links.
    for (let line = item.startLine; line <= item.endLine; line++) {
        if (source.lines[line - 1].includes('arxiv.org/'))
            return true;
    }
    for (let line = item.startLine; line <= item.endLine; line++) {
        const text = source.lines[line - 1];
        for (const url of text.match(URL$1) ?? [])
            if (isPaperHost(url))
                return true;
        for (const link of findLinks(text)) {
            if (!link.image && namesThePaper(link.text))
                return true;
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
function labelOf(source, item) {
    if (!isListMarker(item.marker))
        return undefined;
    const first = source.lines[item.startLine - 1];
    return LABEL.exec(first.slice(offsetOfColumn(first, item.contentColumn)))?.[1]
        .trim()
        .toLowerCase();
}
/**
 * The labels of fields, as a list writes its papers' details one per item (`- **Metrics:** …`,
 * `- **Comments:** …`): a label of a few words that opens many items.
 */
function fieldLabels(source, items) {
    const counts = new Map();
    for (const item of items) {
        const label = labelOf(source, item);
        if (label !== undefined)
            increment(counts, label);
    }
    return new Set([...counts]
        .filter(([label, n]) => n >= FIELD_LABEL_ITEMS && label.split(/\s+/).length <= FIELD_LABEL_WORDS)
        .map(([label]) => label));
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
function linkLabel(text) {
    let label = text.trim();
    if (label.startsWith('[') && label.endsWith(']'))
        label = label.slice(1, -1);
    if (label.startsWith('`') && label.endsWith('`'))
        label = label.slice(1, -1);
    return label.trim().toLowerCase();
}
/** A project's page on GitHub Pages: where a paper's project page often lives, unlike its code. */
const PROJECT_PAGE = /^(?:https?:\/\/)?[\w-]+\.github\.io(?:[/:?#]|$)/i;
/** A link to code (a repository, a model), not to a page about the work. */
const toCode = (url) => isCodeHost(url) && !PROJECT_PAGE.test(url.trim());
const isTitleText = (text) => !text.includes('![') &&
    /\S\s+\S+\s+\S/.test(text) &&
    (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’:-]*/gu)?.length ?? 0) >= TITLE_LINK_WORDS;
/** How an item's text opens: a bold title, a linked title, or otherwise (a table row is a row). */
function openingOf(source, item) {
    if (item.marker === '|')
        return 'row';
    const first = source.lines[item.startLine - 1];
    const text = first.slice(offsetOfColumn(first, item.contentColumn));
    const rest = text.slice(OPENING_TAG.exec(text)?.[0].length ?? 0);
    if (/^(?:\*\*|__|<(?:b|strong)>)/i.test(rest))
        return 'bold';
    return rest.startsWith('[') && !rest.startsWith('[!') ? 'link' : 'other';
}
/** An item's links (not images, not to places in the page), every line of it. */
function linksOf(source, item) {
    const links = [];
    for (let line = item.startLine; line <= recordEnd(item); line++) {
        for (const link of findLinks(source.lines[line - 1])) {
            if (link.image || link.url.startsWith('#'))
                continue;
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
function vouchedFor(source, items, linkingPapers) {
    const groups = new Map();
    for (const item of items) {
        const kind = item.marker === '|' ? 'row' : isListMarker(item.marker) ? 'item' : 'paragraph';
        const section = item.topic ?? item.headings[item.headings.length - 1]?.line ?? 0;
        const key = `${section}:${kind}:${item.columns?.join('|') ?? ''}`;
        const group = groups.get(key);
        if (group)
            group.push(item);
        else
            groups.set(key, [item]);
    }
    const vouched = new Set();
    for (const group of groups.values()) {
        const papers = group.filter((item) => linkingPapers.has(item));
        if (papers.length === group.length ||
            papers.length < MIN_VOUCHING ||
            papers.length < MOST_OF_A_SECTION * group.length)
            continue;
        const openings = new Map();
        for (const paper of papers)
            increment(openings, openingOf(source, paper));
        const opening = [...openings].sort((a, b) => b[1] - a[1])[0][0];
        // Read only when an item needs them: most sections of papers have no item to vouch for.
        let titleLinked;
        let labels;
        for (const item of group) {
            if (linkingPapers.has(item) || openingOf(source, item) !== opening)
                continue;
            const own = linksOf(source, item).filter((link) => !toCode(link.url) || !link.title);
            if (own.length === 0)
                continue;
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
            if (own.some((link) => labels.has(link.label)))
                vouched.add(item);
        }
    }
    return vouched;
}
/**
 * The labels these links give mostly to links to papers (`[page]`, when a section's `[page]` links
 * go to arXiv nearly every time): such a label names the paper's link, wherever one goes.
 */
function paperLabels(links) {
    const uses = new Map();
    const toPapers = new Map();
    for (const link of links) {
        if (link.title)
            continue;
        increment(uses, link.label);
        if (isPaperHost(link.url))
            increment(toPapers, link.label);
    }
    return new Set([...toPapers]
        .filter(([label, n]) => n >= MIN_LABEL_USES && n * 2 > (uses.get(label) ?? 0))
        .map(([label]) => label));
}
/**
 * A tag of where and when a paper appeared, written compactly before a plain title: a venue's word
 * and a year run together by a hyphen or an apostrophe (`20-NSDI-`, `2020-NSDI-`, `NSDI'20: `,
 * `NSDI-2020 - `), or in brackets (`[NSDI'20] `, `(OSDI 2014) `). A two-digit year stands only so
 * (`Lecture 12: ` is no tag). Alone, such a tag may be a title's own words (`12-Lead-ECG …`): it is
 * read only where a section's items repeat it (see taggedPlainly).
 */
const TAG_VENUE = String.raw `\p{L}[\p{L}\p{N}&+.]{1,15}`;
const COMPACT_TAG = new RegExp(String.raw `^(?:(?:(?:19|20)\d{2}|\d{2})-${TAG_VENUE}|${TAG_VENUE}(?:['’]\d{2}|[-'’ ]?(?:19|20)\d{2}))(?:[ \t]*[-–—:|][ \t]*|-)`, 'u');
const BRACKETED_TAG = /^(?:\[([^[\]]{3,24})\]|\(([^()]{3,24})\))[ \t]*(?:[-–—:|][ \t]*)?/u;
/** A year in a bracketed tag: four digits, or two after an apostrophe (`NSDI'20`). */
const TAG_YEAR = /(?:^|[^\d])(?:(?:19|20)\d{2}|['’]\d{2})(?!\d)/u;
/** A digit where a tag's year would be: within the longest tag either form reads. */
const TAG_DIGIT = /^[^\d\n]{0,25}\d/;
/** Sections whose items share a tag, at least, before the list is taken to write its papers so. */
const MIN_TAGGED = 3;
/** The shape of an item's opening tag (letters and digits as runs: `9-a-`), if it opens with one and a title. */
function tagShape(source, item) {
    if (!isListMarker(item.marker))
        return undefined;
    const first = source.lines[item.startLine - 1];
    // A bold item (`**20-NSDI-Title**`) shows its tag as a plain one does.
    const text = first.slice(offsetOfColumn(first, item.contentColumn)).replace(/^(?:\*\*|__)/, '');
    // Either tag holds its year within its first characters: most items hold none there.
    if (!TAG_DIGIT.test(text))
        return undefined;
    let tag = COMPACT_TAG.exec(text)?.[0];
    if (tag === undefined) {
        const bracketed = BRACKETED_TAG.exec(text);
        const inner = bracketed && (bracketed[1] ?? bracketed[2]);
        if (inner && /\p{L}{2}/u.test(inner) && TAG_YEAR.test(inner))
            tag = bracketed[0];
    }
    if (tag === undefined)
        return undefined;
    const title = text.slice(tag.length);
    // The title follows as words (not a link: a linked title is a link's item).
    if (title.startsWith('[') ||
        (title.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0) < TITLE_LINK_WORDS)
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
function taggedPlainly(source, items, linkingPapers) {
    const sections = new Map();
    for (const item of items) {
        if (!isListMarker(item.marker))
            continue;
        const key = String(item.topic ?? item.headings[item.headings.length - 1]?.line ?? 0);
        let section = sections.get(key);
        if (!section)
            sections.set(key, (section = { items: 0, shapes: new Map() }));
        section.items++;
        const shape = tagShape(source, item);
        if (shape === undefined)
            continue;
        const tagged = section.shapes.get(shape);
        if (tagged)
            tagged.push(item);
        else
            section.shapes.set(shape, [item]);
    }
    const byShape = new Map();
    for (const section of sections.values()) {
        for (const [shape, tagged] of section.shapes) {
            // Where most such items link their papers, one without its link is a paper that lost it.
            const plain = tagged.filter((item) => !linkingPapers.has(item));
            if (tagged.length < MOST_OF_A_SECTION * section.items ||
                plain.length < MOST_OF_A_SECTION * tagged.length)
                continue;
            byShape.set(shape, [...(byShape.get(shape) ?? []), ...tagged]);
        }
    }
    return new Set([...byShape.values()].filter((tagged) => tagged.length >= MIN_TAGGED).flat());
}
function hasChildHeading(headings, heading) {
    const next = headings[headings.indexOf(heading) + 1];
    return next !== undefined && next.level > heading.level;
}
function findPaperList(source, segments, filter = {}) {
    const isRoot = (heading) => filter.include ? matches(filter.include, heading) : isDefaultRoot(heading);
    const candidates = segments.headings.filter(isRoot);
    // A document title like "# Must-read papers on GNN" names the whole list; a "## Papers" with
    // categories under it is the root. A "## Survey papers" with none is itself one category.
    const withCategories = candidates.filter((h) => h.level > 1 && hasChildHeading(segments.headings, h));
    const titles = candidates.filter((h) => h.level === 1);
    const roots = new Set(filter.include
        ? candidates
        : withCategories.length > 0
            ? withCategories
            : titles.length > 0
                ? titles
                : candidates);
    const hasSubsection = new Set();
    const categories = [];
    let chain = [];
    for (const heading of segments.headings) {
        chain = [...chain.filter((h) => h.level < heading.level), heading];
        const root = chain.find((h) => roots.has(h));
        if (root && root !== heading) {
            hasSubsection.add(root);
            if (!matches(filter.exclude, heading))
                categories.push(heading.text);
        }
    }
    for (const root of roots)
        if (!hasSubsection.has(root))
            categories.push(root.text);
    const rootOf = (item) => item.headings.find((heading) => roots.has(heading));
    const fields = fieldLabels(source, segments.items);
    // An item holding one field of a paper (its label no title) is no paper unless it links one.
    const linkingPapers = new Set(segments.items.filter((item) => linksAPaper(source, item)));
    const isField = (item) => fields.size > 0 && fields.has(labelOf(source, item) ?? '') && !linkingPapers.has(item);
    const vouched = new Set([
        ...vouchedFor(source, segments.items, linkingPapers),
        ...[...taggedPlainly(source, segments.items, linkingPapers)].filter((item) => !linkingPapers.has(item)),
    ]);
    // Asked for every item under it: each heading is judged once.
    const leftOut = new Map();
    const isLeftOut = (heading) => {
        let out = leftOut.get(heading);
        if (out === undefined) {
            out = matches(filter.exclude, heading) || (!filter.include && isNewsHeading(heading.text));
            leftOut.set(heading, out);
        }
        return out;
    };
    const entries = segments.items.flatMap((item) => !item.headings.some(isLeftOut) &&
        // A row of an HTML table is a paper by what it links, wherever it stands: its table may be
        // an index of the page, or its people.
        ((rootOf(item) !== undefined && item.htmlRow === undefined) ||
            looksLikePaper(source, item, linkingPapers.has(item)) ||
            vouched.has(item)) &&
        !isField(item) &&
        !isHeadingItem(source, item)
        ? [vouched.has(item) ? { ...item, byShape: true } : item]
        : []);
    const inCategory = (item) => {
        const deepest = item.headings[item.headings.length - 1];
        if (!deepest)
            return false;
        const root = rootOf(item);
        if (root === deepest)
            return !hasSubsection.has(root);
        // A config naming the papers headings means exactly those; otherwise a paper is misplaced only
        // where it plainly does not belong: under no heading, directly above the categories, or in a
        // section about the list itself.
        if (filter.include)
            return root !== undefined;
        return !aboutTheList(deepest);
    };
    // Asked for every entry: each heading's words are read once.
    const about = new Map();
    const aboutTheList = (heading) => {
        let is = about.get(heading);
        if (is === undefined)
            about.set(heading, (is = ABOUT_THE_LIST.test(headingWords(heading.text))));
        return is;
    };
    return { entries, categories, inCategory };
}
/** The duplicate keys of one entry, read with a few regular expressions rather than a parse. */
function entryKeys(source, entry) {
    const arxivIds = new Set();
    const pages = new Set();
    for (let line = entry.startLine; line <= recordEnd(entry); line++) {
        const text = source.lines[line - 1];
        if (!text.includes('arxiv.org/'))
            continue;
        for (const match of text.matchAll(ARXIV_LINK))
            arxivIds.add(match[1].toLowerCase());
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
    const strong = firstStrong(first, offsetOfColumn(first, entry.contentColumn), link === -1 ? first.length : link);
    const bold = strong && first.slice(strong.innerStart, strong.innerEnd);
    const title = bold && !isBracketedTag(bold) ? normaliseTitle(bold) : '';
    return { arxivIds: [...arxivIds], title, pages: [...pages] };
}

/**
 * How each entry's inline structure is read: by the fast scanner when it can prove its reading,
 * else by mdast (./exact.ts, imported the first time an entry needs it). Either way the entry is
 * read through the same InlineView, with exact file positions.
 */
let exactModule;
/** The exact reader, loaded once per process on first use. */
function loadExact() {
    exactModule ??= import('./exact.js');
    return exactModule;
}
/** One parse: an entry (with the definitions it uses) longer than this, or with more markup, is not parsed. */
const MAX_EXACT_LENGTH = 4000;
const MAX_EXACT_MARKUP = 300;
/** Characters micromark pairs up or nests on: its super-linear shapes are made of them (`~~` too). */
const MARKUP = new Set([...'*_[]-<>`~'].map((ch) => ch.charCodeAt(0)));
/** What one parse costs besides its characters (setting the parser up), counted as characters. */
const PARSE_COST = 250;
/**
 * One review (or one file on the command line): what mdast may be handed in all, parse costs
 * included; a few seconds of parsing at worst. Reading a whole real list takes at most a quarter
 * of it (of 60 lists tried, the most: 1,081 entries for mdast, 0.5 M).
 */
const MAX_EXACT_PER_RUN = 2_000_000;
function exactBudget(perRun = MAX_EXACT_PER_RUN) {
    let spent = 0;
    return {
        get spent() {
            return spent;
        },
        take(lines, first, last, also = [], times = 1) {
            let length = 0;
            let markup = 0;
            const count = (text) => {
                length += text.length + 1;
                if (length > MAX_EXACT_LENGTH)
                    return false;
                for (let i = 0; i < text.length; i++)
                    if (MARKUP.has(text.charCodeAt(i)))
                        markup++;
                return true;
            };
            for (let line = first; line <= last; line++)
                if (!count(lines[line - 1]))
                    return false;
            for (const text of also)
                if (!count(text))
                    return false;
            const cost = (length + PARSE_COST) * times;
            if (markup > MAX_EXACT_MARKUP || spent + cost > perRun)
                return false;
            spent += cost;
            return true;
        },
    };
}
/**
 * Columns before a list item's text: a line after an empty line short of them falls out of the item
 * (see exactView). 0 for other blocks, whose later lines are no item's (a heading entry's body).
 */
function textIndent(block) {
    return isListMarker(block.marker) ? block.contentColumn - 1 : 0;
}
/**
 * The scanner's view of an item's lines, exact when it proves its reading of them. One view per
 * entry: the links the gate finds are the ones the entry reads, and they are let go with the entry
 * (a view kept for the whole file would hold every line's links).
 */
function provedView(lines, block, definitions) {
    const scanned = scannedView(lines);
    const title = lines[block.startLine - 1];
    const contentStart = Math.min(title.length, offsetOfColumn(title, block.contentColumn));
    const proves = scannerProves(lines, block.startLine, block.endLine, contentStart, block.contentColumn - 1, definitions, scanned.links);
    return proves ? { ...scanned, exact: true } : scanned;
}
/** Bracketed text that may name a definition's label: `[label]`, `[text][label]`, `[label][]`. */
const BRACKETED = /\[((?:[^\\[\]]|\\[^]){1,999})\]/g;
function entryReader(source, definitions, budget = exactBudget()) {
    const { lines } = source;
    let byLabel;
    const firstOfLabel = () => {
        if (byLabel)
            return byLabel;
        byLabel = new Map();
        for (const definition of definitions) {
            if (!byLabel.has(definition.label))
                byLabel.set(definition.label, definition.text);
        }
        return byLabel;
    };
    const counts = { scanned: 0, exact: 0 };
    const unread = new Set();
    const definitionsFor = (block) => {
        if (definitions.length === 0)
            return [];
        const known = firstOfLabel();
        // A label may wrap onto the next line. Past one parse's budget nothing is parsed: not read on.
        let text = '';
        for (let line = block.startLine; line <= block.endLine && text.length <= MAX_EXACT_LENGTH; line++) {
            text += `${lines[line - 1]}\n`;
        }
        const used = new Set();
        for (const match of text.matchAll(BRACKETED)) {
            const definition = known.get(normaliseLabel(match[1]));
            if (definition !== undefined)
                used.add(definition);
        }
        return [...used];
    };
    return {
        counts,
        budget,
        definitionsFor,
        unread: (block) => unread.has(block.startLine),
        view(block) {
            // A table row is read cell by cell, by the scanner.
            if (block.columns)
                return scannedView(lines);
            const proved = provedView(lines, block, definitions.length > 0);
            if (proved.exact) {
                counts.scanned++;
                return proved;
            }
            const used = definitionsFor(block);
            if (!budget.take(lines, block.startLine, block.endLine, used)) {
                counts.scanned++;
                unread.add(block.startLine);
                return proved;
            }
            counts.exact++;
            return loadExact().then((exact) => exact.exactView(lines, block.startLine, block.endLine, used, textIndent(block)));
        },
    };
}

/** What a rule's fix may change besides what every fix may. */
const MEANT = {
    // The bold title's words, corrected to the title arXiv gives the paper.
    'arxiv-metadata': { boldTitle: true },
    // Where the author line belongs: inside the item, not after it or in a code block.
    indent: { blocks: true },
    // The paper link's style: `[pdf](...)` or `[[pdf](...)]`.
    'pdf-missing': { bracketedLabel: PAPER_LABEL },
};
/** A fix longer than this is not checked, nor kept (no real entry needs one). */
const MAX_REPLACEMENT = 4000;
/**
 * For one entry: its fixes, each kept only if it leaves the entry's rendering as its rule means.
 * The reference definitions the entry uses are parsed with it, within the reader's mdast budget.
 * A field change is written through `through`'s grammar for the entry, and kept only if it reads back.
 */
function renderingGuard(source, block, reader, view, through, fileHasDefinitions = true) {
    const before = new Map();
    const definitions = reader.definitionsFor(block);
    const tail = definitions.length > 0 ? `\n\n${definitions.join('\n')}\n` : '';
    return async (rule, proposed) => {
        if (!proposed)
            return null;
        let fix;
        if ('replacement' in proposed)
            fix = proposed;
        else {
            const rendered = through && renderChange(source, through.entry, through.grammar, proposed);
            const readBack = rendered && (await readsBack(source, block, view, definitions, reader, rendered, fileHasDefinitions));
            if (!rendered || !readBack)
                return null;
            fix = rendered.fix;
        }
        const first = Math.min(block.startLine, fix.line);
        const last = Math.max(block.endLine, fix.endLine);
        const lines = source.lines;
        if (view.exact &&
            (evidentlyRendersSame(lines, fix, view) || onlyEmptyLinesChange(lines, block, fix, fileHasDefinitions)))
            return fix;
        // Two parses at most: the entry as it is (once per rule) and as fixed.
        if (fix.replacement.length > MAX_REPLACEMENT || !reader.budget.take(lines, first, last, definitions, 2)) {
            return null;
        }
        const { rendering } = await loadExact();
        const original = lines.slice(first - 1, last).join('\n');
        const fixed = [
            ...lines.slice(first - 1, fix.line - 1),
            fix.replacement,
            ...lines.slice(fix.endLine, last),
        ].join('\n');
        const options = MEANT[rule] ?? {};
        let expected = before.get(rule);
        if (expected === undefined)
            before.set(rule, (expected = rendering(original + tail, options)));
        return rendering(fixed + tail, options) === expected ? fix : null;
    };
}
/**
 * Whether the entry as fixed, read the way it was read (mdast where it was and the budget allows,
 * else the scanner) and cut again, has the shape and slot values the change meant: the fix says
 * what it means to a reader of the list as much as to a reader of the text.
 */
async function readsBack(source, block, view, definitions, reader, rendered, fileHasDefinitions) {
    const { fix, intended } = rendered;
    // The entry as fixed, alone: its lines from line 1 (both readers read an entry's own lines only,
    // and its shape and values hold no line number), not a copy of the whole file for every fix.
    const first = Math.min(block.startLine, fix.line);
    const last = Math.max(block.endLine, fix.endLine);
    const lines = [
        ...source.lines.slice(first - 1, fix.line - 1),
        ...fix.replacement.split('\n'),
        ...source.lines.slice(fix.endLine, last),
    ];
    const fixed = { lines, endings: lines.map(() => '\n'), bom: source.bom };
    const moved = movedBlock(block, block.startLine - first + 1, block.endLine + lines.length - (last - first + 1) - first + 1);
    // Read as the entry was: exactly when it was (by the scanner where it proves its reading, as
    // entryReader does, else mdast); out of mdast's budget, the scanner reads it: a reading that
    // differs from the one meant drops the fix.
    const scanned = view.exact ? provedView(lines, moved, fileHasDefinitions) : scannedView(lines);
    const again = !view.exact || scanned.exact
        ? scanned
        : reader.budget.take(lines, moved.startLine, moved.endLine, definitions, 1)
            ? (await loadExact()).exactView(lines, moved.startLine, moved.endLine, definitions, textIndent(moved))
            : scanned;
    const cut = cutEntry(fixed, parseEntry(fixed, moved, again));
    return cut.shape === intended.shape && JSON.stringify(cut.values) === JSON.stringify(intended.values);
}
/**
 * The block at other lines, its properties set in the order the reader sets a block's (segment.ts),
 * the others added after them as the block has them. A copy spread from the block is an object of
 * another shape to V8: met after thousands of the reader's own, it made V8 throw the compiled entry
 * parser away and compile it again, in a whole-file run with fixes to check. Nor is a line written
 * over once set (as copying the whole block onto the new one did): a field written again is no
 * longer constant to V8, which then throws away all the compiled code that read a block's lines.
 */
function movedBlock(block, startLine, endLine) {
    const { marker, markerColumn, contentColumn, headings } = block;
    const moved = {
        startLine,
        endLine,
        marker,
        markerColumn,
        contentColumn,
        headings,
    };
    for (const [key, value] of Object.entries(block))
        if (!Object.hasOwn(moved, key))
            moved[key] = value;
    return moved;
}
/** Characters a link destination may hold whatever they are replaced with (no space, `()<>\\`). */
const PLAIN_DESTINATION = /^[\w\-.~:/?#@!$&'*+,;=%[\]]*$/;
/**
 * The cases the entry's own (exact) view proves without parsing again, as the scanner does for
 * reading: one line, and the only change is a link's or image's written target (`](url)`, a plain
 * URL for a plain one), or white space added or taken away before a link or image that follows
 * another one or plain text.
 */
function evidentlyRendersSame(lines, fix, view) {
    if (fix.line !== fix.endLine || fix.replacement.includes('\n'))
        return false;
    const original = lines[fix.line - 1];
    const { from, to, text: inserted } = smallestEdit(original, fix.replacement);
    const removed = original.slice(from, to);
    const links = view.links(fix.line).filter((link) => link.endLine === undefined);
    const inTarget = links.some((link) => original[link.urlStart - 1] === '(' &&
        link.urlStart <= from &&
        to <= link.urlEnd &&
        PLAIN_DESTINATION.test(original.slice(link.urlStart, link.urlEnd)) &&
        PLAIN_DESTINATION.test(inserted));
    if (inTarget)
        return true;
    const blank = (text) => /^[ \t]*$/.test(text);
    if (!blank(inserted) || !blank(removed) || !links.some((right) => right.start === to))
        return false;
    // Spaces before a link or image, after another one or after plain text (a word, a full stop):
    // not after markup, whose meaning can hang on what touches it, nor in the line's indentation.
    const before = original[from - 1] ?? '';
    return (links.some((left) => left.end === from) ||
        (/[\p{L}\p{N}.,;:)?]/u.test(before) && original.slice(0, from).trim() !== ''));
}
/** A line that would begin a (footnote) definition where a block may begin: `[label]:`, `[^1]:`. */
const DEFINITION_START = /^\[[^\]]*\]:/;
/**
 * A fix that only adds or takes away empty lines after the title line of a list item the scanner
 * reads exactly (the blank-line rule's), proved without parsing. The scanner proved that every construct
 * of every line opens and closes on that line, so each line reads as it did; what an empty line
 * can change is which block a line is in. It changes nothing when, before and after the fix, no
 * line after an empty line falls out of the item (short of its text) or into a code block (four
 * spaces past it), and no line can open a block only an empty line lets open (a definition) or
 * carry lines after it lazily into its own (a quote). Paragraph breaks are not part of the rendering
 * compared: the text reads the same in one paragraph or two.
 */
function onlyEmptyLinesChange(lines, block, fix, fileHasDefinitions) {
    // A list item's lines: text that is not in one (a paragraph) has the page's margin for its own.
    if (!isListMarker(block.marker) || fix.line <= block.startLine || fix.endLine > block.endLine)
        return false;
    // Read by the scanner (an entry mdast read may have markup running from line to line).
    const title = lines[block.startLine - 1];
    const contentStart = Math.min(title.length, offsetOfColumn(title, block.contentColumn));
    const indent = block.contentColumn - 1;
    if (!scannerProves(lines, block.startLine, block.endLine, contentStart, indent, fileHasDefinitions)) {
        return false;
    }
    const replaced = lines.slice(fix.line - 1, fix.endLine);
    const replacement = fix.replacement.split('\n');
    const filled = (part) => part.filter((line) => !isBlank(line)).join('\n');
    if (filled(replaced) !== filled(replacement))
        return false;
    const original = lines.slice(block.startLine - 1, block.endLine);
    const fixed = [
        ...lines.slice(block.startLine - 1, fix.line - 1),
        ...replacement,
        ...lines.slice(fix.endLine, block.endLine),
    ];
    return staysInItsParagraphs(original, block) && staysInItsParagraphs(fixed, block);
}
/** Every line of an entry's text is a paragraph line of its item, whatever empty lines sit between. */
function staysInItsParagraphs(entryLines, block) {
    const contentIndent = block.contentColumn - 1;
    const title = entryLines[0];
    if (DEFINITION_START.test(title.slice(Math.min(title.length, offsetOfColumn(title, block.contentColumn))))) {
        return false;
    }
    let previousBlank = false;
    for (const line of entryLines.slice(1)) {
        if (isBlank(line)) {
            previousBlank = true;
            continue;
        }
        const text = line.trimStart();
        if (text.startsWith('>') || DEFINITION_START.test(text))
            return false;
        const indent = indentWidth(line);
        if (previousBlank && (indent < contentIndent || indent >= contentIndent + 4))
            return false;
        previousBlank = false;
    }
    return true;
}

/**
 * Duplicates: for a checked entry, an earlier entry (or one not being checked) with the same paper,
 * respecting a list that cross-lists papers under several sections on purpose.
 */
/** The line of an entry's deepest heading, or of the topic item it sits in (0 above every heading). */
function sectionOf(block) {
    return block.topic ?? block.headings[block.headings.length - 1]?.line ?? 0;
}
/**
 * Names each entry's section the same in the base and in the change: the path of its headings, and
 * which of the sections with that path it is (a list may have a "Conference" under every year).
 */
function sectionNames(entries) {
    const names = new Map();
    const seen = new Map();
    for (const block of entries) {
        const line = sectionOf(block);
        if (names.has(line))
            continue;
        const path = block.headings.map((heading) => heading.text).join('\n');
        const nth = seen.get(path) ?? 0;
        seen.set(path, nth + 1);
        names.set(line, `${path}\n${nth}`);
    }
    return (block) => names.get(sectionOf(block)) ?? '';
}
/**
 * When a copy of a paper under another section is deliberate, read from the list as it was (each
 * paper counted once). Measured on 58 real lists at their heads: a list that cross-lists broadly
 * (5-38% of its papers under two sections or more) does it between most of its sections; a list
 * with a few repeats (1-5%) does it between particular sections only: a paper filed under two
 * topics that overlap (the same two sections already share papers), or a section that is a view on
 * the others (surveys, datasets, "most influential", code: a quarter or more of its papers are
 * listed elsewhere too). There, a copy between two sections that never shared a paper (two years,
 * two venues, two unrelated topics) is a slip. One shared paper is a slip, not a habit.
 */
const BROAD_CROSS_LISTING_SHARE = 0.05;
const HABIT_MIN_PAPERS = 2;
const VIEW_SECTION_SHARE = 0.25;
/**
 * A list with at least this many papers under two sections or more, and four times as many such papers
 * as copies within one section, cross-lists on purpose (a survey list filing a survey under each of
 * its topics); one that re-adds papers where they already are (a slip, as often there as elsewhere)
 * does not.
 */
const ACROSS_ONLY_MIN_PAPERS = 5;
const ACROSS_ONLY_SHARE = 4;
/**
 * A list with at least this many papers under two sections or more, and three times as many such papers as
 * copies within one section, files papers under several topics on purpose (a survey under each field
 * it covers), however small a share of its papers that is: a copy between two of its topics is one
 * more. Not between sections named by when their papers appeared (a year, a venue's edition, arXiv):
 * there a second copy is a paper moved on publication and left behind, or added twice.
 */
const TOPICS_MIN_PAPERS = 3;
const TOPICS_SHARE = 3;
const DATED_SECTION = /\b(?:19|20)\d{2}\b|'\d{2}\b|\barxiv\b|\bpreprints?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;
/**
 * Finds, for a checked entry, an earlier entry (or one not being checked) with the same paper.
 * A whole-file run indexes every entry's keys (arXiv ids, normalised title), read cheaply. A PR
 * checks a few: one native regular-expression pass over the text finds the only entries that could
 * share their keys, and only those are parsed for their keys, so the other 10,000 never are.
 *
 * What the list was (`asItWas`: the base version, or the entries not being checked) decides two
 * things, and is read only when a copy is found: whether the copy is deliberate cross-listing (a
 * PR's new copy is no evidence of it), and whether it is new: a PR that edits an entry the list
 * already held twice did not make the duplicate, and is not told about it as if it had.
 */
function duplicateFinder(text, source, entries, checked, asItWas) {
    const checkedStarts = new Set(checked.map((block) => block.startLine));
    const isCandidate = (entry, line) => line !== entry.startLine && (line < entry.startLine || !checkedStarts.has(line));
    // The entries' lines by key, a map for each kind of key: looked up by the id or title itself, not
    // by a key string built anew for every entry (in a whole-file run, two for each of its entries).
    let byKey;
    const index = () => {
        if (byKey)
            return byKey;
        byKey = { arxiv: new Map(), title: new Map(), page: new Map() };
        const targeted = checked.length <= TARGETED_LOOKUP_LIMIT;
        const indexed = targeted
            ? entriesMatching(text, entries, checked.flatMap((block) => keyStrings(keysOfParsed(parseEntry(source, block))).map(keyPattern)))
            : entries;
        for (const block of indexed) {
            // The few a PR's search found are parsed (a title written as a link is a key too); a whole
            // file's are read cheaply, and a match is parsed below either way.
            const keys = targeted ? keysOfParsed(parseEntry(source, block)) : entryKeys(source, block);
            for (const { kind, value } of paperKeyList(keys)) {
                const lines = byKey[kind].get(value);
                if (lines)
                    lines.push(block.startLine);
                else
                    byKey[kind].set(value, [block.startLine]);
            }
        }
        return byKey;
    };
    let before;
    const listAsItWas = () => (before ??= asItWas().then((list) => ({ list, crossListing: crossListing(list.source, list.entries) })));
    let now;
    const crossListingNow = () => (now ??= crossListing(source, entries));
    const sectionAt = (line) => blockAt(entries, line);
    let names;
    const sectionName = () => (names ??= sectionNames(entries));
    // A title that three entries or more carry, each linking a paper of its own, is a label they share
    // (the venue a Paper column's link is named by: `[Nature Methods](…)`), not any paper's title.
    const labels = new Map();
    const isLabel = (title) => {
        let label = labels.get(title);
        if (label === undefined) {
            const lines = index().title.get(title) ?? [];
            const papers = new Set();
            for (const line of lines.length >= LABEL_MIN_ENTRIES ? lines : []) {
                const block = blockAt(entries, line);
                const other = block && parseEntry(source, block);
                const paper = other && (other.arxivIds[0] ?? keysOfParsed(other).pages[0]);
                if (paper !== undefined)
                    papers.add(paper);
            }
            label = papers.size >= LABEL_MIN_ENTRIES;
            labels.set(title, label);
        }
        return label;
    };
    const judged = async (entry, keys) => {
        for (const { kind, value } of keys) {
            if (kind === 'title' && isLabel(value))
                continue;
            for (const other of index()[kind].get(value) ?? []) {
                if (!isCandidate(entry, other))
                    continue;
                const key = keyString(kind, value);
                // The index may read keys cheaply (any arXiv URL in the entry, its first bold text); the
                // entry a finding names must really be the same paper: its own paper link, its own title.
                const block = blockAt(entries, other);
                const otherEntry = block && parseEntry(source, block);
                if (!block || !otherEntry || !keyStrings(keysOfParsed(otherEntry)).includes(key))
                    continue;
                const was = await listAsItWas();
                // A copy the list already had (as many times) is an old problem the change only edited.
                const old = was.list.source !== source &&
                    holding(was.list.source, was.list.entries, key, true) >= holding(source, entries, key);
                if (old)
                    break;
                // Two things one paper introduced (two datasets, a model and its benchmark), each named by
                // one word, are two entries citing one paper, not the paper twice.
                if (!key.startsWith('title') && namedApart(source, entry, otherEntry))
                    continue;
                // A page (a DOI, a proceedings page) is the paper's own only where the two entries say the
                // same of it: two entries citing one page for two things (two models of one paper, a
                // volume's page) are told apart by their words.
                if (key.startsWith('page') && !saidAlike(source, entry, otherEntry))
                    continue;
                // A digest (`- **[2026.05.11]**` over that day's papers) lists the sections' papers again on
                // purpose.
                if (datedGroup(entry) || datedGroup(otherEntry))
                    continue;
                const reason = key.startsWith('arxiv ')
                    ? `same arXiv id ${key.slice(6)}`
                    : key.startsWith('page ')
                        ? 'same paper link'
                        : 'same title';
                const here = sectionAt(entry.startLine);
                const across = here !== undefined && sectionOf(block) !== sectionOf(here);
                const [a, b] = across ? [sectionName()(here), sectionName()(block)] : ['', ''];
                // One arXiv id under two titles written as titles is a wrong link or the paper again under
                // another name (a preprint's and its venue's): asked about wherever it is, but where the
                // same authors wrote both, titled as two versions of one title, under two sections the list
                // files its papers under on purpose (a survey under each field it covers).
                const [titled, otherTitled] = [titleOfPaper(entry), titleOfPaper(otherEntry)];
                if (key.startsWith('arxiv') && !sameTitle(titled, otherTitled)) {
                    const versions = versionTitles(titled, otherTitled) && authoredAlike(source, entry, otherEntry);
                    if (across && versions && was.crossListing.deliberate(a, b))
                        continue;
                    return { line: other, reason, otherTitle: true };
                }
                if (across) {
                    if (was.crossListing.deliberate(a, b))
                        continue;
                    // A change that copies two papers or more between the same two sections (a benchmark's
                    // papers into its own section) does it on purpose; one copy is no evidence.
                    if (crossListingNow().shared(a, b) - was.crossListing.shared(a, b) >= HABIT_MIN_PAPERS)
                        continue;
                    // A change that brings a paper new to the list under two sections at once files it under
                    // both on purpose (a survey under each field it covers).
                    if (was.list.source !== source && holding(was.list.source, was.list.entries, key, true) === 0)
                        continue;
                }
                // One title over author lines that share no name is two papers (a survey's title reused).
                if (key.startsWith('title') && authoredApart(source, entry, otherEntry))
                    continue;
                if (key.startsWith('title') && linkOtherPapers(entry, otherEntry))
                    return { line: other, reason, otherPaper: true };
                const otherTitle = key.startsWith('arxiv') &&
                    !sameTitle(normaliseTitle(entry.title.text), normaliseTitle(otherEntry.title.text));
                return { line: other, reason, otherTitle };
            }
        }
        return undefined;
    };
    // Nearly every entry shares no key with another it could copy: answered at once, not in a
    // promise (a whole-file run's await for each of its 10,000 entries cost more than the lookups).
    return (entry) => {
        const keys = paperKeyList(keysOfParsed(entry));
        const anyCandidate = keys.some(({ kind, value }) => (index()[kind].get(value) ?? []).some((other) => isCandidate(entry, other)));
        return anyCandidate ? judged(entry, keys) : undefined;
    };
}
/**
 * A parsed entry's keys. Its title only when written as one (see titleOfPaper): a plain first
 * phrase may be a dataset's description that two entries about one benchmark share.
 */
function keysOfParsed(entry) {
    // A page is a key only of a paper with no arXiv id (see paperKeys).
    const pages = new Set();
    if (entry.arxivIds.length === 0)
        for (const link of entry.links)
            if (isOtherPaperPage(link))
                pages.add(paperPageKey(link.url));
    return { arxivIds: entry.arxivIds, title: titleOfPaper(entry), pages: [...pages] };
}
/**
 * The keys that identify an entry's paper. Its arXiv id, only when it links one paper: an item with
 * several (a category whose sub-items are read into it, an entry citing its predecessor) shares an
 * id with another entry without being that paper. Its title, only of two words or more: a single
 * bold word is a tag or a name (`**Triton**`, `**CVPR**`, `**surv.**`) that many papers share.
 */
function paperKeys({ arxivIds, title, pages }) {
    return {
        arxivIds: arxivIds.length === 1 ? arxivIds : [],
        title: title.includes(' ') ? title : '',
        // The page of a paper with no arXiv id (a DOI, a proceedings page), the only one it links.
        pages: arxivIds.length === 0 && pages.length === 1 ? pages : [],
    };
}
/** An entry's paper keys, its arXiv id first. */
function paperKeyList(keys) {
    const { arxivIds, title, pages } = paperKeys(keys);
    // Pushed onto an empty array for every entry (not onto one `map` made): arrays of one kind.
    const list = [];
    for (const id of arxivIds)
        list.push({ kind: 'arxiv', value: id });
    if (title)
        list.push({ kind: 'title', value: title });
    for (const page of pages)
        list.push({ kind: 'page', value: page });
    return list;
}
/** A key as one string: an arXiv id, a title and a page never collide. */
function keyString(kind, value) {
    return `${kind} ${value}`;
}
/** An entry's paper keys as one set of strings. */
function keyStrings(keys) {
    return paperKeyList(keys).map(({ kind, value }) => keyString(kind, value));
}
/**
 * An entry's normalised title when it is written as one (bold, or the link to the paper) and has
 * two words or more; else '' (unknown). Only such a title can tell two papers apart: a plain
 * first phrase may be the authors (`Heuer, F., … [Title](url)`), a dataset's name, or a tag; a bold
 * date (`- **[2026.05.11]**` over that day's papers in a digest) is none (see datedGroup).
 */
function titleOfPaper(entry) {
    const title = normaliseTitle(entry.title.text);
    const written = (entry.title.bold && !isBracketedTag(entry.title.text)) || entry.title.url !== undefined;
    return written && title.includes(' ') && !datedGroup(entry) ? title : '';
}
/**
 * Whether two entries of one title link two papers: two arXiv ids, or one page of one site asked for
 * two ids (`openreview.net/pdf?id=…`). A preprint and its venue's page are one paper on two sites or
 * two DOIs; a paper's PDF and its forum one paper on two pages.
 */
function linkOtherPapers(entry, other) {
    if (entry.arxivIds.length > 0 && other.arxivIds.length > 0)
        return !entry.arxivIds.some((id) => other.arxivIds.includes(id));
    const paperPage = (item) => {
        const link = item.links.find(isPaperLink);
        return link && URL.canParse(link.url) ? new URL(link.url) : undefined;
    };
    const [a, b] = [paperPage(entry), paperPage(other)];
    return (a !== undefined &&
        b !== undefined &&
        a.host === b.host &&
        a.pathname === b.pathname &&
        a.search !== '' &&
        a.search !== b.search);
}
/**
 * Whether two entries say the same of their paper: their titles, where both write one, are one
 * paper's; and most of the words of their lines (links' targets, markup and tags left out) are
 * shared. Two things one page is cited for (two models of one paper, two papers of one volume) are
 * named and described apart.
 */
function saidAlike(source, entry, other) {
    const [a, b] = [titleOfPaper(entry), titleOfPaper(other)];
    if (a !== '' && b !== '' && !sameTitle(a, b))
        return false;
    const { shared, longer } = wordsShared(entryWords(source, entry), entryWords(source, other));
    return longer > 0 && shared / longer >= SAME_TITLE_SHARE;
}
/** An entry's words as one normalised string: its lines' text without links' targets or HTML tags. */
function entryWords(source, entry) {
    return normaliseTitle(source.lines
        .slice(entry.startLine - 1, entry.endLine)
        .join(' ')
        .replace(/\]\([^)\s]*\)/g, '] ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/\bhttps?:\/\/\S+/g, ' '));
}
/** Words of names that two author lines share without naming one person. */
const NOT_A_NAME = new Set(['and', 'et', 'al', 'others', 'etc']);
/** The words of an entry's author names (initials left out: `Hu` is a name, `J.` is not). */
function nameWords(source, entry) {
    const { authors } = entry;
    if (!authors)
        return new Set();
    const names = source.lines[authors.line - 1].slice(authors.namesStart, authors.namesEnd);
    const words = names
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .match(/\p{L}{2,}/gu) ?? [];
    return new Set(words.filter((word) => !NOT_A_NAME.has(word)));
}
/** Whether both entries name their authors and every name of the shorter author line is in the other. */
function authoredAlike(source, entry, other) {
    const [a, b] = [nameWords(source, entry), nameWords(source, other)].sort((x, y) => x.size - y.size);
    return a.size > 0 && [...a].every((word) => b.has(word));
}
/** Whether both entries name their authors and the two author lines share no name. */
function authoredApart(source, entry, other) {
    const [a, b] = [nameWords(source, entry), nameWords(source, other)];
    return a.size > 0 && b.size > 0 && ![...a].some((word) => b.has(word));
}
/**
 * An item whose bold text is a date (no letter, a year: `**[2026.05.11]**`, `**2023**`) over the papers
 * of that day or week. A reference number (`**[7]** Authors, "Title"`) numbers one paper.
 */
function datedGroup(entry) {
    return entry.title.bold && !/\p{L}/u.test(entry.title.text) && /\d{4}/.test(entry.title.text);
}
/**
 * Whether two entries open with a name of one word each (`**LegalLAMA**:`, `**LeXFiles**:`), and
 * differently. A number (`**[7]**`, a reading list's reference number) names no thing.
 */
function namedApart(source, entry, other) {
    const nameOf = (item) => /^(\*\*|__)([^\s*_]*\p{L}[^\s*_]*)\1/u
        .exec(lineContent(source.lines[item.startLine - 1]))?.[2]
        .toLowerCase();
    const [a, b] = [nameOf(entry), nameOf(other)];
    return a !== undefined && b !== undefined && a !== b;
}
/**
 * Whether two normalised titles name the same paper: equal, one inside the other (`(ELMo) Deep
 * contextualized…`), or sharing most of their words that say something (`a`, `of`, `with` do not:
 * "Causal Inference with Large Language Model: A Survey" is not "Large Language Models and Causal
 * Inference in Collaboration: A Comprehensive Survey"). An empty title could be anything.
 */
function sameTitle(a, b) {
    if (a === '' || b === '' || a.includes(b) || b.includes(a))
        return true;
    const { shared, longer } = wordsShared(a, b);
    return shared / Math.max(longer, 1) >= SAME_TITLE_SHARE;
}
/**
 * Whether two normalised titles are one paper's under two of its versions: the shorter's words that
 * say something are half of them or more in the other ("A Survey on Assessing the Generalization
 * Envelope of Deep Neural Networks at Inference Time…" and "…: Predictive Uncertainty, Out-of-
 * distribution and Adversarial Samples"), not another paper's ("Accented Speech Recognition: A Survey").
 */
function versionTitles(a, b) {
    const { shared, shorter } = wordsShared(a, b);
    return shorter > 0 && shared / shorter >= VERSION_TITLE_SHARE;
}
/** How many words that say something two titles share, and how many each has (the longer, the shorter). */
function wordsShared(a, b) {
    const meaningful = (title) => new Set(title.split(' ').filter((word) => !FUNCTION_WORDS.has(word)));
    const words = meaningful(a);
    const other = meaningful(b);
    const shared = [...other].filter((word) => words.has(word)).length;
    return { shared, longer: Math.max(words.size, other.size), shorter: Math.min(words.size, other.size) };
}
const SAME_TITLE_SHARE = 0.7;
const VERSION_TITLE_SHARE = 0.5;
const FUNCTION_WORDS = new Set('a an the of for with and or in on to via by from at as is are its into towards toward using'.split(' '));
/**
 * Reads a list's cross-listing from its entries (see BROAD_CROSS_LISTING_SHARE), its papers known
 * by their arXiv ids and titles (as the shares above were measured), and again known by their pages
 * too (a DOI, a proceedings page: the only key of a list's papers that link no arXiv page and write
 * their titles as links): a habit either reading shows is the list's.
 */
function crossListing(source, entries) {
    const sectionName = sectionNames(entries);
    const keys = entries.map((block) => entryKeys(source, block));
    const [byIds, byPages] = [false, true].map((pages) => crossListingOf(entries.map((block, at) => ({
        keys: keyStrings(pages ? keys[at] : { ...keys[at], pages: [] }),
        section: sectionName(block),
    }))));
    return {
        deliberate: (a, b) => byIds.deliberate(a, b) || byPages.deliberate(a, b),
        shared: (a, b) => Math.max(byIds.shared(a, b), byPages.shared(a, b)),
    };
}
/** The cross-listing of papers, each given as its keys and the section it is listed in. */
function crossListingOf(filed) {
    const papers = new PaperSets();
    for (const { keys, section } of filed)
        papers.add(keys, section);
    const listed = papers.sectionsOfEach();
    const crossListed = listed.filter((sections) => sections.size > 1);
    // A list whose repeats (nearly) all sit in other sections than their first copy files papers under several
    // topics on purpose, however few: a slip re-adds a paper where it already is as often as elsewhere.
    // At least `min` papers under two sections or more, `share` times the copies within one section.
    const acrossOften = (min, share) => crossListed.length >= min && papers.repeatedWithin * share <= crossListed.length;
    const onlyAcross = acrossOften(ACROSS_ONLY_MIN_PAPERS, ACROSS_ONLY_SHARE);
    const broad = onlyAcross ||
        (crossListed.length >= HABIT_MIN_PAPERS &&
            crossListed.length >= BROAD_CROSS_LISTING_SHARE * listed.length);
    const sharedByPair = new Map();
    const papersIn = new Map();
    const crossListedIn = new Map();
    for (const sections of listed)
        for (const section of sections)
            increment(papersIn, section);
    for (const sections of crossListed) {
        for (const section of sections) {
            increment(crossListedIn, section);
            for (const other of sections)
                if (section < other)
                    increment(sharedByPair, pairKey(section, other));
        }
    }
    const isView = (section) => {
        const count = crossListedIn.get(section) ?? 0;
        return count >= HABIT_MIN_PAPERS && count >= VIEW_SECTION_SHARE * (papersIn.get(section) ?? 0);
    };
    const shared = (a, b) => sharedByPair.get(pairKey(a, b)) ?? 0;
    const byTopic = acrossOften(TOPICS_MIN_PAPERS, TOPICS_SHARE);
    const topical = (section) => !DATED_SECTION.test(section);
    return {
        deliberate: (a, b) => broad ||
            shared(a, b) >= HABIT_MIN_PAPERS ||
            isView(a) ||
            isView(b) ||
            (byTopic && topical(a) && topical(b)),
        shared,
    };
}
function pairKey(a, b) {
    return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
/**
 * How many of the entries hold the paper of `key` (by their parsed keys): only the entries whose
 * text could hold it are parsed. `anyTitle` also counts a title in any form: the list as it was may
 * have had both copies before the change made their titles bold.
 */
function holding(source, entries, key, anyTitle = false) {
    return entriesMatching(textOf(source), entries, [keyPattern(key)]).filter((block) => {
        const entry = parseEntry(source, block);
        const keys = keyStrings(keysOfParsed(entry));
        // A plain title is read up to the links, with the venue after it: it starts with the title.
        return keys.includes(key) || (anyTitle && `title ${normaliseTitle(entry.title.text)}`.startsWith(key));
    }).length;
}
const texts = new WeakMap();
function textOf(source) {
    let text = texts.get(source);
    if (text === undefined)
        texts.set(source, (text = source.lines.join('\n')));
    return text;
}
/** A search pattern for an entry's text that could hold a key (see titlePattern). */
function keyPattern(key) {
    if (key.startsWith('page '))
        return escapeRegExp(key.slice(5).replace(/^doi:/, ''));
    return key.startsWith('arxiv ') ? escapeRegExp(key.slice(6)) : titlePattern(key.slice(6));
}
/** Papers as sets of keys (union-find): an entry joins every paper it shares a key with. */
class PaperSets {
    parent = new Map();
    sections = new Map();
    /** Copies of a paper in a section that lists it already. */
    repeatedWithin = 0;
    add(keys, section) {
        if (keys.length === 0)
            return;
        const root = keys.map((key) => this.root(key)).reduce((a, b) => this.join(a, b));
        const seen = this.sections.get(root) ?? new Set();
        if (seen.has(section))
            this.repeatedWithin++;
        seen.add(section);
        this.sections.set(root, seen);
    }
    /** For each paper, the sections that list it. */
    sectionsOfEach() {
        return [...this.sections.values()];
    }
    root(key) {
        if (!this.parent.has(key))
            this.parent.set(key, key);
        let root = key;
        while (this.parent.get(root) !== root)
            root = this.parent.get(root);
        // Path compression: later look-ups of this key are one step.
        for (let at = key; at !== root;) {
            const next = this.parent.get(at);
            this.parent.set(at, root);
            at = next;
        }
        return root;
    }
    /** Merges two papers (their sections too); returns the surviving root. */
    join(a, b) {
        if (a === b)
            return a;
        this.parent.set(b, a);
        const merged = this.sections.get(a) ?? new Set();
        for (const section of this.sections.get(b) ?? [])
            merged.add(section);
        this.sections.delete(b);
        if (merged.size > 0)
            this.sections.set(a, merged);
        return a;
    }
}
/** Up to this many checked entries, duplicates are searched for rather than indexed. */
const TARGETED_LOOKUP_LIMIT = 16;
/** Entries, each linking another paper, that make a title they all carry a label (see isLabel). */
const LABEL_MIN_ENTRIES = 3;
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The entries holding a line that any of the patterns matches, in one pass over the text. */
function entriesMatching(text, entries, patterns) {
    if (patterns.length === 0)
        return [];
    const found = new Set();
    for (const line of linesMatching(text, new RegExp(patterns.join('|'), 'gim'))) {
        const block = blockAt(entries, line);
        if (block)
            found.add(block);
    }
    return [...found].sort((a, b) => a.startLine - b.startLine);
}
/**
 * Matches wherever the normalised title could start: its first words in order, anything
 * non-alphanumeric between them, any case, and any accent on a letter (a normalised title has lost
 * its accents, the list's text has not). A title with other letters matches every line start; the
 * exact key is compared afterwards either way.
 */
function titlePattern(normalised) {
    if (!/^[a-z0-9 ]*$/.test(normalised))
        return '^';
    const word = (w) => [...w].map((ch) => ACCENTED[ch] ?? ch).join('');
    // The first words are enough to narrow the search, and keep the scan linear on any title.
    return normalised.split(' ').slice(0, TITLE_PATTERN_WORDS).map(word).join('[^a-z0-9]+');
}
/** Letters and their common precomposed accented forms. */
const ACCENTED = {
    a: '[aàáâãäåāą]',
    c: '[cçćč]',
    e: '[eèéêëēęě]',
    i: '[iìíîïī]',
    l: '[lł]',
    n: '[nñńň]',
    o: '[oòóôõöøō]',
    s: '[sśš]',
    u: '[uùúûüūů]',
    y: '[yýÿ]',
    z: '[zźżž]',
};
const TITLE_PATTERN_WORDS = 8;
/** 1-based numbers of the lines where `pattern` (global) matches, each once, in order. */
function linesMatching(text, pattern) {
    const lines = [];
    let line = 1;
    let lineStart = 0;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < match.index; nl = text.indexOf('\n', lineStart)) {
            line++;
            lineStart = nl + 1;
        }
        lines.push(line);
        // One match is enough for a line: the search goes on from the next one, so a long line of
        // repeated words is scanned once, not once per match.
        const end = text.indexOf('\n', match.index);
        if (end === -1)
            break;
        line++;
        lineStart = end + 1;
        pattern.lastIndex = lineStart;
    }
    return lines;
}
/** The entry whose lines include `line` (entries are in file order). */
function blockAt(entries, line) {
    let lo = 0;
    let hi = entries.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (entries[mid].endLine < line)
            lo = mid + 1;
        else if (entries[mid].startLine > line)
            hi = mid - 1;
        else
            return entries[mid];
    }
    return undefined;
}

/** Entries a change only moved or renumbered: not written by the change, so not checked. */
/** A line as compared for moves: no indentation, no list number, no trailing space. */
function movable(line) {
    return line.trim().replace(/^\d{1,9}([.)])\s+/, '#$1 ');
}
/**
 * Whether an entry's changed lines all appear among the lines the change removed: it was moved
 * (a reorder) or renumbered (an insertion above it in a numbered list), not written by the change.
 * An entry the change only took a line out of has no changed line, and is still checked, unless
 * every line the change removed is back elsewhere (a pure reorder: its neighbours were not edited).
 */
function movedEntry(source, change) {
    if (!change.removed || change.removed.length === 0)
        return () => false;
    const removed = new Set(change.removed.map(movable));
    const removedAsIs = new Set(change.removed);
    const added = new Set();
    for (const [from, to] of change.changed.ranges) {
        for (let line = from; line <= Math.min(to, source.lines.length); line++)
            added.add(movable(source.lines[line - 1]));
    }
    const moved = [...removed].filter((text) => text !== '');
    const pureMove = moved.length > 0 && moved.every((text) => added.has(text));
    return (block) => {
        let changedLines = 0;
        for (let line = block.startLine; line <= block.endLine; line++) {
            if (!hasLine(change.changed, line))
                continue;
            const text = movable(source.lines[line - 1]);
            if (text !== '' && !removed.has(text))
                return false;
            // A line emptied to its indent (not a blank line moved with the entry) lost its text here.
            if (text === '' && source.lines[line - 1] !== '' && !removedAsIs.has(source.lines[line - 1]))
                return false;
            if (leftTheItem(source, block, line))
                return false;
            changedLines++;
        }
        return changedLines > 0 || pureMove;
    };
}
/**
 * Whether a line of the entry stands, after an empty line, left of the item's text: it renders
 * outside the item. Indentation is otherwise not compared for moves (a renumbered item's lines
 * shift with its number), but a line the change took out of its item was not moved with it.
 */
function leftTheItem(source, block, line) {
    return (line > block.startLine &&
        isBlank(source.lines[line - 2]) &&
        indentWidth(source.lines[line - 1]) < block.contentColumn - 1);
}
/**
 * Items a change made of a line it took out of an entry: the item's first line was a later line of
 * a paper entry in the base, indented under it (an author sub-bullet, a link line), and the change
 * moved it left, where it starts an item of its own and the entry above loses it. Its text is all
 * there still, so it reads as a moved line; it is the entry's line put in the wrong place. Answers
 * the indent the line had in its entry, or undefined. The base is read only when a changed line's
 * text was removed at a deeper indent.
 */
async function takenOutOfEntries(source, change, baseList) {
    const none = () => undefined;
    if (!change.removed || change.removed.length === 0)
        return none;
    const deepest = new Map();
    for (const line of change.removed) {
        const text = line.trim();
        if (text !== '')
            deepest.set(text, Math.max(deepest.get(text) ?? 0, indentWidth(line)));
    }
    const shallower = (line) => indentWidth(line) < (deepest.get(line.trim()) ?? 0);
    let candidates = false;
    for (const [from, to] of change.changed.ranges) {
        for (let line = from; line <= Math.min(to, source.lines.length); line++)
            candidates ||= shallower(source.lines[line - 1]);
    }
    const before = candidates ? await baseList() : undefined;
    if (!before)
        return none;
    const indentThen = new Map();
    for (const block of before.entries) {
        const lines = before.source.lines.slice(block.startLine, block.endLine);
        const moved = lines.filter((line) => deepest.get(line.trim()) === indentWidth(line) && indentWidth(line) > 0);
        if (moved.length === 0 || parseEntry(before.source, block).kind !== 'paper')
            continue;
        for (const line of moved)
            indentThen.set(line.trim(), indentWidth(line));
    }
    return (block) => {
        const line = source.lines[block.startLine - 1];
        if (!hasLine(change.changed, block.startLine))
            return undefined;
        const then = indentThen.get(line.trim());
        if (then === undefined || indentWidth(line) >= then)
            return undefined;
        // A line that is a paper of its own (nested under a topic the list read as one item) may be
        // lifted out of it; the lines under it that came along are not its own.
        const item = parseEntry(source, block);
        const ownPaper = item.links.some((link) => link.line === block.startLine && (link.isTitle || isPaperLink(link)));
        return ownPaper || item.title.url !== undefined ? undefined : then;
    };
}
/**
 * An item's text that is italic names but for the space after the opening star (`* A. One, B. Two*`):
 * no star unescaped before the closing one, then at most a line break (`<br>`, `\\`).
 */
const NAMES_AFTER_A_SPACE = /^(?:\\\*|[^*\s])(?:\\\*|[^*])*,(?:\\\*|[^*])*[^\s\\]\*\s*(?:<br\s*\/?>|\\)?\s*$/i;
/**
 * Items that are the author line of the paper right above them written `* Names*` for `*Names*`:
 * after a space the star is a list marker, so the names (and the lines under them, its links) start
 * an item of their own, and the entry above is left with its title alone. Answers the first line of
 * each such item; read off the text, so it holds in a whole-file run as in a change.
 */
function authorLinesSplitOff(source, entries) {
    const split = new Set();
    for (let at = 1; at < entries.length; at++) {
        const [above, item] = [entries[at - 1], entries[at]];
        if (item.marker !== '*' || above.marker !== '*' || item.startLine !== above.endLine + 1)
            continue;
        if (item.contentColumn !== above.contentColumn)
            continue;
        const first = source.lines[item.startLine - 1];
        if (!NAMES_AFTER_A_SPACE.test(first.slice(offsetOfColumn(first, item.contentColumn))))
            continue;
        if (parseEntry(source, above).authors === undefined)
            split.add(item.startLine);
    }
    return split;
}

/** The trait each written rule fixes: the guide's word holds even when the whole list moves away. */
const WRITTEN_TRAIT = {
    'blank-line': 'blankLineBeforeAuthors',
    'arxiv-abs': 'arxivLink',
    'badge-missing': 'badges',
};
/**
 * Whether the entries a change wrote keep every trait the base kept clearly: a trait is lost when
 * they show it and disagree on it (no clear majority). A trait they do not show at all (no bold
 * title left to punctuate) is not lost: the new form simply has no such part.
 */
function keepsItsConsistency(before, after) {
    return Object.keys(before.convention).every((trait) => {
        const shown = after.evidence[trait];
        const disagree = shown !== undefined && shown.agree < shown.of;
        return before.convention[trait] === null || after.convention[trait] !== null || !disagree;
    });
}
/**
 * The style a change that rewrote most entries is held to. When the entries it wrote agree among
 * themselves as clearly as the base's entries did, it restyles the list: what it changed is the
 * maintainer's call, so a trait the base and the new entries hold differently is not enforced (a
 * restyle never makes a demand the list did not make before, nor keeps one it dropped), and the new
 * entries' own grammar is the one to follow. Traits both agree on, and written rules, still hold.
 * Otherwise the base holds.
 */
function styleAfterSweep(before, after) {
    if (!keepsItsConsistency(before, after))
        return before;
    const written = new Set(before.convention.writtenRules.map((rule) => WRITTEN_TRAIT[rule]));
    const convention = Object.fromEntries(Object.keys(before.convention).map((trait) => {
        const held = before.convention[trait];
        const agreed = written.has(trait) || JSON.stringify(held) === JSON.stringify(after.convention[trait]);
        return [trait, agreed || trait === 'writtenRules' ? held : null];
    }));
    return { ...after, convention };
}

/** Whether a check (a rule, or one of the audit's) is switched off at a line of an entry. */
function suppression(directives) {
    if (directives.length === 0)
        return () => false;
    const names = (directive, rule) => directive.rules.length === 0 || directive.rules.includes(rule);
    return (rule, line, entry) => {
        let disabled = false;
        for (const directive of directives) {
            if (directive.kind === 'disable-next-line') {
                const target = directive.line + 1;
                if (names(directive, rule) && (target === line || target === entry.startLine))
                    return true;
            }
            else if (directive.line < line && names(directive, rule)) {
                disabled = directive.kind === 'disable';
            }
        }
        return disabled;
    };
}

/** The form of each of the entry's arXiv links (`abs` or `pdf`), where it is written. */
function arxivForms(entry) {
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
function paperPage(entry) {
    const arxiv = arxivForms(entry)[0];
    if (arxiv)
        return arxiv.value;
    const link = entry.links.find((link) => isPaperLink(link));
    return link && (PDF_URL.test(link.url.trim()) ? 'pdf' : 'other');
}
/** How many links to arXiv's abstract pages a text holds, read once a text. */
const abstractLinks = new WeakMap();
function abstractLinksIn(lines) {
    let n = abstractLinks.get(lines);
    if (n === undefined) {
        n = 0;
        for (const line of lines)
            if (line.includes('arxiv.org/abs/'))
                n += line.split('arxiv.org/abs/').length - 1;
        abstractLinks.set(lines, n);
    }
    return n;
}
const arxivAbs = {
    id: 'arxiv-abs',
    severity: 'warning',
    severityNote: "error where the list's contribution guide asks for `/abs/` links",
    description: 'arXiv papers link the page the list links: the abstract (`/abs/`), or the PDF where the list does.',
    scope: 'line',
    check(entry, { convention, changesOwnWay, nearby, source }) {
        // The list's own form, both ways: in a list that keeps /pdf/ links (often labelled `pdf`) an
        // abstract page is the odd one out, as a PDF is in a list that keeps /abs/.
        const form = convention.arxivLink;
        if (form === null)
            return [];
        // A new section whose entries all link the other page is written so on purpose: its author's choice.
        if (changesOwnWay(entry, arxivForms, (kind) => kind === form, 'new-section'))
            return [];
        // The abstract page is arXiv's own landing page for a paper, never wrong in itself: a list that
        // links PDFs asks for its form only of a contributor who linked it once (a slip; one who links
        // abstracts for two papers or more does so on purpose, and the list's entries from now on are
        // mixed), and where every entry around this one links the PDF too.
        if (form === 'pdf') {
            if (changesOwnWay(entry, arxivForms, (kind) => kind === form, 'habit'))
                return [];
            // Every entry around it that links arXiv links its PDF; or, in a list that links no abstract
            // page but this entry's, every one around it links its paper's PDF, wherever (a list of PDFs,
            // arXiv's among them, which few entries around a paper may show).
            const near = nearby(entry);
            const around = near.flatMap(arxivForms);
            const own = arxivForms(entry).filter(({ value }) => value === 'abs').length;
            const pages = abstractLinksIn(source.lines) <= own ? near.map(paperPage) : [];
            const pdfs = pages.length > 0 && pages.every((page) => page === 'pdf');
            if (!pdfs && (around.length === 0 || around.some(({ value }) => value === 'abs')))
                return [];
        }
        const severity = form === 'abs' && convention.writtenRules.includes('arxiv-abs') ? 'error' : 'warning';
        return entry.links.flatMap((link) => {
            const wanted = arxivUrlOf(undefined, link.url, form);
            if (wanted === undefined)
                return [];
            // The page linked: the other form, or another of arXiv's pages (`/html/`).
            const kind = parseArxivUrl(link.url)?.kind;
            const page = kind === 'abs' ? 'the abstract page' : kind === 'pdf' ? 'the PDF' : `its \`/${kind}/\` page`;
            const message = form === 'abs'
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

/** The entry's own arXiv link (its first), and the record arXiv has for it. */
function paperOf(entry, context) {
    const id = entry.arxivIds[0];
    const record = id === undefined ? undefined : context.paperRecord(id);
    const link = entry.links.find((l) => parseArxivUrl(l.url)?.id === id);
    return record === undefined || !link ? undefined : { link, record };
}
/** A line of the entry with its links and badges blanked out (by their parsed positions, in one pass). */
function withoutLinks(entry, source, line) {
    const text = source.lines[line - 1];
    const spans = [...entry.links, ...entry.badges]
        .filter((link) => link.line === line)
        .sort((a, b) => a.column - b.column);
    const parts = [];
    let at = 0;
    for (const span of spans) {
        const start = Math.max(at, span.column - 1);
        parts.push(text.slice(at, start), ' '.repeat(Math.max(0, span.endColumn - 1 - start)));
        at = Math.max(at, span.endColumn - 1);
    }
    parts.push(text.slice(at));
    return parts.join('');
}
/** The author line's names: its text without links. */
function authorText(entry, source) {
    if (!entry.authors)
        return undefined;
    return withoutLinks(entry, source, entry.authors.line).slice(entry.authors.column - 1);
}
/** `Hu et al.`, `Li and Liang`, or `Sanh`: who wrote it, short. */
function byline(record) {
    const [first, second] = record.authors.map(surname);
    if (record.authors.length > 2)
        return `${first} et al.`;
    return second ? `${first} and ${second}` : (first ?? 'unknown authors');
}
/** The record's title as the list would write it in this entry, or undefined where no fix is safe. */
function recordTitle(entry, record, context) {
    // Markdown or TeX in arXiv's title would need rewriting by hand.
    if (/[*_`[\]<>\\$|]/.test(record.title) || !titleExtentCertain(entry))
        return undefined;
    return expectedTitle(entry, context.convention, record.title);
}
/** Years and dates the entry gives (`ICML 2019`, `[2023/10]`, `2023.4.28`), with where they stand. */
function datesOf(entry, source) {
    const line = withoutLinks(entry, source, entry.title.line);
    const dates = [];
    for (const match of line.matchAll(/\b((?:19|20)\d{2})(?:[./-](\d{1,2})\b)?/g)) {
        const inTitle = match.index >= entry.title.column - 1 && match.index < entry.title.endColumn - 1;
        const month = match[2] !== undefined ? Number(match[2]) : undefined;
        if (inTitle || (month !== undefined && (month < 1 || month > 12)))
            continue;
        dates.push({ text: match[0], year: Number(match[1]), month, column: match.index + 1 });
    }
    return dates;
}
/** What the author line says of the record: its first author first (same paper), someone else, or nothing. */
function authorsSay(authors, record) {
    if (authors === undefined || authors.trim() === '')
        return 'nothing';
    return writesFirstAuthor(authors, record) ? 'same' : 'other';
}
/**
 * The title against the record's. The author line settles what titles cannot: the record's first
 * author first on it is the same paper (renamed since, perhaps); someone else first makes even a
 * close title doubtful. `another paper` when the link is clearly some other paper's.
 */
function titleProblem(entry, record, authors, context) {
    // A title whose extent the parser is unsure of (markup, a date before it) is not compared.
    if (!titleExtentCertain(entry))
        return undefined;
    const match = compareTitles(entry.title.text, record.title);
    if (match === 'same')
        return undefined;
    const people = authorsSay(authors, record);
    if (match === 'different' && people !== 'same')
        return 'another paper';
    const { line, column } = entry.title;
    if (people === 'same' || (match === 'close' && people === 'nothing')) {
        const written = recordTitle(entry, record, context);
        const write = written ? `: write ${code(written)}` : '';
        return {
            line,
            column,
            message: `arXiv titles this paper ${code(record.title)}${write}.`,
            aspect: 'title',
        };
    }
    return { line, column, message: `${recordName(record)}: check that the link is this entry's paper.` };
}
/** A date in the entry before the paper's first submission, unless the record names that year. */
function dateProblem(entry, record, source) {
    const published = /^(\d{4})-(\d{2})/.exec(record.published);
    if (!published)
        return undefined;
    const [year, month] = [Number(published[1]), Number(published[2])];
    // A venue year the record itself names (a paper posted after its conference) is no mistake.
    const named = `${record.journalRef ?? ''} ${record.comment ?? ''}`;
    const early = datesOf(entry, source).find((date) => (date.year < year || (date.year === year && date.month !== undefined && date.month < month)) &&
        !named.includes(String(date.year)));
    if (!early)
        return undefined;
    return {
        line: entry.title.line,
        column: early.column,
        message: `arXiv ${record.id} was first submitted on ${record.published.slice(0, 10)}: this entry says ${early.text}.`,
    };
}
function recordName(record) {
    return `arXiv ${record.id} is ${code(record.title)} (${byline(record)})`;
}
const arxivMetadata = {
    id: 'arxiv-metadata',
    severity: 'error',
    severityNote: "warning for a title, date or first author that differs from arXiv's",
    description: "An entry's arXiv link points to its own paper: the title, date and first author agree with arXiv's record.",
    scope: 'line',
    check(entry, context) {
        const paper = entry.kind === 'paper' ? paperOf(entry, context) : undefined;
        if (!paper)
            return [];
        const { link, record } = paper;
        if (record === null) {
            const message = `arXiv has no paper ${code(entry.arxivIds[0])}: check the link.`;
            return [{ line: link.line, column: link.urlColumn, message }];
        }
        const authors = authorText(entry, context.source);
        const title = titleProblem(entry, record, authors, context);
        if (title === 'another paper') {
            // A link copied from the entry next to it: nothing else about the record applies here.
            const message = `This links to another paper: ${recordName(record)}. Link this entry's own paper.`;
            return [{ line: link.line, column: link.urlColumn, message }];
        }
        const firstAuthor = record.authors[0];
        const missing = entry.authors && authors !== undefined && firstAuthor && !namesAuthor(authors, firstAuthor)
            ? {
                line: entry.authors.line,
                column: entry.authors.column,
                message: `arXiv's first author, ${code(firstAuthor)}, is not on the author line.`,
            }
            : undefined;
        // Everything but a wrong link is worth a second look, not a failed check.
        return [title, dateProblem(entry, record, context.source), missing]
            .filter((problem) => problem !== undefined)
            .map((problem) => ({ ...problem, severity: 'warning' }));
    },
    fix(entry, problem, context) {
        if (problem.aspect !== 'title')
            return undefined;
        const record = paperOf(entry, context)?.record;
        // The same conditions as the title the message quotes: the record's words, in the list's form.
        if (!record || !recordTitle(entry, record, context))
            return undefined;
        return { title: { text: record.title, form: titleForm(entry, context.convention, record.title) } };
    },
};

/** Text that follows a title after an HTML line break. */
const BROKEN_BEFORE_WORDS = /<br\s*\/?>\s*\p{L}/iu;
/** Words of running English that names never are (`the`, `of`, `with`); name particles (`van`, `de`) aside. */
const PROSE_WORD = /(?<![\p{L}\p{N}])(?:the|of|for|with|to|in|on|is|are|we|this|that|from|via)(?![\p{L}\p{N}])/gu;
/** As many of them as a sentence has and a line of names has not. */
const PROSE_WORDS_AT_LEAST = 3;
/** A sentence's end: a word, then a full stop (or `?`, `!`) and a space or the line's end. */
const SENTENCE_END = /\p{L}[.!?](?:\s|$)/u;
/** The most words one name has (`Mark J. F. Gales`). */
const NAME_WORDS_AT_MOST = 4;
/**
 * Whether the line read as the entry's authors, written plain, is a description (`Introduces *X* —
 * the measurement of … in LLMs. …`): sentences of running English where the authors would go, not
 * names to italicise. A line that opens with a name (`Yiming Li, … *AAAI*, 2022. (Discuss the …)`)
 * is the authors, a note after them aside; a title (`A Metric for Models for Molecules in Drug
 * Discovery`) is no sentence.
 */
function describesInstead(entry, source) {
    const authors = entry.authors;
    if (!authors || authors.italic)
        return false;
    const text = source.lines[authors.line - 1].slice(authors.namesStart, authors.namesEnd);
    const prose = (part) => (part.match(PROSE_WORD) ?? []).length;
    const opening = text.split(',')[0].trim();
    if (opening.split(/\s+/).length <= NAME_WORDS_AT_MOST && prose(opening) === 0)
        return false;
    return prose(text) >= PROSE_WORDS_AT_LEAST && SENTENCE_END.test(text);
}
/** Whether the entry has an author line, told at its title. */
const withAuthorLine = (entry) => [
    { line: entry.title.line, value: entry.authors !== undefined },
];
const authorsFormat = {
    id: 'authors-format',
    severity: 'warning',
    description: 'A paper entry has an author line (in italics), where the list writes one.',
    scope: 'entry',
    check(entry, { convention, changesOwnWay, source, authorLineSplitOff }) {
        if (authorLineSplitOff(entry)) {
            return [
                {
                    line: entry.startLine,
                    column: 1,
                    message: 'Take out the space after the opening `*` of this author line: after a space the star starts a list item, so the names and the lines under them leave the entry above.',
                },
            ];
        }
        if (entry.kind !== 'paper' || titleUnmarked(entry, convention))
            return [];
        // A description under the title is no author line, in italics or not: the entry has none.
        if (!entry.authors || describesInstead(entry, source)) {
            // Only a list whose papers give the authors a line of their own asks for one.
            if (!convention.authorLine)
                return [];
            // `**Title**. <br /> Author One, Author Two.`: the names after a line break render on a line of
            // their own, as the list's author lines do.
            if (BROKEN_BEFORE_WORDS.test(entry.venue))
                return [];
            // A new section whose entries all go without one (a section of datasets) is written so on purpose.
            if (changesOwnWay(entry, withAuthorLine, (has) => has, 'new-section'))
                return [];
            return [
                {
                    line: entry.title.line,
                    column: entry.title.column,
                    // The example in the list's own form: italic names only where the list writes them so.
                    message: `Add the author line under the title, like \`${convention.authorsItalic === false ? 'Author One, Author Two' : '*Author One, Author Two*'}\`.`,
                },
            ];
        }
        const stray = entry.authors.strayItalicMarker;
        if (stray !== undefined) {
            // Whatever the list's style, a mark left showing is a slip: the italics end too early.
            return [
                {
                    line: entry.authors.line,
                    column: stray + 1,
                    message: 'The italics close before the last name, so this mark shows as text: put all the names in one pair, like `*Author One, Author Two*`.',
                },
            ];
        }
        if (!convention.authorsItalic || entry.authors.italic)
            return [];
        return [
            {
                line: entry.authors.line,
                column: entry.authors.column,
                message: 'Put the author names in italics: `*Author One, Author Two*`.',
            },
        ];
    },
};

const badgeColor = {
    id: 'badge-color',
    severity: 'warning',
    description: "Keyword badges use the colours of the list's Keywords Convention.",
    scope: 'line',
    check(entry, { convention }) {
        const palette = convention.badgeColors;
        if (!palette)
            return [];
        return entry.badges
            .filter((badge) => badge.color !== undefined && !palette.includes(badge.color))
            .map((badge) => ({
            line: badge.line,
            column: badge.column,
            message: `Badge colour ${code(badge.color ?? '')} is not one this list uses; pick one of ${palette.map(code).join(', ')}.`,
        }));
    },
};

/** Whether the badge is the face of the link (`[![arXiv](…)](https://arxiv.org/…)`). */
const faceOf = (link, badge) => link.line === badge.line && link.column <= badge.column && badge.endColumn <= link.endColumn;
/**
 * Whether the entry links its paper only through badges: every badge it has is a link's face, and
 * every paper link it has wears one (a table's arXiv column), none written in text.
 */
function linksThePaperByBadge(entry) {
    const papers = entry.links.filter(isPaperLink);
    return (papers.length > 0 &&
        entry.badges.every((badge) => entry.links.some((link) => faceOf(link, badge))) &&
        papers.every((link) => entry.badges.some((badge) => faceOf(link, badge))));
}
const badgeMissing = {
    id: 'badge-missing',
    severity: 'warning',
    severityNote: "error where the list's contribution guide asks for it",
    description: "A paper entry carries at least one keyword badge, where the list's papers do.",
    scope: 'entry',
    reportsAbsence: true,
    check(entry, { convention, nearby }) {
        if (!convention.badges || entry.kind !== 'paper' || entry.badges.length > 0)
            return [];
        // Where the papers around this one link their papers only by badges (a table's arXiv column), an
        // entry that links its paper in text (`[link](…)`, a paper not on arXiv) wants no keyword: its
        // link is there, written as its page allows. (Where they link it in text too, the badge is one
        // more thing each paper carries, and this one lacks it.)
        const around = nearby(entry);
        const byBadge = around.length > 0 && around.every(linksThePaperByBadge);
        if (byBadge && entry.links.some(isPaperLink))
            return [];
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

const badgeSpacing = {
    id: 'badge-spacing',
    severity: 'warning',
    description: 'A space separates each badge from the text before it.',
    scope: 'line',
    check(entry, { convention, nearby }) {
        // Only a list that shows its badges spaced (enough of them, a clear majority) asks for the space:
        // a list whose entries carry no badges yet has no way of writing them to hold a new one to.
        if (!convention.badgeSpaced || !entry.badges.some((badge) => badge.glued))
            return [];
        // Where the entries around it glue their badges too, that is how the list writes them.
        if (nearby(entry).some((other) => other.badges.some((badge) => badge.glued)))
            return [];
        return entry.badges
            .filter((badge) => badge.glued)
            .map((badge) => ({
            line: badge.line,
            column: badge.column,
            message: 'Put a space before this badge.',
        }));
    },
    fix(_entry, problem) {
        return { badges: { spaceBefore: { line: problem.line, column: problem.column } } };
    },
};

/** Whether an empty line stands before the entry's author line, told where it is (or would be). */
const blankBeforeAuthors = ({ authors }) => authors
    ? [{ line: authors.blankBefore ? authors.line - 1 : authors.line, value: authors.blankBefore }]
    : [];
/** Whether a line opens an item of a list at the page's margin. */
const opensItem = (line) => {
    const item = line === undefined ? undefined : itemOpenedBy(line);
    return item !== undefined && item.indent <= 3;
};
/**
 * Whether an empty line parts the entry from an item of its list before it or after it: a loose
 * list. (An empty line between a heading and the list's first item parts nothing.)
 */
function partedByEmptyLines(lines, entry) {
    const blank = (line) => line >= 1 && line <= lines.length && isBlank(lines[line - 1]);
    const nonBlank = (from, step) => {
        let line = from;
        while (blank(line))
            line += step;
        return line >= 1 && line <= lines.length ? lines[line - 1] : undefined;
    };
    if (blank(entry.endLine + 1) && opensItem(nonBlank(entry.endLine + 1, 1)))
        return true;
    // The line above the empty one is the item before (its first line, or a line inside it).
    const above = blank(entry.startLine - 1) ? nonBlank(entry.startLine - 1, -1) : undefined;
    return above !== undefined && (opensItem(above) || /^[ \t]+\S/.test(above));
}
const blankLine = {
    id: 'blank-line',
    severity: 'warning',
    severityNote: "error where the list's contribution guide asks for it",
    description: 'An empty line separates the title line from the author line (or not), as the list does.',
    scope: 'entry',
    check(entry, { source, convention, changesOwnWay }) {
        const authors = entry.authors;
        const wanted = convention.blankLineBeforeAuthors;
        if (!authors || wanted === null || authors.blankBefore === wanted)
            return [];
        // An author line written as an item under the title (`  - *Names*`), in a list whose entries are
        // parted by empty lines, renders alike with an empty line before it or without: every item's
        // text is a paragraph of its own already. Only a line that would join the title's paragraph, or
        // part a tight list, shows.
        if ((itemOpenedBy(source.lines[authors.line - 1])?.indent ?? 0) > 0 &&
            partedByEmptyLines(source.lines, entry))
            return [];
        const written = convention.writtenRules.includes('blank-line');
        // A change that writes most of its entries' lines otherwise (a maintainer spacing the list anew)
        // has its own way, unless the contribution guide asks for the list's. Without the empty line the
        // names run into the title's paragraph, which a reader sees: that only in a section it wrote whole.
        const scope = wanted ? 'new-section' : 'change';
        if (!written && changesOwnWay(entry, blankBeforeAuthors, (blank) => blank === wanted, scope))
            return [];
        return [
            {
                line: authors.line,
                column: 1,
                message: wanted
                    ? 'Add an empty line between the title line and the author line.'
                    : 'Remove the empty line between the title line and the author line; this list keeps them together.',
                severity: written ? 'error' : 'warning',
            },
        ];
    },
    // A text edit, not a field change: an empty line is where the entry's lines sit, which its shape
    // keeps as literal text, not a slot or a run the grammar writes; and a line after an empty one
    // may fall out of the item, which no cut of the item can say.
    fix(entry, _problem, { source, convention }) {
        const authors = entry.authors;
        if (!authors)
            return undefined;
        const authorText = source.lines[authors.line - 1];
        if (!authors.blankBefore) {
            // After an empty line, a line short of the item's text leaves the item, unless indent re-indents it.
            const staysInItem = authors.indent >= entry.contentColumn - 1 || convention.authorIndent !== null;
            return staysInItem
                ? { line: authors.line, endLine: authors.line, replacement: `\n${authorText}` }
                : undefined;
        }
        return { line: entry.title.line + 1, endLine: authors.line, replacement: authorText };
    },
};

const duplicate = {
    id: 'duplicate',
    severity: 'error',
    description: 'A paper appears once in the list (same arXiv id in any form, the same title, or the same paper page).',
    scope: 'entry',
    check(entry, context) {
        // A blog post or tool may share a paper's title; only papers are compared.
        const hit = entry.kind === 'paper' ? context.duplicateOf(entry) : undefined;
        if (!hit)
            return [];
        return [
            {
                line: entry.title.line,
                column: entry.title.column,
                message: hit.otherTitle
                    ? `The entry at line ${hit.line} has the ${hit.reason} under another title: either one of the two links is wrong (check which paper each entry links) or it is this paper again under another name (remove one).`
                    : hit.otherPaper
                        ? `The entry at line ${hit.line} has the same title but links another paper: one of the two titles is likely wrong (check which paper each link goes to), or it is this paper again (remove one).`
                        : `This paper is already in the list at line ${hit.line} (${hit.reason}); remove one of them.`,
            },
        ];
    },
};

const linksNowhere = (link) => link.url.trim() === '' || link.url.trim() === '#';
/** `[![venue](https://img.shields.io/…)]()`: a badge wrapped in a link, shown as the badge it is. */
const wrapsBadge = (link) => showsOnlyAnImage(link.label);
/** Other badges a list wraps in a link to nowhere before doing so is its way of writing a badge. */
const WRAPPED_ELSEWHERE = 2;
const BADGE_LINKED_NOWHERE = /\[!\[[^\]\n]*\]\([^)\n]*\)\]\(\s*#?\s*\)/;
/** A line holding a badge linked nowhere. */
const holdsBadgeLinkedNowhere = (text) => (text.includes(']()') || text.includes('](#)')) && BADGE_LINKED_NOWHERE.test(text);
function badgesLinkedNowhereElsewhere(source, line) {
    return linesWhere(source, holdsBadgeLinkedNowhere).filter((at) => at !== line).length;
}
const emptyLink = {
    id: 'empty-link',
    severity: 'error',
    description: 'Every link has a target.',
    scope: 'line',
    resources: true,
    // The label it quotes is the link's name, not the problem: `[code]()` relabelled `[Code]()` is as empty.
    sameProblem: (message) => message.replace(/`[^`\n]*`/, '`…`'),
    check(entry, { source }) {
        return (entry.links
            .filter(linksNowhere)
            // A badge linked nowhere still shows the badge: in a list that wraps its badges so, that is its
            // way of writing one, not a link someone forgot to fill in.
            .filter((link) => !(wrapsBadge(link) && badgesLinkedNowhereElsewhere(source, link.line) >= WRAPPED_ELSEWHERE))
            .map((link) => ({
            line: link.line,
            column: link.column,
            message: `The link ${code(link.label || '(no label)')} has no target: add its URL or remove it.`,
        })));
    },
};

const indent = {
    id: 'indent',
    severity: 'error',
    description: "The author line is indented to the item's text column, so it stays inside the list item; a line of an entry is not moved out of it.",
    scope: 'line',
    check(entry, { convention, source, takenOut }) {
        const then = takenOut(entry);
        if (then !== undefined) {
            const now = indentWidth(source.lines[entry.startLine - 1]);
            return [
                {
                    line: entry.startLine,
                    column: 1,
                    message: `Indent this line by ${then} spaces, as it was: it is a line of the entry above, and indented by ${now} it starts an item of its own.`,
                },
            ];
        }
        const authors = entry.authors;
        if (!authors || convention.authorIndent === null)
            return [];
        const expected = entry.contentColumn - 1 + convention.authorIndent;
        if (authors.indent === expected)
            return [];
        // Right after the title line (no empty line between) a short or deep line is a lazy
        // continuation of the item's paragraph and renders in place; after an empty line it does not.
        // An indent that renders the same as the list's is left alone: a reader cannot see it.
        const short = authors.indent < entry.contentColumn - 1;
        const deep = authors.indent >= entry.contentColumn - 1 + 4;
        if (!authors.blankBefore || !(short || deep))
            return [];
        return [
            {
                line: authors.line,
                column: 1,
                message: `Indent the author line by ${expected} spaces (it has ${authors.indent}): ${short
                    ? 'with less it falls out of the list item'
                    : 'with 4 or more extra spaces it renders as a code block'}.`,
            },
        ];
    },
    // A text edit, not a field change: the author line's indent is literal text of the entry's shape
    // (a slot only under a numbered item), and a line indented out of the item, or into a code block,
    // is not read as the entry's author line at all, so no cut holds it to rewrite.
    fix(entry, problem, { source, convention, takenOut }) {
        const then = takenOut(entry);
        if (then === undefined && convention.authorIndent === null)
            return undefined;
        const text = source.lines[problem.line - 1];
        const expected = then ?? entry.contentColumn - 1 + convention.authorIndent;
        return {
            line: problem.line,
            endLine: problem.line,
            replacement: ' '.repeat(expected) + text.trimStart(),
        };
    },
};

function styled(label, url, style) {
    if (style === 'bracketed-label')
        return `[[${label}]](${url})`;
    const plain = `[${label}](${url})`;
    return style === 'bracketed' ? `[${plain}]` : plain;
}
const unbracketed = (link) => link.label.replace(/^\[|\]$/g, '');
/** The style each of the entries writes its paper link in (those with one). */
function linkStylesOf(entries) {
    return entries.flatMap((entry) => {
        const link = paperLinkOf(entry);
        return link ? [linkStyleOf(link)] : [];
    });
}
/**
 * Whether the paper entries around this one (those the change left) mostly write their paper link in
 * this style: the list writes it so here (a section of its own habit), whatever its other entries do.
 */
function writtenSoAround(nearby, style) {
    const styles = linkStylesOf(nearby);
    return styles.length > 0 && styles.filter((shown) => shown === style).length * 2 >= styles.length;
}
/** `[[pdf](url)]` and `[[pdf]](url)` both show `[pdf]`: a reader does not see which one a list writes. */
function rendersAlike(a, b) {
    return a !== 'plain' && b !== 'plain';
}
/** The style of an entry's paper link, where it is written. */
function paperLinkStyle(entry) {
    const link = paperLinkOf(entry);
    return link ? [{ line: link.line, value: linkStyleOf(link) }] : [];
}
/**
 * Whether an entry links its paper, or something in its paper's place: a title linked, a link to a
 * paper's host or labelled as the paper, an empty link (empty-link's to report).
 */
function linksItsPaper(entry, byTitle = true) {
    return ((byTitle && entry.title.url !== undefined) ||
        entry.links.some((link) => isPaperLink(link) ||
            namesThePaper(link.label) ||
            // an empty link around a badge (`[![venue](…)]()`) is the badge's, not the paper link emptied
            (link.url.trim() === '' && !showsOnlyAnImage(link.label))));
}
/**
 * Whether an entry's title links its code where the papers around it link their paper besides their
 * titles (`[Title](github…) … [paper](arxiv…)`): there the repository is not in the paper's place.
 */
function codeForItsPaper(entry, nearby) {
    return (entry.title.url !== undefined &&
        isCodeHost(entry.title.url) &&
        nearby.length >= MIN_NEIGHBOURS &&
        nearby.every((other) => paperLinkOf(other) !== undefined));
}
/** Papers around an entry that say how the list links them there. */
const MIN_NEIGHBOURS = 2;
/** A link's label that names a venue or site and a year (`ACL 2025`, `arXiv, 21 Jul 2025`). */
const datedLabel = (link) => YEAR_IN_WHEN.test(link.label) && /\p{L}{2}/u.test(link.label);
/**
 * Whether an entry links something under a venue and year where the papers around it link their
 * paper so (`[ACL 2025](…)`, `[arXiv, 21 Jul 2025](…)`): that link is in the paper's place, wherever
 * it goes (a venue's page for the paper, `neurips.cc/virtual/2025/poster/…`).
 */
function linksUnderItsVenue(entry, nearby) {
    const theirs = nearby.flatMap((other) => paperLinkOf(other) ?? []);
    return (theirs.length >= MIN_NEIGHBOURS &&
        theirs.every(datedLabel) &&
        entry.links.some((link) => datedLabel(link) && !isCodeHost(link.url)));
}
/** Whether an item links its paper, where its title is written. */
function paperLinkPresence(entry) {
    return [{ line: entry.title.line, value: linksItsPaper(entry) }];
}
/**
 * `[label](https://…` whose target runs into a bracket, a comma or the line's end without its `)`,
 * under a paper's label or to a paper's host.
 */
const OPEN_LINK = /\[([^[\]\n]+)\]\((https?:\/\/[^\s()[\]]+)(?=[\],\s]|$)/g;
/** The first paper link in the lines that never closes its target, with where it starts. */
function unclosedPaperLink(lines) {
    for (const [index, line] of lines.entries()) {
        for (const match of line.matchAll(OPEN_LINK)) {
            const [text, label, url] = match;
            if (isPaperLink({ label, url }))
                return { index, column: match.index + 1, text };
        }
    }
    return undefined;
}
const pdfMissing = {
    id: 'pdf-missing',
    severity: 'warning',
    description: 'A paper entry links the paper itself, written as the list writes it (`[[pdf](...)]`).',
    scope: 'entry',
    reportsAbsence: true,
    check(entry, { convention, source, nearby, changesOwnWay }) {
        if (entry.kind !== 'paper')
            return [];
        const paperLink = paperLinkOf(entry);
        if (paperLink) {
            const wanted = convention.linkStyle;
            const style = linkStyleOf(paperLink);
            // Only a plain label is rewritten: brackets inside one leave its extent uncertain.
            const plainLabel = /^\[?[\w .-]+\]?$/.test(paperLink.label);
            if (wanted === null || style === wanted || !plainLabel || rendersAlike(style, wanted))
                return [];
            // A change that writes most of its paper links in the section otherwise has its own way there.
            if (changesOwnWay(entry, paperLinkStyle, (shown) => shown === wanted))
                return [];
            // A label the list never gives its paper links in its style is another link, not theirs
            // written otherwise; and where the entries around it write theirs this way, so does the list.
            const labels = convention.linkLabels?.map((label) => label.toLowerCase());
            if (labels && !labels.includes(linkLabelOf(paperLink)))
                return [];
            if (writtenSoAround(nearby(entry), style))
                return [];
            // Nor one with a bracket on one side only: which bracket belongs to it is anyone's guess.
            const line = source.lines[paperLink.line - 1];
            const opens = line[paperLink.column - 2] === '[';
            const closes = line[paperLink.endColumn - 1] === ']';
            if (opens !== closes)
                return [];
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
        if (!convention.paperLink ||
            entry.byShape ||
            (convention.titleBold === false && entry.title.bold && entry.links.length === 0) ||
            linksItsPaper(entry, !codeInItsPlace) ||
            titleUnmarked(entry, convention) ||
            linksUnderItsVenue(entry, nearby(entry))) {
            return [];
        }
        // A change that adds several papers of a section without their links (accepted papers whose
        // proceedings are not out yet) adds them ahead of the links on purpose.
        if (changesOwnWay(entry, paperLinkPresence, (present) => present, 'batch'))
            return [];
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
                message: `Add a link to the paper itself${entry.authors ? ' after the authors' : ''}, like ${code(styled(convention.linkLabels?.find((label) => PAPER_LABEL.test(label)) ?? 'pdf', 'https://arxiv.org/abs/…', convention.linkStyle ?? 'bracketed'))}, as the other papers of this list have.`,
                missing: true,
            },
        ];
    },
    fix(entry, problem, { convention }) {
        const link = entry.links.find((l) => l.line === problem.line && l.column === problem.column);
        if (!link || link.isTitle || convention.linkStyle === null)
            return undefined;
        return { link: { at: link, style: convention.linkStyle } };
    },
};

const section = {
    id: 'section',
    severity: 'warning',
    description: 'Every entry sits in one of the paper categories (a section under the papers heading).',
    scope: 'entry',
    check(entry, context) {
        // Only a list whose papers all sit in categories asks a new one to.
        if (!context.convention.sections || context.inCategory(entry))
            return [];
        const shown = context.categories.slice(0, 8).map((name) => `"${name}"`);
        const more = context.categories.length > shown.length ? ', …' : '';
        const where = shown.length > 0 ? `: ${shown.join(', ')}${more}` : '';
        return [
            {
                line: entry.startLine,
                column: entry.markerColumn,
                message: `Move this entry into the paper category it belongs to${where}.`,
            },
        ];
    },
};

const tableRow = {
    id: 'table-row',
    severity: 'warning',
    severityNote: 'error for a row with more cells than columns, which GitHub does not show',
    description: "A table row has one cell per column of its table's header.",
    scope: 'line',
    resources: true,
    check(entry, { convention }) {
        const cells = entry.cells;
        // GitHub drops the cells past the header's last column, and leaves missing ones empty. A row that
        // loses only what shows nothing or what its author hides on purpose (`| [//]: #note`) loses nothing.
        if (!cells || cells.count === cells.columns || cells.count - cells.unshown === cells.columns)
            return [];
        const extra = cells.count > cells.columns;
        // A short row renders whole (its missing cells show empty): a slip only where the list fills its rows.
        if (!extra && !convention.tableRowsFull)
            return [];
        return [
            {
                line: entry.startLine,
                column: 1,
                message: extra
                    ? `This row has ${cells.count} cells but the table has ${cells.columns} columns: the last ${cells.count - cells.columns} will not be shown. Is a \`|\` missing its \`\\\`, or a column missing from the header?`
                    : `This row has ${cells.count} cells but the table has ${cells.columns} columns: add the missing ${cells.columns - cells.count === 1 ? 'cell' : 'cells'} (empty if need be: \`| |\`).`,
                severity: extra ? 'error' : 'warning',
            },
        ];
    },
};

const RULES = [
    blankLine,
    indent,
    badgeMissing,
    badgeColor,
    badgeSpacing,
    arxivAbs,
    pdfMissing,
    emptyLink,
    titleFormat,
    authorsFormat,
    duplicate,
    section,
    tableRow,
    arxivMetadata,
];
const DOCS_BASE = 'https://github.com/paperlint/paperlint/blob/main/docs/rules';
function ruleDocUrl(id) {
    return `${DOCS_BASE}/${id}.md`;
}

const RULE_IDS = [
    'blank-line',
    'indent',
    'badge-missing',
    'badge-color',
    'badge-spacing',
    'arxiv-abs',
    'pdf-missing',
    'empty-link',
    'title-format',
    'authors-format',
    'duplicate',
    'section',
    'table-row',
    'arxiv-metadata',
];
/** A change shows its own way in a section with at least this many values written one way. */
const OWN_WAY_MIN = 3;
/** A change writes a value as its author's habit when it writes it on at least this many papers. */
const HABIT_MIN = 2;

/**
 * The pure engine: text in (and optionally the base version or the changed lines), findings out.
 * No I/O here, so the CLI, the Action and the tests all run exactly the same code.
 */
/**
 * A change touching more than this share of the entries leaves too few untouched to speak for the
 * list: the base version does.
 */
const MOST_ENTRIES = 0.5;
/**
 * The grammar a list is held to: learned from its entries as they were, its palette from its own
 * Keywords Convention when it has one and its entries carry badges, the rules its contribution
 * guide writes down, and any setting of the config file on top.
 */
function resolveConvention({ source, segments, list, entries }, settings) {
    const learned = learnStyle(source, entries, list.inCategory);
    const palette = learned.style.badges ? paletteFromKeywordsSection(source, segments) : undefined;
    // A guide whose example writes the paper link otherwise than most entries do allows both ways.
    const guideStyles = learned.style.linkStyle ? guideLinkStyles(source, segments) : [];
    const guideDisagrees = guideStyles.some((style) => style !== learned.style.linkStyle);
    const own = {
        ...learned.style,
        ...(palette ? { badgeColors: palette } : {}),
        ...(guideDisagrees ? { linkStyle: null, linkLabels: null } : {}),
        writtenRules: writtenRules(source, segments),
        // A config that names the papers headings asks for every paper to be under one.
        ...(settings.sections?.include ? { sections: true } : {}),
    };
    return {
        convention: { ...own, ...settings.style },
        // A style the config sets as the list has it (`--print-config` fed back) changes nothing.
        restyled: new Set(Object.keys(settings.style ?? {}).filter((trait) => JSON.stringify(settings.style?.[trait]) !== JSON.stringify(own[trait]))),
        evidence: learned.evidence,
        sampled: learned.sampled,
        papers: learned.papers,
        grammar: learnGrammar(source, learned.papers, settings.template),
    };
}
/** The settings a file would be checked with: learned style, config on top, the severities it sets. */
async function effectiveSettings(text, settings = {}) {
    const source = toSource(text);
    const segments = segment(source);
    const list = findPaperList(source, segments, settings.sections);
    const resolved = resolveConvention({ source, segments, list, entries: list.entries }, settings);
    const listWide = resolved.grammar.templates.find((template) => template.section?.length === 0);
    return {
        ...(listWide ? { template: listWide.shape } : {}),
        templates: resolved.grammar.templates,
        style: resolved.convention,
        evidence: resolved.evidence,
        rules: settings.rules ?? {},
        sections: settings.sections ?? {},
        ignore: settings.ignore ?? [],
        categories: list.categories,
        entries: list.entries.length,
    };
}
async function lint(input) {
    const settings = input.settings ?? {};
    const source = toSource(input.text);
    const base = baseReader(input.baseText, settings);
    const change = input.change ??
        (base
            ? diffLines((await base.source()).lines, source.lines)
            : { changed: EVERY_LINE, touched: EVERY_LINE });
    const { changed } = change;
    const segments = await segmentKeepingEntries(source, change, base);
    const list = findPaperList(source, segments, settings.sections);
    const moved = movedEntry(source, change);
    const takenOut = base ? await takenOutOfEntries(source, change, base.list) : () => undefined;
    const amongPapers = papersAround(source, list.entries, segments.items);
    const touched = (block) => overlaps(change.touched, block.startLine, block.endLine) &&
        (!moved(block) || takenOut(block) !== undefined);
    // A paper entry the change took what marks it as one from (its paper link, its bold title) may no
    // longer read as a paper; among the papers of its section it still is one to a reader, and the
    // rules check it as one.
    // The base is read for it only when a touched item may have lost what marks it as a paper.
    const mayBeUnmade = base !== undefined &&
        (change.removed?.length ?? 0) > 0 &&
        segments.items.some((item) => touched(item) && (!amongPapers.listed(item) || lacksItsMarks(parseEntry(source, item))));
    const unmade = mayBeUnmade ? await unmadePapers(source, change, base?.list) : () => false;
    const unlisted = segments.items.filter((item) => !amongPapers.listed(item) &&
        touched(item) &&
        (takenOut(item) !== undefined || (unmade(item) && amongPapers.beside(item))));
    const checked = [...list.entries.filter(touched), ...unlisted].sort((a, b) => a.startLine - b.startLine);
    const checkedStarts = new Set(checked.map((block) => block.startLine));
    const unchecked = list.entries.filter((block) => !checkedStarts.has(block.startLine));
    // Without the base version (a whole file, or a patch alone), the entries the change did not touch
    // stand for the list as it was; the whole list when it touched them all.
    const untouched = {
        source,
        segments,
        list,
        entries: unchecked.length > 0 ? unchecked : list.entries,
    };
    const asItWas = async () => (await base?.list()) ?? untouched;
    const sweeping = checked.length > MOST_ENTRIES * list.entries.length && base !== undefined;
    const asItWasThen = sweeping ? await asItWas() : untouched;
    const asBefore = resolveConvention(asItWasThen, settings);
    // A change that rewrote most of the entries the list had may restyle it; one that mostly adds
    // entries (a short list doubled) is held to the list it adds to.
    const rewritten = checked.length - Math.max(0, list.entries.length - asItWasThen.entries.length);
    const asAfter = sweeping && rewritten > MOST_ENTRIES * asItWasThen.entries.length
        ? resolveConvention({ source, segments, list, entries: checked }, settings)
        : undefined;
    const { convention, grammar } = asAfter ? styleAfterSweep(asBefore, asAfter) : asBefore;
    const { restyled } = asBefore;
    const sampled = asBefore.sampled + (asAfter?.sampled ?? 0);
    const ignored = new Set((settings.ignore ?? []).map((item) => normaliseTitle(item)));
    const suppressed = suppression(segments.directives);
    const blockByStart = new Map(checked.map((block) => [block.startLine, block]));
    /** The entries of the checked blocks in a section (-1: all of them), and its papers, read once when a rule asks. */
    const checkedIn = new Map();
    const checkedItemsIn = (section) => {
        let entries = checkedIn.get(section);
        if (!entries) {
            entries = checked
                .filter((other) => section === -1 || sectionOf(other) === section)
                .map((other) => parseEntry(source, other));
            checkedIn.set(section, entries);
        }
        return entries;
    };
    const papersIn = new Map();
    const checkedPapersIn = (section) => {
        let papers = papersIn.get(section);
        if (!papers) {
            papers = checkedItemsIn(section).filter((other) => other.kind === 'paper');
            papersIn.set(section, papers);
        }
        return papers;
    };
    // Never in a whole-file run (no change to speak of); and a change that rewrote most of the list is
    // judged whole (its style read, or refused, above), not part by part, but for its author's habit.
    // The lines of the headings some untouched entry sits under, read once when a rule asks.
    let untouchedHeadings;
    const changesOwnWay = (entry, shown, listsWay, scope = 'change') => {
        const block = blockByStart.get(entry.startLine);
        if (base === undefined || block === undefined)
            return false;
        // Two papers written otherwise are the author's habit, where one might be a slip.
        if (scope === 'habit') {
            const otherwise = checkedPapersIn(-1).filter((other) => shown(other).some(({ line, value }) => hasLine(changed, line) && !listsWay(value)));
            return otherwise.length >= HABIT_MIN;
        }
        if (sweeping)
            return false;
        const section = sectionOf(block);
        const writtenOtherwise = (entries, every) => {
            const written = entries.flatMap(shown).filter(({ line }) => hasLine(changed, line));
            const otherwise = written.filter(({ value }) => !listsWay(value)).length;
            return (written.length >= OWN_WAY_MIN &&
                (every ? otherwise === written.length : otherwise * 2 > written.length));
        };
        // Several items of its section written otherwise, however many it wrote the list's way: papers
        // a maintainer adds ahead of what they lack (accepted papers before their proceedings are out),
        // items not read as papers for want of it included.
        if (scope === 'batch') {
            const written = checkedItemsIn(section)
                .flatMap(shown)
                .filter(({ line }) => hasLine(changed, line));
            return written.filter(({ value }) => !listsWay(value)).length >= OWN_WAY_MIN;
        }
        if (scope === 'new-section') {
            // The widest part of the page the change wrote whole: its outermost heading over no untouched
            // entry (a new `## Datasets` with a few items under each of its subheadings is one new part).
            const underUntouched = (untouchedHeadings ??= new Set(untouched.entries.flatMap((other) => other.headings.map((h) => h.line))));
            const outermost = block.headings.find((heading) => !underUntouched.has(heading.line));
            if (outermost !== undefined && block.topic === undefined) {
                const under = checkedPapersIn(-1).filter((other) => blockByStart.get(other.startLine)?.headings.some((h) => h.line === outermost.line));
                return writtenOtherwise(under, true);
            }
            const newSection = section !== 0 && !untouched.entries.some((other) => sectionOf(other) === section);
            return newSection && writtenOtherwise(checkedPapersIn(section), true);
        }
        // Most of what it wrote in the entry's section (a batch of papers pasted in one style), or in the
        // whole list (a maintainer's restyle, an entry or two a section).
        return writtenOtherwise(checkedPapersIn(section), false) || writtenOtherwise(checkedPapersIn(-1), false);
    };
    const splitOff = authorLinesSplitOff(source, list.entries);
    const perSection = entriesPerSection(list.entries);
    // With arXiv to ask, the entries are read first (once) for their ids; else one at a time below.
    const asking = input.papers && settings.rules?.['arxiv-metadata'] !== 'off' ? input.papers : undefined;
    const reader = entryReader(source, segments.definitions, input.exactBudget);
    // An item between two papers of its section is a paper written without its link or authors (an
    // unmarked title alone, or an item the list does not read as a paper at all): what a reader of
    // the list takes it for, and what the rules should check.
    const readEntry = (block) => {
        const view = reader.view(block);
        return view instanceof Promise ? view.then((exact) => readWith(block, exact)) : readWith(block, view);
    };
    const readWith = (block, view) => {
        const entry = parseEntry(source, block, view);
        // One the change unmade was a paper in the base: a paper beside it is enough (the item on its
        // other side may be a resource of the section, a tool or a survey's repository).
        const asPaper = entry.kind === 'resource' &&
            ((entry.unmarked && amongPapers(block)) ||
                (unmade(block) && amongPapers.beside(block)) ||
                takenOut(block) !== undefined ||
                copiesAPaper(block));
        return { view, entry: asPaper ? { ...entry, kind: 'paper' } : entry };
    };
    // A word-for-word copy of one of the list's papers is that paper again, wherever it stands: the
    // papers of its section may link theirs otherwise than the section it was copied from. The list's
    // entries are indexed by their text only when a checked entry reads as no paper.
    let entriesByText;
    const copiesAPaper = (block) => {
        entriesByText ??= groupedBy(list.entries, (other) => textOfEntry(source, other));
        return (entriesByText.get(textOfEntry(source, block)) ?? []).some((other) => other.startLine !== block.startLine && parseEntry(source, other).kind === 'paper');
    };
    const read = asking ? await Promise.all(checked.map(readEntry)) : undefined;
    const askedIds = asking && read
        ? [...new Set(read.flatMap(({ entry }) => (isIgnored(entry, ignored) ? [] : entry.arxivIds)))]
        : [];
    const records = asking && askedIds.length > 0 ? await asking(askedIds) : new Map();
    // The list's entries by their first line, for a rule asking of one the change did not touch.
    let listed;
    const listedAt = () => (listed ??= new Map(list.entries.map((block) => [block.startLine, block])));
    const findDuplicate = duplicateFinder(input.text, source, list.entries, checked, asItWas);
    const duplicates = new Map();
    const context = {
        source,
        convention,
        categories: list.categories,
        // A section that holds other entries is one of the list's own, whatever its heading says.
        inCategory: (entry) => {
            const block = blockByStart.get(entry.startLine) ?? listedAt().get(entry.startLine);
            return block !== undefined && (list.inCategory(block) || (perSection.get(sectionOf(block)) ?? 0) > 1);
        },
        duplicateOf: (entry) => duplicates.get(entry.startLine),
        nearby: (entry) => nearbyEntries(source, untouched.entries, entry.startLine),
        setByConfig: (trait) => restyled.has(trait),
        changesOwnWay,
        paperRecord: (id) => records.get(id),
        takenOut: (entry) => {
            const block = blockByStart.get(entry.startLine);
            return block && takenOut(block);
        },
        authorLineSplitOff: (entry) => splitOff.has(entry.startLine),
    };
    // Where the list as it was is read from this text (not the base version), its accepted papers
    // can be checked as the change's entries are; a config that sets another style than the list's
    // asks for a change its papers do not show yet. Read when a rule first has something to report.
    let faultsAccepted;
    const acceptedFaults = () => (faultsAccepted ??=
        asItWasThen === untouched && restyled.size === 0
            ? faultsTheListAccepts(asBefore.papers, context, settings)
            : NO_FAULTS);
    // An old problem on a line the change edited elsewhere: the text it is about was there before.
    const heldBefore = ({ text, textOpensLine }) => text !== undefined &&
        (change.removed ?? []).some((line) => textOpensLine ? lineContent(line).startsWith(text) : line.includes(text));
    const findings = [];
    /**
     * The entry of each finding on an entry the list may have had before (one the change did not write
     * whole, or whose text it took out somewhere): the entry may have had the problem then. Telling
     * needs the base version; a change that only adds entries never asks for it.
     */
    const entryOf = new Map();
    const mayBeOld = (writtenWhole, entry) => !writtenWhole ||
        change.removed === undefined ||
        identifyingTexts(entry).some((text) => change.removed?.some((line) => line.includes(text)));
    // A finding about the whole entry may sit on any of its lines only when the change wrote the
    // entry; an entry it edited is held to what the edit did, on the lines it changed.
    const written = (item) => everyLineChanged(source, changed, item);
    // What the entry lacks because the change took it out is said on the line the change left: a
    // line it changed, or the line above lines it took out of the entry (its paper link's line).
    const atTheTaking = (problem, item) => {
        if (hasLine(changed, problem.line))
            return problem;
        const line = unmade(item)
            ? firstLineIn(changed, item)
            : hasLine(change.touched, problem.line)
                ? undefined
                : firstLineIn(change.touched, item);
        return line === undefined ? problem : { ...problem, line, column: 1, endLine: undefined };
    };
    /**
     * What the rules report on one entry, as the change is to be told it. A synchronous function of
     * its own: called once per entry, V8 optimises it, where the same loop in the body of the async
     * lint (resumed after every await) ran unoptimised, for every rule of every entry.
     */
    const reportedOn = (block, entry, writtenAsTheList) => {
        const reported = [];
        const unread = reader.unread(block);
        // Of the entry, not of a rule: asked once, not once for every rule.
        const taken = takenOut(block) !== undefined;
        const isSplitOff = splitOff.has(block.startLine);
        const lostItsAuthorLine = splitOff.has(block.endLine + 1);
        for (const rule of RULES) {
            const configured = settings.rules?.[rule.id];
            if (configured === 'off' || (entry.kind === 'resource' && !rule.resources))
                continue;
            // A line taken out of the entry above is no entry: only where it belongs is said of it.
            if (taken && rule.id !== 'indent')
                continue;
            // An author line split off as an item of its own (`* Names*`) is said of once, as an author
            // line; the entry above is not told it lacks the authors and links that item holds.
            if (isSplitOff && rule.id !== 'authors-format')
                continue;
            if (lostItsAuthorLine && (rule.reportsAbsence || rule.id === 'authors-format'))
                continue;
            if (unread && rule.reportsAbsence)
                continue;
            // Most entries have nothing to report to most rules.
            const told = rule.check(entry, context);
            if (told.length === 0)
                continue;
            const problems = told.filter((problem) => !acceptedFaults().has(faultOf(rule.id, problem)));
            if (problems.length === 0)
                continue;
            const found = problems
                .map((problem) => (problem.missing ? atTheTaking(problem, block) : problem))
                .filter((problem) => (hasLine(changed, problem.line) ||
                (rule.scope === 'entry' &&
                    (written(block) ||
                        (!UNTOUCHED_BY_DELETIONS.has(rule.id) && hasLine(change.touched, problem.line))))) &&
                !heldBefore(problem) &&
                !suppressed(rule.id, problem.line, entry));
            // An entry written as the list writes is not told how to write it; what it lacks still shows.
            const shapeHeld = found.some((problem) => !problem.missing) &&
                SHAPE_RULES.has(rule.id) &&
                !convention.writtenRules.includes(rule.id) &&
                writtenAsTheList(rule.id);
            for (const problem of capped(shapeHeld ? found.filter((problem) => problem.missing) : found))
                reported.push({ rule, problem, severity: configured ?? problem.severity ?? rule.severity });
        }
        return reported;
    };
    for (const [index, block] of checked.entries()) {
        // Awaited only when mdast reads the entry: most are read at once, without an await each.
        const reading = read ? read[index] : readEntry(block);
        const { view, entry } = reading instanceof Promise ? await reading : reading;
        if (isIgnored(entry, ignored))
            continue;
        if (entry.kind === 'paper' && settings.rules?.duplicate !== 'off') {
            const duplicate = findDuplicate(entry);
            duplicates.set(entry.startLine, duplicate instanceof Promise ? await duplicate : duplicate);
        }
        // A config that sets another style says the list is changing it: the learned template then
        // proves nothing. Asked only when a shape rule has something to report (rendering every entry
        // through its template was a third of a whole-file run, and most entries have nothing to report).
        const followed = new Map();
        const writtenAsTheList = (rule) => {
            const spacing = LINE_PLACEMENT_RULES.has(rule) ? 'template' : 'own';
            let follows = followed.get(spacing);
            if (follows === undefined) {
                follows = restyled.size === 0 && followsTemplate(source, grammar, entry, spacing);
                followed.set(spacing, follows);
            }
            return follows;
        };
        // Set up (the definitions the entry uses found) only for an entry with a fix to check.
        let guard;
        const keepIfRenderingHolds = (rule, fix) => (guard ??= renderingGuard(source, block, reader, view, { entry, grammar }, segments.definitions.length > 0))(rule, fix);
        for (const { rule, problem, severity } of reportedOn(block, entry, writtenAsTheList)) {
            const finding = {
                path: input.path,
                line: problem.line,
                column: problem.column,
                endLine: problem.endLine ?? problem.line,
                rule: rule.id,
                severity,
                message: problem.message,
                fix: await keepIfRenderingHolds(rule.id, rule.fix?.(entry, problem, context) ?? null),
                entryKey: entry.key,
                part: partOf(entry, problem.line),
            };
            findings.push(finding);
            if (mayBeOld(written(block), entry))
                entryOf.set(finding, { entry, missing: problem.missing === true });
        }
    }
    const old = base && entryOf.size > 0 ? await oldProblems(input, base, { source, list, context }, entryOf) : undefined;
    if (old)
        findings.splice(0, findings.length, ...findings.filter((finding) => !old.has(finding)));
    findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
    return {
        path: input.path,
        source,
        findings,
        entries: list.entries.length,
        checked: checked.length,
        parsed: checked.length + sampled,
        readExactly: reader.counts.exact,
        convention,
        unanswered: askedIds.filter((id) => !records.has(id)),
    };
}
/**
 * A rule (or one aspect of it: a title left unmarked, a bold title's punctuation) that finds fault
 * with more than this share of the papers a list has accepted, and with at least ACCEPTED_FAULTS of
 * them, is wrong about that list: it misreads the list's form or holds it to what the list does not
 * keep. A convention is learned from 90% of the entries, so a rule true to it faults at most the
 * tenth that dissent; twice that is the rule's error, not the list's.
 */
const ACCEPTED_SHARE = 0.2;
const ACCEPTED_FAULTS = 3;
const NO_FAULTS = new Set();
/** Rules about facts (what arXiv records, which papers the list already has), not the list's form. */
const FACT_RULES = new Set(['arxiv-metadata', 'duplicate']);
/** What kind of fault a problem is: its rule, and the aspect of the rule where it names one. */
const faultOf = (rule, problem) => `${rule}:${problem.aspect ?? ''}`;
/**
 * The faults of form the list's own papers (the sample its style was learned from, as accepted)
 * show so often that the rules finding them are wrong about it. A rule the config names, or one the list's
 * contribution guide writes down, is held whatever the entries do: its maintainers asked for it.
 */
function faultsTheListAccepts(papers, context, settings) {
    const counts = new Map();
    const calibrated = RULES.filter((rule) => !FACT_RULES.has(rule.id) &&
        settings.rules?.[rule.id] === undefined &&
        !context.convention.writtenRules.includes(rule.id));
    for (const entry of papers) {
        const faults = new Set(calibrated.flatMap((rule) => rule.check(entry, context).map((problem) => faultOf(rule.id, problem))));
        for (const fault of faults)
            increment(counts, fault);
    }
    return new Set([...counts]
        .filter(([, n]) => n >= ACCEPTED_FAULTS && n > ACCEPTED_SHARE * papers.length)
        .map(([fault]) => fault));
}
/** The part of an entry a line is: its title line, its author line, or another. */
function partOf(entry, line) {
    if (line === entry.title.line)
        return 'title';
    return line === entry.authors?.line ? 'authors' : 'other';
}
/** How many untouched entries on each side show how the list writes entries at a place. */
const NEARBY = 2;
/** The paper entries among `entries` (in list order) nearest a line, up to NEARBY each side. */
function nearbyEntries(source, entries, line) {
    let at = entries.findIndex((block) => block.startLine >= line);
    if (at === -1)
        at = entries.length;
    // The entry itself, when it is among them, is not its own neighbour.
    const after = entries[at]?.startLine === line ? at + 1 : at;
    return [...entries.slice(Math.max(0, at - NEARBY), at), ...entries.slice(after, after + NEARBY)]
        .map((block) => parseEntry(source, block))
        .filter((entry) => entry.kind === 'paper');
}
function firstLineIn(lines, block) {
    for (let line = block.startLine; line <= block.endLine; line++)
        if (hasLine(lines, line))
            return line;
    return undefined;
}
function everyLineChanged(source, changed, block) {
    for (let line = block.startLine; line <= block.endLine; line++) {
        if (source.lines[line - 1].trim() !== '' && !hasLine(changed, line))
            return false;
    }
    return true;
}
/**
 * Of the findings, those on an entry the list already had that it had before the change: the base
 * version's same entry (by its key) checked whole, in the base list, reports the same rule with the
 * same message. A PR is held to what its change did, not to an old problem of an entry it touched
 * (a new citation count, a moved line, a table turned into bullets). An entry is the list's old one
 * only when the change did not add a copy of it (a paper added again is new, and so are its problems).
 * What an entry lacks is the change's when the change took a link from it, whatever the rule made of
 * that link before (`[`PDF`](…)` on a host it does not know).
 */
async function oldProblems(input, base, now, entryOf) {
    const before = await base.list();
    if (!before)
        return new Set();
    const thenBy = new Map();
    for (const block of before.entries) {
        const entry = parseEntry(before.source, block);
        for (const id of identities(entry))
            thenBy.set(id, [...(thenBy.get(id) ?? []), { block, entry }]);
    }
    // The entries of the list now that are the same paper (a plain text search first: few are).
    const copiesNow = (entry) => {
        const texts = identifyingTexts(entry);
        const ids = new Set(identities(entry));
        return now.list.entries.filter((block) => now.source.lines
            .slice(block.startLine - 1, block.endLine)
            .some((line) => texts.some((text) => line.includes(text))) &&
            identities(parseEntry(now.source, block)).some((id) => ids.has(id))).length;
    };
    const counterparts = new Map();
    for (const { entry } of entryOf.values()) {
        if (counterparts.has(entry))
            continue;
        const then = [...new Set(identities(entry).flatMap((id) => thenBy.get(id) ?? []))];
        if (then.length === 0 || copiesNow(entry) > then.length)
            continue;
        const urls = new Set(entry.links.map((link) => link.url));
        counterparts.set(entry, then.map((was) => ({ ...was, tookALink: was.entry.links.some((link) => !urls.has(link.url)) })));
    }
    if (counterparts.size === 0)
        return new Set();
    const checkedThen = [...new Set([...counterparts.values()].flat().map(({ block }) => block))];
    const lines = lineSetFrom(checkedThen.flatMap(linesOf));
    const then = await lint({
        path: input.path,
        text: fromSource(before.source),
        change: { changed: lines, touched: lines },
        ...(input.settings ? { settings: input.settings } : {}),
    });
    // Line numbers differ between the versions, and so may what a message quotes (a link relabelled):
    // the problem is the same.
    const problem = (block, finding) => {
        const message = finding.message.replace(/\bline \d+/g, 'line');
        const rule = RULES.find(({ id }) => id === finding.rule);
        return `${block.startLine}\u0000${finding.rule}\u0000${rule?.sameProblem?.(message) ?? message}`;
    };
    const had = new Map();
    for (const finding of then.findings) {
        const block = checkedThen.find((item) => item.startLine <= finding.line && finding.line <= item.endLine);
        if (block)
            increment(had, problem(block, finding));
    }
    // An entry that has a problem more often now than then (a second empty link) has a new one too.
    const hasNow = new Map();
    for (const [finding, { entry }] of entryOf) {
        // A counterpart found by its id and by its title is listed twice: its block counts once.
        for (const block of new Set((counterparts.get(entry) ?? []).map(({ block }) => block)))
            increment(hasNow, problem(block, finding));
    }
    const hadAsOften = (block, finding) => {
        const key = problem(block, finding);
        return (had.get(key) ?? 0) >= (hasNow.get(key) ?? 0);
    };
    // The version then, read as the paper it is now and held to the list's ways now: a change that
    // rewrote the entry's form (a table turned into bullets) did not make what the entry already lacked.
    const heldNow = {
        ...now.context,
        source: before.source,
        nearby: () => [],
        inCategory: () => true,
        changesOwnWay: () => false,
        takenOut: () => undefined,
        authorLineSplitOff: () => false,
        duplicateOf: () => undefined,
    };
    const hadByNow = (was, finding) => RULES.find((rule) => rule.id === finding.rule)
        ?.check({ ...was, kind: 'paper' }, heldNow)
        .some((problem) => problem.message === finding.message) === true;
    return new Set([...entryOf]
        .filter(([finding, { entry, missing }]) => counterparts
        .get(entry)
        ?.some(({ block, entry: was, tookALink }) => !(missing && tookALink) && (hadAsOften(block, finding) || hadByNow(was, finding))))
        .map(([finding]) => finding));
}
/** What makes two versions of an entry the same paper: any of its arXiv ids, or its title. */
function identities(entry) {
    const title = normaliseTitle(entry.title.text);
    return [...entry.arxivIds.map((id) => `arxiv:${id}`), ...(title.length >= 8 ? [`title:${title}`] : [])];
}
/**
 * The text an entry's identities are read from, as the entry writes it: its arXiv ids and its title
 * (without the punctuation that closes it, which another form of the entry, a table cell, may not have).
 */
function identifyingTexts(entry) {
    return [...entry.arxivIds, entry.title.text.replace(/[\s.,;:]+$/u, '')].filter((text) => text.length >= 8);
}
function linesOf(block) {
    return Array.from({ length: block.endLine - block.startLine + 1 }, (_, i) => block.startLine + i);
}
/**
 * The base version, read once and only when asked for: its text (a function is called then), and
 * its paper list when it has entries to speak for the list.
 */
function baseReader(baseText, settings) {
    if (baseText === undefined)
        return undefined;
    let source;
    let list;
    const read = () => (source ??= (async () => toSource(typeof baseText === 'function' ? await baseText() : baseText))());
    return {
        source: read,
        list: () => (list ??= read().then((base) => {
            const segments = segment(base);
            const found = findPaperList(base, segments, settings.sections);
            return found.entries.length > 0
                ? { source: base, segments, list: found, entries: found.entries }
                : undefined;
        })),
    };
}
/**
 * Rules about what a template shows: the title's and authors' form, the lines, the paper link's
 * place, the badges' spacing. Not badge-missing (badges are an optional run of a template), nor the
 * arXiv link's form or badge colours (values, not shape).
 */
const SHAPE_RULES = new Set([
    'title-format',
    'authors-format',
    'blank-line',
    'indent',
    'pdf-missing',
    'badge-spacing',
]);
/**
 * Rules about which paper an entry is, not how it is written: a line taken out beside an entry
 * changes neither, so an entry the change only stands beside is not asked again.
 */
const UNTOUCHED_BY_DELETIONS = new Set(['duplicate']);
/**
 * A template this share of its scope's entries follows is the list's clear form: an entry written
 * exactly that way is written as the list writes, whatever a single trait's count says.
 */
const CLEAR_TEMPLATE_SHARE = 0.5;
/** Fewer entries than this following a template are too few to call it the list's form. */
const MIN_TEMPLATE_EVIDENCE = 5;
/**
 * Whether the entry renders back byte for byte through a template most of its list follows. Style
 * rules are about how an entry differs from its list; such an entry does not differ.
 */
function followsTemplate(source, grammar, entry, spacing = 'own') {
    const template = grammar.templateFor(entry);
    if (!template ||
        template.evidence.agree < MIN_TEMPLATE_EVIDENCE ||
        template.evidence.agree < CLEAR_TEMPLATE_SHARE * template.evidence.of)
        return false;
    const values = valuesFor(template, cutEntry(source, entry));
    // Read through its template, an entry keeps its own spacing (where its lines sit included): that
    // says nothing of a line moved out of the item or an empty line lost. Rules about those compare
    // the entry with the template's own spacing.
    const rendered = renderThrough(template, spacing === 'own' ? values : { ...values, spacing: undefined });
    return rendered === entryText(source, entry);
}
/** Shape rules about where an entry's lines sit, which an entry's own spacing cannot vouch for. */
const LINE_PLACEMENT_RULES = new Set(['indent', 'blank-line']);
/** An entry's lines without their indent: the same entry nested deeper or shallower is the same text. */
function textOfEntry(source, block) {
    return source.lines
        .slice(block.startLine - 1, block.endLine)
        .map((line) => line.trim())
        .join('\n');
}
function groupedBy(items, keyOf) {
    const groups = new Map();
    for (const item of items) {
        const key = keyOf(item);
        const group = groups.get(key);
        if (group)
            group.push(item);
        else
            groups.set(key, [item]);
    }
    return groups;
}
/** The words of a line as a reader sees them: link targets dropped. */
function wordsOf(line) {
    // An HTML tag's name and attributes are markup, not words (`<td align='center'>-</td>` has none).
    return (line
        .replace(/\]\([^)\s]*\)/g, '] ')
        .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? []);
}
/**
 * Whether an item was a paper entry before the change took something from it: one of its changed
 * lines keeps only words of a line the change removed from a paper entry of the base version (a
 * link emptied or taken out, bold markers dropped), or none (a line emptied to its indent). Without
 * the base version nothing says so.
 */
async function unmadePapers(source, change, baseList) {
    if (!baseList || !change.removed || change.removed.length === 0)
        return () => false;
    const before = await baseList();
    if (!before)
        return () => false;
    // An empty line taken out took no text from a paper (its spacing is the blank-line rule's).
    const removed = new Set(change.removed.map((line) => line.trim()).filter((line) => line !== ''));
    const paperLines = [];
    for (const block of before.entries) {
        const lines = before.source.lines.slice(block.startLine - 1, block.endLine).map((line) => line.trim());
        if (!lines.some((line) => removed.has(line)))
            continue;
        if (parseEntry(before.source, block).kind !== 'paper')
            continue;
        for (const line of lines)
            if (removed.has(line))
                paperLines.push(new Set(wordsOf(line)));
    }
    if (paperLines.length === 0)
        return () => false;
    return (item) => {
        for (let line = item.startLine; line <= item.endLine; line++) {
            if (!hasLine(change.changed, line))
                continue;
            // A line of the item the change emptied, leaving its indent, is where it took the text out.
            if (line > item.startLine && /^[ \t]+$/.test(source.lines[line - 1]))
                return true;
            const words = wordsOf(source.lines[line - 1]);
            if (words.length > 0 && paperLines.some((was) => words.every((word) => was.has(word))))
                return true;
        }
        return false;
    };
}
/**
 * The page's blocks, with every paragraph entry the change unmade still read as an entry. A paper
 * written as a paragraph (no list marker) is an entry by its opening title alone (bold, a link): a
 * change that took the title's bold or link out leaves a paragraph of prose, which no rule would
 * see. A paragraph the change opened with the words of a paper entry's first line it took out
 * (`**Title**` now `Title`) is segmented as the entry it was, for the rules to say what it lost; so
 * is one whose first line stays as a paper entry's was, the change having taken a later line's link
 * (`Title` over `**[CVPR'21]** **[[PDF]](…)**`, now without the PDF).
 */
async function segmentKeepingEntries(source, change, base) {
    const segments = segment(source);
    if (!base || !change.removed || change.removed.length === 0)
        return segments;
    const inItem = lineSetFrom(segments.items.flatMap(linesOf));
    const outside = [...linesIn(change.changed, source.lines.length)].filter((line) => !isBlank(source.lines[line - 1]) && !hasLine(inItem, line));
    if (outside.length === 0)
        return segments;
    // Each changed line's paragraph start, found once a paragraph: the lines above a changed one in its
    // paragraph are mostly changed too, and walking up from each would be quadratic in its length.
    const starts = new Map();
    const startOf = (line) => {
        let at = line;
        while (at > 1 && !isBlank(source.lines[at - 2])) {
            const known = starts.get(at - 1);
            if (known !== undefined) {
                at = known;
                break;
            }
            at--;
        }
        starts.set(line, at);
        return at;
    };
    const opened = outside.filter((line) => line === startOf(line));
    // A paragraph the change took a later line from (its links' line), its first line as it was.
    const continued = [...new Set(outside.filter((line) => line !== startOf(line)).map(startOf))];
    const before = await base.list();
    if (!before)
        return segments;
    const removed = new Set(change.removed.map((line) => line.trim()));
    const papers = before.entries.filter((block) => block.marker === '' &&
        before.source.lines
            .slice(block.startLine - 1, block.endLine)
            .some((line) => removed.has(line.trim())) &&
        parseEntry(before.source, block).kind === 'paper');
    const firstLines = papers
        .filter((block) => removed.has(before.source.lines[block.startLine - 1].trim()))
        .map((block) => new Set(wordsOf(before.source.lines[block.startLine - 1])));
    const unmade = opened.filter((line) => {
        const words = wordsOf(source.lines[line - 1]);
        return words.length > 0 && firstLines.some((was) => words.every((word) => was.has(word)));
    });
    const kept = new Set(papers.map((block) => before.source.lines[block.startLine - 1].trim()));
    for (const line of continued)
        if (kept.has(source.lines[line - 1].trim()))
            unmade.push(line);
    return unmade.length > 0 ? segment(source, new Set(unmade)) : segments;
}
/** The lines of a set, up to the last line of the text. */
function* linesIn(set, last) {
    for (const [from, to] of set.ranges)
        for (let line = from; line <= Math.min(to, last); line++)
            yield line;
}
/** Whether an entry lacks what marks a paper (its paper link, a bold title), or reads as no paper. */
function lacksItsMarks(entry) {
    return (entry.kind === 'resource' ||
        !entry.title.bold ||
        (entry.title.url === undefined && !entry.links.some((link) => isPaperLink(link))));
}
/** Sections of one paper each, at least, for a list to give its papers headings of their own. */
const MIN_PAPER_SECTIONS = 3;
/** The share of a list's sections with papers that must hold one each. */
const MOST_SECTIONS = 2 / 3;
/**
 * Whether an item's neighbours in its own section (one or two) are paper entries, and whether the
 * list reads the item itself as an entry.
 */
function papersAround(source, entries, items) {
    // The list's own blocks: an item its section vouches for is read as the list reads it.
    const listed = new Map(entries.map((block) => [block.startLine, block]));
    const indexOf = new Map(items.map((item, at) => [item.startLine, at]));
    // The first or last item of its section has one neighbour there.
    const around = (block) => {
        const at = indexOf.get(block.startLine);
        return at === undefined
            ? []
            : [items[at - 1], items[at + 1]].filter((other) => other !== undefined && sectionOf(other) === sectionOf(block));
    };
    const isPaperBeside = (block) => (other) => {
        const listedOther = listed.get(other.startLine);
        return (listedOther !== undefined &&
            isListMarker(other.marker) === isListMarker(block.marker) &&
            parseEntry(source, listedOther).kind === 'paper');
    };
    // A section with no paper but this one, in a list that gives its papers headings of their own (most
    // of its sections with papers hold one, over its link and notes on it): the notes around it are no
    // papers, and it was the section's.
    // The list's paper entries and how many each section holds, read once when an item asks.
    let papers;
    const listPapers = () => {
        if (papers === undefined) {
            const blocks = entries.filter((block) => parseEntry(source, block).kind === 'paper');
            papers = { blocks, perSection: entriesPerSection(blocks) };
        }
        return papers;
    };
    const papersHaveHeadings = () => {
        const counts = [...listPapers().perSection.values()];
        const ones = counts.filter((n) => n === 1).length;
        return ones >= MIN_PAPER_SECTIONS && ones >= MOST_SECTIONS * counts.length;
    };
    const aloneInSection = (block) => sectionOf(block) !== 0 &&
        papersHaveHeadings() &&
        !listPapers().blocks.some((other) => other.startLine !== block.startLine && sectionOf(other) === sectionOf(block));
    return Object.assign((block) => {
        const neighbours = around(block);
        return neighbours.length > 0 && neighbours.every(isPaperBeside(block));
    }, {
        listed: (block) => listed.has(block.startLine),
        /**
         * Whether a paper entry of its section is next to it (on either side), or no item of its kind
         * is (a paper alone under its heading, or a paragraph among its own summary's bullets), or no
         * paper is in its section at all (a paper's own heading over its link and its notes): there
         * no neighbour can say what it is.
         */
        beside: (block) => {
            const neighbours = around(block);
            return (neighbours.some(isPaperBeside(block)) ||
                neighbours.every((other) => isListMarker(other.marker) !== isListMarker(block.marker)) ||
                aloneInSection(block));
        },
    });
}
function entriesPerSection(entries) {
    const counts = new Map();
    for (const block of entries)
        increment(counts, sectionOf(block));
    return counts;
}
/**
 * One rule reports at most MAX_PER_ENTRY problems in one entry, the last saying how many more there
 * are: a line with 100,000 glued badges gets a readable report, not 100,000 copies of the line.
 */
const MAX_PER_ENTRY = 10;
function capped(problems) {
    if (problems.length <= MAX_PER_ENTRY)
        return problems;
    const last = problems[MAX_PER_ENTRY - 1];
    const more = problems.length - MAX_PER_ENTRY;
    return [
        ...problems.slice(0, MAX_PER_ENTRY - 1),
        { ...last, message: `${last.message} (And ${more} more like it in this entry.)` },
    ];
}
/** Whether the config's `ignore` (titles and arXiv ids, normalised) names the entry. */
function isIgnored(entry, ignored) {
    if (ignored.size === 0)
        return false;
    return (ignored.has(normaliseTitle(entry.title.text)) ||
        entry.arxivIds.some((id) => ignored.has(normaliseTitle(id))));
}

function summarise(results) {
    const findings = results.flatMap((result) => result.findings);
    return {
        files: results.length,
        entries: results.reduce((sum, result) => sum + result.entries, 0),
        checked: results.reduce((sum, result) => sum + result.checked, 0),
        readExactly: results.reduce((sum, result) => sum + result.readExactly, 0),
        errors: findings.filter((finding) => finding.severity === 'error').length,
        warnings: findings.filter((finding) => finding.severity === 'warning').length,
    };
}
/** `{"findings":[…],"summary":{…}}`, and any more top-level keys given (the audit's unchecked links). */
function formatJson(results, more = {}) {
    const findings = results.flatMap((result) => result.findings.map(({ path, line, column, endLine, rule, severity, message, fix, source }) => ({
        path,
        line,
        column,
        endLine,
        rule,
        severity,
        message,
        fix,
        ...(source === undefined ? {} : { source }),
    })));
    return JSON.stringify({ findings, ...more, summary: summarise(results) }, null, 2);
}
const COLORS = { error: '\u001b[31m', warning: '\u001b[33m', dim: '\u001b[2m', reset: '\u001b[0m' };
function formatText(results, color) {
    const paint = (code, text) => (color ? `${code}${text}${COLORS.reset}` : text);
    const lines = results.flatMap((result) => result.findings.map((f) => `${terminalSafe(f.path)}:${f.line}:${f.column}  ${paint(COLORS[f.severity], f.severity)}  ${terminalSafe(f.message)}  ${paint(COLORS.dim, f.rule)}`));
    const s = summarise(results);
    lines.push(`${count(s.errors, 'error')}, ${count(s.warnings, 'warning')} in ${count(s.checked, 'entry', 'entries')} checked ` +
        `(${count(s.entries, 'entry', 'entries')} in ${count(s.files, 'file')}).`);
    return lines.join('\n');
}
function count(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/**
 * C0 and C1 controls (ESC starts colour, cursor and OSC sequences: clipboard writes, links, titles;
 * BEL ends them) and the invisible characters that make text read other than it is.
 */
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Shows each control as its escape (`\u001b`): visible, and inert. */
function showControls(text) {
    return text.replace(CONTROLS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Text from a list or a PR as one inert line of terminal or log output. */
function terminalSafe(text) {
    return showControls(text.replace(/[\r\n]+/g, ' '));
}
/** A message of several lines, each made inert as by terminalSafe, its line breaks kept. */
function terminalSafeLines(text) {
    return text.split(/\r?\n/).map(terminalSafe).join('\n');
}
/** `::error file=…,line=…::message` — escaped so text from a PR cannot end the command or start another. */
function formatAnnotation(finding) {
    const properties = [
        `file=${escapeProperty(finding.path)}`,
        `line=${finding.line}`,
        `endLine=${finding.endLine}`,
        `col=${finding.column}`,
        `title=${escapeProperty(`paperlint ${finding.rule}`)}`,
    ].join(',');
    return `::${finding.severity} ${properties}::${escapeData(finding.message)}`;
}
function formatGithub(results) {
    return results.flatMap((result) => result.findings.map(formatAnnotation)).join('\n');
}
/** Workflow-command data: `%`, CR and LF encoded as the runner expects, other controls shown inert. */
function escapeData(text) {
    return showControls(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export { parsePatch as A, diffLines as B, formatAnnotation as C, exactBudget as D, effectiveSettings as E, FALLBACK_TEMPLATE as F, RULE_IDS as G, hasLine as H, mergeFixes as I, roundTrip as J, loadExact as K, LIVE_AT as L, suppression as M, NAME_MARKS as N, isIgnored as O, smallestEdit as P, code as Q, RULES as R, partOf as S, UnwritableEntry as U, findPaperList as a, frameOf as b, cutEntry as c, renderThrough as d, entryReader as e, fixEdit as f, entryText as g, NAMES_LEAD as h, readEntry as i, terminalSafeLines as j, entryKeys as k, learnGrammar as l, learnWriting as m, nestingIn as n, lint as o, formatText as p, count as q, ruleDocUrl as r, formatJson as s, terminalSafe as t, applyFixes as u, valuesFor as v, writeNewEntry as w, formatGithub as x, summarise as y, increment as z };
