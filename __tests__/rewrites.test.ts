import { describe, expect, it } from '@jest/globals';
import { lint } from '../src/check/engine.js';
import { diffLines } from '../src/read/diff.js';
import { toSource } from '../src/read/text.js';

const PAPERS = [
  ['Attention Is All You Need', 'NeurIPS 2017', '1706.03762'],
  [
    'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
    'NAACL 2019',
    '1810.04805',
  ],
  ['Language Models are Few-Shot Learners', 'NeurIPS 2020', '2005.14165'],
  ['LoRA: Low-Rank Adaptation of Large Language Models', 'ICLR 2022', '2106.09685'],
  ['Training language models to follow instructions with human feedback', 'NeurIPS 2022', '2203.02155'],
  ['QLoRA: Efficient Finetuning of Quantized LLMs', 'NeurIPS 2023', '2305.14314'],
] as const;

/** A list whose contribution guide asks for `/abs/` links, its entries linking arXiv one way. */
const list = (link: (id: string) => string) =>
  [
    '# Must-read papers on language models',
    '',
    '## Papers',
    '',
    ...PAPERS.map(([title, venue, id]) => `- **${title},** ${venue}. [[pdf](${link(id)})]`),
    '',
    '## Contributing',
    '',
    'Link the arXiv abstract page (`https://arxiv.org/abs/…`), not the PDF.',
    '',
  ].join('\n');

const abs = list((id) => `https://arxiv.org/abs/${id}`);
const pdf = list((id) => `https://arxiv.org/pdf/${id}`);

describe('a change that rewrites most entries', () => {
  it('is held to the style of the base version, at the severity its guide gives', async () => {
    const result = await lint({ path: 'README.md', text: pdf, baseText: abs });
    expect(result.checked).toBe(PAPERS.length);
    expect(result.convention.arxivLink).toBe('abs');
    expect(result.findings.map((f) => [f.rule, f.severity, f.entryKey])).toEqual(
      PAPERS.map(([, , id]) => ['arxiv-abs', 'error', `arxiv:${id}`]),
    );
  });

  it('asks for the base version when given a patch and a way to read it', async () => {
    const change = diffLines(toSource(abs).lines, toSource(pdf).lines);
    const result = await lint({ path: 'README.md', text: pdf, change, baseText: async () => abs });
    expect(result.findings.filter((f) => f.rule === 'arxiv-abs')).toHaveLength(PAPERS.length);
  });

  it('while a change to fewer than half of them learns from the entries it left alone', async () => {
    const lines = abs.split('\n');
    const first = lines.findIndex((line) => line.includes('1706.03762'));
    lines[first] = lines[first].replace('/abs/', '/pdf/');
    let asked = 0;
    const baseText = async () => {
      asked++;
      return abs;
    };
    const text = lines.join('\n');
    const change = diffLines(toSource(abs).lines, toSource(text).lines);
    const result = await lint({ path: 'README.md', text, change, baseText });
    expect(result.findings.map((f) => [f.rule, f.line])).toEqual([['arxiv-abs', first + 1]]);
    // The style comes from the entries left alone; the base is read once, only to tell whether the
    // edited entry had its problem before the change.
    expect(asked).toBe(1);
  });

  it('does not read the base for a change that only adds an entry', async () => {
    const lines = abs.split('\n');
    const first = lines.findIndex((line) => line.includes('1706.03762'));
    lines.splice(
      first,
      0,
      '- **Deep Residual Learning for Image Recognition,** CVPR 2016. [[pdf](https://arxiv.org/pdf/1512.03385)]',
    );
    let asked = 0;
    const baseText = async () => {
      asked++;
      return abs;
    };
    const text = lines.join('\n');
    const change = diffLines(toSource(abs).lines, toSource(text).lines);
    const result = await lint({ path: 'README.md', text, change, baseText });
    expect(result.findings.map((f) => [f.rule, f.line])).toEqual([['arxiv-abs', first + 1]]);
    expect(asked).toBe(0);
  });
});

/** The same papers in a list with no contribution guide: its style is only what its entries show. */
const unguided = (entry: (paper: (typeof PAPERS)[number], index: number) => string) =>
  ['# Papers on language models', '', '## Papers', '', ...PAPERS.map(entry), ''].join('\n');
const boldTitles = unguided(
  ([title, venue, id]) => `- **${title},** ${venue}. [[pdf](https://arxiv.org/abs/${id})]`,
);

describe('a change that rewrites most entries without a written rule', () => {
  it('restyles the list when the entries it wrote agree on their new form', async () => {
    const plainTitles = unguided(
      ([title, venue, id]) => `- ${title}. ${venue}. [[pdf](https://arxiv.org/abs/${id})]`,
    );
    const result = await lint({ path: 'README.md', text: plainTitles, baseText: boldTitles });
    expect(result.checked).toBe(PAPERS.length);
    expect(result.convention.titleBold).toBeNull();
    expect(result.findings).toEqual([]);
  });

  it('is held to the base version when the entries it wrote disagree among themselves', async () => {
    const mixed = unguided(([title, venue, id], index) =>
      index % 3 === 0
        ? `- **${title},** ${venue} (${id}). [[pdf](https://arxiv.org/abs/${id})]`
        : `- ${title}, ${venue}. [[pdf](https://arxiv.org/abs/${id})]`,
    );
    const result = await lint({ path: 'README.md', text: mixed, baseText: boldTitles });
    expect(result.checked).toBe(PAPERS.length);
    expect(result.convention.titleBold).toBe(true);
    const unbolded = PAPERS.filter((_, index) => index % 3 !== 0).map(([, , id]) => `arxiv:${id}`);
    expect(result.findings.filter((f) => f.rule === 'title-format').map((f) => f.entryKey)).toEqual(unbolded);
  });
});
