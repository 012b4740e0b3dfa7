/**
 * The one place paperlint talks to arXiv: the query API, asked politely (arXiv's terms: one request
 * at a time, at least 3 s apart), up to 100 ids a request, 10 s a request (reading the answer
 * included), two retries when arXiv is throttling (`Rate exceeded.`) or failing (5xx) or gives no
 * whole answer (see atom.ts), honouring Retry-After; through the proxy the environment names. Ids
 * that cannot be arXiv's are never sent. When arXiv cannot be reached, one notice, and the ids are
 * left unanswered: the rule then says nothing about them.
 *
 * arXiv leaves out of its answer an id it has no paper for, and now and then one it has (a valid
 * empty feed). So an id left out is asked again, with a paper arXiv certainly has (WITNESS): only an
 * answer that holds the witness and still leaves the id out says arXiv has no such paper.
 */
import { StringDecoder } from 'node:string_decoder';
import http from 'node:http';
import https from 'node:https';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { getProxyForUrl } from 'proxy-from-env';
import { FeedReader, type Feed } from './atom.js';
import { canonicalArxivId, isArxivId, type PaperLookup, type PaperRecord } from './record.js';

export const DEFAULT_ARXIV_API_URL = 'https://export.arxiv.org/api/query';
export const UNREACHABLE_NOTICE = 'arXiv not reachable; paper metadata not checked';

/** Most ids in one request. */
const BATCH = 100;
/** arXiv's first new-style paper (April 2007): in every answer that confirms an id is not arXiv's. */
const WITNESS = '0704.0001';

export interface ArxivOptions {
  /** Default: ARXIV_API_URL, else arXiv's own endpoint. */
  readonly endpoint?: string;
  /** Told once when arXiv cannot be reached. */
  readonly notice: (message: string) => void;
  /** Told how long a lookup will take when it needs more than one request (a whole large list). */
  readonly info?: (message: string) => void;
  /** Least time between two requests. */
  readonly spacingMs?: number;
  /** Longest a request may take, answer included. */
  readonly timeoutMs?: number;
  /** Retries of one request when arXiv throttles, fails or gives no whole answer; and of a batch arXiv refuses ids of. */
  readonly retries?: number;
  /** Longest Retry-After waited for; arXiv asking for more is arXiv unavailable. */
  readonly maxWaitMs?: number;
}

export interface ArxivClient {
  readonly lookup: PaperLookup;
  /** Requests sent so far (for the logs and the benchmark). */
  requests(): number;
}

class Unreachable extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function arxivClient(options: ArxivOptions): ArxivClient {
  const endpoint = options.endpoint ?? process.env.ARXIV_API_URL ?? DEFAULT_ARXIV_API_URL;
  const spacingMs = options.spacingMs ?? 3000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 2;
  const maxWaitMs = options.maxWaitMs ?? 30_000;

  /** Every answer so far: a record, or null when arXiv has no such paper. */
  const known = new Map<string, PaperRecord | null>();
  let sent = 0;
  let lastAnsweredAt = -Infinity;
  let reachable = true;
  /** Ids asked for and not yet sent. */
  const waiting = new Set<string>();
  // Requests go one at a time, in order, whoever asks.
  let queue: Promise<unknown> = Promise.resolve();

  /**
   * One request, retried while arXiv throttles or fails or gives no whole answer (one without the
   * witness, when there is one): the feed it answered.
   */
  async function send(ids: readonly string[], witness?: string): Promise<Feed> {
    let wait = 0;
    for (let attempt = 0; ; attempt++) {
      await sleep(Math.max(wait, lastAnsweredAt + spacingMs - Date.now(), 0));
      sent++;
      const url = `${endpoint}?id_list=${ids.map(encodeURIComponent).join(',')}&max_results=${ids.length}`;
      let answer: Answer;
      try {
        answer = await get(url, timeoutMs, ids.length);
      } catch {
        throw new Unreachable();
      } finally {
        // Spaced from the end of one request to the start of the next: never two at once.
        lastAnsweredAt = Date.now();
      }
      const { status, feed } = answer;
      wait = 0;
      if (answer.throttled || status >= 500) {
        wait = retryAfter(answer.retryAfter);
        if (wait > maxWaitMs) throw new Unreachable();
      } else if (feed?.kind === 'error' && (status === 200 || status === 400)) {
        // arXiv refuses a malformed id with an `Error` entry (HTTP 400 today, 200 before).
        return feed;
      } else if (status !== 200) {
        throw new Unreachable();
      } else if (
        feed?.kind === 'papers' &&
        (!witness || feed.records.some((record) => record.id === witness))
      ) {
        return feed;
      }
      if (attempt >= retries) throw new Unreachable();
    }
  }

  /**
   * Asks arXiv about some ids and keeps the records it answers: the ids it left out. An id arXiv
   * refuses as malformed has no paper; the others are asked again, within the retries.
   */
  async function ask(ids: readonly string[], witness?: string): Promise<string[]> {
    let pending = [...ids];
    for (let refused = 0; pending.length > 0; refused++) {
      const feed = await send(pending, witness);
      if (feed.kind === 'papers') {
        const asked = new Set(pending);
        for (const record of feed.records) if (asked.has(record.id)) known.set(record.id, record);
        return pending.filter((id) => !known.has(id));
      }
      const malformed = feed.id;
      if (
        malformed === undefined ||
        malformed === witness ||
        !pending.includes(malformed) ||
        refused >= retries
      ) {
        throw new Unreachable();
      }
      known.set(malformed, null);
      pending = pending.filter((id) => id !== malformed);
    }
    return [];
  }

