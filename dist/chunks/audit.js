import { p as parseEntry, R as venueIn, S as VENUES, s as segment, G as normaliseTitle, T as isWithdrawn, a as parseArxivUrl } from './record.js';
import { I as mergeFixes, J as roundTrip, K as loadExact, e as entryReader, z as increment, u as applyFixes, o as lint, a as findPaperList, M as suppression, O as isIgnored, l as learnGrammar, P as smallestEdit, D as exactBudget, Q as code, q as count, S as partOf } from './format.js';
import { c as checkableUrl } from './checker.js';
import './_builtin_http.js';
import 'node:module';
import './_builtin_https.js';

/**
 * Every audit fix is checked before it is offered. Against the entry's rendering: the entry is read
 * again, as mdast reads it, with the fix in, and the fix is kept only if what a reader sees changed
 * exactly as meant (a new link target shows nothing: the rendering must be the same; a new venue
 * shows its words in place of the old ones, and nothing else may change). And against the list's
 * grammar: a fix may bring an entry to the list's form, never take one out of it.
 */
/** The entry at `block` read again from `lines` (the fixed text), within the same mdast budget. */
async function readAgain(read, lines, block) {
    const fixed = { ...read.source, lines, endings: lines.map(() => '\n') };
    return parseEntry(fixed, block, await entryReader(fixed, read.definitions, read.reader.budget).view(block));
}
/** Text as the rendering compares it: white space and `,.;:` left out. */
const bare = (text) => text.replace(/[\s,.;:]+/g, '');
async function keepsRendering(read, block, before, fix, meant) {
    const { source, reader } = read;
    if (fix.line < block.startLine || fix.endLine > block.endLine || fix.replacement.includes('\n'))
        return false;
    const definitions = reader.definitionsFor(block);
    // Two parses of the entry (as it is, and fixed), within what mdast may be handed in this run.
    if (!reader.budget.take(source.lines, block.startLine, block.endLine, definitions, 2))
        return false;
    const lines = [...source.lines];
    lines[fix.line - 1] = fix.replacement;
    const after = await readAgain(read, lines, block);
    if (after.title.text !== before.title.text || after.links.length !== before.links.length)
        return false;
    if (meant.kind === 'link-target' && !after.links.some((link) => link.url === meant.url))
        return false;
    const tail = definitions.length > 0 ? `\n\n${definitions.join('\n')}\n` : '';
    const text = (of) => of.slice(block.startLine - 1, block.endLine).join('\n') + tail;
    const { rendering } = await loadExact();
    const was = rendering(text(source.lines));
    const is = rendering(text(lines));
    if (meant.kind === 'link-target')
        return was === is;
    // Words that do not show (in a comment, in HTML) are not the venue a reader sees.
    if (was === is)
        return false;
    // The same blocks and spans, in the same order; in their texts, only old words gave way to new.
    const markup = (rendered) => (rendered.match(MARKUP) ?? []).join('');
    if (markup(was) !== markup(is))
        return false;
    const texts = is.split(MARKUP);
    return was.split(MARKUP).every((text, i) => {
        if (text === texts[i])
            return true;
        const { removed, inserted } = difference(text, texts[i]);
        return bare(meant.from).includes(bare(removed)) && bare(meant.to).includes(bare(inserted));
    });
}
/** The rendering's marks of blocks and spans (`\u0001type\u0002` … `\u0003`), around its texts. */
const MARKUP = /\u0001[^\u0002]*\u0002|\u0003/g;
/** The one span where two texts differ: what the first has there, and what the second. */
function difference(a, b) {
    let prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix])
        prefix++;
    let suffix = 0;
    while (suffix < a.length - prefix &&
        suffix < b.length - prefix &&
        a[a.length - 1 - suffix] === b[b.length - 1 - suffix])
        suffix++;
    return { removed: a.slice(prefix, a.length - suffix), inserted: b.slice(prefix, b.length - suffix) };
}
/**
 * Whether an entry, with these fixes in, is written in its list's own form: the list's grammar
 * writes it back byte for byte through the template it learned for the entry's place. A fix the
 * rules ask for that leaves the entry in a form the list does not write (or takes it out of one it
 * does) is no fix the audit can be sure of. An entry whose place has no template is the rules' alone.
 */
