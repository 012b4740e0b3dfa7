import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { lint, type LintInput } from '../src/check/engine.js';
import { diffLines } from '../src/read/diff.js';
import { toSource } from '../src/read/text.js';

const entry = (title: string, venue: string, id: string) =>
  `- **${title}.** ${venue}. [[pdf](https://arxiv.org/abs/${id})]`;

const GCN = entry(
  'Semi-Supervised Classification with Graph Convolutional Networks',
  'ICLR 2017',
  '1609.02907',
);
const GAT = entry('Graph Attention Networks', 'ICLR 2018', '1710.10903');
const SAGE = entry('Inductive Representation Learning on Large Graphs', 'NeurIPS 2017', '1706.02216');
const GIN = entry('How Powerful are Graph Neural Networks?', 'ICLR 2019', '1810.00826');
const PINSAGE = entry(
  'Graph Convolutional Neural Networks for Web-Scale Recommender Systems',
  'KDD 2018',
  '1806.01973',
);
const MPNN = entry('Neural Message Passing for Quantum Chemistry', 'ICML 2017', '1704.01212');

/** A two-section list: its models, then its applications (and whatever else they list). */
const list = (applications: readonly string[], models: readonly string[] = [GCN, GAT, SAGE, GIN]) =>
  [
    '# Graph neural network papers',
    '',
    '## Papers',
    '',
    '### Models',
    '',
    ...models,
    '',
    '### Applications',
    '',
    ...applications,
    '',
  ].join('\n');

const duplicates = async (input: Omit<LintInput, 'path'>) =>
  (await lint({ path: 'README.md', ...input })).findings
    .filter((finding) => finding.rule === 'duplicate')
    .map((finding) => `${finding.line}: ${finding.message}`);

describe('a paper added again under another section', () => {
  const base = list([PINSAGE, MPNN]);
  const head = list([PINSAGE, MPNN, GAT]);
  const lines = head.split('\n');
  const reported = [
    `${lines.lastIndexOf(GAT) + 1}: This paper is already in the list at line ${lines.indexOf(GAT) + 1} (same arXiv id 1710.10903); remove one of them.`,
  ];

  it('is reported in a list that does not cross-list: the new copy is no evidence that it does', async () => {
    expect(await duplicates({ text: head, baseText: base })).toEqual(reported);
  });

  it('is reported from the patch alone too (the Action without the base text)', async () => {
    const change = diffLines(toSource(base).lines, toSource(head).lines);
    expect(await duplicates({ text: head, change })).toEqual(reported);
  });

  it('is reported when the list lists one other paper twice: one paper is a slip, not a habit', async () => {
    // GCN under both sections: under two keys (id and title), yet one paper.
    const once = list([PINSAGE, MPNN, GCN]);
    const found = await duplicates({ text: list([PINSAGE, MPNN, GCN, GAT]), baseText: once });
    expect(found).toEqual([expect.stringContaining('(same arXiv id 1710.10903)')]);
  });

  it('is accepted in a list that cross-lists two papers or more', async () => {
    const crossListing = list([PINSAGE, MPNN, GCN, GIN]);
    expect(await duplicates({ text: list([PINSAGE, MPNN, GCN, GIN, GAT]), baseText: crossListing })).toEqual(
      [],
    );
  });

  it('is accepted when the change also edits a cross-listed copy: the base version says how the list was', async () => {
    const crossListing = list([PINSAGE, MPNN, GCN, GIN]);
    // The PR rewrites GIN's copy (its venue) and adds GAT: among the untouched entries GCN alone is
    // still cross-listed, but the list as it was cross-listed two papers.
    const edited = list([PINSAGE, MPNN, GCN, GIN.replace('ICLR 2019', 'ICLR 2019 (oral)'), GAT]);
    expect(await duplicates({ text: edited, baseText: crossListing })).toEqual([]);
    const change = diffLines(toSource(crossListing).lines, toSource(edited).lines);
    let asked = 0;
    const baseText = async () => {
      asked++;
      return crossListing;
    };
    expect(await duplicates({ text: edited, change, baseText })).toEqual([]);
    expect(asked).toBe(1);
  });

  it('asks for the base version only when a copy sits under another section', async () => {
    let asked = 0;
    const baseText = async () => {
      asked++;
      return base;
    };
    const added = list([PINSAGE, MPNN, entry('Graph U-Nets', 'ICML 2019', '1905.05178')]);
    const change = diffLines(toSource(base).lines, toSource(added).lines);
    expect(await duplicates({ text: added, change, baseText })).toEqual([]);
    expect(asked).toBe(0);
  });
});

