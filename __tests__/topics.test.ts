/**
 * Reading what real lists write beyond one flat item per paper: items that head the papers nested
 * under them (topics), run separators and constant words a list varies from entry to entry, and an
 * author line a change takes out of its item.
 */
import { describe, expect, test } from '@jest/globals';
import { exportEntries, roundTrip } from '../src/grammar/index.js';
import { lint } from '../src/check/engine.js';
import { PAPERS } from './support/papers.js';

const linked = ([title, id]: readonly [string, string]) => `[${title}](https://arxiv.org/abs/${id})`;

describe('topics: an item that links nowhere over items with titles of their own', () => {
  const text = [
    '# Papers',
    '',
    '## Adapting models',
    '',
    '* Low-rank methods',
    `  * ${linked(PAPERS[0])}`,
    `  * ${linked(PAPERS[1])}<br>:star:[code](https://github.com/XiangLi1999/PrefixTuning)`,
    '* Prompts',
    `  * ${linked(PAPERS[2])}`,
    '  * Adapters',
    `    * ${linked(PAPERS[3])}`,
    `    * ${linked(PAPERS[4])}`,
    '',
    '[[Back to top](#papers)]',
    '',
  ].join('\n');

  test('each nested paper is an entry, at its own lines; the topic items are none', async () => {
    const entries = await exportEntries(text);
    expect(entries.map((entry) => [entry.line, entry.title])).toEqual([
      [6, PAPERS[0][0]],
      [7, PAPERS[1][0]],
      [9, PAPERS[2][0]],
      [11, PAPERS[3][0]],
      [12, PAPERS[4][0]],
    ]);
    // The page's navigation after the last item is not part of the last entry.
    expect(entries[4].endLine).toBe(12);
  });

  test('a paper whose nested items are its own links stays one entry', async () => {
    const paper = [
      '# Papers',
      '',
      `- ${PAPERS[0][0]}`,
      `  - [arXiv](https://arxiv.org/abs/${PAPERS[0][1]})`,
      '  - [code](https://github.com/microsoft/LoRA)',
      `- ${PAPERS[1][0]}`,
      `  - [arXiv](https://arxiv.org/abs/${PAPERS[1][1]})`,
      '',
    ].join('\n');
    const entries = await exportEntries(paper);
    expect(entries.map((entry) => [entry.line, entry.endLine])).toEqual([
      [3, 5],
      [6, 7],
    ]);
  });

  test('a paper under two topics of one section is cross-listed, not a duplicate', async () => {
    const crossListed = [
      '# Papers',
      '',
      '## Methods',
      '',
      '* Efficient',
      ...PAPERS.slice(0, 6).map((paper) => `  * ${linked(paper)}`),
      '* Language',
      ...PAPERS.slice(4, 10).map((paper) => `  * ${linked(paper)}`),
      '',
    ].join('\n');
    const result = await lint({ path: 'README.md', text: crossListed });
    expect(result.findings.filter((finding) => finding.rule === 'duplicate')).toEqual([]);
    // Within one topic, the same paper twice is a duplicate all the same.
    const twice = crossListed.replace(
      `  * ${linked(PAPERS[1])}`,
      `  * ${linked(PAPERS[1])}\n  * ${linked(PAPERS[0])}`,
    );
    const found = await lint({ path: 'README.md', text: twice });
    expect(found.findings.filter((finding) => finding.rule === 'duplicate').map((f) => f.line)).toEqual([8]);
  });
});

