/**
 * The part of fetch that Octokit uses, on Node's http and https modules: a method, headers, a body,
 * an abort signal, redirects followed as fetch follows them; an answer's status, headers and body
 * (gzip or deflate decoded). Node's own fetch loads its copy of undici at the first request, which
 * cost the Action's cold start more than all else it loads before that request; these modules
 * are loaded already. Used only where no proxy applies (github/client.ts).
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createRequire } from 'node:module';

const MAX_REDIRECTS = 20;
/** Headers that must not follow a redirect to another origin: the token stays with GitHub. */
const CREDENTIALS = ['authorization', 'cookie', 'proxy-authorization'];
const BODY_HEADERS = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'content-location',
];

export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | null;
  redirect?: 'follow' | 'error' | 'manual';
  signal?: AbortSignal | null;
}

/** An answer's headers as fetch's Headers reads them: names in lower case, repeated ones joined. */
export class AnswerHeaders implements Iterable<[string, string]> {
  private readonly values = new Map<string, string>();

  constructor(raw: IncomingMessage['headers']) {
    for (const [name, value] of Object.entries(raw)) {
      if (value !== undefined) this.values.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
  }

  get(name: string): string | null {
    return this.values.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.values.has(name.toLowerCase());
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return [...this.values].sort(([a], [b]) => (a < b ? -1 : 1))[Symbol.iterator]();
  }
}

export class Answer {
  readonly ok: boolean;
  /** Octokit reads the body with text() or arrayBuffer(); a stream of it is not kept. */
  readonly body = null;

  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly url: string,
    readonly headers: AnswerHeaders,
    private readonly bytes: Promise<Buffer>,
  ) {
    this.ok = status >= 200 && status < 300;
    bytes.catch(() => undefined); // a body nobody reads may fail unheard
  }

  /** The body as UTF-8, a byte order mark dropped, as fetch's text() reads it. */
  async text(): Promise<string> {
    return new TextDecoder().decode(await this.bytes);
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.bytes;
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
}

const abortError = (signal: AbortSignal): unknown =>
  signal.reason ?? new DOMException('This operation was aborted', 'AbortError');

/** A failure to get an answer, as fetch reports it: a TypeError whose cause says why. */
const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });

/** zlib, loaded for the first compressed answer only. */
let zlib: typeof import('node:zlib') | undefined;
const require = createRequire(import.meta.url);

/** The answer's body, whole, decoded as its Content-Encoding says. */
function readBody(answer: IncomingMessage): Promise<Buffer> {
  const encoding = (answer.headers['content-encoding'] ?? '').trim().toLowerCase();
  let stream: NodeJS.ReadableStream = answer;
  if (encoding === 'gzip' || encoding === 'x-gzip' || encoding === 'deflate') {
    zlib ??= require('node:zlib') as typeof import('node:zlib');
    // As fetch does: a truncated gzip body still gives what it holds.
    const options = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
    const decoder = encoding === 'deflate' ? zlib.createInflate(options) : zlib.createGunzip(options);
    answer.on('error', (error) => decoder.destroy(error));
    stream = answer.pipe(decoder);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', (error) => reject(fetchFailed(error)));
    answer.on('close', () => {
      if (!answer.complete) reject(fetchFailed(new Error('the connection closed before the answer ended')));
    });
  });
}

function once(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: Buffer | undefined,
  signal?: AbortSignal | null,
) {
  return new Promise<IncomingMessage>((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(url, { method, headers }, resolve);
    request.on('error', (error) => reject(signal?.aborted ? abortError(signal) : fetchFailed(error)));
    if (signal) {
      const onAbort = () => request.destroy(abortError(signal) as Error);
      signal.addEventListener('abort', onAbort, { once: true });
      request.on('close', () => signal.removeEventListener('abort', onAbort));
    }
    request.end(body);
  });
}

export async function httpFetch(input: string | URL, init: FetchInit = {}): Promise<Answer> {
  const { signal } = init;
  if (signal?.aborted) throw abortError(signal);
  let url = new URL(input);
  let method = (init.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value;
  headers['accept-encoding'] ??= 'gzip, deflate';
  let body =
    init.body === undefined || init.body === null
      ? undefined
      : typeof init.body === 'string'
        ? Buffer.from(init.body)
        : Buffer.from(init.body.buffer, init.body.byteOffset, init.body.byteLength);
  for (let redirects = 0; ; redirects++) {
    if (body !== undefined) headers['content-length'] = String(body.byteLength);
    else if (method !== 'GET' && method !== 'HEAD') headers['content-length'] = '0';
    const answer = await once(url, method, headers, body, signal);
    const status = answer.statusCode ?? 0;
    const location = answer.headers.location;
    if ([301, 302, 303, 307, 308].includes(status) && location !== undefined && init.redirect !== 'manual') {
      answer.resume();
      if (init.redirect === 'error') throw fetchFailed(new Error(`a redirect to ${location}`));
      if (redirects >= MAX_REDIRECTS) throw fetchFailed(new Error('redirect count exceeded'));
      const next = new URL(location, url);
      if (next.origin !== url.origin) for (const name of CREDENTIALS) delete headers[name];
      // As fetch: a 303, or a 301 or 302 answering a POST, is followed with a GET and no body.
      if (
        (status === 303 && method !== 'GET' && method !== 'HEAD') ||
        ((status === 301 || status === 302) && method === 'POST')
      ) {
        method = 'GET';
        body = undefined;
        for (const name of BODY_HEADERS) delete headers[name];
      }
      url = next;
      continue;
    }
    const bytes =
      method === 'HEAD' || status === 204 || status === 304
        ? (answer.resume(), Promise.resolve(Buffer.alloc(0)))
        : readBody(answer);
    return new Answer(status, answer.statusMessage ?? '', url.href, new AnswerHeaders(answer.headers), bytes);
  }
}
