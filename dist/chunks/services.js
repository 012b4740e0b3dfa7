import { J as mergeFixes, O as roundTrip, P as loadExact, p as parseEntry, e as entryReader, Q as venueIn, V as VENUES, y as applyFixes, m as lint, s as segment, a as findPaperList, S as normaliseTitle, T as suppression, W as isIgnored, l as learnGrammar, X as smallestEdit, N as exactBudget, Y as isWithdrawn, Z as code, b as parseArxivUrl, u as count, _ as partOf, r as ruleDocUrl } from './engine.js';
import { b as arxivClient } from './run.js';
import { readFileSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import http from 'node:http';
import https from 'node:https';

/** `Retry-After` as servers write it: seconds, or an HTTP date. */
/** The wait a `Retry-After` header asks for, in milliseconds; none (or nonsense) asks for none. */
function retryAfterMs(header, now = Date.now()) {
    const value = Array.isArray(header) ? header[0] : header;
    if (typeof value !== 'string' || value.trim() === '')
        return 0;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const date = Date.parse(value);
    return Number.isNaN(date) ? 0 : Math.max(0, date - now);
}

/**
 * One request of the link checker: its status line and headers, never its body. A HEAD answer has
 * none; a GET's is cut off as soon as the headers are in, so a 2 GB file or an endless stream costs
 * one packet. No cookies (node keeps none), no credentials (a link carrying any is never asked), no
 * proxy: the request goes straight to the link's host.
 */
/** Why there was no answer, in words for the report, and whether the link is dead for it. */
class NoAnswer extends Error {
    dead;
    constructor(message, 
    /** The host does not exist or refuses connections: the link is dead, not only unreachable now. */
    dead) {
        super(message);
        this.dead = dead;
    }
}
/** What a failed connection means for the link. */
function noAnswer(error) {
    switch (error.code) {
        case 'ENOTFOUND':
            return new NoAnswer('no such host', true);
        case 'ECONNREFUSED':
            return new NoAnswer('connection refused', true);
        case 'EAI_AGAIN':
            return new NoAnswer('name lookup failed for now', false);
        case 'ECONNRESET':
        case 'EPIPE':
            return new NoAnswer('connection closed without an answer', false);
        default:
            if (/CERT|SSL|TLS/i.test(error.code ?? ''))
                return new NoAnswer('TLS certificate problem', false);
            return new NoAnswer(error.message || 'no answer', false);
    }
}
function requestHeaders(url, options) {
    const secure = url.protocol === 'https:';
    return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            outcome();
        };
        const request = (secure ? https : http).request({
            protocol: url.protocol,
            hostname: url.hostname.replace(/^\[|\]$/g, ''),
            port: url.port || undefined,
            path: `${url.pathname}${url.search}`,
            method: options.method,
            agent: secure ? options.agents.https : options.agents.http,
            headers: { 'user-agent': options.userAgent, accept: '*/*', 'accept-encoding': 'identity' },
            ...(options.lookup ? { lookup: options.lookup } : {}),
        }, (response) => {
            const header = (name) => {
                const value = response.headers[name];
                return Array.isArray(value) ? value[0] : value;
            };
            settle(() => resolve({
                status: response.statusCode ?? 0,
                location: header('location'),
                retryAfter: header('retry-after'),
            }));
            // The headers are all the checker reads: a HEAD answer has no body (its connection can
            // serve the next request), a GET's is never waited for.
            if (options.method === 'HEAD')
                response.resume();
            else
                response.destroy();
        });
        const timer = setTimeout(() => {
            settle(() => reject(new NoAnswer(`no answer in ${options.timeoutMs / 1000} s`, false)));
            request.destroy();
        }, options.timeoutMs);
        request.on('error', (error) => settle(() => reject(noAnswer(error))));
        request.end();
    });
}

/**
 * How many requests the link checker has in flight: at most `perHost` to one host and `overall` in
 * all, and none to a host before the time it asked to be left alone until (its `Retry-After`).
 * Waiters are served in order, host by host, so a list with 3,000 links to one site does not hold
 * up the links to every other.
 */
