import { describe, expect, it } from '@jest/globals';
import { lintText } from './helpers.js';

/**
 * A list with no "Papers" heading: its items read as paper entries by their arXiv links, so a change
 * that takes the link away leaves an item the list alone would not read as a paper.
 */
const PAPERS = [
  '- [Semi-Supervised Classification with Graph Convolutional Networks](https://arxiv.org/abs/1609.02907) - Kipf and Welling, ICLR 2017.',
  '- [Graph Attention Networks](https://arxiv.org/abs/1710.10903) - Veličković et al., ICLR 2018.',
  '- [Inductive Representation Learning on Large Graphs](https://arxiv.org/abs/1706.02216) - Hamilton et al., NeurIPS 2017.',
  '- [How Powerful are Graph Neural Networks?](https://arxiv.org/abs/1810.00826) - Xu et al., ICLR 2019.',
  '- [Neural Message Passing for Quantum Chemistry](https://arxiv.org/abs/1704.01212) - Gilmer et al., ICML 2017.',
  '- [Convolutional Neural Networks on Graphs with Fast Localized Spectral Filtering](https://arxiv.org/abs/1606.09375) - Defferrard et al., NeurIPS 2016.',
  '- [Simplifying Graph Convolutional Networks](https://arxiv.org/abs/1902.07153) - Wu et al., ICML 2019.',
  '- [Predict then Propagate: Graph Neural Networks meet Personalized PageRank](https://arxiv.org/abs/1810.05997) - Klicpera et al., ICLR 2019.',
  '- [GraphSAINT: Graph Sampling Based Inductive Learning Method](https://arxiv.org/abs/1907.04931) - Zeng et al., ICLR 2020.',
  '- [Cluster-GCN: An Efficient Algorithm for Training Deep and Large Graph Convolutional Networks](https://arxiv.org/abs/1905.07953) - Chiang et al., KDD 2019.',
];
const HEAD = 4;
const list = (entries: readonly string[]) =>
  ['# Awesome GNN', '', '## Models', '', ...entries, ''].join('\n');
const BASE = list(PAPERS);
/** The list with its fifth entry (MPNN) rewritten. */
const withFifthOf = (papers: readonly string[], entry: string) =>
  list(papers.map((paper, i) => (i === 4 ? entry : paper)));
const withFifth = (entry: string) => withFifthOf(PAPERS, entry);
const FIFTH = HEAD + 5;

describe('an entry a change took its paper link from', () => {
  it('is still checked: an emptied link is reported', async () => {
    const text = withFifth(PAPERS[4].replace('(https://arxiv.org/abs/1704.01212)', '()'));
    const result = await lintText(text, undefined, BASE);
    expect(result.findings.map((f) => `${f.rule}@${f.line}`)).toContain(`empty-link@${FIFTH}`);
  });

  it('is still checked: a removed paper link is reported on the line the change left', async () => {
    const text = withFifth('- Neural Message Passing for Quantum Chemistry - Gilmer et al., ICML 2017.');
    const result = await lintText(text, undefined, BASE);
    expect(result.findings.map((f) => `${f.rule}@${f.line}`)).toContain(`pdf-missing@${FIFTH}`);
  });

  it('is not taken for a paper without the base version to show it was one', async () => {
    const text = withFifth('- Neural Message Passing for Quantum Chemistry - Gilmer et al., ICML 2017.');
    expect((await lintText(text)).findings.filter((f) => f.line === FIFTH)).toEqual([]);
  });

  it('leaves an item the change added among the papers alone when it was never a paper', async () => {
    const text = list([
      ...PAPERS.slice(0, 5),
      '- A graph learning toolkit with examples in Python',
      ...PAPERS.slice(5),
    ]);
    const result = await lintText(text, undefined, BASE);
    expect(result.findings.filter((f) => f.line === FIFTH + 1)).toEqual([]);
  });
});

describe('an entry a change took its paper link from, beside a resource of its section', () => {
  const TOOL =
    '- [PyTorch Geometric](https://github.com/pyg-team/pytorch_geometric) - a library for graph learning.';
  const withTool = (entries: readonly string[]) => list([TOOL, ...entries]);

  it('is checked as the paper it was: its emptied title link is reported', async () => {
    const text = withTool([
      PAPERS[0].replace('(https://arxiv.org/abs/1609.02907)', '()'),
      ...PAPERS.slice(1),
    ]);
    const result = await lintText(text, undefined, withTool(PAPERS));
    expect(result.findings.map((f) => `${f.rule}@${f.line}`)).toContain(`empty-link@${HEAD + 2}`);
  });
});