describe('sections headed in HTML', () => {
  // `<h3 id="models">Models</h3>`: GitHub shows a heading, and the list's sections are as real as with `###`.
  const html = (applications: readonly string[]) =>
    list(applications)
      .replace('### Models', '<h3 id="models">Models</h3>')
      .replace('### Applications', '<h3 id="applications">Applications</h3>');

  it('tell a copy under another section from one within a section, as `###` headings do', async () => {
    const crossListing = html([PINSAGE, MPNN, GCN, GIN]);
    expect(await duplicates({ text: html([PINSAGE, MPNN, GCN, GIN, GAT]), baseText: crossListing })).toEqual(
      [],
    );
  });
});

describe('a whole file', () => {
  it('reports the later copy of a paper once, at its line, and no entry that shares no key with another', async () => {
    const text = list([PINSAGE, MPNN, GIN]);
    const lines = text.split('\n');
    expect(await duplicates({ text })).toEqual([
      `${lines.lastIndexOf(GIN) + 1}: This paper is already in the list at line ${lines.indexOf(GIN) + 1} (same arXiv id 1810.00826); remove one of them.`,
    ]);
    expect(await duplicates({ text: list([PINSAGE, MPNN]) })).toEqual([]);
  });
});

describe('the entry a duplicate finding names', () => {
  it('links the same paper: an entry that only cites it is another paper', async () => {
    const qlora =
      '- **QLoRA: Efficient Finetuning of Quantized LLMs.** NeurIPS 2023. Builds on [LoRA](https://arxiv.org/abs/2106.09685). [[pdf](https://arxiv.org/abs/2305.14314)]';
    const lora = entry('LoRA: Low-Rank Adaptation of Large Language Models', 'ICLR 2022', '2106.09685');
    const base = list([PINSAGE, MPNN], [GCN, GAT, SAGE, qlora]);
    expect(
      await duplicates({ text: list([PINSAGE, MPNN], [GCN, GAT, SAGE, qlora, lora]), baseText: base }),
    ).toEqual([]);
  });

  it('shares more than a one-word tag: two papers named ChatEval are two papers', async () => {
    const tagged = (tag: string, title: string, venue: string, url: string) =>
      `* **${tag}**: "${title}". ${venue} [[paper]](${url})`;
    const base = [
      '# Dialogue papers',
      '',
      '## Evaluation',
      '',
      tagged(
        'ChatEval',
        'ChatEval: A Tool for Chatbot Evaluation',
        'NAACL(2019)',
        'https://aclanthology.org/N19-4011',
      ),
      tagged(
        'MT-Bench',
        'Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena',
        'NeurIPS(2023)',
        'https://arxiv.org/abs/2306.05685',
      ),
      tagged(
        'G-Eval',
        'G-Eval: NLG Evaluation using GPT-4 with Better Human Alignment',
        'EMNLP(2023)',
        'https://arxiv.org/abs/2303.16634',
      ),
      '',
    ].join('\n');
    const added = `${base}${tagged(
      'ChatEval',
      'ChatEval: Towards Better LLM-based Evaluators through Multi-Agent Debate',
      'arXiv(2023)',
      'https://arxiv.org/abs/2308.07201',
    )}\n`;
    expect(await duplicates({ text: added, baseText: base })).toEqual([]);
  });

  it("is the bundled example's deliberate copy of LoRA, under another section", async () => {
    const text = readFileSync(new URL('../example/README.md', import.meta.url), 'utf8');
    expect(await duplicates({ text })).toEqual([
      '38: This paper is already in the list at line 21 (same arXiv id 2106.09685); remove one of them.',
    ]);
  });
});

describe('an entry that links another paper’s arXiv id', () => {
  it('is asked which of the two it is, a wrong link or the paper again under another name', async () => {
    const base = list([PINSAGE]);
    const misLinked = entry('Neural Message Passing for Quantum Chemistry', 'ICML 2017', '1710.10903');
    const head = list([PINSAGE, misLinked]);
    const lines = head.split('\n');
    expect(await duplicates({ text: head, baseText: base })).toEqual([
      `${lines.indexOf(misLinked) + 1}: The entry at line ${lines.indexOf(GAT) + 1} has the same arXiv id 1710.10903 under another title: either one of the two links is wrong (check which paper each entry links) or it is this paper again under another name (remove one).`,
    ]);
  });
});

