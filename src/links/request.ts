/**
 * One request of the link checker: its status line and headers, never its body. A HEAD answer has
 * none; a GET's is cut off as soon as the headers are in, so a 2 GB file or an endless stream costs
 * one packet. No cookies (node keeps none), no credentials (a link carrying any is never asked), no
 * proxy: the request goes straight to the link's host.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';

export interface HeadersAnswer {
  readonly status: number;
  readonly location: string | undefined;
  readonly retryAfter: string | undefined;
}

/** Why there was no answer, in words for the report, and whether the link is dead for it. */
export class NoAnswer extends Error {
  constructor(
    message: string,
    /** The host does not exist or refuses connections: the link is dead, not only unreachable now. */
    readonly dead: boolean,
  ) {
    super(message);
  }
}

export interface RequestOptions {
  readonly method: 'HEAD' | 'GET';
  readonly timeoutMs: number;
  readonly userAgent: string;
  readonly agents: { readonly http: http.Agent; readonly https: https.Agent };
  /** Name resolution (the tests point names at loopback); default the system's. */
  readonly lookup?: LookupFunction;
}

/** What a failed connection means for the link. */
function noAnswer(error: NodeJS.ErrnoException): NoAnswer {
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
      if (/CERT|SSL|TLS/i.test(error.code ?? '')) return new NoAnswer('TLS certificate problem', false);
      return new NoAnswer(error.message || 'no answer', false);
  }
}

export function requestHeaders(url: URL, options: RequestOptions): Promise<HeadersAnswer> {
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const request = (secure ? https : http).request(
      {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: options.method,
        agent: secure ? options.agents.https : options.agents.http,
        headers: { 'user-agent': options.userAgent, accept: '*/*', 'accept-encoding': 'identity' },
        ...(options.lookup ? { lookup: options.lookup } : {}),
      },
      (response) => {
        const header = (name: string) => {
          const value = response.headers[name];
          return Array.isArray(value) ? value[0] : value;
        };
        settle(() =>
          resolve({
            status: response.statusCode ?? 0,
            location: header('location'),
            retryAfter: header('retry-after'),
          }),
        );
        // The headers are all the checker reads: a HEAD answer has no body (its connection can
        // serve the next request), a GET's is never waited for.
        if (options.method === 'HEAD') response.resume();
        else response.destroy();
      },
    );
    const timer = setTimeout(() => {
      settle(() => reject(new NoAnswer(`no answer in ${options.timeoutMs / 1000} s`, false)));
      request.destroy();
    }, options.timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) => settle(() => reject(noAnswer(error))));
    request.end();
  });
}
