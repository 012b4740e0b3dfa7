/**
 * Web servers on 127.0.0.1 for the link checker: one server answers for any host name (the name a
 * request was for is its Host header), with the answers link checkers meet in the wild: 200,
 * 301/308 chains, 404, 410, 5xx, 429 with Retry-After, a hang, a redirect loop, a redirect to another
 * host, a HEAD refused, and an endless body. `lookup` resolves every `.test` name to it, except
 * `missing.test`, which does not exist.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { LookupFunction } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  readonly method: string;
  readonly host: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
}

type Route = (request: IncomingMessage, response: ServerResponse, server: FakeSites) => void;

const redirect =
  (status: number, to: string): Route =>
  (_, response, server) => {
    response.writeHead(status, { location: to.replace('$PORT', String(server.port)) });
    response.end();
  };
const answer =
  (status: number, headers: Record<string, string> = {}): Route =>
  (_, response) => {
    response.writeHead(status, { 'content-type': 'text/html', ...headers });
    response.end(`<html>${status}</html>`);
  };

export class FakeSites {
  readonly requests: SeenRequest[] = [];
  /** Most requests in flight at once, in all and per host. */
  maxInFlight = 0;
  readonly maxInFlightPerHost = new Map<string, number>();
  /** Milliseconds every answer waits (to let requests overlap). */
  delayMs = 0;
  port = 0;
  private inFlight = 0;
  private readonly inFlightPerHost = new Map<string, number>();
  private server: Server | undefined;
  private readonly held: ServerResponse[] = [];
  /** Answers by path; `/throttled` counts its callers. */
  readonly routes = new Map<string, Route>([
    ['/ok', answer(200)],
    ['/ok/', answer(200)],
    ['/moved', redirect(301, '/ok')],
    ['/moved-twice', redirect(308, '/moved')],
    ['/moved-then-temporary', redirect(301, '/temporary')],
    ['/temporary', redirect(302, '/ok')],
    ['/temporary-only', redirect(307, '/ok')],
    ['/moved-to-gone', redirect(301, '/gone')],
    ['/moved-home', redirect(301, '/')],
    ['/', answer(200)],
    ['/moved-to-login', redirect(301, '/login?next=/paper')],
    ['/login', answer(200)],
    ['/elsewhere', redirect(301, 'http://other.test:$PORT/ok')],
    ['/gone', answer(404)],
    ['/removed', answer(410)],
    ['/broken', answer(500)],
    ['/unavailable', answer(503)],
    ['/forbidden', answer(403)],
    ['/loop', redirect(301, '/loop-back')],
    ['/loop-back', redirect(301, '/loop')],
    ['/hang', (_, response) => void this.held.push(response)],
    [
      '/head-refused',
      (request, response) => {
        response.writeHead(request.method === 'HEAD' ? 405 : 200, { 'content-type': 'text/html' });
        response.end(request.method === 'HEAD' ? undefined : '<html>ok</html>');
      },
    ],
    [
      '/huge',
      (request, response) => {
        if (request.method === 'HEAD') return answer(405)(request, response, this);
        response.writeHead(200, { 'content-type': 'application/pdf' });
        // An endless body: the checker must not read it.
        const chunk = Buffer.alloc(64 * 1024, 0x41);
        const pump = () => {
          while (!response.destroyed && response.write(chunk));
          if (!response.destroyed) response.once('drain', pump);
        };
        pump();
      },
    ],
  ]);
  /** Paths answered 429 (with Retry-After) this many more times before they answer 200. */
  readonly throttled = new Map<string, { times: number; retryAfter: string }>();

  async start(): Promise<void> {
    this.server = createServer((request, response) => this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const response of this.held) response.destroy();
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** `http://NAME.test:PORT/PATH`. */
  url(path: string, host = 'site.test'): string {
    return `http://${host}:${this.port}${path}`;
  }

  private handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://x');
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    this.requests.push({ method: request.method ?? '', host, path: url.pathname, headers: request.headers });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    const perHost = (this.inFlightPerHost.get(host) ?? 0) + 1;
    this.inFlightPerHost.set(host, perHost);
    this.maxInFlightPerHost.set(host, Math.max(this.maxInFlightPerHost.get(host) ?? 0, perHost));
    response.on('close', () => {
      this.inFlight--;
      this.inFlightPerHost.set(host, (this.inFlightPerHost.get(host) ?? 1) - 1);
    });
    const respond = () => {
      const throttle = this.throttled.get(url.pathname);
      if (throttle && throttle.times > 0) {
        throttle.times--;
        return answer(429, { 'retry-after': throttle.retryAfter })(request, response, this);
      }
      const route =
        this.routes.get(url.pathname) ?? (/^\/many\//.test(url.pathname) ? answer(200) : answer(404));
      route(request, response, this);
    };
    if (this.delayMs > 0) setTimeout(respond, this.delayMs);
    else respond();
  }
}

/** Name resolution for the tests: every `.test` name is 127.0.0.1, but `missing.test` does not exist. */
export const loopbackLookup: LookupFunction = (hostname, options, callback) => {
  if (hostname === 'missing.test' || !hostname.endsWith('.test')) {
    const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
      code: 'ENOTFOUND',
      hostname,
    });
    return callback(error, '', 4);
  }
  if ((options as { all?: boolean }).all) {
    (callback as unknown as (e: null, addresses: { address: string; family: number }[]) => void)(null, [
      { address: '127.0.0.1', family: 4 },
    ]);
  } else callback(null, '127.0.0.1', 4);
};
