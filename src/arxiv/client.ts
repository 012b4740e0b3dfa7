/**
 * The one place paperlint talks to arXiv: the query API, asked politely (arXiv's terms: one request
 * at a time, at least 3 s apart), up to 100 ids a request, 10 s a request, two retries when arXiv
 * is throttling (`Rate exceeded.`) or failing (5xx), honouring Retry-After. When arXiv cannot be
 * reached, one notice, and the ids are left unanswered: the rule then says nothing about them.
 */
import http from 'node:http';
import https from 'node:https';
import { parseFeed } from './atom.js';
import { canonicalArxivId, type PaperLookup, type PaperRecord } from './record.js';

export const DEFAULT_ARXIV_API_URL = 'https://export.arxiv.org/api/query';
export const UNREACHABLE_NOTICE = 'arXiv not reachable; paper metadata not checked';

/** Most ids in one request. */
const BATCH = 100;

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
  /** Retries of one request when arXiv throttles or fails. */
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

  /** One request, retried while arXiv throttles or fails: the answer's text. */
  async function send(ids: readonly string[]): Promise<string> {
    let wait = 0;
    for (let attempt = 0; ; attempt++) {
      await sleep(Math.max(wait, lastAnsweredAt + spacingMs - Date.now(), 0));
      sent++;
      const url = `${endpoint}?id_list=${ids.map(encodeURIComponent).join(',')}&max_results=${ids.length}`;
      let answer: Answer;
      try {
        answer = await get(url, timeoutMs);
      } catch {
        throw new Unreachable();
      } finally {
        // Spaced from the end of one request to the start of the next: never two at once.
        lastAnsweredAt = Date.now();
      }
      const throttled = /^\s*Rate exceeded\./.test(answer.body);
      if (!throttled && answer.status < 500) {
        if (answer.status !== 200) throw new Unreachable();
        return answer.body;
      }
      wait = retryAfter(answer.retryAfter);
      if (attempt >= retries || wait > maxWaitMs) throw new Unreachable();
    }
  }

  /** Asks arXiv for ids it was not asked before; a malformed id is set aside and the rest asked again. */
  async function ask(ids: readonly string[]): Promise<void> {
    let pending = [...ids];
    while (pending.length > 0) {
      const feed = parseFeed(await send(pending));
      if (!feed) throw new Unreachable();
      if (feed.kind === 'error') {
        const malformed = feed.id;
        if (malformed === undefined || !pending.includes(malformed)) throw new Unreachable();
        known.set(malformed, null);
        pending = pending.filter((id) => id !== malformed);
        continue;
      }
      for (const record of feed.records) if (pending.includes(record.id)) known.set(record.id, record);
      // arXiv leaves out an id it does not have: the answer for it is "no such paper".
      for (const id of pending) if (!known.has(id)) known.set(id, null);
      pending = [];
    }
  }

  const lookup: PaperLookup = async (ids) => {
    for (const id of ids.map(canonicalArxivId)) if (!known.has(id)) waiting.add(id);
    const task = queue.then(async () => {
      // Ids asked for while the previous request was under way or spaced go in one request.
      await sleep(Math.max(0, lastAnsweredAt + spacingMs - Date.now()));
      const unasked = [...waiting].filter((id) => !known.has(id));
      waiting.clear();
      const requests = Math.ceil(unasked.length / BATCH);
      if (requests > 1) {
        const seconds = Math.round(((requests - 1) * spacingMs) / 1000);
        options.info?.(
          `Asking arXiv about ${unasked.length} papers in ${requests} requests, ${spacingMs / 1000} s apart (about ${seconds} s).`,
        );
      }
      for (let start = 0; reachable && start < unasked.length; start += BATCH) {
        try {
          await ask(unasked.slice(start, start + BATCH));
        } catch (error) {
          if (!(error instanceof Unreachable)) throw error;
          reachable = false;
          options.notice(UNREACHABLE_NOTICE);
        }
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

interface Answer {
  readonly status: number;
  readonly retryAfter: string | undefined;
  readonly body: string;
}

/** Most of an answer read: 100 records are about 300 kB. */
const MAX_ANSWER = 20 * 1024 * 1024;

/**
 * One GET with node:http(s), whole answer within `timeoutMs`. (Not fetch: its first use loads a
 * second HTTP stack, 80-100 ms of a run that otherwise takes a few hundred.)
 */
function get(url: string, timeoutMs: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = (url.startsWith('https:') ? https : http).get(
      url,
      { headers: { 'user-agent': 'paperlint (https://github.com/paperlint/paperlint)' } },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER) request.destroy(new Error('answer too large'));
          else chunks.push(chunk);
        });
        response.on('error', reject);
        // Closed without its end (a connection cut mid-answer): no answer. After the end, a no-op.
        response.on('close', () => reject(new Error('answer cut short')));
        response.on('end', () => {
          const retryAfter = response.headers['retry-after'];
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    request.on('error', reject);
    const timer = setTimeout(() => request.destroy(new Error('timed out')), timeoutMs);
    request.on('close', () => clearTimeout(timer));
  });
}

/** Retry-After in milliseconds: seconds, or an HTTP date; none means no wait beyond the spacing. */
function retryAfter(header: string | undefined): number {
  if (!header) return 0;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 0 : Math.max(0, date - Date.now());
}