async function keepsListForm(read, grammar, block, before, fixes) {
    const { source } = read;
    if (grammar.templateFor(before) === undefined)
        return true;
    if (fixes.some((fix) => fix.line < block.startLine || fix.endLine > block.endLine))
        return false;
    const replacement = mergeFixes(source, block.startLine, block.endLine, fixes).split('\n');
    const lines = [...source.lines];
    lines.splice(block.startLine - 1, block.endLine - block.startLine + 1, ...replacement);
    const moved = { ...block, endLine: block.startLine + replacement.length - 1 };
    const after = await readAgain(read, lines, moved);
    return roundTrip({ ...source, lines }, grammar, [after]).identical === 1;
}

/**
 * Where a paper appeared, when a source says so for certain. Pure.
 *
 * - arXiv's journal reference naming a known venue and year (`ICLR 2022`, `Findings of EMNLP 2023`);
 *   its comment is not enough (`extended version of our ICLR paper`, `submitted to ...`).
 * - A DOI that names its venue and year: the ACL Anthology's (`10.18653/v1/2023.acl-long.1`,
 *   `P19-1001`), IEEE's for CVF conferences (`10.1109/CVPR.2019.00123`), AAAI's
 *   (`10.1609/aaai.v33i01.…`, volume 33 is 2019).
 * - Semantic Scholar: its DOI or ACL Anthology id as above, or a DBLP key whose venue agrees with the
 *   venue Semantic Scholar names (`conf/iclr/…22` for a paper at `ICLR`), and never a workshop.
 *
 * Any other DOI or journal reference still says the paper appeared, only not where in a form the
 * list writes: it is reported, and left to the maintainer.
 */
const CANONICAL = new Map([
    ...VENUES.map((venue) => [venue.toLowerCase(), venue]),
    ['nips', 'NeurIPS'],
]);
/** A venue name as paperlint writes it, when it is one of the venues it knows (`nips` is NeurIPS). */
function knownVenue(name) {
    return CANONICAL.get(name.trim().toLowerCase());
}
/** `ICLR 2022`, `Findings of EMNLP 2023` (as venueIn writes them) read back into venue and year. */
function splitVenue(text) {
    const match = /^(.*) ((?:19|20)\d{2})$/.exec(text);
    return match ? { venue: match[1], year: Number(match[2]) } : undefined;
}
/** The ACL Anthology's letters for the venues of its old ids (`P19-1001`). */
const ANTHOLOGY_LETTERS = {
    P: 'ACL',
    D: 'EMNLP',
    N: 'NAACL',
    E: 'EACL',
    K: 'CoNLL',
    C: 'COLING',
    Q: 'TACL',
};
/** The volumes of a modern Anthology id that are the main conference (not demos, workshops, tutorials). */
const MAIN_VOLUME = /^(?:long|short|main|\d+)$/;
/** A two-digit year of an identifier, in the century that makes it no later than next year. */
function fullYear$1(twoDigits, now = new Date()) {
    const year = 2000 + Number(twoDigits);
    return year <= now.getFullYear() + 1 ? year : year - 100;
}
/**
 * An ACL Anthology id naming a main conference or journal and its year: `2023.acl-long.1`,
 * `2023.findings-emnlp.12`, or old style `P19-1001` (volume 1, the main papers).
 */
