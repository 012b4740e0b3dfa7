import { q as count, H as hasLine, I as mergeFixes, r as ruleDocUrl } from './format.js';
import { M as MAX_BODY, c as codeSpan, h as hasDirectionControls, s as suggestionBlock, n as neutralize } from './markdown.js';
import { R as REVIEW_MARKER } from './marker.js';

/** Rules about how an entry is written, as opposed to what is wrong with it (a duplicate, a dead link). */
const STYLE_RULES = new Set([
    'title-format',
    'authors-format',
    'blank-line',
    'indent',
    'pdf-missing',
    'badge-missing',
    'badge-color',
    'badge-spacing',
    'arxiv-abs',
]);
/** At least this many entries written the same way the list does not are one deviation. */
const REPEATED_MIN_ENTRIES = 3;
/** Line numbers a repeated deviation's line names before "and N more". */
const LINES_NAMED = 5;
/**
 * Splits findings (or things carrying one) into repeated deviations, one per file, style rule and
 * severity found in at least REPEATED_MIN_ENTRIES entries, and the rest, each kept in its order.
 */
function groupRepeated(items, findingOf) {
    const byKey = new Map();
    for (const item of items) {
        const finding = findingOf(item);
        if (!STYLE_RULES.has(finding.rule))
            continue;
        const key = `${finding.path}\u0000${finding.rule}\u0000${finding.severity}`;
        byKey.set(key, [...(byKey.get(key) ?? []), item]);
    }
    const repeated = [...byKey]
        .filter(([, group]) => new Set(group.map((item) => findingOf(item).entryKey)).size >= REPEATED_MIN_ENTRIES)
        .map(([key, group]) => ({ key, items: group }));
    const grouped = new Set(repeated.flatMap((group) => group.items));
    return { repeated, single: items.filter((item) => !grouped.has(item)) };
}
/** What a repeated deviation's one line says: how many entries, where, the first finding, what to do. */
function repeatedMessage(findings) {
    const entries = new Set(findings.map((finding) => finding.entryKey)).size;
    const lines = [...new Set(findings.map((finding) => finding.line))];
    const named = lines.slice(0, LINES_NAMED).join(', ');
    const where = lines.length > LINES_NAMED ? `${named} and ${lines.length - LINES_NAMED} more` : named;
    return (`${count(entries, 'entry', 'entries')} differ from the rest of the list the same way ` +
        `(line${lines.length > 1 ? 's' : ''} ${where}). The first: ${findings[0].message} ` +
        'If the list is changing its style, set it in the config (`paperlint --print-config` shows the ' +
        'learned one); otherwise write them as the other entries are.');
}

const COMMENT_MARKER = /^<!-- paperlint fp=([0-9a-z.:/,-]+)( fixed)? -->/;
const BODY_MARKER = /<!-- paperlint reported=([0-9a-z.:/,-]*) -->/;
/** Whether a comment or review carries paperlint's markers (whoever wrote it). */
function isPaperlintPost(body) {
    return COMMENT_MARKER.test(body) || body.startsWith(REVIEW_MARKER);
}
const PRINT = /^([0-9a-f]{16})(?::([ew]):([a-z0-9./-]+))?$/;
/** A marker's findings; undefined when any of them is malformed (then the marker is not paperlint's). */
function readPrints(list) {
    const prints = [];
    for (const item of list.split(',')) {
        if (item === '')
            continue;
        const match = PRINT.exec(item);
        if (!match)
            return undefined;
        const [, hash, severity, id] = match;
        prints.push(id ? { hash, arxiv: { id, severity: severity === 'e' ? 'error' : 'warning' } } : { hash });
    }
    return prints;
}
function writePrint({ hash, arxiv }) {
    return arxiv ? `${hash}:${arxiv.severity[0]}:${arxiv.id}` : hash;
}
/** FNV-1a, twice with different seeds: a short stable id, not a security boundary. */
function hash(text) {
    const fnv = (seed) => {
        let h = seed >>> 0;
        for (let i = 0; i < text.length; i++) {
            h ^= text.charCodeAt(i);
            h = Math.imul(h, 0x01000193) >>> 0;
        }
        return h.toString(16).padStart(8, '0');
    };
    return fnv(0x811c9dc5) + fnv(0x050c5d1f);
}
/**
 * A finding's identity across pushes: what it is about. The file, the rule, the entry (arXiv id or
 * title), the part of the entry it is on, and its subject: the message without its numbers (line
 * numbers, dates, counts change when nothing about the finding does). Never its line, or its rank
 * among other findings: fixing one of two must not make the other look fixed.
 */
