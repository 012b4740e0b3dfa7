/**
 * What a reader who read the list first does where the list's own text decides: a venue joined to
 * its year no one way (`NeurIPS2021` beside `ICML 2023`) is joined as the entries around the new
 * one join it, and links glued or spaced as the entries of its form around it separate theirs (a
 * run of linked author names is another form's, its `, ` no way of spacing); a plain title runs to its
 * links, commas and all, where the list writes nothing between them; a short linked title after a
 * badge is a title, not a tag.
 */
import { describe, expect, test } from '@jest/globals';
import { addRoundTrip, exportEntries } from '../src/grammar/index.js';

const arxiv = (id: string) => `https://arxiv.org/abs/${id}`;

/** Real papers, each with its code. */
const PAPERS = [
  ['Language Models as Zero-Shot Planners', '2201.07207', 'huangwl18/language-planner'],
  [
    'Code as Policies: Language Model Programs for Embodied Control',
    '2209.07753',
    'google-research/code-as-policies',
  ],
  ['Voyager: An Open-Ended Embodied Agent with Large Language Models', '2305.16291', 'MineDojo/Voyager'],
  ['VIMA: General Robot Manipulation with Multimodal Prompts', '2210.03094', 'vimalabs/VIMA'],
  ['R3M: A Universal Visual Representation for Robot Manipulation', '2203.12601', 'facebookresearch/r3m'],
  ['Masked Visual Pre-training for Motor Control', '2203.06173', 'ir413/mvp'],
  ['LERF: Language Embedded Radiance Fields', '2303.09553', 'kerrj/lerf'],
  ['Segment Anything', '2304.02643', 'facebookresearch/segment-anything'],
  ['Emerging Properties in Self-Supervised Vision Transformers', '2104.14294', 'facebookresearch/dino'],
  ['Grounding DINO: Marrying DINO with Grounded Pre-Training', '2303.05499', 'IDEA-Research/GroundingDINO'],
  ['Track Anything: Segment Anything Meets Videos', '2304.11968', 'gaomingqi/Track-Anything'],
  ['CLIP-Fields: Weakly Supervised Semantic Fields for Robotic Memory', '2210.05663', 'notmahi/clip-fields'],
  ['USA-Net: Unified Semantic and Affordance Representations', '2304.12164', 'codekansas/usa'],
  ['ICRT: In-Context Imitation Learning via Next-Token Prediction', '2408.15980', 'Max-Fu/icrt'],
] as const;

const entry = ([title, id, code]: (typeof PAPERS)[number], between: string) =>
  `* ${title} [[Paper]](${arxiv(id)})${between}[[Code]](https://github.com/${code})`;

describe('a run separator', () => {
  // The first section glues its links, as most of the list does; the second was written later by
  // a hand that spaces them (five of its eight entries).
  const text = [
    '# Robotics',
    '',
    '## Planning',
    ...PAPERS.slice(0, 6).map((paper) => entry(paper, '')),
    '',
    '## Perception',
    ...PAPERS.slice(6, 9).map((paper) => entry(paper, '')),
    ...PAPERS.slice(9).map((paper) => entry(paper, ' ')),
    '',
  ].join('\n');

  test('the list writes no one way is written as the entries nearest the new one write it', async () => {
    const trip = await addRoundTrip(text);
    // The two entries at the turn have neighbours split both ways: they take the list's way.
    expect(trip.misses).toEqual([
      expect.objectContaining({ source: entry(PAPERS[9], ' '), rendered: entry(PAPERS[9], '') }),
      expect.objectContaining({ source: entry(PAPERS[10], ' '), rendered: entry(PAPERS[10], '') }),
    ]);
    expect(trip.identical).toBe(PAPERS.length - 2);
  });

  test('one entry that spaces its links in a list that glues them all is written the list’s way', async () => {
    const glued = [
      '# Robotics',
      '',
      ...PAPERS.slice(0, 12).map((paper) => entry(paper, '')),
      entry(PAPERS[12], ' '),
      entry(PAPERS[13], ''),
      '',
    ].join('\n');
    const trip = await addRoundTrip(glued);
    expect(trip.misses).toEqual([
      expect.objectContaining({ source: entry(PAPERS[12], ' '), rendered: entry(PAPERS[12], '') }),
    ]);
  });
});