function anthologyVenue(id) {
    const modern = /^(\d{4})\.(findings-)?([a-z]+)(?:-([a-z0-9]+))?\.\d+$/i.exec(id.trim());
    if (modern) {
        const [, year, findings, code, volume] = modern;
        const venue = knownVenue(code);
        const main = findings ? volume === undefined : volume !== undefined && MAIN_VOLUME.test(volume);
        if (!venue || !main)
            return undefined;
        return { venue: findings ? `Findings of ${venue}` : venue, year: Number(year) };
    }
    const old = /^([A-Z])(\d{2})-1\d{3}$/.exec(id.trim());
    const venue = old ? ANTHOLOGY_LETTERS[old[1]] : undefined;
    return old && venue ? { venue, year: fullYear$1(old[2]) } : undefined;
}
/** A DOI that names its venue and year. */
function doiVenue(doi) {
    const anthology = /^10\.18653\/v1\/(.+)$/i.exec(doi.trim());
    if (anthology)
        return anthologyVenue(anthology[1]);
    const ieee = /^10\.1109\/([A-Z]+)\d*\.((?:19|20)\d{2})\./.exec(doi.trim());
    const ieeeVenue = ieee ? knownVenue(ieee[1]) : undefined;
    if (ieee && ieeeVenue)
        return { venue: ieeeVenue, year: Number(ieee[2]) };
    const aaai = /^10\.1609\/aaai\.v(\d+)i/i.exec(doi.trim());
    // AAAI's proceedings volume 33 is AAAI-19: the volume counts from 1986.
    if (aaai)
        return { venue: 'AAAI', year: 1986 + Number(aaai[1]) };
    return undefined;
}
/** arXiv's own DOIs (10.48550/arXiv.…) name the preprint, not a publication. */
const ARXIV_DOI = /^10\.48550\//i;
/** Where arXiv's record says the paper appeared; undefined when it says nothing of it. */
function recordPublication(record) {
    const name = `arXiv ${record.id}${record.version}`;
    if (record.journalRef) {
        const named = venueIn(record.journalRef);
        const split = named ? splitVenue(named) : undefined;
        const source = `${name}: journal reference "${record.journalRef}"`;
        if (split)
            return { ...split, source };
    }
    if (record.doi && !ARXIV_DOI.test(record.doi)) {
        const named = doiVenue(record.doi);
        const source = `${name}: DOI ${record.doi}`;
        if (named)
            return { ...named, source };
    }
    if (record.journalRef)
        return { venue: undefined, source: `${name}: journal reference "${record.journalRef}"` };
    if (record.doi && !ARXIV_DOI.test(record.doi))
        return { venue: undefined, source: `${name}: DOI ${record.doi}` };
    return undefined;
}
/** DBLP keys: `conf/iclr/HuSWALWWC22`, `journals/tmlr/Smith23a`; `journals/corr/…` is arXiv. */
const DBLP_KEY = /^(conf|journals)\/([a-z0-9]+)\/.*?(\d{2})[a-z]?$/;
const DBLP_VENUES = { nips: 'NeurIPS', pami: 'TPAMI' };
const WORKSHOP = /\bworkshops?\b|\bfindings\b/i;
const ACL_FAMILY = new Set(['ACL', 'EMNLP', 'NAACL', 'EACL', 'AACL']);
/** Where Semantic Scholar says the paper appeared; undefined when it names no venue. */
function scholarPublication(arxivId, paper) {
    const name = `Semantic Scholar (arXiv ${arxivId})`;
    for (const [key, id, read] of [
        ['DOI', paper.doi, doiVenue],
        ['ACL Anthology', paper.acl, anthologyVenue],
    ]) {
        const named = id && !ARXIV_DOI.test(id) ? read(id) : undefined;
        if (named)
            return { ...named, source: `${name}: ${key} ${id}` };
    }
    const names = [paper.venue, ...paper.venueNames];
    if (names.some((text) => WORKSHOP.test(text)))
        return undefined;
    const venues = new Set(names.map(knownVenue).filter((venue) => venue !== undefined));
    const dblp = paper.dblp ? DBLP_KEY.exec(paper.dblp) : null;
    const dblpVenue = dblp ? (DBLP_VENUES[dblp[2]] ?? knownVenue(dblp[2])) : undefined;
    // The ACL family files its Findings under the main conference's DBLP key: only an Anthology id tells.
    if (dblp && dblpVenue && venues.has(dblpVenue) && !ACL_FAMILY.has(dblpVenue)) {
        return { venue: dblpVenue, year: fullYear$1(dblp[3]), source: `${name}: ${dblpVenue}, DBLP ${paper.dblp}` };
    }
    const venue = [...venues][0];
    if (venue)
        return { venue: undefined, source: `${name}: venue ${venue}${paper.year ? `, ${paper.year}` : ''}` };
    return undefined;
}