describe('a duplicate the list already had', () => {
  it('is not reported to a change that only edits one of its copies: the change did not make it', async () => {
    const twice = list([PINSAGE, MPNN], [GCN, GAT, SAGE, GAT]);
    const edited = list([PINSAGE, MPNN], [GCN, GAT, SAGE, GAT.replace('ICLR 2018', 'ICLR 2018 (oral)')]);
    expect(await duplicates({ text: edited, baseText: twice })).toEqual([]);
  });

  it('is reported when the change adds one more copy of it', async () => {
    const twice = list([PINSAGE, MPNN], [GCN, GAT, SAGE, GAT]);
    const thrice = list([PINSAGE, MPNN], [GCN, GAT, SAGE, GAT, GAT]);
    expect(await duplicates({ text: thrice, baseText: twice })).toEqual([
      expect.stringContaining('(same arXiv id 1710.10903)'),
    ]);
  });
});

describe('a paper whose title is its link', () => {
  const linked = (title: string, url: string) => `- [${title}](${url}) - ICML 2019.`;
  const papers = [
    linked('Simplifying Graph Convolutional Networks', 'https://proceedings.mlr.press/v97/wu19e.html'),
    linked('Graph U-Nets', 'https://proceedings.mlr.press/v97/gao19a.html'),
    linked('Position-aware Graph Neural Networks', 'https://proceedings.mlr.press/v97/you19b.html'),
  ];
  it('is found again by its title when a PR copies it under another section', async () => {
    const base = list(papers.slice(1), [GCN, papers[0]]);
    const head = list([...papers.slice(1), papers[0]], [GCN, papers[0]]);
    const lines = head.split('\n');
    expect(await duplicates({ text: head, baseText: base })).toEqual([
      `${lines.lastIndexOf(papers[0]) + 1}: This paper is already in the list at line ${lines.indexOf(papers[0]) + 1} (same title); remove one of them.`,
    ]);
  });
});

describe('cross-listing read between sections, in a list that repeats a few papers', () => {
  // Two years of 25 papers each and a Surveys section whose two papers are also under their year:
  // 2 of 50 papers cross-listed (4%), all of them from the Surveys section.
  const paper = (year: number, n: number) =>
    entry(
      `Learning on graphs, study ${n} of ${year}`,
      `ICML ${year}`,
      `${year - 2000}01.${String(10000 + n)}`,
    );
  const year = (y: number) => Array.from({ length: 25 }, (_, n) => paper(y, n));
  const survey = (y: number) => paper(y, 0);
  const sections = (y2019: readonly string[], y2020: readonly string[], surveys: readonly string[]) =>
    [
      '# Graph papers',
      '',
      '## Surveys',
      '',
      ...surveys,
      '',
      '## 2020',
      '',
      ...y2020,
      '',
      '## 2019',
      '',
      ...y2019,
      '',
    ].join('\n');
  const base = sections(year(2019), year(2020), [survey(2019), survey(2020)]);

  it('reports a copy between two sections that never shared a paper (two years)', async () => {
    const head = sections(year(2019), [...year(2020), paper(2019, 7)], [survey(2019), survey(2020)]);
    expect(await duplicates({ text: head, baseText: base })).toEqual([
      expect.stringContaining('(same arXiv id 1901.10007); remove one of them.'),
    ]);
  });

  it('accepts a copy into a section that is a view on the others (its papers are listed elsewhere too)', async () => {
    const head = sections(year(2019), year(2020), [survey(2019), survey(2020), paper(2020, 7)]);
    expect(await duplicates({ text: head, baseText: base })).toEqual([]);
  });
});

describe('two entries with one arXiv id and titles sharing only common words', () => {
  it('are asked about, not told to remove one: one of the links may be wrong', async () => {
    const survey = entry('Causal Inference with Large Language Model: A Survey', 'arXiv 2024', '2409.09822');
    const other = entry(
      'Large Language Models and Causal Inference in Collaboration: A Comprehensive Survey',
      'arXiv 2024',
      '2409.09822',
    );
    const base = list([PINSAGE, survey]);
    expect(await duplicates({ text: list([PINSAGE, survey, other]), baseText: base })).toEqual([
      expect.stringContaining('under another title: either one of the two links is wrong'),
    ]);
  });
});

describe('a change that copies several papers between the same two sections', () => {
  it('does it on purpose (a benchmark section listing its papers again): no finding', async () => {
    const base = list([PINSAGE, MPNN]);
    const copied = list([PINSAGE, MPNN, GAT, SAGE]);
    expect(await duplicates({ text: copied, baseText: base })).toEqual([]);
  });
});

