import { describe, expect, it } from '@jest/globals';
import type { Settings } from '../src/check/engine.js';
import { RULES } from '../src/check/rules/index.js';
import type { RuleId } from '../src/check/rules/types.js';
import {
  DELTA,
  DELTA_STYLE_FIRST_LINE as FIRST,
  deltaStyleList,
  fixAll,
  lintText,
  rulesOf,
  readFixture,
} from './helpers.js';

/** The LoRA entry of the reference list (lines 79-81), well-formed. */
const GOOD = readFixture(DELTA).split('\n').slice(78, 81).join('\n');
const TITLE = '- **LoRA: Low-Rank Adaptation of Large Language Models,** ICLR 2022.';
const AUTHORS =
  '  *Edward J. Hu, Yelong Shen, Phillip Wallis, Zeyuan Allen-Zhu, Yuanzhi Li, Shean Wang, Lu Wang, Weizhu Chen.*';

interface Case {
  name: string;
  rule: RuleId;
  bad: string;
  line: number;
  /** What --fix turns `bad` into; absent when the rule has no mechanical fix. */
  fixed?: string;
  good?: string;
  settings?: Settings;
  /** The list's other entries as this case's list writes them. */
  examples?: (text: string) => string;
}

const cases: Case[] = [
  {
    name: 'no empty line before the authors',
    rule: 'blank-line',
    bad: GOOD.replace('\n\n', '\n'),
    line: FIRST + 1,
    fixed: GOOD,
  },
  {
    name: 'an empty line in a list that keeps them together',
    rule: 'blank-line',
    bad: GOOD,
    line: FIRST + 2,
    fixed: GOOD.replace('\n\n', '\n'),
    settings: { style: { blankLineBeforeAuthors: false } },
    examples: (text) => text.replace(/\n\n {2}\*/g, '\n  *'),
  },
  {
    name: 'author line not indented',
    rule: 'indent',
    bad: GOOD.replace(AUTHORS, AUTHORS.trimStart()),
    line: FIRST + 2,
    fixed: GOOD,
  },
  {
    name: 'author line as a code block',
    rule: 'indent',
    bad: GOOD.replace(AUTHORS, `    ${AUTHORS}`),
    line: FIRST + 2,
    fixed: GOOD,
  },
  {
    name: 'author line short of a wide numbered item',
    rule: 'indent',
    bad: GOOD.replace('- **', '10. **').replace(AUTHORS, ` ${AUTHORS}`),
    good: GOOD.replace('- **', '10. **').replace(AUTHORS, `  ${AUTHORS}`),
    line: FIRST + 2,
    fixed: GOOD.replace('- **', '10. **').replace(AUTHORS, `  ${AUTHORS}`),
  },
  { name: 'no badge', rule: 'badge-missing', bad: GOOD.replace(/ !\[\]\([^)]*\)/g, ''), line: FIRST },
  {
    name: 'a colour outside the palette',
    rule: 'badge-color',
    bad: GOOD.replace('LoRA-blue', 'LoRA-red'),
    line: FIRST,
  },
  {
    name: 'a glued badge',
    rule: 'badge-spacing',
    bad: GOOD.replace('2022. ![]', '2022.![]'),
    line: FIRST,
    fixed: GOOD,
  },
  {
    name: 'a /pdf/ link with version and .pdf',
    rule: 'arxiv-abs',
    bad: GOOD.replace('arxiv.org/abs/2106.09685', 'arxiv.org/pdf/2106.09685v2.pdf'),
    line: FIRST + 2,
    fixed: GOOD.replace('arxiv.org/abs/2106.09685', 'arxiv.org/abs/2106.09685v2'),
  },
  {
    name: 'a /pdf/ link without .pdf',
    rule: 'arxiv-abs',
    bad: GOOD.replace('https://arxiv.org/abs/2106.09685', 'http://arxiv.org/pdf/2106.09685'),
    line: FIRST + 2,
    fixed: GOOD,
  },
  {
    name: 'no paper link',
    rule: 'pdf-missing',
    bad: GOOD.replace('[[pdf](https://arxiv.org/abs/2106.09685)], ', ''),
    line: FIRST + 2,
  },
  {
    name: 'an empty link target',
    rule: 'empty-link',
    bad: GOOD.replace('(https://github.com/microsoft/LoRA)', '()'),
    line: FIRST + 2,
  },
  {
    // No fix: bold changes what the entry renders, and what reads as a title may be an author.
    name: 'a title that is not bold',
    rule: 'title-format',
    bad: GOOD.replace(TITLE, '- LoRA: Low-Rank Adaptation of Large Language Models, ICLR 2022.'),
    line: FIRST,
  },
  { name: 'no venue and year', rule: 'title-format', bad: GOOD.replace(' ICLR 2022.', ''), line: FIRST },
  {
    name: 'a numbered item in a bulleted list',
    rule: 'title-format',
    bad: GOOD.replace('- **', '1. **').replace(AUTHORS, ` ${AUTHORS}`),
    line: FIRST,
  },
  {
    name: 'authors not in italics',
    rule: 'authors-format',
    bad: GOOD.replace('*Edward', 'Edward').replace('Chen.*', 'Chen.'),
    line: FIRST + 2,
  },
  {
    name: 'italics that close before the last name',
    rule: 'authors-format',
    bad: GOOD.replace('Edward J. Hu,', 'Edward J. Hu*,'),
    line: FIRST + 2,
  },
  {
    name: 'no author line',
    rule: 'authors-format',
    bad: GOOD.replace(`\n\n${AUTHORS}`, ` ${AUTHORS.trim()}`),
    line: FIRST,
  },
  {
    name: 'the same arXiv paper twice, in another URL form',
    rule: 'duplicate',
    bad: `${GOOD}\n\n${GOOD.replace('LoRA: Low-Rank', 'LoRA - Low Rank').replace('arxiv.org/abs/2106.09685', 'arxiv.org/pdf/2106.09685v2.pdf')}`,
    line: FIRST + 4,
  },
  {
    name: 'the same title twice',
    rule: 'duplicate',
    bad: `${GOOD}\n\n${GOOD.replace('LoRA: Low-Rank', 'lora:  low-rank').replace('2106.09685', '2106.00001')}`,
    line: FIRST + 4,
  },
];

