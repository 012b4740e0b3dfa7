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

/**
 * Titles linked to a paper or a project page, with the year; one section links its papers on arXiv,
 * where a project page's entry reads as a paper for its section's sake. The same line in a section of
 * project pages, with only code beside it, would read as a tool.
 */
const nerfList = (extra: string) =>
  [
    '# Neural fields',
    '',
    '## Papers',
    '',
    '### Generalization',
    '- [pixelNeRF: Neural Radiance Fields from One or Few Images](https://arxiv.org/abs/2012.02190), Yu et al., CVPR 2021 | [github](https://github.com/sxyu/pixel-nerf)',
    '- [GRF: Learning a General Radiance Field for 3D Representation and Rendering](https://arxiv.org/abs/2010.04595), Trevithick and Yang, ICCV 2021',
    '- [IBRNet: Learning Multi-View Image-Based Rendering](https://arxiv.org/abs/2102.13090), Wang et al., CVPR 2021 | [github](https://github.com/googleinterns/IBRNet)',
    '- [MVSNeRF: Fast Generalizable Radiance Field Reconstruction from Multi-View Stereo](https://apchenstu.github.io/mvsnerf/), Chen et al., ICCV 2021 | [github](https://github.com/apchenstu/mvsnerf)',
    '',
    '### Pose Estimation',
    '- [iNeRF: Inverting Neural Radiance Fields for Pose Estimation](http://yenchenlin.me/inerf/), Yen-Chen et al., IROS 2021 | [bibtex](./citations/inerf.txt)',
    '- [iMAP: Implicit Mapping and Positioning in Real-Time](https://edgarsucar.github.io/iMAP/), Sucar et al., ICCV 2021 | [bibtex](./citations/imap.txt)',
    '- [BARF: Bundle-Adjusting Neural Radiance Fields](https://chenhsuanlin.bitbucket.io/bundle-adjusting-NeRF/), Lin et al., ICCV 2021 | [bibtex](./citations/barf.txt)',
    ...(extra ? [extra] : []),
    '',
  ].join('\n');

describe('a paper entry copied word for word into another section', () => {
  const MVSNERF =
    '- [MVSNeRF: Fast Generalizable Radiance Field Reconstruction from Multi-View Stereo](https://apchenstu.github.io/mvsnerf/), Chen et al., ICCV 2021 | [github](https://github.com/apchenstu/mvsnerf)';
  const COPY_LINE = 15;

  it('is the paper again, though its new section would not read that line as a paper', async () => {
    const result = await lintText(nerfList(MVSNERF), undefined, nerfList(''));
    expect(rulesOf(result)).toContain(`duplicate@${COPY_LINE}`);
  });

  it('is not said of a new entry of that shape that copies no paper of the list', async () => {
    const tool =
      '- [Instant Neural Graphics Primitives with a Multiresolution Hash Encoding](https://nvlabs.github.io/instant-ngp/), Muller et al., SIGGRAPH 2022 | [github](https://github.com/NVlabs/instant-ngp)';
    const result = await lintText(nerfList(tool), undefined, nerfList(''));
    expect(result.findings.filter((finding) => finding.rule === 'duplicate')).toEqual([]);
  });
});

/** Paragraph entries whose `[paper]` link goes to arXiv, or for some to the paper's own page. */
const paragraphs = (paperLink: (index: number) => string) =>
  [
    '# Generative modeling',
    '',
    '## Papers',
    '',
    ...[
      [
        'CVPR2020',
        'Interpreting the Latent Space of GANs for Semantic Face Editing',
        'https://genforce.github.io/interfacegan',
      ],
      ['CVPR2020', 'Image Processing Using Multi-Code GAN Prior', 'https://genforce.github.io/mganprior'],
      [
        'ICLR2019',
        'Large Scale GAN Training for High Fidelity Natural Image Synthesis',
        'https://arxiv.org/abs/1809.11096',
      ],
      [
        'CVPR2019',
        'A Style-Based Generator Architecture for Generative Adversarial Networks',
        'https://arxiv.org/abs/1812.04948',
      ],
      [
        'ICLR2018',
        'Progressive Growing of GANs for Improved Quality, Stability, and Variation',
        'https://arxiv.org/abs/1710.10196',
      ],
      [
        'ICLR2019',
        'GAN Dissection: Visualizing and Understanding Generative Adversarial Networks',
        'https://arxiv.org/abs/1811.10597',
      ],
    ].flatMap(([venue, title, url], i) => [
      [
        `${venue}: **${title}**.`,
        paperLink(i).replace('URL', url),
        `[code](https://github.com/example/repo${i})<br>`,
      ]
        .filter(Boolean)
        .join(' '),
      '',
    ]),
  ].join('\n');

