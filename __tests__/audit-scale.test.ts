/**
 * The audit at the scale the issue sets: a 3,000-entry list with --arxiv --links asks arXiv in at
 * most 30 batched requests and keeps the link checker within its limits; progress is a few lines.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { arxivClient } from '../src/arxiv/client.js';
import { audit } from '../src/audit/audit.js';
import { progress } from '../src/audit/progress.js';
import { linkChecker } from '../src/links/checker.js';
import { FakeArxiv, type FakeRecord } from './support/fake-arxiv.js';
import { FakeSites, loopbackLookup } from './support/fake-links.js';

const ENTRIES = 3000;
const HOSTS = 150;

/** A made-up id for entry n: month 01-12 of 2020, numbers past any real paper of the month. */
const idOf = (n: number) =>
  `20${String((n % 12) + 1).padStart(2, '0')}.${String(90000 + n).padStart(5, '0')}`;

let arxiv: FakeArxiv;
let sites: FakeSites;
beforeEach(async () => {
  const records: FakeRecord[] = Array.from({ length: ENTRIES }, (_, n) => ({
    id: idOf(n),
    version: 'v1',
    title: `A Method Number ${n} for Efficient Tuning`,
    authors: [`Author ${n}`],
    published: `2020-${String((n % 12) + 1).padStart(2, '0')}-01`,
  }));
  arxiv = new FakeArxiv(records);
  sites = new FakeSites();
  await Promise.all([arxiv.start(), sites.start()]);
});
afterEach(() => Promise.all([arxiv.stop(), sites.stop()]));

function bigList(): string {
  const entries = Array.from(
    { length: ENTRIES },
    (_, n) =>
      `- **A Method Number ${n} for Efficient Tuning,** ICLR 2021. ![](https://img.shields.io/badge/M${n}-blue)\n\n` +
      `  *Author ${n}*. [[pdf](https://arxiv.org/abs/${idOf(n)})], [[code](${sites.url(`/many/${n}`, `h${n % HOSTS}.test`)})]`,
  );
  return `# Papers\n\n## Methods\n\n${entries.join('\n\n')}\n`;
}

describe('an audit of 3,000 entries with --arxiv --links', () => {
  it('asks arXiv in at most 30 requests of at most 100 ids, and each site at most 2 at a time', async () => {
    const said: string[] = [];
    const checker = linkChecker({ userAgent: 'paperlint-test', lookup: loopbackLookup, timeoutMs: 5000 });
    try {
      const result = await audit(
        { path: 'README.md', text: bigList() },
        {
          papers: arxivClient({
            endpoint: arxiv.url,
            notice: (m) => said.push(m),
            info: (m) => said.push(m),
            spacingMs: 0,
          }).lookup,
          links: checker,
          say: (m) => said.push(m),
        },
      );
      expect(result.checked).toBe(ENTRIES);
      expect(result.findings).toEqual([]);
      expect(result.unchecked).toEqual([]);
    } finally {
      checker.close();
    }
    expect(arxiv.requests.length).toBeLessThanOrEqual(30);
    expect(Math.max(...arxiv.requests.map((ids) => ids.length))).toBeLessThanOrEqual(100);
    expect(said).toContain('Asking arXiv about 3000 papers in 30 requests, 0 s apart (about 0 s).');
    expect(said).toContain('Checking 3000 links on 150 sites.');
    expect(sites.requests).toHaveLength(ENTRIES);
    expect(Math.max(...sites.maxInFlightPerHost.values())).toBeLessThanOrEqual(2);
    expect(sites.maxInFlight).toBeLessThanOrEqual(16);
  });
});

describe('progress', () => {
  it('says a few lines with a count and an estimate, not one a link', () => {
    const lines: string[] = [];
    let clock = 0;
    const report = progress(
      (line) => lines.push(line),
      'Links checked',
      () => clock,
    );
    for (let done = 1; done <= 6000; done++) {
      clock += 50;
      report(done, 6000);
    }
    expect(lines.length).toBeLessThanOrEqual(9);
    expect(lines[0]).toBe('Links checked: 600 of 6,000 (10%), about 5 min left.');
  });
});
