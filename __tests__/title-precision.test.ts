import { describe, expect, it } from '@jest/globals';
import { lint } from '../src/check/engine.js';

/**
 * title-format and arxiv-abs report what a change wrote against a convention its list keeps, and
 * nothing else: not a section the change wrote its own way, not an old problem on a line it edited
 * elsewhere, not a title misread (a tag, a subtitle, a `?`).
 */
const PAPERS = [
  ['Attention Is All You Need', '1706.03762', 'NeurIPS 2017'],
  ['Deep Residual Learning for Image Recognition', '1512.03385', 'CVPR 2016'],
  ['Adam: A Method for Stochastic Optimization', '1412.6980', 'ICLR 2015'],
  ['Layer Normalization', '1607.06450', 'arXiv 2016'],
  ['Neural Machine Translation by Jointly Learning to Align and Translate', '1409.0473', 'ICLR 2015'],
  ['Sequence to Sequence Learning with Neural Networks', '1409.3215', 'NeurIPS 2014'],
  ['Dropout: A Simple Way to Prevent Neural Networks from Overfitting', '1207.0580', 'JMLR 2014'],
  ['Batch Normalization: Accelerating Deep Network Training', '1502.03167', 'ICML 2015'],
  ['Generative Adversarial Networks', '1406.2661', 'NeurIPS 2014'],
  ['Auto-Encoding Variational Bayes', '1312.6114', 'ICLR 2014'],
  ['Deep Contextualized Word Representations', '1802.05365', 'NAACL 2018'],
  ['Language Models are Few-Shot Learners', '2005.14165', 'NeurIPS 2020'],
] as const;

const NEW = [
  ['LoRA: Low-Rank Adaptation of Large Language Models', '2106.09685', 'ICLR 2022'],
  ['Chain-of-Thought Prompting Elicits Reasoning in Large Language Models', '2201.11903', 'NeurIPS 2022'],
  ['Training Language Models to Follow Instructions with Human Feedback', '2203.02155', 'NeurIPS 2022'],
  ['Scaling Laws for Neural Language Models', '2001.08361', 'arXiv 2020'],
] as const;

type Paper = readonly [string, string, string];

/** `- **Title,** Venue. [[pdf](https://arxiv.org/abs/id)]`, bold or not, `/abs/` or `/pdf/`. */
const entry = ([title, id, venue]: Paper, { bold = true, form = 'abs' } = {}) =>
  `- ${bold ? `**${title},**` : `${title},`} ${venue}. [[pdf](https://arxiv.org/${form}/${id})]`;

const list = (sections: Record<string, readonly string[]>) =>
  [
    '# Papers',
    '',
    ...Object.entries(sections).flatMap(([heading, entries]) => [`## ${heading}`, '', ...entries, '']),
  ].join('\n');

const BASE = list({
  Methods: PAPERS.slice(0, 6).map((paper) => entry(paper)),
  Training: PAPERS.slice(6).map((paper) => entry(paper)),
});

