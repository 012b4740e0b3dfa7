import { describe, expect, it } from '@jest/globals';
import { lint } from '../src/check/engine.js';

/**
 * What a list does on purpose in every entry is its way, not a slip to report on each new entry: a
 * table column its author hides (`| [//]: #06/24`), badges wrapped in a link to nowhere
 * (`[![venue](…)]()`). The same mark where the list never makes it, or a cell that would show, is
 * still reported.
 */
const PAPERS = [
  ['SparseGPT: Massive Language Models Can Be Accurately Pruned in One-Shot', '2301.00774', 'ICML', '23'],
  ['LLM-Pruner: On the Structural Pruning of Large Language Models', '2305.11627', 'NeurIPS', '23'],
  ['A Simple and Effective Pruning Approach for Large Language Models', '2306.11695', 'ICLR', '24'],
  [
    'Sheared LLaMA: Accelerating Language Model Pre-training via Structured Pruning',
    '2310.06694',
    'ICLR',
    '24',
  ],
  ['The LLM Surgeon', '2312.17244', 'ICLR', '24'],
] as const;
const NEW = [
  'SliceGPT: Compress Large Language Models by Deleting Rows and Columns',
  '2401.15024',
  'ICLR',
  '24',
] as const;

type Paper = readonly [string, string, string, string];

const badge = ([, , venue, year]: Paper) =>
  `[![Publish](https://img.shields.io/badge/Conference-${venue}'${year}-blue)]()`;
const row = (paper: Paper, { hidden = '[//]: #06/24', wrapped = true } = {}) =>
  `|${wrapped ? `${badge(paper)}<br>` : ''}[${paper[0]}](https://arxiv.org/abs/${paper[1]}) | [Paper](https://arxiv.org/abs/${paper[1]})|${hidden}`;
const table = (rows: readonly string[]) =>
  ['# Efficient LLM papers', '', '## Pruning', '', '| Title | Links |', '|:--|:--:|', ...rows, ''].join('\n');

async function review(after: string, before: string) {
  const { findings } = await lint({ path: 'README.md', text: after, baseText: before });
  return findings.map((f) => `${f.rule}@${f.line}`);
}

describe('a table whose rows end in a column their author hides', () => {
  const base = table(PAPERS.map((paper) => row(paper)));

  it('takes a new row with its hidden note as the rows it has', async () => {
    expect(await review(table([...PAPERS, NEW].map((paper) => row(paper))), base)).toEqual([]);
  });

  it('still reports a row whose extra cell would show', async () => {
    const after = table([...PAPERS.map((paper) => row(paper)), row(NEW, { hidden: ' ICLR 2024 |' })]);
    expect(await review(after, base)).toEqual([`table-row@${7 + PAPERS.length}`]);
  });
});

describe('a table whose rows leave their last cells out', () => {
  // `| Title | Links | Code |` over rows that stop after the links: GitHub shows the missing cell empty.
  const withCode = (rows: readonly string[]) =>
    table(rows).replace('| Title | Links |\n|:--|:--:|', '| Title | Links | Code |\n|:--|:--:|:--:|');
  const short = (paper: Paper) => row(paper, { hidden: '', wrapped: false });
  const full = (paper: Paper) => `${short(paper)} [code](https://github.com/example/${paper[1]}) |`;

  it('takes a new short row where the list leaves cells out', async () => {
    const base = withCode([...PAPERS.slice(0, 3).map(short), ...PAPERS.slice(3).map(full)]);
    const after = withCode([...PAPERS.slice(0, 3).map(short), ...PAPERS.slice(3).map(full), short(NEW)]);
    expect(await review(after, base)).toEqual([]);
  });

  it('reports a new short row where every other row is full', async () => {
    const after = withCode([...PAPERS.map(full), short(NEW)]);
    expect(await review(after, withCode(PAPERS.map(full)))).toEqual([`table-row@${7 + PAPERS.length}`]);
  });
});

describe('badges wrapped in a link to nowhere', () => {
  it('are the list’s way of writing a badge where its other rows do so', async () => {
    const base = table(PAPERS.map((paper) => row(paper, { hidden: '' })));
    const after = table([...PAPERS, NEW].map((paper) => row(paper, { hidden: '' })));
    expect(await review(after, base)).toEqual([]);
  });

  it('are a link to fill in where the list never writes one so', async () => {
    const base = table(PAPERS.map((paper) => row(paper, { hidden: '', wrapped: false })));
    const after = table([
      ...PAPERS.map((paper) => row(paper, { hidden: '', wrapped: false })),
      row(NEW, { hidden: '' }),
    ]);
    expect(await review(after, base)).toEqual([`empty-link@${7 + PAPERS.length}`]);
  });

  it('do not excuse a paper link left empty', async () => {
    const base = table(PAPERS.map((paper) => row(paper, { hidden: '' })));
    const after = table([
      ...PAPERS.map((paper) => row(paper, { hidden: '' })),
      row(NEW, { hidden: '' }).replace(`| [Paper](https://arxiv.org/abs/${NEW[1]})`, '| [Paper]()'),
    ]);
    expect(await review(after, base)).toEqual([`empty-link@${7 + PAPERS.length}`]);
  });
});
