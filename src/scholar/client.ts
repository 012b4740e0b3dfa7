/**
 * The one place paperlint talks to Semantic Scholar: its paper batch API
 * (https://api.semanticscholar.org/api-docs/graph, `POST /paper/batch`), asked for where arXiv papers
 * appeared, as politely as arXiv: up to 500 papers a request, one request at a time, at least 3 s
 * apart, 10 s a request, two retries when it throttles (429) or fails (5xx), after the Retry-After
 * it asks for. When it cannot be reached, one notice: the audit goes on with arXiv's word alone.
 * No key is sent: the public pool is enough for a list's papers once a week.
 */
import http from 'node:http';
import https from 'node:https';
import { retryAfterMs } from '../net/retry-after.js';

export const DEFAULT_S2_API_URL = 'https://api.semanticscholar.org/graph/v1';
export const S2_UNREACHABLE_NOTICE = 'Semantic Scholar not reachable; venues taken from arXiv only';

/** What Semantic Scholar says of where a paper appeared. */
export interface ScholarPaper {
  /** Its `venue` as written there: often the full name (`International Conference on Learning Representations`). */
  readonly venue: string;
  /** The venue's names: its `publicationVenue` name and alternate names (`ICLR`, …). */
  readonly venueNames: readonly string[];
  readonly year: number | undefined;
  /** Keys naming the publication itself: DBLP (`conf/iclr/HuSWALWWC22`), ACL Anthology, DOI. */
  readonly dblp?: string;
  readonly acl?: string;
  readonly doi?: string;
}

/** Papers by arXiv id: null when Semantic Scholar has none, absent when it could not be asked. */
export type ScholarLookup = (
  arxivIds: readonly string[],
) => Promise<ReadonlyMap<string, ScholarPaper | null>>;

export interface ScholarOptions {
  /** Default: S2_API_URL, else the public endpoint. */
  readonly endpoint?: string;
  readonly notice: (message: string) => void;
  readonly spacingMs?: number;
  readonly timeoutMs?: number;
  readonly retries?: number;
  /** Longest wait for a retry; longer means unavailable. */
  readonly maxWaitMs?: number;
}

export interface ScholarClient {
  readonly lookup: ScholarLookup;
  requests(): number;
}

const BATCH = 500;
const FIELDS = 'venue,year,publicationVenue,externalIds';
/** Most of an answer read: 500 papers' venues are well under 1 MB. */
const MAX_ANSWER = 8 * 1024 * 1024;
/** The wait before a retry when a throttling answer names none. */
const DEFAULT_RETRY_MS = 5000;

class Unreachable extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function scholarClient(options: ScholarOptions): ScholarClient {
  const endpoint = (options.endpoint ?? process.env.S2_API_URL ?? DEFAULT_S2_API_URL).replace(/\/+$/, '');
  const spacingMs = options.spacingMs ?? 3000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 2;
  const maxWaitMs = options.maxWaitMs ?? 30_000;
  const known = new Map<string, ScholarPaper | null>();
  let sent = 0;
  let lastAnsweredAt = -Infinity;
  let reachable = true;
  let queue: Promise<unknown> = Promise.resolve();

  async function ask(ids: readonly string[]): Promise<void> {
    let wait = 0;
    for (let attempt = 0; ; attempt++) {
      await sleep(Math.max(wait, lastAnsweredAt + spacingMs - Date.now(), 0));
      sent++;
      let answer: Answer;
      try {
        answer = await post(
          `${endpoint}/paper/batch?fields=${FIELDS}`,
          { ids: ids.map((id) => `ARXIV:${id}`) },
          timeoutMs,
        );
      } catch {
        throw new Unreachable();
      } finally {
        lastAnsweredAt = Date.now();
      }
      if (answer.status === 200) {
        const papers = readBatch(answer.body, ids.length);
        if (!papers) throw new Unreachable();
        ids.forEach((id, i) => known.set(id, papers[i]));
        return;
      }
      if (answer.status !== 429 && answer.status < 500) throw new Unreachable();
      wait = answer.retryAfter === undefined ? DEFAULT_RETRY_MS : retryAfterMs(answer.retryAfter);
      if (attempt >= retries || wait > maxWaitMs) throw new Unreachable();
    }
  }

  const lookup: ScholarLookup = async (arxivIds) => {
    const task = queue.then(async () => {
      const unasked = [...new Set(arxivIds)].filter((id) => !known.has(id));
      for (let start = 0; reachable && start < unasked.length; start += BATCH) {
        try {
          await ask(unasked.slice(start, start + BATCH));
        } catch (error) {
          if (!(error instanceof Unreachable)) throw error;
          reachable = false;
          options.notice(S2_UNREACHABLE_NOTICE);
        }
      }
    });
    queue = task.catch(() => undefined);
    await task;
    const answers = new Map<string, ScholarPaper | null>();
    for (const id of arxivIds) {
      const answer = known.get(id);
      if (answer !== undefined) answers.set(id, answer);
    }
    return answers;
  };
  return { lookup, requests: () => sent };
}

/** The batch answer: one item per id asked, in order, null for a paper it does not know. */
function readBatch(body: string, count: number): (ScholarPaper | null)[] | undefined {
  let items: unknown;
  try {
    items = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!Array.isArray(items) || items.length !== count) return undefined;
  return items.map((item) => (typeof item === 'object' && item !== null ? toPaper(item) : null));
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function toPaper(item: Record<string, unknown>): ScholarPaper {
  const venue = (item.publicationVenue ?? {}) as Record<string, unknown>;
  const external = (item.externalIds ?? {}) as Record<string, unknown>;
  const names = [text(venue.name), ...(Array.isArray(venue.alternate_names) ? venue.alternate_names : [])];
  const dblp = text(external.DBLP);
  const acl = text(external.ACL);
  const doi = text(external.DOI);
  return {
    venue: text(item.venue) ?? '',
    venueNames: names.filter((name): name is string => typeof name === 'string' && name !== ''),
    year: typeof item.year === 'number' && Number.isInteger(item.year) ? item.year : undefined,
    ...(dblp ? { dblp } : {}),
    ...(acl ? { acl } : {}),
    ...(doi ? { doi } : {}),
  };
}

interface Answer {
  readonly status: number;
  readonly retryAfter: string | undefined;
  readonly body: string;
}

/** One POST of JSON with node:http(s), the whole answer within `timeoutMs`. */
function post(url: string, payload: unknown, timeoutMs: number): Promise<Answer> {
  const body = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const request = (url.startsWith('https:') ? https : http).request(
      url,
      {
        method: 'POST',
        headers: {
          'user-agent': 'paperlint (https://github.com/paperlint/paperlint)',
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER) request.destroy(new Error('answer too large'));
          else chunks.push(chunk);
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
      },
    );
    request.on('error', reject);
    const timer = setTimeout(() => request.destroy(new Error('timed out')), timeoutMs);
    request.on('close', () => clearTimeout(timer));
    request.end(body);
  });
}
