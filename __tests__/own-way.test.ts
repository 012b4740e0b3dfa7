import { describe, expect, it } from '@jest/globals';
import { lint } from '../src/check/engine.js';

/**
 * A section a change writes whole, every entry one way, is its author's choice for that section: a
 * section of datasets goes without author lines in a list whose papers all have one.
 */
const PAPERS = [
  ['Attention Is All You Need', 'NeurIPS 2017', '1706.03762', 'Ashish Vaswani, Noam Shazeer'],
  ['Deep Residual Learning for Image Recognition', 'CVPR 2016', '1512.03385', 'Kaiming He, Xiangyu Zhang'],
  ['Language Models are Few-Shot Learners', 'NeurIPS 2020', '2005.14165', 'Tom B. Brown, Benjamin Mann'],
  ['Layer Normalization', 'arXiv 2016', '1607.06450', 'Jimmy Lei Ba, Jamie Ryan Kiros'],
  ['Adam: A Method for Stochastic Optimization', 'ICLR 2015', '1412.6980', 'Diederik P. Kingma, Jimmy Ba'],
] as const;
const DATASETS = [
  ['SQuAD: 100,000+ Questions for Machine Comprehension of Text', '1606.05250'],
  ['GLUE: A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding', '1804.07461'],
  ['The LAMBADA dataset: Word prediction requiring a broad discourse context', '1606.06031'],
] as const;
const paper = ([title, venue, id, authors]: readonly [string, string, string, string]) =>
  `- **${title}.** ${venue}.\n  *${authors}.* [[pdf](https://arxiv.org/abs/${id})]`;
const dataset = ([title, id]: (typeof DATASETS)[number]) =>
  `- **${title}.** [[pdf](https://arxiv.org/abs/${id})]`;
const list = (sections: readonly string[]) => ['# Papers', '', ...sections, ''].join('\n');
const models = ['## Models', '', ...PAPERS.map(paper)].join('\n\n');
const authorsFindings = async (text: string) =>
  (await lint({ path: 'README.md', text, baseText: list([models]) })).findings
    .filter((f) => f.rule === 'authors-format')
    .map((f) => f.line);

describe('a new section written one way', () => {
  it('keeps its entries without author lines when every one of them goes without', async () => {
    const datasets = ['## Datasets', '', ...DATASETS.map(dataset)].join('\n');
    expect(await authorsFindings(list([models, datasets]))).toEqual([]);
  });

  it('counts the entries under all the subheadings of a new section together', async () => {
    const datasets = [
      '## Datasets',
      '### Reading comprehension',
      ...DATASETS.slice(0, 2).map(dataset),
      '### Language modelling',
      dataset(DATASETS[2]),
    ].join('\n\n');
    expect(await authorsFindings(list([models, datasets]))).toEqual([]);
  });

  it('still asks for the author line of one such entry among the papers', async () => {
    const text = list([models + '\n\n' + dataset(DATASETS[0])]);
    expect(await authorsFindings(text)).toEqual([text.split('\n').findIndex((l) => l.includes('SQuAD')) + 1]);
  });
});

describe('a change that writes most of its lines its own way', () => {
  // Three new papers, each with its author line set apart by an empty line, in a list that keeps them together.
  const added = DATASETS.map(([title, id]) =>
    paper([title, 'arXiv 2016', id, 'Pranav Rajpurkar, Jian Zhang']).replace('\n  *', '\n\n  *'),
  );
  const blankLines = async (text: string) =>
    (await lint({ path: 'README.md', text, baseText: list([models]) })).findings
      .filter((f) => f.rule === 'blank-line')
      .map((f) => f.line);

  it('keeps the empty lines its author puts before three author lines, wherever they are', async () => {
    const text = list([
      models,
      ['## Datasets', '', added[0]].join('\n\n'),
      ['## Benchmarks', '', ...added.slice(1)].join('\n\n'),
    ]);
    expect(await blankLines(text)).toEqual([]);
  });

  it('still reports one such line among entries written as the list writes them', async () => {
    const text = list([[models, added[0]].join('\n\n')]);
    expect(await blankLines(text)).toEqual([text.split('\n').findIndex((l) => l.includes('Rajpurkar')) + 1]);
  });
});

describe('entries written without the empty line a list keeps before its author lines', () => {
  // The names then run into the title's paragraph: a reader sees it, so three such entries are three slips.
  const apart = PAPERS.map((p) => paper(p).replace('\n  *', '\n\n  *'));
  const base = list([['## Models', '', ...apart].join('\n\n')]);
  const together = DATASETS.map(([title, id]) =>
    paper([title, 'arXiv 2016', id, 'Pranav Rajpurkar, Jian Zhang']),
  );

  it('are each reported, even three of them', async () => {
    const text = list([['## Models', '', ...apart, ...together].join('\n\n')]);
    const { findings } = await lint({ path: 'README.md', text, baseText: base });
    expect(findings.filter((f) => f.rule === 'blank-line')).toHaveLength(3);
  });
});

describe('a batch of papers pasted in one style into a section', () => {
  it('is its own way there, though the change edits as many entries elsewhere as the list writes them', async () => {
    const plainLinks = DATASETS.map(([title, id]) =>
      paper([title, 'arXiv 2016', id, 'Pranav Rajpurkar, Jian Zhang']).replace(
        /\[\[pdf\]\((.*)\)\]/,
        '[pdf]($1)',
      ),
    );
    const more = models.replace('## Models', '## More models');
    const revised = [
      '## Models',
      '',
      ...PAPERS.map((p, i) => (i < 3 ? paper(p).replace('.* [[pdf]', ', et al.* [[pdf]') : paper(p))),
    ].join('\n\n');
    const text = list([revised, more, ['## Datasets', '', ...plainLinks].join('\n\n')]);
    const { findings } = await lint({ path: 'README.md', text, baseText: list([models, more]) });
    expect(findings.filter((f) => f.rule === 'pdf-missing')).toEqual([]);
  });
});

describe('papers a change adds ahead of their links', () => {
  const linked = PAPERS.map(paper);
  const unlinked = (title: string, venue: string, authors: string) =>
    `- **${title}.** ${venue}.\n  *${authors}.*`;
  const accepted = [
    unlinked('Segment Anything', 'ICCV 2023', 'Alexander Kirillov, Eric Mintun'),
    unlinked(
      'Adding Conditional Control to Text-to-Image Diffusion Models',
      'ICCV 2023',
      'Lvmin Zhang, Anyi Rao',
    ),
    unlinked('Scalable Diffusion Models with Transformers', 'ICCV 2023', 'William Peebles, Saining Xie'),
  ];
  const missing = async (text: string) =>
    (await lint({ path: 'README.md', text, baseText: list([models]) })).findings
      .filter((f) => f.rule === 'pdf-missing')
      .map((f) => f.line);

  it('are not asked for links: several papers of a section added without them await their proceedings', async () => {
    expect(await missing(list([['## Models', '', ...linked, ...accepted].join('\n\n')]))).toEqual([]);
  });

  it('but one paper added without its link is asked for it', async () => {
    const text = list([['## Models', '', ...linked, accepted[0]].join('\n\n')]);
    expect(await missing(text)).toEqual([text.split('\n').findIndex((l) => l.includes('Kirillov')) + 1]);
  });
});