describe('an entry whose link line a change emptied to its indent', () => {
  /** `- Title.` / `  [[pdf]](url)` / `  - Authors, Venue.` */
  const threeLines = PAPERS.map((paper) =>
    paper.replace(/^- \[(.*)\]\((.*)\) - (.*)$/, '- $1.\n  [[pdf]]($2)\n  - $3'),
  );
  const BASE_THREE = list(threeLines);

  it('is checked as the paper it was: the missing link is reported on the emptied line', async () => {
    const text = BASE_THREE.replace('  [[pdf]](https://arxiv.org/abs/1704.01212)', '  ');
    const result = await lintText(text, undefined, BASE_THREE);
    expect(result.findings.map((f) => `${f.rule}@${f.line}`)).toEqual([`pdf-missing@${HEAD + 3 * 4 + 2}`]);
  });
});

describe('an author line a change moved out of its entry', () => {
  /** Each paper with its authors on a nested line: `- [Title](url)` / `  - Authors. Venue.` */
  const nested = PAPERS.map((paper) => paper.replace(/\) - (.*)$/, ')\n  - $1'));
  const BASE_NESTED = list(nested);
  const AUTHORS = HEAD + 2 * 4 + 2; // the fifth entry's author line

  it('is reported where it now starts an item of its own, and the fix indents it back', async () => {
    const text = BASE_NESTED.replace('  - Gilmer et al., ICML 2017.', '- Gilmer et al., ICML 2017.');
    const result = await lintText(text, undefined, BASE_NESTED);
    expect(result.findings.map((f) => `${f.rule}@${f.line}`)).toEqual([`indent@${AUTHORS}`]);
    expect(result.findings[0].message).toContain('Indent this line by 2 spaces');
    expect(result.findings[0].fix?.replacement).toBe('  - Gilmer et al., ICML 2017.');
  });

  it('is not reported when the change moves a whole entry, or lifts a paper of its own out of a list', async () => {
    const moved = list([...nested.slice(1, 5), nested[0], ...nested.slice(5)]);
    expect((await lintText(moved, undefined, BASE_NESTED)).findings).toEqual([]);
    const topic = list([
      '- Convolutions',
      ...PAPERS.slice(0, 3).map((paper) => `  ${paper}`),
      ...PAPERS.slice(3),
    ]);
    const lifted = list(['- Convolutions', ...PAPERS]);
    expect((await lintText(lifted, undefined, topic)).findings.filter((f) => f.rule === 'indent')).toEqual(
      [],
    );
  });
});

describe('an unbolded title in a list that bolds its titles', () => {
  const bold = (paper: string) => paper.replace(/^- \[([^\]]+)\]\(([^)]+)\)/, '- **$1** [[pdf]($2)]');
  const plain = (paper: string) => paper.replace(/^- \[([^\]]+)\]\(([^)]+)\)/, '- $1 [[pdf]($2)]');
  /** Enough bold entries that three unbolded ones leave the list bolding over 90% of its titles. */
  const older = Array.from({ length: 4 }, () => PAPERS.slice(2).map(bold)).flat();
  const added = plain(PAPERS[1]);

  it('is reported next to bold titles', async () => {
    const base = list([bold(PAPERS[0]), ...older]);
    const text = list([bold(PAPERS[0]), added, ...older]);
    const result = await lintText(text, undefined, base);
    expect(result.findings.filter((f) => f.line === HEAD + 2).map((f) => f.rule)).toContain('title-format');
  });

  it('is not where the entries around it leave their titles unbolded too (the list has drifted)', async () => {
    const recent = [plain(PAPERS[0])];
    const drifted = [...older.slice(0, 2).map((paper) => paper.replace(/\*\*/g, '')), ...older.slice(2)];
    const base = list([...recent, ...drifted]);
    const text = list([...recent, added, ...drifted]);
    const result = await lintText(text, undefined, base);
    expect(result.findings.filter((f) => f.line === HEAD + 2)).toEqual([]);
  });
});

/**
 * A list that writes its papers as paragraphs (no list marker): a paragraph is an entry by its bold or
 * linked title alone, so a change that takes the title's marks out leaves what reads as prose.
 */
