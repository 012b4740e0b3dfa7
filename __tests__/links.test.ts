import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkCache } from '../src/links/cache.js';
import { linkChecker, type LinkCheckerOptions, type LinkVerdict } from '../src/links/checker.js';
import { FakeSites, loopbackLookup } from './support/fake-links.js';

let sites: FakeSites;
const open: { close(): void }[] = [];
beforeEach(async () => {
  sites = new FakeSites();
  await sites.start();
});
afterEach(async () => {
  for (const checker of open.splice(0)) checker.close();
  await sites.stop();
});

function checker(options: Partial<LinkCheckerOptions> = {}) {
  const made = linkChecker({
    userAgent: 'paperlint-test',
    lookup: loopbackLookup,
    timeoutMs: 2000,
    ...options,
  });
  open.push(made);
  return made;
}

async function verdictOf(path: string, options: Partial<LinkCheckerOptions> = {}): Promise<LinkVerdict> {
  const url = sites.url(path);
  return (await checker(options).check([url])).get(url)!;
}

describe('link checker', () => {
  it('says a link that answers 200 is ok, with one HEAD', async () => {
    expect((await verdictOf('/ok')).kind).toBe('ok');
    expect(sites.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['HEAD /ok']);
  });

  it('names paperlint, and sends no cookie and no credentials', async () => {
    await verdictOf('/ok');
    const { headers } = sites.requests[0];
    expect(headers['user-agent']).toBe('paperlint-test');
    expect(headers.cookie).toBeUndefined();
    expect(headers.authorization).toBeUndefined();
    const withPassword = `http://user:secret@site.test:${sites.port}/ok`;
    const verdict = (await checker().check([withPassword])).get(withPassword)!;
    expect(verdict).toMatchObject({ kind: 'unchecked', reason: expect.stringMatching(/password/) });
    expect(sites.requests).toHaveLength(1);
  });

  it('follows permanent redirects to the URL that answers', async () => {
    expect(await verdictOf('/moved')).toMatchObject({ kind: 'moved', to: sites.url('/ok') });
    expect(await verdictOf('/moved-twice')).toMatchObject({ kind: 'moved', to: sites.url('/ok') });
  });

  it('moves a link only as far as its permanent redirects go', async () => {
    expect(await verdictOf('/moved-then-temporary')).toMatchObject({
      kind: 'moved',
      to: sites.url('/temporary'),
    });
    expect((await verdictOf('/temporary-only')).kind).toBe('ok');
  });

  it('keeps the link’s own fragment on the new URL', async () => {
    const url = `${sites.url('/moved')}#results`;
    expect((await checker().check([url])).get(url)).toMatchObject({ to: `${sites.url('/ok')}#results` });
    expect(sites.requests[0].path).toBe('/moved');
  });

  it('follows a redirect to another host', async () => {
    expect(await verdictOf('/elsewhere')).toMatchObject({
      kind: 'moved',
      to: sites.url('/ok', 'other.test'),
    });
    expect(sites.requests.map((r) => `${r.host} ${r.path}`)).toEqual([
      'site.test /elsewhere',
      'other.test /ok',
    ]);
  });

  it('doubts a move to the front page or a sign-in page', async () => {
    expect(await verdictOf('/moved-home')).toMatchObject({
      kind: 'moved',
      doubt: expect.stringMatching(/front page/),
    });
    expect(await verdictOf('/moved-to-login')).toMatchObject({
      kind: 'moved',
      doubt: expect.stringMatching(/sign-in/),
    });
  });

  it('says 404, 410, a missing host and a refused connection are dead', async () => {
    expect(await verdictOf('/gone')).toMatchObject({ kind: 'dead', reason: 'HTTP 404' });
    expect(await verdictOf('/removed')).toMatchObject({ kind: 'dead', reason: 'HTTP 410' });
    expect(await verdictOf('/moved-to-gone')).toMatchObject({ kind: 'dead', reason: 'HTTP 404' });
    const missing = 'http://missing.test/paper';
    expect((await checker().check([missing])).get(missing)).toMatchObject({
      kind: 'dead',
      reason: 'no such host',
    });
    const refused = 'http://refused.test:1/paper';
    expect((await checker().check([refused])).get(refused)).toMatchObject({
      kind: 'dead',
      reason: 'connection refused',
    });
  });

  it('asks again with GET before calling a link dead on a HEAD answer', async () => {
    await verdictOf('/gone');
    expect(sites.requests.map((r) => r.method)).toEqual(['HEAD', 'GET']);
  });

  it('uses GET where HEAD is refused', async () => {
    expect((await verdictOf('/head-refused')).kind).toBe('ok');
    expect(sites.requests.map((r) => r.method)).toEqual(['HEAD', 'GET']);
  });

  it('reads only the headers of a huge body', async () => {
    expect((await verdictOf('/huge')).kind).toBe('ok');
  });

  it('never calls a temporary failure dead', async () => {
    for (const path of ['/broken', '/unavailable', '/forbidden']) {
      expect(await verdictOf(path)).toMatchObject({ kind: 'unchecked' });
    }
    expect(await verdictOf('/hang', { timeoutMs: 200 })).toMatchObject({
      kind: 'unchecked',
      reason: expect.stringMatching(/no answer/),
    });
    expect(await verdictOf('/loop')).toMatchObject({ kind: 'unchecked', reason: 'redirect loop' });
  });

  it('honours Retry-After once, then asks again', async () => {
    sites.throttled.set('/ok', { times: 1, retryAfter: '0' });
    expect((await verdictOf('/ok')).kind).toBe('ok');
    expect(sites.requests.map((r) => r.method)).toEqual(['HEAD', 'HEAD']);
  });

  it('gives up on a host that keeps throttling or asks to wait too long', async () => {
    sites.throttled.set('/ok', { times: 5, retryAfter: '0' });
    expect(await verdictOf('/ok')).toMatchObject({ kind: 'unchecked', reason: 'HTTP 429' });
    expect(sites.requests).toHaveLength(2);
    sites.throttled.set('/ok/', { times: 1, retryAfter: '3600' });
    expect(await verdictOf('/ok/')).toMatchObject({ kind: 'unchecked', reason: 'HTTP 429' });
    expect(sites.requests).toHaveLength(3);
  });

  it('keeps to 2 requests at once per host and 16 in all', async () => {
    sites.delayMs = 20;
    const urls = Array.from({ length: 12 }, (_, host) =>
      Array.from({ length: 6 }, (_, n) => sites.url(`/many/${n}`, `h${host}.test`)),
    ).flat();
    let reported = 0;
    const verdicts = await checker({ progress: (done) => (reported = done) }).check(urls);
    expect([...verdicts.values()].every((v) => v.kind === 'ok')).toBe(true);
    expect(reported).toBe(urls.length);
    expect(Math.max(...sites.maxInFlightPerHost.values())).toBeLessThanOrEqual(2);
    expect(sites.maxInFlight).toBeLessThanOrEqual(16);
    expect(sites.maxInFlight).toBeGreaterThan(2);
  });

  it('asks each URL once, whatever its fragment', async () => {
    const urls = [sites.url('/ok'), `${sites.url('/ok')}#a`, `${sites.url('/ok')}#b`];
    const verdicts = await checker().check(urls);
    expect(verdicts.size).toBe(3);
    expect(sites.requests).toHaveLength(1);
  });
});

