import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { arxivClient } from '../src/arxiv/client.js';
import { audit, auditAndFix, type AuditServices } from '../src/audit/audit.js';
import { linkChecker, type LinkChecker } from '../src/links/checker.js';
import { parseEntry } from '../src/grammar/entry.js';
import { findPaperList } from '../src/grammar/list.js';
import { segment } from '../src/read/segment.js';
import { toSource } from '../src/read/text.js';
import { scholarClient } from '../src/scholar/client.js';
import { FakeArxiv, fixtureRecords, type FakeRecord } from './support/fake-arxiv.js';
import { FakeSites, loopbackLookup } from './support/fake-links.js';
import { FakeScholar } from './support/fake-scholar.js';

/** The papers' records, as arXiv has them, with where they appeared. */
function records(): FakeRecord[] {
  const known = new Map(fixtureRecords().map((record) => [record.id, record]));
  const published: Record<string, Partial<FakeRecord>> = {
    '2106.09685': { journalRef: 'ICLR 2022' },
    '2106.04647': { journalRef: 'Advances in Neural Information Processing Systems (NeurIPS 2021)' },
    '2101.00190': { doi: '10.18653/v1/2021.acl-long.353' },
  };
  return [
    ...[...known.values()].map((record) => ({ ...record, ...published[record.id] })),
    // Made-up papers (their ids are past any real paper of their month).
    {
      id: '2301.99999',
      version: 'v2',
      title: 'A Study Its Authors Withdrew',
      authors: ['Ada Withdrawn'],
      published: '2023-01-30',
      comment: 'This paper has been withdrawn by the author due to an error in Section 3',
    },
    {
      id: '2302.99998',
      version: 'v3',
      title: 'A New Name for a Method, With Proofs',
      authors: ['Rene Named', 'Bo Second'],
      published: '2023-02-27',
    },
  ];
}

/** A list of our own: bullets, bold titles, the venue after the title, authors under it. */
function list(site: (path: string) => string): string {
  return `# Must-read papers on efficient tuning

## Papers

### Methods

- **LoRA: Low-Rank Adaptation of Large Language Models,** Preprint 2021. ![](https://img.shields.io/badge/LoRA-blue)

  *Edward J. Hu, Yelong Shen, Phillip Wallis, Zeyuan Allen-Zhu*. [[pdf](https://arxiv.org/abs/2106.09685)], [[code](${site('/moved')})]

- **Parameter-Efficient Transfer Learning for NLP,** ICML 2019. ![](https://img.shields.io/badge/Adapter-blue)

  *Neil Houlsby, Andrei Giurgiu, Stanislaw Jastrzebski*. [[pdf](https://arxiv.org/abs/1902.00751)], [[Project](${site('/gone')})]

- **Language Models are Few-Shot Learners,** Neurips 2020. ![](https://img.shields.io/badge/GPT-blue)

  *Tom B. Brown, Benjamin Mann, Nick Ryder*. [[pdf](https://arxiv.org/abs/2005.14165)]

- **Compacter: Efficient Low-Rank Hypercomplex Adapter Layers,** Preprint 2021. ![](https://img.shields.io/badge/Compacter-blue)

  *Rabeeh Karimi Mahabadi, James Henderson, Sebastian Ruder*. [[pdf](https://arxiv.org/abs/2106.04647)]

- **Prefix-Tuning: Optimizing Continuous Prompts for Generation,** Preprint 2021. ![](https://img.shields.io/badge/Prefix-blue)

  *Xiang Lisa Li, Percy Liang*. [[pdf](https://arxiv.org/abs/2101.00190)], [[Project](${site('/broken')})]

- **Towards a Unified View of Parameter-Efficient Transfer Learning,** Preprint 2021. ![](https://img.shields.io/badge/Unified-blue)

  *Junxian He, Chunting Zhou, Xuezhe Ma*. [[pdf](https://arxiv.org/abs/2110.04366)]

- **An Old Name for a Method,** Preprint 2023. ![](https://img.shields.io/badge/Renamed-blue)

  *Rene Named, Bo Second*. [[pdf](https://arxiv.org/abs/2302.99998)]

- **A Study Its Authors Withdrew,** Preprint 2023. ![](https://img.shields.io/badge/Withdrawn-blue)

  *Ada Withdrawn*. [[pdf](https://arxiv.org/abs/2301.99999)]

### Analysis

- **Masking as an Efficient Alternative to Finetuning for Pretrained Language Models,** EMNLP 2020. ![](https://img.shields.io/badge/Masking-blue)
  *Mengjie Zhao, Tao Lin, Fei Mi*. [[pdf](https://arxiv.org/abs/2004.12406)]

- **LoRA: Low-Rank Adaptation of Large Language Models,** Preprint 2021. ![](https://img.shields.io/badge/LoRA-blue)

  *Edward J. Hu, Yelong Shen, Phillip Wallis, Zeyuan Allen-Zhu*. [[pdf](https://arxiv.org/abs/2106.09685)]
`;
}