function fingerprint(finding) {
    const subject = finding.message.replace(/\d+/g, '');
    const hashed = hash([finding.path, finding.rule, finding.entryKey, finding.part, subject].join('\u0000'));
    const paper = /^arxiv:(.+)$/.exec(finding.entryKey)?.[1];
    return finding.rule === 'arxiv-metadata' && paper !== undefined && /^[a-z0-9./-]+$/.test(paper)
        ? { hash: hashed, arxiv: { id: paper, severity: finding.severity } }
        : { hash: hashed };
}
function planReview(files, earlier, options) {
    const all = files.flatMap((file) => file.findings.map((finding) => ({ file, finding, print: fingerprint(finding) })));
    const current = new Set(all.map((item) => item.print.hash));
    const read = new Set(files.map((file) => file.path));
    const unknown = (print) => print.arxiv !== undefined && earlier.unanswered.has(print.arxiv.id);
    // A file this run could not read, or may not have found, proves nothing fixed.
    const checkedNow = (path) => !earlier.unread.has(path) && (read.has(path) || !earlier.partlyListed);
    // A finding is known (not reported again) while a comment about it is open, or when a review
    // reported it after the last time it was marked fixed: a finding that comes back is new again.
    const open = new Map();
    const fixedAt = new Map();
    const known = new Map();
    for (const comment of earlier.comments) {
        const marker = COMMENT_MARKER.exec(comment.body);
        const prints = marker ? readPrints(marker[1]) : undefined;
        if (!marker || !prints)
            continue;
        if (marker[2]) {
            const when = Date.parse(comment.updatedAt);
            for (const { hash } of prints)
                fixedAt.set(hash, Math.max(when, fixedAt.get(hash) ?? -Infinity));
            continue;
        }
        for (const print of prints)
            known.set(print.hash, print);
        if (checkedNow(comment.path))
            open.set(comment.id, { comment, prints });
    }
    for (const review of earlier.reviews) {
        const when = Date.parse(review.submittedAt);
        const marker = BODY_MARKER.exec(review.body);
        for (const print of (marker && readPrints(marker[1])) ?? []) {
            if (!(when <= (fixedAt.get(print.hash) ?? -Infinity)))
                known.set(print.hash, print);
        }
    }
    // What arXiv did not answer for is neither fixed nor gone: its last known findings stand.
    const carried = [...known.values()]
        .filter((print) => unknown(print) && !current.has(print.hash))
        .map((print) => ({ arxivId: print.arxiv.id, severity: print.arxiv.severity }));
    const fixed = [...open.values()]
        .filter(({ prints }) => prints.every((print) => !current.has(print.hash) && !unknown(print)))
        .map(({ comment, prints }) => {
        const thanks = `<!-- paperlint fp=${prints.map(writePrint).join(',')} fixed -->\n**Fixed** in ${options.headSha.slice(0, 7)}, thank you!`;
        const rest = comment.body.replace(COMMENT_MARKER, '').trimStart();
        const quoted = `${thanks}\n\n<details><summary>Earlier comment</summary>\n\n${rest}\n\n</details>`;
        // The earlier comment is quoted whole or not at all: half of it could leave a fence open.
        return { id: comment.id, body: quoted.length <= MAX_BODY ? quoted : thanks };
    });
    // A deviation repeated across entries is one line of the body, known by a fingerprint of its own
    // (what it is, not which entries: one more such entry later is the same news).
    const { repeated, single } = groupRepeated(all, (item) => item.finding);
    const freshRepeated = repeated
        .map((group) => ({ group, print: { hash: hash(`repeated\u0000${group.key}`) } }))
        .filter(({ print }) => !known.has(print.hash));
    const repeatedLines = freshRepeated.map(({ group, print }) => {
        const findings = group.items.map((item) => item.finding);
        return {
            text: bodyLine(group.items[0].file, { ...findings[0], message: repeatedMessage(findings) }),
            print,
        };
    });
    const fresh = single.filter((item) => !known.has(item.print.hash));
    const groups = groupByLines(fresh);
    const inline = [];
    const inBody = [];
    for (const group of groups) {
        const { file } = group.items[0];
        const anchored = file.commentable !== undefined &&
            Array.from({ length: group.end - group.start + 1 }, (_, i) => group.start + i).every((line) => hasLine(file.commentable, line));
        if (anchored && inline.length < options.maxComments) {
            inline.push(commentFor(group, options.suggestions));
        }
        else {
            inBody.push(...group.items);
        }
    }
    const totals = {
        errors: all.filter((item) => item.finding.severity === 'error').length,
        warnings: all.filter((item) => item.finding.severity === 'warning').length,
    };
    const guide = files.find((file) => file.guideUrl)?.guideUrl;
    const located = (items) => items.map((item) => ({ text: bodyLine(item.file, item.finding), print: item.print }));
    const body = reviewBody(totals, options.entriesChecked, inline.length, [...repeatedLines, ...located(inBody)], guide);
    const bodyOnly = reviewBody(totals, options.entriesChecked, 0, [...repeatedLines, ...located(fresh)], guide);
    const newFindings = fresh.length + freshRepeated.reduce((sum, { group }) => sum + group.items.length, 0);
    return {
        review: newFindings > 0 ? { body, comments: inline } : undefined,
        bodyOnly,
        fixed,
        newFindings,
        carried,
    };
}
/**
 * Findings whose lines (and fixes' lines) overlap share one comment, so their suggestions do not
 * clash. One sort and one sweep per file: linear after the sort, however many findings there are.
 */
