import { describe, expect, it } from '@jest/globals';
import { lintText } from './helpers.js';

/**
 * A PR is held to what its change did: an entry it edits keeps the problems it had before without
 * their being reported as new, while a new entry (a copy of an old one included) is checked whole.
 */
const ROWS = [
  '| [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | 2017 | [code](https://github.com/tensorflow/tensor2tensor) |',
  '| [BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding](https://arxiv.org/abs/1810.04805) | 2018 | [code](https://github.com/google-research/bert) |',
  '| [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) | 2015 | []( ) |',
  '| [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980) | 2014 | [code](https://github.com/pytorch/pytorch) |',
  '| [Generative Adversarial Networks](https://arxiv.org/abs/1406.2661) | 2014 | [code](https://github.com/goodfeli/adversarial) |',
  '| [Neural Machine Translation by Jointly Learning to Align and Translate](https://arxiv.org/abs/1409.0473) | 2014 | [code](https://github.com/lisa-groundhog/GroundHog) |',
];
const list = (rows: readonly string[]) =>
  [
    '# Deep learning papers',
    '',
    '## Papers',
    '',
    '| Paper | Year | Code |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
const BASE = list(ROWS);
const RESNET_LINE = 9;
const rules = (findings: readonly { rule: string; line: number }[]) =>
  findings.map((f) => `${f.rule}@${f.line}`);

describe('old problems of an entry a change edited', () => {
  it('are not reported when the edit left them as they were', async () => {
    const edited = ROWS.map((row, i) => (i === 2 ? row.replace('| 2015 |', '| 2016 |') : row));
    const result = await lintText(list(edited), undefined, BASE);
    expect(rules(result.findings)).not.toContain(`empty-link@${RESNET_LINE}`);
  });

  it('are reported when the same entry is linted whole, without a base', async () => {
    const result = await lintText(BASE);
    expect(rules(result.findings)).toContain(`empty-link@${RESNET_LINE}`);
  });

  it('are reported on a new copy of the entry: a paper added again is new', async () => {
    const copied = [...ROWS, ROWS[2]];
    const result = await lintText(list(copied), undefined, BASE);
    const copyLine = 7 + ROWS.length;
    expect(rules(result.findings)).toEqual(
      expect.arrayContaining([`empty-link@${copyLine}`, `duplicate@${copyLine}`]),
    );
  });

  it('are not reported when the edit only relabelled them (the link is as empty as it was)', async () => {
    const base = list(ROWS.map((row, i) => (i === 2 ? row.replace('[]( )', '[code]()') : row)));
    const relabelled = ROWS.map((row, i) => (i === 2 ? row.replace('[]( )', '[Code]()') : row));
    expect(rules((await lintText(list(relabelled), undefined, base)).findings)).not.toContain(
      `empty-link@${RESNET_LINE}`,
    );
    // A second empty link beside the old one is new: the entry has the problem more often than it had.
    const twice = ROWS.map((row, i) => (i === 2 ? row.replace('[]( )', '[Code]() [project]()') : row));
    expect(rules((await lintText(list(twice), undefined, base)).findings)).toContain(
      `empty-link@${RESNET_LINE}`,
    );
  });

  it('do not hide a new problem the edit made', async () => {
    const edited = ROWS.map((row, i) =>
      i === 3 ? row.replace('(https://github.com/pytorch/pytorch)', '( )') : row,
    );
    const result = await lintText(list(edited), undefined, BASE);
    expect(rules(result.findings)).toContain(`empty-link@${RESNET_LINE + 1}`);
  });
});

describe('a table a change turns into bullets', () => {
  const PAPERS: readonly [string, string][] = [
    ['Attention Is All You Need', 'https://papers.nips.cc/paper/7181'],
    ['Deep Residual Learning for Image Recognition', 'https://ieeexplore.ieee.org/document/7780459'],
    ['Adam: A Method for Stochastic Optimization', 'https://openreview.net/forum?id=8gmWwjFyLj'],
    ['Generative Adversarial Networks', 'https://papers.nips.cc/paper/5423'],
    [
      'Neural Machine Translation by Jointly Learning to Align and Translate',
      'https://openreview.net/forum?id=B1x',
    ],
    [
      'Batch Normalization: Accelerating Deep Network Training',
      'https://proceedings.mlr.press/v37/ioffe15.html',
    ],
  ];
  /** The third paper's link is written `[PUB](url)` in the table, `[[PUB](url)]` (or as given) elsewhere. */
  const table = (third: string) =>
    [
      '# Deep learning papers',
      '',
      '## Papers',
      '',
      '| Title | Year | Links |',
      '|---|---|---|',
      ...PAPERS.map(([title, url], i) => `| ${title} | 2020 | ${i === 2 ? third : `[[PUB](${url})]`} |`),
      '',
    ].join('\n');
  const bullets = [
    '# Deep learning papers',
    '',
    '## Papers',
    '',
    ...PAPERS.flatMap(([title, url], i) => [
      `- ${title}. ${i === 2 ? `[PUB](${url})` : `[[PUB](${url})]`}`,
      '',
    ]),
  ].join('\n');
  const thirdLine = 9;
  const linkFindings = async (base: string) =>
    rules((await lintText(bullets, undefined, base)).findings).filter((f) => f.startsWith('pdf-missing'));

  it('keeps the old link style of a row as an old problem (its title cell has no period)', async () => {
    expect(await linkFindings(table(`[PUB](${PAPERS[2][1]})`))).toEqual([]);
  });

  it('still reports the link style the change itself wrote', async () => {
    expect(await linkFindings(table(`[[PUB](${PAPERS[2][1]})]`))).toEqual([`pdf-missing@${thirdLine}`]);
  });
});