describe('a paper new to the list that a change adds twice', () => {
  const CHEB = entry(
    'Convolutional Neural Networks on Graphs with Fast Localized Spectral Filtering',
    'NeurIPS 2016',
    '1606.09375',
  );
  it('is filed under both sections on purpose when they are two sections: no finding', async () => {
    const base = list([PINSAGE, MPNN]);
    const both = list([PINSAGE, MPNN, CHEB], [GCN, GAT, SAGE, GIN, CHEB]);
    expect(await duplicates({ text: both, baseText: base })).toEqual([]);
  });

  it('is reported when both copies are in one section', async () => {
    const base = list([PINSAGE, MPNN]);
    const twice = list([PINSAGE, CHEB, MPNN, CHEB]);
    const lines = twice.split('\n');
    expect(await duplicates({ text: twice, baseText: base })).toEqual([
      `${lines.lastIndexOf(CHEB) + 1}: This paper is already in the list at line ${lines.indexOf(CHEB) + 1} (same arXiv id 1606.09375); remove one of them.`,
    ]);
  });
});

describe('two entries with one title', () => {
  const title = 'Machine Translation Approaches and Survey for Indian Languages';
  const survey = (venue: string, authors: string, link: string) =>
    `- **${title}.** ${venue}.\n  *${authors}.* [[pdf](${link})]`;
  const antony = survey('IJCLCLP 2013', 'P. J. Antony', 'https://aclanthology.org/O13-1003.pdf');
  const base = list([PINSAGE, MPNN, antony]);

  it('are two papers when their author lines share no name', async () => {
    const khan = survey(
      'arXiv 2017',
      'Nadeem Jadoon Khan, Waqas Anwar, Nadir Durrani',
      'https://arxiv.org/abs/1701.04290',
    );
    expect(await duplicates({ text: list([PINSAGE, MPNN, antony, khan]), baseText: base })).toEqual([]);
  });

  it('are one paper again when their authors are the same, however written', async () => {
    const again = survey('IJCLCLP 2013', 'Antony P. J.', 'https://aclanthology.org/O13-1003.pdf');
    const text = list([PINSAGE, MPNN, antony, again]);
    expect(await duplicates({ text, baseText: base })).toHaveLength(1);
  });
});

describe('a duplicate the list had with plain titles', () => {
  it('is not reported to a change that only makes its titles bold', async () => {
    const plain = (title: string) =>
      `- ${title}. KDD 2021. [[pdf](https://dl.acm.org/doi/10.1145/3447548.3467307)]`;
    const title = 'Graph Neural Networks for Fraud Detection in Payment Networks';
    const base = list([PINSAGE, plain(title), MPNN, plain(title)]);
    const bolded = base.split(`- ${title}.`).join(`- **${title}.**`);
    expect(await duplicates({ text: bolded, baseText: base })).toEqual([]);
  });
});

describe('two entries named by one word each that link one paper', () => {
  it('are two things the paper introduced (two datasets), not the paper twice', async () => {
    const dataset = (name: string, about: string) =>
      `- **${name}**: ${about} [Paper](https://arxiv.org/abs/2305.07507)`;
    const base = list(
      [PINSAGE, MPNN],
      [GCN, GAT, SAGE, dataset('LeXFiles', 'A multinational legal corpus.')],
    );
    const head = list(
      [PINSAGE, MPNN, dataset('LegalLAMA', 'A probing suite for legal knowledge.')],
      [GCN, GAT, SAGE, dataset('LeXFiles', 'A multinational legal corpus.')],
    );
    expect(await duplicates({ text: head, baseText: base })).toEqual([]);
    // The same name again is the same entry again.
    const again = list(
      [PINSAGE, MPNN, dataset('LeXFiles', 'The corpus again.')],
      [GCN, GAT, SAGE, dataset('LeXFiles', 'A multinational legal corpus.')],
    );
    expect(await duplicates({ text: again, baseText: base })).toEqual([
      expect.stringContaining('same arXiv id 2305.07507'),
    ]);
  });
});

