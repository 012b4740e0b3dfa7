import { arxivClient } from './client.js';
import { readFileSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { c as checkableUrl, r as retryAfterMs, l as linkChecker } from './checker.js';
import { q as count } from './format.js';
import { a as http } from './_builtin_http.js';
import { a as https } from './_builtin_https.js';
import 'node:string_decoder';
import 'net';
import './_builtin_tls.js';
import 'node:module';
import './_commonjsHelpers.js';
import 'tty';
import 'util';
import 'os';
import 'events';
import 'url';
import 'assert';
import './record.js';

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

export { openServices };