describe('a list of bold titles alone, its conference papers under venue items', () => {
  const text = [
    '# Neuromorphic processors',
    '',
    '## Great design',
    '',
    '- **Loihi: A Neuromorphic Manycore Processor with On-Chip Learning**',
    '- **FINN: A Framework for Fast, Scalable Binarized Neural Network Inference**',
    '- **Cambricon-X: An Accelerator for Sparse Neural Networks**',
    '  - Direct index and step index are realized',
    '',
    '## Conference',
    '',
    '- **DAC2022**',
    '  - **SATO: Spiking Neural Network Acceleration via Temporal-Oriented Dataflow and Architecture**',
    '    - processes the input of all time steps in parallel',
    '  - **Unicorn: A Multicore Neuromorphic Processor with Flexible Fan-In and Unconstrained Fan-Out for Neurons**',
    '- **MICRO2022**',
    '  - **Sparseloop: An Analytical Approach To Sparse Tensor Accelerator Modeling**',
    '  - **Skipper: Enabling efficient SNN training through activation-checkpointing and time-skipping**',
    '',
  ].join('\n');

  test('each nested title is a paper of its own; the venue items are none', async () => {
    const entries = await exportEntries(text);
    expect(entries.map((entry) => [entry.line, entry.endLine, entry.title])).toEqual([
      [5, 5, 'Loihi: A Neuromorphic Manycore Processor with On-Chip Learning'],
      [6, 6, 'FINN: A Framework for Fast, Scalable Binarized Neural Network Inference'],
      [7, 8, 'Cambricon-X: An Accelerator for Sparse Neural Networks'],
      [13, 14, 'SATO: Spiking Neural Network Acceleration via Temporal-Oriented Dataflow and Architecture'],
      [
        15,
        15,
        'Unicorn: A Multicore Neuromorphic Processor with Flexible Fan-In and Unconstrained Fan-Out for Neurons',
      ],
      [17, 17, 'Sparseloop: An Analytical Approach To Sparse Tensor Accelerator Modeling'],
      [18, 18, 'Skipper: Enabling efficient SNN training through activation-checkpointing and time-skipping'],
    ]);
  });

  test('a bold note or a bold label over its text is no paper of its own', async () => {
    const noted = [
      '# Neuromorphic processors',
      '',
      '- **ISCA2022**',
      '  - **dont have interesting papers for me**',
      '- **Other methods**',
      '  - **Direct index**: 1 bit marks whether there is a connection',
      '  - **Compressed Sparse Row**: how many rows and columns are stored',
      '',
    ].join('\n');
    const entries = await exportEntries(noted);
    expect(entries.map((entry) => entry.line)).not.toContain(4);
    expect(entries.map((entry) => entry.line)).not.toContain(6);
    expect(entries.map((entry) => entry.line)).not.toContain(7);
  });
});

describe('a bold title over one nested line of its authors, venue and links', () => {
  const authors: Record<string, string> = {
    '2106.09685': 'Hu, Edward J. and Shen, Yelong and Wallis, Phillip and Chen, Weizhu',
    '2101.00190': 'Li, Xiang Lisa and Liang, Percy',
    '2104.08691': 'Lester, Brian and Al-Rfou, Rami and Constant, Noah',
    '2006.11239': 'Ho, Jonathan and Jain, Ajay and Abbeel, Pieter',
  };
  const papers = PAPERS.filter(([, id]) => id in authors);
  const text = [
    '# Papers',
    '',
    '## Fine-tuning',
    '',
    ...papers.flatMap(([title, id]) => [
      `- **${title}**`,
      `    - ${authors[id]}. *Arxiv 2021*. [[pdf]](https://arxiv.org/abs/${id})`,
      '',
    ]),
  ].join('\n');

  test('each title and its nested line are one entry, not a topic over a paper named by its authors', async () => {
    const entries = await exportEntries(text);
    expect(entries.map((entry) => [entry.line, entry.endLine, entry.title, entry.arxiv])).toEqual(
      papers.map(([title, id], at) => [5 + 3 * at, 6 + 3 * at, title, id]),
    );
    const trip = await roundTrip(text);
    expect(trip.identical).toBe(papers.length);
  });

  test('a change that takes the paper link out of the nested line is told to put it back', async () => {
    const [, id] = papers[1];
    const changed = text.replace(` [[pdf]](https://arxiv.org/abs/${id})`, '');
    const result = await lint({ path: 'README.md', text: changed, baseText: text });
    expect(result.findings.map((finding) => [finding.rule, finding.line])).toEqual([['pdf-missing', 9]]);
  });

  test('bold topics over several papers each are still topics, one holding a single paper too', async () => {
    const topics = [
      '# Papers',
      '',
      '- **Efficient**',
      ...PAPERS.slice(0, 3).map((paper) => `  - ${linked(paper)}`),
      '- **Generative**',
      ...PAPERS.slice(6, 8).map((paper) => `  - ${linked(paper)}`),
      '- **Optimisation**',
      `  - ${linked(PAPERS[8])}`,
      '- **Vision**',
      ...PAPERS.slice(4, 6).map((paper) => `  - ${linked(paper)}`),
      '',
    ].join('\n');
    const entries = await exportEntries(topics);
    expect(entries.map((entry) => entry.title)).toEqual(
      [...PAPERS.slice(0, 3), ...PAPERS.slice(6, 9), ...PAPERS.slice(4, 6)].map(([title]) => title),
    );
  });
});