describe('linked author names beside entries that space their links', () => {
  // Each paper: title, arXiv id, authors, project page. Most entries name their authors as text;
  // some link each name, and those links (`, ` between them, none after the `*`) are the run their
  // form reads first.
  const avatars = [
    [
      'HumanNorm: Learning Normal Diffusion Model for High-quality and Realistic 3D Human Generation',
      '2310.01406',
      ['Xin Huang', 'Ruizhi Shao', 'Qi Zhang'],
      'humannorm.github.io',
    ],
    [
      'TexVocab: Texture Vocabulary-conditioned Human Avatars',
      '2404.00524',
      ['Yuxiao Liu', 'Zhe Li', 'Yebin Liu'],
      'texvocab.github.io',
    ],
    [
      'HumanGaussian: Text-Driven 3D Human Generation with Gaussian Splatting',
      '2311.17061',
      ['Xian Liu', 'Xiaohang Zhan', 'Ziwei Liu'],
      'alvinliu0.github.io',
    ],
    [
      '3DGS-Avatar: Animatable Avatars via Deformable 3D Gaussian Splatting',
      '2312.09228',
      ['Zhiyin Qian', 'Shaofei Wang', 'Siyu Tang'],
      'neuralbodies.github.io',
    ],
    [
      'GauHuman: Articulated Gaussian Splatting from Monocular Human Videos',
      '2312.02973',
      ['Shoukang Hu', 'Ziwei Liu'],
      'skhu101.github.io',
    ],
    [
      'SCULPT: Shape-Conditioned Unpaired Learning of Pose-dependent Clothed and Textured Human Meshes',
      '2308.10638',
      ['Soubhik Sanyal', 'Partha Ghosh', 'Timo Bolkart'],
      'sculpt.is.tue.mpg.de',
    ],
    [
      'Animatable Gaussians: Learning Pose-dependent Gaussian Maps for High-fidelity Human Avatar Modeling',
      '2311.16096',
      ['Zhe Li', 'Zerong Zheng', 'Yebin Liu'],
      'animatable-gaussians.github.io',
    ],
    [
      'DreamAvatar: Text-and-Shape Guided 3D Human Avatar Generation via Diffusion Models',
      '2304.00916',
      ['Yukang Cao', 'Yan-Pei Cao', 'Kai Han'],
      'yukangcao.github.io',
    ],
    [
      'PEGASUS: Personalized Generative 3D Avatars with Composable Attributes',
      '2402.10636',
      ['Hyunsoo Cha', 'Byungjun Kim', 'Hanbyul Joo'],
      'snuvclab.github.io',
    ],
    [
      'DreamHuman: Animatable 3D Avatars from Text',
      '2306.09329',
      ['Nikos Kolotouros', 'Thiemo Alldieck', 'Andrei Zanfir'],
      'dream-human.github.io',
    ],
  ] as const;
  const item = ([title, id, names, page]: (typeof avatars)[number], linked: boolean) =>
    [
      `**${title}.**<br>`,
      linked
        ? `*${names.map((name) => `[${name}](https://${name.replace(/\W/g, '').toLowerCase()}.github.io)`).join(', ')}.*<br>`
        : `*${names.join(', ')}.*<br>`,
      `CVPR 2024. [[PDF](${arxiv(id)})] [[Project](https://${page})]`,
    ].join('\n');
  const text = ['# Avatars', '', ...avatars.flatMap((paper, at) => [item(paper, at % 3 === 1), ''])].join(
    '\n',
  );

  test('keep their own separators: the spaces between other entries’ links are no way of theirs', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
  });
});

