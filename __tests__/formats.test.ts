/**
 * Lists written in other shapes than the reference list, zero config: each one's grammar is learned
 * from its own entries, its accepted entries raise nothing, and an added entry that breaks its own
 * grammar is reported. The fixtures are our own small lists of real papers.
 */
import { describe, expect, it } from '@jest/globals';
import type { Convention } from '../src/grammar/convention.js';
import { lint, type LintResult } from '../src/check/engine.js';
import { EVERY_LINE } from '../src/read/diff.js';
import { planReview } from '../src/review/plan.js';
import { readFixture, rulesOf } from './helpers.js';

interface Format {
  name: string;
  entries: number;
  grammar: Partial<Convention>;
  /** A unique piece of the line after which entries are added. */
  after: string;
  /** An entry written as the list writes them. */
  good: string;
  /** An entry that breaks the list's grammar, and the rules that must say so. */
  bad: string;
  rules: string[];
}

const FORMATS: Format[] = [
  {
    name: 'numbered-authors',
    entries: 6,
    grammar: {
      marker: 'numbered',
      titlePunctuation: '.',
      authorLine: true,
      authorsItalic: true,
      badges: false,
    },
    after: 'Jure Leskovec, Stefanie Jegelka.*',
    good: '\n1. **Neural Message Passing for Quantum Chemistry.**\n*Justin Gilmer, Samuel S. Schoenholz, Patrick F. Riley, Oriol Vinyals, George E. Dahl.* ICML 2017. [paper](https://arxiv.org/pdf/1704.01212.pdf)',
    bad: '\n1. **Neural Message Passing for Quantum Chemistry.** ICML 2017. [paper](https://arxiv.org/pdf/1704.01212.pdf)',
    rules: ['authors-format'],
  },
  {
    name: 'title-links',
    entries: 5,
    grammar: { titleLink: true, titleBold: false, authorLine: false, arxivLink: 'abs', badges: false },
    after: 'Kelvin Guu, Kenton Lee',
    good: '- [Atlas: Few-shot Learning with Retrieval Augmented Language Models](https://arxiv.org/abs/2208.03299) - Gautier Izacard, Patrick Lewis, Maria Lomeli, Lucas Hosseini. JMLR 2023.',
    bad: '- [REPLUG: Retrieval-Augmented Black-Box Language Models]() - Weijia Shi, Sewon Min, Michihiro Yasunaga, Minjoon Seo. NAACL 2024.',
    rules: ['empty-link'],
  },
  {
    name: 'bold-links',
    entries: 5,
    grammar: { titleLink: true, titleBold: true, arxivLink: 'abs', badges: false, authorLine: false },
    after: 'Adaku Uchendu, Dongwon Lee.*',
    good: '- **[Ghostbuster: Detecting Text Ghostwritten by Large Language Models.](https://arxiv.org/abs/2305.15047)** *Vivek Verma, Eve Fleisig, Nicholas Tomlin, Dan Klein.* NAACL 2024.',
    bad: '- **[DetectGPT: Zero-Shot Detection of Machine-Generated Text.](https://arxiv.org/pdf/2301.11305v2.pdf)** *Eric Mitchell, Chelsea Finn.* ICML 2023.',
    rules: ['arxiv-abs', 'duplicate'],
  },
  {
    name: 'date-prefixed',
    entries: 5,
    grammar: {
      titleBold: true,
      titlePunctuation: '',
      linkStyle: 'bracketed',
      arxivLink: 'abs',
      badges: false,
    },
    after: 'Shunyu Yao* [[paper]',
    good: '- [2023/08] **A Survey on Large Language Model based Autonomous Agents** *Lei Wang, Chen Ma, Xueyang Feng, Zeyu Zhang, Hao Yang* [[paper](https://arxiv.org/abs/2308.11432)]',
    bad: '- [2023/08] **A Survey on Large Language Model based Autonomous Agents** *Lei Wang, Chen Ma, Xueyang Feng, Zeyu Zhang, Hao Yang* [[paper](https://arxiv.org/pdf/2308.11432.pdf)]',
    rules: ['arxiv-abs'],
  },
  {
    name: 'emoji',
    entries: 5,
    grammar: { titleBold: true, titlePunctuation: '', yearAfterTitle: true, linkStyle: 'bracketed' },
    after: 'Automatic Chain of Thought',
    good: '- 🔥 **Tree of Thoughts: Deliberate Problem Solving with Large Language Models** NeurIPS 2023. [[arXiv](https://arxiv.org/abs/2305.10601)]',
    bad: '- 🔥 Tree of Thoughts: Deliberate Problem Solving with Large Language Models, NeurIPS 2023. [[arXiv](https://arxiv.org/abs/2305.10601)]',
    rules: ['title-format'],
  },
  {
    name: 'plus-pdf',
    entries: 6,
    grammar: { linkStyle: 'bracketed-label', titlePunctuation: '', authorLine: false, badges: false },
    after: 'DNA-GPT',
    good: '+   **Ghostbuster: Detecting Text Ghostwritten by Large Language Models** [[pdf]](https://arxiv.org/abs/2305.15047)',
    bad: '+   **Ghostbuster: Detecting Text Ghostwritten by Large Language Models** [pdf](https://arxiv.org/abs/2305.15047)',
    rules: ['pdf-missing'],
  },
  {
    name: 'bold-bullets',
    entries: 4,
    grammar: {
      titlePunctuation: '',
      authorLine: true,
      blankLineBeforeAuthors: false,
      badges: true,
      authorIndent: 0,
    },
    after: 'Suchir Balaji',
    good: '* **Gorilla: Large Language Model Connected with Massive APIs** Preprint 2023. ![](https://img.shields.io/badge/API-orange)\n  *Shishir G. Patil, Tianjun Zhang, Xin Wang, Joseph E. Gonzalez* [[pdf](https://arxiv.org/abs/2305.15334)]',
    bad: '* **Gorilla: Large Language Model Connected with Massive APIs** Preprint 2023.\n  *Shishir G. Patil, Tianjun Zhang, Xin Wang, Joseph E. Gonzalez* [[pdf](https://arxiv.org/abs/2305.15334)]',
    rules: ['badge-missing'],
  },
  {
    name: 'table',
    entries: 6,
    grammar: {
      titleBold: false,
      titleLink: false,
      yearAfterTitle: true,
      arxivLink: 'abs',
      authorLine: false,
    },
    after: 'GPT Understands, Too',
    good: '| Towards a Unified View of Parameter-Efficient Transfer Learning | ICLR 2022 | [arXiv](https://arxiv.org/abs/2110.04366) | [code](https://github.com/jxhe/unify-parameter-efficient-tuning) |',
    bad: '| Towards a Unified View of Parameter-Efficient Transfer Learning | ICLR 2022 | [arXiv](https://arxiv.org/abs/2110.04366) | [code](https://github.com/jxhe/unify-parameter-efficient-tuning) | 2021.10 |',
    rules: ['table-row'],
  },
  {
    name: 'paragraphs',
    entries: 5,
    grammar: { authorLine: true, authorsItalic: true, blankLineBeforeAuthors: false, linkStyle: 'bracketed' },
    after: 'arXiv 2023 [[Paper](https://arxiv.org/abs/2311.09210)]',
    good: '\n**REPLUG: Retrieval-Augmented Black-Box Language Models** \\\n*Weijia Shi, Sewon Min, Michihiro Yasunaga, Minjoon Seo, Rich James, Mike Lewis, Luke Zettlemoyer, Wen-tau Yih* \\\nNAACL 2024 [[Paper](https://arxiv.org/abs/2301.12652)]',
    bad: '\n**REPLUG: Retrieval-Augmented Black-Box Language Models** \\\nWeijia Shi, Sewon Min, Michihiro Yasunaga, Minjoon Seo, Rich James, Mike Lewis, Luke Zettlemoyer, Wen-tau Yih \\\nNAACL 2024 [[Paper](https://arxiv.org/abs/2301.12652)]',
    rules: ['authors-format'],
  },
];