describe('link cache', () => {
  it('keeps links that answer or moved for a week, never dead or unchecked ones', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'paperlint-links-')), 'cache', 'links.json');
    const urls = ['/ok', '/moved', '/gone', '/broken'].map((p) => sites.url(p));
    const first = linkCache(path);
    await checker({ store: first }).check(urls);
    first.save();
    const asked = sites.requests.length;

    const second = linkCache(path);
    const verdicts = await checker({ store: second }).check(urls);
    expect(second.hits()).toBe(2);
    expect(verdicts.get(sites.url('/moved'))).toMatchObject({ kind: 'moved', cachedAt: expect.any(Number) });
    expect(
      sites.requests
        .slice(asked)
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/broken', '/broken', '/gone', '/gone']);

    const weekLater = linkCache(path, Date.now() + 8 * 24 * 60 * 60 * 1000);
    await checker({ store: weekLater }).check(urls);
    expect(weekLater.hits()).toBe(0);
  });

  it('reads a foreign or broken file as an empty cache, and a tampered move not at all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paperlint-links-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{not json');
    expect(linkCache(broken).get(sites.url('/ok'))).toBeUndefined();
    const tampered = join(dir, 'tampered.json');
    const url = sites.url('/ok');
    writeFileSync(
      tampered,
      JSON.stringify({
        format: 'paperlint-link-cache/1',
        links: {
          [url]: { verdict: { kind: 'moved', to: 'javascript:alert(1)', hops: [] }, checkedAt: Date.now() },
        },
      }),
    );
    expect(linkCache(tampered).get(url)).toBeUndefined();
    expect(JSON.parse(readFileSync(tampered, 'utf8')).format).toBe('paperlint-link-cache/1');
  });
});