function slots(limits) {
    const hosts = new Map();
    let active = 0;
    let timer;
    let timerAt = Infinity;
    const hostOf = (name) => {
        let host = hosts.get(name);
        if (!host)
            hosts.set(name, (host = { active: 0, notBefore: 0, waiting: [] }));
        return host;
    };
    /** Starts every waiter that may start now; wakes up again for the earliest host held off. */
    const pump = () => {
        const now = Date.now();
        let wake = Infinity;
        for (const host of hosts.values()) {
            if (host.waiting.length === 0)
                continue;
            if (host.notBefore > now) {
                wake = Math.min(wake, host.notBefore);
                continue;
            }
            while (host.waiting.length > 0 && host.active < limits.perHost && active < limits.overall) {
                host.active++;
                active++;
                host.waiting.shift()();
            }
            if (active >= limits.overall)
                break;
        }
        if (wake < timerAt) {
            clearTimeout(timer);
            timerAt = wake;
            timer = setTimeout(() => {
                timerAt = Infinity;
                pump();
            }, wake - now);
        }
    };
    return {
        acquire(name) {
            const host = hostOf(name);
            return new Promise((resolve) => {
                host.waiting.push(() => {
                    let released = false;
                    resolve(() => {
                        if (released)
                            return;
                        released = true;
                        host.active--;
                        active--;
                        pump();
                    });
                });
                pump();
            });
        },
        holdOff(name, until) {
            const host = hostOf(name);
            host.notBefore = Math.max(host.notBefore, until);
        },
    };
}

/**
 * The link checker: does each link still lead somewhere? HEAD first (GET when a server refuses
 * HEAD), redirects followed by hand, at most 2 requests at once to one host and 16 in all, 10 s a
 * request, a host's `Retry-After` honoured (one retry, waits up to a minute), a User-Agent naming
 * paperlint.
 *
 * What a link is said to be is what its answers prove, nothing more:
 * - `dead`: 404 or 410, or a host that does not exist or refuses connections;
 * - `moved`: permanent redirects (301, 308) to a URL that answers; the new URL is where the
 *   permanent redirects end (a temporary one after them is the site's business);
 * - `unchecked`: anything temporary or unclear (5xx, 429, a timeout, 401/403, a redirect loop):
 *   "could not check", never "dead";
 * - `ok`: everything else that ends in a 2xx.
 */