async function review(after: string, before = BASE) {
  const result = await lint({ path: 'README.md', text: after, baseText: before });
  return result.findings
    .filter((f) => f.rule === 'title-format' || f.rule === 'arxiv-abs')
    .map((f) => `${f.rule}@${f.line}`);
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('arxiv-abs where the list keeps /abs/', () => {
  it('flags a new /pdf/ entry added to a section', async () => {
    const after = BASE.replace('## Training\n\n', `## Training\n\n${entry(NEW[0], { form: 'pdf' })}\n`);
    expect(await review(after)).toEqual([`arxiv-abs@${lineOf(after, NEW[0][1])}`]);
  });

  it('leaves a new section the change wrote with /pdf/ links throughout: its author chose that form there', async () => {
    const after = `${BASE}## Language models\n\n${NEW.map((p) => entry(p, { form: 'pdf' })).join('\n')}\n`;
    expect(await review(after)).toEqual([]);
  });

  it('does not report a /pdf/ link the line had before the change edited its label', async () => {
    const before = BASE.replace(entry(PAPERS[1]), entry(PAPERS[1], { form: 'pdf' }));
    const after = before.replace(
      `[[pdf](https://arxiv.org/pdf/${PAPERS[1][1]})]`,
      `[[paper](https://arxiv.org/pdf/${PAPERS[1][1]})]`,
    );
    expect(await review(after, before)).toEqual([]);
  });
});

describe('arxiv-abs where the list keeps /pdf/', () => {
  /** Every entry links the PDF, written `https://arxiv.org/pdf/<id>.pdf`. */
  const pdfs = (text: string) => text.replace(/arxiv\.org\/abs\/([\d.]+)/g, 'arxiv.org/pdf/$1.pdf');
  const PDF_BASE = pdfs(BASE);

  it('flags a new /abs/ entry among PDF links, and the fix writes the list’s PDF form', async () => {
    const after = PDF_BASE.replace('## Training\n\n', `## Training\n\n${entry(NEW[0])}\n`);
    expect(await review(after, PDF_BASE)).toEqual([`arxiv-abs@${lineOf(after, NEW[0][1])}`]);
    const result = await lint({ path: 'README.md', text: after, baseText: PDF_BASE });
    expect(result.findings[0].severity).toBe('warning');
    expect(result.findings[0].fix?.replacement).toContain('(https://arxiv.org/pdf/2106.09685.pdf)');
  });

  it('leaves an /abs/ link next to the list’s other abstract page: the PDF is no habit there', async () => {
    // One entry of twelve links its abstract page: the list still keeps PDFs (all but one).
    const before = PDF_BASE.replace(`pdf/${PAPERS[6][1]}.pdf`, `abs/${PAPERS[6][1]}`);
    const after = before.replace('## Training\n\n', `## Training\n\n${entry(NEW[0])}\n`);
    expect(await review(after, before)).toEqual([]);
  });
});

describe('title-format holds a change to what it wrote', () => {
  it('flags an unbolded title added to a section that bolds', async () => {
    const after = BASE.replace('## Training\n\n', `## Training\n\n${entry(NEW[0], { bold: false })}\n`);
    expect(await review(after)).toEqual([`title-format@${lineOf(after, NEW[0][1])}`]);
  });

  it('leaves a new section the change wrote with plain titles throughout (the list changing its habit)', async () => {
    const after = `${BASE}## Language models\n\n${NEW.map((p) => entry(p, { bold: false })).join('\n')}\n`;
    expect(await review(after)).toEqual([]);
  });

  it('does not report an old unbolded title when the change only edits the entry elsewhere', async () => {
    const twoLines = (paper: Paper, bold: boolean, label: string) =>
      `- ${bold ? `**${paper[0]},**` : `${paper[0]},`} ${paper[2]}.\n  [[${label}](https://arxiv.org/abs/${paper[1]})]`;
    const before = list({
      Methods: PAPERS.slice(0, 6).map((paper, i) => twoLines(paper, i !== 2, 'pdf')),
      Training: PAPERS.slice(6).map((paper) => twoLines(paper, true, 'pdf')),
    });
    const after = before.replace(
      `[[pdf](https://arxiv.org/abs/${PAPERS[2][1]})]`,
      `[[paper](https://arxiv.org/abs/${PAPERS[2][1]})]`,
    );
    expect(await review(after, before)).toEqual([]);
    // The same title written plain by the change is reported.
    const written = BASE.replace(entry(PAPERS[2]), entry(PAPERS[2], { bold: false }));
    expect(await review(written)).toEqual([`title-format@${lineOf(written, PAPERS[2][1])}`]);
  });

  it('does not report the old marker of an entry whose link the change edited', async () => {
    const numbered = list({
      Methods: PAPERS.slice(0, 6).map((paper, i) => entry(paper).replace('- ', `${i + 1}. `)),
      Training: PAPERS.slice(6).map((paper, i) => entry(paper).replace('- ', `${i + 1}. `)),
    });
    // A bulleted entry in a numbered list, its link then relabelled.
    const bulleted = numbered.replace(`2. **${PAPERS[7][0]}`, `- **${PAPERS[7][0]}`);
    const relabelled = bulleted.replace(
      `[[pdf](https://arxiv.org/abs/${PAPERS[7][1]})]`,
      `[[paper](https://arxiv.org/abs/${PAPERS[7][1]})]`,
    );
    expect(await review(relabelled, bulleted)).toEqual([]);
    expect(await review(bulleted, numbered)).toEqual([`title-format@${lineOf(bulleted, PAPERS[7][1])}`]);
  });
});

describe('title-format does not rewrite a title it may have misread', () => {
  const add = (line: string) => BASE.replace('## Training\n\n', `## Training\n\n${line}\n`);

  it('a title ending in `?` may take the list’s comma after the bold, or none', async () => {
    // A list that writes its comma after the bold: `**Title**, Venue.`
    const outside = BASE.replaceAll(',** ', '**, ');
    const question = '**Do Vision Transformers See Like Convolutional Neural Networks?**';
    const added = (line: string) => outside.replace('## Training\n\n', `## Training\n\n${line}\n`);
    // A tag before the title, so the entry is checked by the rule, not passed as the template's shape.
    const comma = added(`- [ViT] ${question}, NeurIPS 2021. [[pdf](https://arxiv.org/abs/2108.08810)]`);
    expect(await review(comma, outside)).toEqual([]);
    const none = added(`- ${question} NeurIPS 2021. [[pdf](https://arxiv.org/abs/2108.08810)]`);
    expect(await review(none, outside)).toEqual([]);
  });

  it('a bold title followed by its subtitle is not given a comma, a dated venue after a colon is', async () => {
    const subtitle = add(
      '- **Pre-train, Prompt, and Predict**: A Systematic Survey of Prompting Methods, arXiv 2021. [[pdf](https://arxiv.org/abs/2107.13586)]',
    );
    expect(await review(subtitle)).toEqual([]);
    const venue = add(
      '- **Pre-train, Prompt, and Predict**: arXiv 2021. [[pdf](https://arxiv.org/abs/2107.13586)]',
    );
    expect(await review(venue)).toEqual([`title-format@${lineOf(venue, '2107.13586')}`]);
  });

  it('a bold tag in a list of plain titles is not a title to unbold', async () => {
    const plain = list({
      Methods: PAPERS.slice(0, 6).map((paper) => entry(paper, { bold: false })),
      Training: PAPERS.slice(6).map((paper) => entry(paper, { bold: false })),
    });
    const after = plain.replace(
      '## Training\n\n',
      `## Training\n\n- Federated Learning of Deep Networks using Model Averaging **\`surv.\`**, AISTATS 2017. [[pdf](https://arxiv.org/abs/1602.05629)]\n`,
    );
    expect(await review(after, plain)).toEqual([]);
  });
});

describe('title-format: the numbered list whose newest entries are bulleted', () => {
  const numbered = list({
    Methods: PAPERS.slice(0, 6).map((paper, i) => entry(paper).replace('- ', `${i + 1}. `)),
    Training: PAPERS.slice(6).map((paper, i) => entry(paper).replace('- ', `${i + 1}. `)),
  });

  it('flags the first bullet, not one added next to a bullet the list already has', async () => {
    const first = numbered.replace('## Training\n\n', `## Training\n\n${entry(NEW[0])}\n`);
    expect(await review(first, numbered)).toEqual([`title-format@${lineOf(first, NEW[0][1])}`]);
    const second = first.replace('## Training\n\n', `## Training\n\n${entry(NEW[1])}\n`);
    expect(await review(second, first)).toEqual([]);
  });
});

describe('title-format: a bold title broken over two lines', () => {
  /** The title broken between two words, or (`hard`) with a hard line break there. */
  const wrap = (paper: Paper, hard = false) => {
    const words = paper[0].split(' ');
    const half = Math.ceil(words.length / 2);
    return `- **${words.slice(0, half).join(' ')}${hard ? '  ' : ''}\n  ${words.slice(half).join(' ')},** ${paper[2]}. [[pdf](https://arxiv.org/abs/${paper[1]})]`;
  };
  const added = (base: string, wrapped = wrap(NEW[1], true)) =>
    base.replace('## Training\n\n', `## Training\n\n${wrapped}\n`);

  it('gets a note where the break shows and the list keeps its titles on one line', async () => {
    const after = added(BASE);
    expect(await review(after)).toEqual([`title-format@${lineOf(after, 'Chain-of-Thought')}`]);
    // The title's full stop put on a line of its own renders `Models ,`: seen too.
    const stranded = `- **${NEW[1][0]}\n,** ${NEW[1][2]}. [[pdf](https://arxiv.org/abs/${NEW[1][1]})]`;
    const strandedAfter = added(BASE, stranded);
    expect(await review(strandedAfter)).toEqual([
      `title-format@${lineOf(strandedAfter, 'Chain-of-Thought')}`,
    ]);
  });

  it('gets a note where the bold runs on over the paper link to the next line', async () => {
    const [title, id, venue] = NEW[1];
    const words = title.split(' ');
    const over = `- **${words.slice(0, 4).join(' ')} [[pdf](https://arxiv.org/abs/${id})] ${venue}.\n  ${words.slice(4).join(' ')},**`;
    const after = added(BASE, over);
    expect(await review(after)).toEqual([`title-format@${lineOf(after, id)}`]);
  });

  it('gets none where the break renders as the space between two words', async () => {
    expect(await review(added(BASE, wrap(NEW[1])))).toEqual([]);
  });

  it('gets none where the list breaks other titles so too', async () => {
    const wrapping = BASE.replace(entry(PAPERS[4]), wrap(PAPERS[4])).replace(
      entry(PAPERS[7]),
      wrap(PAPERS[7]),
    );
    expect(await review(added(wrapping), wrapping)).toEqual([]);
  });
});

describe('title-format: a section that writes its titles its own way', () => {
  // The list writes `**Title** Venue.`; its Surveys section, every entry of it, `**Title**, Venue.`.
  const plain = ([title, id, venue]: Paper, comma = false) =>
    `- **${title}**${comma ? ',' : ''} ${venue}. [[pdf](https://arxiv.org/abs/${id})]`;
  // Enough papers that the list's way holds 90% of its titles with the section's two beside it.
  const more: readonly Paper[] = [
    [
      'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
      '1810.04805',
      'NAACL 2019',
    ],
    ['RoBERTa: A Robustly Optimized BERT Pretraining Approach', '1907.11692', 'arXiv 2019'],
    [
      'XLNet: Generalized Autoregressive Pretraining for Language Understanding',
      '1906.08237',
      'NeurIPS 2019',
    ],
    [
      'ALBERT: A Lite BERT for Self-supervised Learning of Language Representations',
      '1909.11942',
      'ICLR 2020',
    ],
    [
      'ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators',
      '2003.10555',
      'ICLR 2020',
    ],
    [
      'Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer',
      '1910.10683',
      'JMLR 2020',
    ],
    ['Deep Learning Scaling is Predictable, Empirically', '1712.00409', 'arXiv 2017'],
    ['Playing Atari with Deep Reinforcement Learning', '1312.5602', 'arXiv 2013'],
    ['Scaling Laws for Neural Language Models', '2001.08361', 'arXiv 2020'],
  ];
  const base = list({
    Surveys: PAPERS.slice(0, 2).map((paper) => plain(paper, true)),
    Methods: [...PAPERS.slice(2), ...more].map((paper) => plain(paper)),
  });

  it('does not ask a new entry written as its section is to write it as the rest of the list', async () => {
    const after = base.replace('## Surveys\n\n', `## Surveys\n\n${plain(NEW[0], true)}\n`);
    expect(await review(after, base)).toEqual([]);
  });

  it('still asks a question given a full stop too, whatever the section writes', async () => {
    // A Notes section whose two titles end in a full stop inside the bold; the list writes none.
    const dotted = ([title, id, venue]: Paper) =>
      `- **${title}.** ${venue}. [[pdf](https://arxiv.org/abs/${id})]`;
    const notes = `${base}\n## Notes\n\n${dotted(NEW[1])}\n${dotted(NEW[2])}\n`;
    const question =
      '- **Can Graph Networks Go as Deep as CNNs?.** ICCV 2019. [[pdf](https://arxiv.org/abs/1904.03751)]';
    const after = notes.replace('## Notes\n\n', `## Notes\n\n${question}\n`);
    expect(await review(after, notes)).toEqual([`title-format@${lineOf(after, '1904.03751')}`]);
  });

  it('still asks one written as neither', async () => {
    const after = base.replace('## Methods\n\n', `## Methods\n\n${plain(NEW[0], true)}\n`);
    expect(await review(after, base)).toEqual([`title-format@${lineOf(after, NEW[0][1])}`]);
  });
});

describe('title-format: a quoted title that ends inside its quotes', () => {
  // `- [2023/06] **Title.** *First Author et al.* arXiv. [[paper](…)]`: the full stop inside the bold.
  const dated = ([title, id]: Paper) =>
    `- [2023/06] **${title}** *Ashish Vaswani et al.* arXiv. [[paper](https://arxiv.org/abs/${id})]`;
  const base = list({
    Methods: PAPERS.slice(0, 6).map(([title, ...rest]) => dated([`${title}.`, ...rest])),
    Training: PAPERS.slice(6).map(([title, ...rest]) => dated([`${title}.`, ...rest])),
  });
  const added = (title: string) =>
    base.replace('## Training\n\n', `## Training\n\n${dated([title, NEW[0][1], NEW[0][2]])}\n`);

  it('has its full stop already: `**"Title."**` is not asked for another', async () => {
    expect(await review(added(`"${NEW[0][0]}."`), base)).toEqual([]);
    expect(await review(added(`“${NEW[0][0]}?”`), base)).toEqual([]);
  });

  it('without one inside its quotes is asked for the list’s full stop', async () => {
    const after = added(`"${NEW[0][0]}"`);
    expect(await review(after, base)).toEqual([`title-format@${lineOf(after, NEW[0][1])}`]);
  });
});

describe('a list that stresses a word inside its titles', () => {
  // `- (arXiv 2023.6) Title with a **stressed** word, [[Paper]](…)`: the bold is a word, not the title.
  const stressed = ([title, id]: Paper, word?: string) =>
    `- (arXiv 2023.6) ${word ? title.replace(word, `**${word}**`) : title}, [[Paper]](https://arxiv.org/pdf/${id})`;
  const words = ['Residual', 'Stochastic', 'Jointly', 'Learning', 'Simple', 'Accelerating'];
  const stressedPapers = [PAPERS[1], PAPERS[2], PAPERS[4], PAPERS[5], PAPERS[6], PAPERS[7]];
  const base = list({ Methods: stressedPapers.map((paper, i) => stressed(paper, words[i])) });

  it('does not ask a new title without a stressed word to be bold', async () => {
    const after = base.replace('## Methods\n\n', `## Methods\n\n${stressed(NEW[0])}\n`);
    expect(await review(after, base)).toEqual([]);
  });
});

describe('title-format: which side of the bold the full stop goes', () => {
  // `1. **Title**.` then the authors: the list puts its full stop after the bold.
  const cited = ([title, id, venue]: Paper, inside = false) =>
    `1. ${inside ? `**${title}.**` : `**${title}**.`}\n\n   *Ashish Vaswani, Noam Shazeer.* ${venue}. [[pdf](https://arxiv.org/abs/${id})]`;
  const base = list({ Methods: PAPERS.slice(0, 8).map((paper) => cited(paper)) });
  const added = (entries: readonly string[]) =>
    base.replace('## Methods\n\n', `## Methods\n\n${entries.join('\n\n')}\n\n`);
  const findings = async (after: string) =>
    (await lint({ path: 'README.md', text: after, baseText: base })).findings
      .filter((f) => f.rule === 'title-format')
      .map((f) => f.message);

  it('is not asked of a new title that puts it inside: a reader does not see the difference', async () => {
    expect(await findings(added([cited(NEW[0], true)]))).toEqual([]);
  });

  it('is asked of a new title without one, which shows', async () => {
    const bare = cited(NEW[0]).replace(`${NEW[0][0]}**.`, `${NEW[0][0]}**`);
    expect(await findings(added([bare]))).toEqual([expect.stringContaining('End the title with `.`')]);
  });
  it('a space before the closing bold is said as it is, with no rewritten title', async () => {
    const spaced = cited(NEW[0]).replace(`${NEW[0][0]}**.`, `${NEW[0][0]}. **`);
    expect(await findings(added([spaced]))).toEqual([
      'Take out the space before the closing `**`: after a space it does not close the bold.',
    ]);
  });
  it('a space after the opening bold is said as it is, with no rewritten title', async () => {
    const spaced = cited(NEW[0]).replace(`**${NEW[0][0]}`, `** ${NEW[0][0]}`);
    expect(await findings(added([spaced]))).toEqual([
      'Take out the space after the opening `**`: before a space it does not open the bold.',
    ]);
  });
});