describe('a paper link taken out where the list labels its paper links, some to the papers’ own pages', () => {
  it('is reported: `[paper]` is the list’s paper link wherever it goes', async () => {
    const base = paragraphs(() => '[paper](URL)');
    const changed = paragraphs((i) => (i === 3 ? '' : '[paper](URL)'));
    const line = 11;
    expect(changed.split('\n')[line - 1]).toMatch(/^CVPR2019: \*\*A Style-Based/);
    const result = await lintText(changed, undefined, base);
    expect(rulesOf(result)).toContain(`pdf-missing@${line}`);
  });
});

/** One paper a heading, its linked title a paragraph over the bullets of its summary. */
const digest = (link: (title: string, url: string) => string) =>
  [
    '# Agent papers',
    '',
    ...[
      ['Toolformer: Language Models Can Teach Themselves to Use Tools', 'https://arxiv.org/abs/2302.04761'],
      ['ReAct: Synergizing Reasoning and Acting in Language Models', 'https://arxiv.org/abs/2210.03629'],
      ['Reflexion: Language Agents with Verbal Reinforcement Learning', 'https://arxiv.org/abs/2303.11366'],
      [
        'Voyager: An Open-Ended Embodied Agent with Large Language Models',
        'https://arxiv.org/abs/2305.16291',
      ],
    ].flatMap(([title, url], i) => [
      `#### ${i + 1}st June 2023`,
      '',
      link(title, url),
      '',
      '- Introduces a method for language models to act.',
      '- Evaluates it on several benchmarks.',
      '',
    ]),
  ].join('\n');

describe('a paper link taken out of a paper alone under its heading', () => {
  it('is reported: no neighbour of its kind can say it is no paper', async () => {
    const linked = (title: string, url: string) => `[${title}](${url})`;
    const base = digest(linked);
    const changed = digest((title, url) => (title.startsWith('ReAct') ? title : linked(title, url)));
    const line = 12;
    expect(changed.split('\n')[line - 1]).toMatch(/^ReAct/);
    const result = await lintText(changed, undefined, base);
    expect(rulesOf(result)).toContain(`pdf-missing@${line}`);
  });
});

describe("an arXiv abstract page where a list of PDFs links arXiv's PDFs among others", () => {
  const pdfList = (extra = '') => `# Fuzzing papers

## Fuzzing

- [FuzzFactory: Domain-Specific Fuzzing with Waypoints](https://dl.acm.org/doi/pdf/10.1145/3360600)
- [Zest: Validity Fuzzing and Parametric Generators for Effective Random Testing](https://example.edu/papers/zest.pdf)
- [Semantic Fuzzing with Zest](https://arxiv.org/pdf/1812.00078.pdf)
- [JQF: Coverage-Guided Property-Based Testing in Java](https://example.edu/files/jqf-issta19.pdf)
- [FUDGE: Fuzz Driver Generation at Scale](https://example.org/pdf/fudge.pdf)
- [FairFuzz: Targeting Rare Branches to Rapidly Increase Greybox Fuzz Testing Coverage](https://arxiv.org/pdf/1709.07101.pdf)
- [Angora: Efficient Fuzzing by Principled Search](https://arxiv.org/pdf/1803.01307.pdf)
- [NEUZZ: Efficient Fuzzing with Neural Program Smoothing](https://arxiv.org/pdf/1807.05620.pdf)
- [REDQUEEN: Fuzzing with Input-to-State Correspondence](https://example.org/ndss19-redqueen.pdf)
- [Learn&Fuzz: Machine Learning for Input Fuzzing](https://arxiv.org/pdf/1701.07232.pdf)
${extra}`;

  it('asks a PR that links an abstract page there for the PDF, as the papers around it link theirs', async () => {
    const base = pdfList();
    const text = base.replace('https://arxiv.org/pdf/1812.00078.pdf', 'https://arxiv.org/abs/1812.00078');
    expect(rulesOf(await lintText(text, {}, base))).toEqual(['arxiv-abs@7']);
  });

  it('asks nothing where the list links an abstract page elsewhere', async () => {
    const base = pdfList(`
## Surveys

- [Fuzzing: A Survey for Roadmap](https://arxiv.org/abs/2201.11210)
`);
    const text = base.replace('https://arxiv.org/pdf/1812.00078.pdf', 'https://arxiv.org/abs/1812.00078');
    expect(rulesOf(await lintText(text, {}, base))).toEqual([]);
  });
});

