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
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { retryAfterMs } from '../net/retry-after.js';
import { NoAnswer, requestHeaders, type HeadersAnswer } from './request.js';
import { slots } from './slots.js';

/** One request the checker made, as the report quotes it. */
export interface Hop {
  readonly method: 'HEAD' | 'GET';
  readonly url: string;
  readonly status: number;
}

/** When the verdict was reached, if in an earlier run (it comes from the cache). */
interface Cached {
  readonly cachedAt?: number;
}

export type LinkVerdict =
  | ({ readonly kind: 'ok'; readonly hops: readonly Hop[] } & Cached)
  | ({
      readonly kind: 'moved';
      readonly to: string;
      /** Why the new URL should not be written without a look (a front page, a sign-in page). */
      readonly doubt?: string;
      readonly hops: readonly Hop[];
    } & Cached)
  | ({ readonly kind: 'dead'; readonly reason: string; readonly hops: readonly Hop[] } & Cached)
  | ({ readonly kind: 'unchecked'; readonly reason: string; readonly hops: readonly Hop[] } & Cached);

/** Verdicts kept between runs (the cache): the settled ones, never a failure that may pass. */
export interface VerdictStore {
  get(url: string): LinkVerdict | undefined;
  set(url: string, verdict: LinkVerdict): void;
}

export interface LinkCheckerOptions {
  readonly userAgent: string;
  readonly perHost?: number;
  readonly overall?: number;
  readonly timeoutMs?: number;
  readonly maxRedirects?: number;
  /** The longest `Retry-After` waited for; a host asking for more is "could not check". */
  readonly maxRetryAfterMs?: number;
  readonly store?: VerdictStore;
  /** Told after each link is settled: how many are, of how many. */
  readonly progress?: (done: number, total: number) => void;
  readonly lookup?: LookupFunction;
}

export interface LinkChecker {
  /** The verdict on each link (by the URL as given). */
  check(urls: readonly string[]): Promise<ReadonlyMap<string, LinkVerdict>>;
  /** Requests sent so far. */
  requests(): number;
  /** Lets go of the open connections. */
  close(): void;
}

const PERMANENT = new Set([301, 308]);
const REDIRECT = new Set([301, 302, 303, 307, 308]);
/** A page that stands in for the one asked for: signing in, accepting cookies. */
const GATE_PAGE = /\/(?:log-?in|sign-?in|signon|sso|auth(?:orize)?|consent|cookies?)(?:[/?.#]|$)/i;

/** The URL as requested: the fragment is the browser's, never sent. */
function withoutFragment(url: URL): URL {
  const copy = new URL(url);
  copy.hash = '';
  return copy;
}

/** Whether a link can be asked at all, and the URL to ask. */
export function checkableUrl(text: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}

export function linkChecker(options: LinkCheckerOptions): LinkChecker {
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
  async function once(url: URL, method: 'HEAD' | 'GET'): Promise<HeadersAnswer> {
    for (let attempt = 0; ; attempt++) {
      const release = await limits.acquire(url.host);
      let answer: HeadersAnswer;
      try {
        sent++;
        answer = await requestHeaders(url, {
          method,
          timeoutMs,
          userAgent: options.userAgent,
          agents,
          lookup: options.lookup,
        });
      } finally {
        release();
      }
      const wait = retryAfterMs(answer.retryAfter);
      const asksToWait = (answer.status === 429 || answer.status === 503) && answer.retryAfter !== undefined;
      if (!asksToWait || attempt > 0 || wait > maxRetryAfterMs) return answer;
      limits.holdOff(url.host, Date.now() + wait);
    }
  }

  /** HEAD, or GET where the server will not answer HEAD (405, 501, and the many that get it wrong). */
  async function ask(url: URL, hops: Hop[]): Promise<HeadersAnswer> {
    const head = await once(url, 'HEAD');
    hops.push({ method: 'HEAD', url: url.href, status: head.status });
    if (head.status < 400 || head.status === 429) return head;
    const get = await once(url, 'GET');
    hops.push({ method: 'GET', url: url.href, status: get.status });
    return get;
  }

  async function follow(start: URL): Promise<LinkVerdict> {
    const hops: Hop[] = [];
    if (start.username || start.password) {
      return { kind: 'unchecked', reason: 'the link carries a user name or password: not asked', hops };
    }
    const seen = new Set([start.href]);
    let url = start;
    /** Where the unbroken run of permanent redirects from the link leads, if it has begun. */
    let movedTo: URL | undefined;
    let permanentSoFar = true;
    for (let redirects = 0; ; redirects++) {
      let answer: HeadersAnswer;
      try {
        answer = await ask(url, hops);
      } catch (error) {
        if (!(error instanceof NoAnswer)) throw error;
        return error.dead
          ? { kind: 'dead', reason: error.message, hops }
          : { kind: 'unchecked', reason: error.message, hops };
      }
      const { status } = answer;
      if (REDIRECT.has(status) && answer.location !== undefined) {
        let next: URL;
        try {
          next = withoutFragment(new URL(answer.location, url));
        } catch {
          return { kind: 'unchecked', reason: `HTTP ${status} to an address that is not one`, hops };
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          return { kind: 'unchecked', reason: `HTTP ${status} to a ${next.protocol} address`, hops };
        }
        if (next.username || next.password) {
          return { kind: 'unchecked', reason: `HTTP ${status} to an address with a password`, hops };
        }
        if (seen.has(next.href)) return { kind: 'unchecked', reason: 'redirect loop', hops };
        if (redirects >= maxRedirects) {
          return { kind: 'unchecked', reason: `more than ${maxRedirects} redirects`, hops };
        }
        permanentSoFar &&= PERMANENT.has(status);
        if (permanentSoFar) movedTo = next;
        seen.add(next.href);
        url = next;
        continue;
      }
      if (status >= 200 && status < 300) {
        return movedTo && movedTo.href !== start.href ? moved(start, movedTo, hops) : { kind: 'ok', hops };
      }
      if (status === 404 || status === 410) return { kind: 'dead', reason: `HTTP ${status}`, hops };
      return { kind: 'unchecked', reason: `HTTP ${status}`, hops };
    }
  }

  return {
    async check(urls) {
      const verdicts = new Map<string, LinkVerdict>();
      const byRequest = new Map<string, string[]>();
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
      await Promise.all(
        [...byRequest].map(async ([key, texts]) => {
          const verdict = options.store?.get(key) ?? (await follow(new URL(key)));
          options.store?.set(key, verdict);
          for (const text of texts) verdicts.set(text, withFragmentOf(text, verdict));
          options.progress?.(++done, total);
        }),
      );
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
function moved(from: URL, to: URL, hops: readonly Hop[]): LinkVerdict {
  const frontPage = to.pathname === '/' && to.search === '' && from.pathname !== '/';
  const doubt = frontPage
    ? "it now leads to the site's front page, which usually means the page is gone"
    : GATE_PAGE.test(`${to.pathname}${to.search}`) && !GATE_PAGE.test(`${from.pathname}${from.search}`)
      ? 'it now leads to a sign-in or consent page'
      : undefined;
  return { kind: 'moved', to: to.href, ...(doubt ? { doubt } : {}), hops };
}

/** A moved link keeps its own fragment (`#section`): the server never saw it. */
function withFragmentOf(text: string, verdict: LinkVerdict): LinkVerdict {
  if (verdict.kind !== 'moved') return verdict;
  const hash = checkableUrl(text)?.hash ?? '';
  if (hash === '') return verdict;
  const to = new URL(verdict.to);
  if (to.hash === '') to.hash = hash;
  return { ...verdict, to: to.href };
}