describe('a dated digest that lists the week’s papers again', () => {
  /** `- **[2024.06.03]**` over `  - Paper: [Title](url)`: the digest's day and its paper. */
  const day = (date: string, line: string) => {
    const [, title, id] = /\*\*(.+?)\.\*\* .*abs\/([\d.]+)/.exec(line)!;
    return `- **[${date}]**\n\n  - Paper: [${title}](https://arxiv.org/abs/${id})\n`;
  };
  const withDigest = (days: readonly string[], applications: readonly string[]) =>
    list(applications).replace('## Papers', `## News\n\n### Week Papers\n\n${days.join('\n')}\n## Papers`);
  const base = withDigest([day('2024.06.02', MPNN), day('2024.06.01', PINSAGE)], [PINSAGE, MPNN]);
  const mixhop = entry(
    'MixHop: Higher-Order Graph Convolutional Architectures via Sparsified Neighborhood Mixing',
    'ICML 2019',
    '1905.00067',
  );

  it('is not a title under each date: a new paper in a section and in the digest is no duplicate', async () => {
    const head = withDigest(
      [day('2024.06.03', mixhop), day('2024.06.02', MPNN), day('2024.06.01', PINSAGE)],
      [PINSAGE, MPNN, mixhop],
    );
    expect(await duplicates({ text: head, baseText: base })).toEqual([]);
  });

  it('is no duplicate even before the digest repeats enough papers to read as a view on the sections', async () => {
    const young = withDigest([day('2024.06.01', GCN)], [PINSAGE, MPNN]);
    const head = withDigest([day('2024.06.03', mixhop), day('2024.06.01', GCN)], [PINSAGE, MPNN, mixhop]);
    expect(await duplicates({ text: head, baseText: young })).toEqual([]);
  });

  it('still has its paper added twice to one section reported', async () => {
    const head = withDigest(
      [day('2024.06.02', MPNN), day('2024.06.01', PINSAGE)],
      [PINSAGE, MPNN, mixhop, mixhop],
    );
    expect(await duplicates({ text: head, baseText: base })).toEqual([
      expect.stringContaining('same arXiv id 1905.00067'),
    ]);
  });
});

describe('two entries of one title that link two papers', () => {
  it('are asked which title is right, not told to remove one', async () => {
    const kong = `- **A Mutual Information Maximization Perspective of Language Representation Learning.** ICLR 2020. [[pdf](https://openreview.net/pdf?id=Syx79eBKwr)]`;
    // StructBERT's entry, pasted under the title above it.
    const slip = `- **A Mutual Information Maximization Perspective of Language Representation Learning.** ICLR 2020. [[pdf](https://openreview.net/pdf?id=BJgQ4lSFPH)]`;
    const base = list([PINSAGE, MPNN, kong]);
    const found = await duplicates({ text: list([PINSAGE, MPNN, kong, slip]), baseText: base });
    expect(found).toEqual([expect.stringContaining('has the same title but links another paper')]);
    // Two arXiv papers under one title, likewise.
    const arxivSlip = PINSAGE.replace('1806.01973', '1905.00067');
    const twoIds = await duplicates({
      text: list([PINSAGE, MPNN, arxivSlip]),
      baseText: list([PINSAGE, MPNN]),
    });
    expect(twoIds).toEqual([expect.stringContaining('has the same title but links another paper')]);
  });

  it('are the paper again when one links its preprint and the other its venue’s page', async () => {
    const venue = GAT.replace(
      'https://arxiv.org/abs/1710.10903',
      'https://openreview.net/forum?id=rJXMpikCZ',
    );
    const found = await duplicates({ text: list([PINSAGE, MPNN, venue]), baseText: list([PINSAGE, MPNN]) });
    expect(found).toEqual([expect.stringContaining('remove one of them')]);
  });
});