describe('a paragraph entry a change took its title marks from', () => {
  const PARAGRAPHS = [
    [
      'Learned protein embeddings for machine learning.',
      'Kevin K. Yang, Zachary Wu, Claire N. Bedbrook, Frances H. Arnold.',
      '*Bioinformatics, March 2018.*',
      '[[10.1093/bioinformatics/bty178](https://doi.org/10.1093/bioinformatics/bty178)]',
    ],
    [
      'Highly accurate protein structure prediction with AlphaFold.',
      'John Jumper, Richard Evans, Alexander Pritzel.',
      '*Nature, July 2021.*',
      '[[Nature](https://www.nature.com/articles/s41586-021-03819-2)]',
    ],
    [
      'Evaluating Protein Transfer Learning with TAPE.',
      'Roshan Rao, Nicholas Bhattacharya, Neil Thomas.',
      '*Preprint, June 2019.*',
      '[[arxiv](https://arxiv.org/abs/1906.08230)]',
    ],
    [
      'Machine learning-guided directed evolution for protein engineering.',
      'Kevin K. Yang, Zachary Wu, Frances H. Arnold.',
      '*Nature Methods, July 2019.*',
      '[[arxiv](https://arxiv.org/abs/1811.10775)]',
    ],
    [
      'Unified rational protein engineering with sequence-based deep representation learning.',
      'Ethan C. Alley, Grigory Khimulya, Surojit Biswas.',
      '*Nature Methods, October 2019.*',
      '[[arxiv](https://arxiv.org/abs/1907.03862)]',
    ],
  ];
  const paragraphs = (title: (text: string, at: number) => string) =>
    [
      '# Machine learning for proteins',
      '',
      '## Papers',
      '',
      ...PARAGRAPHS.flatMap(([text, authors, venue, link], at) => [
        `${title(text, at)}  `,
        `${authors}  `,
        `${venue}  `,
        link,
        '',
      ]),
    ].join('\n');
  const BOLD = paragraphs((text) => `**${text}**`);
  /** The first line of the third paragraph. */
  const THIRD = 5 + 2 * 5;

  it('is still checked as the paper it was: the unbolded title is reported', async () => {
    const text = paragraphs((text, at) => (at === 2 ? text : `**${text}**`));
    const result = await lintText(text, undefined, BOLD);
    expect(result.findings.filter((f) => f.line === THIRD).map((f) => f.rule)).toEqual(['title-format']);
  });

  it('is not taken for a paper without the base version to show it was one', async () => {
    const text = paragraphs((text, at) => (at === 2 ? text : `**${text}**`));
    expect((await lintText(text)).findings.filter((f) => f.line === THIRD)).toEqual([]);
  });

  it('is not where a change writes a new paragraph of prose', async () => {
    const text = BOLD.replace('## Papers\n', '## Papers\n\nPapers on proteins, newest first.\n');
    expect((await lintText(text, undefined, BOLD)).findings).toEqual([]);
  });
});

describe('a linked title a change unbolded, in a list that bolds its linked titles', () => {
  const boldLink = (paper: string) => paper.replace(/^- (\[[^\]]+\]\([^)]+\))/, '- **$1**');
  const BOLD = PAPERS.map(boldLink);

  it('is reported', async () => {
    const result = await lintText(withFifthOf(BOLD, PAPERS[4]), undefined, list(BOLD));
    expect(result.findings.filter((f) => f.line === FIFTH).map((f) => f.rule)).toEqual(['title-format']);
  });

  it('is not where the entries around it leave their linked titles unbolded too (the list has drifted)', async () => {
    /** The fifth entry's neighbours unbolded, and enough bold entries after them to keep 90% bold. */
    const drifted = [
      ...BOLD.map((paper, i) => ([2, 3, 5, 6].includes(i) ? PAPERS[i] : paper)),
      ...Array.from({ length: 3 }, () => BOLD).flat(),
    ];
    const result = await lintText(withFifthOf(drifted, PAPERS[4]), undefined, list(drifted));
    expect(result.findings.filter((f) => f.line === FIFTH)).toEqual([]);
    const aroundBold = [...BOLD, ...drifted.slice(BOLD.length)];
    const reported = await lintText(withFifthOf(aroundBold, PAPERS[4]), undefined, list(aroundBold));
    expect(reported.findings.filter((f) => f.line === FIFTH).map((f) => f.rule)).toEqual(['title-format']);
  });

  it('is not in a list that links its titles without bold', async () => {
    const result = await lintText(withFifth(PAPERS[4].replace(' - Gilmer', ' - by Gilmer')), undefined, BASE);
    expect(result.findings.filter((f) => f.rule === 'title-format')).toEqual([]);
  });
});
