/**
 * Where a list links each paper under its venue and year (`[ACL 2025](…)`), a link there is in the
 * paper's place whatever site it goes to: a venue's own page for the paper is no missing paper link.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../src/check/engine.js';

const entry = (title: string, authors: string, label: string, url: string) =>
  `**${title}** <br>\n${authors} <br>\n[${label}](${url})\n`;

const PAPERS = [
  entry(
    'Attention Is All You Need',
    'Ashish Vaswani, Noam Shazeer',
    'NeurIPS 2017',
    'https://arxiv.org/pdf/1706.03762',
  ),
  entry(
    'Deep Residual Learning for Image Recognition',
    'Kaiming He, Xiangyu Zhang',
    'CVPR 2016',
    'https://arxiv.org/pdf/1512.03385',
  ),
  entry(
    'Layer Normalization',
    'Jimmy Lei Ba, Jamie Ryan Kiros',
    'arXiv, 21 Jul 2016',
    'https://arxiv.org/pdf/1607.06450',
  ),
  entry(
    'Adam: A Method for Stochastic Optimization',
    'Diederik P. Kingma, Jimmy Ba',
    'ICLR 2015',
    'https://arxiv.org/pdf/1412.6980',
  ),
];
const list = (added: string) => ['# Papers', '', '## Models', '', ...PAPERS, added].join('\n');
const pdfMissing = async (added: string) =>
  (await lint({ path: 'README.md', text: list(added), baseText: list('') })).findings.filter(
    (f) => f.rule === 'pdf-missing',
  );

describe('a paper linked under its venue and year, as the list links its papers', () => {
  it('is linked, though the link goes to the venue’s page for the paper', async () => {
    const added = entry(
      'Direct Preference Optimization: Your Language Model is Secretly a Reward Model',
      'Rafael Rafailov, Archit Sharma',
      'NeurIPS 2023',
      'https://neurips.cc/virtual/2023/poster/70841',
    );
    expect(await pdfMissing(added)).toEqual([]);
  });

  it('is still asked for its link when it has none', async () => {
    const added =
      '**Direct Preference Optimization: Your Language Model is Secretly a Reward Model** <br>\nRafael Rafailov, Archit Sharma\n';
    expect(await pdfMissing(added)).toHaveLength(1);
  });
});