function insert(text: string, after: string, block: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.includes(after));
  if (at === -1) throw new Error(`no line with ${after}`);
  lines.splice(at + 1, 0, ...block.split('\n'));
  return lines.join('\n');
}

describe.each(FORMATS)('a $name list, zero config', (format) => {
  const text = readFixture(`formats/${format.name}/README.md`);
  const check = (changed: string, baseText?: string) => lint({ path: 'README.md', text: changed, baseText });

  it('learns its own grammar and recognises every paper', async () => {
    const result = await check(text);
    expect(result.convention).toMatchObject(format.grammar);
    expect(result.entries).toBe(format.entries);
  });

  it("raises nothing on the list's accepted entries", async () => {
    expect(rulesOf(await check(text))).toEqual([]);
  });

  it('raises nothing on an added entry written as the list writes them', async () => {
    const result = await check(insert(text, format.after, format.good), text);
    expect(result.checked).toBe(1);
    expect(rulesOf(result)).toEqual([]);
  });

  it('reports an added entry that breaks the grammar', async () => {
    const result = await check(insert(text, format.after, format.bad), text);
    expect([...new Set(result.findings.map((f) => f.rule))].sort()).toEqual(format.rules);
  });
});

describe('duplicates in a list that cross-lists papers on purpose', () => {
  const kipf =
    '1. **Semi-Supervised Classification with Graph Convolutional Networks.**\n*Thomas N. Kipf, Max Welling.* ICLR 2017. [paper](https://arxiv.org/pdf/1609.02907.pdf)';
  const gat =
    '1. **Graph Attention Networks.**\n*Petar Veličković, Guillem Cucurull, Arantxa Casanova, Adriana Romero, Pietro Liò, Yoshua Bengio.* ICLR 2018. [paper](https://arxiv.org/pdf/1710.10903.pdf)';
  const text = readFixture('formats/numbered-authors/README.md');
  // The list already repeats two of its papers under a second section.
  const crossListed = `${text}\n## Applications\n\n${kipf}\n\n${gat}\n`;
  const sage = text.split('\n').findIndex((line) => line.includes('Inductive Representation'));
  const added = (entry: string, into: string, at: number) => {
    const lines = into.split('\n');
    lines.splice(at, 0, entry, '');
    return lines.join('\n');
  };
  const duplicates = async (changed: string) =>
    (await lint({ path: 'README.md', text: changed, baseText: crossListed })).findings.filter(
      (f) => f.rule === 'duplicate',
    );

  it('accepts one more paper listed under a second section', async () => {
    const sageCopy = text
      .split('\n')
      .slice(sage, sage + 2)
      .join('\n');
    expect(await duplicates(`${crossListed}\n${sageCopy}\n`)).toEqual([]);
  });

  it('still reports a paper repeated within one section', async () => {
    expect(await duplicates(added(gat, crossListed, sage))).toHaveLength(1);
  });

  it('reports an arXiv id reused under a different title, wherever it is', async () => {
    const wrong = gat.replace('Graph Attention Networks.', 'Graph Transformer Networks.');
    const found = await duplicates(`${crossListed}\n${wrong.replace('1710.10903', '1609.02907')}\n`);
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('under another title')]);
  });
});

