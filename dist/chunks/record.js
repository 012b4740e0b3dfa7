/**
 * Two of CommonMark's block constructs the segmenter must know to tell entries from what is not
 * markdown at all, read as the spec (0.31) and micromark read them:
 * - HTML blocks (seven kinds, each with its start and end condition): their lines are raw HTML on
 *   GitHub, so a `- **Title**` line inside one is not an entry;
 * - link reference definitions, which may span lines (`[qlora]:` with the URL, or the title, on the
 *   next line): every reference in the file resolves through them.
 * Both are read from a line's content, its container prefixes (indentation, `>`) already removed.
 */
const RAW_TAGS = new Set(['pre', 'script', 'style', 'textarea']);
const BLOCK_TAGS = new Set([
    ...['address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center'],
    ...['col', 'colgroup', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset'],
    ...['figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5'],
    ...['h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link', 'main', 'menu'],
    ...['menuitem', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p', 'param', 'search', 'section'],
    ...['summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul'],
]);
const BLANK_LINE = { blankLine: true };
const RAW_END = { contains: [...RAW_TAGS].map((name) => `</${name}>`) };
/**
 * The HTML block `content` starts, if it starts one: conditions 1 to 7 of the spec, in its order.
 * Only the seventh (any other complete tag alone on its line) cannot interrupt a paragraph.
 */
function htmlBlockStart(content, interruptsParagraph) {
    if (content[0] !== '<')
        return undefined;
    if (content.startsWith('<!--'))
        return { contains: ['-->'] };
    if (content.startsWith('<?'))
        return { contains: ['?>'] };
    if (content.startsWith('<![CDATA['))
        return { contains: [']]>'] };
    if (/^<![A-Za-z]/.test(content))
        return { contains: ['>'] };
    const closing = content[1] === '/';
    const name = /^[A-Za-z][A-Za-z0-9-]*/.exec(content.slice(closing ? 2 : 1))?.[0].toLowerCase();
    if (name === undefined)
        return undefined;
    const after = content.slice((closing ? 2 : 1) + name.length);
    // Any of the four closing tags ends the block, whichever opened it.
    if (!closing && RAW_TAGS.has(name) && /^(?:[ \t>]|$)/.test(after))
        return RAW_END;
    if (BLOCK_TAGS.has(name) && /^(?:[ \t>]|\/>|$)/.test(after))
        return BLANK_LINE;
    if (interruptsParagraph || (!closing && RAW_TAGS.has(name)))
        return undefined;
    const end = closing ? closingTagEnd(after) : openTagEnd(after);
    return end !== -1 && /^[ \t]*$/.test(after.slice(end)) ? BLANK_LINE : undefined;
}
/** Whether `line` ends the HTML block (a blank line ends the blank-line kind before it). */
function endsHtmlBlock(end, line) {
    if (!('contains' in end))
        return false;
    const lower = line.toLowerCase();
    return end.contains.some((text) => lower.includes(text));
}
/** The end of a closing tag's rest (after `</name`): white space, then `>`; -1 if it is not one. */
function closingTagEnd(rest) {
    const i = skip(rest, 0, SPACE);
    return rest[i] === '>' ? i + 1 : -1;
}
const SPACE = /[ \t]/;
const ATTRIBUTE_NAME_START = /[A-Za-z_:]/;
const ATTRIBUTE_NAME = /[A-Za-z0-9_.:-]/;
const UNQUOTED_VALUE = /[^ \t"'=<>`]/;
/**
 * The end of an open tag's rest (after `<name`): attributes (each after white space; a value
 * unquoted, in single or double quotes), white space, an optional `/`, then `>`; -1 if it is not
 * one. One pass, no backtracking.
 */
function openTagEnd(rest) {
    let i = 0;
    for (;;) {
        const spaced = skip(rest, i, SPACE);
        if (spaced === i || !ATTRIBUTE_NAME_START.test(rest[spaced] ?? '')) {
            i = spaced;
            break;
        }
        i = skip(rest, spaced + 1, ATTRIBUTE_NAME);
        const equals = skip(rest, i, SPACE);
        if (rest[equals] !== '=')
            continue;
        const value = skip(rest, equals + 1, SPACE);
        const quote = rest[value];
        if (quote === '"' || quote === "'") {
            const close = rest.indexOf(quote, value + 1);
            if (close === -1)
                return -1;
            i = close + 1;
        }
        else {
            i = skip(rest, value, UNQUOTED_VALUE);
            if (i === value)
                return -1;
        }
    }
    if (rest[i] === '/')
        i++;
    return rest[i] === '>' ? i + 1 : -1;
}
function skip(text, from, allowed) {
    let i = from;
    while (i < text.length && allowed.test(text[i]))
        i++;
    return i;
}
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/**
 * The link reference definition at the start of `text` (a paragraph's first line and the lines that
 * may continue it, joined by "\n", each without its container prefix), as CommonMark reads one:
 * `[label]:`, a destination (`<...>` or a run without spaces, its parentheses balanced), an optional
 * title in `"`, `'` or `()`, each part on the same line or the next; nothing but white space after
 * it. A title that does not close properly on a later line leaves the definition ending with its
 * destination, and that line to the paragraph.
 */
function parseDefinition(text) {
    if (text[0] !== '[')
        return undefined;
    let close = -1;
    for (let i = 1; i < text.length && i <= 1000; i++) {
        if (text[i] === '\\' && ASCII_PUNCTUATION.test(text[i + 1] ?? ''))
            i++;
        else if (text[i] === '[')
            return undefined;
        else if (text[i] === ']') {
            close = i;
            break;
        }
    }
    // A label holds at most 999 characters, one of them at least not white space.
    if (close === -1 || close > 1000 || text[close + 1] !== ':')
        return undefined;
    const label = text.slice(1, close);
    if (!/[^ \t\n]/.test(label))
        return undefined;
    const destination = whiteSpaceWithOneLineEnding(text, close + 2);
    const destinationEnd = destinationAt(text, destination);
    if (destinationEnd === -1)
        return undefined;
    const restOfLine = skip(text, destinationEnd, SPACE);
    const endsWithDestination = restOfLine === text.length || text[restOfLine] === '\n';
    const title = whiteSpaceWithOneLineEnding(text, destinationEnd);
    const titleEnd = title > destinationEnd ? titleAt(text, title) : -1;
    if (titleEnd !== -1) {
        const after = skip(text, titleEnd, SPACE);
        if (after === text.length || text[after] === '\n')
            return { label, lines: lineOf(text, after) };
    }
    return endsWithDestination ? { label, lines: lineOf(text, restOfLine) } : undefined;
}
/** Past spaces and tabs with at most one line ending among them. */
function whiteSpaceWithOneLineEnding(text, from) {
    const i = skip(text, from, SPACE);
    return text[i] === '\n' ? skip(text, i + 1, SPACE) : i;
}
/** The end of the link destination starting at `from`, or -1 if there is none. */
function destinationAt(text, from) {
    if (text[from] === '<') {
        for (let i = from + 1; i < text.length; i++) {
            if (text[i] === '\\' && ASCII_PUNCTUATION.test(text[i + 1] ?? ''))
                i++;
            else if (text[i] === '\n' || text[i] === '<')
                return -1;
            else if (text[i] === '>')
                return i + 1;
        }
        return -1;
    }
    let depth = 0;
    let i = from;
    for (; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code <= 32 || code === 127)
            break;
        if (text[i] === '\\' && ASCII_PUNCTUATION.test(text[i + 1] ?? ''))
            i++;
        else if (text[i] === '(')
            depth++;
        else if (text[i] === ')' && depth-- === 0)
            return -1;
    }
    return i === from || depth !== 0 ? -1 : i;
}
/** The end of the title starting at `from` (`"..."`, `'...'` or `(...)`), or -1 if there is none. */
function titleAt(text, from) {
    const open = text[from];
    const close = open === '(' ? ')' : open;
    if (open !== '"' && open !== "'" && open !== '(')
        return -1;
    for (let i = from + 1; i < text.length; i++) {
        if (text[i] === '\\' && ASCII_PUNCTUATION.test(text[i + 1] ?? ''))
            i++;
        else if (text[i] === close)
            return i + 1;
        else if (open === '(' && text[i] === '(')
            return -1;
    }
    return -1;
}
/** Which line (1-based) of `text` holds offset `at`. */
function lineOf(text, at) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** A label as CommonMark matches it (as micromark does): case-folded, inner white space collapsed. */
function normaliseLabel(label) {
    return label
        .replace(/[ \t\r\n]+/g, ' ')
        .trim()
        .toLowerCase()
        .toUpperCase();
}

function toSource(text) {
    const bom = text.charCodeAt(0) === 0xfeff;
    // Split natively (a loop of indexOf and slice took twice as long on a large list, run once and cold).
    const lines = (bom ? text.slice(1) : text).split('\n');
    const last = lines.length - 1;
    const endings = [];
    for (let i = 0; i < last; i++) {
        const line = lines[i];
        const crlf = line.length > 0 && line.charCodeAt(line.length - 1) === 13;
        if (crlf)
            lines[i] = line.slice(0, -1);
        endings.push(crlf ? '\r\n' : '\n');
    }
    // The last line has no ending (a carriage return there is the line's own).
    endings.push('');
    // A final newline does not open one more (empty) line.
    if (lines.length > 1 && lines[lines.length - 1] === '') {
        lines.pop();
        endings.pop();
    }
    return { lines, endings, bom };
}
function fromSource(source) {
    let out = source.bom ? '\ufeff' : '';
    for (let i = 0; i < source.lines.length; i++)
        out += source.lines[i] + source.endings[i];
    return out;
}
function isBlank(line) {
    for (let i = 0; i < line.length; i++) {
        const ch = line.charCodeAt(i);
        if (ch !== 0x20 && ch !== 0x09)
            return false;
    }
    return true;
}
/** Width of the leading white space, with tabs expanded to the next multiple of 4 as CommonMark does. */
function indentWidth(line) {
    let width = 0;
    for (let i = 0; i < line.length; i++) {
        const code = line.charCodeAt(i);
        if (code === 32)
            width += 1;
        else if (code === 9)
            width += 4 - (width % 4);
        else
            break;
    }
    return width;
}
/** Length of the longest run of backticks: a fence or code span must be longer to enclose the text. */
function longestBacktickRun(text) {
    let longest = 0;
    let run = 0;
    for (let i = 0; i < text.length; i++) {
        run = text.charCodeAt(i) === 96 ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    return longest;
}
const matchingLines = new WeakMap();
/**
 * The lines (1-based) of a text that pass a test, read once per text and test: a rule that asks how
 * the rest of the list writes something asks it for every entry.
 */
function linesWhere(source, test) {
    let byTest = matchingLines.get(source);
    if (!byTest)
        matchingLines.set(source, (byTest = new Map()));
    let lines = byTest.get(test);
    if (!lines) {
        const found = [];
        source.lines.forEach((text, index) => {
            if (test(text))
                found.push(index + 1);
        });
        byTest.set(test, (lines = found));
    }
    return lines;
}
/** String offset at which a 1-based visual column (tabs expanded) starts. */
function offsetOfColumn(line, column) {
    let width = 0;
    let i = 0;
    while (i < line.length && width < column - 1) {
        width += line[i] === '\t' ? 4 - (width % 4) : 1;
        i++;
    }
    return i;
}

/**
 * An entry's inline structure (links, images, bold and italic spans), seen through one narrow
 * view, and the fast scanner that produces it for the entries it reads exactly.
 *
 * Why not mdast for every entry: mdast-util-from-markdown parses about 1.5 MB/s here (225 µs for
 * one entry), so a 10,000-entry list would take over 2 s before any rule runs. Most entry lines use
 * a handful of constructs (bold, italics, links, images), and these scanners find them in one
 * linear pass with no backtracking. `scannerProves` says when that reading is exactly CommonMark's
 * (GFM's, as GitHub renders it); every other entry is read by mdast (./exact.ts), and the
 * differential property test holds the two to the same answer wherever the scanner claims an entry.
 * All indices are 0-based string offsets; `end` is exclusive.
 */
/** The scanner's reading of lines (exact only for entries `scannerProves`). */
function scannedView(lines) {
    const links = new Map();
    return {
        exact: false,
        links: (line) => {
            let found = links.get(line);
            if (!found)
                links.set(line, (found = scannedLinks(lines[line - 1] ?? '')));
            return found;
        },
        strongAt: (line, offset) => strongAt(lines[line - 1] ?? '', offset),
        emphasisAt: (line, offset) => emphasisAt(lines[line - 1] ?? '', offset),
        firstStrong: (line, from, before) => firstStrong(lines[line - 1] ?? '', from, before),
    };
}
/** An attribute's value (entities decoded) and where its text sits in the tag. */
function attribute(tag, name) {
    const match = new RegExp(String.raw `\s${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>\x60]+))`, 'i').exec(tag);
    if (!match)
        return undefined;
    const raw = match[1] ?? match[2] ?? match[3];
    const start = match.index + match[0].length - raw.length - (match[3] === undefined ? 1 : 0);
    return { value: decodeEntities(raw), start, end: start + raw.length };
}
const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
        if (name[0] !== '#')
            return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}
const IMG_TAG = /<img\b[^>]*>/gi;
const ANCHOR = /<a\b[^>]*>([^<]*)<\/a\s*>/gi;
/**
 * The links HTML tags of a text make: each tag `pattern` matches whose opening tag sets the
 * attribute `url` names, with the text `textOf` reads from the match.
 */
function tagLinks(text, pattern, url, image, textOf) {
    const found = [];
    for (const tag of text.matchAll(pattern)) {
        const target = attribute(tag[0].slice(0, tag[0].indexOf('>') + 1), url);
        if (!target)
            continue;
        found.push({
            image,
            text: textOf(tag),
            url: target.value,
            start: tag.index,
            end: tag.index + tag[0].length,
            urlStart: tag.index + target.start,
            urlEnd: tag.index + target.end,
        });
    }
    return found;
}
/** `<img src=... alt=...>` tags in a text: images, their alt text as their text. */
function htmlImages(text) {
    return tagLinks(text, IMG_TAG, 'src', true, (tag) => attribute(tag[0], 'alt')?.value ?? '');
}
/**
 * `<a href="…">text</a>` tags of one line, whose text is plain: links, their text as their label.
 * Read only where a block is raw HTML that shows its links so (an HTML table's cells); an entry in
 * Markdown is read by the scanner or mdast.
 */
function htmlAnchors(text) {
    return tagLinks(text, ANCHOR, 'href', false, (tag) => decodeEntities(tag[1]));
}
/**
 * A CommonMark autolink, `<https://…>`: a scheme of 2–32 characters, a colon, then anything but
 * spaces, `<` and `>`. GitHub renders it as a link whose text is its URL.
 */
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/g;
/**
 * The links the scanner reads on a line: inline links and images, autolinks and `<img>` tags (an
 * entry with HTML or an autolink is never proven, but a list that writes its papers' links or
 * badges so still has them).
 */
function scannedLinks(line) {
    const links = findLinks(line);
    if (!line.includes('<'))
        return links;
    const autolinks = [...line.matchAll(AUTOLINK)].map((match) => ({
        image: false,
        text: match[1],
        url: match[1],
        start: match.index,
        end: match.index + match[0].length,
        urlStart: match.index + 1,
        urlEnd: match.index + match[0].length - 1,
    }));
    const outside = [...autolinks, ...htmlImages(line)].filter((tag) => !links.some((link) => link.start <= tag.start && tag.start < link.end));
    return outside.length === 0 ? links : [...links, ...outside].sort((a, b) => a.start - b.start);
}
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
/**
 * matchPairs's answers, kept and overwritten for every line (findLinks reads them at once): the
 * bracket pairs as opener, closer, opener, closer… in the order their closers come, and for each
 * offset of the line the closing parenthesis of an opening one there, -1 for none. Two maps made
 * for every line of a list were a tenth of reading its links.
 */
const bracketPairs = [];
let parenCloseAt = new Int32Array(1024);
/** Pairs brackets and parentheses in one pass, each with its own stack; escaped ones do not count. */
function matchPairs(line) {
    bracketPairs.length = 0;
    if (parenCloseAt.length < line.length)
        parenCloseAt = new Int32Array(line.length * 2);
    parenCloseAt.fill(-1, 0, line.length);
    const openBrackets = [];
    const openParens = [];
    for (let i = 0; i < line.length; i++) {
        const ch = line.charCodeAt(i);
        if (ch === BACKSLASH)
            i++;
        else if (ch === OPEN_BRACKET)
            openBrackets.push(i);
        else if (ch === CLOSE_BRACKET) {
            if (openBrackets.length > 0)
                bracketPairs.push(openBrackets.pop(), i);
        }
        else if (ch === OPEN_PAREN)
            openParens.push(i);
        else if (ch === CLOSE_PAREN && openParens.length > 0)
            parenCloseAt[openParens.pop()] = i;
    }
}
function findLinks(line) {
    // One array for lines with links and without: an empty literal of its own would be an array of
    // another kind to V8, and the code reading links, compiled for one kind, is thrown away at the other.
    const links = [];
    if (!line.includes(']('))
        return links;
    matchPairs(line);
    let sorted = true;
    for (let pair = 0; pair < bracketPairs.length; pair += 2) {
        const open = bracketPairs[pair];
        const close = bracketPairs[pair + 1];
        if (line[close + 1] !== '(')
            continue;
        const parenClose = parenCloseAt[close + 1];
        if (parenClose === -1)
            continue;
        const destination = parseDestination(line, close + 2, parenClose);
        if (!destination)
            continue;
        const image = open > 0 && line[open - 1] === '!' && line[open - 2] !== '\\';
        const start = image ? open - 1 : open;
        if (links.length > 0 && links[links.length - 1].start > start)
            sorted = false;
        links.push({
            image,
            text: line.slice(open + 1, close),
            url: destination.url,
            start,
            end: parenClose + 1,
            urlStart: destination.start,
            urlEnd: destination.end,
        });
    }
    // Found in the order their brackets close: out of order only when one holds another.
    return sorted ? links : links.sort((a, b) => a.start - b.start);
}
/** `url`, `<url>` or `url "title"` between the parentheses; anything else is not a link. */
function parseDestination(line, from, to) {
    let start = from;
    while (start < to && (line[start] === ' ' || line[start] === '\t'))
        start++;
    if (line[start] === '<') {
        const close = line.indexOf('>', start);
        if (close === -1 || close > to)
            return null;
        return { url: line.slice(start + 1, close), start: start + 1, end: close };
    }
    let end = start;
    while (end < to && line[end] !== ' ' && line[end] !== '\t')
        end++;
    const rest = line.slice(end, to).trim();
    if (rest !== '' && !/^(".*"|'.*'|\(.*\))$/.test(rest))
        return null;
    return { url: line.slice(start, end), start, end };
}
/** `**bold**` or `__bold__` opening exactly at `at`, closed on the same line. */
function strongAt(line, at) {
    const delimiter = line.slice(at, at + 2);
    if (delimiter !== '**' && delimiter !== '__')
        return undefined;
    if (/\s/.test(line[at + 2] ?? ' '))
        return undefined;
    let close = line.indexOf(delimiter, at + 3);
    while (close !== -1 && /\s/.test(line[close - 1]))
        close = line.indexOf(delimiter, close + 1);
    if (close === -1)
        return undefined;
    // `***` closes on its last two stars: the first belongs to the text.
    while (line[close + 2] === delimiter[0] && close + 3 <= line.length)
        close++;
    return { start: at, end: close + 2, innerStart: at + 2, innerEnd: close };
}
/** `*italic*` or `_italic_` opening exactly at `at` (not a `**` run), closed on the same line. */
function emphasisAt(line, at) {
    const delimiter = line[at];
    if (delimiter !== '*' && delimiter !== '_')
        return undefined;
    if (line[at + 1] === delimiter || /\s/.test(line[at + 1] ?? ' '))
        return undefined;
    for (let close = line.indexOf(delimiter, at + 1); close !== -1; close = line.indexOf(delimiter, close + 1)) {
        const doubled = line[close + 1] === delimiter || line[close - 1] === delimiter;
        if (!doubled && !/\s/.test(line[close - 1])) {
            return { start: at, end: close + 1, innerStart: at + 1, innerEnd: close };
        }
    }
    return undefined;
}
/** The first `**bold**` (or `__bold__`) span that opens at or after `from` and closes on the line. */
function firstStrong(line, from, before = line.length) {
    for (let at = from; at < before; at++) {
        const ch = line[at];
        if (ch === '\\') {
            at++;
        }
        else if ((ch === '*' || ch === '_') && line[at + 1] === ch && line[at - 1] !== ch) {
            const strong = strongAt(line, at);
            if (strong)
                return strong;
        }
    }
    return undefined;
}
/**
 * The cells of a GFM table row: content offsets (trimmed), split at unescaped `|`; the row's
 * leading and trailing pipes open and close it rather than delimiting empty cells.
 */
function tableCells(line) {
    const cells = [];
    let start = 0;
    const push = (from, to) => {
        while (from < to && /\s/.test(line[from]))
            from++;
        while (to > from && /\s/.test(line[to - 1]))
            to--;
        cells.push({ start: from, end: to });
    };
    for (let i = 0; i < line.length; i++) {
        if (line[i] === '\\')
            i++;
        else if (line[i] === '|') {
            push(start, i);
            start = i + 1;
        }
    }
    push(start, line.length);
    if (/^\s*\|/.test(line))
        cells.shift();
    if (/\|\s*$/.test(line) && !/\\\|\s*$/.test(line))
        cells.pop();
    return cells;
}
/**
 * Whether the scanner reads lines `first`..`last` of an entry exactly as CommonMark with GFM does,
 * so mdast need not be asked. It proves only the shapes it handles, line by line: links and images
 * it pairs completely, bold and italic spans that open and close in turn (CommonMark's flanking
 * rules, no nesting), intraword underscores, and, in a file with no reference definitions,
 * brackets that pair up as plain text (`[[pdf]](url)`, `[MASK]`). Anything else (code spans,
 * escapes, entities, HTML and autolinks, references, bare URLs, an unpaired delimiter or bracket,
 * block structure inside the item) sends the entry to mdast: a construct left unpaired on one
 * line could pair with one on the next. `contentStart` is the title's first offset in its line.
 */
function scannerProves(lines, first, last, contentStart, contentIndent, definitions, linksOf = (line) => findLinks(lines[line - 1])) {
    let previousBlank = false;
    let outside = false;
    for (let lineNo = first; lineNo <= last; lineNo++) {
        const line = lines[lineNo - 1];
        if (isBlank(line)) {
            previousBlank = true;
            continue;
        }
        if (NEEDS_PARSER.test(line))
            return false;
        // A line short of the item's text after an empty line ends the list: what follows it is read
        // against the page's margin, not the item's (four spaces there make a code block).
        const indent = indentWidth(line);
        if (previousBlank && lineNo !== first) {
            if (outside)
                return false;
            outside = indent < contentIndent;
            if (outside && indent >= 4)
                return false;
        }
        const title = lineNo === first;
        let start = title ? contentStart : line.length - line.trimStart().length;
        // Five spaces after the marker, or four more than the text after an empty line: a code block.
        if (title ? /\s/.test(line[start] ?? '') : previousBlank && indent >= contentIndent + 4) {
            return false;
        }
        // A quoted note inside the entry (`> ...`) is read like any line once past its marker.
        if (!title && line[start] === '>' && indent >= contentIndent)
            start += line[start + 1] === ' ' ? 2 : 1;
        if (BLOCK_START.test(line.slice(start)))
            return false;
        if (!inlineProves(line, start, definitions, linksOf(lineNo)))
            return false;
        previousBlank = false;
    }
    return true;
}
/** Escapes, code spans, HTML, autolinks and entities, anywhere on a line (URLs included). */
const NEEDS_PARSER = /[\\`<]|&#?[A-Za-z0-9]+;/;
/** A line opening a block of its own (heading, quote, table, list, break, fence, setext line). */
const BLOCK_START = /^(?:[#>|=:+~-]|[*_](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|_{3})/;
/** What inlineProves reads of a line's text: brackets and emphasis or strikethrough delimiters. */
const DELIMITER = /[[\]*_~]/g;
/** Text GFM turns into links on its own: bare URLs and e-mail addresses. */
const AUTOLINK_LITERAL = /https?:|www\.|[\w.+-]@[\w-]+\./gi;
const isWhitespace = (ch) => ch === undefined || /\s/.test(ch);
const isPunctuation = (ch) => ch !== undefined && /[\p{P}\p{S}]/u.test(ch);
/** CommonMark's left- and right-flanking delimiter runs, from the characters around the run. */
const leftFlanking = (before, after) => !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
const rightFlanking = (before, after) => !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
/**
 * One line from `start`: every link's markup paired, brackets left over only as balanced plain
 * text (and only without definitions in the file), and `*`/`_` runs only as spans of one or two
 * that open and close in turn, or as underscores inside words.
 */
/**
 * inlineProves's marks of the characters that are link markup, one per offset of the line: one
 * array kept and cleared for every line, as a new one for each line cost a tenth of its time.
 */
let markupOf = new Uint8Array(1024);
function inlineProves(line, start, definitions, links) {
    if (markupOf.length < line.length)
        markupOf = new Uint8Array(line.length * 2);
    else
        markupOf.fill(0, 0, line.length);
    // Read and written below the line's length only (a link ends on its line).
    const markup = markupOf;
    for (let index = 0; index < links.length; index++) {
        const link = links[index];
        // A title after the URL, or a link inside another one (or inside an image's alt): not proven.
        for (let i = link.urlEnd; i < link.end - 1; i++)
            if (!isWhitespace(line[i]))
                return false;
        // Links are sorted by start: those opening inside this one follow it.
        for (let i = index + 1; i < links.length && links[i].start < link.end; i++) {
            if (link.image || !links[i].image)
                return false;
        }
        const open = link.image ? link.start + 1 : link.start;
        const close = open + 1 + link.text.length;
        markup[link.start] = 1;
        markup[open] = 1;
        for (let i = close; i < link.end; i++)
            markup[i] = 1;
    }
    let depth = 0;
    const runs = [];
    // Only these characters matter here: the search skips the words between them.
    DELIMITER.lastIndex = start;
    for (let found; (found = DELIMITER.exec(line));) {
        const i = found.index;
        if (markup[i])
            continue;
        const ch = found[0];
        if (ch === '~')
            return false;
        if (ch === '[' || ch === ']') {
            // Plain-text brackets: balanced, with no definition to make them a reference, and not a link
            // whose destination the scanner could not read (`[a](b c)`, `[a](` ending the line).
            if (definitions || (ch === ']' && (--depth < 0 || line[i + 1] === '(')))
                return false;
            if (ch === '[')
                depth++;
            continue;
        }
        let end = i + 1;
        while (line[end] === ch && !markup[end])
            end++;
        const intraword = ch === '_' &&
            !isWhitespace(line[i - 1]) &&
            !isPunctuation(line[i - 1]) &&
            !isWhitespace(line[end]) &&
            !isPunctuation(line[end]);
        if (!intraword)
            runs.push({ char: ch, start: i, end });
        DELIMITER.lastIndex = end;
    }
    if (depth !== 0)
        return false;
    // A bare URL or address in the text (not in a link's destination) is a link GFM makes itself.
    AUTOLINK_LITERAL.lastIndex = start;
    for (let match; (match = AUTOLINK_LITERAL.exec(line));)
        if (!markup[match.index])
            return false;
    return emphasisPairs(line, runs, links);
}
/**
 * Runs that pair up in turn (opener, closer, opener, closer...) by CommonMark's flanking rules,
 * same character and length (1 or 2) in a pair, and never astride a link's brackets: each closer
 * then finds its own opener as the only one still open, as the scanner pairs them.
 */
function emphasisPairs(line, runs, links) {
    if (runs.length % 2 !== 0)
        return false;
    // CommonMark's rules: `*` opens when left-flanking and closes when right-flanking; `_` also
    // needs, to open, not right-flanking or punctuation before; to close, the mirror of that.
    const opens = (run) => {
        const before = line[run.start - 1];
        const after = line[run.end];
        if (!leftFlanking(before, after))
            return false;
        return run.char === '*' || !rightFlanking(before, after) || isPunctuation(before);
    };
    const closes = (run) => {
        const before = line[run.start - 1];
        const after = line[run.end];
        if (!rightFlanking(before, after))
            return false;
        return run.char === '*' || !leftFlanking(before, after) || isPunctuation(after);
    };
    for (let i = 0; i < runs.length; i += 2) {
        const open = runs[i];
        const close = runs[i + 1];
        const length = open.end - open.start;
        if (open.char !== close.char || length > 2 || close.end - close.start !== length)
            return false;
        if (!opens(open) || !closes(close))
            return false;
        const inside = (at, link) => link.start < at && at < link.end;
        if (links.some((link) => inside(open.start, link) !== inside(close.start, link)))
            return false;
    }
    return true;
}

/** A line that opens a table: `<table>`, `<table class="tg">`. */
const TABLE_START = /^ {0,3}<table\b/i;
const TAG = /<(\/?)(table|tr|td|th)\b([^>]*)>/gi;
/** A link in a cell: what tells a header row (names) from the rows under it. */
const LINK_TAG = /<a\s[^>]*\bhref\s*=/i;
/** A whole number attribute (`colspan="2"`, `rowspan='27'`); 1 when absent or unreadable. */
function span(attributes, name) {
    const value = new RegExp(String.raw `\b${name}\s*=\s*["']?(\d{1,3})`, 'i').exec(attributes)?.[1];
    return value === undefined ? 1 : Math.max(1, Number(value));
}
/**
 * The cells of the row on lines `startLine`..`endLine` (1-based), from its `<tr>` to its `</tr>`. A
 * cell over lines is read on its first line: its text there (if any) is what it names.
 */
function rowCells(lines, startLine, endLine) {
    const cells = [];
    let open;
    let inRow = false;
    const close = (lineNo, at) => {
        if (!open)
            return;
        const line = lines[open.line - 1];
        let start = open.start;
        let end = open.line === lineNo ? at : line.length;
        while (start < end && /\s/.test(line[start]))
            start++;
        while (end > start && /\s/.test(line[end - 1]))
            end--;
        cells.push({ line: open.line, start, end, colspan: open.colspan, rowspan: open.rowspan });
        open = undefined;
    };
    for (let lineNo = startLine; lineNo <= endLine; lineNo++) {
        for (const tag of (lines[lineNo - 1] ?? '').matchAll(TAG)) {
            const closing = tag[1] === '/';
            const name = tag[2].toLowerCase();
            if (name === 'tr' && !closing && !inRow) {
                inRow = true;
                continue;
            }
            if (!inRow)
                continue;
            close(lineNo, tag.index);
            if (name !== 'td' && name !== 'th')
                return cells;
            if (!closing) {
                open = {
                    line: lineNo,
                    start: tag.index + tag[0].length,
                    colspan: span(tag[3], 'colspan'),
                    rowspan: span(tag[3], 'rowspan'),
                };
            }
        }
    }
    close(endLine + 1, 0);
    return cells;
}
/**
 * A row's cells by the column each falls in: past the columns that cells of rows above span into
 * (`spanned`), a cell spanning columns (`colspan`) taking the first of them. None where none falls.
 */
function placedCells(cells, spanned) {
    const taken = new Set(spanned);
    const byColumn = [];
    let column = 0;
    for (const cell of cells) {
        while (taken.has(column))
            column++;
        byColumn[column] = cell;
        column += cell.colspan;
    }
    return Array.from(byColumn);
}
/** A header cell's name: its text without tags. */
function cellName(lines, cell) {
    return lines[cell.line - 1]
        .slice(cell.start, cell.end)
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
/**
 * The table that opens on line index `from` (0-based): its rows under the header, as items, and
 * the index of the line that closes it. Undefined when it is no table this reader can vouch for: no
 * `</table>`, a table inside it, or a blank line inside it before a line indented as code (GitHub
 * ends the HTML there and shows the rest as code).
 */
function readHtmlTable(lines, from, headings) {
    // Each row's lines: from its `<tr>` to its `</tr>`, or to the line before the next row or the table's end.
    const rows = [];
    let row;
    let end = -1;
    scan: for (let i = from; i < lines.length; i++) {
        const line = lines[i];
        if (isBlank(line)) {
            const next = lines.slice(i + 1).find((text) => !isBlank(text));
            if (next !== undefined && indentWidth(next) >= 4)
                return undefined;
            continue;
        }
        if (row)
            row.endLine = i + 1;
        for (const tag of line.matchAll(TAG)) {
            const closing = tag[1] === '/';
            const name = tag[2].toLowerCase();
            if (name === 'table' && !closing && i > from)
                return undefined;
            if (name === 'table' && closing) {
                end = i;
                break scan;
            }
            if (name !== 'tr')
                continue;
            if (closing)
                row = undefined;
            else {
                // A row left open ends where the next begins.
                if (row)
                    row.endLine = Math.max(row.startLine, i);
                row = { startLine: i + 1, endLine: i + 1 };
                rows.push(row);
            }
        }
    }
    if (end === -1)
        return undefined;
    const cells = rows.map((r) => rowCells(lines, r.startLine, r.endLine));
    // By column: how many rows still to come a cell above spans into.
    const spanning = [];
    const spannedBefore = cells.map((own) => {
        const spanned = spanning.flatMap((rowsLeft, column) => (rowsLeft > 0 ? [column] : []));
        placedCells(own, spanned).forEach((cell, column) => {
            if (cell)
                for (let k = 0; k < cell.colspan; k++)
                    spanning[column + k] = cell.rowspan;
        });
        spanning.forEach((_, column) => spanning[column]--);
        return spanned;
    });
    // The header: the rows before the first that links anything (names, over one row or two).
    const firstLinking = cells.findIndex((own) => own.some((c) => LINK_TAG.test(lines[c.line - 1].slice(c.start, c.end))));
    const headerRows = firstLinking === -1 ? rows.length : firstLinking;
    const columns = [];
    if (headerRows > 0) {
        placedCells(cells[0], []).forEach((c, at) => {
            if (c)
                for (let k = 0; k < c.colspan; k++)
                    columns[at + k] = cellName(lines, c);
        });
    }
    const names = Array.from(columns, (name) => name ?? '');
    return {
        end,
        rows: rows.slice(headerRows).map((r, at) => {
            let endLine = r.endLine;
            while (endLine > r.startLine && isBlank(lines[endLine - 1]))
                endLine--;
            return {
                startLine: r.startLine,
                endLine,
                marker: '|',
                markerColumn: 1,
                contentColumn: 1,
                headings,
                columns: names,
                htmlRow: { spannedColumns: spannedBefore[headerRows + at] },
            };
        }),
    };
}

/**
 * What a link is, read from its label and its target alone: a paper's (a paper host, a label that
 * names the paper), code's, or an arXiv page (which id, which page). The reader asks it to tell
 * papers from other items; the grammar and the rules ask it of an entry's links.
 */
/** An arXiv identifier: new style `2106.09685`, or old style `hep-th/9901001`. */
const ARXIV_ID = String.raw `(?:[a-z-]+(?:\.[a-z]{2})?\/\d{7}|\d{4}\.\d{4,5})`;
const ARXIV_URL = new RegExp(String.raw `^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(abs|pdf|html)\/(${ARXIV_ID})(v\d+)?(\.pdf)?\/?(?:[?#].*)?$`, 'i');
/** `pdf`, `Paper`, `arXiv`…, possibly qualified: `pdf (Chinese)`. */
const PAPER_LABEL = /^(pdf|paper|arxiv|abs|abstract|doi|openreview|acl|link|html|pub|publication|journal|article|preprint|proceedings)(?:\s*\([^)]*\))?$/i;
/**
 * Where papers themselves are published (a link here is the paper, whatever its label), with a
 * conference's page of one paper (USENIX's `/conference/osdi20/presentation/qiu`, NDSS's
 * `/ndss-paper/…`), its abstract and PDF.
 */
const PAPER_HOST = /^(?:https?:\/\/)?(?:[\w-]+\.)*(?:arxiv\.org|openreview\.net|aclanthology\.org|aclweb\.org|doi\.org|papers\.nips\.cc|proceedings\.neurips\.cc|proceedings\.mlr\.press|ieeexplore\.ieee\.org|dl\.acm\.org|link\.springer\.com|openaccess\.thecvf\.com|ojs\.aaai\.org|aaai\.org|ijcai\.org|semanticscholar\.org|biorxiv\.org|medrxiv\.org|ssrn\.com|jmlr\.org|sciencedirect\.com|ecva\.net|isca-speech\.org|isca-archive\.org|pnas\.org|academic\.oup\.com|onlinelibrary\.wiley\.com|nature\.com\/articles|science\.org\/doi|researchgate\.net\/publication|usenix\.org\/conference\/[\w.-]+\/(?:technical-sessions\/)?presentation|ndss-symposium\.org\/ndss-paper)\/|\.pdf(?:[?#].*)?$/i;
/** Where code, models, posts and videos live: a `[link]` there is not to a paper. */
const CODE_HOST = /^(?:https?:\/\/)?(?:[\w-]+\.)*(?:github\.com|gitlab\.com|huggingface\.co\/(?!papers)|github\.io|wikipedia\.org|medium\.com|substack\.com|zhihu\.com|youtube\.com|youtu\.be|twitter\.com|x\.com|ruder\.io|towardsdatascience\.com)(?:[/:]|$)/i;
/**
 * A page listing a venue's papers, not one paper: a year's proceedings (`/proceedings/2025/`,
 * `/doi/proceedings/…`, `/events/acl-2025/`, `/volumes/…`, `/xpl/conhome/…`), a conference's group
 * (`/group?id=…`) or day listing (`/CVPR2025?day=all`), a volume (`/v238/`).
 */
const VENUE_INDEX = /^https?:\/\/[^/?#]+\/(?:proceedings\/\d{4}|events\/[\w-]+|volumes\/[\w.-]+|doi\/proceedings\/.*|xpl\/conhome\/.*|group\?.*|[a-z]+\d{4}(?:\.py)?|v\d+)\/?(?:[?#].*)?$/i;
/** A link named by a year or a number (`[2025](…)`, `[25](…)`): a venue index's, with the page above. */
const NUMBER_LABEL = /^\s*\d{1,4}\s*$/;
/** A URL where code, models, posts or videos live (GitHub, Hugging Face, Medium, YouTube…). */
function isCodeHost(url) {
    return CODE_HOST.test(url.trim());
}
/** A URL where papers are published (arXiv, a DOI, a proceedings site, a PDF). */
function isPaperHost(url) {
    return PAPER_HOST.test(url.trim());
}
/**
 * A link's text that says it is the paper (`[Paper]`, `[[pdf]]`); not `[link]`, which may go
 * anywhere. The editor's word that the item is a paper, wherever the link goes (a project page on
 * github.io, the repository it is published with).
 */
const PAPER_ITSELF = /^\[?(?:pdf|paper|arxiv|abs|abstract|doi|openreview)\]?$/i;
const namesThePaper = (label) => PAPER_ITSELF.test(label.trim());
/** A link to the paper itself: labelled like one, or pointing where papers are published. */
function isPaperLink(link) {
    const url = link.url.trim();
    // `- [IJCAI](…) [2025](…/proceedings/2025/), [2024](…)`: a venue index links its years' papers, none is one.
    if (NUMBER_LABEL.test(link.label) && VENUE_INDEX.test(url))
        return false;
    // A label in code spans (`` [`PDF`](…) ``) names the link as plainly as one without.
    const label = link.label.replace(/^`(.*)`$/, '$1');
    return PAPER_HOST.test(url) || (PAPER_LABEL.test(label) && !CODE_HOST.test(url));
}
/** A link to a paper page other than arXiv's (arXiv's pages are keyed by their id). */
function isOtherPaperPage(link) {
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
function paperPageKey(url) {
    const doi = DOI_IN_URL.exec(url);
    if (doi)
        return `doi:${doi[1].replace(DOI_VIEW, '').toLowerCase()}`;
    return url
        .trim()
        .replace(/^(?:https?:)?\/\//i, '')
        .replace(/^www\./i, '')
        .replace(/#.*$/, '')
        .replace(/\/+$/, '')
        .toLowerCase();
}
function parseArxivUrl(url) {
    const match = ARXIV_URL.exec(url.trim());
    if (!match)
        return undefined;
    return {
        kind: match[1].toLowerCase(),
        id: match[2].toLowerCase(),
        version: match[3] ?? '',
        pdfSuffix: !!match[4],
    };
}

/**
 * Cheap block structure of a whole list, one pass over its lines: headings, top-level list items,
 * paragraph entries (a paragraph that opens with a bold or linked title, as lists without list
 * markers write their papers), fenced code, HTML comments and HTML blocks (skipped: raw HTML on
 * GitHub), link reference definitions, and the paperlint directives found in comments.
 * Nothing here parses inline markup; that is done only for the entries that are checked.
 */
/**
 * The last line of an entry's record, the lines its template describes: a heading entry's heading,
 * else the entry's last line.
 */
function recordEnd(item) {
    return item.heading ? item.startLine : item.endLine;
}
/** A list item's marker (not a paragraph entry's or a table row's). */
function isListMarker(marker) {
    return marker !== '' && marker !== '|';
}
/** A line's text after its indent and list marker (`12. `, `- `): what stays when an entry is renumbered. */
function lineContent(line) {
    return line.trimStart().replace(/^(?:\d+[.)]|[-*+])\s+/, '');
}
const ATX_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const LIST_MARKER = /^( {0,3})([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const FENCE_OPEN = /^ *(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
/** A heading written in HTML, whole on its line: `<h3 id="x">Attention Mechanism</h3>`. */
const HTML_HEADING = /^ {0,3}<h([1-6])(?:\s[^<>]*)?>([^<>]*(?:<(?!\/h[1-6]>)[^<>]*>[^<>]*)*)<\/h\1>\s*$/i;
/**
 * A paragraph opening with a title: `**Title**`, `<b>Title</b>`, `[Title](url)` or
 * `[**Title**](url)`, maybe after a short tag in brackets (`(NeurIPS 2024) [Title](url)`) or emoji
 * shortcodes (`:camera: <b>Title</b>`, `:camera: :gem: <b>Title</b>`), or before a bold title a venue
 * of a few words and a colon (`NeurIPS2020: **Title**`; not `Our survey: [Title](…)`, which is
 * prose that links the list's own paper). HTML bold renders the same
 * with a space inside its tags (`<b> Title </b>`); Markdown's `** Title**` is no bold.
 */
const PARAGRAPH_TITLE = /^ {0,3}(?:(?:\([^()]{1,20}\)|\[[^[\]]{1,20}\]|(?::[a-z\d_+-]{1,30}:[ \t]*)+)[ \t]*|[A-Za-z][\w'’-]*(?: [\w'’-]+){0,2}:[ \t]*(?=\*\*|__|<b>|<strong>))?(?:\*\*\S|__\S|<(?:b|strong)>[ \t]*\S|\[(?!!)[^\]]{3,}\]\((?!#))/i;
/**
 * A paragraph opening with a linked title that wraps onto its next line (`[Score-Based Generative
 * Modeling` / `through Stochastic Differential Equations](https://…)`): the link opens on the first
 * line and closes on the second.
 */
const WRAPPED_LINK_TITLE = /^ {0,3}\[(?!!)[^[\]]{3,}$/;
const WRAPPED_LINK_END = /^[^[\]]*\]\((?!#)/;
/**
 * A line that only links, under a title line of plain text (`Title ,` then `PDF: <https://…>`):
 * a label and a URL, or a link alone. A label whose URL was taken out (`PDF:`) still ends an entry
 * that lost its link, not a paragraph of prose.
 */
const LINK_LINE = /^ {0,3}(?:[A-Za-z][\w .-]{0,20}:(?:[ \t]*<?https?:\/\/\S+?>?)?|\[[^\]]{1,30}\]\([^)\s]+\))[ \t]*$/;
const NO_LINES = new Set();
/** A GFM table's delimiter row: `| --- | :---: |`. */
const TABLE_DELIMITER = /^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
/** A line that may start a link reference definition: `[label]:`, or a label going on to the next line. */
const DEFINITION_START = /^\[(?:[^\\[\]]|\\.){0,999}(?:\]:|\\?$)/;
const DIRECTIVE = /<!--\s*paperlint-(disable-next-line|disable|enable)\b([^>]{0,300}?)-->/g;
/**
 * `givenEntries`: lines that open a paragraph entry whatever their text shows (a caller that knows
 * the paragraph was one: see the engine's unmade paragraph entries); runs of paper paragraphs are
 * added to them (see withRepeatedPaperParagraphs).
 */
function segment(source, givenEntries = NO_LINES) {
    const { lines } = source;
    const paragraphEntries = withRepeatedPaperParagraphs(lines, givenEntries);
    const headings = [];
    const items = [];
    const directives = [];
    const definitions = [];
    let chain = [];
    let item;
    let table; // the open table's column names
    let fence;
    let inComment = false;
    // An open HTML block, and whether it sits inside the open list item.
    let html;
    let previousBlank = true;
    // The line before left a paragraph open: the next may continue it lazily, and neither a link
    // reference definition nor an HTML block of the seventh kind can start there (nor indented
    // code). Definitions leave their paragraph open, and the next line may be one more of them.
    let paragraphOpen = false;
    let definitionEnd = 0; // last line of the last definition read
    let quoteOpen = false; // the line before was in a block quote (outside list items)
    let paragraphLine = 0; // a plain paragraph line just before, outside items (for setext headings)
    // Items read as topics over their nested items whose heads are titles (see titleOverBody).
    const titledTopics = [];
    const closeItem = () => {
        if (item) {
            const split = topicItems(lines, item);
            if (split[0] !== item && OWN_TITLE.test(headText(lines, item)))
                titledTopics.push({
                    at: items.length,
                    item,
                    split: split.length,
                    body: titleOverBody(lines, item, split),
                });
            items.push(...split);
        }
        item = undefined;
    };
    const addHeading = (heading) => {
        closeItem();
        headings.push(heading);
        chain = [...chain.filter((h) => h.level < heading.level), heading];
    };
    for (let i = 0; i < lines.length; i++) {
        const lineNo = i + 1;
        const line = lines[i];
        if (line.includes('paperlint-'))
            collectDirectives(line, lineNo, directives);
        if (fence) {
            const close = /^ *(`{3,}|~{3,})[ \t]*$/.exec(line);
            if (close && close[1][0] === fence.char && close[1].length >= fence.length)
                fence = undefined;
            if (item)
                item.endLine = lineNo;
            paragraphOpen = false;
            continue;
        }
        if (inComment) {
            if (line.includes('-->'))
                inComment = false;
            if (item)
                item.endLine = lineNo;
            continue;
        }
        if (lineNo <= definitionEnd) {
            if (item)
                item.endLine = lineNo;
            continue;
        }
        const inQuote = quoteOpen;
        quoteOpen = false;
        if (html) {
            if (html.inItem && item && !isBlank(line) && indentWidth(line) < item.contentColumn - 1) {
                // An HTML block is never continued lazily: a line short of the item's text ends both.
                html = undefined;
                paragraphOpen = false;
            }
            else if ('blankLine' in html.end && isBlank(line)) {
                html = undefined;
            }
            else {
                if (endsHtmlBlock(html.end, line))
                    html = undefined;
                if (item && !isBlank(line))
                    item.endLine = lineNo;
                continue;
            }
        }
        if (table && !isBlank(line) && line.includes('|')) {
            items.push({
                startLine: lineNo,
                endLine: lineNo,
                marker: '|',
                markerColumn: 1,
                contentColumn: 1,
                headings: chain,
                columns: table,
            });
            continue;
        }
        table = undefined;
        if (isBlank(line)) {
            // A paragraph entry ends at its paragraph's end; a list item may go on after an empty line.
            if (item?.marker === '')
                closeItem();
            previousBlank = true;
            paragraphOpen = false;
            paragraphLine = 0;
            continue;
        }
        const wasBlank = previousBlank;
        previousBlank = false;
        const indent = indentWidth(line);
        const header = lines[i - 1] ?? '';
        if (!wasBlank &&
            header.includes('|') &&
            line.includes('-') &&
            TABLE_DELIMITER.test(line) &&
            (!item || item.marker === '')) {
            // The line before was the table's header, not a paragraph (nor a paragraph entry).
            if (item)
                item = undefined;
            table = tableCells(header).map((cell) => header.slice(cell.start, cell.end));
            paragraphLine = 0;
            paragraphOpen = true;
            continue;
        }
        if (item && item.marker !== '' && indent >= item.contentColumn - 1) {
            item.endLine = lineNo;
            const content = line.length - line.trimStart().length;
            const code = indent - (item.contentColumn - 1) > 3;
            if (startsBlock(i, content, false, false, code))
                continue;
            openBlocks(line);
            // Indented code (four columns past the item's text, no paragraph to continue) is no paragraph.
            paragraphOpen = !fence && (paragraphOpen || !code);
            continue;
        }
        // The first character decides which block rules can apply at all; most lines need no regex.
        const first = line.trimStart()[0];
        const atx = indent <= 3 && first === '#' ? ATX_OPEN.exec(line) : null;
        if (atx) {
            addHeading({ line: lineNo, level: atx[1].length, text: headingText(line.slice(atx[0].length)) });
            paragraphLine = 0;
            paragraphOpen = false;
            // A heading is a block of its own: the line after it starts a paragraph as after a blank line.
            previousBlank = true;
            continue;
        }
        if (paragraphLine && (!item || item.marker === '') && SETEXT_UNDERLINE.test(line)) {
            // The paragraph was a setext heading's text, not a paragraph entry.
            if (item)
                item = undefined;
            const level = line.trim()[0] === '=' ? 1 : 2;
            addHeading({ line: paragraphLine, level, text: lines[paragraphLine - 1].trim() });
            paragraphLine = 0;
            paragraphOpen = false;
            continue;
        }
        if (indent <= 3 && first === '<') {
            const end = htmlBlockStart(line.trimStart(), paragraphOpen);
            if (end) {
                // Raw HTML until its end condition: an item's paragraph above it ends here. A heading in
                // HTML (`<h3 id="x">Attention</h3>`, whole on its line) is a heading of the page as `###` is.
                const htmlHeading = HTML_HEADING.exec(line);
                if (htmlHeading) {
                    const text = htmlHeading[2].replace(/<[^>]*>/g, '').trim();
                    addHeading({ line: lineNo, level: Number(htmlHeading[1]), text });
                }
                closeItem();
                // A table's rows are read as a Markdown table's are; the HTML goes on past it to its end.
                const table = TABLE_START.test(line) ? readHtmlTable(lines, i, chain) : undefined;
                if (table) {
                    items.push(...table.rows);
                    i = table.end;
                }
                html = endsHtmlBlock(end, lines[i]) ? undefined : { end, inItem: false };
                paragraphLine = 0;
                paragraphOpen = false;
                continue;
            }
        }
        const couldBeMarker = first === '-' || first === '*' || first === '+' || (first >= '0' && first <= '9');
        const thematicBreak = (first === '-' || first === '*' || first === '_') && THEMATIC_BREAK.test(line);
        const marker = !couldBeMarker || thematicBreak ? null : LIST_MARKER.exec(line);
        if (marker) {
            closeItem();
            const markerColumn = marker[1].length + 1;
            // The columns between marker and text (a tab reaches the next multiple of 4). Five or more
            // start an indented code block: the text column is then one past the marker.
            const spacing = spaceWidth(marker[3], markerColumn - 1 + marker[2].length);
            const gap = spacing >= 1 && spacing <= 4 ? spacing : 1;
            item = {
                startLine: lineNo,
                endLine: lineNo,
                marker: marker[2],
                markerColumn,
                contentColumn: markerColumn + marker[2].length + gap,
                headings: chain,
            };
            paragraphLine = 0;
            if (gap === spacing && startsBlock(i, marker[0].length, false, true, false))
                continue;
            openBlocks(line);
            // Text right after the marker is a paragraph; five spaces or more make it indented code.
            paragraphOpen = !fence && gap === spacing;
            continue;
        }
        // A break, quote or fence ends the list; any other line continues the item's paragraph lazily.
        if (item &&
            !wasBlank &&
            paragraphOpen &&
            !(indent <= 3 && interruptsParagraph(line.trimStart(), false))) {
            item.endLine = lineNo;
            startsBlock(i, line.length - line.trimStart().length, false, false, true);
            continue;
        }
        if (item &&
            item.endLine === item.startLine &&
            looksLikeAuthorLine(line) &&
            // A quote, heading or new item after the title is a block of its own, never its author line.
            !(indent <= 3 && interruptsParagraph(line.trimStart(), false))) {
            // An author line indented short of the item's text falls out of the list when rendered, but it
            // is still the entry's author line: keep it with its title so the indent rule can say so.
            item.endLine = lineNo;
            paragraphOpen = true;
            continue;
        }
        closeItem();
        const quote = contentOf(line, indent);
        // A quote goes on with its lines and lazily with its paragraph's; a new one starts a paragraph.
        quoteOpen = quote.quoted || (inQuote && paragraphOpen);
        if (startsBlock(i, quote.offset, quote.quoted, quote.quoted && !inQuote, indent > 3)) {
            paragraphLine = 0;
            continue;
        }
        const quotedHeading = quote.quoted ? ATX_OPEN.exec(line.slice(quote.offset)) : null;
        if (quotedHeading && linksPaper(lines, lineNo, lineNo)) {
            // A heading in a quote is no section of the page: one that links its paper is that paper's
            // entry (`> ###### 3) *"Title"* [[paper](…)]`), its text past the `#` run and its number (text
            // of the heading, not a list's marker: GitHub numbers no list there).
            const at = quote.offset + quotedHeading[0].length;
            const start = at + (line.length - at - line.slice(at).trimStart().length);
            const number = /^\d{1,9}[.)][ \t]+/.exec(line.slice(start));
            items.push({
                startLine: lineNo,
                endLine: lineNo,
                marker: '',
                markerColumn: start + 1,
                contentColumn: start + (number ? number[0].length : 0) + 1,
                headings: chain,
                heading: true,
            });
            paragraphLine = 0;
            paragraphOpen = false;
            continue;
        }
        if (wasBlank &&
            (paragraphEntries.has(lineNo) ||
                PARAGRAPH_TITLE.test(line) ||
                (WRAPPED_LINK_TITLE.test(line) && WRAPPED_LINK_END.test(lines[i + 1] ?? '')) ||
                (!line.includes('](') && !LINK_LINE.test(line) && LINK_LINE.test(lines[i + 1] ?? '')))) {
            item = {
                startLine: lineNo,
                endLine: lineNo,
                marker: '',
                markerColumn: indent + 1,
                contentColumn: indent + 1,
                headings: chain,
            };
        }
        openBlocks(line);
        paragraphLine = !fence && !inComment && indent <= 3 ? lineNo : 0;
        paragraphOpen = !fence && (paragraphOpen || indent <= 3) && !thematicBreak && !isBlank(quoteText(line));
    }
    closeItem();
    // A list whose titled "topics" nearly all hold one nested line without a title of its own writes
    // each paper as its title over that line (`- **Title**` over `  - Authors. *Venue*. [[pdf]](…)`):
    // each is one entry, not a topic over one paper. A real topic holds papers, seldom one.
    const bodies = titledTopics.filter(({ body }) => body);
    if (bodies.length >= TITLE_OVER_BODY_MIN && bodies.length >= TITLE_OVER_BODY_SHARE * titledTopics.length) {
        for (const { at, item: whole, split } of bodies.reverse())
            items.splice(at, split, whole);
    }
    return { ...paperHeadings(lines, headings, notesOfParagraphs(lines, items)), directives, definitions };
    /**
     * Whether the line's content from `offset` starts an HTML block or is a link reference
     * definition, which is then read (and its lines passed over). `opensBlock`: a container opens on
     * this line, so a paragraph above does not continue into it; `indented`: the content is more than
     * 3 columns past its container's margin (indented code, unless it continues a paragraph).
     */
    function startsBlock(index, offset, quoted, opensBlock, indented) {
        const line = lines[index];
        const atParagraphStart = (!paragraphOpen || opensBlock) && !indented;
        if (line[offset] === '<' && !quoted && !indented) {
            const end = htmlBlockStart(line.slice(offset), !atParagraphStart);
            if (!end)
                return false;
            html = endsHtmlBlock(end, line) ? undefined : { end, inItem: item !== undefined };
            paragraphOpen = false;
            return true;
        }
        // Definitions so far, and this line continues their paragraph: it may be one more.
        const afterDefinitions = paragraphOpen && definitionEnd === index;
        if (line[offset] !== '[' || !(atParagraphStart || afterDefinitions))
            return false;
        const definition = readDefinition(index, offset, quoted);
        if (!definition)
            return false;
        definitions.push(definition);
        definitionEnd = definition.endLine;
        paragraphOpen = true;
        return true;
    }
    /**
     * The link reference definition starting at `offset` of line `index`, if one does. It is read
     * from a window of the lines that could continue it, doubled while the definition could reach
     * past the window, so a run of definitions costs each of its lines a bounded number of reads.
     */
    function readDefinition(index, offset, quoted) {
        const parts = [lines[index].slice(offset)];
        if (!DEFINITION_START.test(parts[0]))
            return undefined;
        let complete = false; // every line the paragraph could continue into is in `parts`
        for (let window = 4;; window *= 2) {
            while (!complete && parts.length < window) {
                const next = lines[index + parts.length];
                const text = next === undefined ? '' : quoted ? quoteText(next) : next.trimStart();
                if (next === undefined || isBlank(text) || interruptsParagraph(text, quoted))
                    complete = true;
                else
                    parts.push(text);
            }
            const text = parts.join('\n');
            const found = parseDefinition(text);
            if (complete || (found && found.lines < parts.length - 1)) {
                if (!found)
                    return undefined;
                return {
                    label: normaliseLabel(found.label),
                    line: index + 1,
                    endLine: index + found.lines,
                    text: parts.slice(0, found.lines).join('\n'),
                };
            }
        }
    }
    function openBlocks(line) {
        const open = line.includes('``') || line.includes('~~') ? FENCE_OPEN.exec(line) : null;
        if (open && !(open[1][0] === '`' && line.slice(open[0].length).includes('`'))) {
            fence = { char: open[1][0], length: open[1].length };
            return;
        }
        const start = line.lastIndexOf('<!--');
        if (start !== -1 && !line.includes('-->', start))
            inComment = true;
    }
}
/** Sibling headings that must link their papers before each is read as a paper's entry. */
const MIN_PAPER_HEADINGS = 2;
/** A link that leads out of the page, or a bare URL: the form a paper's heading is written in. */
const HEADING_LINKS_OUT = /\]\((?!#)|https?:\/\//;
/**
 * A list that gives each paper a heading (`### [Title](arxiv)` over its fields: `- **Metrics:** …`):
 * when most of a run of sibling headings (one level, one parent) link their papers, and at least
 * two do, each of them that links out is one paper's entry, not a section. Its body (the lines up
 * to the next heading) is the entry's, so its field bullets are no entries of their own. A heading
 * with headings under it is a section all the same (a paper's notes in parts), and so is one over a
 * list of papers (a survey's heading over the papers it covers).
 */
function paperHeadings(lines, headings, items) {
    // Headings by parent and level (indices into `headings`), and where each one's body ends.
    const siblings = new Map();
    const bodyEnd = [];
    let chain = [];
    headings.forEach((heading, index) => {
        chain = chain.filter((h) => h.level < heading.level);
        const key = `${chain.at(-1)?.line ?? 0}:${heading.level}`;
        const group = siblings.get(key);
        if (group)
            group.push(index);
        else
            siblings.set(key, [index]);
        chain.push(heading);
        let end = (headings[index + 1]?.line ?? lines.length + 1) - 1;
        while (end > heading.line && isBlank(lines[end - 1]))
            end--;
        bodyEnd.push(end);
    });
    const inBody = (index, item) => item.startLine > headings[index].line && item.startLine <= bodyEnd[index];
    const entries = new Set();
    for (const group of siblings.values()) {
        const atx = group.filter((index) => ATX_OPEN.test(lines[headings[index].line - 1]));
        const linking = atx.filter((index) => linksPaper(lines, headings[index].line, headings[index].line));
        if (linking.length < MIN_PAPER_HEADINGS || linking.length * 2 < group.length)
            continue;
        for (const index of atx) {
            const { line, level } = headings[index];
            if (!HEADING_LINKS_OUT.test(lines[line - 1]) || (headings[index + 1]?.level ?? 0) > level)
                continue;
            const papers = items.filter((item) => inBody(index, item) && linksPaper(lines, item.startLine, item.endLine)).length;
            if (papers < MIN_PAPER_HEADINGS)
                entries.add(index);
        }
    }
    if (entries.size === 0)
        return { headings, items };
    const isEntry = new Set([...entries].map((index) => headings[index]));
    const sections = (of) => of.filter((heading) => !isEntry.has(heading));
    const blocks = [];
    // Both in the order of their lines: each item is in the body of the last heading above it, if any.
    let above = -1;
    for (const item of items) {
        while (above + 1 < headings.length && headings[above + 1].line < item.startLine)
            above++;
        if (entries.has(above) && inBody(above, item))
            continue;
        blocks.push(item.headings.some((h) => isEntry.has(h)) ? { ...item, headings: sections(item.headings) } : item);
    }
    chain = [];
    headings.forEach((heading, index) => {
        chain = chain.filter((h) => h.level < heading.level);
        if (entries.has(index)) {
            const text = lines[heading.line - 1];
            const open = ATX_OPEN.exec(text)[0].length;
            const column = text.length - text.slice(open).trimStart().length + 1;
            blocks.push({
                startLine: heading.line,
                endLine: bodyEnd[index],
                marker: '',
                markerColumn: column,
                contentColumn: column,
                headings: sections(chain),
                heading: true,
            });
        }
        chain.push(heading);
    });
    blocks.sort((a, b) => a.startLine - b.startLine);
    return { headings: sections(headings), items: blocks };
}
/**
 * A paper written as a paragraph, its title linking the paper, over a list of notes on it (`[Title](arxiv)`
 * over `- X: introduces …`, `- The framework …`): the items are the paper's summary, not papers. A
 * reader takes them so when none of them has a title of its own or links another paper than the
 * paragraph's; a sentence of one that names a year (`… on MIPLIB 2017 instances.`) gives it no
 * paper's year. They are left out of the list's entries, as a heading entry's body is (see
 * paperHeadings). A list of items each with a title or a paper of its own is the papers of a topic
 * that the paragraph introduces.
 */
function notesOfParagraphs(lines, items) {
    const notes = new Set();
    for (let at = 0; at < items.length; at++) {
        const paragraph = items[at];
        if (paragraph.marker !== '' || paragraph.heading)
            continue;
        // The items of the list right below the paragraph (nothing but empty lines between), and theirs.
        const run = [];
        let end = paragraph.endLine;
        for (let next = at + 1; next < items.length; next++) {
            const item = items[next];
            const nested = run.length > 0 && item.topic !== undefined && item.startLine <= end;
            if (!nested && !(isListMarker(item.marker) && onlyBlankBetween(lines, end, item.startLine)))
                break;
            run.push(item);
            end = Math.max(end, item.endLine);
        }
        if (run.length === 0)
            continue;
        const own = paperLinksOf(lines, paragraph.startLine, paragraph.endLine);
        const isNote = (item) => !OWN_TITLE.test(headText(lines, item)) &&
            [...paperLinksOf(lines, item.startLine, item.endLine)].every((link) => own.has(link));
        if (own.size > 0 && run.every(isNote))
            for (const item of run)
                notes.add(item);
    }
    return notes.size === 0 ? items : items.filter((item) => !notes.has(item));
}
/** Whether only empty lines stand between line `after` and line `before`. */
function onlyBlankBetween(lines, after, before) {
    for (let line = after + 1; line < before; line++)
        if (!isBlank(lines[line - 1]))
            return false;
    return true;
}
/** The papers lines `first`..`last` link: arXiv ids (whichever page of the paper), or the URLs of other papers. */
function paperLinksOf(lines, first, last) {
    const papers = new Set();
    for (const url of paperUrls(lines, first, last))
        papers.add(parseArxivUrl(url)?.id ?? url);
    return papers;
}
/** A list marker at any indent, for the items nested in an item. */
const NESTED_MARKER = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;
/**
 * The list item a line opens with text after its marker, at any indent: the indent's width, and
 * the length of the marker with its indent and the spaces after it (where the item's text starts).
 */
function itemOpenedBy(line) {
    const marker = NESTED_MARKER.exec(line);
    if (!marker || marker[3] === '' || marker[0].length === line.length)
        return undefined;
    return { indent: indentWidth(marker[1]), textStart: marker[0].length };
}
/**
 * An item's text that opens with a title of its own: a bold span, a quoted title, or a link whose
 * text has three words or more (`[Paper]`, `[arXiv]` are labels, not titles), maybe after a few
 * short tags, emoji or symbols (`⭐(CVPR 2023) [💬 Safety] **Title**`; a tag in brackets is no link).
 */
const OWN_TITLE = /^(?:(?:\([^()]{1,40}\)|\[[^[\]]{1,40}\](?!\()|:[a-z\d_+-]{1,30}:|[^\p{L}\p{N}\s*_"“<[(\]])[ \t]*){0,6}(?:\*\*\S|__\S|<(?:b|strong)>[ \t]*\S|["“]\S|\[(?!!)[^\]\s]+\s+[^\]\s]+\s+[^\]]+\]\((?!#))/iu;
/** A link or a bare URL that leads out of the page (not a `#anchor` of it). */
const LINKS_OUT = /\]\((?!#)|<a\s|https?:\/\//i;
/** Lines that open blocks whose insides are not items: fenced code, comments, raw HTML. */
const OPAQUE = /^[ \t]*(?:`{3,}|~{3,}|<)/;
/** How many paragraphs that each link a paper, most of a section's, show that the list writes its papers so. */
const PAPER_PARAGRAPHS_SHOW = 3;
/** A paragraph this long or longer is prose, not one paper's entry. */
const ENTRY_PARAGRAPH_LINES = 4;
/** What a fence, an ATX heading or an HTML heading opens with. */
const OPENS_FENCE_OR_HEADING = /^ *[`~#<]/;
/** What opens a block that is no plain paragraph: an item, heading, quote, table row, HTML or code. */
const NOT_A_PARAGRAPH = /^(?: {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)| {0,3}(?:#|>|\||<|`{3,}|~{3,})| {4}|\t)/;
/**
 * `given`, with the paragraphs that are a section's papers though their first line shows no title's
 * shape (`SIGCOMM 2019, [Title](…)---Notes: …`, or a title in plain text over a line of tags and
 * links): short paragraphs that each link a paper, most of their section's paragraphs, at least three
 * in one section (then two are enough in another). Prose that links a paper now and then (the list's
 * own survey, a citation request) is not a run of such paragraphs.
 */
function withRepeatedPaperParagraphs(lines, given) {
    const sections = [];
    const others = [];
    let section = { paragraphs: 0, papers: [], led: [] };
    const closeSection = () => {
        (section.papers.length * 2 > section.paragraphs ? sections : others).push(section);
        section = { paragraphs: 0, papers: [], led: [] };
    };
    let fence;
    // The content column of the list item the blocks since it may belong to (-1: none open): a
    // paragraph indented to it is that item's, an author or link line, not a paragraph of the page.
    let itemColumn = -1;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (fence !== undefined) {
            if (line.trimStart().startsWith(fence))
                fence = undefined;
            continue;
        }
        // An empty line opens nothing; nor does a line whose text opens with none of the marks below.
        if (isBlank(line))
            continue;
        if (OPENS_FENCE_OR_HEADING.test(line)) {
            const opensFence = FENCE_OPEN.exec(line);
            if (opensFence) {
                fence = opensFence[1];
                continue;
            }
            if (ATX_OPEN.test(line) || HTML_HEADING.test(line)) {
                closeSection();
                itemColumn = -1;
                continue;
            }
        }
        if (i > 0 && !isBlank(lines[i - 1]) && !ATX_OPEN.test(lines[i - 1]))
            continue;
        let end = i;
        while (end + 1 < lines.length && !isBlank(lines[end + 1]))
            end++;
        // A paragraph underlined with `===` or `---` is a heading (setext), which opens a section.
        if (end > i && !NOT_A_PARAGRAPH.test(line) && SETEXT_UNDERLINE.test(lines[end])) {
            closeSection();
            itemColumn = -1;
            i = end;
            continue;
        }
        const item = itemOpenedBy(line);
        if (item && item.indent <= 3)
            itemColumn = item.textStart;
        else if (itemColumn < 0 || indentWidth(line) < itemColumn)
            itemColumn = -1;
        else {
            i = end;
            continue;
        }
        if (!NOT_A_PARAGRAPH.test(line)) {
            section.paragraphs++;
            const short = end - i + 1 < ENTRY_PARAGRAPH_LINES;
            const paper = short && linksPaper(lines, i + 1, end + 1);
            if (paper)
                section.papers.push(i + 1);
            const form = short ? leadForm(line) : undefined;
            if (form !== undefined)
                section.led.push({ line: i + 1, form, paper });
        }
        i = end;
    }
    closeSection();
    // Once one section shows the list writes its papers so, two such paragraphs make another section's.
    if (!sections.some(({ papers }) => papers.length >= PAPER_PARAGRAPHS_SHOW))
        return given;
    const runs = sections.filter(({ papers }) => papers.length >= 2);
    const found = runs.flatMap(({ papers }) => papers);
    // The form the list's papers are led in (`SIGCOMM 2019, [Title](…)`), when most of them are.
    const forms = new Map();
    for (const { led } of runs)
        for (const { form, paper } of led)
            if (paper)
                forms.set(form, (forms.get(form) ?? 0) + 1);
    const [form, uses] = [...forms].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (uses >= PAPER_PARAGRAPHS_SHOW && uses * 2 > found.length) {
        // A paragraph led so is one of the list's entries, wherever it stands: one linking a paper in a
        // section of other paragraphs (papers written as citations, without links), and one linking
        // elsewhere (a project page, for the section's papers to vouch for: see findPaperList).
        for (const { led } of [...sections, ...others])
            for (const paragraph of led)
                if (paragraph.form === form)
                    found.push(paragraph.line);
    }
    return new Set([...given, ...found]);
}
/** Words, at most, of a lead before a paragraph's linked title (`Information Systems Frontiers 2014, `). */
const LEAD_WORDS = 6;
/** A short lead of words before a linked title: `SIGCOMM 2019, [Title](…)`, `OSDI 2020 - [Title](…)`. */
const LEAD = /^ {0,3}([\p{Lu}\p{N}][^[\]()<>*_`]{0,60}?)[ \t]*([,:;|–—-])?[ \t]*\[(?!!)[^\]]{3,}\]\((?!#)/u;
/**
 * The form of a paragraph's lead before its linked title, if it opens so: whether the lead holds a
 * year, and the mark that ends it (`Y,` for `SIGCOMM 2019, [Title](…)`).
 */
function leadForm(line) {
    const lead = LEAD.exec(line);
    if (!lead || lead[1].split(/\s+/).length > LEAD_WORDS)
        return undefined;
    return `${/\b(?:19|20)\d{2}\b/.test(lead[1]) ? 'Y' : ''}${lead[2] ?? ' '}`;
}
/** Whether lines `first`..`last` link to a paper: a paper host, or a link labelled as the paper. */
function linksPaper(lines, first, last) {
    return !paperUrls(lines, first, last).next().done;
}
/** The URLs of the links to papers on lines `first`..`last`, bare ones first on each line. */
function* paperUrls(lines, first, last) {
    for (let line = first; line <= last; line++) {
        const text = lines[line - 1];
        if (!text.includes('](') && !text.includes('http'))
            continue;
        for (const url of text.match(/https?:\/\/[^\s<>()[\]"']+/g) ?? [])
            if (isPaperHost(url))
                yield url;
        for (const link of findLinks(text)) {
            if (!link.image && isPaperLink({ label: link.text.replace(/^\[|\]$/g, ''), url: link.url }))
                yield link.url;
        }
    }
}
/**
 * The blocks an item stands for. Most items are one entry with whatever is nested in them (an
 * author line, a list of links). An item whose own text links nowhere and that holds items with
 * titles of their own, linking to their papers, is a heading written as a list item (`* Image
 * Editing` over its papers): its nested items are the entries, read as blocks of their own (and
 * so, in turn, the items of a topic nested in it).
 */
function topicItems(lines, item) {
    if (item.marker === '' || item.endLine === item.startLine)
        return [item];
    const margin = item.contentColumn - 1;
    const starts = [];
    for (let line = item.startLine + 1; line <= item.endLine; line++) {
        const text = lines[line - 1];
        if (OPAQUE.test(text))
            return [item];
        const indent = indentWidth(text);
        // A marker at the text of the child before is that child's own item (a topic's papers under a
        // sub-topic), not a sibling of it.
        const inChild = starts.length > 0 && indent >= starts[starts.length - 1].contentColumn - 1;
        if (indent < margin || indent > margin + 3 || inChild)
            continue;
        const marker = NESTED_MARKER.exec(text);
        if (marker && !THEMATIC_BREAK.test(text)) {
            const spacing = spaceWidth(marker[3], indent + marker[2].length);
            const gap = spacing >= 1 && spacing <= 4 ? spacing : 1;
            starts.push({ line, indent, marker, contentColumn: indent + 1 + marker[2].length + gap });
        }
    }
    if (starts.length === 0)
        return paragraphPapers(lines, item);
    const headEnd = starts[0].line - 1;
    for (let line = item.startLine; line <= headEnd; line++)
        if (LINKS_OUT.test(lines[line - 1]))
            return [item];
    const children = starts.map(({ line, indent, marker, contentColumn }, at) => {
        let endLine = (starts[at + 1]?.line ?? item.endLine + 1) - 1;
        while (endLine > line && isBlank(lines[endLine - 1]))
            endLine--;
        const child = {
            startLine: line,
            endLine,
            marker: marker[2],
            markerColumn: indent + 1,
            contentColumn,
            headings: item.headings,
            topic: item.startLine,
        };
        const text = lines[line - 1].slice(marker[0].length);
        // A title written plainly links its paper on its own line: a topic's words may run to three
        // too, and its papers are below it.
        const paper = (OWN_TITLE.test(text) && linksPaper(lines, line, endLine)) ||
            (wordsBeforeLink(text) >= TITLE_WORDS$1 && linksPaper(lines, line, line)) ||
            (isBoldTitleAlone(text) && !linksOut(lines, line, endLine));
        return { child, paper, split: paper ? [child] : topicItems(lines, child) };
    });
    const papers = children.filter(({ paper, split }) => paper || split.length > 1).length;
    return papers > 0 && papers * 2 >= children.length ? children.flatMap(({ split }) => split) : [item];
}
/**
 * A line that is nothing but a bold title (`**FINN: A Framework for Fast, Scalable Binarized Neural
 * Network Inference**`): a paper named without a link, as lists of titles alone write them (a
 * venue's item, `- **DAC2022**`, over them is a topic). A capital or a digit opens it and it runs to
 * four words at least: a bold note (`**dont have interesting papers for me**`) is none.
 */
function isBoldTitleAlone(text) {
    const bold = /^[ \t]*(?:\*\*([^*]+)\*\*|__([^_]+)__)[ \t]*$/.exec(text);
    const title = (bold?.[1] ?? bold?.[2] ?? '').trim();
    return (/^[\p{Lu}\d]/u.test(title) &&
        (title.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0) >= BOLD_TITLE_WORDS);
}
/** Words a bold title alone needs to be a paper's (see isBoldTitleAlone). */
const BOLD_TITLE_WORDS = 4;
/** Whether lines `first`..`last` link out of the page at all. */
function linksOut(lines, first, last) {
    return lines.slice(first - 1, last).some((line) => LINKS_OUT.test(line));
}
/** An item's text on its first line, after its marker. */
function headText(lines, item) {
    return lines[item.startLine - 1].slice(item.contentColumn - 1);
}
/**
 * Whether an item read as a topic (`split`: what topicItems made of it) may be one paper instead:
 * its head is a title (bold, quoted, a linked title) and its nested items, one of them at most
 * linking a paper, have no title of their own (an author line with the paper's links, a line of
 * links). Whether it is one is the list's to show (see segment).
 */
function titleOverBody(lines, item, split) {
    const nested = split.every((child) => child.topic === item.startLine);
    const untitled = split.every((child) => !OWN_TITLE.test(headText(lines, child)));
    const papers = split.filter((child) => linksPaper(lines, child.startLine, child.endLine)).length;
    return nested && untitled && papers <= 1;
}
/** Titled items over a body a list needs, and their share of its titled topics, to write its papers so. */
const TITLE_OVER_BODY_MIN = 3;
const TITLE_OVER_BODY_SHARE = 0.8;
/** An item with this many words before its first link has a title of its own (see wordsBeforeLink). */
const TITLE_WORDS$1 = 3;
/**
 * Words of plain text before an item's first link or markup: a title of its own written plainly
 * (`2017 | Learning to Optimize | Ke Li | [PDF](…)`), where a paper's own nested links have none.
 */
function wordsBeforeLink(text) {
    const plain = text.slice(0, text.search(/\[|<|https?:\/\/|$/));
    return plain.match(/[\p{L}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}
/** Papers an item's paragraphs must be, at least, for the item to be a topic over them. */
const MIN_PARAGRAPH_PAPERS = 2;
/**
 * The blocks of an item whose own text (its first line) links nowhere and whose later paragraphs,
 * each after a blank line at the item's indent, open with a title linking to its paper
 * (`- Query-based RAG` over `[REALM: …](arxiv)` paragraphs): a topic written over paragraphs, each
 * paragraph an entry. An item whose paragraphs are anything else (an author line, an abstract, a
 * line of links) is one entry, its paragraphs part of it.
 */
function paragraphPapers(lines, item) {
    if (!isBlank(lines[item.startLine] ?? ''))
        return [item];
    const head = lines[item.startLine - 1].slice(item.contentColumn - 1);
    if (OWN_TITLE.test(head) || LINKS_OUT.test(head))
        return [item];
    const margin = item.contentColumn - 1;
    const children = [];
    for (let line = item.startLine + 1; line <= item.endLine; line++) {
        const text = lines[line - 1];
        if (isBlank(text))
            continue;
        const indent = indentWidth(text);
        // Only paragraphs at the item's text: deeper is indented code, a lazy line is no new paragraph.
        if (!isBlank(lines[line - 2]) || indent < margin || indent > margin + 3)
            return [item];
        let endLine = line;
        while (endLine < item.endLine && !isBlank(lines[endLine]))
            endLine++;
        children.push({
            startLine: line,
            endLine,
            marker: '',
            markerColumn: indent + 1,
            contentColumn: indent + 1,
            headings: item.headings,
            topic: item.startLine,
        });
        line = endLine;
    }
    const papers = children.filter((child) => OWN_TITLE.test(lines[child.startLine - 1].trimStart()) &&
        linksPaper(lines, child.startLine, child.endLine)).length;
    return papers >= MIN_PARAGRAPH_PAPERS && papers * 2 >= children.length ? children : [item];
}
/** Columns white space spans from 0-based column `from` (a tab reaching the next multiple of 4). */
function spaceWidth(space, from) {
    let column = from;
    for (const ch of space)
        column += ch === '\t' ? 4 - (column % 4) : 1;
    return column - from;
}
/** Where a line's text starts past up to 3 spaces and any `>` quote markers, and whether it had any. */
function quoteContent(line) {
    let offset = 0;
    while (offset < 3 && line[offset] === ' ')
        offset++;
    let quoted = false;
    while (line[offset] === '>') {
        quoted = true;
        offset++;
        while (line[offset] === ' ' || line[offset] === '\t')
            offset++;
    }
    return { offset, quoted };
}
/** Where a top-level line's text starts: past a quote's markers, or past the indentation of code. */
function contentOf(line, indent) {
    return indent <= 3 ? quoteContent(line) : { offset: line.length - line.trimStart().length, quoted: false };
}
function quoteText(line) {
    return line.slice(quoteContent(line).offset);
}
/**
 * Whether a line (its container prefixes removed) starts a block that interrupts a paragraph, and
 * so cannot continue a definition: a heading, fence, break, quote, list item or HTML block.
 */
function interruptsParagraph(text, quoted) {
    const first = text[0];
    if (first === '#')
        return ATX_OPEN.test(text);
    if (first === '`' || first === '~')
        return FENCE_OPEN.test(text);
    if (first === '>')
        return !quoted;
    if (first === '<')
        return htmlBlockStart(text, true) !== undefined;
    return THEMATIC_BREAK.test(text) || /^(?:[-*+]|1[.)])[ \t]+\S/.test(text);
}
/**
 * A heading's text without its optional closing `#` run. Done by hand: the obvious regular
 * expression backtracks quadratically on a long line of spaces.
 */
function headingText(rest) {
    const text = rest.trim();
    let end = text.length;
    while (end > 0 && text[end - 1] === '#')
        end--;
    if (end === 0)
        return '';
    return end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t')
        ? text.slice(0, end).trimEnd()
        : text;
}
/**
 * Italic names or a bracketed link: the shape of an author line, not of prose. A bracketed link to
 * a place in the page (`[[Back to top](#contents)]`) is the page's navigation, not the entry's.
 */
function looksLikeAuthorLine(line) {
    return /^\s*[*_][^*_\s]/.test(line) || /\[\[[^\]]*\]\((?!#)/.test(line);
}
function collectDirectives(line, lineNo, into) {
    for (const match of line.matchAll(DIRECTIVE)) {
        into.push({
            line: lineNo,
            kind: match[1],
            rules: match[2].split(/[\s,]+/).filter(Boolean),
        });
    }
}

/**
 * Reading the dates a list writes beside its venues (`arXiv 2023.05`, `Mar. 20, 2025`): what both the
 * entry reader (a link labelled by a venue and date is no title) and the writer (`{when}` forms)
 * ask, kept apart from both so that neither imports the other.
 */
/** A year of this century or the last, as a word. */
const YEAR_IN_WHEN = /\b(?:19|20)\d{2}\b/;
/** A month, or a month and its day, before a year: `Mar. 20`, `Sep`, `4 Jun`. */
const MONTH_DAY = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,? \d{1,2}(?:st|nd|rd|th)?)?|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)$/i;
/** Whether the words before a `{when}`'s year are a date's month and day, not a venue. */
const isMonthDay = (venue) => venue !== undefined && MONTH_DAY.test(venue.trim().replace(/^\(/, ''));
/**
 * A venue and a date after it (`arXiv 2023.05`, `Arxiv, 2025.07`, `CVPR 2025.2`): the venue, what
 * parts it from the date, and the date. A venue has letters and names no year of its own.
 */
const VENUE_DATE = /^(\S(?:.*?\S)?)([,.]?\s+|,)((?:19|20)\d{2}[/.-]\d{1,2}(?:[/.-]\d{1,2})?|\d{1,2}[/.-](?:19|20)\d{2})$/;
function venueDate(text) {
    const parts = VENUE_DATE.exec(text.trim());
    if (!parts || !/\p{L}/u.test(parts[1]) || YEAR_IN_WHEN.test(parts[1]) || isMonthDay(parts[1]))
        return undefined;
    return { venue: parts[1].replace(/^\(/, ''), separator: parts[2], date: parts[3] };
}

/**
 * One paper entry, read from its item block: title line (bold title, punctuation, venue, year,
 * keyword badges), author line, links. Every part keeps its exact position so rules can point at
 * it and fixes can rewrite it.
 */
const YEAR = /\b(?:19|20)\d{2}\b/g;
const HAS_YEAR = /\b(?:19|20)\d{2}\b/;
/** Labels of links to things around a paper, not to the paper. */
const RESOURCE_LABEL = /^(code|github|project|blog|website|web|demo|video|slides|dataset|data|homepage|tool|repo|model|page|post|twitter|tweet|huggingface|colab|docs?|book|course|tutorial)$/i;
/** A link's text that names it as a site or code (`[Website]`, `[[Project]]`), not the paper. */
const namesASite = (label) => RESOURCE_LABEL.test(label
    .trim()
    .replace(/^\[(.*)\]$/, '$1')
    .trim());
/**
 * A link's text that labels the title rather than being it: the paper's (`pdf`), a site's
 * (`website`), or a venue and its date (`arXiv 2026.03`).
 */
const labelsTheTitle = (text) => PAPER_LABEL.test(text) || namesASite(text) || venueDate(text) !== undefined;
/** Labels of links to a work that is not a paper (a book, a course): the entry is that work, not a paper (slides, videos and blogs often come with a paper). */
const WORK_LABEL = /^(?:book|textbook|course|lecture|tutorial)s?$/i;
/** News and notes: "we release…", "our team has…". */
const NEWS = /\b(?:we|our(?: \w+)?)\s+(?:release[sd]?|have|are|will|add(?:ed)?|open-sourced?|update[sd]?|launch(?:ed)?)\b/i;
/** A title that says what it is: "Blog: …", "Tutorial: …", "KRL paper list". */
const RESOURCE_TITLE = /^(?:blogs?|tutorials?|videos?|courses?|slides|talks?|books?|tools?|news)\s*:|\b(?:paper|reading) list\b/i;
/**
 * A heading of news about the list or the field (`## 🔔 News`, `## Changelog`, `## ✨ Highlights of
 * our group`, `## Latest Updates`): its items are announcements (`[2025/03/25] Add **GneissWeb**`) or
 * papers shown again, not entries. It opens with a word for news, or says nothing else; a topic
 * (`### Low-rank updates`) is not one.
 */
const NEWS_WORDS = new Set([
    ...['news', 'update', 'updates', 'changelog', 'announcement', 'announcements'],
    ...['spotlight', 'trending', 'highlights', 'log', 'change', 'latest', 'recent', 'and', "what's", 'new'],
]);
const NEWS_NAMES = /^(?:news|updates?|changelog|announcements?|spotlight|trending|highlights)$/;
/** Asked of every entry's headings: most name no news at all, and are told so by one test. */
const NAMES_NEWS = /news|update|changelog|announcement|spotlight|trending|highlight/i;
/** A heading's words as a reader sees them: link text kept, link targets, images and markup dropped. */
function headingWords(text) {
    return text
        .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/https?:\/\/\S+/g, ' ')
        .replace(/[*_`]/g, '');
}
function isNewsHeading(heading) {
    if (!NAMES_NEWS.test(heading))
        return false;
    const words = headingWords(heading)
        .replace(/:[\w+-]+:/g, ' ')
        .toLowerCase()
        .replace(/’/g, "'")
        .split(/[^\p{L}\p{N}']+/u)
        .filter((word) => word !== '' && !/^\d+$/.test(word));
    return (words.length > 0 &&
        (NEWS_NAMES.test(words[0]) ||
            (words.some((word) => NEWS_NAMES.test(word)) && words.every((word) => NEWS_WORDS.has(word)))));
}
/** Sections about the list rather than its papers. */
const ABOUT_THE_LIST = /\b(?:contribut\w*|contents|table of contents|introduction|about|citation|cite|acknowledg\w*|license|contact|star history|how to)\b/i;
/** Kinds of things that are not papers, as headings name them. */
const RESOURCE_KIND = String.raw `(?:blogs?|blog posts?|news|tutorials?|courses?|talks?|(?:video )?lectures?|videos|tools|toolkits?|libraries|resources?|slides|books?)`;
/**
 * A short heading naming a section of things that are not papers, one kind or several
 * (`Video Lectures / Tutorials / Blogs`).
 */
const RESOURCE_SECTION = new RegExp(String.raw `^\W*(?:${RESOURCE_KIND}(?:\s*(?:[/,&|]|\band\b)\s*${RESOURCE_KIND})*|surveys? and tutorials)\W*$`, 'i');
/**
 * A heading of datasets alone (`Datasets`, `2.1 Datasets`, `3D Datasets 🔝`): its items are datasets,
 * named and linked to their sites, unless they link a paper.
 */
const DATASET_HEADING = /^(?:[\dIVX]+\.?[\d.]*\s+)?(?:[\p{L}\d-]+\s+)?data ?sets?$/iu;
/** Each heading's answer, asked for every entry under it. */
const datasetHeadings = new Map();
function isDatasetHeading(heading) {
    let datasets = datasetHeadings.get(heading);
    if (datasets === undefined) {
        const words = headingWords(heading)
            .replace(/<[^>]*>/g, ' ')
            .replace(/[^\p{L}\p{N}.\s-]+/gu, ' ')
            .replace(/\s+/g, ' ')
            .trim();
        // A long-lived process (an editor's markdownlint) reads many lists: the answers are kept for a few.
        if (datasetHeadings.size >= 1_000)
            datasetHeadings.clear();
        datasetHeadings.set(heading, (datasets = DATASET_HEADING.test(words)));
    }
    return datasets;
}
/** Title as compared for duplicates: case, accents, punctuation and spacing folded. */
/**
 * A bold span whose whole text is in brackets (`**[ECCV-2024]**` on a line of its own above the
 * linked title) tags the paper, it does not name it: no title to tell papers apart by.
 */
const isBracketedTag = (text) => /^\[[^\]]*\]$/.test(text.trim());
function normaliseTitle(title) {
    // Unicode normalisation is the costly step; most titles are plain ASCII and need none.
    const folded = /^[\x20-\x7e]*$/.test(title)
        ? title
        : title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    return folded
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
}
const SHIELDS_BADGE = /img\.shields\.io\/badge\/([^?#)\s]+)/i;
const IMAGE_SUFFIX = /\.(svg|png)$/i;
const COLOR_PARAM = /[?&]color=([^&#\s)]+)/i;
/**
 * shields.io static badge `/badge/<label>-<message>-<colour>` (or `<message>-<colour>`). Every
 * badge of every entry is read (two or three an entry on a list with keywords): each step below is
 * taken only when the text holds what it replaces.
 */
function parseShieldsBadge(url) {
    const match = SHIELDS_BADGE.exec(url);
    if (!match)
        return undefined;
    const path = match[1].includes('.') ? match[1].replace(IMAGE_SUFFIX, '') : match[1];
    // `--` and `__` are escaped dashes and underscores; a single `-` separates the parts.
    const parts = (path.includes('--') ? path.replace(/--/g, '\u0000') : path).split('-');
    if (parts.length < 2)
        return undefined;
    const colorParam = url.includes('=') ? COLOR_PARAM.exec(url) : null;
    const color = (colorParam ? colorParam[1] : parts[parts.length - 1]).toLowerCase();
    const joined = parts.slice(0, -1).join(' ');
    const dashed = joined.includes('\u0000') ? joined.replace(/\u0000/g, '-') : joined;
    const label = dashed.includes('_') || dashed.includes('\u0001')
        ? dashed
            .replace(/__/g, '\u0001')
            .replace(/_/g, ' ')
            .replace(/\u0001/g, '_')
        : dashed;
    return { label: safeDecode(label), color: safeDecode(color) };
}
function safeDecode(text) {
    // Only a percent sign starts an escape: text without one decodes to itself.
    if (!text.includes('%'))
        return text;
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** Reads an entry; its inline structure comes from `view` (the scanner's unless told otherwise). */
function parseEntry(source, block, view = scannedView(source.lines), hints = {}) {
    if (block.columns)
        return parseTableRow(source, block, block.columns);
    const titleLineNo = block.startLine;
    const titleLine = source.lines[titleLineNo - 1];
    const contentStart = Math.min(titleLine.length, offsetOfColumn(titleLine, block.contentColumn));
    const titleLinks = view.links(titleLineNo);
    const read = readTitle(titleLine, titleLineNo, contentStart, titleLinks, view, {
        continues: block.endLine > titleLineNo,
        toLinks: hints.plainTitleToLinks ?? false,
    });
    const titleLink = read.titleLink;
    const title = wrappedTitle(source, block, read.title) ?? read.title;
    // The badges and links of every line are pushed onto arrays made empty alike for every entry
    // (not one made by `map`, then pushed onto): arrays of one kind, so the optimised reading of
    // entries is not thrown away and compiled again at the first entry whose title line has a link.
    const badges = [];
    const links = [];
    for (const link of titleLinks) {
        if (link.image)
            badges.push(toBadge(titleLine, titleLineNo, link));
        else
            links.push(toLink(titleLine, titleLineNo, link, link === titleLink));
    }
    const venueFrom = title.endColumn - 1 + (title.punctuationInside ? 0 : title.punctuation.length);
    // An HTML bold title's closing tag is markup, not the venue's start.
    // A quoted title's closing quote (and its italics' closing mark) is the title's too.
    const quotedTitle = /["“]/.test(titleLine[title.column - 2] ?? '');
    const venueText = titleLine
        .slice(venueFrom)
        .replace(/^\s*<\/(?:b|strong)>/i, (tag) => ' '.repeat(tag.length))
        .replace(quotedTitle ? /^["”][*_]?/ : /^$/, (mark) => ' '.repeat(mark.length));
    const firstMarkup = venueText.search(/!?\[/);
    // After a title field (`title | authors | venue |`), the fields are the template's, not one venue.
    const venue = /^\s*\|/.test(venueText)
        ? ''
        : trimPunctuation(firstMarkup === -1 ? venueText : venueText.slice(0, firstMarkup));
    const venueAt = venue === '' || title.wrapped ? undefined : venueFrom + venueText.indexOf(venue);
    const years = (title.wrapped ? source.lines[titleLineNo] : venue).match(YEAR);
    let blankBefore = false;
    let authors;
    for (let lineNo = titleLineNo + 1; lineNo <= recordEnd(block); lineNo++) {
        const line = source.lines[lineNo - 1];
        if (isBlank(line)) {
            if (!authors)
                blankBefore = true;
            continue;
        }
        const lineLinks = view.links(lineNo);
        // A wrapped title's second line holds the rest of the title line (venue, badges), not authors.
        const titleRest = title.wrapped && lineNo === titleLineNo + 1;
        // A line left of the item's text, right under a title line that stops mid-sentence, is that
        // text going on lazily (`**Name**: A description of` / `the dataset.`), not the authors.
        const lazyText = lineNo === titleLineNo + 1 &&
            indentWidth(line) < block.contentColumn - 1 &&
            /[\p{L}\p{N}]$/u.test(titleLine.trimEnd());
        if (!authors && !titleRest && !lazyText && !notNames(line, lineLinks[0]?.start)) {
            const first = line.length - line.trimStart().length;
            const italic = view.emphasisAt(lineNo, first);
            const names = italic && italic.endLine === undefined
                ? { start: italic.innerStart, end: italic.innerEnd }
                : namesBefore(line, first, lineLinks[0]?.start);
            authors = {
                line: lineNo,
                indent: indentWidth(line),
                column: first + 1,
                italic: !!italic,
                strayItalicMarker: italic ? strayDelimiter(line, italic, lineLinks[0]?.start) : undefined,
                blankBefore,
                namesStart: names.start,
                namesEnd: names.end,
            };
        }
        for (const link of lineLinks) {
            if (link.image)
                badges.push(toBadge(line, lineNo, link));
            else
                links.push(toLink(line, lineNo, link, false));
        }
    }
    // A list that writes the venue on the author line (`*Authors*. ACL 2019.`) has its year there:
    // not the year after the title, but a sign of a paper all the same.
    const laterYear = () => {
        for (let lineNo = titleLineNo + 1; lineNo <= recordEnd(block); lineNo++) {
            if (HAS_YEAR.test(source.lines[lineNo - 1].replace(/\]\([^)]*\)/g, ']')))
                return true;
        }
        return false;
    };
    return assemble(block, {
        titleLine,
        title,
        venue,
        venueAt,
        years,
        // `(NeurIPS 2024) [Title](…)`: a year in the tag before the title dates the entry too.
        placed: placedBefore(titleLine, contentStart, title),
        dated: years !== null ||
            (title.prefixed && HAS_YEAR.test(titleLine.slice(contentStart, title.column - 1))) ||
            (authors !== undefined && laterYear()),
        badges,
        authors,
        links,
        cells: undefined,
    });
}
/** Which cell holds what, by column name. */
const TITLE_COLUMN = /title|paper|name/i;
/** A cell's text as it reads: its links' texts, without markup. */
const linkTexts = (text) => text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .trim();
/** A link's text that names where and when a paper appeared, no title: `ICCV 2023`, `NeurIPS'22`. */
const VENUE_LABEL = /^[\p{L}][\p{L}\p{N}&.+-]*(?:[ -][\p{L}][\p{L}\p{N}&.+-]*)?(?:[ -]?(?:19|20)\d{2}|['’]\d{2})$/u;
const VENUE_COLUMN = /venue|conf|journal|publication|published|year|date|time/i;
/** A cell GitHub would show as nothing, or that holds a note its author hides: `[//]: #note`, `<!-- -->`. */
const HIDDEN_CELL = /^(?:|\[\/\/\]:\s*#.*|<!--.*-->)$/s;
/**
 * A table row: the title is the cell under a column named like one (Title, Paper, Name), else the
 * first; the venue and year come from the cells under venue/year/date columns (else any other
 * cell); links and badges from the whole row. A row of an HTML table is read alike, cell by cell
 * over its lines, its `<a href>` links as links.
 */
function parseTableRow(source, block, columns) {
    const lineNo = block.startLine;
    const line = source.lines[lineNo - 1];
    const html = block.htmlRow !== undefined;
    // By column; a cell a row above spans into is none of this row's. An HTML row's cells are read
    // here from the lines, not kept from segmenting: a fix's render check reads the same row again
    // from the fixed text, where the cells have moved.
    const cells = block.htmlRow
        ? placedCells(rowCells(source.lines, block.startLine, block.endLine), block.htmlRow.spannedColumns).map((c) => c && { line: c.line, start: c.start, end: c.end, spansRows: c.rowspan > 1 })
        : tableCells(line).map((c) => ({ line: lineNo, ...c }));
    const linksOn = new Map();
    for (let no = lineNo; no <= block.endLine; no++) {
        const text = source.lines[no - 1];
        linksOn.set(no, html ? [...htmlAnchors(text), ...htmlImages(text)] : findLinks(text));
    }
    const within = (link, c) => link.start >= c.start && link.end <= c.end;
    const linksIn = (c) => (linksOn.get(c.line) ?? []).filter((link) => within(link, c));
    const textOf = (c) => source.lines[c.line - 1].slice(c.start, c.end);
    // A cell that only links the paper (`<a href="…">Paper</a>`) under a column named "Paper" holds
    // the paper's link, not its title: the title is then found as where no column names one.
    const onlyTheLink = (c) => {
        if (c === undefined)
            return false;
        const text = textOf(c)
            .replace(/<[^>]*>|[[\]()]|\(.*?\)/g, ' ')
            .trim();
        return linksIn(c).some((link) => !link.image &&
            // Named as the paper (`[Paper](…)`), or by where and when it appeared (`[ICCV 2023](…)`).
            ((PAPER_LABEL.test(link.text.trim()) && PAPER_LABEL.test(text)) ||
                (VENUE_LABEL.test(link.text.trim()) && link.text.trim() === linkTexts(textOf(c)))));
    };
    const named = columns.findIndex((name) => TITLE_COLUMN.test(name));
    // No column named for titles (`| Year | Articles | Code |`): the first cell whose link reads as a
    // title (a few words, not `pdf`), else the first cell of the row's own (not one of a row above
    // spanning the rows under it, which groups them).
    const linkedTitle = cells.findIndex((c) => c !== undefined &&
        linksIn(c).some((link) => !link.image && words(link.text) >= TITLE_WORDS && !PAPER_LABEL.test(link.text.trim())));
    const titleIndex = named !== -1 && !onlyTheLink(cells[named])
        ? named
        : linkedTitle !== -1
            ? linkedTitle
            : Math.max(0, cells.findIndex((c) => c !== undefined && !c.spansRows));
    const cell = cells[titleIndex] ?? { line: lineNo, start: 0, end: 0 };
    const cellLine = source.lines[cell.line - 1];
    const cellLinks = linksIn(cell);
    // The title cell alone, so no bold span runs on into the next cell.
    const cellLines = [];
    cellLines[cell.line - 1] = cellLine.slice(0, cell.end);
    const read = readTitle(cellLines[cell.line - 1], cell.line, cell.start, cellLinks, scannedView(cellLines), {
        continues: false,
        toLinks: false,
    });
    // A plain title fills its cell, commas and all.
    const plain = !read.title.bold && read.title.url === undefined;
    const title = plain
        ? {
            ...read.title,
            column: cell.start + 1,
            endColumn: cell.end + 1,
            text: cellLine.slice(cell.start, cell.end).trim(),
            punctuation: '',
        }
        : read.title;
    const present = cells.flatMap((c, i) => (c !== undefined && i !== titleIndex ? [{ c, i }] : []));
    const venueCells = present.filter(({ i }) => VENUE_COLUMN.test(columns[i] ?? ''));
    // An HTML row's other cells are its columns' values (a model's size, its parts), not its venue;
    // its markup is no venue's words.
    const venue = (venueCells.length > 0 || html ? venueCells : present)
        .map(({ c }) => (html ? textOf(c).replace(/<[^>]*>/g, ' ') : textOf(c)))
        .join(' ');
    const rowLinks = [...linksOn].flatMap(([no, links]) => links.map((link) => ({ no, link })));
    return assemble(block, {
        titleLine: source.lines[title.line - 1],
        title,
        venue: trimPunctuation(venue),
        venueAt: undefined,
        years: venue.match(YEAR),
        dated: HAS_YEAR.test(venue),
        badges: rowLinks
            .filter(({ link }) => link.image)
            .map(({ no, link }) => toBadge(source.lines[no - 1], no, link)),
        authors: undefined,
        links: rowLinks
            .filter(({ link }) => !link.image)
            .map(({ no, link }) => toLink(source.lines[no - 1], no, link, link === read.titleLink)),
        // An HTML row shows every cell it has, however many its header names: it is held to no count.
        cells: html
            ? { count: columns.length, columns: columns.length, unshown: 0 }
            : {
                count: cells.length,
                columns: columns.length,
                unshown: cells.slice(columns.length).filter((c) => c !== undefined && HIDDEN_CELL.test(textOf(c)))
                    .length,
            },
    });
}
/** An entry from its parts, with what follows from them: kind, arXiv ids, identity. */
function assemble(block, parts) {
    const { titleLine, title, venue, years, badges, authors, links } = parts;
    // Each id once, in the order the links give them.
    const arxivIds = [];
    for (const link of links) {
        const id = parseArxivUrl(link.url)?.id;
        if (id !== undefined && !arxivIds.includes(id))
            arxivIds.push(id);
    }
    // Pushed onto an array made alike for every entry (see parseEntry): `map` over an entry's headings
    // made an array of another kind for an entry under none.
    const section = [];
    for (const heading of block.headings)
        section.push(heading.text);
    return {
        startLine: block.startLine,
        endLine: block.endLine,
        marker: block.marker,
        markerColumn: block.markerColumn,
        contentColumn: block.contentColumn,
        ...(block.heading ? { heading: true } : {}),
        section,
        ...classified({
            titleLine,
            title,
            section,
            links,
            authors,
            year: parts.dated,
            placed: parts.placed,
            badges,
            byShape: block.byShape,
        }),
        title,
        venue,
        venueAt: parts.venueAt,
        year: years ? years[years.length - 1] : undefined,
        dated: parts.dated,
        badges,
        authors,
        links,
        arxivIds,
        key: arxivIds.length > 0 ? `arxiv:${arxivIds[0]}` : `title:${normaliseTitle(title.text)}`,
        ...(block.byShape ? { byShape: true } : {}),
        cells: parts.cells,
    };
}
function classified(parts) {
    const kind = classify(parts);
    const plain = kind === 'resource' &&
        parts.links.length === 0 &&
        !parts.authors &&
        !parts.year &&
        parts.badges.length === 0 &&
        !NEWS.test(parts.titleLine) &&
        !RESOURCE_TITLE.test(parts.title.text) &&
        !parts.section.some((heading) => isNewsHeading(heading) || RESOURCE_SECTION.test(heading));
    return { kind, unmarked: plain && parts.title.text.split(/\s+/).length >= 4 };
}
/** An HTML link to a place on the page: `<a href="#section" style="…">`. */
const HTML_ANCHOR_LINK = /^<a\s[^>]*\bhref\s*=\s*["']?#/i;
/** Whether a title line's text (past its list marker) opens with an HTML link to a place on the page. */
const opensWithAnchorLink = (titleLine) => HTML_ANCHOR_LINK.test(titleLine.slice(itemOpenedBy(titleLine)?.textStart ?? 0).trimStart());
function classify(parts) {
    const { titleLine, title, section, links, authors } = parts;
    const deepest = section[section.length - 1] ?? '';
    if (RESOURCE_SECTION.test(deepest) ||
        section.some(isNewsHeading) ||
        NEWS.test(titleLine) ||
        RESOURCE_TITLE.test(title.text)) {
        return 'resource';
    }
    // A table of contents: the title links a heading of the page, in markdown or in HTML.
    if (title.url?.startsWith('#') || opensWithAnchorLink(titleLine))
        return 'resource';
    // Its section's papers vouch for it: written as they are, it links as they do.
    if (parts.byShape)
        return 'paper';
    // Under a heading of datasets, a link labelled only `[link]` goes to the dataset's site: it takes
    // a paper's host or a label naming the paper to make the item a paper. A link the row labels as
    // the dataset's site (`[[Website]](https://arxiv.org/pdf/…)`, as its neighbours label theirs) is
    // that, wherever it goes: the row names a dataset, not a paper.
    const datasets = section.some(isDatasetHeading);
    const papersLink = (link) => namesThePaper(link.label) ||
        (isPaperLink(link) && (!datasets || (isPaperHost(link.url) && !namesASite(link.label))));
    if (links.some(papersLink))
        return 'paper';
    // A dataset's year is no paper's: there only an author line tells a paper without its link.
    if (datasets)
        return authors ? 'paper' : 'resource';
    if (links.some((link) => WORK_LABEL.test(link.label)))
        return 'resource';
    // Every link goes to code, a blog or a demo, and nothing names the authors: a tool or a post,
    // unless it says where and when it appeared, after its plain title (`Title (SIGMOD 2020)
    // [GitHub](…)`), at its title's end (`**Title (AISTATS 2019)**`) or before its title (`arXiv
    // 2025.01, **Title**, [website](…)`).
    if (links.length > 0 && links.every((link) => RESOURCE_LABEL.test(link.label) || isCodeHost(link.url))) {
        return authors?.italic ||
            parts.placed ||
            (title.url === undefined &&
                (VENUE_NEXT.test(titleLine.slice(title.endColumn - 1)) || VENUE_AFTER_TITLE.test(title.text)))
            ? 'paper'
            : 'resource';
    }
    // `- Review:` over a paragraph, `- Framework Overview:` over figures: the label of a note on the
    // paper above, however its text reads (a long sentence is no author line), not a paper.
    if (!title.bold && title.url === undefined && /:$/.test(title.text) && title.text.split(/\s+/).length <= 3)
        return 'resource';
    if (authors || parts.year || parts.badges.length > 0)
        return 'paper';
    // A bold line in a section about the list (`**Want to add papers yourself?** Edit [papers.yaml](…)`
    // under Contributing) is its editors' note: there only a paper's link, authors or year make a paper.
    if (section.some((heading) => ABOUT_THE_LIST.test(headingWords(heading))))
        return 'resource';
    return title.bold && title.text.split(/\s+/).length >= 4 ? 'paper' : 'resource';
}
/** A link's text that is one image (`[![Star](…)](…)`): the link shows a badge, not words. */
function showsOnlyAnImage(text) {
    return /^!\[[^\]]*\]\([^)]*\)$/.test(text.trim());
}
/**
 * A bold title opened on the title line and closed on the next (`**Parameter-Efficient` /
 * `Tuning,** ACL 2023.`): one title, read across both lines.
 */
function wrappedTitle(source, block, title) {
    if (title.bold || block.endLine <= title.line)
        return undefined;
    const line = source.lines[title.line - 1];
    // `(2024 NeurIPS) **Title` / `goes on.**`: the bold opens after the title's tag; `Dai, Jifeng, et al.
    // "**R-FCN: Object` / `Detection**."`: after a citation's authors, the line's one unclosed bold.
    const prefix = title.prefixed ? undefined : TITLE_PREFIX.exec(line.slice(title.column - 1));
    const marks = [...line.slice(title.column - 1).matchAll(/\*\*|__/g)];
    const open = title.column - 1 + (marks.length % 2 === 1 ? marks[marks.length - 1].index : (prefix?.[0].length ?? 0));
    if (!/^(\*\*|__)\S/.test(line.slice(open)))
        return undefined;
    const next = source.lines[title.line];
    if (isBlank(next))
        return undefined;
    const joined = `${line} ${next.trim()}`;
    const strong = strongAt(joined, open);
    if (!strong || strong.end <= line.length)
        return undefined;
    const inner = joined.slice(strong.innerStart, strong.innerEnd);
    const inside = endPunctuation(inner);
    return {
        ...title,
        column: open + 1,
        prefixed: title.prefixed || open > title.column - 1,
        endColumn: line.length + 1,
        text: (inside ? inner.slice(0, -1) : inner).trim(),
        bold: true,
        mark: joined.slice(strong.start, strong.start + 2),
        wrapped: true,
        punctuation: inside?.[0] ?? '',
        punctuationInside: !!inside,
    };
}
/**
 * The `,` `.` `:` or `;` that ends a title's text, if any: the `;` of an HTML entity (`&#34;`,
 * `&quot;`) is the entity's, not punctuation.
 */
function endPunctuation(text) {
    const found = /[,.:;]$/.exec(text);
    return found && found[0] === ';' && /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});$/i.test(text)
        ? null
        : found;
}
/** `**[31]**`: a reading list's reference number, in bold. */
const BOLD_REFERENCE_NUMBER = /^(\*\*|__)\[\d{1,4}\]\1/;
/**
 * What may stand before a title on its line: a date in brackets, an emoji (or its `:shortcode:`), a
 * short tag (not a link's label: `[Deep API Learning](…)` is a title), an empty HTML anchor (`<a name="x"></a>`), an HTML image (a badge, `<img src="…">`), a
 * badge wrapped in a link (`[![Star](…)](…)`, `[![venue](…)]()`) and the line break after it, a
 * reference number in bold (`**[31]**`), the `<` of a linked title in angle brackets (`<[Title](url)>`,
 * text, not a tag, on GitHub), a venue tag in bold in brackets however long
 * (`[**npj Digital Medicine, 2023**]`, but not a bold title's link: `[**Title**](url)`), or several of them (`:camera: :gem:`; the colon after one is
 * no separator when it opens the next shortcode).
 */
const TITLE_PREFIX = /^(?:(?:(\*\*|__)\[\d{1,4}\]\1|\[!\[[^\]]{0,100}\]\([^)\s]{1,500}\)\]\([^)\s]{0,500}\)|<br\s*\/?>|(?::[a-z\d_+-]{1,30}:)+|\[[^\]]{1,20}\](?!\()|\[(\*\*|__)[^\]*_]{1,60}\2\](?!\()|\([^)]{1,20}\)|[^\s\w[*_<]{1,8}|\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?|<a\s[^<>]{0,200}>\s*<\/a>|<img\s[^<>]{0,300}>|<(?=\[))\s*(?:[|-]|:(?![a-z\d_+-]{1,30}:))?\s*)+/u;
/**
 * Where and when a paper appeared, written before its title and set off from it (`2018 - WWW -
 * [Title](…)`, `arXiv 2024.12, **Title**`, `CVPR 2024 submission, Title`, `2019 - Title`): a year or
 * a date, maybe after a venue's words and before a word that qualifies it (`oral`, `best paper`),
 * then maybe a second such field or a venue alone (`2018 - KDD`, `arXiv 2024.09 / CoRL 2024`), each
 * closed by a dash or bar with a space beside it, a comma or a slash. A list that dates its entries
 * first writes every title after such a prefix, the venue's words changing from entry to entry: the
 * template holds it as a text slot, not as the title's words. Bounded throughout: tried on every item.
 */
const WHEN_DATE = String.raw `(?:19|20)\d{2}(?:[./-]\d{1,2}){0,2}`;
const WHEN_WORD = String.raw `\p{L}[\p{L}\p{N}&'’.+-]{0,24}`;
// Words that qualify the venue (`oral`, `best paper`, `award candidate`, `Spotlight`): a few, in lower case
// but for the usual ones.
const WHEN_QUALIFIER = String.raw `(?:(?:Oral|Spotlight|Poster|Workshop|Findings|Highlight|Best)\b|\p{Ll}[\p{Ll}-]{1,15})`;
const WHEN_FIELD = String.raw `(?:${WHEN_WORD}(?:[ \t]+${WHEN_WORD}){0,5}[ \t]+)?${WHEN_DATE}(?:[ \t]+${WHEN_QUALIFIER}){0,3}`;
const WHEN_DASH = String.raw `(?:[ \t]+[-–—|][ \t]*|[-–—|][ \t]+)`;
const WHEN_SEPARATOR = String.raw `(?:${WHEN_DASH}|,[ \t]+|[ \t]+\/[ \t]+)`;
// A venue alone as the second field only between two dashes alike, each with a space beside it
// (`2018 - WWW - `, not `2015-CVPR - `). After a comma, words alone are the title's (`arXiv 2023.04,
// Segment Anything, [arXiv](…)`), and so are they before another dash (`2017 - AutoLearn — Automated
// Feature Generation`) or between bars, which part a line's fields (`2016 | Learning to Optimize |`).
const WHEN_BEFORE_TITLE = new RegExp(String.raw `^${WHEN_FIELD}(?:${WHEN_SEPARATOR}${WHEN_FIELD}|(?=[ \t]|[-–—][ \t])[ \t]*([-–—])[ \t]*${WHEN_WORD}(?:[ \t]+${WHEN_WORD}){0,2}(?=[ \t]+\1|[ \t]*\1[ \t]))?${WHEN_SEPARATOR}(?=[\p{L}\p{N}"“*_[<])`, 'u');
/**
 * The length of the where-and-when prefix at `text`'s start (see WHEN_BEFORE_TITLE), and whether
 * it names a venue (words, not only a year or date); undefined when the text opens otherwise.
 */
function whenBeforeTitle(text) {
    const found = WHEN_BEFORE_TITLE.exec(text);
    if (!found)
        return undefined;
    const words = found[0].replace(new RegExp(WHEN_DATE, 'g'), ' ');
    return { length: found[0].length, venue: /\p{L}{2}/u.test(words) };
}
/**
 * The title: bold at the item's text (`**Title,**`, `**[Title.](url)**`), a link there
 * (`[Title](url)`, `[**Title**](url)`), either after a short prefix (`[2024/06] **Title**`, an emoji),
 * or the first bold span before any link (`Authors. 2014. **Title**.`). Otherwise plain text up to
 * the first comma, badge or link.
 */
function readTitle(line, lineNo, contentStart, links, view, plain) {
    // A bold span that closes on a later line holds no whole title on this one (see wrappedTitle).
    const strongAt = (line, at) => {
        const span = view.strongAt(line, at);
        return span?.endLine === undefined ? span : undefined;
    };
    // A link around a badge (`[![Star](…)](…)`) shows the badge, not a title: it is part of the prefix.
    // So is one labelled as the paper, a site or a date (`[arXiv 2026.03](…), Title`): it tags the title.
    const linkAt = (at) => links.find((link) => !link.image &&
        link.start === at &&
        !labelsTheTitle(link.text.replace(/^\[|\]$/g, '').trim()) &&
        !showsOnlyAnImage(link.text));
    const prefix = TITLE_PREFIX.exec(line.slice(contentStart));
    // A venue and date before the title (`2018 - WWW - `) may run past a tag's prefix (`2024.12`).
    const when = whenBeforeTitle(line.slice(contentStart));
    const afterPrefix = contentStart + Math.max(prefix?.[0].length ?? 0, when?.length ?? 0);
    const html = htmlBoldTitle(line, lineNo, contentStart) ?? htmlBoldTitle(line, lineNo, afterPrefix);
    if (html)
        return { title: html, titleLink: undefined };
    // A bold reference number (`**[31]**`) opening the item is the prefix, not the title.
    const numbered = prefix !== null && BOLD_REFERENCE_NUMBER.test(line.slice(contentStart));
    let strong = numbered ? undefined : strongAt(lineNo, contentStart);
    let link = strong ? undefined : linkAt(contentStart);
    if (!strong && !link && (prefix || when)) {
        strong = strongAt(lineNo, afterPrefix);
        link = strong ? undefined : linkAt(afterPrefix);
    }
    if (!strong && !link) {
        const firstLink = links.find((l) => l.start >= afterPrefix)?.start ?? line.length;
        strong = view.firstStrong(lineNo, afterPrefix, firstLink);
        // `Title (**CVPR**)`, `Title | **[CVPR' 20]** |`: a bold span in brackets after the text, or
        // whose words sit in brackets inside the bold, is a venue tag, not the title.
        if (strong &&
            (/[([]$/.test(line.slice(0, strong.start)) ||
                /^(?:\[[^\]]*\]|\([^)]*\))$/.test(line.slice(strong.innerStart, strong.innerEnd).trim())))
            strong = undefined;
        // One inside a phrase (`Reasoning with Large **Tactile-Language** Models,`) is a word the list
        // stresses in the title.
        if (strong &&
            /[\p{L}\d-] ?$/u.test(line.slice(0, strong.start)) &&
            /^ ?[\p{L}\d]/u.test(line.slice(strong.end)))
            strong = undefined;
        if (!strong)
            link = citedTitleLink(line, contentStart, links);
    }
    const start = strong?.start ?? link?.start ?? contentStart;
    const prefixed = start > contentStart;
    const named = strong ?? link;
    if (named) {
        const afterName = titleAfterName(line, lineNo, named, links, view);
        if (afterName)
            return when ? { ...afterName, title: withoutClosingMark(line, afterName.title) } : afterName;
    }
    if (strong && start <= afterPrefix) {
        const afterTag = titleAfterTag(line, lineNo, strong, links);
        if (afterTag)
            return { title: afterTag, titleLink: undefined };
    }
    if (strong) {
        // `**[Title.](url)**`: the bold holds exactly one link, whose text is the title.
        const inner = links.find((l) => !l.image && l.start === strong.innerStart && l.end >= strong.innerEnd - 1 && l.end <= strong.innerEnd);
        const innerText = inner ? inner.text : line.slice(strong.innerStart, strong.innerEnd);
        const inside = endPunctuation(innerText.trimEnd());
        const outside = inside ? null : /^[,.:;]/.exec(line.slice(strong.end));
        const text = inside ? innerText.trimEnd().slice(0, -1).trim() : innerText.trim();
        return {
            title: {
                line: lineNo,
                column: strong.start + 1,
                endColumn: strong.end + 1,
                text,
                bold: true,
                mark: line.slice(strong.start, strong.start + 2),
                url: inner?.url,
                prefixed,
                wrapped: false,
                punctuation: (inside ?? outside)?.[0] ?? '',
                punctuationInside: !!inside,
            },
            titleLink: inner,
        };
    }
    if (link) {
        const bolded = /^(\*\*|__)(.*)\1$/.exec(link.text.trim());
        // A link text that wraps onto the next line reads as one line: the line break shows as a space.
        const linkText = (bolded ? bolded[2] : link.text).trim().replace(/[ \t]*\n[ \t]*/g, ' ');
        const inside = endPunctuation(linkText);
        const outside = inside ? null : /^[,.]/.exec(line.slice(link.end));
        return {
            title: {
                line: lineNo,
                column: link.start + 1,
                endColumn: link.end + 1,
                text: inside ? linkText.slice(0, -1).trim() : linkText,
                bold: bolded !== null,
                mark: bolded?.[1] ?? '',
                url: link.url,
                prefixed,
                wrapped: false,
                punctuation: (inside ?? outside)?.[0] ?? '',
                punctuationInside: !!inside,
            },
            titleLink: link,
        };
    }
    const tagged = afterAnchors(line, numbered || when ? afterPrefix : contentStart);
    // `[arXiv 2026.08](…), Keep the Future, Drop the Rollout: …`: the text after a date's or a site's
    // link is the title whole, commas and all.
    const datedOrSite = links.some((l) => l.start === tagged && !l.image && (venueDate(l.text) !== undefined || namesASite(l.text)));
    const title = plainTitle(line, lineNo, afterTagLinks(line, tagged, links), links, plain.continues, false, 
    // After where and when it appeared, the title is the rest of the line up to its links, commas
    // and all (`arXiv 2025.04, ORCA: Open-Source, Reliable, …, [website](…)`).
    plain.toLinks || datedOrSite || when !== undefined);
    return { title: when ? withoutClosingMark(line, title) : title, titleLink: undefined };
}
/** Whether a venue and a date stand before the title, as its prefix (see WHEN_BEFORE_TITLE). */
function placedBefore(line, contentStart, title) {
    if (!title.prefixed)
        return false;
    const when = whenBeforeTitle(line.slice(contentStart));
    return when !== undefined && when.venue && contentStart + when.length <= title.column - 1;
}
/**
 * A plain title read to its links without the comma or full stop that parts it from them (`Title,
 * [website](…)`); one that ends otherwise (at a bar, the line's end) keeps its words as written.
 */
function withoutClosingMark(line, title) {
    const mark = /\s*([,.;])$/.exec(title.text);
    if (!mark || title.punctuation !== '' || !/^\s*\[/.test(line.slice(title.endColumn - 1)))
        return title;
    return {
        ...title,
        text: title.text.slice(0, mark.index),
        endColumn: title.endColumn - mark[0].length,
        punctuation: mark[1],
    };
}
/**
 * `Authors. 2002. [Title](url). In *Venue*.`: a citation that names its authors (and year) first and
 * links the title after them. The link is the title when the plain text before it ends a sentence
 * or a clause (or names the paper's method, a word and a colon: `WaveGlow: [Title](url)`), and the
 * link goes to the paper or the text before it holds a year.
 */
function citedTitleLink(line, from, links) {
    const first = links.find((l) => l.start >= from);
    if (!first || first.image || first.endLine !== undefined)
        return undefined;
    const before = line.slice(from, first.start);
    const label = first.text.replace(/^\[|\]$/g, '').trim();
    // A title of two words (`[Deep Learning](…nature14539.pdf)`) is one when the link goes to the paper
    // and no word of it names a link (`[arXiv version]`, `[Project page]`).
    const linksThePaper = isPaperLink({ label, url: first.url });
    const twoWordTitle = linksThePaper && !label.split(/\s+/).some((word) => PAPER_LABEL.test(word) || RESOURCE_LABEL.test(word));
    if (!/[.,:]\s+$/.test(before) ||
        words(before) < (/:\s+$/.test(before) ? 1 : 2) ||
        words(label) < (twoWordTitle ? 2 : TITLE_WORDS) ||
        PAPER_LABEL.test(label) ||
        RESOURCE_LABEL.test(label) ||
        isCodeHost(first.url)) {
        return undefined;
    }
    return linksThePaper || HAS_YEAR.test(before) ? first : undefined;
}
/**
 * `<b>Title</b>`, `<strong>Title.</strong>`: a title in HTML bold, read as its text (the tags stay
 * around it as written; a title's bold `mark` is a Markdown delimiter).
 */
function htmlBoldTitle(line, lineNo, at) {
    // Asked twice of every entry: most open otherwise, told so by their first character.
    if (line[at] !== '<')
        return undefined;
    const open = /^<(b|strong)>/i.exec(line.slice(at));
    if (!open)
        return undefined;
    const innerStart = at + open[0].length;
    const close = line.toLowerCase().indexOf(`</${open[1].toLowerCase()}>`, innerStart);
    if (close === -1)
        return undefined;
    const inner = line.slice(innerStart, close);
    if (words(inner) < 1 || /[<>]/.test(inner))
        return undefined;
    const trimmed = inner.trimEnd();
    const inside = endPunctuation(trimmed);
    const text = (inside ? trimmed.slice(0, -1) : trimmed).trim();
    const column = innerStart + (inner.length - inner.trimStart().length);
    return {
        line: lineNo,
        column: column + 1,
        endColumn: column + text.length + 1,
        text,
        bold: false,
        mark: '',
        url: undefined,
        prefixed: true,
        wrapped: false,
        punctuation: inside?.[0] ?? '',
        punctuationInside: false,
    };
}
/**
 * Past empty HTML anchors (`<a name="x"></a>`) that a list puts before its titles to link them, and
 * tags with markup in brackets or parentheses (`[**CUDA**]`, ``[`kg`]``, `(*NeurIPS'23*)`, a venue in
 * bold however long: `[**npj Digital Medicine, 2023**]`) or in a
 * code span (`` `[Dong et al. ACMMM22]` ``), which are never a title's start.
 */
function afterAnchors(line, from) {
    // An anchor or a tag opens with one of these: most titles open otherwise.
    if (!'<[(`'.includes(line[from] ?? ' '))
        return from;
    const anchors = /^(?:(?:<a\s[^<>]{0,200}>\s*<\/a>|\[[^\]]{0,20}[*_`][^\]]{0,20}\]|\[(?:\*\*|__)[^\]*_]{1,60}(?:\*\*|__)\]|\([^)]{0,40}[*_`][^)]{0,40}\)|`[^`]{1,40}`)\s*)+/i.exec(line.slice(from));
    return anchors ? from + anchors[0].length : from;
}
function words(text) {
    return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
/** A name or tag, not a title: a word or three (`**OphGLM**`, `[ICML]`, `**Flickr30k**`). */
const NAME_WORDS = 3;
/** A title has at least this many words: fewer after a name is a description's start, not a title. */
const TITLE_WORDS = 3;
/**
 * `**Name**: Title. [paper](…)`, `**Name**: Authors. **Title.**`, `**Paper:** [Title](…)`: a short
 * bold (or linked) name or label and a colon before the paper's title. The title is the bold span
 * after the name, else a link right after it, else the plain text up to its full stop or first
 * link. Undefined when the span is not such a name.
 */
function titleAfterName(line, lineNo, name, links, view) {
    const nameText = line.slice(name.start, name.end).replace(/[*_[\]]/g, '');
    const colon = /^\s*[:：]\s*/.exec(line.slice(name.end));
    const colonInside = /[:：]\s*$/.test(nameText);
    if ((!colon && !colonInside) || words(nameText) > NAME_WORDS)
        return undefined;
    const from = name.end + (colon ? colon[0].length : 0);
    const firstLink = links.find((l) => l.start >= from)?.start ?? line.length;
    const bold = view.firstStrong(lineNo, from, firstLink);
    if (bold &&
        bold.endLine === undefined &&
        words(line.slice(bold.innerStart, bold.innerEnd)) >= TITLE_WORDS) {
        const inner = line.slice(bold.innerStart, bold.innerEnd).trimEnd();
        const inside = endPunctuation(inner);
        const outside = inside ? null : /^[,.:;]/.exec(line.slice(bold.end));
        return {
            title: {
                line: lineNo,
                column: bold.start + 1,
                endColumn: bold.end + 1,
                text: (inside ? inner.slice(0, -1) : inner).trim(),
                bold: true,
                mark: line.slice(bold.start, bold.start + 2),
                url: undefined,
                prefixed: true,
                wrapped: false,
                punctuation: (inside ?? outside)?.[0] ?? '',
                punctuationInside: !!inside,
            },
            titleLink: undefined,
        };
    }
    // `**Paper:** [Title](…)`: a label, then the title's link.
    const at = from + (line.slice(from).length - line.slice(from).trimStart().length);
    const link = links.find((l) => l.start === at && !l.image && l.endLine === undefined);
    if (link && words(link.text) >= TITLE_WORDS && !PAPER_LABEL.test(link.text.trim())) {
        const inside = endPunctuation(link.text.trim());
        return {
            title: {
                line: lineNo,
                column: link.start + 1,
                endColumn: link.end + 1,
                text: inside ? link.text.trim().slice(0, -1).trim() : link.text.trim(),
                bold: false,
                mark: '',
                url: link.url,
                prefixed: true,
                wrapped: false,
                punctuation: (inside ?? /^[,.]/.exec(line.slice(link.end)))?.[0] ?? '',
                punctuationInside: !!inside,
            },
            titleLink: link,
        };
    }
    const title = plainTitle(line, lineNo, from, links, false, true);
    return words(title.text) >= TITLE_WORDS
        ? { title: { ...title, prefixed: true }, titleLink: undefined }
        : undefined;
}
/**
 * ``**`kg.`** Title``, `**[FLE]** Title (**CVPR**)`: a bold tag of a word or three before a plain
 * title (no colon: see titleAfterName). The title is the plain text after the tag, when it has the
 * words of a title, does not open with punctuation nor end with a year, and the bold does not end
 * with punctuation (`**Deep Sets**, NeurIPS`, `**Deep Sets,** NeurIPS 2017` are bold titles).
 */
function titleAfterTag(line, lineNo, tag, links) {
    // `**Short,** EMNLP 2020.`: a bold span ending in punctuation is a short title, not a tag.
    const inner = line.slice(tag.innerStart, tag.innerEnd).trimEnd();
    if (words(inner) > NAME_WORDS || endPunctuation(inner))
        return undefined;
    let from = tag.end;
    while (from < line.length && /\s/.test(line[from]))
        from++;
    if (from === tag.end || !/[\p{L}\p{N}"“]/u.test(line[from] ?? ''))
        return undefined;
    const title = plainTitle(line, lineNo, from, links, false);
    // What follows a short bold title may be its venue and year, not a title.
    const venueLike = /\b(?:19|20)\d{2}\W*$/.test(title.text);
    return words(title.text) >= TITLE_WORDS && !venueLike ? { ...title, prefixed: true } : undefined;
}
/**
 * Where a plain title starts after short links that tag it (`[[ICML](url)] Title.`): a link of a word
 * or three at the item's text, with more words after it.
 */
function afterTagLinks(line, from, links) {
    // The bracket around the link may be escaped (`\[[ICML](url)\] Title.`), to show as written.
    const open = /^\\?\[/.exec(line.slice(from))?.[0] ?? '';
    const lead = links.find((l) => !l.image && (l.start === from || (open !== '' && l.start === from + open.length)));
    if (!lead || words(lead.text) > NAME_WORDS)
        return from;
    const close = lead.start === from ? '' : open.replace('[', ']');
    let after = lead.end + (close !== '' && line.startsWith(close, lead.end) ? close.length : 0);
    while (after < line.length && /[\s,:|–-]/.test(line[after]))
        after++;
    const nextLink = links.find((l) => l.start >= after)?.start ?? line.length;
    return words(line.slice(after, nextLink)) >= TITLE_WORDS ? after : from;
}
/** Fields a line must have to be written as fields (`year | title | authors | venue`). */
const MIN_FIELDS = 3;
/**
 * `2019 | Learning to Optimize | Ke Li, Jitendra Malik | arXiv | [PDF](…)`: a line of fields set
 * apart by `|`, as a table row without the table. Its title is its first field of a title's words
 * (the fields before it are a year, a date, a tag); the fields after it are the template's text.
 */
function titleField(line, from, to) {
    const text = line.slice(from, to);
    const fields = text.split('|');
    if (fields.length < MIN_FIELDS || fields.filter((f) => f.trim() !== '').length < MIN_FIELDS)
        return undefined;
    let at = from;
    for (const f of fields) {
        if (words(f.replace(/\d+/g, ' ')) >= TITLE_WORDS) {
            const start = at + (f.length - f.trimStart().length);
            return { start, end: start + f.trim().length };
        }
        at += f.length + 1;
    }
    return undefined;
}
/**
 * A venue and year, as a list writes them in parentheses (ASCII or full-width): `SIGMOD 2018`,
 * `ICDE 2022, **best demo award**`, ` 2018 ArXiv`; not a link's target (`[ASE](https://2019.aseconf.org)`).
 */
const VENUE_YEAR = /(?<!\])[(（](?=[^()（）]*\p{L}{2})(?=[^()（）]*\b(?:19|20)\d\d\b)[^()（）]{4,40}[)）]/u;
/**
 * A venue and year in parentheses that end a plain title's text (before its links, if any). No
 * leading `\s*`: tried at every start, it would rescan a run of spaces from each (quadratic).
 */
const VENUE_AFTER_TITLE = new RegExp(String.raw `${VENUE_YEAR.source}\s*$`, 'u');
/** A venue and year in parentheses right after a title. */
const VENUE_NEXT = new RegExp(String.raw `^\s*${VENUE_YEAR.source}`, 'u');
/**
 * Where the white space that ends just before `at` begins, not before `from` (`at` itself if none).
 * Searching for a mark and then stepping back over its spaces stays linear where a leading `\s*`
 * would not.
 */
function startOfSpaceBefore(line, from, at) {
    let start = at;
    while (start > from && /\s/.test(line[start - 1]))
        start--;
    return start;
}
/**
 * The first comma at or after `from` that may end a plain title: not one inside a number
 * (`Scaling the Codebook Size of VQGAN to 100,000 with …`). -1 for none.
 */
function titleComma(line, from) {
    const comma = /,/g;
    comma.lastIndex = from;
    for (let found = comma.exec(line); found; found = comma.exec(line)) {
        const inNumber = /\d/.test(line[found.index - 1] ?? '') && /^\d{3}(?!\d)/.test(line.slice(found.index + 1));
        if (!inNumber)
            return found.index;
    }
    return -1;
}
/**
 * A title in plain text: to the first comma, badge or link; a line of text alone (the entry goes on
 * below) is the title whole; after a name, to the full stop that ends the sentence.
 */
function plainTitle(line, lineNo, from, links, continues, toFullStop = false, toLinks = false) {
    // `"Title", Venue 2024`: a title in quotes runs to its closing quote, commas and all; the quotes
    // may be in italics (`*"Title"*`). A citation may name its authors first (`Oord, Aaron, et al.
    // "Title." arXiv 2016`): the quoted words after them are the title.
    const quoted = /^([*_]?)(["“])(.+?)(["”])\1/.exec(line.slice(from)) ??
        /^[^"“”[\]()*_]{1,300}?[.,]\s+([*_]?)(["“])(.+?)(["”])\1/.exec(line.slice(from));
    if (quoted && words(quoted[3]) >= TITLE_WORDS) {
        const inner = quoted[3].trimEnd();
        const inside = /[,.]$/.exec(inner);
        const [whole, italic, open, quotedText, close] = quoted;
        // The authors before the quote, if any.
        const lead = whole.length - (2 * italic.length + open.length + quotedText.length + close.length);
        const column = from + lead + italic.length + open.length + 1;
        return {
            line: lineNo,
            column,
            endColumn: column + inner.length,
            text: (inside ? inner.slice(0, -1) : inner).trim(),
            bold: false,
            mark: '',
            url: undefined,
            prefixed: lead > 0,
            wrapped: false,
            punctuation: inside?.[0] ?? '',
            punctuationInside: !!inside,
        };
    }
    let firstLink = links.find((l) => l.start >= from)?.start ?? line.length;
    // `Title [[pdf](url)]`: the bracket that wraps the link is the link's, not the title's.
    if (firstLink > from && line[firstLink - 1] === '[')
        firstLink -= line[firstLink - 2] === '\\' ? 2 : 1;
    const field = titleField(line, from, firstLink);
    if (field) {
        return {
            line: lineNo,
            column: field.start + 1,
            endColumn: field.end + 1,
            text: line.slice(field.start, field.end),
            bold: false,
            mark: '',
            url: undefined,
            prefixed: field.start > from,
            wrapped: false,
            punctuation: '',
            punctuationInside: false,
        };
    }
    // `Title | CVPR'20 | [pdf](…)`: a bar set apart by spaces parts the entry's fields.
    const bar = line.slice(from, firstLink).search(/\s\|(?=\s|$)/);
    if (bar > 0)
        firstLink = from + bar;
    // `Title <br> EMNLP 2023 [[Paper]](…)`: a line break after a plain title parts it from its venue.
    const br = line.slice(from, firstLink).search(/<br\s*\/?>/i);
    const lineBreak = br < 0 ? 0 : startOfSpaceBefore(line, from, from + br) - from;
    if (lineBreak > 0)
        firstLink = from + lineBreak;
    // `Title (**CVPR**)`: a bold span after a plain title is a tag (a venue), not title text.
    const bold = line.slice(from, firstLink).search(/\s[([]?(?:\*\*|__)\S/);
    if (bold > 0)
        firstLink = from + bold + 1;
    // `Title (SIGMOD 2018)`: a venue and year in parentheses closing a plain title are its venue.
    // Only after some title: parentheses alone (`(2024 ICML) **Title. **`) are a tag, not an empty title's venue.
    const venue = VENUE_AFTER_TITLE.exec(line.slice(from, firstLink));
    const venueAt = venue ? startOfSpaceBefore(line, from, from + venue.index) - from : 0;
    if (venueAt > 0)
        firstLink = from + venueAt;
    // `Title. _Authors et al._ arXiv 2023.`: italics after the title's full stop or comma (or its
    // own question mark) are its authors, and mark where it ends: its commas are the title's. So
    // does a code span there (`Title. \`2024.10\``), a date or tag.
    // Italics that name authors "et al." mark it even with no stop before them (`Title _Xie et al._`).
    // A citation's `In` may stand before the italics (`Title. In *ICML 2019*.`).
    const italic = /(?<=\S)(?:[.,]|(?<=[?!])|(?=\s+[*_][^*_\n]*\bet al\b))(?=\s+(?:In\s+)?(?:[*_](?![*_\s])|`))/.exec(line.slice(from, firstLink));
    if (italic)
        firstLink = from + italic.index;
    const alone = continues && firstLink === line.length;
    const stop = toFullStop ? line.slice(from, firstLink).search(/\.(?:\s|$)/) : -1;
    // A bar, a line break or a bold tag after the title marks where it ends: its commas are the title's.
    const comma = alone || toFullStop || toLinks || bar > 0 || lineBreak > 0 || bold > 0 || venueAt > 0 || italic
        ? -1
        : titleComma(line, from);
    let end = stop !== -1 ? from + stop : comma !== -1 && comma < firstLink ? comma : firstLink;
    while (end > from && /\s/.test(line[end - 1]))
        end--;
    // A title line alone ends with its punctuation, maybe after a space (`Title ,`).
    let punctuation = line[end] === ',' || line[end] === '.' ? line[end] : '';
    if (alone && (line[end - 1] === '.' || line[end - 1] === ',')) {
        punctuation = line[--end];
        // `Title ,`: punctuation set apart by a space is the line's, not the title's.
        if (/\s/.test(line[end - 1]))
            punctuation = '';
        while (end > from && /\s/.test(line[end - 1]))
            end--;
    }
    return {
        line: lineNo,
        column: from + 1,
        endColumn: end + 1,
        // An unclosed `**` (a bold title broken over lines) is markup, not title text.
        text: line
            .slice(from, end)
            .trim()
            .replace(/^(\*\*|__)\s*/, ''),
        bold: false,
        mark: '',
        url: undefined,
        prefixed: from > 0 && line.slice(0, from).trim() !== '' && !/^\s*(?:[-*+]|\d+[.)])\s*$/.test(line.slice(0, from)),
        wrapped: false,
        punctuation,
        punctuationInside: false,
    };
}
function toBadge(line, lineNo, image) {
    const shields = parseShieldsBadge(image.url);
    return {
        line: lineNo,
        column: image.start + 1,
        endColumn: image.end + 1,
        label: shields?.label ?? image.text,
        color: shields?.color,
        url: image.url,
        glued: image.start > 0 && !/\s/.test(line[image.start - 1]) && !/[[(]/.test(line[image.start - 1]),
    };
}
function toLink(line, lineNo, link, isTitle) {
    return {
        line: lineNo,
        column: link.start + 1,
        endColumn: link.end + 1,
        label: link.text.replace(/^\[|\]$/g, '').trim(),
        url: link.url,
        urlLine: link.endLine ?? lineNo,
        urlColumn: link.urlStart + 1,
        urlEndColumn: link.urlEnd + 1,
        bracketed: line[link.start - 1] === '[' && line[link.end] === ']',
        labelBracketed: /^\[.*\]$/.test(link.text),
        isTitle,
    };
}
/**
 * The offset of the italic span's delimiter standing again after the span on the same line, before
 * `until` (the first link): the names' italics were closed too early and the mark shows as text.
 */
function strayDelimiter(line, italic, until = line.length) {
    if (italic.endLine !== undefined)
        return undefined;
    const delimiter = line[italic.start];
    for (let i = line.indexOf(delimiter, italic.end); i !== -1 && i < until; i = line.indexOf(delimiter, i + 1)) {
        if (line[i - 1] !== '\\')
            return i;
    }
    return undefined;
}
/**
 * A line below the title that names no authors: a labelled link (`PDF: <https://…>`), HTML
 * (`<br>A description`, `<p><img …></p>`), a badge (`[![Star](…)](…)`, `![venue](…)`), or a quoted
 * note (`> An annotation`).
 */
function notNames(line, firstLink = line.length) {
    const text = line.trimStart();
    if (text.startsWith('<') && firstLink !== line.length - text.length)
        return true;
    if (/^(?:\[?!\[|>)/.test(text))
        return true;
    // The label, then the link or URL (read as a link or not, an autolink is the label's); or links
    // to the paper and its code (`[[pdf](…)] [[video](…)]`).
    const opening = /^\[?\[([^\]]{1,30})\]\]?\(/.exec(text);
    if (opening && (PAPER_LABEL.test(opening[1].trim()) || RESOURCE_LABEL.test(opening[1].trim())))
        return true;
    // A label set in emphasis before a remark (`*comment*: …`, `**Note:** …`) names no one.
    if (/^(\*{1,2}|_{1,2})[A-Za-z][\w .;+-]{0,20}(?::\1|\1:)\s/.test(text))
        return true;
    return (/^[A-Za-z][\w .+-]{0,20}:\s*(?:<?https?:\/\/|\[)/.test(text) ||
        (firstLink < line.length && /^\s*[A-Za-z][\w .+-]{0,20}:\s*$/.test(line.slice(0, firstLink))));
}
/** Plain names: from `from` to the first link (or the line's end), less the punctuation after them. */
function namesBefore(line, from, until = line.length) {
    let end = until;
    while (end > from && /[\s,.;:]/.test(line[end - 1]))
        end--;
    return { start: from, end };
}
/** Trims spaces, commas and full stops at both ends (by hand: a trimming regex is quadratic on long runs). */
function trimPunctuation(text) {
    const skip = (ch) => ch === ',' || ch === '.' || /\s/.test(ch);
    let start = 0;
    let end = text.length;
    while (start < end && skip(text[start]))
        start++;
    while (end > start && skip(text[end - 1]))
        end--;
    return text.slice(start, end);
}

/**
 * What paperlint knows of a paper from arXiv, and how an entry's title is compared with it. Pure:
 * the rule and `paperlint add` use it; only src/arxiv/client.ts talks to arXiv.
 */
/**
 * The id arXiv answers under: an old-style id's subject class is not part of it
 * (`math.GT/0309136` is `math/0309136`).
 */
function canonicalArxivId(id) {
    return id.toLowerCase().replace(/^([a-z-]+)\.[a-z]{2}\//, '$1/');
}
/** The archives that numbered papers the old way (`hep-th/9901001`), until March 2007: a closed list. */
const OLD_STYLE_ARCHIVES = new Set([
    'acc-phys',
    'adap-org',
    'alg-geom',
    'ao-sci',
    'astro-ph',
    'atom-ph',
    'bayes-an',
    'chao-dyn',
    'chem-ph',
    'cmp-lg',
    'comp-gas',
    'cond-mat',
    'cs',
    'dg-ga',
    'funct-an',
    'gr-qc',
    'hep-ex',
    'hep-lat',
    'hep-ph',
    'hep-th',
    'math',
    'math-ph',
    'mtrl-th',
    'nlin',
    'nucl-ex',
    'nucl-th',
    'patt-sol',
    'physics',
    'plasm-ph',
    'q-alg',
    'q-bio',
    'quant-ph',
    'solv-int',
    'supr-con',
    'test',
]);
/**
 * Whether a canonical id can name an arXiv paper at all, by arXiv's identifier scheme
 * (https://info.arxiv.org/help/arxiv_identifier.html) and no stricter than arXiv's own reader of
 * ids: new style from 0704 on, old style from 1991 to 0703 in an archive of the time; months 01-12;
 * number not zero. An id that cannot is never sent: arXiv would refuse it, one request each.
 */
function isArxivId(id) {
    const newStyle = /^(\d\d)(\d\d)\.(\d{4,5})$/.exec(id);
    if (newStyle) {
        const [year, month, number] = newStyle.slice(1).map(Number);
        return validMonth(month) && number > 0 && (year > 7 || (year === 7 && month >= 4));
    }
    const oldStyle = /^([a-z-]+)\/(\d\d)(\d\d)(\d{3})$/.exec(id);
    if (!oldStyle || !OLD_STYLE_ARCHIVES.has(oldStyle[1]))
        return false;
    const [year, month, number] = oldStyle.slice(2).map(Number);
    const inRange = year >= 91 || year < 7 || (year === 7 && month <= 3);
    return validMonth(month) && number > 0 && inRange;
}
const validMonth = (month) => month >= 1 && month <= 12;
/**
 * A title with its TeX reduced to the letters it prints: `$\mathcal{Y}$-Tuning` reads `Y-Tuning`,
 * `\emph{Fast}` reads `Fast`, `Sch\"{u}tze` reads `Schutze`, `--` a dash. Then case, accents,
 * punctuation and spacing are folded as for duplicates.
 */
function comparableTitle(title) {
    const detexed = title
        .replace(/\\[^a-zA-Z\s]/g, '') // accent commands: \" \' \` \^ \~ \=
        .replace(/\\(?:emph|text[a-z]*|math[a-z]*|mbox|bf|it|rm|sc|tt)\b\s*/g, '')
        .replace(/\\([a-zA-Z]+)/g, '$1') // \alpha reads alpha
        .replace(/[{}$^_]/g, '');
    return normaliseTitle(detexed);
}
/**
 * Thresholds measured on the 16 real lists (bench/arxiv-titles.mjs, figures in
 * docs/rules/arxiv-metadata.md): of 1,050 pairs of an entry and the most similar other paper of its
 * own list, none is close and 949 fall under both DIFFERENT limits; typo fixes in the lists' history
 * are close.
 */
const CLOSE_CHARACTERS = 0.9;
const DIFFERENT_CHARACTERS = 0.75;
const DIFFERENT_WORDS = 0.5;
const CONTAINED_SHARE = 2 / 3;
function compareTitles(written, recorded) {
    const a = comparableTitle(written);
    const b = comparableTitle(recorded);
    if (a === b || a.replace(/ /g, '') === b.replace(/ /g, ''))
        return 'same';
    if (a === '' || b === '')
        return 'different';
    const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
    // One title starting or ending the other, most of it (a subtitle cut, a note added), is the same.
    const contained = shorter.length >= CONTAINED_SHARE * longer.length &&
        (longer.startsWith(`${shorter} `) || longer.endsWith(` ${shorter}`));
    // The edit distance is at least the difference in length: titles far apart in length need no
    // O(n·m) comparison (a 100,000-character "title" in a hostile PR).
    const longest = Math.max(a.length, b.length);
    const atMost = 1 - (longest - shorter.length) / longest;
    const characters = atMost < DIFFERENT_CHARACTERS ? atMost : characterSimilarity(a, b);
    if (contained || characters >= CLOSE_CHARACTERS)
        return 'close';
    return characters < DIFFERENT_CHARACTERS && wordSimilarity(a, b) < DIFFERENT_WORDS ? 'different' : 'unsure';
}
/** 1 - edit distance / length: forgives typos, not a word swapped for another. */
function characterSimilarity(a, b) {
    const longest = Math.max(a.length, b.length);
    return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}
/** Shared words over all words (Jaccard). */
function wordSimilarity(a, b) {
    const wordsA = new Set(a.split(' '));
    const wordsB = new Set(b.split(' '));
    let shared = 0;
    for (const word of wordsA)
        if (wordsB.has(word))
            shared++;
    return shared / (wordsA.size + wordsB.size - shared);
}
/** Levenshtein distance, two rows; titles are short. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
const NAME_SUFFIX = /^(jr|sr|ii|iii|iv|v)\.?$/i;
/** The family name of an author as arXiv writes them (`Robert L. Logan IV` is `Logan`). */
function surname(name) {
    const words = name.trim().split(/\s+/);
    while (words.length > 1 && NAME_SUFFIX.test(words[words.length - 1]))
        words.pop();
    return words[words.length - 1] ?? '';
}
/** Whether an author line names this person (by family name, any case or accent). */
function namesAuthor(authorLine, name) {
    const family = normaliseTitle(surname(name));
    if (family === '')
        return true;
    return ` ${normaliseTitle(authorLine)} `.includes(` ${family} `);
}
/** Whether an author line starts with the record's first author (the first name before a comma). */
function writesFirstAuthor(authorLine, record) {
    const first = record.authors[0];
    if (first === undefined)
        return false;
    const written = authorLine.replace(/^[\s*_]+/, '').split(/,|;|\band\b/)[0];
    return namesAuthor(written, first);
}
/** Venues whose names lists write as they are; found in a record's journal reference or comment. */
const VENUES = [
    'ACL',
    'EMNLP',
    'NAACL',
    'EACL',
    'AACL',
    'COLING',
    'CoNLL',
    'TACL',
    'NeurIPS',
    'ICML',
    'ICLR',
    'COLM',
    'AAAI',
    'IJCAI',
    'CVPR',
    'ICCV',
    'ECCV',
    'KDD',
    'WWW',
    'SIGIR',
    'WSDM',
    'CIKM',
    'ICDM',
    'ICASSP',
    'INTERSPEECH',
    'LREC',
    'UAI',
    'AISTATS',
    'JMLR',
    'TMLR',
    'TPAMI',
];
const VENUE = new RegExp(String.raw `\b(${VENUES.join('|')}|NIPS|Neurips)\b[^0-9\n]{0,20}?\b((?:19|20)\d{2})\b`);
/** A comment that names a venue without the paper being in it. */
const NOT_ACCEPTED = /submitted|under review|in submission|workshop|rejected/i;
/** `ACL 2023` (or `Findings of EMNLP 2023`) when the record names where the paper appeared. */
function venueOf(record) {
    for (const text of [record.journalRef, record.comment]) {
        const venue = text === undefined ? undefined : venueIn(text);
        if (venue)
            return venue;
    }
    return undefined;
}
/** `ACL 2023` (or `Findings of EMNLP 2023`) when a journal reference or comment names where a paper appeared. */
function venueIn(text) {
    if (NOT_ACCEPTED.test(text))
        return undefined;
    const match = VENUE.exec(text);
    if (!match)
        return undefined;
    const venue = /^(NIPS|Neurips)$/.test(match[1]) ? 'NeurIPS' : match[1];
    return `${/\bfindings\b/i.test(text) ? 'Findings of ' : ''}${venue} ${match[2]}`;
}
/**
 * Whether arXiv's latest version withdraws the paper: its comment says so, as arXiv's withdrawal
 * form writes it (`This paper has been withdrawn by the author`) or in one word (`Withdrawn`).
 */
function isWithdrawn(record) {
    const comment = record.comment ?? '';
    return (/^\W*withdrawn\b/i.test(comment) ||
        /\b(?:paper|article|submission|manuscript|work) (?:has been|is) withdrawn\b/i.test(comment) ||
        /\bwithdrawn by (?:the|its) authors?\b/i.test(comment));
}

export { ARXIV_ID as A, ABOUT_THE_LIST as B, isOtherPaperPage as C, paperPageKey as D, firstStrong as E, isBracketedTag as F, normaliseTitle as G, scannedView as H, normaliseLabel as I, scannerProves as J, indentWidth as K, namesAuthor as L, compareTitles as M, writesFirstAuthor as N, surname as O, PAPER_LABEL as P, showsOnlyAnImage as Q, venueIn as R, VENUES as S, isWithdrawn as T, canonicalArxivId as U, VENUE_YEAR as V, isArxivId as W, htmlImages as X, YEAR_IN_WHEN as Y, attribute as Z, parseArxivUrl as a, venueOf as b, lineContent as c, isListMarker as d, linesWhere as e, findLinks as f, parseShieldsBadge as g, isBlank as h, isPaperLink as i, itemOpenedBy as j, isMonthDay as k, longestBacktickRun as l, fromSource as m, namesThePaper as n, offsetOfColumn as o, parseEntry as p, isPaperHost as q, recordEnd as r, segment as s, toSource as t, isNewsHeading as u, venueDate as v, strongAt as w, headingWords as x, isCodeHost as y, whenBeforeTitle as z };
