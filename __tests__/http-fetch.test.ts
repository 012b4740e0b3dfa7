/**
 * The Action's fetch on Node's http modules (src/github/http-fetch.ts) answers as fetch would for
 * what Octokit asks of it: bodies (compressed, with a byte order mark, binary), redirects (the token
 * never follows one to another host), an abort, and a connection that fails.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { httpFetch } from '../src/github/http-fetch.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A server whose answers the test writes, noting each request with its body. */
class Site {
  readonly seen: Seen[] = [];
  url = '';
  private readonly server: Server;

  constructor(answer: (request: Seen, response: ServerResponse, site: Site) => void) {
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const seen = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body };
        this.seen.push(seen);
        answer(seen, response, this);
      });
    });
  }

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop() {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const sites: Site[] = [];
const site = async (answer: ConstructorParameters<typeof Site>[0]) => {
  const made = await new Site(answer).start();
  sites.push(made);
  return made;
};
beforeEach(() => {
  sites.length = 0;
});
afterEach(async () => {
  await Promise.all(sites.map((s) => s.stop()));
});

describe('httpFetch', () => {
  it('sends the method, headers and body, and reads the status, headers and text', async () => {
    const api = await site((_, response) => {
      response.writeHead(201, 'Created', {
        'content-type': 'application/json',
        'x-ratelimit-remaining': '9',
      });
      response.end('{"id":1}');
    });
    const answer = await httpFetch(`${api.url}/reviews`, {
      method: 'POST',
      headers: { Authorization: 'token t', 'Content-Type': 'application/json' },
      body: '{"body":"é"}',
    });
    expect([answer.status, answer.statusText, answer.ok]).toEqual([201, 'Created', true]);
    expect(answer.headers.get('Content-Type')).toBe('application/json');
    expect(Object.fromEntries(answer.headers)).toMatchObject({ 'x-ratelimit-remaining': '9' });
    expect(await answer.json()).toEqual({ id: 1 });
    expect(api.seen[0]).toMatchObject({ method: 'POST', url: '/reviews', body: '{"body":"é"}' });
    expect(api.seen[0].headers).toMatchObject({ authorization: 'token t', 'content-length': '13' });
  });

  it('asks for a compressed answer and decodes it; drops a byte order mark from text, as fetch does', async () => {
    const list = `\uFEFF# Papers\n\n- **LoRA: Low-Rank Adaptation of Large Language Models.** ${'x'.repeat(5000)}\n`;
    const api = await site((_, response) => {
      response.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/plain; charset=utf-8' });
      response.end(gzipSync(list));
    });
    const answer = await httpFetch(api.url);
    expect(api.seen[0].headers['accept-encoding']).toBe('gzip, deflate');
    expect(await answer.text()).toBe(list.slice(1));
  });

  it('keeps binary bytes as they are', async () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x00, 0x80, 0x41]);
    const api = await site((_, response) => response.end(bytes));
    const answer = await httpFetch(api.url);
    expect(Buffer.from(await answer.arrayBuffer())).toEqual(bytes);
  });

  it('follows a redirect to another host without the token, and turns a POST answered 303 into a GET', async () => {
    const other = await site((_, response) => response.end('moved here'));
    const api = await site((request, response) => {
      if (request.url === '/old') response.writeHead(301, { location: '/new' }).end();
      else if (request.url === '/new') response.writeHead(302, { location: `${other.url}/elsewhere` }).end();
      else response.writeHead(303, { location: '/old' }).end();
    });
    const answer = await httpFetch(`${api.url}/post`, {
      method: 'POST',
      headers: { authorization: 'token secret' },
      body: 'x',
    });
    expect(await answer.text()).toBe('moved here');
    expect(answer.url).toBe(`${other.url}/elsewhere`);
    expect(api.seen.map((s) => `${s.method} ${s.url} ${s.headers.authorization}`)).toEqual([
      'POST /post token secret',
      'GET /old token secret',
      'GET /new token secret',
    ]);
    expect(other.seen[0].headers.authorization).toBeUndefined();
    expect(other.seen[0].headers['content-length']).toBeUndefined();
  });

  it('gives up on a redirect loop', async () => {
    const api = await site((_, response) => response.writeHead(307, { location: '/again' }).end());
    await expect(httpFetch(api.url)).rejects.toThrow(expect.objectContaining({ name: 'TypeError' }));
    expect(api.seen).toHaveLength(21);
  });

  it('rejects as fetch does when aborted while waiting for the answer', async () => {
    const api = await site(() => undefined); // never answers
    const controller = new AbortController();
    const pending = httpFetch(api.url, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects a connection that fails with a TypeError naming the cause, as fetch does', async () => {
    const api = await site(() => undefined);
    await api.stop();
    sites.length = 0;
    const failure = await httpFetch(api.url).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as { cause: { code: string } }).cause.code).toBe('ECONNREFUSED');
  });

  it('rejects the body of an answer cut off before its end', async () => {
    const api = await site((_, response) => {
      response.writeHead(200, { 'content-length': '100' });
      response.write('only part');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const answer = await httpFetch(api.url);
    await expect(answer.text()).rejects.toThrow(TypeError);
  });
});
