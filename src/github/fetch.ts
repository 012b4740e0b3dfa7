/**
 * The fetch Octokit is given for the Action's requests to GitHub (not behind a proxy: client.ts), on
 * node:http(s). Node's own fetch is undici, a second HTTP stack that its first request loads and
 * compiles: on a review's ten requests to GitHub, more time than the requests took, and all of it
 * before the first one went out.
 *
 * What Octokit asks of a fetch, kept as fetch keeps it: the method, headers and body it is given;
 * redirects followed (at most 20; a 303, or a 301 or 302 to a POST, is followed with a GET and no
 * body; the token, and any credentials, are not sent on to another origin); gzip, deflate and br
 * answers asked for and decoded; the signal aborts the request or the reading of its answer with an
 * AbortError; a request that gets no answer fails with a TypeError whose cause is the system's
 * error (`connect ECONNREFUSED …`); text is decoded as UTF-8 (a byte-order mark dropped, a byte that
 * is not UTF-8 replaced), and arrayBuffer gives the bytes as they came.
 */
import type http from 'node:http';

/** The part of fetch's answer Octokit reads. */
export interface FetchAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly url: string;
  readonly redirected: boolean;
  readonly headers: AnswerHeaders;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
  json(): Promise<unknown>;
}

/** An answer's headers, names in lower case, as fetch's Headers reads them. */
export class AnswerHeaders {
  private readonly values = new Map<string, string>();

  constructor(headers: http.IncomingHttpHeaders) {
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined) this.values.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
  }

  get(name: string): string | null {
    return this.values.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.values.has(name.toLowerCase());
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.values.entries();
  }
}

/** What Octokit's request passes to fetch. */
export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | null;
  redirect?: 'follow' | 'manual' | 'error';
  signal?: AbortSignal | null;
}

const MAX_REDIRECTS = 20;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Headers a redirect to another origin does not carry on (fetch's list). */
const CREDENTIALS = ['authorization', 'cookie', 'proxy-authorization'];
/** Headers that describe a body: dropped when a redirect turns the request into a GET. */
const BODY_HEADERS = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'content-location',
];
const ACCEPTED_ENCODINGS = 'gzip, deflate, br';

export async function nodeFetch(url: string, init: FetchInit = {}): Promise<FetchAnswer> {
  let method = (init.method ?? 'GET').toUpperCase();
  let body = init.body ?? undefined;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value;
  headers['accept-encoding'] ??= ACCEPTED_ENCODINGS;
  let at = new URL(url);
  for (let redirects = 0; ; redirects++) {
    const answer = await send(at, method, headers, body, init.signal ?? undefined);
    const location = answer.headers.location;
    if (!REDIRECTS.has(answer.statusCode ?? 0) || location === undefined || init.redirect === 'manual') {
      return readAnswer(answer, at, redirects > 0, init.signal ?? undefined);
    }
    answer.resume(); // the redirect's own body is not read
    if (init.redirect === 'error')
      throw new TypeError('fetch failed', { cause: new Error('unexpected redirect') });
    if (redirects === MAX_REDIRECTS)
      throw new TypeError('fetch failed', { cause: new Error('redirect count exceeded') });
    const next = new URL(location, at);
    if (next.origin !== at.origin) for (const name of CREDENTIALS) delete headers[name];
    const status = answer.statusCode;
    if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
      method = 'GET';
      body = undefined;
      for (const name of BODY_HEADERS) delete headers[name];
    }
    at = next;
  }
}

/**
 * node:https or node:http, loaded by the first request that asks for it (TLS, most of the loading,
 * is not loaded before a request to an https URL).
 */
async function transport(url: URL): Promise<Pick<typeof http, 'request'>> {
  if (url.protocol === 'https:') return (await import('node:https')).default;
  if (url.protocol === 'http:') return (await import('node:http')).default;
  throw new TypeError('fetch failed', { cause: new Error(`cannot fetch ${url.protocol} URLs`) });
}

/** Sends one request; resolves with the answer as soon as its head has come. */
async function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | Uint8Array | undefined,
  signal: AbortSignal | undefined,
): Promise<http.IncomingMessage> {
  const { request: requestOf } = await transport(url);
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(aborted(signal));
      return;
    }
    const sent = body === undefined ? undefined : typeof body === 'string' ? Buffer.from(body) : body;
    const request = requestOf(url, {
      method,
      headers: sent === undefined ? headers : { ...headers, 'content-length': String(sent.byteLength) },
    });
    const onAbort = () => request.destroy(aborted(signal!));
    signal?.addEventListener('abort', onAbort, { once: true });
    request.on('response', (answer) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(answer);
    });
    request.on('error', (error) => {
      signal?.removeEventListener('abort', onAbort);
      reject(error.name === 'AbortError' ? error : new TypeError('fetch failed', { cause: error }));
    });
    request.end(sent);
  });
}

function aborted(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error && reason.name === 'AbortError'
    ? reason
    : new DOMException('This operation was aborted', 'AbortError');
}

/** The answer with its body read whole (decoded when it came compressed), before it is handed on. */
async function readAnswer(
  answer: http.IncomingMessage,
  url: URL,
  redirected: boolean,
  signal: AbortSignal | undefined,
): Promise<FetchAnswer> {
  const bytes = await readBody(answer, signal);
  const status = answer.statusCode ?? 0;
  const text = () => new TextDecoder('utf-8').decode(bytes);
  return {
    status,
    statusText: answer.statusMessage ?? '',
    ok: status >= 200 && status < 300,
    url: url.href,
    redirected,
    headers: new AnswerHeaders(answer.headers),
    text: async () => text(),
    json: async () => JSON.parse(text()) as unknown,
    arrayBuffer: async () => new Uint8Array(bytes).buffer,
  };
}

function readBody(answer: http.IncomingMessage, signal: AbortSignal | undefined): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const onAbort = () => answer.destroy(aborted(signal!));
    signal?.addEventListener('abort', onAbort, { once: true });
    // Aborted between the answer's head and this reading of its body.
    if (signal?.aborted) onAbort();
    const done = () => signal?.removeEventListener('abort', onAbort);
    const chunks: Buffer[] = [];
    let ended = false;
    answer.on('data', (chunk: Buffer) => chunks.push(chunk));
    answer.on('error', (error) => {
      done();
      reject(error.name === 'AbortError' ? error : new TypeError('fetch failed', { cause: error }));
    });
    // Closed without its end: a connection cut mid-answer.
    answer.on('close', () => {
      done();
      if (!ended) reject(new TypeError('fetch failed', { cause: new Error('the answer was cut short') }));
    });
    answer.on('end', () => {
      ended = true;
      done();
      decoded(Buffer.concat(chunks), answer.headers['content-encoding']).then(resolve, reject);
    });
  });
}

/** The body as sent, undone of the encodings it names (last applied first). zlib loads only for one. */
async function decoded(bytes: Buffer, encoding: string | undefined): Promise<Buffer> {
  const codings = (encoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length === 0) return bytes;
  const zlib = await import('node:zlib');
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') bytes = zlib.gunzipSync(bytes);
    // `deflate` is meant to be zlib's format; some servers send the raw stream, which fetch reads too.
    else if (coding === 'deflate')
      bytes = (bytes[0] & 0x0f) === 8 ? zlib.inflateSync(bytes) : zlib.inflateRawSync(bytes);
    else if (coding === 'br') bytes = zlib.brotliDecompressSync(bytes);
    else throw new TypeError('fetch failed', { cause: new Error(`unknown content encoding ${coding}`) });
  }
  return bytes;
}