describe('a venue joined to its year no one way', () => {
  const when = [
    [
      'Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer',
      '1701.06538',
      'ICLR2017',
    ],
    ['Hash Layers For Large Sparse Models', '2106.04426', 'NeurIPS2021'],
    ['Scaling Vision with Sparse Mixture of Experts', '2106.05974', 'NeurIPS2021'],
    ['BASE Layers: Simplifying Training of Large, Sparse Models', '2103.16716', 'ICML2021'],
    ['DSelect-k: Differentiable Selection in the Mixture of Experts', '2106.03760', 'NeurIPS2021'],
    ['GLaM: Efficient Scaling of Language Models with Mixture-of-Experts', '2112.06905', 'ICML2022'],
    ['StableMoE: Stable Routing Strategy for Mixture of Experts', '2204.08396', 'ACL 2022'],
    ['Taming Sparsely Activated Transformer with Stochastic Experts', '2110.04260', 'ICLR 2022'],
    ['On the Representation Collapse of Sparse Mixture of Experts', '2204.09179', 'NeurIPS 2022'],
    ['Brainformers: Trading Simplicity for Efficiency', '2306.00008', 'ICML 2023'],
    ['From Sparse to Soft Mixtures of Experts', '2308.00951', 'ICLR 2024'],
    ['Mixtral of Experts', '2401.04088', 'arXiv 2024'],
  ] as const;
  const text = [
    '# MoE',
    '',
    ...when.map(([title, id, venue]) => `- ${title} [[${venue}]](${arxiv(id)})`),
    '',
  ].join('\n');

  test('is joined as the entries nearest the new one join them', async () => {
    const trip = await addRoundTrip(text);
    // Away from the turn, each is written as its neighbours are; the two at the turn, whose
    // neighbours are split, the way more of the list writes (here as many each way: the first seen).
    expect(trip.misses.map((miss) => miss.rendered)).toEqual([
      `- ${when[6][0]} [[ACL2022]](${arxiv(when[6][1])})`,
      `- ${when[7][0]} [[ICLR2022]](${arxiv(when[7][1])})`,
    ]);
    expect(trip.identical).toBe(when.length - 2);
  });

  test('the comma in a title the list follows with its link alone is the title’s', async () => {
    const [base] = (await exportEntries(text)).filter((paper) => paper.arxiv === '2103.16716');
    expect(base.title).toBe('BASE Layers: Simplifying Training of Large, Sparse Models');
  });
});

describe('a plain title with commas', () => {
  const titles = [
    [
      'ULIP: Learning a Unified Representation of Language, Images, and Point Clouds for 3D Understanding',
      '2212.05171',
    ],
    ['Point-BERT: Pre-training 3D Point Cloud Transformers with Masked Point Modeling', '2111.14819'],
    ['Grounded Language-Image Pre-training', '2112.03857'],
    ['PointCLIP: Point Cloud Understanding by CLIP', '2112.02413'],
    ['3D-VisTA: Pre-trained Transformer for 3D Vision and Text Alignment', '2308.04352'],
  ] as const;
  const list = (extra: string) =>
    ['# 3D', '', ...titles.map(([title, id]) => `* ${title} [[Paper]](${arxiv(id)})`), extra, ''].join('\n');

  test('is read to its links where the list writes nothing between, and written back whole', async () => {
    const text = list('');
    const ulip = (await exportEntries(text)).find((paper) => paper.arxiv === '2212.05171');
    expect(ulip).toMatchObject({ title: titles[0][0], venue: null });
    expect((await addRoundTrip(text)).misses).toEqual([]);
  });

  test('still ends at a comma before a venue and its year', async () => {
    const text = list(`* Segment Anything, ICCV 2023 [[Paper]](${arxiv('2304.02643')})`);
    const sam = (await exportEntries(text)).find((paper) => paper.arxiv === '2304.02643');
    expect(sam).toMatchObject({ title: 'Segment Anything', venue: 'ICCV', year: '2023' });
  });
});

test('a short linked title after a badge is the title, not a tag', async () => {
  const pages = (n: number) => `<img src="badges/${n}-pages-gray.svg" alt="${n}-pages" align="top">`;
  const text = [
    '# Source code',
    '',
    `- ${pages(25)} [Learning to Execute](${arxiv('1410.4615')}) - Wojciech Zaremba, Ilya Sutskever, 2015.`,
    `- ${pages(12)} [Deep API Learning](${arxiv('1605.08535')}) - Xiaodong Gu, Hongyu Zhang, Dongmei Zhang, Sunghun Kim, FSE 2016.`,
    `- ${pages(8)} [Learning Python Code Suggestion with a Sparse Pointer Network](${arxiv('1611.08307')}) - Avishkar Bhoopchand, Tim Rocktäschel, Earl Barr, Sebastian Riedel, 2016.`,
    '',
  ].join('\n');
  const titles = (await exportEntries(text)).map((paper) => paper.title);
  expect(titles).toEqual([
    'Learning to Execute',
    'Deep API Learning',
    'Learning Python Code Suggestion with a Sparse Pointer Network',
  ]);
});