const MARK = String.raw `(?<![\w-])(?:arxiv preprint|preprint|arxiv|corr)(?![A-Za-z:/.@-])`;
const SEPARATOR = String.raw `[\s,(|*_\`'’-]{0,6}?`;
/** A year, not part of a date (`2023/10`, `2023.10.01`) or a longer number. */
const FULL_YEAR = String.raw `(?<![\d/.-])(?:19|20)\d{2}(?!\d|[/.-]\d)`;
const SHORT_YEAR = String.raw `(?<![\d/.-])\d{2}(?!\d|[/.-]\d)`;
/** `arXiv 2023`, `Preprint, 2022`, `CoRR 2018`, `arXiv(2021)`, `Arxiv 22`. */
const MARK_THEN_YEAR = new RegExp(`(${MARK})(${SEPARATOR})(${FULL_YEAR}|${SHORT_YEAR})`, 'gi');
/** `(2025 arXiv)`: the year first, always written in full. */
const YEAR_THEN_MARK = new RegExp(`(${FULL_YEAR})(${SEPARATOR})(${MARK})`, 'gi');
/** A preprint mark, with a year beside it or not (`arXiv:2505.01458, 2025`, `| arXiv |`). */
const PREPRINT_MARK = /(?<![\w-])(?:arxiv|preprint|corr)(?![A-Za-z/.@-])/i;
const LONE_YEAR = new RegExp(FULL_YEAR, 'g');
/** A word that may be a venue's name: `ICLR`, `Neurips`, also glued to its year (`CVPR2019`). */
const VENUE_WORD = /(?<![\w-])([A-Za-z][A-Za-z-]{1,14})(?![A-Za-z-])/g;
function preprintMarks(text) {
    return [
        ...[...text.matchAll(MARK_THEN_YEAR)].map((m) => ({
            index: m.index,
            whole: m[0],
            separator: m[2],
            year: m[3],
            yearFirst: false,
        })),
        ...[...text.matchAll(YEAR_THEN_MARK)].map((m) => ({
            index: m.index,
            whole: m[0],
            separator: m[2],
            year: m[1],
            yearFirst: true,
        })),
    ];
}
/** A year as written, in full: `23` is 2023 (a two-digit year is never more than a year ahead). */
function fullYear(written, now = new Date()) {
    if (written.length === 4)
        return Number(written);
    const year = 2000 + Number(written);
    return year <= now.getFullYear() + 1 ? year : year - 100;
}
/** The entry's lines from its first to its last, with its title, links and images blanked out (columns kept). */
function blankedLines(entry, source) {
    const spans = [
        { line: entry.title.line, column: entry.title.column, endColumn: entry.title.endColumn },
        ...entry.links,
        ...entry.badges,
    ];
    const out = [];
    for (let line = entry.startLine; line <= entry.endLine; line++) {
        let text = source.lines[line - 1];
        for (const span of spans) {
            if (span.line !== line)
                continue;
            const start = Math.max(0, span.column - 1);
            const end = Math.min(text.length, span.endColumn - 1);
            if (end > start)
                text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
        }
        out.push({ line, text });
    }
    return out;
}
/** The spellings of each known venue in the list, with the year beside each when there is one. */
function venueOccurrences(texts) {
    const found = new Map();
    for (const text of texts) {
        for (const match of text.matchAll(VENUE_WORD)) {
            const venue = knownVenue(match[1]);
            if (!venue)
                continue;
            const after = text.slice(match.index + match[0].length, match.index + match[0].length + 8);
            const year = /^[\s,.'’()|*_`:-]{0,4}((?:19|20)\d{2})/.exec(after)?.[1];
            const list = found.get(venue) ?? [];
            list.push({ written: match[1], year: year === undefined ? undefined : Number(year) });
            found.set(venue, list);
        }
    }
    return found;
}
/**
 * What the entry says of where the paper appeared: a known venue (`named`), a preprint mark
 * (`preprint`), or nothing (`none`). Its title and links are not read for it.
 */
function venueState(entry, source) {
    const texts = blankedLines(entry, source).map(({ text }) => text);
    if (texts.some((text) => [...text.matchAll(VENUE_WORD)].some((match) => knownVenue(match[1]))))
        return 'named';
    return texts.some((text) => PREPRINT_MARK.test(text)) ? 'preprint' : 'none';
}
/** How the list writes Findings papers: `Findings of EMNLP`, `EMNLP Findings`, `EMNLP (Findings)`. */
function findingsForm(texts) {
    const forms = new Map();
    const count = (form) => increment(forms, form);
    for (const text of texts) {
        for (const match of text.matchAll(/\b(Findings of(?: the)?) ([A-Za-z]+)\b|\b([A-Za-z]+)([ -]\(?Findings\)?)/gi)) {
            const venue = knownVenue(match[2] ?? match[3]);
            if (!venue)
                continue;
            count(match[1] !== undefined ? `${match[1]} {}` : `{}${match[4]}`);
        }
    }
    const common = [...forms].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Findings of {}';
    return (venue) => common.replace('{}', venue);
}
/** Years of a paper within which the list's spelling of a venue is taken as current (NIPS became NeurIPS). */
const NEARBY_YEARS = 3;
function venueStyle(source, entries) {
    const papers = entries.filter((entry) => entry.kind === 'paper');
    const texts = papers.flatMap((entry) => blankedLines(entry, source).map(({ text }) => text));
    const occurrences = venueOccurrences(texts);
    const findings = findingsForm(texts);
    const spellPlain = (venue, year) => {
        const seen = occurrences.get(venue) ?? [];
        const near = seen.filter((o) => o.year !== undefined && Math.abs(o.year - year) <= NEARBY_YEARS);
        const counts = new Map();
        for (const { written } of near.length > 0 ? near : seen)
            increment(counts, written);
        return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? venue;
    };
    const dated = papers.filter((entry) => entry.dated);
    const named = dated.filter((entry) => blankedLines(entry, source).some(({ text }) => {
        if (preprintMarks(text).length > 0)
            return true;
        return [...text.matchAll(VENUE_WORD)].some((match) => {
            if (!knownVenue(match[1]))
                return false;
            const after = text.slice(match.index + match[0].length);
            return /^[\s,.'’()|*_`:-]{0,4}(?:19|20)\d{2}/.test(after);
        });
    }));
    return {
        spell(venue, year) {
            const base = /^Findings of (.+)$/.exec(venue);
            return base ? findings(spellPlain(base[1], year)) : spellPlain(venue, year);
        },
        writesVenues: dated.length >= 3 && named.length >= (2 / 3) * dated.length,
    };
}
/**
 * The edit that writes where the paper appeared over the entry's preprint mark, or undefined where
 * the entry's shape does not make it certain.
 */
function venueEdit(entry, publication, context) {
    // A title over two lines leaves its second line unblanked: its words could look like a mark.
    if (entry.title.wrapped)
        return undefined;
    const lines = blankedLines(entry, context.source);
    const marks = lines.flatMap(({ line, text }) => preprintMarks(text).map((mark) => ({ line, mark })));
    if (marks.length !== 1)
        return undefined;
    const [{ line, mark }] = marks;
    const year = fullYear(mark.year);
    if (year > publication.year)
        return undefined;
    if (year !== publication.year) {
        // The same year written elsewhere in the entry (a year column, a date) would then disagree.
        const lone = lines.flatMap(({ text }) => text.match(LONE_YEAR) ?? []).filter((y) => Number(y) === year);
        if (lone.length > (mark.year.length === 4 ? 1 : 0))
            return undefined;
    }
    const venue = context.style.spell(publication.venue, publication.year);
    const newYear = mark.year.length === 4 ? String(publication.year) : String(publication.year % 100).padStart(2, '0');
    const to = mark.yearFirst ? `${newYear}${mark.separator}${venue}` : `${venue}${mark.separator}${newYear}`;
    const text = context.source.lines[line - 1];
    const start = mark.index;
    const whole = mark.whole;
    return {
        fix: { line, endLine: line, replacement: text.slice(0, start) + to + text.slice(start + whole.length) },
        column: start + 1,
        from: whole,
        to,
    };
}

const auditMemory = () => ({ links: new Map() });
/**
 * What mdast may read in one audit pass. A review's budget (2 M characters) keeps a hostile PR from
 * stalling it; an audit reads a whole list its maintainers wrote, and checks its fixes too: ten
 * times as much, a few seconds of parsing at worst.
 */
const AUDIT_EXACT_BUDGET = 20_000_000;
/** A link that can be written over: its target as written in the text is the one the parser read. */
const PLAIN_DESTINATION = /^[\w\-.~:/?#@!$&'*+,;=%]+$/;
async function audit(input, services = {}, memory = auditMemory()) {
    const settings = input.settings ?? {};
    const budget = exactBudget(AUDIT_EXACT_BUDGET);
    const linted = await lint({
        path: input.path,
        text: input.text,
        settings,
        papers: services.papers,
        exactBudget: budget,
    });
    const { source } = linted;
    const segments = segment(source);
    const list = findPaperList(source, segments, settings.sections);
    const ignored = new Set((settings.ignore ?? []).map((item) => normaliseTitle(item)));
    const suppressed = suppression(segments.directives);
    const reader = entryReader(source, segments.definitions, budget);
    const entries = [];
    for (const block of list.entries) {
        const entry = parseEntry(source, block, await reader.view(block));
        if (!isIgnored(entry, ignored))
            entries.push({ block, entry, rank: entries.length });
    }
    const papers = entries.filter(({ entry }) => entry.kind === 'paper' && entry.arxivIds.length > 0);
    // The engine asked for these already: the client answers from what it knows.
    const records = services.papers
        ? await services.papers([...new Set(papers.map(({ entry }) => entry.arxivIds[0]))])
        : new Map();
    const context = {
        path: input.path,
        source,
        suppressed,
        text: { source, definitions: segments.definitions, reader },
    };
    const grammar = (memory.grammar ??= learnGrammar(source, entries.filter(({ entry }) => entry.kind === 'paper').map(({ entry }) => entry)));
    const found = [
        ...linted.findings.map((finding) => withSource(finding, entryAt(entries, finding.line), records)),
        ...withdrawn(papers, records, context),
        ...(await published(papers, records, services.scholar, venueStyle(source, entries.map((e) => e.entry)), context)),
    ];
    const unchecked = [];
    if (services.links) {
        const checked = await linkFindings(entries, services.links, memory, context, services.say);
        found.push(...checked.findings);
        unchecked.push(...checked.unchecked);
    }
    // A publication is written in the place and shape of the entry's own preprint mark (venueEdit);
    // every other fix, a rule's included, is held to the list's form as its grammar reads it: an
    // entry's fixes are kept together, if together they leave it written as the list writes.
    const fixing = new Map();
    for (const finding of found) {
        const read = finding.fix && finding.rule !== 'published' ? entryAt(entries, finding.line) : undefined;
        if (read)
            fixing.set(read, [...(fixing.get(read) ?? []), finding.fix]);
    }
    const unsure = new Set();
    for (const [read, fixes] of fixing) {
        if (!(await keepsListForm(context.text, grammar, read.block, read.entry, fixes)))
            fixes.forEach((fix) => unsure.add(fix));
    }
    const findings = found.map((finding) => finding.fix && unsure.has(finding.fix) ? { ...finding, fix: null } : finding);
    findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
    return {
        path: input.path,
        source,
        findings,
        unchecked,
        entries: linted.entries,
        checked: linted.checked,
        readExactly: linted.readExactly,
        convention: linted.convention,
    };
}
/** The entry whose lines hold `line` (entries are in file order). */
function entryAt(entries, line) {
    let lo = 0;
    let hi = entries.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const { block } = entries[mid];
        if (block.endLine < line)
            lo = mid + 1;
        else if (block.startLine > line)
            hi = mid - 1;
        else
            return entries[mid];
    }
    return undefined;
}
/** A rule's finding, with the entry it is about and what it rests on. */
function withSource(finding, read, records) {
    const entry = read?.entry;
    const id = entry?.arxivIds[0];
    const record = id === undefined ? undefined : records.get(id);
    // A title that differs from the record's is checked against the latest version: it names it.
    const latest = record?.updated ? `, its latest version (${record.updated.slice(0, 10)})` : '';
    const source = finding.rule === 'arxiv-metadata'
        ? record
            ? `arXiv ${record.id}${record.version}${latest}`
            : 'arXiv'
        : finding.rule === 'duplicate'
            ? 'the list itself'
            : "the list's house style";
    return { ...finding, rank: read?.rank ?? -1, title: entry?.title.text ?? '', source };
}
function finding(context, { entry, rank }, at, rule, message, source, fix = null) {
    return {
        path: context.path,
        line: at.line,
        column: at.column,
        endLine: at.line,
        rule,
        severity: 'warning',
        message,
        fix,
        entryKey: entry.key,
        part: partOf(entry, at.line),
        rank,
        title: entry.title.text,
        source,
    };
}
function withdrawn(papers, records, context) {
    return papers.flatMap((read) => {
        const { entry } = read;
        const record = records.get(entry.arxivIds[0]);
        if (!record || !isWithdrawn(record) || context.suppressed('arxiv-withdrawn', entry.title.line, entry)) {
            return [];
        }
        const comment = record.comment ?? '';
        return [
            finding(context, read, entry.title, 'arxiv-withdrawn', `arXiv's latest version of this paper (${record.version || 'v1'}) withdraws it: ${code(comment)}. Check that it still belongs in the list.`, `arXiv ${record.id}${record.version}: comment "${comment}"`),
        ];
    });
}
/** Where a paper appeared: arXiv's word first, Semantic Scholar's when arXiv names no venue. */
function publicationOf(id, record, scholar) {
    const fromArxiv = record ? recordPublication(record) : undefined;
    if (fromArxiv?.venue !== undefined)
        return fromArxiv;
    const paper = scholar.get(id);
    const fromScholar = paper ? scholarPublication(id, paper) : undefined;
    return fromScholar?.venue !== undefined ? fromScholar : (fromArxiv ?? fromScholar);
}
async function published(papers, records, scholar, style, context) {
    const candidates = papers
        .map((read) => ({ ...read, state: venueState(read.entry, context.source) }))
        .filter(({ state }) => state === 'preprint' || (state === 'none' && style.writesVenues));
    const askScholar = candidates
        .map(({ entry }) => entry.arxivIds[0])
        .filter((id) => {
        const record = records.get(id);
        return !(record && recordPublication(record)?.venue !== undefined);
    });
    const scholarPapers = scholar && askScholar.length > 0 ? await scholar(askScholar) : new Map();
    const found = [];
    for (const read of candidates) {
        const { block, entry, state } = read;
        const id = entry.arxivIds[0];
        const publication = publicationOf(id, records.get(id), scholarPapers);
        if (!publication || context.suppressed('published', entry.title.line, entry))
            continue;
        const named = publication.venue === undefined ? undefined : `${publication.venue} ${publication.year}`;
        const where = state === 'preprint' ? 'the entry still calls it a preprint' : 'the entry names no venue';
        if (named === undefined) {
            const message = `This paper has appeared (${publication.source}), but ${where}: write where it appeared.`;
            found.push(finding(context, read, entry.title, 'published', message, publication.source));
            continue;
        }
        const edit = state === 'preprint'
            ? venueEdit(entry, publication, { source: context.source, style })
            : undefined;
        const certain = edit !== undefined &&
            (await keepsRendering(context.text, block, entry, edit.fix, {
                kind: 'words',
                from: edit.from,
                to: edit.to,
            }));
        const message = certain
            ? `Published since in ${named}: write ${code(edit.to)} for ${code(edit.from)}.`
            : `Published since in ${named}, but ${where}, in a form paperlint does not rewrite: write it as the list does.`;
        const at = certain ? { line: edit.fix.line, column: edit.column } : entry.title;
        found.push(finding(context, read, at, 'published', message, publication.source, certain ? edit.fix : null));
    }
    return found;
}
/** `HEAD https://a → 301, HEAD https://b → 200`: the answers a verdict rests on. */
function hopsText(hops) {
    return hops.map((hop) => `${hop.method} ${hop.url} → ${hop.status}`).join(', ');
}
function verdictSource(verdict) {
    const answers = verdict.hops.length > 0 ? hopsText(verdict.hops) : '';
    const reason = verdict.kind === 'dead' || verdict.kind === 'unchecked' ? verdict.reason : '';
    const when = verdict.cachedAt === undefined
        ? ''
        : ` (checked ${new Date(verdict.cachedAt).toISOString().slice(0, 10)})`;
    return `${[answers, reason].filter(Boolean).join('; ')}${when}`;
}
async function linkFindings(entries, checker, memory, context, say) {
    // arXiv's own links are checked through its API (`--arxiv`), never by crawling arxiv.org.
    const targets = entries.flatMap((read) => read.entry.links
        .filter((link) => checkableUrl(link.url) !== undefined && parseArxivUrl(link.url) === undefined)
        .map((link) => ({ ...read, link, url: link.url.trim() })));
    const asked = [...new Set(targets.map(({ url }) => url))].filter((url) => !memory.links.has(url));
    if (asked.length > 0) {
        const hosts = new Set(asked.map((url) => checkableUrl(url).host)).size;
        say?.(`Checking ${count(asked.length, 'link')} on ${count(hosts, 'site')}.`);
        for (const [url, verdict] of await checker.check(asked))
            memory.links.set(url, verdict);
    }
    const findings = [];
    const unchecked = [];
    for (const target of targets) {
        const { block, entry, link, url } = target;
        const verdict = memory.links.get(url);
        if (!verdict || verdict.kind === 'ok')
            continue;
        const at = { line: link.line, column: link.urlColumn };
        if (verdict.kind === 'unchecked') {
            unchecked.push({
                path: context.path,
                line: link.line,
                url,
                reason: verdict.reason,
                title: entry.title.text,
            });
            continue;
        }
        const check = verdict.kind === 'dead' ? 'link-dead' : 'link-moved';
        if (context.suppressed(check, link.line, entry))
            continue;
        const source = verdictSource(verdict);
        if (verdict.kind === 'dead') {
            const message = `This link is dead (${verdict.reason}): ${code(url)}. Find where the page went, or remove the link.`;
            findings.push(finding(context, target, at, 'link-dead', message, source));
            continue;
        }
        const fix = verdict.doubt === undefined ? await movedFix(context.text, block, entry, link, verdict.to) : null;
        // The new URL is known to answer: the next pass need not ask it.
        if (fix)
            memory.links.set(verdict.to, { kind: 'ok', hops: [] });
        const message = fix
            ? `This link has moved for good: write ${code(verdict.to)}.`
            : `This link redirects for good to ${code(verdict.to)}${verdict.doubt ? `, but ${verdict.doubt}` : ''}: check it by hand.`;
        findings.push(finding(context, target, at, 'link-moved', message, source, fix));
    }
    return { findings, unchecked };
}
/** The fix that writes a moved link's new URL over the old one, where that is a plain edit of its target. */
async function movedFix(read, block, entry, link, to) {
    const text = read.source.lines[link.line - 1];
    const written = text.slice(link.urlColumn - 1, link.urlEndColumn - 1);
    if (written !== link.url || !PLAIN_DESTINATION.test(written) || !PLAIN_DESTINATION.test(to))
        return null;
    const fix = {
        line: link.line,
        endLine: link.line,
        replacement: text.slice(0, link.urlColumn - 1) + to + text.slice(link.urlEndColumn - 1),
    };
    return (await keepsRendering(read, block, entry, fix, { kind: 'link-target', url: to })) ? fix : null;
}
const MAX_FIX_PASSES = 5;
/**
 * The audit, and its fixes applied until none is left (one can reveal another: a re-indented line
 * may then need its empty line), with the style held as it was read: fixes must not move it.
 */
async function auditAndFix(input, services = {}) {
    const memory = auditMemory();
    const first = await audit(input, services, memory);
    const held = { ...input.settings, style: first.convention };
    const changes = [];
    let result = first;
    let text = input.text;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const fixing = result.findings.filter((f) => f.fix !== null);
        if (fixing.length === 0)
            break;
        text = applyFixes(text, fixing.map((f) => f.fix)).text;
        const next = await audit({ ...input, text, settings: held }, services, memory);
        changes.push(...gone(fixing, next.findings).map((f) => asChange(result.source, f)));
        result = next;
    }
    return { first, final: result, text, changes };
}
function asChange(source, finding) {
    const fix = finding.fix;
    const original = source.lines.slice(fix.line - 1, fix.endLine).join('\n');
    const edit = smallestEdit(original, fix.replacement);
    return { ...finding, removed: original.slice(edit.from, edit.to), inserted: edit.text };
}
/** The findings of `before` that `after` no longer has (by entry, check and message). */
function gone(before, after) {
    const key = (f) => `${f.rank}\u0000${f.rule}\u0000${f.message}`;
    const left = new Map();
    for (const f of after)
        increment(left, key(f));
    return before.filter((f) => {
        const count = left.get(key(f)) ?? 0;
        if (count > 0)
            left.set(key(f), count - 1);
        return count === 0;
    });
}

export { audit, auditAndFix, auditMemory };