describe.each(cases)('$rule: $name', ({ rule, bad, line, fixed, good, settings, examples }) => {
  const list = (entries: string) => deltaStyleList(entries, examples);
  const badList = list(bad);

  it('is reported at the right line', async () => {
    const found = (await lintText(badList, settings)).findings.filter((f) => f.rule === rule);
    expect(found.map((f) => f.line)).toEqual([line]);
    expect(found[0].message.length).toBeGreaterThan(10);
  });

  it('is not reported on the well-formed entry', async () => {
    // A case whose config turns a trait round is checked against the reference list unconfigured.
    const unconfigured = rule === 'blank-line' && settings;
    const ok = await lintText(
      unconfigured ? deltaStyleList(good ?? GOOD) : list(good ?? GOOD),
      unconfigured ? undefined : settings,
    );
    expect(ok.findings.filter((f) => f.rule === rule)).toEqual([]);
  });

  if (fixed !== undefined) {
    it('is fixed, and a second fix changes nothing', async () => {
      const once = await fixAll(badList, settings);
      expect(once).toBe(list(fixed));
      expect((await lintText(once, settings)).findings.filter((f) => f.rule === rule)).toEqual([]);
      expect(await fixAll(once, settings)).toBe(once);
    });
  } else {
    it('offers no fix', async () => {
      expect((await lintText(badList, settings)).findings.filter((f) => f.rule === rule && f.fix)).toEqual(
        [],
      );
    });
  }
});

