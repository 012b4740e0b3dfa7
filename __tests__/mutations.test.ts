import { describe, expect, it } from '@jest/globals';
import { lintText, rulesOf } from './helpers.js';

/**
 * Breaks a careful reviewer catches in a PR, found in the field's mutation runs: one entry of a list
 * that keeps a convention throughout, broken against it.
 */

/** Bold titles, an empty line, then the author line indented into the item, with its paper link. */
const PAPERS = [
  [
    'Attention Is All You Need',
    'Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob Uszkoreit',
    'https://arxiv.org/abs/1706.03762',
  ],
  [
    'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
    'Jacob Devlin, Ming-Wei Chang, Kenton Lee, Kristina Toutanova',
    'https://arxiv.org/abs/1810.04805',
  ],
  [
    'Deep Residual Learning for Image Recognition',
    'Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun',
    'https://arxiv.org/abs/1512.03385',
  ],
  [
    'Adam: A Method for Stochastic Optimization',
    'Diederik P. Kingma, Jimmy Ba',
    'https://arxiv.org/abs/1412.6980',
  ],
  [
    'Generative Adversarial Networks',
    'Ian J. Goodfellow, Jean Pouget-Abadie, Mehdi Mirza, Bing Xu',
    'https://arxiv.org/abs/1406.2661',
  ],
  [
    'Neural Machine Translation by Jointly Learning to Align and Translate',
    'Dzmitry Bahdanau, Kyunghyun Cho, Yoshua Bengio',
    'https://arxiv.org/abs/1409.0473',
  ],
] as const;

const itemList = (authorIndent: (index: number) => string) =>
  [
    '# Deep learning papers',
    '',
    '## Papers',
    '',
    ...PAPERS.flatMap(([title, authors, url], i) => [
      `- **${title}** Preprint 2017.`,
      '',
      `${authorIndent(i)}*${authors}* [[pdf](${url})]`,
      '',
    ]),
  ].join('\n');

describe('an author line moved out of its item', () => {
  const base = itemList(() => '  ');
  // The third paper’s author line (line 15) loses its indent: after the empty line it leaves the item.
  const changed = itemList((i) => (i === 2 ? '' : '  '));
  const AUTHOR_LINE = 15;

  it('is reported, though the entry reads through the list template with its own spacing', async () => {
    expect(changed.split('\n')[AUTHOR_LINE - 1]).toMatch(/^\*Kaiming He/);
    const result = await lintText(changed, undefined, base);
    expect(rulesOf(result)).toContain(`indent@${AUTHOR_LINE}`);
  });

  it('is not reported where the list writes its author lines so throughout', async () => {
    const flush = itemList(() => '');
    const added = flush.replace(
      '\n## Papers\n',
      '\n## Papers\n\n- **Layer Normalization** Preprint 2016.\n\n*Jimmy Lei Ba, Jamie Ryan Kiros, Geoffrey E. Hinton* [[pdf](https://arxiv.org/abs/1607.06450)]\n',
    );
    const result = await lintText(added, undefined, flush);
    expect(result.findings.filter((finding) => finding.rule === 'indent')).toEqual([]);
  });
});

/** Rows whose titles link the code, with the paper linked in a column of its own. */
const ROWS = [
  ['Attention Is All You Need', 'tensorflow/tensor2tensor', '1706.03762'],
  ['BERT: Pre-training of Deep Bidirectional Transformers', 'google-research/bert', '1810.04805'],
  ['Deep Residual Learning for Image Recognition', 'KaimingHe/deep-residual-networks', '1512.03385'],
  ['Generative Adversarial Networks', 'goodfeli/adversarial', '1406.2661'],
  ['Neural Machine Translation by Jointly Learning to Align', 'lisa-groundhog/GroundHog', '1409.0473'],
  ['Layer Normalization', 'ryankiros/layer-norm', '1607.06450'],
] as const;

const table = (paperCell: (index: number, id: string) => string) =>
  [
    '# Efficient models',
    '',
    '## Papers',
    '',
    '| Title & Authors | Links |',
    '|---|---|',
    ...ROWS.map(
      ([title, repo, id], i) =>
        `| [${title}](https://github.com/${repo}) <br> Some Author, Other Author | ${paperCell(i, id)} |`,
    ),
    '',
  ].join('\n');

describe('a paper link taken out of a row whose title links the code', () => {
  const withPaper = (_: number, id: string) =>
    `[Github](https://github.com) [paper](https://arxiv.org/abs/${id})`;
  const base = table(withPaper);
  const ROW = 9;

  it('is reported: the repository is not in the paper link’s place where the rows around link their papers', async () => {
    const changed = table((i, id) => (i === 2 ? '[Github](https://github.com)' : withPaper(i, id)));
    const result = await lintText(changed, undefined, base);
    expect(rulesOf(result)).toContain(`pdf-missing@${ROW}`);
    const finding = result.findings.find((f) => f.rule === 'pdf-missing');
    expect(finding?.message).toMatch(/^Add a link to the paper itself/);
  });

  it('is not asked for where the rows around link only their code too', async () => {
    const codeOnly = table(() => '[Github](https://github.com)');
    const changed = codeOnly.replace(
      'Some Author, Other Author | [Github](https://github.com) |',
      'Some Author | [Github](https://github.com) |',
    );
    const result = await lintText(changed, undefined, codeOnly);
    expect(result.findings.filter((finding) => finding.rule === 'pdf-missing')).toEqual([]);
  });
});
