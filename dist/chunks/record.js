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
    const body = bom ? text.slice(1) : text;
    const lines = [];
    const endings = [];
    let start = 0;
    for (;;) {
        const nl = body.indexOf('\n', start);
        if (nl === -1) {
            lines.push(body.slice(start));
            endings.push('');
            break;
        }
        const crlf = nl > start && body.charCodeAt(nl - 1) === 13;
        lines.push(body.slice(start, crlf ? nl - 1 : nl));
        endings.push(crlf ? '\r\n' : '\n');
        start = nl + 1;
    }
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
const ANCHOR$1 = /<a\b[^>]*>([^<]*)<\/a\s*>/gi;
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
    return tagLinks(text, ANCHOR$1, 'href', false, (tag) => decodeEntities(tag[1]));
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
 * Pairs brackets and parentheses in one pass, each with its own stack; escaped ones do not count.
 * Keys are openers' offsets, in the order their closers come.
 */
function matchPairs(line) {
    const brackets = new Map();
    const parens = new Map();
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
                brackets.set(openBrackets.pop(), i);
        }
        else if (ch === OPEN_PAREN)
            openParens.push(i);
        else if (ch === CLOSE_PAREN && openParens.length > 0)
            parens.set(openParens.pop(), i);
    }
    return { brackets, parens };
}
function findLinks(line) {
    if (!line.includes(']('))
        return [];
    const { brackets, parens } = matchPairs(line);
    const links = [];
    let sorted = true;
    for (const [open, close] of brackets) {
        if (line[close + 1] !== '(')
            continue;
        const parenClose = parens.get(close + 1);
        if (parenClose === undefined)
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
    for (const [index, link] of links.entries()) {
        // A title after the URL, or a link inside another one (or inside an image's alt): not proven.
        if (line.slice(link.urlEnd, link.end - 1).trim() !== '')
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
    for (let i = start; i < line.length; i++) {
        if (markup[i])
            continue;
        const ch = line[i];
        if (ch === '~')
            return false;
        if (ch === '[' || ch === ']') {
            // Plain-text brackets: balanced, with no definition to make them a reference, and not a link
            // whose destination the scanner could not read (`[a](b c)`, `[a](` ending the line).
            if (definitions || (ch === ']' && (--depth < 0 || line[i + 1] === '(')))
                return false;
            if (ch === '[')
                depth++;
        }
        if (ch !== '*' && ch !== '_')
            continue;
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
        i = end - 1;
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
const TAG$1 = /<(\/?)(table|tr|td|th)\b([^>]*)>/gi;
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
        for (const tag of (lines[lineNo - 1] ?? '').matchAll(TAG$1)) {
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
        for (const tag of line.matchAll(TAG$1)) {
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

/**
 * An entry cut into the list's slots. The cut of one entry is its shape (the entry's text with each
 * slot's value replaced by a placeholder) and the values; the list's template is the shape most of
 * its entries share (learned in grammar.ts). Rendering a template with an entry's values gives the
 * entry back byte for byte exactly when the entry is written the way the template says.
 *
 * Slots: `{n}` (an item's number), `{title}`, `{venue}`, `{year}`, `{authors}`, `{paper}` (the paper's
 * URL), `{links}` (the links after the paper link, in the list's link style), `{badges}` and
 * `{annotation}` (the lines its editor breaks off under the entry). The last three are runs: an
 * empty run renders as nothing, separator included, so one template serves entries with and
 * without them.
 */
/** The lines a replacement covers. */
const covers = (r, no) => r.line <= no && no <= (r.endLine ?? r.line);
/**
 * Separators a run of links or badges may have between its members: a punctuation mark, or a dash
 * with spaces around it (`[[Paper]](…) - [[Code]](…)`).
 */
const RUN_SEPARATOR = /^[ \t]*(?:[,|/·•;][ \t]*|(?<=[ \t])[-–][ \t]+)?$/;
/** In a table row a `|` ends a cell: links on either side of one are two cells' values, not one run. */
const CELL_RUN_SEPARATOR = /^[ \t]*(?:[,/·•;][ \t]*|(?<=[ \t])[-–][ \t]+)?$/;
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
    const outside = entry.links.filter((link) => !link.isTitle && !inTitle(link));
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
/** The shape these pieces are read from (the inverse of `pieces`): literals escaped, slots named. */
function shapeOf(parts) {
    return parts
        .map((piece) => 'slot' in piece ? `{${piece.slot}}` : piece.literal.replace(/[{}\\]/g, (ch) => `\\${ch}`))
        .join('');
}
/** A link as a run writes it in this style: the slot writer, for a fix that changes one link's style. */
function writeLink(item, style) {
    return link(item, style);
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
/** The shape text of a literal, as a template writes it. */
function shapeLiteral(text) {
    return text.replace(/[{}\\]/g, (ch) => `\\${ch}`);
}
/**
 * An annotation that ends an entry: prose of sentences (a word ending one, a capital starting the
 * next) with no markup in it (no emphasis, code, HTML, table cells, images or headings). Its asides (`(from 1970)`,
 * `"cloud"`, `[1]`) are the editor's words, not the list's markup: split at them, each entry's
 * note would frame it apart from the others.
 */
const NOTE_TAIL = /^[^*_`<>|!#\\{}\n]*$/u;
const LAST_NOTE_CHAR = /[\p{L}\p{N})\]"”][^\p{L}\p{N})\]"”]*$/u;
const SENTENCE_BREAK = /\p{Ll}{3,}[.!?]["”)]?\s+["“(]?\p{Lu}/u;
/** Whether a literal's text from `start` on is such a note; it opens outside any aside of its own. */
function isNoteTail(literal, start) {
    const text = literal.slice(start);
    return (!/[([“"][ \t]*$/.test(literal.slice(0, start)) &&
        NOTE_TAIL.test(text) &&
        !text.includes('](') &&
        SENTENCE_BREAK.test(text));
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
function readFrame(shape) {
    const parts = [];
    const all = pieces(shape);
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
        for (const run of wordRuns(piece.literal)) {
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

const runsKey = (runs) => `${runs.links ? 'links' : ''}+${runs.badges ? 'badges' : ''}`;
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
            const which = runsKey({ links: cut.values.links.length > 0, badges: cut.values.badges.length > 0 });
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
            const which = runsKey(runs);
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
    return asWords && frames(wordsForm, asWords.shape)
        ? { cut: asWords, template: wordsForm }
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

/**
 * A new entry's slot values, from what is known of the paper (an arXiv record, the user's badges):
 * the paper link in the list's arXiv form, "et al." where the list abbreviates, dates and venues in
 * the list's own forms, and every piece of text escaped so it renders as the text it is.
 */
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
const YEAR_IN_WHEN = /\b(?:19|20)\d{2}\b/;
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
/** A month, or a month and its day, before a year: `Mar. 20`, `Sep`, `4 Jun`. */
const MONTH_DAY = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,? \d{1,2}(?:st|nd|rd|th)?)?|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)$/i;
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
/** Whether the words before a `{when}`'s year are a date's month and day, not a venue. */
const isMonthDay = (venue) => venue !== undefined && MONTH_DAY.test(venue.trim().replace(/^\(/, ''));
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
    const tableRows = new Map();
    const paperLinks = new Map();
    const arxivForms = { list: new Map(), sections: new Map() };
    /** Each entry's own `{when}` forms, where it stands. */
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
        const template = grammar.formFor(entry, cut.shape);
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
        const paperAt = values.links.findIndex((link) => parseArxivUrl(link.url) !== undefined);
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
        arxivForms,
        whenForms: habitOf(placedWhens),
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
    if (!slots.includes('badges') && values.badges.length > 0) {
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
    const forms = grammar.formsToWrite(template, runs);
    // The template comes last when none of its entries has these runs: a form no entry like this one
    // follows (`*{links}: [{title}]` for a paper without links leaves its `: ` hanging). The section's
    // entries that no form frames stand as its template's, and do not make it followed.
    const unfollowed = forms.length > 1 && forms.at(-1) === template ? template : undefined;
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
    // The section's spacing is its entries' where they stand; an item moved elsewhere keeps its form's.
    const kept = spacing && (widths || written === best.template);
    const values = { ...best.values, ...(kept ? { spacing } : {}) };
    // A title that ends with its own `?` or `!` takes no full stop after it, as most lists write such
    // titles (`**Why?**`, not `**Why?.**`): the stop comes out of the shape as the entry is spaced.
    if (writing.stopAfterQuestion ||
        !/[?!]$/.test(paper.title.trim()) ||
        !TITLE_STOP.test(written.shape) ||
        values.wording)
        return { template: written, values };
    const { spacing: spaced, ...unspaced } = values;
    const shape = spaced ? respace(frameOf(written.shape), spaced) : written.shape;
    return { template: { ...written, shape: shape.replace(TITLE_STOP, '{title}$1') }, values: unspaced };
}
/** A full stop after a title, inside its emphasis (`**{title}.**`) or after it (`**{title}**.`). */
const TITLE_STOP = /\{title\}([*_]*)\./;
/** Whether an entry's text puts a full stop after its title, inside or after its emphasis. */
function stopsAfter(text, title) {
    const at = text.indexOf(title);
    return at !== -1 && /^[*_]*\./.test(text.slice(at + title.length));
}

/**
 * One paper entry, read from its item block: title line (bold title, punctuation, venue, year,
 * keyword badges), author line, links. Every part keeps its exact position so rules can point at
 * it and fixes can rewrite it.
 */
/** An arXiv identifier: new style `2106.09685`, or old style `hep-th/9901001`. */
const ARXIV_ID = String.raw `(?:[a-z-]+(?:\.[a-z]{2})?\/\d{7}|\d{4}\.\d{4,5})`;
const ARXIV_URL = new RegExp(String.raw `^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(abs|pdf|html)\/(${ARXIV_ID})(v\d+)?(\.pdf)?\/?(?:[?#].*)?$`, 'i');
const YEAR = /\b(?:19|20)\d{2}\b/g;
const HAS_YEAR = /\b(?:19|20)\d{2}\b/;
/** `pdf`, `Paper`, `arXiv`…, possibly qualified: `pdf (Chinese)`. */
const PAPER_LABEL = /^(pdf|paper|arxiv|abs|abstract|doi|openreview|acl|link|html|pub|publication|journal|article|preprint|proceedings)(?:\s*\([^)]*\))?$/i;
/** Where papers themselves are published (a link here is the paper, whatever its label). */
const PAPER_HOST = /^(?:https?:\/\/)?(?:[\w-]+\.)*(?:arxiv\.org|openreview\.net|aclanthology\.org|aclweb\.org|doi\.org|papers\.nips\.cc|proceedings\.neurips\.cc|proceedings\.mlr\.press|ieeexplore\.ieee\.org|dl\.acm\.org|link\.springer\.com|openaccess\.thecvf\.com|ojs\.aaai\.org|aaai\.org|ijcai\.org|semanticscholar\.org|biorxiv\.org|medrxiv\.org|ssrn\.com|jmlr\.org|sciencedirect\.com|ecva\.net|isca-speech\.org|isca-archive\.org|pnas\.org|academic\.oup\.com|onlinelibrary\.wiley\.com|nature\.com\/articles|science\.org\/doi|researchgate\.net\/publication)\/|\.pdf(?:[?#].*)?$/i;
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
/** A short heading naming a section of things that are not papers. */
const RESOURCE_SECTION = /^\W*(?:blogs?|blog posts?|news|tutorials?|courses?|talks?|videos|tools|toolkits?|libraries|resources?|slides|books?|surveys? and tutorials)\W*$/i;
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
    // By column; a cell a row above spans into is none of this row's.
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
    const onlyTheLink = (c) => c !== undefined &&
        linksIn(c).some((link) => !link.image && PAPER_LABEL.test(link.text.trim())) &&
        PAPER_LABEL.test(textOf(c)
            .replace(/<[^>]*>|[[\]()]|\(.*?\)/g, ' ')
            .trim());
    const named = columns.findIndex((name) => TITLE_COLUMN.test(name));
    // No column named for titles (`| Year | Articles | Code |`): the first cell whose link reads as a
    // title (a few words, not `pdf`), else the first cell of the row's own (not one of a row above
    // spanning the rows under it, which groups them).
    const linkedTitle = cells.findIndex((c) => c !== undefined &&
        linksIn(c).some((link) => !link.image && words(link.text) >= TITLE_WORDS$1 && !PAPER_LABEL.test(link.text.trim())));
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
    const section = block.headings.map((heading) => heading.text);
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
function classify(parts) {
    const { titleLine, title, section, links, authors } = parts;
    const deepest = section[section.length - 1] ?? '';
    if (RESOURCE_SECTION.test(deepest) ||
        section.some(isNewsHeading) ||
        NEWS.test(titleLine) ||
        RESOURCE_TITLE.test(title.text)) {
        return 'resource';
    }
    // A table of contents: the title links a heading of the page.
    if (title.url?.startsWith('#'))
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
    // unless its plain title says where and when it appeared (`Title (SIGMOD 2020) [GitHub](…)`).
    if (links.length > 0 &&
        links.every((link) => RESOURCE_LABEL.test(link.label) || CODE_HOST.test(link.url.trim()))) {
        return authors?.italic ||
            (title.url === undefined && VENUE_NEXT.test(titleLine.slice(title.endColumn - 1)))
            ? 'paper'
            : 'resource';
    }
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
 * (`[**npj Digital Medicine, 2023**]`), or several of them (`:camera: :gem:`; the colon after one is
 * no separator when it opens the next shortcode).
 */
const TITLE_PREFIX = /^(?:(?:(\*\*|__)\[\d{1,4}\]\1|\[!\[[^\]]{0,100}\]\([^)\s]{1,500}\)\]\([^)\s]{0,500}\)|<br\s*\/?>|(?::[a-z\d_+-]{1,30}:)+|\[[^\]]{1,20}\](?!\()|\[(\*\*|__)[^\]*_]{1,60}\2\]|\([^)]{1,20}\)|[^\s\w[*_<]{1,8}|\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?|<a\s[^<>]{0,200}>\s*<\/a>|<img\s[^<>]{0,300}>|<(?=\[))\s*(?:[|-]|:(?![a-z\d_+-]{1,30}:))?\s*)+/u;
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
    const afterPrefix = prefix ? contentStart + prefix[0].length : contentStart;
    const html = htmlBoldTitle(line, lineNo, contentStart) ?? htmlBoldTitle(line, lineNo, afterPrefix);
    if (html)
        return { title: html, titleLink: undefined };
    // A bold reference number (`**[31]**`) opening the item is the prefix, not the title.
    const numbered = prefix !== null && BOLD_REFERENCE_NUMBER.test(line.slice(contentStart));
    let strong = numbered ? undefined : strongAt(lineNo, contentStart);
    let link = strong ? undefined : linkAt(contentStart);
    if (!strong && !link && prefix) {
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
            return afterName;
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
    const tagged = afterAnchors(line, numbered ? afterPrefix : contentStart);
    // `[arXiv 2026.08](…), Keep the Future, Drop the Rollout: …`: the text after a date's or a site's
    // link is the title whole, commas and all.
    const datedOrSite = links.some((l) => l.start === tagged && !l.image && (venueDate(l.text) !== undefined || namesASite(l.text)));
    return {
        title: plainTitle(line, lineNo, afterTagLinks(line, tagged, links), links, plain.continues, false, plain.toLinks || datedOrSite),
        titleLink: undefined,
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
        words(label) < (twoWordTitle ? 2 : TITLE_WORDS$1) ||
        PAPER_LABEL.test(label) ||
        RESOURCE_LABEL.test(label) ||
        CODE_HOST.test(first.url.trim())) {
        return undefined;
    }
    return linksThePaper || HAS_YEAR.test(before) ? first : undefined;
}
/**
 * `<b>Title</b>`, `<strong>Title.</strong>`: a title in HTML bold, read as its text (the tags stay
 * around it as written; a title's bold `mark` is a Markdown delimiter).
 */
function htmlBoldTitle(line, lineNo, at) {
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
    const anchors = /^(?:(?:<a\s[^<>]{0,200}>\s*<\/a>|\[[^\]]{0,20}[*_`][^\]]{0,20}\]|\[(?:\*\*|__)[^\]*_]{1,60}(?:\*\*|__)\]|\([^)]{0,40}[*_`][^)]{0,40}\)|`[^`]{1,40}`)\s*)+/i.exec(line.slice(from));
    return anchors ? from + anchors[0].length : from;
}
function words(text) {
    return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
/** A name or tag, not a title: a word or three (`**OphGLM**`, `[ICML]`, `**Flickr30k**`). */
const NAME_WORDS = 3;
/** A title has at least this many words: fewer after a name is a description's start, not a title. */
const TITLE_WORDS$1 = 3;
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
        words(line.slice(bold.innerStart, bold.innerEnd)) >= TITLE_WORDS$1) {
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
    if (link && words(link.text) >= TITLE_WORDS$1 && !PAPER_LABEL.test(link.text.trim())) {
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
    return words(title.text) >= TITLE_WORDS$1
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
    return words(title.text) >= TITLE_WORDS$1 && !venueLike ? { ...title, prefixed: true } : undefined;
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
    return words(line.slice(after, nextLink)) >= TITLE_WORDS$1 ? after : from;
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
        if (words(f.replace(/\d+/g, ' ')) >= TITLE_WORDS$1) {
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
 * A title in plain text: to the first comma, badge or link; a line of text alone (the entry goes on
 * below) is the title whole; after a name, to the full stop that ends the sentence.
 */
function plainTitle(line, lineNo, from, links, continues, toFullStop = false, toLinks = false) {
    // `"Title", Venue 2024`: a title in quotes runs to its closing quote, commas and all; the quotes
    // may be in italics (`*"Title"*`). A citation may name its authors first (`Oord, Aaron, et al.
    // "Title." arXiv 2016`): the quoted words after them are the title.
    const quoted = /^([*_]?)(["“])(.+?)(["”])\1/.exec(line.slice(from)) ??
        /^[^"“”[\]()*_]{1,300}?[.,]\s+([*_]?)(["“])(.+?)(["”])\1/.exec(line.slice(from));
    if (quoted && words(quoted[3]) >= TITLE_WORDS$1) {
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
    const italic = /(?<=\S)(?:[.,]|(?<=[?!])|(?=\s+[*_][^*_\n]*\bet al\b))(?=\s+(?:[*_](?![*_\s])|`))/.exec(line.slice(from, firstLink));
    if (italic)
        firstLink = from + italic.index;
    const alone = continues && firstLink === line.length;
    const stop = toFullStop ? line.slice(from, firstLink).search(/\.(?:\s|$)/) : -1;
    // A bar, a line break or a bold tag after the title marks where it ends: its commas are the title's.
    const comma = alone || toFullStop || toLinks || bar > 0 || lineBreak > 0 || bold > 0 || venueAt > 0 || italic
        ? -1
        : line.indexOf(',', from);
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
 * `paragraphEntries`: lines that open a paragraph entry whatever their text shows (a caller that knows
 * the paragraph was one: see the engine's unmade paragraph entries).
 */
function segment(source, paragraphEntries = NO_LINES) {
    const { lines } = source;
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
                // Raw HTML until its end condition: an item's paragraph above it ends here.
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
 * An item's text that opens with a title of its own: a bold span, a quoted title, or a link whose
 * text has three words or more (`[Paper]`, `[arXiv]` are labels, not titles), maybe after a few
 * short tags, emoji or symbols (`⭐(CVPR 2023) [💬 Safety] **Title**`; a tag in brackets is no link).
 */
const OWN_TITLE = /^(?:(?:\([^()]{1,40}\)|\[[^[\]]{1,40}\](?!\()|:[a-z\d_+-]{1,30}:|[^\p{L}\p{N}\s*_"“<[(\]])[ \t]*){0,6}(?:\*\*\S|__\S|<(?:b|strong)>[ \t]*\S|["“]\S|\[(?!!)[^\]\s]+\s+[^\]\s]+\s+[^\]]+\]\((?!#))/iu;
/** A link or a bare URL that leads out of the page (not a `#anchor` of it). */
const LINKS_OUT = /\]\((?!#)|<a\s|https?:\/\//i;
/** Lines that open blocks whose insides are not items: fenced code, comments, raw HTML. */
const OPAQUE = /^[ \t]*(?:`{3,}|~{3,}|<)/;
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
            (wordsBeforeLink(text) >= TITLE_WORDS && linksPaper(lines, line, line)) ||
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
const TITLE_WORDS = 3;
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
    const head = lines[item.startLine - 1].slice(item.contentColumn - 1);
    if (LINKS_OUT.test(head) || OWN_TITLE.test(head) || !isBlank(lines[item.startLine] ?? ''))
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

export { isBlank as $, ARXIV_ID as A, pieces as B, shapeOf as C, arxivUrlOf as D, writeLink as E, FALLBACK_TEMPLATE as F, isNewsHeading as G, isPaperHost as H, findLinks as I, namesThePaper as J, offsetOfColumn as K, LIVE_AT as L, strongAt as M, NAME_MARKS as N, headingWords as O, PAPER_LABEL as P, recordEnd as Q, isCodeHost as R, ABOUT_THE_LIST as S, firstStrong as T, UnwritableEntry as U, VENUE_YEAR as V, isBracketedTag as W, normaliseTitle as X, scannedView as Y, normaliseLabel as Z, scannerProves as _, NAMES_LEAD as a, indentWidth as a0, namesAuthor as a1, compareTitles as a2, writesFirstAuthor as a3, surname as a4, showsOnlyAnImage as a5, paperLinkOf as a6, linkStyleOf as a7, linkLabelOf as a8, learnStyle as a9, paletteFromKeywordsSection as aa, guideLinkStyles as ab, writtenRules as ac, roundTrip as ad, venueIn as ae, VENUES as af, isWithdrawn as ag, canonicalArxivId as ah, isArxivId as ai, htmlImages as aj, attribute as ak, readEntry as b, cutEntry as c, venueDate as d, entryText as e, frameOf as f, parseArxivUrl as g, learnWriting as h, isPaperLink as i, venueOf as j, increment as k, learnGrammar as l, longestBacktickRun as m, nestingIn as n, lineContent as o, parseEntry as p, isListMarker as q, renderThrough as r, segment as s, toSource as t, linesWhere as u, valuesFor as v, writeNewEntry as w, fromSource as x, entryStyle as y, render as z };