describe("a paper link taken out under the paper's own heading, over notes on it", () => {
  const base = `# Reading notes on learning

##### Attention Is All You Need

- Paper Link: [arXiv 1706.03762](https://arxiv.org/abs/1706.03762)
- Overview: a model of attention alone, without recurrence.

##### Deep Residual Learning for Image Recognition

- Paper Link: [arXiv 1512.03385](https://arxiv.org/abs/1512.03385) , [Homepage](https://example.org/resnet)
- Overview: residual connections let very deep networks train.

##### Adam: A Method for Stochastic Optimization

- Paper Link: [arXiv 1412.6980](https://arxiv.org/abs/1412.6980)
- Overview: adaptive moment estimates for stochastic gradients.

##### Generative Adversarial Networks

- Paper Link: [arXiv 1406.2661](https://arxiv.org/abs/1406.2661)
- Overview: a generator and a discriminator trained against each other.
`;

  it('finds nothing in the list as it is', async () => {
    expect(rulesOf(await lintText(base))).toEqual([]);
  });

  it('finds the link emptied', async () => {
    const text = base.replace('(https://arxiv.org/abs/1412.6980)', '()');
    expect(rulesOf(await lintText(text, {}, base))).toEqual(['empty-link@15']);
  });

  it('finds the link taken out, its words left', async () => {
    const text = base.replace('[arXiv 1512.03385](https://arxiv.org/abs/1512.03385)', 'arXiv 1512.03385');
    expect(rulesOf(await lintText(text, {}, base))).toEqual(['pdf-missing@10']);
  });
});

describe('a paper link taken out of the second line of a paragraph entry', () => {
  const base = `# Active learning papers

## 2022

Towards Robust Active Learning with Unlabeled Data Pools  
**[CVPR'22]** **[[PDF]](https://openaccess.thecvf.com/content/CVPR2022/papers/a.pdf)** **[[Code]](https://github.com/example/a)**

Boosting Semi-Supervised Learning with Informative Active Annotation  
**[CVPR'22]** **[[PDF]](https://openaccess.thecvf.com/content/CVPR2022/papers/b.pdf)** **[[Code]](https://github.com/example/b)**

One-Bit Active Query With Contrastive Pairs  
**[CVPR'22]** **[[PDF]](https://openaccess.thecvf.com/content/CVPR2022/papers/c.pdf)**

Active Learning for Semantic Segmentation with Realistic Annotation Costs  
**[CVPR'22]** **[[PDF]](https://openaccess.thecvf.com/content/CVPR2022/papers/d.pdf)** **[[Code]](https://github.com/example/d)**
`;

  it('finds the paper without its link, its first line unchanged', async () => {
    const text = base.replace(
      '**[[PDF]](https://openaccess.thecvf.com/content/CVPR2022/papers/b.pdf)** ',
      '',
    );
    expect(rulesOf(await lintText(text, {}, base))).toEqual(['pdf-missing@9']);
  });
});

describe('a paper link taken out of a paper whose bold title ends with its venue and year, its code left', () => {
  const base = `# Monte Carlo tree search papers

## 2019

- **ACE: An Actor Ensemble Algorithm for Continuous Control with Tree Search (AAAI 2019)**
  - Shangtong Zhang, Hengshuai Yao
  - [[Paper]](https://arxiv.org/abs/1811.02696)
  - [[Code]](https://github.com/example/ace)

- **Noisy Blackbox Optimization using Multi-fidelity Queries: A Tree Search Approach (AISTATS 2019)**
  - Rajat Sen, Kirthevasan Kandasamy, Sanjay Shakkottai
  - [[Paper]](https://arxiv.org/abs/1810.10482)
  - [[Code]](https://github.com/example/mftree)

- **Vine Copula Structure Learning via Monte Carlo Tree Search (AISTATS 2019)**
  - Bo Chang, Shenyi Pan, Harry Joe
  - [[Paper]](http://proceedings.mlr.press/v89/chang19a/chang19a.pdf)
  - [[Code]](https://github.com/example/vine)

- **A Monte Carlo Tree Search Player for Birds of a Feather Solitaire (AAAI 2019)**
  - Christian Roberson, Katarina Sperduto
  - [[Paper]](https://aaai.org/ojs/index.php/AAAI/article/view/5036)
  - [[Code]](https://github.com/example/boaf)
`;

  it('finds nothing in the list as it is', async () => {
    expect(rulesOf(await lintText(base))).toEqual([]);
  });

  it('finds the paper without its link', async () => {
    const text = base.replace('  - [[Paper]](https://arxiv.org/abs/1810.10482)', '  -');
    expect(rulesOf(await lintText(text, {}, base))).toEqual(['pdf-missing@11']);
  });
});