describe('an added item that is not a paper', () => {
  const text = readFixture('formats/numbered-authors/README.md');

  it('leaves a book alone: its link says what it is', async () => {
    const book =
      '1. **Deep Learning.**\n*Ian Goodfellow, Yoshua Bengio, Aaron Courville.* MIT Press 2016. [book](https://www.deeplearningbook.org/)';
    const result = await lint({ path: 'README.md', text: `${text}\n${book}\n`, baseText: text });
    expect(result.findings).toEqual([]);
  });

  it('still asks a paper with only its slides for the paper link', async () => {
    const paper =
      '1. **Neural Message Passing for Quantum Chemistry.**\n*Justin Gilmer, Samuel S. Schoenholz.* ICML 2017. [slides](https://example.org/mpnn-slides)';
    const result = await lint({ path: 'README.md', text: `${text}\n${paper}\n`, baseText: text });
    expect(result.findings.map((f) => f.rule)).toEqual(['pdf-missing']);
  });
});

describe('an added entry whose title is not marked, in a list that bolds its titles', () => {
  const text = readFixture('formats/numbered-authors/README.md');

  it('is asked to bold its title, with nothing built on a guess of where the title ends', async () => {
    const citation =
      '1. Makoto Miwa and Mohit Bansal. 2016. End-to-end relation\nextraction using LSTMs on sequences and tree\nstructures. In Proceedings of ACL. [paper](https://arxiv.org/pdf/1601.00770.pdf)';
    const result = await lint({ path: 'README.md', text: `${text}\n${citation}\n`, baseText: text });
    expect(result.findings.map((f) => f.rule)).toEqual(['title-format']);
    expect(result.findings[0].message).not.toContain('Miwa');
    expect(result.findings[0].fix).toBeNull();
  });
});