let arxiv: FakeArxiv;
let scholar: FakeScholar;
let sites: FakeSites;
const checkers: LinkChecker[] = [];

beforeEach(async () => {
  arxiv = new FakeArxiv(records());
  scholar = new FakeScholar();
  sites = new FakeSites();
  scholar.papers.set('2110.04366', {
    venue: 'International Conference on Learning Representations',
    year: 2021,
    publicationVenue: {
      name: 'International Conference on Learning Representations',
      alternate_names: ['ICLR'],
    },
    externalIds: { DBLP: 'conf/iclr/HeZMBN22', ArXiv: '2110.04366' },
  });
  await Promise.all([arxiv.start(), scholar.start(), sites.start()]);
});
afterEach(async () => {
  for (const checker of checkers.splice(0)) checker.close();
  await Promise.all([arxiv.stop(), scholar.stop(), sites.stop()]);
});

function services(options: { links?: boolean; scholar?: boolean } = {}): AuditServices {
  const notices: string[] = [];
  const say = (message: string) => notices.push(message);
  const links = options.links
    ? linkChecker({ userAgent: 'paperlint-test', lookup: loopbackLookup, timeoutMs: 2000 })
    : undefined;
  if (links) checkers.push(links);
  return {
    papers: arxivClient({ endpoint: arxiv.url, notice: say, spacingMs: 0 }).lookup,
    scholar: options.scholar
      ? scholarClient({ endpoint: scholar.url, notice: say, spacingMs: 0 }).lookup
      : undefined,
    links,
    say,
  };
}

const site = (path: string) => sites.url(path, 'code.test');