const PERMANENT = new Set([301, 308]);
const REDIRECT = new Set([301, 302, 303, 307, 308]);
/** A page that stands in for the one asked for: signing in, accepting cookies. */
const GATE_PAGE = /\/(?:log-?in|sign-?in|signon|sso|auth(?:orize)?|consent|cookies?)(?:[/?.#]|$)/i;
/** The URL as requested: the fragment is the browser's, never sent. */
function withoutFragment(url) {
    const copy = new URL(url);
    copy.hash = '';
    return copy;
}
/** Whether a link can be asked at all, and the URL to ask. */
function checkableUrl(text) {
    let url;
    try {
        url = new URL(text.trim());
    }
    catch {
        return undefined;
    }
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}
function linkChecker(options) {
    const timeoutMs = options.timeoutMs ?? 10_000;
    const maxRedirects = options.maxRedirects ?? 10;
    const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
    const perHost = options.perHost ?? 2;
    const limits = slots({ perHost, overall: options.overall ?? 16 });
    const agents = {
        http: new http.Agent({ keepAlive: true, maxSockets: perHost }),
        https: new https.Agent({ keepAlive: true, maxSockets: perHost }),
    };
    let sent = 0;
    /** One request, in its host's turn; a 429 or 503 asking to wait (briefly) is asked once more. */
    async function once(url, method) {
        for (let attempt = 0;; attempt++) {
            const release = await limits.acquire(url.host);
            let answer;
            try {
                sent++;
                answer = await requestHeaders(url, {
                    method,
                    timeoutMs,
                    userAgent: options.userAgent,
                    agents,
                    lookup: options.lookup,
                });
            }
            finally {
                release();
            }
            const wait = retryAfterMs(answer.retryAfter);
            const asksToWait = (answer.status === 429 || answer.status === 503) && answer.retryAfter !== undefined;
            if (!asksToWait || attempt > 0 || wait > maxRetryAfterMs)
                return answer;
            limits.holdOff(url.host, Date.now() + wait);
        }
    }
    /** HEAD, or GET where the server will not answer HEAD (405, 501, and the many that get it wrong). */
    async function ask(url, hops) {
        const head = await once(url, 'HEAD');
        hops.push({ method: 'HEAD', url: url.href, status: head.status });
        if (head.status < 400 || head.status === 429)
            return head;
        const get = await once(url, 'GET');
        hops.push({ method: 'GET', url: url.href, status: get.status });
        return get;
    }
    async function follow(start) {
        const hops = [];
        if (start.username || start.password) {
            return { kind: 'unchecked', reason: 'the link carries a user name or password: not asked', hops };
        }
        const seen = new Set([start.href]);
        let url = start;
        /** Where the unbroken run of permanent redirects from the link leads, if it has begun. */
        let movedTo;
        let permanentSoFar = true;
        for (let redirects = 0;; redirects++) {
            let answer;
            try {
                answer = await ask(url, hops);
            }
            catch (error) {
                if (!(error instanceof NoAnswer))
                    throw error;
                return error.dead
                    ? { kind: 'dead', reason: error.message, hops }
                    : { kind: 'unchecked', reason: error.message, hops };
            }
            const { status } = answer;
            if (REDIRECT.has(status) && answer.location !== undefined) {
                let next;
                try {
                    next = withoutFragment(new URL(answer.location, url));
                }
                catch {
                    return { kind: 'unchecked', reason: `HTTP ${status} to an address that is not one`, hops };
                }
                if (next.protocol !== 'http:' && next.protocol !== 'https:') {
                    return { kind: 'unchecked', reason: `HTTP ${status} to a ${next.protocol} address`, hops };
                }
                if (next.username || next.password) {
                    return { kind: 'unchecked', reason: `HTTP ${status} to an address with a password`, hops };
                }
                if (seen.has(next.href))
                    return { kind: 'unchecked', reason: 'redirect loop', hops };
                if (redirects >= maxRedirects) {
                    return { kind: 'unchecked', reason: `more than ${maxRedirects} redirects`, hops };
                }
                permanentSoFar &&= PERMANENT.has(status);
                if (permanentSoFar)
                    movedTo = next;
                seen.add(next.href);
                url = next;
                continue;
            }
            if (status >= 200 && status < 300) {
                return movedTo && movedTo.href !== start.href ? moved(start, movedTo, hops) : { kind: 'ok', hops };
            }
            if (status === 404 || status === 410)
                return { kind: 'dead', reason: `HTTP ${status}`, hops };
            return { kind: 'unchecked', reason: `HTTP ${status}`, hops };
        }
    }
    return {
        async check(urls) {
            const verdicts = new Map();
            const byRequest = new Map();
            for (const text of new Set(urls)) {
                const url = checkableUrl(text);
                if (!url) {
                    verdicts.set(text, { kind: 'unchecked', reason: 'not a web address', hops: [] });
                    continue;
                }
                const key = withoutFragment(url).href;
                byRequest.set(key, [...(byRequest.get(key) ?? []), text]);
            }
            let done = 0;
            const total = byRequest.size;
            await Promise.all([...byRequest].map(async ([key, texts]) => {
                const verdict = options.store?.get(key) ?? (await follow(new URL(key)));
                options.store?.set(key, verdict);
                for (const text of texts)
                    verdicts.set(text, withFragmentOf(text, verdict));
                options.progress?.(++done, total);
            }));
            return verdicts;
        },
        requests: () => sent,
        close() {
            agents.http.destroy();
            agents.https.destroy();
        },
    };
}
/** A move, with the doubt that keeps it from being written blind. */
function moved(from, to, hops) {
    const frontPage = to.pathname === '/' && to.search === '' && from.pathname !== '/';
    const doubt = frontPage
        ? "it now leads to the site's front page, which usually means the page is gone"
        : GATE_PAGE.test(`${to.pathname}${to.search}`) && !GATE_PAGE.test(`${from.pathname}${from.search}`)
            ? 'it now leads to a sign-in or consent page'
            : undefined;
    return { kind: 'moved', to: to.href, ...(doubt ? { doubt } : {}), hops };
}
/** A moved link keeps its own fragment (`#section`): the server never saw it. */
function withFragmentOf(text, verdict) {
    if (verdict.kind !== 'moved')
        return verdict;
    const hash = checkableUrl(text)?.hash ?? '';
    if (hash === '')
        return verdict;
    const to = new URL(verdict.to);
    if (to.hash === '')
        to.hash = hash;
    return { ...verdict, to: to.href };
}

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
    const count = (form) => forms.set(form, (forms.get(form) ?? 0) + 1);
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
            counts.set(written, (counts.get(written) ?? 0) + 1);
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
        left.set(key(f), (left.get(key(f)) ?? 0) + 1);
    return before.filter((f) => {
        const count = left.get(key(f)) ?? 0;
        if (count > 0)
            left.set(key(f), count - 1);
        return count === 0;
    });
}

const AUDIT_CHECKS = [
    {
        id: 'published',
        severity: 'warning',
        fix: true,
        description: "A paper the list still writes as a preprint has appeared since: arXiv's journal reference or DOI (or Semantic Scholar) names where; the venue and year written in the list's own form.",
    },
    {
        id: 'arxiv-withdrawn',
        severity: 'warning',
        fix: false,
        description: "arXiv's latest version of the paper withdraws it.",
    },
    {
        id: 'link-dead',
        severity: 'warning',
        fix: false,
        description: 'A link answers 404 or 410, or its host does not exist or refuses connections.',
    },
    {
        id: 'link-moved',
        severity: 'warning',
        fix: true,
        description: 'A link redirects for good (301, 308) to a page that answers: the new URL.',
    },
];
const AUDIT_DOCS = 'https://github.com/paperlint/paperlint/blob/main/docs/audit.md';
/** The page explaining a check: a rule's own page, or the audit's section for an audit check. */
function auditDocUrl(id) {
    return AUDIT_CHECKS.some((check) => check.id === id) ? `${AUDIT_DOCS}#${id}` : ruleDocUrl(id);
}

/**
 * Link verdicts kept between runs in one JSON file (the Action's job cache, or any path the CLI is
 * given), so a weekly audit asks again only what it has not settled lately. Only settled verdicts
 * are kept, for a week: a link that answers, or that moved for good. A dead link is asked again
 * every run (it is reported, and should be sure), and a failure that may pass is never kept.
 * A missing, unreadable or foreign file is an empty cache: the links are simply asked.
 */
const FORMAT = 'paperlint-link-cache/1';
const CACHE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
function linkCache(path, now = Date.now()) {
    const kept = new Map();
    try {
        const file = JSON.parse(readFileSync(path, 'utf8'));
        if (file.format === FORMAT && typeof file.links === 'object' && file.links !== null) {
            for (const [url, entry] of Object.entries(file.links)) {
                const fresh = typeof entry?.checkedAt === 'number' && now - entry.checkedAt < CACHE_DAYS * DAY_MS;
                if (fresh && isSettled(entry.verdict))
                    kept.set(url, entry);
            }
        }
    }
    catch {
        // No cache yet, or not one of ours: every link is asked.
    }
    let hits = 0;
    return {
        get(url) {
            const entry = kept.get(url);
            if (!entry)
                return undefined;
            hits++;
            return { ...entry.verdict, cachedAt: entry.checkedAt };
        },
        set(url, verdict) {
            if (isSettled(verdict) && !kept.has(url)) {
                kept.set(url, { verdict: { ...verdict, cachedAt: undefined }, checkedAt: now });
            }
        },
        hits: () => hits,
        save() {
            mkdirSync(dirname(path), { recursive: true });
            const temporary = `${path}.${process.pid}.tmp`;
            writeFileSync(temporary, `${JSON.stringify({ format: FORMAT, links: Object.fromEntries(kept) })}\n`);
            renameSync(temporary, path);
        },
    };
}
/** A verdict worth keeping, in the shape the checker gives (a file edited by hand may not be). */
function isSettled(verdict) {
    if (!verdict || !Array.isArray(verdict.hops))
        return false;
    if (verdict.kind === 'ok')
        return true;
    return verdict.kind === 'moved' && typeof verdict.to === 'string' && checkableUrl(verdict.to) !== undefined;
}

/**
 * The one place paperlint talks to Semantic Scholar: its paper batch API
 * (https://api.semanticscholar.org/api-docs/graph, `POST /paper/batch`), asked for where arXiv papers
 * appeared, as politely as arXiv: up to 500 papers a request, one request at a time, at least 3 s
 * apart, 10 s a request, two retries when it throttles (429) or fails (5xx), after the Retry-After
 * it asks for. When it cannot be reached, one notice: the audit goes on with arXiv's word alone.
 * No key is sent: the public pool is enough for a list's papers once a week.
 */
const DEFAULT_S2_API_URL = 'https://api.semanticscholar.org/graph/v1';
const S2_UNREACHABLE_NOTICE = 'Semantic Scholar not reachable; venues taken from arXiv only';
const BATCH = 500;
const FIELDS = 'venue,year,publicationVenue,externalIds';
/** Most of an answer read: 500 papers' venues are well under 1 MB. */
const MAX_ANSWER = 8 * 1024 * 1024;
/** The wait before a retry when a throttling answer names none. */
const DEFAULT_RETRY_MS = 5000;
class Unreachable extends Error {
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function scholarClient(options) {
    const endpoint = (options.endpoint ?? process.env.S2_API_URL ?? DEFAULT_S2_API_URL).replace(/\/+$/, '');
    const spacingMs = options.spacingMs ?? 3000;
    const timeoutMs = options.timeoutMs ?? 10_000;
    const retries = options.retries ?? 2;
    const maxWaitMs = options.maxWaitMs ?? 30_000;
    const known = new Map();
    let sent = 0;
    let lastAnsweredAt = -Infinity;
    let reachable = true;
    let queue = Promise.resolve();
    async function ask(ids) {
        let wait = 0;
        for (let attempt = 0;; attempt++) {
            await sleep(Math.max(wait, lastAnsweredAt + spacingMs - Date.now(), 0));
            sent++;
            let answer;
            try {
                answer = await post(`${endpoint}/paper/batch?fields=${FIELDS}`, { ids: ids.map((id) => `ARXIV:${id}`) }, timeoutMs);
            }
            catch {
                throw new Unreachable();
            }
            finally {
                lastAnsweredAt = Date.now();
            }
            if (answer.status === 200) {
                const papers = readBatch(answer.body, ids.length);
                if (!papers)
                    throw new Unreachable();
                ids.forEach((id, i) => known.set(id, papers[i]));
                return;
            }
            if (answer.status !== 429 && answer.status < 500)
                throw new Unreachable();
            wait = answer.retryAfter === undefined ? DEFAULT_RETRY_MS : retryAfterMs(answer.retryAfter);
            if (attempt >= retries || wait > maxWaitMs)
                throw new Unreachable();
        }
    }
    const lookup = async (arxivIds) => {
        const task = queue.then(async () => {
            const unasked = [...new Set(arxivIds)].filter((id) => !known.has(id));
            for (let start = 0; reachable && start < unasked.length; start += BATCH) {
                try {
                    await ask(unasked.slice(start, start + BATCH));
                }
                catch (error) {
                    if (!(error instanceof Unreachable))
                        throw error;
                    reachable = false;
                    options.notice(S2_UNREACHABLE_NOTICE);
                }
            }
        });
        queue = task.catch(() => undefined);
        await task;
        const answers = new Map();
        for (const id of arxivIds) {
            const answer = known.get(id);
            if (answer !== undefined)
                answers.set(id, answer);
        }
        return answers;
    };
    return { lookup, requests: () => sent };
}
/** The batch answer: one item per id asked, in order, null for a paper it does not know. */
function readBatch(body, count) {
    let items;
    try {
        items = JSON.parse(body);
    }
    catch {
        return undefined;
    }
    if (!Array.isArray(items) || items.length !== count)
        return undefined;
    return items.map((item) => (typeof item === 'object' && item !== null ? toPaper(item) : null));
}
const text = (value) => (typeof value === 'string' ? value : undefined);
function toPaper(item) {
    const venue = (item.publicationVenue ?? {});
    const external = (item.externalIds ?? {});
    const names = [text(venue.name), ...(Array.isArray(venue.alternate_names) ? venue.alternate_names : [])];
    const dblp = text(external.DBLP);
    const acl = text(external.ACL);
    const doi = text(external.DOI);
    return {
        venue: text(item.venue) ?? '',
        venueNames: names.filter((name) => typeof name === 'string' && name !== ''),
        year: typeof item.year === 'number' && Number.isInteger(item.year) ? item.year : undefined,
        ...(dblp ? { dblp } : {}),
        ...(acl ? { acl } : {}),
        ...(doi ? { doi } : {}),
    };
}
/** One POST of JSON with node:http(s), the whole answer within `timeoutMs`. */
function post(url, payload, timeoutMs) {
    const body = JSON.stringify(payload);
    return new Promise((resolve, reject) => {
        const request = (url.startsWith('https:') ? https : http).request(url, {
            method: 'POST',
            headers: {
                'user-agent': 'paperlint (https://github.com/paperlint/paperlint)',
                'content-type': 'application/json',
                'content-length': Buffer.byteLength(body),
            },
        }, (response) => {
            const chunks = [];
            let size = 0;
            response.on('data', (chunk) => {
                size += chunk.length;
                if (size > MAX_ANSWER)
                    request.destroy(new Error('answer too large'));
                else
                    chunks.push(chunk);
            });
            response.on('error', reject);
            response.on('close', () => reject(new Error('answer cut short')));
            response.on('end', () => {
                const retryAfter = response.headers['retry-after'];
                resolve({
                    status: response.statusCode ?? 0,
                    retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
                    body: Buffer.concat(chunks).toString('utf8'),
                });
            });
        });
        request.on('error', reject);
        const timer = setTimeout(() => request.destroy(new Error('timed out')), timeoutMs);
        request.on('close', () => clearTimeout(timer));
        request.end(body);
    });
}

/**
 * Progress of a long step (thousands of links) in a few lines, not one a link: where it starts, then
 * at most one line every tenth of the way and never two within 15 s, each with the count and an
 * estimate of the time left, and one line at the end.
 */
const QUIET_MS = 15_000;
const STEPS = 10;
/** `about 4 min`, `about 40 s`. */
function duration(ms) {
    const seconds = Math.max(1, Math.round(ms / 1000));
    return seconds < 90 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}
function progress(say, what, now = () => Date.now()) {
    const started = now();
    let lastSaid = started;
    let lastStep = 0;
    return (done, total) => {
        if (total === 0 || done >= total)
            return;
        const step = Math.floor((done / total) * STEPS);
        const at = now();
        if (step <= lastStep || at - lastSaid < QUIET_MS)
            return;
        lastStep = step;
        lastSaid = at;
        const left = ((at - started) / done) * (total - done);
        say(`${what}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} (${Math.floor((done / total) * 100)}%), about ${duration(left)} left.`);
    };
}

/**
 * The outside world an audit asks, as the CLI and the Action set it up: arXiv, Semantic Scholar
 * and the link checker, each only when asked for, with progress and a closing line for the log.
 */
/** Who the link checker says it is: a site owner can find out why it asked. */
const LINK_CHECKER_AGENT = 'paperlint link check (+https://github.com/paperlint/paperlint)';
function openServices(choices) {
    const { say } = choices;
    const arxiv = choices.arxiv ? arxivClient({ notice: say, info: say }) : undefined;
    const scholar = choices.scholar ? scholarClient({ notice: say }) : undefined;
    const cache = choices.links && choices.linkCache !== undefined ? linkCache(choices.linkCache) : undefined;
    const started = Date.now();
    const links = choices.links
        ? linkChecker({
            userAgent: LINK_CHECKER_AGENT,
            store: cache,
            progress: progress(say, 'Links checked'),
        })
        : undefined;
    return {
        papers: arxiv?.lookup,
        scholar: scholar?.lookup,
        links,
        say,
        finish() {
            const asked = [
                arxiv ? `arXiv in ${count(arxiv.requests(), 'request')}` : '',
                scholar ? `Semantic Scholar in ${count(scholar.requests(), 'request')}` : '',
                links
                    ? `the web in ${count(links.requests(), 'request')}${cache ? ` (${count(cache.hits(), 'link')} from the cache)` : ''}`
                    : '',
            ].filter(Boolean);
            if (asked.length > 0)
                say(`Asked ${asked.join(', ')}; ${duration(Date.now() - started)} in all.`);
            cache?.save();
            links?.close();
        },
    };
}

export { AUDIT_CHECKS as A, auditDocUrl as a, audit as b, auditAndFix as c, openServices as o };