describe('a change that writes many entries one way the list does not', () => {
  const text = readFixture('formats/numbered-authors/README.md');
  const papers = [
    ['Neural Message Passing for Quantum Chemistry', 'Justin Gilmer, Samuel S. Schoenholz', '1704.01212'],
    [
      'Gated Graph Sequence Neural Networks',
      'Yujia Li, Daniel Tarlow, Marc Brockschmidt, Richard Zemel',
      '1511.05493',
    ],
    ['Deep Graph Infomax', 'Petar Veličković, William Fedus, William L. Hamilton', '1809.10341'],
    [
      'Simplifying Graph Convolutional Networks',
      'Felix Wu, Tianyi Zhang, Amauri Holanda de Souza Jr.',
      '1902.07153',
    ],
    ['Graph U-Nets', 'Hongyang Gao, Shuiwang Ji', '1905.05178'],
    [
      'Hierarchical Graph Representation Learning with Differentiable Pooling',
      'Rex Ying, Jiaxuan You',
      '1806.08804',
    ],
  ];
  // The title without the full stop the list puts inside the bold.
  const entries = papers.map(
    ([title, authors, id]) =>
      `1. **${title}**\n*${authors}.* ICML 2019. [paper](https://arxiv.org/pdf/${id}.pdf)`,
  );
  const withAdded = (count: number) => `${text}\n${entries.slice(0, count).join('\n\n')}\n`;

  const reviewLines = (result: LintResult) =>
    planReview(
      [{ path: result.path, source: result.source, findings: result.findings, commentable: EVERY_LINE }],
      { comments: [], reviews: [], unread: new Set(), partlyListed: false, unanswered: new Set() },
      { suggestions: true, maxComments: 30, headSha: 'c'.repeat(40), entriesChecked: result.checked },
    )
      .review!.body.split('\n')
      .filter((line) => line.startsWith('- '));

  it('gets one finding (and fix) per entry, and one line of the review', async () => {
    const result = await lint({ path: 'README.md', text: withAdded(6), baseText: text });
    expect(result.checked).toBe(6);
    expect(result.findings.map((f) => f.rule)).toEqual(Array(6).fill('title-format'));
    expect(result.findings.every((f) => f.fix !== null)).toBe(true);
    expect(reviewLines(result)).toEqual([
      expect.stringContaining('6 entries differ from the rest of the list'),
    ]);
  });

  it('gets one line of the review for each way the entries differ', async () => {
    const plain = papers.map(
      ([title, authors, id]) =>
        `1. **${title}**\n${authors}. ICML 2019. [paper](https://arxiv.org/pdf/${id}.pdf)`,
    );
    const result = await lint({
      path: 'README.md',
      text: `${text}\n${plain.join('\n\n')}\n`,
      baseText: text,
    });
    expect(result.findings).toHaveLength(12);
    expect(reviewLines(result).map((line) => /\[([a-z-]+)\]\(http[^)]*\)\)$/.exec(line)?.[1])).toEqual([
      'title-format',
      'authors-format',
    ]);
  });

  it('gets one line of the review for three such entries', async () => {
    const result = await lint({ path: 'README.md', text: withAdded(3), baseText: text });
    expect(result.findings.map((f) => f.rule)).toEqual(Array(3).fill('title-format'));
    expect(reviewLines(result)).toEqual([
      expect.stringContaining('3 entries differ from the rest of the list'),
    ]);
  });

  it('while two such entries get a finding (and a fix) each', async () => {
    const result = await lint({ path: 'README.md', text: withAdded(2), baseText: text });
    expect(result.findings.map((f) => f.rule)).toEqual(['title-format', 'title-format']);
    expect(result.findings.every((f) => f.fix !== null)).toBe(true);
  });
});

describe('a list that breaks the title line with `<br />` before its author line', () => {
  const papers: [string, string, string][] = [
    [
      'Editing Large Language Models: Problems, Methods, and Opportunities',
      'Yunzhi Yao, Peng Wang, Bozhong Tian',
      '2305.13172',
    ],
    [
      'Locating and Editing Factual Associations in GPT',
      'Kevin Meng, David Bau, Alex Andonian, Yonatan Belinkov',
      '2202.05262',
    ],
    ['Mass-Editing Memory in a Transformer', 'Kevin Meng, Arnab Sen Sharma, Alex Andonian', '2210.07229'],
    [
      'Fast Model Editing at Scale',
      'Eric Mitchell, Charles Lin, Antoine Bosselut, Chelsea Finn',
      '2110.11309',
    ],
    ['Memory-Based Model Editing at Scale', 'Eric Mitchell, Charles Lin, Antoine Bosselut', '2206.06520'],
    ['Editing Factual Knowledge in Language Models', 'Nicola De Cao, Wilker Aziz, Ivan Titov', '2104.08164'],
  ];
  const entry = ([title, authors, id]: [string, string, string], n: number, glue = '\n') =>
    `${n}. **${title}**. <br />${glue}${authors}. [[paper](https://arxiv.org/abs/${id})]`;
  const text = `# Knowledge editing papers\n\n## Methods\n\n${papers.map((paper, i) => entry(paper, i + 1)).join('\n\n')}\n`;
  const added = (line: string) => `${text}\n${line}\n`;
  const authorFindings = async (after: string) =>
    (await lint({ path: 'README.md', text: after, baseText: text })).findings.filter(
      (f) => f.rule === 'authors-format',
    );
  const newPaper: [string, string, string] = [
    'Knowledge Neurons in Pretrained Transformers',
    'Damai Dai, Li Dong, Yaru Hao, Zhifang Sui',
    '2104.08696',
  ];

  it('reads the names after the break on the title line as its author line', async () => {
    expect(await authorFindings(added(entry(newPaper, 7, ' ')))).toEqual([]);
  });

  it('asks an entry without names for an author line in the list’s own form (not italic)', async () => {
    const findings = await authorFindings(
      added(`7. **${newPaper[0]}**. [[paper](https://arxiv.org/abs/${newPaper[2]})]`),
    );
    expect(findings.map((f) => f.message)).toEqual([
      'Add the author line under the title, like `Author One, Author Two`.',
    ]);
  });
});