function groupByLines(items) {
    const spans = items.map((item, order) => {
        const { finding } = item;
        const start = Math.min(finding.line, finding.fix?.line ?? finding.line);
        const end = Math.max(finding.endLine, finding.fix?.endLine ?? finding.endLine);
        return { item, order, start, end };
    });
    const files = new Map(items.map((item, i) => [item.file, i]));
    spans.sort((a, b) => files.get(a.item.file) - files.get(b.item.file) || a.start - b.start || a.order - b.order);
    const groups = [];
    for (const span of spans) {
        const last = groups[groups.length - 1];
        if (last && last.spans[0].item.file === span.item.file && span.start <= last.end) {
            last.end = Math.max(last.end, span.end);
            last.spans.push(span);
        }
        else {
            groups.push({ start: span.start, end: span.end, spans: [span] });
        }
    }
    // Comments, and findings within one, keep the findings' own order (file, then line).
    const ordered = (group) => group.spans.sort((a, b) => a.order - b.order);
    return groups
        .map((group) => ({
        start: group.start,
        end: group.end,
        first: ordered(group)[0].order,
        spans: group.spans,
    }))
        .sort((a, b) => a.first - b.first)
        .map((group) => ({ start: group.start, end: group.end, items: group.spans.map((span) => span.item) }));
}
function describe(finding) {
    return `**${finding.severity === 'error' ? 'Error' : 'Warning'}** · ${neutralize(finding.message)} ([${finding.rule}](${ruleDocUrl(finding.rule)}))`;
}
/**
 * As many of `lines` as fit in `budget` characters (each costing its length, a newline and
 * `extra(i)`), whole lines only, and a note saying how many were left out.
 */