describe('a list that files some papers under several topics, and never twice under one', () => {
  // Eight topics of 20 papers each; five papers are also filed under a second topic (3% of them).
  const paper = (topic: number, n: number) =>
    entry(
      `A survey of topic ${topic}, part ${n}`,
      `ACM CSUR 2021`,
      `21${String(topic).padStart(2, '0')}.${String(10000 + n)}`,
    );
  const topics = (extra: Record<number, readonly string[]>) =>
    [
      '# Surveys',
      '',
      ...Array.from({ length: 8 }, (_, t) => [
        `## Topic ${t}`,
        '',
        ...Array.from({ length: 20 }, (_, n) => paper(t, n)),
        ...(extra[t] ?? []),
        '',
      ]).flat(),
    ].join('\n');
  const filedTwice = {
    1: [paper(0, 3)],
    2: [paper(1, 5)],
    3: [paper(2, 7)],
    5: [paper(4, 9)],
    7: [paper(6, 11)],
  };

  it('files one more paper under a second topic on purpose', async () => {
    const head = topics({ ...filedTwice, 4: [paper(3, 2)] });
    expect(await duplicates({ text: head, baseText: topics(filedTwice) })).toEqual([]);
  });

  it('still has a paper added again under its own topic reported', async () => {
    const head = topics({ ...filedTwice, 6: [paper(6, 2)] });
    expect(await duplicates({ text: head, baseText: topics(filedTwice) })).toEqual([
      expect.stringContaining('remove one of them'),
    ]);
  });

  it('files one more under a second topic where three are filed twice so far', async () => {
    const three = { 1: [paper(0, 3)], 2: [paper(1, 5)], 3: [paper(2, 7)] };
    const head = topics({ ...three, 4: [paper(3, 2)] });
    expect(await duplicates({ text: head, baseText: topics(three) })).toEqual([]);
    // Sections named by year hold papers by when they appeared: a copy there is a paper added twice.
    const byYear = (text: string) => text.replace(/^## Topic (\d)/gm, '## 201$1');
    expect(await duplicates({ text: byYear(head), baseText: byYear(topics(three)) })).toEqual([
      expect.stringContaining('remove one of them'),
    ]);
  });

  it('is not read so where papers are also re-added under their own topic', async () => {
    const slips = { ...filedTwice, 0: [paper(0, 4)], 6: [paper(6, 8)] };
    const head = topics({ ...slips, 4: [paper(3, 2)] });
    expect(await duplicates({ text: head, baseText: topics(slips) })).toEqual([
      expect.stringContaining('remove one of them'),
    ]);
  });
});

describe('two entries of one title on two pages of one paper', () => {
  it('are the paper again: its PDF and its forum, its preprint’s DOI and its journal’s', async () => {
    const on = (url: string) =>
      `- **Efficient Combinatorial Optimization via Heat Diffusion.** NeurIPS 2024. [[pdf](${url})]`;
    for (const [first, second] of [
      ['https://openreview.net/pdf?id=psDrko9v1D', 'https://openreview.net/forum?id=psDrko9v1D'],
      ['https://doi.org/10.26434/chemrxiv-2026-83634', 'https://doi.org/10.1186/s13321-026-01237-y'],
    ]) {
      const base = list([PINSAGE, MPNN, on(first)]);
      const found = await duplicates({ text: list([PINSAGE, MPNN, on(first), on(second)]), baseText: base });
      expect(found).toEqual([expect.stringContaining('remove one of them')]);
    }
  });
});

describe('a paper copied under another section of a list that numbers its papers in bold', () => {
  /** `**[3]** Authors. "**Title**". Venue. [[pdf]](url)`: a reading list's reference numbers. */
  const numbered = (n: number, authors: string, title: string, id: string) =>
    `**[${n}]** ${authors}. "**${title}**". arXiv, ${2000 + Number(id.slice(0, 2))}. [[pdf]](https://arxiv.org/pdf/${id}.pdf)`;
  const RESNET = numbered(
    1,
    'He, Kaiming, et al',
    'Deep residual learning for image recognition',
    '1512.03385',
  );
  const VGG = numbered(
    2,
    'Simonyan, Karen, and Andrew Zisserman',
    'Very deep convolutional networks for large-scale image recognition',
    '1409.1556',
  );
  const SEQ2SEQ = numbered(
    1,
    'Sutskever, Ilya, et al',
    'Sequence to sequence learning with neural networks',
    '1409.3215',
  );
  const ATTENTION = numbered(
    2,
    'Bahdanau, Dzmitry, et al',
    'Neural machine translation by jointly learning to align and translate',
    '1409.0473',
  );
  const roadmap = (translation: readonly string[]) =>
    [
      '# Deep learning papers',
      '',
      '## Image recognition',
      '',
      RESNET,
      '',
      VGG,
      '',
      '## Machine translation',
      '',
      ...translation.flatMap((line) => [line, '']),
    ].join('\n');
  const base = roadmap([SEQ2SEQ, ATTENTION]);

  it('is reported: a reference number is no date over a digest of papers', async () => {
    const copy = RESNET.replace('[1]', '[3]');
    const head = roadmap([SEQ2SEQ, ATTENTION, copy]);
    expect(await duplicates({ text: head, baseText: base })).toEqual([
      expect.stringContaining('same arXiv id 1512.03385'),
    ]);
  });
});

describe('a bold venue tag over the linked title', () => {
  // `**[ICLR-2018]**` on a line of its own, the paper's link below it: two papers of one venue.
  const tagged = (venue: string, title: string, id: string) =>
    `**[${venue}]**\n[${title}](https://arxiv.org/abs/${id})\n<br>\n**Authors:** A. Author, B. Author`;
  const base = [
    '# Graph papers',
    '',
    '## Models',
    '',
    tagged('ICLR-2017', 'Semi-Supervised Classification with Graph Convolutional Networks', '1609.02907'),
    '',
    tagged('NeurIPS-2017', 'Inductive Representation Learning on Large Graphs', '1706.02216'),
    '',
  ].join('\n');

  it('names no title: two papers of one venue are not duplicates', async () => {
    const text = base.replace(
      '## Models\n\n',
      `## Models\n\n${tagged('ICLR-2017', 'Graph Attention Networks', '1710.10903')}\n\n`,
    );
    const result = await lint({ path: 'README.md', text, baseText: base });
    expect(result.findings.filter((f) => f.rule === 'duplicate')).toEqual([]);
  });

  it('still lets the same paper again be found by its arXiv id', async () => {
    const again = tagged(
      'ICLR-2017',
      'Semi-Supervised Classification with Graph Convolutional Networks',
      '1609.02907',
    );
    const text = `${base}\n${again}\n`;
    const result = await lint({ path: 'README.md', text, baseText: base });
    expect(result.findings.filter((f) => f.rule === 'duplicate').map((f) => f.line)).toEqual([
      text.split('\n').lastIndexOf('**[ICLR-2017]**') + 1,
    ]);
  });
});

describe('a paper cross-listed under the title of another of its versions', () => {
  const authored = (line: string, authors: string) => `${line}\n  *${authors}.*`;
  const models = [
    authored(GCN, 'Thomas N. Kipf, Max Welling'),
    authored(GAT, 'Petar Veličković, Guillem Cucurull, Arantxa Casanova'),
    authored(GIN, 'Keyulu Xu, Weihua Hu, Jure Leskovec, Stefanie Jegelka'),
    authored(
      entry('Graph Neural Networks: A Review of Methods and Applications', 'arXiv 2018', '1812.08434'),
      'Jie Zhou, Ganqu Cui, Zhengyan Zhang',
    ),
  ];
  // The list files GCN and GIN under both sections: it cross-lists on purpose.
  const applications = [authored(PINSAGE, 'Rex Ying, Ruining He, Kaifeng Chen'), models[0], models[2]];
  const base = list(applications, models);
  const renamed = (
    authors: string,
    title = 'Graph Neural Networks in Practice: Open Problems and Future Directions',
  ) => authored(entry(title, 'AI Open 2020', '1812.08434'), authors);
  const reported = [expect.stringContaining('has the same arXiv id 1812.08434 under another title')];

  it('is accepted where the same authors wrote both copies, under two versions of one title', async () => {
    const head = list([...applications, renamed('Jie Zhou, Ganqu Cui, Zhengyan Zhang')], models);
    expect(await duplicates({ text: head, baseText: base })).toEqual([]);
  });

  it('is still asked about where other authors are named: one of the two links may be wrong', async () => {
    const head = list([...applications, renamed('Zonghan Wu, Shirui Pan, Fengwen Chen')], models);
    expect(await duplicates({ text: head, baseText: base })).toEqual(reported);
  });

  it("is still asked about under another paper's title, its authors copied along with the link", async () => {
    const copied = renamed('Jie Zhou, Ganqu Cui, Zhengyan Zhang', 'Accented Speech Recognition: A Survey');
    expect(await duplicates({ text: list([...applications, copied], models), baseText: base })).toEqual(
      reported,
    );
  });
});

describe('a paper known by its page alone (a DOI, a proceedings page, no arXiv id)', () => {
  const row = (name: string, url: string, about: string) => `| ${name} | [Nature](${url}) | ${about} |`;
  const ALPHAFOLD = row(
    'AlphaFold',
    'https://www.nature.com/articles/s41586-021-03819-2',
    'Highly accurate protein structure prediction with AlphaFold',
  );
  const DQN = row(
    'DQN',
    'https://www.nature.com/articles/nature14236',
    'Human-level control through deep reinforcement learning',
  );
  const ALPHAGO = row(
    'AlphaGo',
    'https://www.nature.com/articles/nature16961',
    'Mastering the game of Go with deep neural networks and tree search',
  );
  const table = (rows: readonly string[]) =>
    ['# Papers', '', '## Models', '', '| Name | Paper | About |', '| --- | --- | --- |', ...rows, ''].join(
      '\n',
    );

  it('is reported when a change adds its row again: the same page, the same words', async () => {
    const head = table([ALPHAFOLD, DQN, ALPHAGO, DQN]);
    const lines = head.split('\n');
    expect(await duplicates({ text: head, baseText: table([ALPHAFOLD, DQN, ALPHAGO]) })).toEqual([
      `${lines.lastIndexOf(DQN) + 1}: This paper is already in the list at line ${lines.indexOf(DQN) + 1} (same paper link); remove one of them.`,
    ]);
  });

  it('is one page however its DOI is linked: the resolver, the publisher’s abstract or PDF', async () => {
    const item = (url: string) =>
      `- DeepXplore: Automated Whitebox Testing of Deep Learning Systems. SOSP 2017. [[paper](${url})]`;
    const base = ['# Papers', '', item('https://doi.org/10.1145/3132747.3132785'), ''].join('\n');
    for (const url of [
      'https://dl.acm.org/doi/abs/10.1145/3132747.3132785',
      'https://dl.acm.org/doi/pdf/10.1145/3132747.3132785',
    ]) {
      const head = `${base}${item(url)}\n`;
      expect(await duplicates({ text: head, baseText: base })).toEqual([
        expect.stringContaining('already in the list at line 3 (same paper link)'),
      ]);
    }
  });

  it('is not reported where two entries cite one page for two things, named and described apart', async () => {
    const page = 'https://www.nature.com/articles/s41586-021-03819-2';
    const database = row('AlphaFold DB', page, 'a database of predicted structures for whole proteomes');
    const base = table([ALPHAFOLD, DQN, ALPHAGO]);
    expect(await duplicates({ text: table([ALPHAFOLD, DQN, ALPHAGO, database]), baseText: base })).toEqual(
      [],
    );
  });

  it('is reported in a whole file of plain titles that link their PDFs', async () => {
    const resnet =
      '- Deep Residual Learning for Image Recognition (CVPR 2016) [[Paper]](https://openaccess.thecvf.com/content_cvpr_2016/papers/He_Deep_Residual_Learning_CVPR_2016_paper.pdf)';
    const text = [
      '# Papers',
      '',
      '## Vision',
      '',
      resnet,
      DQN.replace(/^\| DQN \|/, '- DQN'),
      resnet,
      '',
    ].join('\n');
    expect(await duplicates({ text })).toEqual([
      '7: This paper is already in the list at line 5 (same paper link); remove one of them.',
    ]);
  });

  it('is accepted under another topic in a list that files such papers under two topics or more', async () => {
    const sections = (models: readonly string[], games: readonly string[]) =>
      [
        '# Papers',
        '',
        '## Models',
        '',
        '| Name | Paper | About |',
        '| --- | --- | --- |',
        ...models,
        '',
        '## Games',
        '',
        '| Name | Paper | About |',
        '| --- | --- | --- |',
        ...games,
        '',
      ].join('\n');
    const MUZERO = row(
      'MuZero',
      'https://www.nature.com/articles/s41586-020-03051-4',
      'Mastering Atari, Go, chess and shogi by planning with a learned model',
    );
    const ALPHASTAR = row(
      'AlphaStar',
      'https://www.nature.com/articles/s41586-019-1724-z',
      'Grandmaster level in StarCraft II using multi-agent reinforcement learning',
    );
    // Three papers are under both sections already: the list cross-lists them on purpose.
    const base = sections([ALPHAFOLD, DQN, ALPHAGO, MUZERO, ALPHASTAR], [DQN, ALPHAGO, MUZERO]);
    const head = sections([ALPHAFOLD, DQN, ALPHAGO, MUZERO, ALPHASTAR], [DQN, ALPHAGO, MUZERO, ALPHASTAR]);
    expect(await duplicates({ text: head, baseText: base })).toEqual([]);
    // Without that habit, the same copy is reported.
    const once = sections([ALPHAFOLD, DQN, ALPHAGO, MUZERO, ALPHASTAR], []);
    const copied = sections([ALPHAFOLD, DQN, ALPHAGO, MUZERO, ALPHASTAR], [ALPHASTAR]);
    expect(await duplicates({ text: copied, baseText: once })).toEqual([
      expect.stringContaining('(same paper link)'),
    ]);
  });
});

describe('a link named by its venue', () => {
  // Real models and their papers' DOIs; the Paper column's links are named by the journal.
  const row = (model: string, journal: string, doi: string) =>
    `| ${model} | [${journal}](https://doi.org/${doi}) | [GitHub](https://github.com/example/${model.toLowerCase()}) |`;
  const table = (rows: readonly string[]) =>
    [
      '# Single-cell foundation models',
      '',
      '## Models',
      '',
      '| Model | Paper | Code |',
      '| --- | --- | --- |',
      ...rows,
      '',
    ].join('\n');
  const rows = [
    row('scGPT', 'Nature Methods', '10.1038/s41592-024-02201-0'),
    row('scFoundation', 'Nature Methods', '10.1038/s41592-024-02305-7'),
    row('Geneformer', 'Nature', '10.1038/s41586-023-06139-9'),
    row('Nicheformer', 'Nature Methods', '10.1038/s41592-025-02814-z'),
  ];

  it('is no title: a new row named by the same journal is no copy of the others', async () => {
    const added = row('Novae', 'Nature Methods', '10.1038/s41592-025-02899-6');
    const { findings } = await lint({
      path: 'README.md',
      text: table([...rows, added]),
      baseText: table(rows),
    });
    expect(findings).toEqual([]);
  });

  it('still finds a row copied whole, by its paper link', async () => {
    const { findings } = await lint({
      path: 'README.md',
      text: table([...rows, rows[1]]),
      baseText: table(rows),
    });
    expect(findings.map((f) => [f.line, f.rule])).toEqual([[11, 'duplicate']]);
  });
});