describe('section', () => {
  it('reports an entry outside any category, naming the categories', async () => {
    const text = deltaStyleList(GOOD).replace('## Papers\n', `## Papers\n\n${GOOD}\n`);
    const found = (await lintText(text)).findings.filter((f) => f.rule === 'section');
    expect(found.map((f) => f.line)).toEqual([39]);
    expect(found[0].message).toContain('"Methodology"');
  });

  it('does not report entries in a category', async () => {
    expect((await lintText(deltaStyleList(GOOD))).findings).toEqual([]);
  });

  it('reports a paper added to the contribution guide', async () => {
    const text = `${deltaStyleList(GOOD)}\n## Contribution\n\n${GOOD}\n`;
    const found = (await lintText(text)).findings.filter((f) => f.rule === 'section');
    const lines = text.split('\n');
    const copy = lines.length - [...lines].reverse().findIndex((line) => line.startsWith(TITLE));
    expect(found.map((f) => f.line)).toEqual([copy]);
  });
});

describe('the rule set', () => {
  it('has one rule per id, each with a description and a doc page', async () => {
    const { existsSync } = await import('node:fs');
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(14);
    for (const rule of RULES) {
      expect(rule.description.length).toBeGreaterThan(10);
      expect(existsSync(new URL(`../docs/rules/${rule.id}.md`, import.meta.url))).toBe(true);
    }
  });

  it('every case above covers every rule', () => {
    // section and table-row have their own tests (here and in formats.test.ts); arxiv-metadata,
    // which needs arXiv's records, in arxiv.test.ts.
    const covered = new Set([...cases.map((c) => c.rule), 'section', 'table-row', 'arxiv-metadata']);
    expect([...covered].sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });
});

describe('paper sections', () => {
  it('takes "## Papers" as the root even when the document title names papers', async () => {
    const text = `# Must-read Papers on Tuning\n\n${deltaStyleList(GOOD).split('\n').slice(1).join('\n')}\n## Contribution\n\n- Add papers in the right category.\n`;
    const result = await lintText(text);
    expect(result.findings).toEqual([]);
    expect(result.entries).toBe(4); // LoRA and the three examples, not the contribution note
  });
});

describe('positions on tab-indented lines', () => {
  it('give the column in characters, not in expanded tab width', async () => {
    const text = deltaStyleList(
      GOOD.replace(AUTHORS, `\t${AUTHORS.trim().replace('*Edward', 'Edward').replace('Chen.*', 'Chen.')}`),
    );
    const finding = (await lintText(text)).findings.find((f) => f.rule === 'authors-format');
    expect(finding).toMatchObject({ line: FIRST + 2, column: 2 });
  });
});

describe('messages that tell the truth', () => {
  it('a bold title wrapped onto a second line, where it shows, gets one title-format note, and no fix', async () => {
    const wrapped = GOOD.replace(
      'LoRA: Low-Rank Adaptation of Large Language Models,** ICLR 2022.',
      'LoRA: Low-Rank Adaptation  \n  of Large Language Models,** ICLR 2022.',
    );
    const result = await lintText(deltaStyleList(wrapped));
    expect(rulesOf(result)).toEqual([`title-format@${FIRST}`]);
    expect(result.findings[0].message).toContain('on one line');
    expect(result.findings[0].fix).toBeNull();
  });

  it('a paper link left open is said to want its `)`, not to be missing', async () => {
    const open = GOOD.replace(
      '[[pdf](https://arxiv.org/abs/2106.09685)]',
      '[[pdf](https://arxiv.org/abs/2106.09685]',
    );
    const found = (await lintText(deltaStyleList(open))).findings.filter((f) => f.rule === 'pdf-missing');
    expect(found.map((f) => [f.line, f.message])).toEqual([
      [
        FIRST + 2,
        'Close the paper link with `)`: `[pdf](https://arxiv.org/abs/2106.09685` shows as text, not as a link.',
      ],
    ]);
  });

  it('an author line short of the item straight after its title stays in the item: no indent finding', async () => {
    const lazy = GOOD.replace(`\n\n${AUTHORS}`, `\n${AUTHORS.trim()}`);
    const found = (await lintText(deltaStyleList(lazy))).findings;
    expect(found.filter((f) => f.rule === 'indent')).toEqual([]);
    // What a reader does see, the author line run into the title's paragraph, is still said.
    expect(found.map((f) => f.rule)).toContain('blank-line');
  });

  it('an author line one space deeper than the list writes renders the same: no finding', async () => {
    const deeper = GOOD.replace(`\n\n${AUTHORS}`, `\n\n ${AUTHORS}`);
    expect(rulesOf(await lintText(deltaStyleList(deeper)))).toEqual([]);
  });

  it('after an empty line the same author line does fall out, and says so', async () => {
    const out = GOOD.replace(AUTHORS, AUTHORS.trim());
    const found = (await lintText(deltaStyleList(out))).findings.filter((f) => f.rule === 'indent');
    expect(found.map((f) => [f.severity, f.message.includes('falls out')])).toEqual([['error', true]]);
  });
});

describe('arxiv-abs in a list that links PDFs', () => {
  const papers: readonly [string, string][] = [
    ['Attention Is All You Need', '1706.03762'],
    ['Deep Residual Learning for Image Recognition', '1512.03385'],
    ['Adam: A Method for Stochastic Optimization', '1412.6980'],
    ['Layer Normalization', '1607.06450'],
    ['Denoising Diffusion Probabilistic Models', '2006.11239'],
    ['Language Models are Few-Shot Learners', '2005.14165'],
  ];
  const list = (fifth: string) =>
    [
      '# Awesome Models',
      '',
      '## Papers',
      '',
      ...papers.map(
        ([title, id], i) => `- **${title}.** [[pdf](https://arxiv.org/${i === 4 ? fifth : 'pdf'}/${id})]`,
      ),
      '',
    ].join('\n');

  it('names the page the entry links: the abstract page, or another of arXiv’s (`/html/`)', async () => {
    const messages = async (page: string) =>
      (await lintText(list(page), undefined, list('pdf'))).findings
        .filter((f) => f.rule === 'arxiv-abs')
        .map((f) => [f.line, f.message]);
    expect(await messages('abs')).toEqual([
      [
        9,
        'Link the arXiv PDF (`/pdf/`) instead of the abstract page, as this list and the papers around this one do.',
      ],
    ]);
    expect(await messages('html')).toEqual([
      [
        9,
        'Link the arXiv PDF (`/pdf/`) instead of its `/html/` page, as this list and the papers around this one do.',
      ],
    ]);
  });

  it('asks it of one paper a change links to its abstract page, not of a contributor who links two so', async () => {
    const added: readonly [string, string][] = [
      ['BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', '1810.04805'],
      ['Generative Adversarial Networks', '1406.2661'],
    ];
    const withAdded = (pages: readonly string[]) => {
      const lines = list('pdf').split('\n');
      const entries = added.map(
        ([title, id], i) => `- **${title}.** [[pdf](https://arxiv.org/${pages[i]}/${id})]`,
      );
      return [...lines.slice(0, 6), ...entries, ...lines.slice(6)].join('\n');
    };
    const found = async (pages: readonly string[]) =>
      (await lintText(withAdded(pages), undefined, list('pdf'))).findings
        .filter((f) => f.rule === 'arxiv-abs')
        .map((f) => f.line);
    // Lines 7 and 8 are the two added papers.
    expect(await found(['abs', 'pdf'])).toEqual([7]);
    expect(await found(['abs', 'abs'])).toEqual([]);
  });
});

describe('badge-missing in a table whose papers link arXiv and their code with badges', () => {
  const papers: readonly [string, string, string][] = [
    ['Segment Anything', '2304.02643', 'facebookresearch/segment-anything'],
    ['Masked Autoencoders Are Scalable Vision Learners', '2111.06377', 'facebookresearch/mae'],
    [
      'High-Resolution Image Synthesis with Latent Diffusion Models',
      '2112.10752',
      'CompVis/latent-diffusion',
    ],
    ['Learning Transferable Visual Models From Natural Language Supervision', '2103.00020', 'openai/CLIP'],
    ['Emerging Properties in Self-Supervised Vision Transformers', '2104.14294', 'facebookresearch/dino'],
    [
      'Swin Transformer: Hierarchical Vision Transformer using Shifted Windows',
      '2103.14030',
      'microsoft/Swin-Transformer',
    ],
  ];
  const row = ([title, id, code]: readonly [string, string, string]) =>
    `| ${title} | [![arXiv](https://img.shields.io/badge/arXiv-${id}-b31b1b.svg)](https://arxiv.org/abs/${id}) | [![GitHub](https://badges.aleen42.com/src/github.svg)](https://github.com/${code}) |`;
  const table = (extra: readonly string[]) =>
    [
      '# CVPR Papers',
      '',
      '## Papers',
      '',
      '| title | paper | code |',
      '|:---:|:---:|:---:|',
      ...papers.slice(0, 3).map(row),
      ...extra,
      ...papers.slice(3).map(row),
      '',
    ].join('\n');
  const missing = async (added: string) =>
    (await lintText(table([added]), undefined, table([]))).findings
      .filter((f) => f.rule === 'badge-missing')
      .map((f) => f.line);

  it('asks no keyword badge of a row that links its paper in text, where the others link theirs as badges', async () => {
    const added =
      '| BITE: Beyond Priors for Improved Three-D Dog Pose Estimation | [link](https://openaccess.thecvf.com/content/CVPR2023/papers/Ruegg_BITE_Beyond_Priors_for_Improved_Three-D_Dog_Pose_Estimation_CVPR_2023_paper.pdf) | soon |';
    expect(await missing(added)).toEqual([]);
  });

  it('still reports a row added with no link and no badge', async () => {
    expect(
      await missing('| BITE: Beyond Priors for Improved Three-D Dog Pose Estimation | soon | soon |'),
    ).toEqual([10]);
  });
});

describe('authors-format where a description stands under the title', () => {
  const entry = (title: string, second: string, id: string) =>
    `**${title}** \\\n${second} \\\narXiv 2024. [[Paper](https://arxiv.org/abs/${id})]`;
  const papers = [
    entry(
      'Self-Consistency Improves Chain of Thought Reasoning in Language Models',
      '*Xuezhi Wang, Jason Wei, Dale Schuurmans*',
      '2203.11171',
    ),
    entry(
      'Language Models (Mostly) Know What They Know',
      '*Saurav Kadavath, Tom Conerly, Amanda Askell*',
      '2207.05221',
    ),
    entry(
      'Teaching Models to Express Their Uncertainty in Words',
      '*Stephanie Lin, Jacob Hilton, Owain Evans*',
      '2205.14334',
    ),
    entry(
      'SelfCheckGPT: Zero-Resource Black-Box Hallucination Detection for Generative Large Language Models',
      '*Potsawee Manakul, Adian Liusie, Mark J. F. Gales*',
      '2303.08896',
    ),
  ];
  const list = (extra: string) =>
    ['# Uncertainty', '', '## Hallucination', '', ...papers.slice(0, 2), extra, ...papers.slice(2), ''].join(
      '\n\n',
    );
  const found = async (extra: string) =>
    (await lintText(list(extra))).findings
      .filter((f) => f.rule === 'authors-format')
      .map((f) => [f.line, f.message]);

  /** The same paper, with this line under its title, and the line of its title and of that line. */
  const semantic = (second: string) => {
    const added = entry(
      'Semantic Uncertainty: Linguistic Invariances for Uncertainty Estimation in Natural Language Generation',
      second,
      '2302.09664',
    );
    const lines = list(added).split('\n');
    return {
      added,
      title: lines.findIndex((l) => l.startsWith('**Semantic')) + 1,
      second: lines.indexOf(`${second} \\`) + 1,
    };
  };

  it('asks for the author line, not for the description to be set in italics', async () => {
    const { added, title } = semantic(
      'Estimates the uncertainty of a *language model* from the entropy of the meanings of its sampled answers.',
    );
    expect(await found(added)).toEqual([
      [title, 'Add the author line under the title, like `*Author One, Author Two*`.'],
    ]);
  });

  it('still asks for plain names to be set in italics', async () => {
    const italics = 'Put the author names in italics: `*Author One, Author Two*`.';
    const names = semantic('Lorenz Kuhn, Yarin Gal, Sebastian Farquhar');
    expect(await found(names.added)).toEqual([[names.second, italics]]);
    // Names, then a note of the list's own about the paper.
    const noted = semantic(
      'Lorenz Kuhn, Yarin Gal. ICLR 2023. (Discusses the limits of the method for long answers.)',
    );
    expect(await found(noted.added)).toEqual([[noted.second, italics]]);
  });
});

describe('title-format on a bold title holding a star', () => {
  const papers = [
    '1. **Deep contextualized word representations.** NAACL 2018 [paper](https://arxiv.org/pdf/1802.05365.pdf)',
    '2. **Language Models are Unsupervised Multitask Learners.** OpenAI 2019 [paper](https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf)',
    '3. **Which *BERT? A Survey Organizing Contextualized Encoders.** EMNLP 2020 [paper](https://arxiv.org/pdf/2010.00854.pdf)',
    '4. **RoBERTa: A Robustly Optimized BERT Pretraining Approach.** arXiv 2019 [paper](https://arxiv.org/pdf/1907.11692.pdf)',
  ];
  it('asks for the star to be escaped, not for the bold to close after the venue', async () => {
    const text = ['# Pre-trained Models', '', '## Surveys', '', ...papers, ''].join('\n');
    const found = (await lintText(text)).findings
      .filter((f) => f.rule === 'title-format')
      .map((f) => [f.line, f.message]);
    expect(found).toEqual([
      [
        7,
        'Escape the `*` of `*BERT?` as `\\*`: unescaped, it opens italics and the bold title does not close.',
      ],
    ]);
  });
});

describe('an author line written `* Names*`', () => {
  const entry = (title: string, authors: string, venue: string, id: string) =>
    `* **${title}** <br>\n*${authors}* <br>\n${venue}. [[Paper]](https://arxiv.org/abs/${id})`;
  const papers = [
    entry(
      'Habitat: A Platform for Embodied AI Research',
      'Manolis Savva, Abhishek Kadian, Oleksandr Maksymets',
      'ICCV, 2019',
      '1904.01201',
    ),
    entry(
      'Embodied Question Answering',
      'Abhishek Das, Samyak Datta, Georgia Gkioxari',
      'CVPR, 2018',
      '1711.11543',
    ),
    entry(
      'Learning to Explore using Active Neural SLAM',
      'Devendra Singh Chaplot, Dhiraj Gandhi, Saurabh Gupta',
      'ICLR, 2020',
      '2004.05155',
    ),
  ];
  const text = (added: string) =>
    ['# Embodied Vision', '', '## Papers', '', ...papers, added, ''].join('\n\n');

  it('is told once, at itself, and the entry above is not told it lacks its authors and link', async () => {
    const added = entry(
      'Curiosity-driven Exploration by Self-supervised Prediction',
      'Deepak Pathak\\*, Pulkit Agrawal\\*, Alexei A. Efros',
      'ICML, 2017',
      '1705.05363',
    ).replace('\n*', '\n* ');
    const line =
      text(added)
        .split('\n')
        .findIndex((l) => l.startsWith('* Deepak')) + 1;
    const found = (await lintText(text(added), undefined, text(''))).findings.map((f) => [f.line, f.rule]);
    expect(found).toEqual([[line, 'authors-format']]);
  });
});

describe('badge-missing where every paper, named in bold, links its title and carries an arXiv badge besides', () => {
  const papers: readonly [string, string, string][] = [
    ['POPE', 'Evaluating Object Hallucination in Large Vision-Language Models', '2305.10355'],
    ['LURE', 'Analyzing and Mitigating Object Hallucination in Large Vision-Language Models', '2310.00754'],
    ['Woodpecker', 'Woodpecker: Hallucination Correction for Multimodal Large Language Models', '2310.16045'],
    ['LLaVA-RLHF', 'Aligning Large Multimodal Models with Factually Augmented RLHF', '2309.14525'],
    [
      'LRV',
      'Mitigating Hallucination in Large Multi-Modal Models via Robust Instruction Tuning',
      '2306.14565',
    ],
    [
      'HallusionBench',
      'HallusionBench: An Advanced Diagnostic Suite for Entangled Language Hallucination',
      '2310.14566',
    ],
  ];
  const entry = ([name, title, id]: readonly [string, string, string], badge = true) =>
    `+ **${name}** [${title}](https://arxiv.org/abs/${id}) (2023)` +
    (badge
      ? `\n  [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/${id})`
      : '');
  const text = (last: boolean) =>
    [
      '# Hallucination',
      '',
      '## Papers',
      '',
      ...papers.map((paper, i) => entry(paper, last || i < 5)),
      '',
    ].join('\n');

  it('asks for the badge of a paper that has only its linked title', async () => {
    const found = (await lintText(text(false), undefined, text(true))).findings.filter(
      (f) => f.rule === 'badge-missing',
    );
    expect(found.map((f) => f.line)).toEqual([15]);
  });
});

describe('an author line indented out of its numbered item', () => {
  const paper = (n: number, title: string, authors: string, link: string, indent = 5) =>
    `${n}.  **${title}**\n\n${' '.repeat(indent)}*${authors}* ${link}, 2022.03`;
  const papers = [
    paper(
      10,
      'Chain-of-Thought Prompting Elicits Reasoning in Large Language Models.',
      'Jason Wei, Xuezhi Wang, Dale Schuurmans, Maarten Bosma.',
      '[[abs](https://arxiv.org/abs/2201.11903)]',
    ),
    paper(
      11,
      'Self-Consistency Improves Chain of Thought Reasoning in Language Models.',
      'Xuezhi Wang, Jason Wei, Dale Schuurmans, Quoc Le.',
      '[[abs](https://arxiv.org/abs/2203.11171)]',
    ),
    paper(
      12,
      'Large Language Models are Zero-Shot Reasoners.',
      'Takeshi Kojima, Shixiang Shane Gu, Machel Reid, Yutaka Matsuo, Yusuke Iwasawa.',
      '[[abs](https://arxiv.org/abs/2205.11916)]',
    ),
  ];
  const list = (extra: readonly string[]) =>
    [
      '# Reasoning with language model prompting',
      '',
      '## Papers',
      '',
      ...[...papers, ...extra].join('\n\n').split('\n'),
      '',
    ].join('\n');
  // Four spaces short of the item's text (column 6): after the empty line it leaves the item, and at
  // the page's margin four spaces make it a code block.
  const added = (link: string) =>
    paper(
      13,
      'Least-to-Most Prompting Enables Complex Reasoning in Large Language Models.',
      'Denny Zhou, Nathanael Schärli, Le Hou, Jason Wei.',
      link,
      4,
    );
  const check = async (link: string) => {
    const text = list([added(link)]);
    const line = text.split('\n').findIndex((l) => l.startsWith('    *Denny')) + 1;
    const { findings } = await lintText(text, undefined, list([]));
    return { line, found: findings.map((f) => [f.line, f.rule, f.message]) };
  };

  it('is asked to move in, and its names and link are read as written, not as code', async () => {
    const { line, found } = await check('[[abs](https://arxiv.org/abs/2205.10625)]');
    expect(found).toEqual([
      [
        line,
        'indent',
        'Indent the author line by 5 spaces (it has 4): with less it falls out of the list item.',
      ],
    ]);
  });

  it("is asked for the list's form of its link, not for a link it has", async () => {
    const { line, found } = await check('[abs](https://arxiv.org/abs/2205.10625)');
    expect(found.map(([at, rule]) => [at, rule])).toEqual([
      [line, 'indent'],
      [line, 'pdf-missing'],
    ]);
    expect(found[1][2]).toBe(
      'Write the paper link as `[[abs](https://arxiv.org/abs/2205.10625)]`, as this list does.',
    );
  });
});
