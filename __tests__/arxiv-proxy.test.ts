import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { arxivClient, UNREACHABLE_NOTICE, type ArxivOptions } from '../src/arxiv/client.js';
import { FakeArxiv } from './support/fake-arxiv.js';
import { FakeProxy, TlsHelloCatcher } from './support/fake-proxy.js';

const PROXY_VARIABLES = ['HTTPS_PROXY', 'HTTP_PROXY', 'ALL_PROXY', 'NO_PROXY'].flatMap((name) => [
  name,
  name.toLowerCase(),
]);
const saved = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, process.env[name]]));

let arxiv: FakeArxiv;
let proxy: FakeProxy;
beforeEach(async () => {
  for (const name of PROXY_VARIABLES) delete process.env[name];
  arxiv = new FakeArxiv();
  proxy = new FakeProxy();
  await Promise.all([arxiv.start(), proxy.start()]);
});
afterEach(async () => {
  for (const name of PROXY_VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await Promise.all([arxiv.stop(), proxy.stop()]);
});

function client(options: Partial<ArxivOptions> = {}) {
  const notices: string[] = [];
  const made = arxivClient({
    endpoint: arxiv.url,
    spacingMs: 20,
    timeoutMs: 500,
    notice: (message) => notices.push(message),
    ...options,
  });
  return { ...made, notices };
}

describe('the arXiv client behind a proxy', () => {
  it('sends an http request through HTTP_PROXY, forwarded', async () => {
    process.env.HTTP_PROXY = proxy.url;
    const records = await client().lookup(['2106.09685']);
    expect(records.get('2106.09685')?.title).toContain('LoRA');
    expect(proxy.used).toEqual([`GET ${arxiv.url}?id_list=2106.09685&max_results=1`]);
    expect(arxiv.requests).toEqual([['2106.09685']]);
  });

  it('tunnels to an https URL through https_proxy (CONNECT), and speaks TLS to arXiv, not the proxy', async () => {
    const target = new TlsHelloCatcher();
    await target.start();
    try {
      process.env.https_proxy = proxy.url;
      const { lookup, notices } = client({ endpoint: target.url });
      // The catcher is no TLS server: the handshake it receives goes no further, and arXiv is unreachable.
      expect(await lookup(['2106.09685'])).toEqual(new Map());
      expect(proxy.used).toEqual([`CONNECT ${new URL(target.url).host}`]);
      expect(target.hellos).toEqual([true]);
      expect(notices).toEqual([UNREACHABLE_NOTICE]);
    } finally {
      await target.stop();
    }
  });

  it('reads a proxy named without a scheme as an HTTP proxy, as curl does', async () => {
    const target = new TlsHelloCatcher();
    await target.start();
    try {
      process.env.HTTPS_PROXY = new URL(proxy.url).host;
      await client({ endpoint: target.url }).lookup(['2106.09685']);
      expect(proxy.used).toEqual([`CONNECT ${new URL(target.url).host}`]);
    } finally {
      await target.stop();
    }
  });

  it("sends the proxy's credentials to the proxy only", async () => {
    process.env.http_proxy = proxy.url.replace('//', '//runner:s3cret@');
    await client().lookup(['2106.09685']);
    expect(proxy.authorizations).toEqual([`Basic ${Buffer.from('runner:s3cret').toString('base64')}`]);
    expect(arxiv.requests).toHaveLength(1);
  });

  it.each([
    ['NO_PROXY', '127.0.0.1'],
    ['no_proxy', 'proxy.example, 127.0.0.1'],
    ['NO_PROXY', '*'],
  ])('goes straight to a host in %s (%s)', async (name, hosts) => {
    process.env.HTTP_PROXY = proxy.url;
    process.env[name] = hosts;
    const records = await client().lookup(['2106.09685']);
    expect(records.get('2106.09685')?.title).toContain('LoRA');
    expect(proxy.used).toEqual([]);
  });

  it('uses the proxy for a host NO_PROXY does not name', async () => {
    process.env.HTTP_PROXY = proxy.url;
    process.env.NO_PROXY = 'localhost,.internal.example';
    await client().lookup(['2106.09685']);
    expect(proxy.used).toHaveLength(1);
  });

  it('gives up with one notice on a proxy URL that is not one', async () => {
    process.env.HTTP_PROXY = 'http://[::1';
    const { lookup, notices } = client();
    expect(await lookup(['2106.09685'])).toEqual(new Map());
    expect(arxiv.requests).toEqual([]);
    expect(notices).toEqual([UNREACHABLE_NOTICE]);
  });

  it.each([
    ['a forwarded request', 'http'],
    ['a tunnel', 'https'],
  ])('gives up with one notice when the proxy never answers %s', async (_, scheme) => {
    proxy.hold = true;
    process.env[`${scheme.toUpperCase()}_PROXY`] = proxy.url;
    const endpoint = scheme === 'https' ? arxiv.url.replace('http:', 'https:') : arxiv.url;
    const { lookup, notices } = client({ endpoint, timeoutMs: 300 });
    expect(await lookup(['2106.09685'])).toEqual(new Map());
    expect(proxy.used).toHaveLength(1);
    expect(notices).toEqual([UNREACHABLE_NOTICE]);
    // The client closed its connection to the proxy: nothing keeps the process waiting.
    await proxy.allClosed();
  });
});