describe('what a list varies from entry to entry is a value of the entry', () => {
  test('names joined with or without a last "and", links led by " | " or ", "', async () => {
    const entries = PAPERS.slice(0, 10).map(([title, id], i) => {
      const names = i % 3 === 0 ? 'Ann Lee, Bo Chen, Cy Park' : 'Ann Lee, Bo Chen, and Cy Park';
      const lead = i % 4 === 0 ? ', ' : ' | ';
      return `* **${title}**  \n${names}.  \n[arXiv](https://arxiv.org/abs/${id})${lead}[code](https://github.com/a/b${i})`;
    });
    const text = `# Papers\n\n${entries.join('\n')}\n`;
    expect(await roundTrip(text)).toMatchObject({ entries: 10, identical: 10 });
  });

  test('words most entries write at one place, and some word otherwise (`:star:`, `:house:`)', async () => {
    const entries = PAPERS.slice(0, 10).map(
      (paper, i) =>
        `* ${linked(paper)}<br>${i % 3 === 0 ? ':house:[project]' : ':star:[code]'}(https://github.com/a/b${i})`,
    );
    const text = `# Papers\n\n${entries.join('\n')}\n`;
    expect(await roundTrip(text)).toMatchObject({ entries: 10, identical: 10 });
  });

  test('a word nearly every entry keeps is the list’s: one entry wording it otherwise does not follow', async () => {
    const entries = PAPERS.map(
      ([title, id], i) => `- **${title}** [[${i === 5 ? 'papr' : 'paper'}]](https://arxiv.org/abs/${id})`,
    );
    const text = `# Papers\n\n${entries.join('\n')}\n`;
    const trip = await roundTrip(text);
    expect(trip).toMatchObject({ entries: 12, identical: 11 });
    expect(trip.misses.map((miss) => miss.line)).toEqual([8]);
  });
});

describe('an author line a change takes out of its item', () => {
  // Numbered past 9: the text column moves a column at 10, the author lines stay at 4 spaces.
  const entry = ([title, id]: readonly [string, string], i: number) =>
    `${i + 1}. **${title}** ICLR, 2023. [paper](https://arxiv.org/abs/${id})\n\n    *Ann Lee, Bo Chen*`;
  const base = `# Papers\n\n${PAPERS.map(entry).join('\n\n')}\n`;

  test('moved to column 0 after the empty line, it is reported on the line the change made', async () => {
    const text = base.replace(
      `[paper](https://arxiv.org/abs/${PAPERS[10][1]})\n\n    *Ann Lee, Bo Chen*`,
      `[paper](https://arxiv.org/abs/${PAPERS[10][1]})\n\n*Ann Lee, Bo Chen*`,
    );
    expect(text).not.toBe(base);
    const result = await lint({ path: 'README.md', text, baseText: base });
    const line = text.split('\n').indexOf('*Ann Lee, Bo Chen*') + 1;
    expect(result.findings.map((finding) => [finding.line, finding.rule])).toEqual([[line, 'indent']]);
  });

  test('the list as it is has nothing to report', async () => {
    const result = await lint({ path: 'README.md', text: base });
    expect(result.findings.filter((finding) => finding.rule === 'indent')).toEqual([]);
  });
});
