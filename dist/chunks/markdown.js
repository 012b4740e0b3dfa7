import { l as longestBacktickRun } from './record.js';

/**
 * Making text from a PR safe to put in a GitHub comment, summary or annotation: it must not ping
 * anyone, render HTML, forge paperlint's hidden markers, or break out of a code span or fence.
 */
/** Bidi overrides, zero-width and other invisible controls: they can make text read other than it is. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const ZERO_WIDTH_SPACE = '\u200b';
const MARKDOWN_PUNCTUATION = new Set(['\\', '*', '_', '[', ']', '(', ')', '!', '~', '|', '#']);
const DIRECTION_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
function hasDirectionControls(text) {
    return DIRECTION_CONTROLS.test(text);
}
/**
 * A table cell of inert markdown: as neutralize, and a `|` escaped inside code spans too, since GFM
 * splits a row into cells before it reads code spans (a bare `|` there would end the cell).
 */
function tableCell(text) {
    return neutralize(text, true);
}
/** One line of inert markdown: code spans kept as they are, everything else escaped. */
function neutralize(text, inTable = false) {
    const flat = text.replace(INVISIBLE, '').replace(/[\r\n]+/g, ' ');
    let out = '';
    let i = 0;
    while (i < flat.length) {
        if (flat[i] === '`') {
            let runEnd = i;
            while (flat[runEnd] === '`')
                runEnd++;
            const length = runEnd - i;
            const close = findClosingRun(flat, runEnd, length);
            if (close !== -1) {
                // Inside a code span nothing renders; only a mention is defused, invisibly.
                const span = flat.slice(i, close + length).replace(/@/g, `@${ZERO_WIDTH_SPACE}`);
                // GFM reads `\|` as an escaped pipe and `\\` as an escaped backslash: a pipe needs an odd
                // run of backslashes before it.
                out += inTable
                    ? span.replace(/(\\*)\|/g, (_, run) => `${run}${run.length % 2 === 0 ? '\\' : '\\\\'}|`)
                    : span;
                i = close + length;
                continue;
            }
            out += '\\`'.repeat(length);
            i = runEnd;
            continue;
        }
        out += escapeChar(flat[i]);
        i++;
    }
    return out;
}
/**
 * Text as one markdown code span, for a path or a title quoted whole: nothing in it renders, its own
 * backticks cannot close it, a mention cannot ping, and it stays on one line.
 */
function codeSpan(text) {
    const flat = text
        .replace(INVISIBLE, '')
        .replace(/[\r\n]+/g, ' ')
        .replace(/@/g, `@${ZERO_WIDTH_SPACE}`);
    const fence = '`'.repeat(longestBacktickRun(flat) + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
function findClosingRun(text, from, length) {
    for (let i = text.indexOf('`', from); i !== -1; i = text.indexOf('`', i)) {
        let end = i;
        while (text[end] === '`')
            end++;
        if (end - i === length)
            return i;
        i = end;
    }
    return -1;
}
function escapeChar(ch) {
    switch (ch) {
        case '<':
            return '&lt;';
        case '>':
            return '&gt;';
        case '&':
            return '&amp;';
        case '@':
            return `@${ZERO_WIDTH_SPACE}`;
        default:
            // Markdown punctuation is escaped, so PR text cannot open a link, an image, emphasis or a table cell.
            return MARKDOWN_PUNCTUATION.has(ch) ? `\\${ch}` : ch;
    }
}
/** A repository path as a URL path: every segment encoded, parentheses too (they would end a link). */
function urlPath(path) {
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[()!'*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
/** A code fence longer than any backtick run in `text`, so the text cannot close it. */
function fenceFor(text) {
    return '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
}
function suggestionBlock(replacement) {
    const fence = fenceFor(replacement);
    return `${fence}suggestion\n${replacement}\n${fence}`;
}
/** GitHub rejects comment and review bodies over 65,536 characters. */
const MAX_BODY = 65_536;
function truncate(body, note, limit = MAX_BODY) {
    if (body.length <= limit)
        return body;
    const room = limit - note.length - 2;
    const cut = body.lastIndexOf('\n', room);
    return `${body.slice(0, cut > room / 2 ? cut : room)}\n\n${note}`;
}

export { MAX_BODY as M, truncate as a, codeSpan as c, hasDirectionControls as h, neutralize as n, suggestionBlock as s, tableCell as t, urlPath as u };