function fitLines(lines, budget, more, extra = () => 0) {
    const reserve = more(lines.length).length + 1;
    let used = 0;
    let count = 0;
    while (count < lines.length) {
        const cost = lines[count].length + 1 + extra(count);
        const last = count === lines.length - 1;
        if (used + cost > budget - (last ? 0 : reserve))
            break;
        used += cost;
        count++;
    }
    const kept = lines.slice(0, count);
    return { lines: count < lines.length ? [...kept, more(lines.length - count)] : kept, count };
}
const NO_ROOM_FOR_FIX = '_No one-click fix: the fixed line is too long for a GitHub comment; please edit it by hand._';
function commentFor(group, suggestions) {
    const { file } = group.items[0];
    const marker = `<!-- paperlint fp=${group.items.map((item) => writePrint(item.print)).join(',')} -->`;
    const fixes = group.items.flatMap((item) => (item.finding.fix ? [item.finding.fix] : []));
    const merged = suggestions && fixes.length > 0 ? mergeFixes(file.source, group.start, group.end, fixes) : undefined;
    let fix;
    if (merged !== undefined && hasDirectionControls(merged)) {
        // A suggestion is the line's real text, so these cannot be stripped; shown, they could make the
        // suggested line read other than it is. Better no one-click fix than a misleading one.
        fix = '_No one-click fix: the line holds invisible text-direction characters; please edit it by hand._';
    }
    else if (merged !== undefined) {
        fix = suggestionBlock(merged);
    }
    // A suggestion is committed as it stands, so it goes in whole or not at all: cut, it would write
    // the cut into the list. The findings are kept either way.
    const room = (tail) => MAX_BODY - marker.length - 1 - (tail ? tail.length + 2 : 0);
    const describeAll = (tail) => fitLines(group.items.map((item) => `- ${describe(item.finding)}`), room(tail), (left) => `- _…and ${count(left, 'more finding')} on these lines._`).lines;
    if (fix !== undefined && room(fix) < 1000)
        fix = NO_ROOM_FOR_FIX;
    const parts = [marker, ...describeAll(fix ?? ''), ...(fix !== undefined ? ['', fix] : [])];
    return {
        path: file.path,
        line: group.end,
        ...(group.start < group.end ? { startLine: group.start } : {}),
        body: parts.join('\n'),
    };
}
/** A finding in the review body: where it is, and what to do. */
function bodyLine(file, finding) {
    return `- ${codeSpan(file.path)} line ${finding.line}: ${describe(finding)}`;
}
function reviewBody(totals, checked, inlineCount, inBody, guide) {
    const head = [
        REVIEW_MARKER,
        '### paperlint',
        '',
        `Thanks for adding to the list! I checked ${count(checked, 'entry', 'entries')} this PR touches and found ` +
            `${count(totals.errors, 'error')} and ${count(totals.warnings, 'warning')}.` +
            (inlineCount > 0
                ? ` ${count(inlineCount, 'comment')} below point at the lines, with one-click fixes where there is one.`
                : ''),
    ];
    const intro = inBody.length > 0 ? ['', inlineCount > 0 ? 'Also to change:' : 'What to change:'] : [];
    const tail = ['', guide ? `The list's [contribution guide](${guide}) has the details.` : ''];
    // Bounded by construction: every listed finding pays for its line and its fingerprint in the
    // marker, and only what is listed is marked reported (the rest is reported by a later review).
    const fixedPart = [...head, ...intro, ...tail].join('\n').length + '\n<!-- paperlint reported= -->'.length;
    const listed = fitLines(inBody.map((line) => line.text), MAX_BODY - fixedPart - 1, (left) => `- _…and ${count(left, 'more finding')}: see the job summary._`, (i) => writePrint(inBody[i].print).length + 1);
    const reported = inBody.slice(0, listed.count).map((line) => writePrint(line.print));
    return [
        ...head,
        ...intro,
        ...listed.lines,
        ...tail,
        `<!-- paperlint reported=${reported.join(',')} -->`,
    ].join('\n');
}

var plan = /*#__PURE__*/Object.freeze({
    __proto__: null,
    REVIEW_MARKER: REVIEW_MARKER,
    isPaperlintPost: isPaperlintPost,
    planReview: planReview
});

export { plan as a, groupRepeated as g, isPaperlintPost as i, planReview as p, repeatedMessage as r };
