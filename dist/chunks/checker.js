import { a as http } from './_builtin_http.js';
import { a as https } from './_builtin_https.js';

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

export { checkableUrl as c, linkChecker as l, retryAfterMs as r };