describe('paperlint audit', () => {
  it('finds what the list cannot see itself, and fixes only what is certain', async () => {
    const text = list(site);
    const result = await audit({ path: 'README.md', text }, services({ links: true, scholar: true }));
    const found = result.findings.map((f) => `${f.rule}@${f.line}${f.fix ? ' fix' : ''}`);
    expect(found).toEqual([
      'published@7 fix',
      'link-moved@9 fix',
      'link-dead@13',
      'published@19 fix',
      'published@23 fix',
      'published@27 fix',
      'arxiv-metadata@31 fix',
      'arxiv-withdrawn@35',
      'blank-line@42 fix',
      'duplicate@44',
      'published@44 fix',
    ]);
    const message = (rule: string, line: number) =>
      result.findings.find((f) => f.rule === rule && f.line === line)!;
    expect(message('published', 7)).toMatchObject({
      message: 'Published since in ICLR 2022: write `ICLR 2022` for `Preprint 2021`.',
      source: 'arXiv 2106.09685v2: journal reference "ICLR 2022"',
    });
    // The list writes NeurIPS as `Neurips`.
    expect(message('published', 19).message).toContain('write `Neurips 2021`');
    expect(message('published', 23)).toMatchObject({
      source: expect.stringContaining('DOI 10.18653/v1/2021.acl-long.353'),
    });
    expect(message('published', 27)).toMatchObject({
      source: expect.stringMatching(/^Semantic Scholar .*DBLP/),
    });
    expect(message('link-dead', 13)).toMatchObject({ source: expect.stringContaining('→ 404') });
    expect(message('arxiv-withdrawn', 35).message).toContain('withdrawn by the author');
    // A 500 is "could not check", never dead.
    expect(result.unchecked).toEqual([
      expect.objectContaining({ line: 25, url: site('/broken'), reason: 'HTTP 500' }),
    ]);
  });

  it('applies the fixes, each in the entry’s own form, and a second audit proposes nothing', async () => {
    const text = list(site);
    const fixed = await auditAndFix({ path: 'README.md', text }, services({ links: true, scholar: true }));
    const lines = fixed.text.split('\n');
    expect(lines[6]).toBe(
      '- **LoRA: Low-Rank Adaptation of Large Language Models,** ICLR 2022. ![](https://img.shields.io/badge/LoRA-blue)',
    );
    expect(lines[8]).toContain(`[[code](${site('/ok')})]`);
    expect(lines[18]).toContain(
      '**Compacter: Efficient Low-Rank Hypercomplex Adapter Layers,** Neurips 2021.',
    );
    expect(lines[22]).toContain('**Prefix-Tuning: Optimizing Continuous Prompts for Generation,** ACL 2021.');
    expect(lines[26]).toContain(
      '**Towards a Unified View of Parameter-Efficient Transfer Learning,** ICLR 2022.',
    );
    expect(lines[30]).toContain('**A New Name for a Method, With Proofs,** Preprint 2023.');
    expect(fixed.changes.map((f) => f.rule).sort()).toEqual([
      'arxiv-metadata',
      'blank-line',
      'link-moved',
      'published',
      'published',
      'published',
      'published',
      'published',
    ]);
    // Nothing is lost: every entry is still there, with its links.
    const keys = (markdown: string) => {
      const source = toSource(markdown);
      return findPaperList(source, segment(source)).entries.map(
        (block) => parseEntry(source, block).links.length,
      );
    };
    expect(keys(fixed.text)).toEqual(keys(text));

    const again = await audit(
      { path: 'README.md', text: fixed.text },
      services({ links: true, scholar: true }),
    );
    expect(again.findings.filter((f) => f.fix !== null)).toEqual([]);
    expect(again.findings.map((f) => f.rule).sort()).toEqual(['arxiv-withdrawn', 'duplicate', 'link-dead']);
  });

  it('asks arXiv once for the whole list, and nothing else unless asked', async () => {
    await audit({ path: 'README.md', text: list(site) }, services());
    expect(arxiv.requests).toHaveLength(1);
    expect(scholar.requests).toEqual([]);
    expect(sites.requests).toEqual([]);
  });

  it('asks Semantic Scholar only about papers arXiv does not place, in one request', async () => {
    await audit({ path: 'README.md', text: list(site) }, services({ scholar: true }));
    expect(scholar.requests).toHaveLength(1);
    expect(scholar.requests[0]).toEqual(['ARXIV:2110.04366', 'ARXIV:2302.99998', 'ARXIV:2301.99999']);
  });

  it('goes on with arXiv alone when Semantic Scholar cannot be reached', async () => {
    scholar.faults = [{ kind: 'status', status: 503, retryAfter: '0', times: 5 }];
    const notices: string[] = [];
    const result = await audit(
      { path: 'README.md', text: list(site) },
      {
        ...services(),
        scholar: scholarClient({
          endpoint: scholar.url,
          notice: (m) => notices.push(m),
          spacingMs: 0,
          retries: 1,
        }).lookup,
      },
    );
    expect(notices).toEqual(['Semantic Scholar not reachable; venues taken from arXiv only']);
    expect(result.findings.filter((f) => f.rule === 'published')).toHaveLength(4);
    expect(scholar.requests).toHaveLength(2);
  });

  it('respects a list that cross-lists papers on purpose', async () => {
    const text = `${list(site)}
- **Compacter: Efficient Low-Rank Hypercomplex Adapter Layers,** Neurips 2021. ![](https://img.shields.io/badge/Compacter-blue)

  *Rabeeh Karimi Mahabadi, James Henderson, Sebastian Ruder*. [[pdf](https://arxiv.org/abs/2106.04647)]
`;
    const result = await audit({ path: 'README.md', text }, services());
    expect(result.findings.filter((f) => f.rule === 'duplicate')).toEqual([]);
  });

  it('is silenced by the list’s own comments, and skips what the config ignores', async () => {
    const text = list(site).replace(
      '- **A Study Its Authors Withdrew',
      '<!-- paperlint-disable-next-line arxiv-withdrawn -->\n- **A Study Its Authors Withdrew',
    );
    const result = await audit({ path: 'README.md', text, settings: { ignore: ['2106.09685'] } }, services());
    expect(result.findings.map((f) => f.rule)).not.toContain('arxiv-withdrawn');
    expect(result.findings.filter((f) => f.entryKey === 'arxiv:2106.09685')).toEqual([]);
  });
});
