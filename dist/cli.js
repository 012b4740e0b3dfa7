#!/usr/bin/env node
import { isUtf8 } from 'node:buffer';
import { l as lazy, C as ConfigError, G as GitHubError } from './chunks/errors.js';
import { realpathSync, statSync, openSync, writeSync, ftruncateSync, fsyncSync, closeSync, fstatSync, readSync, readFileSync } from 'node:fs';
import { isAbsolute, sep, dirname, resolve, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { r as repositoryConfigOf } from './chunks/config-file.js';
import { R as RULES, r as ruleDocUrl, f as fixEdit, a as findPaperList, e as entryReader, l as learnGrammar, c as cutEntry, b as frameOf, d as renderThrough, v as valuesFor, g as entryText, N as NAME_MARKS, h as NAMES_LEAD, i as readEntry, t as terminalSafe, j as terminalSafeLines, k as entryKeys, F as FALLBACK_TEMPLATE, m as learnWriting, w as writeNewEntry, n as nestingIn, U as UnwritableEntry, L as LIVE_AT, o as lint, p as formatText, q as count, s as formatJson, u as applyFixes, x as formatGithub, y as summarise, z as increment } from './chunks/format.js';
import { pathToFileURL } from 'node:url';
import { t as toSource, s as segment, p as parseEntry, i as isPaperLink, v as venueDate, a as parseArxivUrl, b as venueOf, A as ARXIV_ID } from './chunks/record.js';
import { A as AUDIT_CHECKS, a as auditDocUrl } from './chunks/checks.js';
import 'node:module';

/**
 * Commands and their options as data. One table per command feeds both node:util.parseArgs and
 * --help, so a new flag is one row (and its help line cannot drift from what is parsed), and a new
 * subcommand is one entry in the CLI's command list.
 */
/** Wrong use of the command line: reported in one line with the usage, exit status 2. */
class UsageError extends Error {
}
/** A command whose `run` sees its own options' types. */
function defineCommand(command) {
    return command;
}
/** Every command takes these. */
const COMMON_OPTIONS = {
    help: { type: 'boolean', short: 'h', help: 'show this help and exit' },
    version: { type: 'boolean', short: 'v', help: 'print the version and exit' },
};
/** The config a subcommand's FILE is held to, as `add` and `export` read it. */
const CONFIG_OPTIONS = {
    config: {
        type: 'string',
        value: 'FILE',
        default: '.github/paperlint.yml at the git top level of FILE',
        help: 'config file',
    },
    'no-config': { type: 'boolean', help: 'use no config file' },
};
/** Parses argv against a table; `--` ends the options. Throws UsageError in plain words. */
function parseCommandLine(argv, table) {
    let parsed;
    try {
        parsed = parseArgs({
            args: [...argv],
            options: Object.fromEntries(
            // Defaults stay out of parseArgs: an option left out is undefined, and --help shows the default.
            Object.entries(table).map(([name, { type, short, multiple }]) => [
                name,
                { type, ...(short ? { short } : {}), ...(multiple ? { multiple } : {}) },
            ])),
            allowPositionals: true,
            strict: true,
        });
    }
    catch (error) {
        throw new UsageError(plainParseError(error));
    }
    for (const [name, spec] of Object.entries(table)) {
        const value = parsed.values[name];
        if (spec.choices && typeof value === 'string' && !spec.choices.includes(value)) {
            throw new UsageError(`--${name} is ${orList(spec.choices)}, not "${value}"`);
        }
    }
    return parsed;
}
/** parseArgs explains itself at length; one short line is enough here. */
function plainParseError(error) {
    const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
    switch (error.code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
            return `unknown option ${option} (a FILE that starts with "-" goes after "--")`;
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
            return /does not take an argument/.test(error.message)
                ? `${option} takes no value`
                : `${option} needs a value`;
        default:
            return error.message;
    }
}
function orList(words) {
    return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}
/** The options' lines of --help, aligned: `  -h, --help          show this help`. */
function formatOptions(table) {
    const rows = Object.entries(table).map(([name, spec]) => {
        const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`;
        const choices = spec.choices ? `: ${orList(spec.choices)}` : '';
        const repeat = spec.multiple ? ' (repeatable)' : '';
        const help = `${spec.help}${choices}${repeat}${spec.default ? ` (default ${spec.default})` : ''}`;
        return [flag, help];
    });
    const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
    return rows.map(([flag, help]) => `  ${flag.padEnd(width)}${help}`);
}

/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: the rules paperlint runs (id,
 * description, doc page, default level) and one result per finding, with its place and, where
 * there is one, its fix as the smallest text replacement.
 */
const INFORMATION_URI = 'https://github.com/paperlint/paperlint';
function formatSarif(results, version, checks = []) {
    const rules = [
        ...RULES.map((rule) => ({
            id: rule.id,
            description: rule.description,
            helpUri: ruleDocUrl(rule.id),
            severity: rule.severity,
            fix: rule.fix !== undefined,
        })),
        ...checks,
    ].map((check) => ({
        id: check.id,
        shortDescription: { text: check.description },
        helpUri: check.helpUri,
        defaultConfiguration: { level: check.severity },
        properties: { fixable: check.fix },
    }));
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'paperlint', version, informationUri: INFORMATION_URI, rules } },
                columnKind: 'utf16CodeUnits',
                results: results.flatMap((result) => result.findings.map((finding) => toResult(finding, result.source, ruleIndex.get(finding.rule)))),
            },
        ],
    };
    return JSON.stringify(log, null, 2);
}
function toResult(finding, source, ruleIndex) {
    const artifactLocation = artifactOf(finding.path);
    return {
        ruleId: finding.rule,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: finding.severity,
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation,
                    region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine },
                },
            },
        ],
        ...(finding.fix ? { fixes: [toFix(finding, source, artifactLocation)] } : {}),
    };
}
function toFix(finding, source, artifactLocation) {
    const edit = fixEdit(source, finding.fix);
    return {
        description: { text: `Fix ${finding.rule}` },
        artifactChanges: [
            {
                artifactLocation,
                replacements: [
                    {
                        deletedRegion: {
                            startLine: edit.startLine,
                            startColumn: edit.startColumn,
                            endLine: edit.endLine,
                            endColumn: edit.endColumn,
                        },
                        insertedContent: { text: edit.text },
                    },
                ],
            },
        ],
    };
}
/** A relative path stays relative (code scanning resolves it from the checkout); an absolute one becomes a file: URI. */
function artifactOf(path) {
    if (isAbsolute(path))
        return { uri: pathToFileURL(path).href };
    return { uri: path.split(sep).map(encodeURIComponent).join('/') };
}

/**
 * `paperlint review --repo owner/name --pr N`: the Action's review, run from a terminal or another
 * CI with @octokit/rest and GITHUB_TOKEN. Same runner, same rules, same review.
 */
const REVIEW_OPTIONS = {
    repo: { type: 'string', value: 'OWNER/NAME', help: 'the repository (required)' },
    pr: { type: 'string', value: 'NUMBER', help: 'the pull request (required)' },
    files: { type: 'string', value: 'GLOBS', default: 'README.md', help: 'lists to check, comma separated' },
    config: {
        type: 'string',
        value: 'PATH',
        default: '.github/paperlint.yml',
        help: 'config file, read from the base branch',
    },
    'review-event': {
        type: 'string',
        value: 'EVENT',
        choices: ['COMMENT', 'REQUEST_CHANGES'],
        default: 'COMMENT',
        help: 'review type',
    },
    'no-suggestions': { type: 'boolean', help: 'no one-click suggested fixes in the comments' },
    'max-comments': { type: 'string', value: 'N', default: '30', help: 'most inline comments in one review' },
    arxiv: { type: 'boolean', help: "also check each entry against its paper's arXiv record" },
    ...COMMON_OPTIONS,
};
function reviewArgs({ values, positionals }) {
    if (positionals.length > 0)
        throw new UsageError(`review takes no FILE (got "${positionals[0]}")`);
    if (values.repo === undefined || values.pr === undefined) {
        throw new UsageError('review: --repo and --pr are required');
    }
    const repo = /^([\w.-]+)\/([\w.-]+)$/.exec(values.repo);
    if (!repo)
        throw new UsageError('--repo is OWNER/NAME');
    const number = Number(values.pr);
    if (!Number.isInteger(number) || number < 1)
        throw new UsageError('--pr is a pull request number');
    const maxComments = Number(values['max-comments'] ?? REVIEW_OPTIONS['max-comments'].default);
    if (!Number.isInteger(maxComments) || maxComments < 0) {
        throw new UsageError('--max-comments is a whole number');
    }
    return {
        owner: repo[1],
        repo: repo[2],
        number,
        files: values.files ?? REVIEW_OPTIONS.files.default,
        config: values.config ?? REVIEW_OPTIONS.config.default,
        configGiven: values.config !== undefined,
        event: (values['review-event'] ?? REVIEW_OPTIONS['review-event'].default),
        suggestions: !values['no-suggestions'],
        maxComments,
        arxiv: values.arxiv ?? false,
    };
}
const REVIEW_COMMAND = defineCommand({
    usage: '--repo OWNER/NAME --pr NUMBER [options]',
    summary: "the Action's review of a pull request, posted from a terminal or another CI (token in GITHUB_TOKEN)",
    options: REVIEW_OPTIONS,
    run: (args) => runStandaloneReview(reviewArgs(args)),
});
/** Runs one review; returns the exit status (1 when the PR's entries have errors). */
async function runStandaloneReview(args) {
    const token = process.env.GITHUB_TOKEN;
    if (!token)
        throw new UsageError('set GITHUB_TOKEN to a token that can read the repository and write pull requests');
    const say = (message) => process.stderr.write(`${message}\n`);
    // Loaded only for a review: every other run of the CLI (a check of a local file) spares loading
    // Octokit and the review's runner at its start.
    const [{ Octokit }, { GitHub, octokitOptions, octokitPlugins }, { parseGlobs }, { REVIEW_MARKER }, { reviewPullRequest }, { arxivClient },] = await Promise.all([
        import('./chunks/dist-src.js'),
        import('./chunks/api.js'),
        import('./chunks/patterns.js'),
        import('./chunks/plan.js').then(function (n) { return n.a; }),
        import('./chunks/run.js'),
        import('./chunks/client.js'),
    ]);
    const RestWithPlugins = Octokit.plugin(...octokitPlugins);
    const octokit = new RestWithPlugins({
        auth: token,
        baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
        ...octokitOptions(say),
        // Failed requests are explained by the runner; Octokit's own request log would only repeat them.
        log: { debug: () => { }, info: () => { }, warn: say, error: () => { } },
    });
    const github = new GitHub(octokit, REVIEW_MARKER);
    const pull = await github.pullRequest({ owner: args.owner, repo: args.repo, number: args.number });
    const outcome = await reviewPullRequest(github, {
        owner: args.owner,
        repo: args.repo,
        number: args.number,
        baseSha: pull.baseSha,
        headSha: pull.headSha,
        author: pull.author,
    }, {
        files: parseGlobs(args.files),
        configPath: args.config,
        configRequired: args.configGiven,
        reviewEvent: args.event,
        // Its exit status is 1 when the PR's entries have errors: that is what asks for changes.
        failOn: 'error',
        suggestions: args.suggestions,
        maxComments: args.maxComments,
        serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
        papers: args.arxiv ? arxivClient({ notice: say, info: say }).lookup : undefined,
    }, {
        info: say,
        notice: say,
        command: (line) => process.stdout.write(`${line}\n`),
        summary: async (markdown) => void process.stdout.write(`${markdown}\n`),
    });
    if (outcome.failure !== undefined)
        throw outcome.failure;
    if (outcome.incomplete !== undefined) {
        say(outcome.incomplete);
        return 2;
    }
    return outcome.errors > 0 ? 1 : 0;
}

/**
 * Writing a fixed list back where it came from, as an editor would: through a symlink to its
 * target, into the same file (so hard links, mode and owner stay as they are), never over a file
 * the user cannot write, and never over an edit made since paperlint read it.
 */
/** A file `--fix` will not write, with the reason; nothing was changed. */
class WriteRefusedError extends Error {
}
function readAll(fd) {
    const bytes = Buffer.alloc(fstatSync(fd).size);
    let filled = 0;
    while (filled < bytes.length) {
        const read = readSync(fd, bytes, filled, bytes.length - filled, filled);
        if (read === 0)
            break;
        filled += read;
    }
    return bytes.subarray(0, filled);
}
/** Replaces the text of `path`, which must still be `expected` (the text the fixes were made to). */
function writeInPlace(path, expected, text) {
    const target = realpathSync(path);
    // Root may write anything; a file nobody may write is still one its owner meant to keep as it is.
    if ((statSync(target).mode & 0o222) === 0)
        throw new WriteRefusedError(`${path} is read-only; not fixed`);
    let fd;
    try {
        fd = openSync(target, 'r+');
    }
    catch (error) {
        const code = error.code;
        if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
            throw new WriteRefusedError(`cannot write ${path} (${code}); not fixed`);
        throw error;
    }
    try {
        if (!readAll(fd).equals(Buffer.from(expected))) {
            throw new WriteRefusedError(`${path} changed while paperlint ran; not fixed (run it again)`);
        }
        const bytes = Buffer.from(text);
        writeSync(fd, bytes, 0, bytes.length, 0);
        ftruncateSync(fd, bytes.length);
        fsyncSync(fd);
    }
    finally {
        closeSync(fd);
    }
}

/**
 * The grammar's public face: a list's paper entries read into fields (for `export`), the round trip
 * of every entry through its template, and the add round trip (an entry removed and written back
 * from a record of its own fields, as `add` writes it).
 */
/** Every paper entry of a list, read as GitHub renders it, and the grammar learned from them. */
async function readList(text, sections) {
    const source = toSource(text);
    const segments = segment(source);
    const list = findPaperList(source, segments, sections);
    const reader = entryReader(source, segments.definitions);
    const papers = [];
    const blocks = [];
    for (const block of list.entries) {
        const entry = parseEntry(source, block, await reader.view(block));
        if (entry.kind === 'paper') {
            papers.push(entry);
            blocks.push(block);
        }
    }
    const grammar = learnGrammar(source, papers);
    let reread = false;
    for (const [at, entry] of papers.entries()) {
        const template = grammar.templateFor(entry);
        if (!template || !cutAtComma(entry) || follows(source, template, entry))
            continue;
        const whole = parseEntry(source, blocks[at], await reader.view(blocks[at]), { plainTitleToLinks: true });
        if (whole.kind === 'paper' && follows(source, template, whole)) {
            papers[at] = whole;
            reread = true;
        }
    }
    return { source, papers, blocks, grammar: reread ? learnGrammar(source, papers) : grammar };
}
/**
 * A plain title the reader ended at a comma, before words that are no venue (no year) nor authors'
 * names ("et al."): `Language, Images, and Point Clouds for 3D Understanding` may be the title's own.
 * A comma inside brackets (`(ICML 2024, Mamba-2) Title`) is a tag's, not a title's.
 */
function cutAtComma(entry) {
    const { title, venue } = entry;
    const count = (mark) => title.text.split(mark).length - 1;
    return (!title.bold &&
        title.url === undefined &&
        title.punctuation === ',' &&
        count('(') === count(')') &&
        count('[') === count(']') &&
        !YEAR_IN.test(venue) &&
        !/\bet al\b/.test(venue) &&
        words(venue) >= TITLE_AFTER_COMMA_WORDS);
}
/** A word alone after a comma may be a venue (`Title, CVPR`); `Large, Sparse Models` goes on. */
const TITLE_AFTER_COMMA_WORDS = 2;
/**
 * Whether an entry, as read, renders back byte for byte through its scope's template. An entry that
 * does only with its plain title read to its links, commas and all, is read so: its list writes
 * nothing between title and links, and a reader who knows the list reads it that way (the few
 * other entries with a comma in their titles make a form of their own that the cut reading fits).
 */
function follows(source, template, entry) {
    const cut = cutEntry(source, entry);
    return (frameOf(cut.shape).key === frameOf(template.shape).key &&
        renderThrough(template, valuesFor(template, cut)) === entryText(source, entry));
}
/** `ICLR 2022`, `arXiv, 2023`, `2019`: the venue and the year of a `{when}`. */
const VENUE_YEAR = /^(.*?)[\s,'’(]*((?:19|20)\d{2})\)?$/;
/** `2023 arXiv`, `2018 - WWW`: the year before the venue. */
const YEAR_VENUE = /^((?:19|20)\d{2})[\s,|–—-]+(\D.*)$/;
/**
 * `ICLR'23`, `ACMMM22`: a venue and the year's last two digits (the `{venue}'{yy}` form `add` writes).
 * Two digits set apart by a space are a number (`SSW 11`, the eleventh workshop).
 */
const VENUE_SHORT_YEAR = /^(.*?\p{L})['’]?(\d{2})$/u;
/** Two-digit years above this are of the last century (`CVPR'98`). */
const LAST_CENTURY_AFTER = 50;
/** The venue and the year of a `{when}`, in either order. */
function venueAndYear(text) {
    const dated = venueDate(text);
    if (dated)
        return { venue: dated.venue, year: YEAR_IN.exec(dated.date)[0] };
    const venueFirst = VENUE_YEAR.exec(text);
    if (venueFirst)
        return { venue: venueFirst[1], year: venueFirst[2] };
    const shortYear = VENUE_SHORT_YEAR.exec(text);
    if (shortYear) {
        const century = Number(shortYear[2]) > LAST_CENTURY_AFTER ? '19' : '20';
        return { venue: shortYear[1], year: century + shortYear[2] };
    }
    const yearFirst = YEAR_VENUE.exec(text);
    return yearFirst ? { venue: yearFirst[2], year: yearFirst[1] } : undefined;
}
const VENUE_WORDS = 8;
const words = (text) => text.split(/\s+/).filter(Boolean).length;
const YEAR_IN = /\b(?:19|20)\d{2}\b/;
/**
 * A year that words qualify (`EMNLP 2025 Findings`, `NeurIPS 2023 Workshop`, `ACL 2022 (Findings)`):
 * the venue names it.
 */
const QUALIFIED_YEAR = /\b((?:19|20)\d{2})\s+\(?\p{L}/u;
/** A name written surname first: `Kingma, D. P.`, the comma inside the name. */
const SURNAME_FIRST = /^[^,]+, \p{Lu}\.(?:[ -]?\p{Lu}\.)*(?:,|$| and | &)/u;
/** The names of a `{names}` text: `A, B and C`, `A et al.`, `Kingma, D. P., & Ba, J.` */
function namesIn(text) {
    if (!text)
        return [];
    const listed = text.replace(NAMES_LEAD, '').replace(/,?\s*et al\.?$/, '');
    // `Jiang, Yingying and Zhu, Xiangyu`: names joined by "and", each written surname, comma, given name.
    const byAnd = listed.split(/\s+and\s+/);
    if (byAnd.length > 1 && byAnd.every((name) => /^[^,]+, [^,]+$/.test(name.trim()))) {
        return byAnd.map((name) => name.trim());
    }
    // Surname first, names part at the commas after initials only.
    const between = SURNAME_FIRST.test(listed)
        ? /(?<=\.),\s*(?:&\s*|and\s+)?|\s+(?:&|and)\s+/
        : /\s*(?:;|,\s*and\s|\sand\s|,\s*&\s|\s&\s)\s*|,\s+(?=\S+\s)/;
    return listed
        .split(between)
        .map((name) => name.trim())
        .filter((name) => name !== '');
}
/** An entry's `{when}` texts, in its template's order: `{when}`, `{when2}`… */
const whensOf = (values) => Object.entries(values.text ?? {}).flatMap(([slot, text]) => (/^when\d*$/.test(slot) ? [text] : []));
const whenOf = (values) => values.text?.when === undefined ? undefined : venueAndYear(values.text.when);
/**
 * The venue of a `{when}` text: `ICLR` of `ICLR 2022`, all of a text with no year (`IEEE Access`) or
 * with a year words qualify (`EMNLP 2025 Findings`).
 */
function venueOfWhen(text) {
    const when = venueAndYear(text);
    if (!when)
        return (YEAR_IN.test(text) && !QUALIFIED_YEAR.test(text)) || text === '' ? undefined : text;
    return when.venue !== '' ? when.venue : undefined;
}
/**
 * The venue an entry's template places: its `{venue}`, or the venue of its first `{when}` that
 * names one (a table may give the year alone before the venue and year).
 */
function placedVenue(values) {
    if (values.venue !== undefined)
        return values.venue;
    return whensOf(values)
        .map(venueOfWhen)
        .find((venue) => venue !== undefined);
}
/** An entry's slot values, read through its template when it has one. */
function entryValues(source, grammar, entry) {
    const { cut, template } = readEntry(source, grammar, entry);
    return template ? valuesFor(template, cut) : cut.values;
}
/** The fields of one paper entry, for `export`: what its template places, and what the reader found. */
function exportedFields(source, grammar, entry, values = entryValues(source, grammar, entry)) {
    const when = whenOf(values);
    const dated = values.text?.date === undefined ? undefined : YEAR_IN.exec(values.text.date)?.[0];
    const paperLink = entry.links.find((link) => link.isTitle && isPaperLink(link)) ?? entry.links.find(isPaperLink);
    const qualified = values.text?.when === undefined ? undefined : QUALIFIED_YEAR.exec(values.text.when)?.[1];
    // A year in what stands before the title (`(NeurIPS 2024) [Title](…)`, `arXiv 2023.04, Title`)
    // dates the entry where no slot places one.
    const before = entry.title.prefixed
        ? YEAR_IN.exec(source.lines[entry.title.line - 1].slice(0, entry.title.column - 1))?.[0]
        : undefined;
    const year = values.year ?? when?.year ?? qualified ?? dated ?? entry.year ?? before ?? null;
    const venue = placedVenue(values) ??
        // What follows a title is a venue when it is short; a sentence after it is an annotation.
        (entry.venue !== '' && entry.venue !== year && words(entry.venue) <= VENUE_WORDS ? entry.venue : null);
    return {
        line: entry.startLine,
        endLine: entry.endLine,
        section: entry.section,
        title: entry.title.text === '' ? null : entry.title.text,
        // A name as the paper gives it: without the list's marks (`Zhijing Jin*`).
        authors: (values.authors?.names ?? namesIn(values.text?.names)).map((name) => name.replace(NAME_MARKS, '')),
        venue,
        year,
        paper: paperLink?.url ?? null,
        arxiv: entry.arxivIds[0] ?? null,
        links: entry.links.filter((link) => !link.isTitle).map(({ label, url }) => ({ label, url })),
        badges: entry.badges.map((badge) => badge.label),
    };
}
async function exportEntries(text, sections) {
    const { source, papers, grammar } = await readList(text, sections);
    return papers.map((entry) => exportedFields(source, grammar, entry));
}

/**
 * `paperlint add ID|URL --section NAME [--badge TEXT-COLOR]... [--print] FILE`: writes a new entry
 * from the paper's arXiv record, at the end of a section, rendered only through the list's grammar
 * (the section's template, else the list's, else write.ts's fallback; of its forms, the one entries
 * with the same runs of links and badges follow). The new entry is read back
 * and linted before anything is written; a refusal (the paper is already there, arXiv has no such
 * paper, the template has a note only an editor can write, the entry would not pass) leaves the file
 * untouched and exits 2.
 */
/** Something about the list or the paper that stops the entry being added. */
class Refusal extends Error {
}
const ADD_OPTIONS = {
    section: { type: 'string', value: 'NAME', help: 'the category to add the paper to (required)' },
    badge: {
        type: 'string',
        value: 'TEXT-COLOR',
        multiple: true,
        help: 'a keyword badge, like LoRA-blue',
    },
    print: { type: 'boolean', help: 'print the entry instead of writing it' },
    ...CONFIG_OPTIONS,
    ...COMMON_OPTIONS,
};
/** `paperlint add`, with the CLI's file handling. */
function addCommand(io) {
    return defineCommand({
        usage: 'ID|URL --section NAME [--badge TEXT-COLOR]... [--print] FILE',
        summary: "write a new entry from the paper's arXiv record, in the list's own form, at the end of a section",
        options: ADD_OPTIONS,
        run: (parsed) => runAdd(addArgs(parsed), io, parsed.values),
    });
}
const BARE_ID = new RegExp(`^(?:arxiv:)?(${ARXIV_ID})(v\\d+)?$`, 'i');
function paperId(text) {
    const id = parseArxivUrl(text)?.id ?? BARE_ID.exec(text.trim())?.[1]?.toLowerCase();
    if (!id)
        throw new UsageError(`"${text}" is not an arXiv id or link (like 2106.09685)`);
    return id;
}
function addArgs({ values, positionals }) {
    if (positionals.length !== 2)
        throw new UsageError('add: name the paper (ID or URL) and the FILE');
    if (!values.section)
        throw new UsageError('add: --section names the category to add the paper to');
    const badges = (values.badge ?? []).map((text) => {
        const badge = /^(.+)-([a-z]+|[0-9a-f]{6})$/i.exec(text);
        if (!badge)
            throw new UsageError('--badge is TEXT-COLOR, like LoRA-blue');
        return { text: badge[1], color: badge[2].toLowerCase() };
    });
    return {
        id: paperId(positionals[0]),
        url: parseArxivUrl(positionals[0]) ? positionals[0].trim() : undefined,
        section: values.section,
        badges,
        print: values.print ?? false,
        file: positionals[1],
    };
}
/** Runs `paperlint add`; returns the exit status. */
async function runAdd(args, io, options) {
    try {
        const original = io.readText(args.file);
        const settings = await io.settingsFor(args.file, options);
        const { text, entry, line } = await addEntry(original, args, settings);
        if (args.print) {
            process.stdout.write(`${entry}\n`);
        }
        else {
            io.writeInPlace(args.file, original, text);
            process.stdout.write(`Added arXiv ${args.id} to "${terminalSafe(args.section)}" at line ${line} of ${terminalSafe(args.file)}.\n`);
        }
        return 0;
    }
    catch (error) {
        if (!(error instanceof Refusal))
            throw error;
        // A refusal quotes the list (its section names) and the arXiv record: shown inert, never obeyed.
        process.stderr.write(`paperlint add: ${terminalSafeLines(error.message)}\n`);
        return 2;
    }
}
async function addEntry(original, args, settings) {
    const { source, papers, grammar } = await readList(original, settings.sections);
    const segments = segment(source);
    const list = findPaperList(source, segments, settings.sections);
    const paperLines = new Set(papers.map((paper) => paper.startLine));
    const section = findSection(sectionsOf(segments, list, paperLines), args.section, args.file);
    const already = list.entries.find((block) => entryKeys(source, block).arxivIds.includes(args.id));
    if (already)
        throw new Refusal(`arXiv ${args.id} is already in the list, at line ${already.startLine}.`);
    const record = await fetchRecord(args.id);
    const items = list.entries.filter((block) => block.headings.at(-1) === section.heading);
    const inSection = papers.filter((paper) => items.some((item) => item.startLine === paper.startLine));
    const last = inSection.at(-1);
    const lastItem = items.at(-1);
    const template = (last && grammar.templateFor(last)) ??
        grammar.templates.find((t) => t.section?.length === 0) ??
        FALLBACK_TEMPLATE;
    const writing = learnWriting(source, grammar, papers);
    const number = last ? Number(cutEntry(source, last).values.n ?? '0') + 1 : 1;
    let form;
    let values;
    try {
        ({ template: form, values } = writeNewEntry(template, grammar, writing, {
            ...newPaper(record, args, writing, number, section.headings),
            // The new item, after the section's last: in its topic, if that is in one.
            nesting: lastItem && nestingIn(source, { topic: lastItem.topic, startLine: 0 }, items),
            // Its neighbours, where the list writes a run's separators more than one way: the section's last.
            line: lastItem ? lastItem.endLine + 1 : section.heading.line,
        }));
    }
    catch (error) {
        if (error instanceof UnwritableEntry)
            throw new Refusal(`${error.message}; nothing was written.`);
        throw error;
    }
    const written = renderThrough(form, values);
    // At the end of the section: after its last entry, else under its heading (and its text).
    const after = lastItem ? lastItem.endLine : endOfSection(source, section.heading.line, segments.headings);
    const apart = template.table === undefined && entriesStandApart(inSection.length > 1 ? inSection : papers);
    const text = insertAfter(original, source, after, written.split('\n'), apart);
    // The entry must read back with no markup but its own: a record's links, HTML or mentions, had
    // they slipped through the escaping, would show here.
    const added = (await readList(text, settings.sections)).papers.find((paper) => paper.startLine > after);
    const own = new Set([values.paper, ...values.badges.map((badge) => badge.url)]);
    const live = !added ||
        [...added.links, ...added.badges].some((link) => !own.has(link.url)) ||
        /(?<!\\)<[a-z/!]/i.test(written) ||
        LIVE_AT.test(written);
    if (live)
        throw new Refusal("the new entry would carry markup from arXiv's record; nothing was written.");
    // The entry must pass the list's own checks, arXiv's included.
    const check = await lint({
        path: args.file,
        text,
        baseText: original,
        settings,
        papers: async () => new Map([[args.id, record]]),
    });
    if (check.findings.length > 0) {
        throw new Refusal(`the new entry would not pass paperlint; nothing was written:\n${formatText([check], false)}`);
    }
    return { text, entry: written, line: after + (apart ? 2 : 1) };
}
/** The paper as `add` writes it: arXiv's venue if it names one, else the list's word for a preprint. */
function newPaper(record, { badges, url }, writing, number, section) {
    const published = venueOf(record);
    const split = published === undefined ? undefined : /^(.*) (\d{4})$/.exec(published);
    return {
        id: record.id,
        version: record.version,
        url,
        title: record.title,
        authors: record.authors,
        venue: split?.[1] ?? writing.preprintVenue,
        year: split?.[2] ?? record.published.slice(0, 4),
        date: record.published,
        badges: badges.map((badge) => ({
            label: badge.text,
            url: `https://img.shields.io/badge/${shieldsText(badge.text)}-${badge.color}`,
        })),
        n: String(number),
        section,
    };
}
/** Whether the list leaves an empty line between its entries: as most neighbours in one section do. */
function entriesStandApart(entries) {
    let apart = 0;
    let close = 0;
    for (let i = 1; i < entries.length; i++) {
        if (entries[i].section.join('\u0000') !== entries[i - 1].section.join('\u0000'))
            continue;
        if (entries[i].startLine > entries[i - 1].endLine + 1)
            apart++;
        else
            close++;
    }
    return apart >= close;
}
/**
 * Every heading that holds papers: the list's categories, and any heading with paper entries
 * directly under it (a list's paper headings are not always below one "Papers" heading).
 */
function sectionsOf(segments, list, paperLines) {
    const holding = new Set(segments.items.filter((item) => paperLines.has(item.startLine)).map((item) => item.headings.at(-1)));
    const sections = [];
    let chain = [];
    for (const heading of segments.headings) {
        chain = [...chain.filter((h) => h.level < heading.level), heading];
        if (holding.has(heading) || list.categories.includes(heading.text)) {
            sections.push({
                heading,
                path: chain.map((h) => readableName(h.text)),
                headings: chain.map((h) => h.text),
            });
        }
    }
    return sections;
}
/** A heading's name as it reads: links, images, HTML, emphasis and emoji aside. */
function readableName(text) {
    return text
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<[^>]*>/g, '')
        .replace(/:[a-z0-9_+-]+:/g, '')
        .replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3/gu, '')
        .replace(/[*_`~]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
}
const sameName = (a, b) => a.toLowerCase() === b.toLowerCase();
/** The shortest end of each section's path that no other section's path ends with. */
function shortestPaths(sections) {
    return sections.map(({ path }) => {
        for (let take = 1; take < path.length; take++) {
            const tail = path.slice(-take);
            const endsSo = (other) => other.path.length >= take && other.path.slice(-take).every((name, i) => sameName(name, tail[i]));
            if (sections.filter(endsSo).length === 1)
                return tail.join('/');
        }
        return path.join('/');
    });
}
/** The section `--section` names: by its name, or by a path (`Analysis/2024`) where names repeat. */
function findSection(sections, wanted, file) {
    const name = readableName(wanted);
    const parts = name.split('/').map((part) => part.trim());
    const byName = sections.filter((section) => sameName(section.path.at(-1), name));
    const matches = byName.length > 0 || parts.length === 1
        ? byName
        : sections.filter(({ path }) => path.length >= parts.length &&
            path.slice(-parts.length).every((part, i) => sameName(part, parts[i])));
    const shown = (names) => names.map((text) => `"${terminalSafe(text)}"`).join(', ');
    if (matches.length === 1)
        return matches[0];
    if (matches.length > 1) {
        throw new Refusal(`section "${terminalSafe(wanted)}" is in more than one place in ${terminalSafe(file)}; name one by its path: ${shown(shortestPaths(matches))}.`);
    }
    throw new Refusal(`no section "${terminalSafe(wanted)}" in ${terminalSafe(file)}; its sections are: ${shown(shortestPaths(sections)) || '(none)'}.`);
}
async function fetchRecord(id) {
    let unreachable = false;
    const { arxivClient } = await import('./chunks/client.js');
    const { lookup } = arxivClient({ notice: () => (unreachable = true) });
    const record = (await lookup([id])).get(id);
    if (record === undefined || unreachable)
        throw new Refusal('arXiv not reachable; nothing was written.');
    if (record === null)
        throw new Refusal(`arXiv has no paper ${id}.`);
    return record;
}
/**
 * The text with `lines` after line `after`: apart from their neighbours by an empty line where the
 * list's entries stand apart, else directly after line `after` (a table row, a tight list).
 */
function insertAfter(original, source, after, lines, apart) {
    const eol = source.endings.find((ending) => ending !== '') ?? '\n';
    let offset = source.bom ? 1 : 0;
    for (let i = 0; i < after; i++)
        offset += source.lines[i].length + source.endings[i].length;
    const unterminated = after > 0 && source.endings[after - 1] === '';
    const next = source.lines[after];
    const block = [
        unterminated ? eol : '',
        apart ? eol : '',
        lines.join(eol),
        eol,
        apart && next !== undefined && next.trim() !== '' ? eol : '',
    ].join('');
    return original.slice(0, offset) + block + original.slice(offset);
}
/** The last non-blank line of a section that has no entries yet. */
function endOfSection(source, headingLine, headings) {
    const next = headings.find((h) => h.line > headingLine)?.line ?? source.lines.length + 1;
    let end = next - 1;
    while (end > headingLine && source.lines[end - 1].trim() === '')
        end--;
    return end;
}
/** shields.io's path text: `-` doubled, spaces as `_`. */
function shieldsText(text) {
    return encodeURIComponent(text.replace(/-/g, '--').replace(/ /g, '_')).replace(/%2D/g, '-');
}

/** `{"entries": [...]}` with every field in the contract's order, absent ones null or []. */
function formatExportJson(entries) {
    const fields = entries.map(({ line, endLine, section, title, authors, venue, year, paper, arxiv, links, badges }) => ({
        line,
        endLine,
        section,
        title,
        authors,
        venue,
        year,
        paper,
        arxiv,
        links: links.map(({ label, url }) => ({ label, url })),
        badges,
    }));
    return `${JSON.stringify({ entries: fields }, null, 2)}\n`;
}
/** Venues that name no publication but the preprint itself ("arXiv 2023", "Preprint", "CoRR"). */
const PREPRINT_VENUE = /^(?:arxiv|preprint|corr)\b/i;
/** Venue words of journals; any other venue is taken for a conference or workshop. */
const JOURNAL_VENUE = /\b(?:journal|transactions|letters|magazine|review)\b|^(?:TPAMI|T-PAMI|JMLR|TACL|TMLR|IJCV|PNAS|Nature|Science|Neurocomputing)\b/i;
function publicationOf(entry) {
    const venue = entry.venue?.trim() || null;
    if (venue === null || PREPRINT_VENUE.test(venue))
        return { venue: null, journal: false };
    return { venue, journal: JOURNAL_VENUE.test(venue) };
}
/** Lowercase words that belong to the family name that follows (Quentin de Laroussilhe). */
const PARTICLES = new Set('da das de del della den der di dos du la le ten ter van von'.split(' '));
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;
/** One word of a person's name: letters, with initials' dots, hyphens and apostrophes. */
const NAME_WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u;
/** Words that mark a group, not a person ("The Qwen Team", "Google Research"). */
const GROUP_WORD = /^(?:team|lab|labs|group|inc\.?|ltd\.?|university|institute|consortium|collaboration|research)$/i;
/** "et al." and its kin, closing an author list that names only the first few. */
const MORE_AUTHORS = /(?:^|\s+)(?:et\.?\s+al\.?|others|…|\.\.\.)$/i;
/**
 * "Given Family" (particles and a suffix placed) or "Family, Given". A single word, a group, or
 * anything with other characters (digits, "&", a second comma) is kept whole: a wrong split is worse
 * than none, and "and" inside a name would read as two people in BibTeX.
 */
function splitName(name) {
    const text = name.replace(/\s+/g, ' ').trim();
    const personWords = (words) => words.length > 0 &&
        words.every((word) => NAME_WORD.test(word) && !/^and$/i.test(word) && !GROUP_WORD.test(word));
    const inverted = /^([^,]+), ([^,]+)$/.exec(text);
    if (inverted) {
        const [family, given] = [inverted[1].split(' '), inverted[2].split(' ')];
        return personWords(family) && personWords(given)
            ? { family: inverted[1], given: inverted[2] }
            : { literal: text };
    }
    const words = text.split(' ');
    if (words.length < 2 || !personWords(words))
        return { literal: text };
    const suffix = words.length > 2 && SUFFIX.test(words.at(-1)) ? words.pop() : undefined;
    let familyStart = words.length - 1;
    while (familyStart > 1 && PARTICLES.has(words[familyStart - 1]))
        familyStart--;
    return {
        family: words.slice(familyStart).join(' '),
        given: words.slice(0, familyStart).join(' '),
        ...(suffix ? { suffix } : {}),
    };
}
/** The authors as names, and whether the list said there are more ("A, B, et al."). */
function authorsOf(entry) {
    let more = false;
    const names = [];
    for (const author of entry.authors) {
        if (MORE_AUTHORS.test(author))
            more = true;
        const name = author.replace(MORE_AUTHORS, '').trim();
        if (name !== '')
            names.push(splitName(name));
    }
    return { names, more };
}
/** Words left out of a key's title word, as reference managers do. */
const KEY_STOPWORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'towards']);
/** Plain lowercase letters and digits: "Veličković" reads "velickovic". */
function keyText(text) {
    return text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '');
}
/** The first author's family name, the year and the title's first word: "vaswani2017attention". */
function slugOf(entry) {
    const first = authorsOf(entry).names[0];
    const person = first === undefined ? '' : 'family' in first ? first.family : first.literal.split(' ')[0];
    const word = (entry.title ?? '')
        .split(/[\s\-:,.]+/)
        .map(keyText)
        .find((w) => w !== '' && !KEY_STOPWORDS.has(w)) ?? '';
    const year = /^\d{4}$/.test(entry.year ?? '') ? entry.year : '';
    return `${keyText(person)}${year}${word}` || 'entry';
}
/**
 * One key per entry, the same each time the list is exported: the arXiv id, else a slug of first
 * author, year and title word; a key already taken gets -2, -3, ... in list order.
 */
function citationKeys(entries) {
    const taken = new Set();
    return entries.map((entry) => {
        const base = entry.arxiv ?? slugOf(entry);
        let key = base;
        for (let n = 2; taken.has(key); n++)
            key = `${base}-${n}`;
        taken.add(key);
        return key;
    });
}
/** CSL-JSON's date of a year; a year that is not four digits is passed on as written. */
function issuedOf(year) {
    return /^\d{4}$/.test(year) ? { 'date-parts': [[Number(year)]] } : { literal: year };
}
function cslItem(entry, id) {
    const { venue, journal } = publicationOf(entry);
    const { names } = authorsOf(entry);
    const arxiv = entry.arxiv;
    return {
        id,
        type: venue === null ? 'article' : journal ? 'article-journal' : 'paper-conference',
        ...(entry.title !== null ? { title: entry.title } : {}),
        ...(names.length > 0 ? { author: names } : {}),
        ...(entry.year !== null ? { issued: issuedOf(entry.year) } : {}),
        ...(venue !== null ? { 'container-title': venue } : {}),
        ...(entry.paper !== null ? { URL: entry.paper } : {}),
        // A preprint is published by arXiv under its id; a paper published elsewhere notes its preprint.
        ...(arxiv === null
            ? {}
            : venue === null
                ? { number: arxiv, publisher: 'arXiv' }
                : { note: `arXiv:${arxiv}` }),
    };
}
function formatCslJson(entries) {
    const ids = citationKeys(entries);
    return `${JSON.stringify(entries.map((entry, i) => cslItem(entry, ids[i])), null, 2)}\n`;
}
/**
 * LaTeX's specials as commands. Braces become \textbraceleft{} and \textbraceright{}, not \{ and
 * \}: BibTeX counts every brace, escaped or not, so only these keep a field's braces balanced.
 */
const BIBTEX_SPECIALS = {
    '\\': '\\textbackslash{}',
    '{': '\\textbraceleft{}',
    '}': '\\textbraceright{}',
    '%': '\\%',
    '&': '\\&',
    $: '\\$',
    '#': '\\#',
    _: '\\_',
    '~': '\\textasciitilde{}',
    '^': '\\textasciicircum{}',
};
/** Text as the inside of a braced BibTeX value: specials escaped, line breaks as spaces. */
function bibtexText(text) {
    return text
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[\\{}%&$#_~^]/g, (special) => BIBTEX_SPECIALS[special]);
}
/**
 * A URL as a BibTeX value. The url field is read verbatim (no LaTeX escapes), so what could end the
 * value or unbalance it, braces, backslashes and spaces, is percent-encoded: the same URL to a browser.
 */
function bibtexUrl(url) {
    return url.replace(/[{}\\\s]/g, (ch) => encodeURIComponent(ch));
}
/** One BibTeX name: "Family, Given" (the von part and suffix placed), a group braced whole. */
function bibtexName(name) {
    if ('literal' in name)
        return `{${bibtexText(name.literal)}}`;
    return [name.family, name.suffix, name.given]
        .filter((part) => part !== undefined)
        .map(bibtexText)
        .join(', ');
}
function bibtexEntry(entry, key) {
    const { venue, journal } = publicationOf(entry);
    const { names, more } = authorsOf(entry);
    const authors = [...names.map(bibtexName), ...(more ? ['others'] : [])];
    const fields = [];
    // Doubled braces keep the title's capitals (BERT, LoRA) from a style's lowercasing.
    if (entry.title !== null)
        fields.push(['title', `{${bibtexText(entry.title)}}`]);
    if (authors.length > 0)
        fields.push(['author', authors.join(' and ')]);
    if (venue !== null)
        fields.push([journal ? 'journal' : 'booktitle', bibtexText(venue)]);
    if (entry.year !== null)
        fields.push(['year', bibtexText(entry.year)]);
    if (entry.arxiv !== null)
        fields.push(['eprint', bibtexText(entry.arxiv)], ['archivePrefix', 'arXiv']);
    if (entry.paper !== null)
        fields.push(['url', bibtexUrl(entry.paper)]);
    const type = venue === null ? 'misc' : journal ? 'article' : 'inproceedings';
    return [`@${type}{${key},`, ...fields.map(([name, value]) => `  ${name} = {${value}},`), '}'].join('\n');
}
function formatBibtex(entries) {
    const keys = citationKeys(entries);
    return entries.map((entry, i) => `${bibtexEntry(entry, keys[i])}\n`).join('\n');
}
/** The --format choices of `paperlint export`. */
const EXPORT_FORMATS = {
    json: formatExportJson,
    'csl-json': formatCslJson,
    bibtex: formatBibtex,
};

const EXPORT_OPTIONS = {
    format: {
        type: 'string',
        value: 'FORMAT',
        choices: Object.keys(EXPORT_FORMATS),
        default: 'json',
        help: 'json: the fields as read; csl-json: CSL items (Zotero, pandoc); bibtex: entries for LaTeX',
    },
    ...CONFIG_OPTIONS,
    ...COMMON_OPTIONS,
};
/** `paperlint export`, with the CLI's file handling. */
function exportCommand(io) {
    return defineCommand({
        usage: '[--format json|csl-json|bibtex] FILE',
        summary: "write the list's paper entries as JSON, CSL-JSON or BibTeX on stdout",
        options: EXPORT_OPTIONS,
        run: async ({ values, positionals }) => {
            if (positionals.length !== 1)
                throw new UsageError('export: name one FILE');
            const [file] = positionals;
            const text = io.readText(file);
            const { sections } = await io.settingsFor(file, values);
            const entries = await exportEntries(text, sections);
            // Said on stderr, not as an error: an empty export is a valid file, and a script may want it.
            if (entries.length === 0) {
                process.stderr.write(`paperlint export: no paper entries found in ${terminalSafe(file)}\n`);
            }
            process.stdout.write(EXPORT_FORMATS[values.format ?? 'json'](entries));
            return 0;
        },
    });
}

/**
 * The audit's reports: the CLI's text, JSON and SARIF, with what only the audit has (what each
 * finding rests on, the links it could not check).
 */
const AUDIT_FORMATS = ['text', 'json', 'sarif'];
/** Links listed in the text report; JSON lists all of them. */
const SHOWN_UNCHECKED = 20;
function formatAudit(format, results, options) {
    const unchecked = results.flatMap((result) => result.unchecked);
    switch (format) {
        case 'json':
            return formatJson(results, { unchecked });
        case 'sarif':
            return formatSarif(results, options.version, AUDIT_CHECKS.map((check) => ({ ...check, helpUri: auditDocUrl(check.id) })));
        case 'text': {
            const lines = [formatText(results, options.color)];
            if (unchecked.length > 0) {
                lines.push(`${count(unchecked.length, 'link')} could not be checked (not reported dead: the answer may be temporary):`, ...unchecked
                    .slice(0, SHOWN_UNCHECKED)
                    .map((link) => `  ${terminalSafe(link.path)}:${link.line}  ${terminalSafe(link.url)}  ${link.reason}`));
                if (unchecked.length > SHOWN_UNCHECKED) {
                    lines.push(`  …and ${unchecked.length - SHOWN_UNCHECKED} more (--format json lists them all).`);
                }
            }
            return lines.join('\n');
        }
    }
}

/**
 * `paperlint audit FILE... [--arxiv] [--links] [--scholar] [--fix] [--format text|json|sarif]`:
 * the whole list checked, the world outside it asked only as told. Progress goes to stderr (a few
 * lines, with estimates), the report to stdout; `--fix` writes every certain fix in place and lists
 * each on stderr.
 */
const AUDIT_OPTIONS = {
    arxiv: {
        type: 'boolean',
        help: "check each paper against arXiv: title, withdrawn, published since (arXiv's journal reference or DOI)",
    },
    links: {
        type: 'boolean',
        help: 'check every link: dead, moved for good, or could not check (2 requests at once per site, 16 in all)',
    },
    scholar: {
        type: 'boolean',
        help: 'also ask Semantic Scholar where papers appeared (S2_API_URL, default its public API)',
    },
    'link-cache': {
        type: 'string',
        value: 'FILE',
        help: 'keep link results a week in FILE between runs (outside the repository, or ignored by git)',
    },
    fix: { type: 'boolean', help: 'apply the certain fixes in place and list each on stderr' },
    format: {
        type: 'string',
        value: 'FORMAT',
        choices: AUDIT_FORMATS,
        default: 'text',
        help: 'how findings are written',
    },
    config: { type: 'string', value: 'FILE', help: 'config file (as for checking)' },
    'no-config': { type: 'boolean', help: 'use no config file' },
    ...COMMON_OPTIONS,
};
function auditCommand(io) {
    return defineCommand({
        usage: 'FILE... [--arxiv] [--links] [--scholar] [--fix] [--format text|json|sarif]',
        summary: 'audit whole lists: every rule on every entry, papers published since or withdrawn, dead and moved links',
        options: AUDIT_OPTIONS,
        run: (args) => runAudit(args, io),
    });
}
/**
 * A link cache inside a git work tree must be one git ignores: link results are the job's, never
 * the repository's.
 */
function checkCachePlace(path) {
    const folder = dirname(resolve(path));
    let top;
    try {
        top = lazy.execFileSync('git', ['rev-parse', '--show-toplevel'], {
            cwd: folder,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
        }).trim();
    }
    catch {
        return; // not in a git work tree (or a folder not made yet): nothing to keep it out of
    }
    try {
        lazy.execFileSync('git', ['check-ignore', '--quiet', '--no-index', resolve(path)], {
            cwd: top,
            stdio: 'ignore',
        });
    }
    catch {
        throw new UsageError(`--link-cache ${path} is inside the git repository at ${top}: keep it elsewhere (like ~/.cache/paperlint/links.json) or have git ignore it`);
    }
}
async function runAudit({ values: options, positionals: files }, io) {
    if (files.length === 0)
        throw new UsageError('audit: name the FILE to audit');
    if (options['link-cache'] !== undefined) {
        if (!options.links)
            throw new UsageError('--link-cache goes with --links');
        checkCachePlace(options['link-cache']);
    }
    const say = (message) => process.stderr.write(`paperlint: ${terminalSafe(message)}\n`);
    // Loaded only for an audit: the CLI's other commands spare loading its services at their start.
    const [{ audit, auditAndFix }, { openServices }] = await Promise.all([
        import('./chunks/audit.js'),
        import('./chunks/services.js'),
    ]);
    const services = openServices({
        arxiv: options.arxiv ?? false,
        scholar: options.scholar ?? false,
        links: options.links ?? false,
        linkCache: options['link-cache'],
        say,
    });
    const results = [];
    try {
        for (const path of files) {
            const settings = await io.settingsFor(path, options);
            const text = io.readText(path);
            if (!options.fix) {
                results.push(await audit({ path, text, settings }, services));
                continue;
            }
            const fixed = await auditAndFix({ path, text, settings }, services);
            if (fixed.text !== text)
                io.writeInPlace(path, text, fixed.text);
            const lines = fixed.changes.map((f) => `${terminalSafe(path)}:${f.line}:${f.column}  fixed  ${terminalSafe(f.message)}  ${f.rule}`);
            if (lines.length > 0)
                process.stderr.write(`${lines.join('\n')}\nFixed ${count(lines.length, 'finding')} in ${path}.\n`);
            results.push(fixed.final);
        }
    }
    finally {
        services.finish();
    }
    const output = formatAudit((options.format ?? 'text'), results, {
        version: io.version(),
        color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    });
    process.stdout.write(`${output}\n`);
    return results.some((result) => result.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/**
 * paperlint CLI: check a paper list (or only what changed against a base version), print findings,
 * optionally apply the mechanical fixes. Exit 0: no errors; 1: errors; 2: usage or input problem.
 */
const DOCS_URL = 'https://github.com/paperlint/paperlint#readme';
/** The --format choices. */
const REPORTERS = {
    text: (results) => formatText(results, process.stdout.isTTY === true && !process.env.NO_COLOR),
    json: formatJson,
    github: formatGithub,
    sarif: (results) => formatSarif(results, version()),
};
/** `paperlint [options] FILE...`: the options of the default command, which checks files. */
const CHECK_OPTIONS = {
    format: {
        type: 'string',
        value: 'FORMAT',
        choices: Object.keys(REPORTERS),
        default: 'text',
        help: 'how findings are written (github: workflow annotations; sarif: SARIF 2.1.0 for code scanning)',
    },
    base: { type: 'string', value: 'GIT_REF', help: 'check only the entries changed since this git revision' },
    'base-file': {
        type: 'string',
        value: 'FILE',
        help: 'check only the entries changed since this version of the list (one FILE)',
    },
    fix: {
        type: 'boolean',
        help: 'apply the mechanical fixes in place and list what was fixed (on stderr); with "-", print the fixed text and report on stderr',
    },
    arxiv: {
        type: 'boolean',
        help: "also check each entry against its paper's arXiv record (asks arXiv; off unless given)",
    },
    config: {
        type: 'string',
        value: 'FILE',
        default: '.github/paperlint.yml at the git top level of each FILE, as the Action reads it',
        help: 'config file',
    },
    'no-config': { type: 'boolean', help: 'use no config file: the learned style and the rules as shipped' },
    'print-config': {
        type: 'boolean',
        help: 'print the settings FILE is checked with: the learned style, the config on top',
    },
    ...COMMON_OPTIONS,
};
const CHECK_COMMAND = defineCommand({
    usage: '[options] [--] FILE...',
    summary: 'check paper lists against their own house style (only what changed, with --base or --base-file); ' +
        'the FILE "-" is standard input',
    options: CHECK_OPTIONS,
    run: check,
});
const settingsFor = async (path, options) => (await configLoader(options)(path)).settings;
/** Subcommands, by the word that names them: `paperlint review ...`. */
const SUBCOMMANDS = {
    review: REVIEW_COMMAND,
    add: addCommand({ readText, writeInPlace, settingsFor }),
    export: exportCommand({ readText, settingsFor }),
    audit: auditCommand({ readText, writeInPlace, settingsFor, version }),
};
const EXIT_CODES = [
    '  0  no errors (warnings are reported but do not fail)',
    '  1  errors found',
    '  2  usage, input, config or GitHub problem (one line on stderr says which; bad usage adds the usage)',
];
function usageLines() {
    const calls = [
        CHECK_COMMAND.usage,
        ...Object.entries(SUBCOMMANDS).map(([name, command]) => `${name} ${command.usage}`),
    ];
    return calls.map((call, i) => `${i === 0 ? 'usage:' : '      '} paperlint ${call}`);
}
function helpText() {
    const idWidth = Math.max(...RULES.map((rule) => rule.id.length)) + 2;
    const rules = RULES.map((rule) => `  ${rule.id.padEnd(idWidth)}${rule.severity.padEnd(9)}${(rule.fix ? 'yes' : '').padEnd(9)}${rule.description}` +
        (rule.severityNote ? ` (${rule.severityNote})` : ''));
    return [
        ...usageLines(),
        '',
        `paperlint: ${CHECK_COMMAND.summary}.`,
        '',
        'Options:',
        ...formatOptions(CHECK_COMMAND.options),
        ...Object.entries(SUBCOMMANDS).flatMap(([name, command]) => [
            '',
            `paperlint ${name}: ${command.summary}.`,
            ...formatOptions(command.options),
        ]),
        '',
        `Rules (each has a page: ${ruleDocUrl('<id>')}):`,
        `  ${'id'.padEnd(idWidth)}${'severity'.padEnd(9)}${'fixable'.padEnd(9)}what it asks`,
        ...rules,
        '',
        'Exit codes:',
        ...EXIT_CODES,
        '',
        `Docs: ${DOCS_URL}`,
    ].join('\n');
}
/** The version of the package this file ships in (dist/cli.js and src/cli.ts both sit one level down). */
function version() {
    return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
}
class InputError extends Error {
}
function readText(path) {
    let bytes;
    try {
        bytes = readFileSync(path);
    }
    catch (error) {
        const code = error.code;
        throw new InputError(`cannot read ${path}${code ? ` (${code})` : ''}`);
    }
    return decodeText(bytes, path);
}
function decodeText(bytes, name) {
    if (bytes.includes(0))
        throw new InputError(`${name} is not a text file (it has NUL bytes)`);
    // Checked whole first, then decoded (a byte-order mark kept): a strict TextDecoder's answer, in a
    // fraction of its time on a large list.
    if (!isUtf8(bytes))
        throw new InputError(`${name} is not UTF-8 text`);
    return bytes.toString('utf8');
}
/** The FILE `-`: standard input (an editor's buffer, a pipe), named `<stdin>` in the output. */
const STDIN = '-';
const STDIN_NAME = '<stdin>';
async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return decodeText(Buffer.concat(chunks), STDIN_NAME);
}
/** The name a FILE has in the output. */
const nameOf = (path) => (path === STDIN ? STDIN_NAME : path);
/** Whether `path` lies outside the git work tree of the current directory (git cannot show it). */
function outsideRepository(path) {
    try {
        const top = lazy.execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
        const inside = relative(realpathSync(top), realpathSync(path));
        return inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
    }
    catch {
        return false; // a file that cannot be found is reported when it is read
    }
}
/** The file as it is at a git revision, or '' when the file is new there. */
function readAtRevision(revision, path) {
    try {
        lazy.execFileSync('git', ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], { stdio: 'ignore' });
    }
    catch {
        throw new InputError(`--base: "${revision}" is not a git revision here`);
    }
    if (outsideRepository(path)) {
        throw new InputError(`--base: ${path} is outside this git repository; use --base-file for it`);
    }
    try {
        return lazy.execFileSync('git', ['show', `${revision}:./${path.replace(/^\.\//, '')}`], {
            cwd: process.cwd(),
            encoding: 'utf8',
            maxBuffer: 256 * 1024 * 1024,
            stdio: ['ignore', 'pipe', 'ignore'],
        });
    }
    catch {
        return '';
    }
}
const MAX_FIX_PASSES = 5;
/**
 * The settings each FILE is checked with: --config for all, none with --no-config, else the
 * config of the repository the file sits in, so a contributor sees what the Action will say.
 */
function configLoader(options) {
    if (options.config !== undefined && options['no-config']) {
        throw new UsageError('use --config or --no-config, not both');
    }
    const parsed = new Map();
    return async (path) => {
        const source = options['no-config'] ? undefined : (options.config ?? repositoryConfigOf(path));
        if (source === undefined)
            return { settings: {} };
        // The config parser (YAML and the schema) is loaded only for a file that has a config.
        if (!parsed.has(source))
            parsed.set(source, (await import('./chunks/config.js')).parseConfig(readText(source), source));
        return { settings: parsed.get(source), source };
    };
}
async function check({ values: options, positionals: files }) {
    if (files.length === 0)
        throw new UsageError('name at least one FILE');
    if (options.base !== undefined && options['base-file'] !== undefined) {
        throw new UsageError('use --base or --base-file, not both');
    }
    if (options['base-file'] !== undefined && files.length > 1) {
        throw new UsageError('--base-file goes with a single FILE');
    }
    if (files.filter((path) => path === STDIN).length > 1) {
        throw new UsageError('"-" (standard input) can be read once');
    }
    const fixingStdin = options.fix === true && files.includes(STDIN);
    if (fixingStdin && files.length > 1) {
        throw new UsageError('--fix writes the fixed standard input to stdout: give "-" as the only FILE');
    }
    if (options.base !== undefined && files.includes(STDIN)) {
        throw new UsageError('--base finds FILE in git by its path; for standard input, use --base-file');
    }
    const loadConfig = configLoader(options);
    // Standard input is held to the config of the current folder's repository, as a file there would be.
    const configFor = (path) => loadConfig(path === STDIN ? resolve(STDIN_NAME) : path);
    const stdin = files.includes(STDIN) ? await readStdin() : undefined;
    const textOf = (path) => (path === STDIN ? stdin : readText(path));
    if (options['print-config']) {
        const printed = [];
        for (const path of files) {
            const { settings, source } = await configFor(path);
            const { printedConfig } = await import('./chunks/config.js');
            printed.push(await printedConfig(nameOf(path), textOf(path), settings, source));
        }
        process.stdout.write(printed.join('\n'));
        return 0;
    }
    const say = (message) => process.stderr.write(`paperlint: ${message}\n`);
    // The arXiv client (and its proxy agents) is loaded only when asked for.
    const papers = options.arxiv
        ? (await import('./chunks/client.js')).arxivClient({ notice: say, info: say }).lookup
        : undefined;
    const results = [];
    for (const path of files) {
        const name = nameOf(path);
        const { settings } = await configFor(path);
        const baseFile = options['base-file'];
        const base = baseFile !== undefined
            ? readText(baseFile)
            : options.base !== undefined
                ? readAtRevision(options.base, path)
                : undefined;
        const original = textOf(path);
        let text = original;
        let result = await lint({ path: name, text, baseText: base, settings, papers });
        if (options.fix) {
            const first = result;
            // A fix can reveal another (a re-indented line may then need its empty line), so fixing runs
            // until nothing is left, with the style held as it was read: the fixes must not move it.
            const held = { ...settings, style: result.convention };
            for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
                const fixes = result.findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
                if (fixes.length === 0)
                    break;
                text = applyFixes(text, fixes).text;
                result = await lint({ path: name, text, baseText: base, settings: held, papers });
            }
            // Fixed standard input goes to stdout whole, fixed or not, as a formatter's output does.
            if (fixingStdin)
                process.stdout.write(text);
            else if (text !== original)
                writeInPlace(path, original, text);
            reportFixed(name, first.findings, result.findings);
        }
        results.push(result);
    }
    // With the fixed text on stdout, the report goes to stderr.
    const output = REPORTERS[options.format ?? 'text'](results);
    if (output !== '')
        (fixingStdin ? process.stderr : process.stdout).write(`${output}\n`);
    return summarise(results).errors > 0 ? 1 : 0;
}
/**
 * What --fix fixed, on stderr (stdout stays the report): the findings as first reported, at their
 * places in the file as it was read, that no longer appear once the fixes are in.
 */
function reportFixed(path, before, after) {
    const remaining = new Map();
    const key = (finding) => `${finding.rule}\u0000${finding.message}`;
    for (const finding of after)
        increment(remaining, key(finding));
    const fixed = before.filter((finding) => {
        const left = remaining.get(key(finding)) ?? 0;
        if (left > 0)
            remaining.set(key(finding), left - 1);
        return left === 0;
    });
    if (fixed.length === 0)
        return;
    const lines = fixed.map((f) => `${terminalSafe(path)}:${f.line}:${f.column}  fixed  ${terminalSafe(f.message)}  ${f.rule}`);
    lines.push(`Fixed ${count(fixed.length, 'finding')} in ${terminalSafe(path)}.`);
    process.stderr.write(`${lines.join('\n')}\n`);
}
async function main(argv) {
    try {
        const subcommand = Object.hasOwn(SUBCOMMANDS, argv[0] ?? '') ? SUBCOMMANDS[argv[0]] : undefined;
        const command = subcommand ?? CHECK_COMMAND;
        const args = parseCommandLine(subcommand ? argv.slice(1) : argv, command.options);
        if (args.values.help) {
            process.stdout.write(`${helpText()}\n`);
            return 0;
        }
        if (args.values.version) {
            process.stdout.write(`${version()}\n`);
            return 0;
        }
        return await command.run(args);
    }
    catch (error) {
        // Messages quote the config, the list and what a server answered: shown inert, never obeyed.
        const fail = (message) => process.stderr.write(`paperlint: ${terminalSafe(message)}\n`);
        if (error instanceof UsageError) {
            fail(error.message);
            process.stderr.write(`${usageLines().join('\n')}\n(paperlint --help explains every option)\n`);
        }
        else if (error instanceof ConfigError ||
            error instanceof InputError ||
            error instanceof WriteRefusedError ||
            error instanceof GitHubError) {
            fail(error.message);
        }
        else {
            const status = error.status;
            const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
            fail(`${status ? `GitHub answered ${status}: ` : 'internal error: '}${message}`);
        }
        return 2;
    }
}
// Exit explicitly once stdout is flushed: a connection abandoned after a timeout (paperlint review)
// must not keep the process alive. Not a top-level await: the bundle inlines the lazily imported
// exact reader after this line, and the module must finish evaluating before main() awaits it.
void main(process.argv.slice(2)).then((status) => process.stdout.write('', () => process.exit(status)));
