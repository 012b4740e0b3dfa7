/**
 * The Action's Octokit (src/github/client.ts): the requests @actions/github's client would send,
 * on Node's fetch, and through the runner's proxy (with @actions/github's client) when one applies.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { octokitOptions } from '../src/github/api.js';
import { actionOctokit } from '../src/github/client.js';

const VARIABLES = [
  'GITHUB_API_URL',
  'ACTIONS_ORCHESTRATION_ID',
  ...['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY'].flatMap((name) => [name, name.toLowerCase()]),
];
const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));

/** A GitHub API that answers every request with one pull request, noting what it was sent. */
let api: Server;
let apiUrl = '';
const received: { url: string; headers: IncomingHttpHeaders }[] = [];
/** A proxy that knows a name the runner cannot resolve: it tunnels every CONNECT to the API above. */
let proxy: Server;
let proxyUrl = '';
const tunnelled: string[] = [];

beforeEach(async () => {
  for (const name of VARIABLES) delete process.env[name];
  received.length = 0;
  api = createServer((request, response) => {
    received.push({ url: request.url ?? '', headers: request.headers });
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify({ number: 7, head: { sha: 'c'.repeat(40) } }));
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  tunnelled.length = 0;
  proxy = createServer();
  proxy.on('connect', (request, client, head) => {
    tunnelled.push(request.url ?? '');
    const target = connect((api.address() as AddressInfo).port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      target.write(head);
      target.pipe(client).on('error', () => target.destroy());
      client.pipe(target).on('error', () => client.destroy());
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterEach(async () => {
  for (const name of VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  for (const server of [api, proxy]) server.closeAllConnections();
  await Promise.all([api, proxy].map((server) => new Promise((resolve) => server.close(resolve))));
});

const getPull = async () =>
  (
    await actionOctokit(
      'test-token',
      octokitOptions(() => undefined),
    )
  ).request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
    owner: 'thunlp',
    repo: 'DeltaPapers',
    pull_number: 7,
    request: { retries: 0 },
  });

describe("the Action's Octokit", () => {
  it('asks the runner’s API URL, with the token, and reads the answer', async () => {
    process.env.GITHUB_API_URL = apiUrl;
    const { data } = await getPull();
    expect(data).toEqual({ number: 7, head: { sha: 'c'.repeat(40) } });
    expect(received.map((r) => r.url)).toEqual(['/repos/thunlp/DeltaPapers/pulls/7']);
    expect(received[0].headers.authorization).toBe('token test-token');
    expect(received[0].headers['user-agent']).not.toContain('actions_orchestration_id');
  });

  it("names the runner's orchestration id in its user agent, as @actions/github does", async () => {
    process.env.GITHUB_API_URL = apiUrl;
    process.env.ACTIONS_ORCHESTRATION_ID = 'run 42/a';
    await getPull();
    expect(received[0].headers['user-agent']).toMatch(/^actions_orchestration_id\/run_42_a octokit-core/);
  });

  it('goes through the proxy the runner names, to a host only the proxy can reach', async () => {
    process.env.HTTP_PROXY = proxyUrl;
    process.env.GITHUB_API_URL = 'http://api.github.invalid';
    const { data } = await getPull();
    expect(data).toEqual({ number: 7, head: { sha: 'c'.repeat(40) } });
    expect(tunnelled).toEqual(['api.github.invalid:80']);
    expect(received[0].headers.authorization).toBe('token test-token');
  });

  it('asks directly for a host NO_PROXY names', async () => {
    process.env.HTTP_PROXY = proxyUrl;
    process.env.NO_PROXY = 'github.invalid';
    process.env.GITHUB_API_URL = 'http://api.github.invalid';
    // Asked directly, the name does not resolve.
    await expect(getPull()).rejects.toThrow(/ENOTFOUND|EAI_AGAIN/);
    expect(tunnelled).toEqual([]);
  });

  it('asks a loopback address directly, whatever the proxy', async () => {
    process.env.HTTP_PROXY = proxyUrl;
    process.env.GITHUB_API_URL = apiUrl;
    await getPull();
    expect(received).toHaveLength(1);
    expect(tunnelled).toEqual([]);
  });
});
