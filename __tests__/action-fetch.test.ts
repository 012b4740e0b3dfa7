/**
 * The fetch the Action's Octokit sends GitHub's requests with (src/github/fetch.ts, on node:http):
 * what Node's fetch did for it, kept: redirects (the token not carried to another origin),
 * compressed answers, aborts, connections that fail or are cut, UTF-8 text.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { octokitOptions } from '../src/github/api.js';
import { actionOctokit } from '../src/github/client.js';
import { nodeFetch } from '../src/github/fetch.js';

const README = [
  '# Must-read papers on parameter-efficient tuning',
  '',
  '- **Parameter-Efficient Transfer Learning for NLP**. Neil Houlsby, Andrei Giurgiu, Stanislaw Jastrzebski. ICML 2019. [[pdf](https://arxiv.org/abs/1902.00751)]',
  '- **LoRA: Low-Rank Adaptation of Large Language Models**. Edward J. Hu, Yelong Shen, Phillip Wallis. ICLR 2022. [[pdf](https://arxiv.org/abs/2106.09685)]',
  '- **Prefix-Tuning: Optimizing Continuous Prompts for Generation**. Xiang Lisa Li, Percy Liang. ACL 2021. [[pdf](https://arxiv.org/abs/2101.00190)]',
  '',
].join('\n');

type Handler = (path: string, method: string, body: string, response: ServerResponse) => void;

/** Two servers (two origins); each notes what it was sent and answers as the test says. */
interface Origin {
  server: Server;
  url: string;
  received: { method: string; path: string; headers: IncomingHttpHeaders; body: string }[];
  handle: Handler;
}

async function origin(): Promise<Origin> {
  const made: Origin = { server: createServer(), url: '', received: [], handle: () => undefined };
  made.server.on('request', (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      made.received.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body,
      });
      made.handle(request.url ?? '', request.method ?? '', body, response);
    });
  });
  await new Promise<void>((resolve) => made.server.listen(0, '127.0.0.1', resolve));
  made.url = `http://127.0.0.1:${(made.server.address() as AddressInfo).port}`;
  return made;
}

let github: Origin;
let other: Origin;
const savedApiUrl = process.env.GITHUB_API_URL;

beforeEach(async () => {
  [github, other] = await Promise.all([origin(), origin()]);
  process.env.GITHUB_API_URL = github.url;
});
afterEach(async () => {
  if (savedApiUrl === undefined) delete process.env.GITHUB_API_URL;
  else process.env.GITHUB_API_URL = savedApiUrl;
  for (const { server } of [github, other]) server.closeAllConnections();
  await Promise.all([github, other].map(({ server }) => new Promise((resolve) => server.close(resolve))));
});

const octokit = () =>
  actionOctokit(
    'test-token',
    octokitOptions(() => undefined),
  );

const readme = async () =>
  (
    await (
      await octokit()
    ).request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: 'thunlp',
      repo: 'DeltaPapers',
      path: 'README.md',
      ref: 'c'.repeat(40),
      mediaType: { format: 'raw' },
      request: { retries: 0 },
    })
  ).data;

const text = (response: ServerResponse, body: string | Buffer, headers: Record<string, string> = {}) => {
  response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  response.end(body);
};

describe("the Action's fetch", () => {
  it('reads a file GitHub sends compressed, in each encoding it may choose', async () => {
    for (const [encoding, compress] of [
      ['gzip', gzipSync],
      ['br', brotliCompressSync],
      ['deflate', deflateSync],
      ['deflate', deflateRawSync],
    ] as const) {
      github.handle = (_path, _method, _body, response) =>
        text(response, compress(Buffer.from(README)), { 'content-encoding': encoding });
      expect(await readme()).toBe(README);
    }
    expect(github.received[0].headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('follows a redirect within GitHub with the token, and to another origin without it', async () => {
    github.handle = (path, _method, _body, response) => {
      if (path.startsWith('/repositories/')) {
        response.writeHead(302, { location: `${other.url}/raw/README.md` });
        response.end();
      } else {
        response.writeHead(301, { location: `/repositories/42/contents/README.md` });
        response.end('moved');
      }
    };
    other.handle = (_path, _method, _body, response) => text(response, README);
    expect(await readme()).toBe(README);
    expect(github.received.map((r) => r.headers.authorization)).toEqual([
      'token test-token',
      'token test-token',
    ]);
    expect(other.received).toHaveLength(1);
    expect(other.received[0].headers.authorization).toBeUndefined();
  });

  it('follows a 303 to a POST with a GET and no body, and tells the URL it answered from', async () => {
    github.handle = (path, method, _body, response) => {
      if (method === 'POST') {
        response.writeHead(303, { location: '/answer' });
        response.end();
      } else text(response, `${method} ${path}`);
    };
    const answer = await nodeFetch(`${github.url}/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ body: 'Nice list!' }),
    });
    expect(await answer.text()).toBe('GET /answer');
    expect(answer.url).toBe(`${github.url}/answer`);
    expect(answer.redirected).toBe(true);
    expect(github.received.map(({ method, body }) => [method, body])).toEqual([
      ['POST', '{"body":"Nice list!"}'],
      ['GET', ''],
    ]);
    expect(github.received[1].headers['content-type']).toBeUndefined();
  });

  it('stops after 20 redirects', async () => {
    github.handle = (_path, _method, _body, response) => {
      response.writeHead(307, { location: '/again' });
      response.end();
    };
    await expect(nodeFetch(`${github.url}/again`)).rejects.toMatchObject({
      name: 'TypeError',
      cause: { message: 'redirect count exceeded' },
    });
    expect(github.received).toHaveLength(21);
  });

  it('gives text as UTF-8 without its byte-order mark, and the bytes as they came', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(README)]);
    github.handle = (_path, _method, _body, response) => text(response, bytes);
    expect(await (await nodeFetch(github.url)).text()).toBe(README);
    expect(Buffer.from(await (await nodeFetch(github.url)).arrayBuffer())).toEqual(bytes);
  });

  it('says GitHub could not be reached, with the system’s reason, when nothing listens', async () => {
    const closed = github.url;
    github.server.close();
    await expect(nodeFetch(closed)).rejects.toMatchObject({
      name: 'TypeError',
      cause: { code: 'ECONNREFUSED' },
    });
  });

  it('gives up on an answer cut short, and on one its signal aborts', async () => {
    github.handle = (_path, _method, _body, response) => {
      response.writeHead(200, { 'content-type': 'text/plain', 'content-length': '1000' });
      response.write(README.slice(0, 100));
      setTimeout(() => response.destroy(), 20);
    };
    await expect(nodeFetch(github.url)).rejects.toMatchObject({ name: 'TypeError' });
    github.handle = () => undefined; // never answers
    const controller = new AbortController();
    const asked = nodeFetch(github.url, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(asked).rejects.toMatchObject({ name: 'AbortError' });
    // Aborted while the answer's body comes.
    github.handle = (_path, _method, _body, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write(README.slice(0, 100));
    };
    const reading = new AbortController();
    const read = nodeFetch(github.url, { signal: reading.signal });
    setTimeout(() => reading.abort(), 50);
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
  });
});