  const lookup: PaperLookup = async (ids) => {
    for (const id of ids.map(canonicalArxivId)) {
      if (known.has(id)) continue;
      // An id that cannot be arXiv's has no paper there: arXiv need not be asked.
      if (isArxivId(id)) waiting.add(id);
      else known.set(id, null);
    }
    const task = queue.then(async () => {
      // Ids asked for while the previous request was under way or spaced go in one request.
      await sleep(Math.max(0, lastAnsweredAt + spacingMs - Date.now()));
      const unasked = [...waiting].filter((id) => !known.has(id));
      waiting.clear();
      if (!reachable || unasked.length === 0) return;
      const requests = Math.ceil(unasked.length / BATCH);
      if (requests > 1) {
        const seconds = Math.round(((requests - 1) * spacingMs) / 1000);
        options.info?.(
          `Asking arXiv about ${unasked.length} papers in ${requests} requests, ${spacingMs / 1000} s apart (about ${seconds} s).`,
        );
      }
      try {
        const leftOut: string[] = [];
        for (const batch of batches(unasked, BATCH)) leftOut.push(...(await ask(batch)));
        for (const batch of batches(leftOut, BATCH - 1)) {
          const confirmation = batch.includes(WITNESS) ? batch : [...batch, WITNESS];
          for (const id of await ask(confirmation, WITNESS)) known.set(id, null);
        }
      } catch (error) {
        if (!(error instanceof Unreachable)) throw error;
        reachable = false;
        options.notice(UNREACHABLE_NOTICE);
      }
    });
    queue = task.catch(() => undefined);
    await task;
    const answers = new Map<string, PaperRecord | null>();
    for (const id of ids) {
      const answer = known.get(canonicalArxivId(id));
      if (answer !== undefined) answers.set(id, answer);
    }
    return answers;
  };
  return { lookup, requests: () => sent };
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

interface Answer {
  readonly status: number;
  readonly retryAfter: string | undefined;
  /** `Rate exceeded.`: arXiv's throttling, in plain text, whatever the status. */
  readonly throttled: boolean;
  /** Undefined when the answer was not one whole feed. */
  readonly feed: Feed | undefined;
}

/**
 * Most of an answer read: 100 records are about 300 kB, 100 papers of a large collaboration a few
 * MB. Past it, the connection is closed and there is no answer.
 */
const MAX_ANSWER = 20 * 1024 * 1024;

/**
 * One GET with node:http(s), the answer read as it arrives and whole within `timeoutMs`. (Not fetch:
 * its first use loads a second HTTP stack, 80-100 ms of a run that otherwise takes a few hundred.)
 */
function get(url: string, timeoutMs: number, ids: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // Ends the connection to a proxy still opening its tunnel, which the request cannot reach.
    const abort = new AbortController();
    const request = (url.startsWith('https:') ? https : http).get(
      url,
      {
        headers: { 'user-agent': 'paperlint (https://github.com/paperlint/paperlint)' },
        agent: proxyAgent(url, abort.signal),
      },
      (response) => {
        const decoder = new StringDecoder('utf8');
        const reader = new FeedReader(ids);
        /** The answer's first characters, where throttling says so. */
        let start = '';
        let size = 0;
        const read = (text: string) => {
          if (start.length < START) start += text.slice(0, START - start.length);
          reader.write(text);
        };
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER) request.destroy(new Error('answer too large'));
          else read(decoder.write(chunk));
        });
        response.on('error', reject);
        // Closed without its end (a connection cut mid-answer): no answer. After the end, a no-op.
        response.on('close', () => reject(new Error('answer cut short')));
        response.on('end', () => {
          read(decoder.end());
          const retryAfter = response.headers['retry-after'];
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
            throttled: /^\s*Rate exceeded\./.test(start),
            feed: reader.end(),
          });
        });
      },
    );
    request.on('error', reject);
    const timer = setTimeout(() => {
      const late = new Error('timed out');
      abort.abort(late);
      request.destroy(late);
      reject(late);
    }, timeoutMs);
    request.on('close', () => clearTimeout(timer));
  });
}

const START = 64;

/**
 * The agent through the proxy the environment names for `url` (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY;
 * not for a host in NO_PROXY; lower case first), as curl reads them: CONNECT for an https URL, a
 * forwarded request for an http one, and a proxy named without a scheme is an HTTP proxy. An
 * invalid proxy URL throws: no request, arXiv not reachable.
 */
function proxyAgent(url: string, signal: AbortSignal): http.Agent | undefined {
  const named = getProxyForUrl(url);
  if (!named) return undefined;
  // proxy-from-env gives a proxy without a scheme the scheme of the URL asked for.
  const written = PROXY_VARIABLES.some((name) => process.env[name] === named);
  const proxy = new URL(written ? named : named.replace(/^[a-z]+:\/\//, 'http://'));
  return url.startsWith('https:')
    ? new HttpsProxyAgent(proxy, { signal })
    : new HttpProxyAgent(proxy, { signal });
}

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'all_proxy', 'ALL_PROXY'];

/** Retry-After in milliseconds: seconds, or an HTTP date; none means no wait beyond the spacing. */
function retryAfter(header: string | undefined): number {
  if (!header) return 0;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 0 : Math.max(0, date - Date.now());
}
