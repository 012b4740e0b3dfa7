/**
 * List shapes that were read as one entry, or as none, and so could not be written back: a topic
 * item over paragraphs, headings in a quote, a table whose `|` ended no run, a line of `|` fields.
 * Each is read into its papers with their fields, and renders back byte for byte.
 */
import { describe, expect, test } from '@jest/globals';
import { exportEntries, roundTrip } from '../src/grammar/index.js';
import { lint } from '../src/check/engine.js';
import { PAPERS as KNOWN_PAPERS } from './support/papers.js';

/** Eight papers: the lists below hold all of them, and their line numbers count on it. */
const PAPERS = KNOWN_PAPERS.slice(0, 8);

const arxiv = (id: string) => `https://arxiv.org/abs/${id}`;
const linked = ([title, id]: readonly [string, string]) => `[${title}](${arxiv(id)})`;

describe('a topic item over paragraphs, each a paper', () => {
  const text = [
    '# Papers',
    '',
    '## Methods',
    '',
    '- Low-rank methods',
    '',
    `    ${linked(PAPERS[0])}`,
    '',
    `    ${linked(PAPERS[1])}`,
    '    ',
    `    ${linked(PAPERS[2])}`,
    '',
    '- Architectures',
    '',
    `    ${linked(PAPERS[4])}`,
    '',
    `    ${linked(PAPERS[5])}`,
    '',
  ].join('\n');

  test('each paragraph is an entry with its title and paper; the topics are none', async () => {
    const entries = await exportEntries(text);
    expect(entries.map((entry) => [entry.line, entry.endLine, entry.title, entry.arxiv])).toEqual([
      [7, 7, PAPERS[0][0], PAPERS[0][1]],
      [9, 9, PAPERS[1][0], PAPERS[1][1]],
      [11, 11, PAPERS[2][0], PAPERS[2][1]],
      [15, 15, PAPERS[4][0], PAPERS[4][1]],
      [17, 17, PAPERS[5][0], PAPERS[5][1]],
    ]);
    expect(await roundTrip(text)).toMatchObject({ entries: 5, identical: 5 });
  });

  test('a paper whose paragraphs are its authors and links stays one entry', async () => {
    const paper = [
      '# Papers',
      '',
      `- ${PAPERS[0][0]}`,
      '',
      '  *Edward J. Hu, Yelong Shen, Phillip Wallis*',
      '',
      `  [arXiv](${arxiv(PAPERS[0][1])}) [code](https://github.com/microsoft/LoRA)`,
      '',
    ].join('\n');
    const entries = await exportEntries(paper);
    expect(entries.map((entry) => [entry.line, entry.endLine])).toEqual([[3, 7]]);
  });
});

describe('headings in a quote, each linking its paper', () => {
  const entry = ([title, id]: readonly [string, string], i: number) =>
    `> ###### ${i + 1}) *"${title}"* [[paper](${arxiv(id)})] [[github](https://github.com/a/b${i})]`;
  const text = [
    '# Papers',
    '',
    '## 2023',
    '',
    '- <ins>***Person search***</ins>',
    ...PAPERS.slice(0, 4).map(entry),
    '',
    '## Surveys',
    '',
    ...PAPERS.slice(4).map(
      ([title, id], i) => `> ###### ${i + 1}) *"${title}"*, NeurIPS ${2017 + i}, [[paper](${arxiv(id)})]`,
    ),
    '',
  ].join('\n');

  test('each heading is a paper: its title in the quotes, its number no part of it', async () => {
    const entries = await exportEntries(text);
    expect(entries.map((entry) => [entry.line, entry.title, entry.venue, entry.year])).toEqual([
      [6, PAPERS[0][0], null, null],
      [7, PAPERS[1][0], null, null],
      [8, PAPERS[2][0], null, null],
      [9, PAPERS[3][0], null, null],
      ...PAPERS.slice(4).map(([title], i) => [13 + i, title, 'NeurIPS', String(2017 + i)]),
    ]);
    // Headings in a quote are no sections: the papers stay under the page's own headings.
    expect(entries[0].section).toEqual(['Papers', '2023']);
    expect(await roundTrip(text)).toMatchObject({ entries: 8, identical: 8 });
  });

  test('the list as it is has nothing to report', async () => {
    const result = await lint({ path: 'README.md', text });
    expect(result.findings).toEqual([]);
  });

  test('a bold label a change adds over its papers is no paper missing its link', async () => {
    const after = text.replace(
      '\n## Surveys',
      `- **Person search (detection and re-identification)**\n${entry(['Adam: A Method for Stochastic Optimization', '1412.6980'], 4)}\n\n## Surveys`,
    );
    const result = await lint({ path: 'README.md', text: after, baseText: text });
    expect(result.findings).toEqual([]);
  });
});

describe('a table with links in two cells', () => {
  const row = ([title, id]: readonly [string, string], i: number) =>
    `|2019/0${i + 1}|[${title}](${arxiv(id)})|${100 + i * 7}|[code](https://github.com/a/b_${i} ) ![](https://img.shields.io/github/stars/a/b_${i}.svg?style=social )|` +
    (i % 2 === 0 ? `[vectors](https://example.org/models/v_${i}.zip )|` : '-|');
  const text = [
    '# Papers',
    '',
    '## Word embeddings',
    '',
    '|date|paper|citations|code|trained models|',
    '|---|---|---|---|---|',
    ...PAPERS.map(row),
    '',
  ].join('\n');

  test('a `|` ends the run of links, and each link and badge keeps its target as written', async () => {
    expect(await roundTrip(text)).toMatchObject({ entries: 8, identical: 8 });
    const entries = await exportEntries(text);
    expect(entries.map((entry) => [entry.title, entry.arxiv])).toEqual(PAPERS.map(([t, id]) => [t, id]));
    // A count of citations is no venue, nor a year.
    expect(entries.map((entry) => entry.venue)).not.toContain('107');
  });
});

describe('a line of `|` fields under topics written as headings', () => {
  const NAMES = ['Ann Lee', 'Bo Chen', 'Cy Park', 'Di Wu'];
  const line = ([title, id]: readonly [string, string], i: number) =>
    `  - ${2017 + (i % 3)} | ${title} | ${NAMES[i % 4]}, et al. | arXiv | [\`PDF\`](https://arxiv.org/pdf/${id}.pdf)`;
  const text = [
    '# Papers',
    '',
    '### Tuning',
    '+ #### Low rank',
    ...PAPERS.slice(0, 4).map(line),
    '+ #### Architectures',
    ...PAPERS.slice(4).map((paper, i) => line(paper, i + 4)),
    '',
  ].join('\n');

  test('each nested line is a paper: its title the field of words, its year and names the others', async () => {
    const entries = await exportEntries(text);
    expect(entries.map((entry) => [entry.line, entry.title, entry.year, entry.authors, entry.venue])).toEqual(
      PAPERS.map(([title], i) => [
        i < 4 ? 5 + i : 6 + i,
        title,
        String(2017 + (i % 3)),
        [NAMES[i % 4]],
        null,
      ]),
    );
    expect(await roundTrip(text)).toMatchObject({ entries: 8, identical: 8 });
  });

  test('a `PDF` label in code names the paper link wherever it leads', async () => {
    const hal = text.replace(
      `https://arxiv.org/pdf/${PAPERS[2][1]}.pdf`,
      'https://hal.archives-ouvertes.fr/inria-00484049/document',
    );
    expect(hal).not.toBe(text);
    expect((await lint({ path: 'README.md', text: hal })).findings).toEqual([]);
  });
});

describe('a heading for each paper, over its labelled fields', () => {
  const FIELDS = [
    ['GLUE, E2E NLG', 'Freezes the pretrained weights and trains **low-rank** updates of them.'],
    ['E2E NLG, XSUM', 'Trains a **prefix** of continuous vectors and keeps the model frozen.'],
    ['SuperGLUE', 'Shows that **prompt tuning** closes the gap with tuning the whole model as it grows.'],
    ['GLUE', 'Adds small **adapter** layers between those of a frozen model.'],
  ] as const;
  const entry = ([title, id]: readonly [string, string], i: number) => [
    `### ${linked([title, id])}`,
    '- **Metrics:** Accuracy, BLEU',
    `- **Datasets:** ${FIELDS[i][0]}`,
    // A summary may link another paper of the list: that is no second entry of it.
    `- **Comments:** ${FIELDS[i][1]} Compared with ${linked(PAPERS[(i + 1) % 4])}.`,
    '',
  ];
  const text = [
    '# Awesome parameter-efficient tuning',
    '',
    '## Papers and Summaries',
    '',
    ...PAPERS.slice(0, 4).flatMap(entry),
    '## Background',
    '',
    ...[PAPERS[4], PAPERS[5], PAPERS[7]].map((paper) => `- ${linked(paper)}`),
    '',
  ].join('\n');

  test('each heading is a paper, its fields its body, and no field is an entry of its own', async () => {
    const entries = await exportEntries(text);
    expect(entries.map((e) => [e.line, e.endLine, e.title, e.arxiv, e.authors])).toEqual([
      ...PAPERS.slice(0, 4).map(([title, id], i) => [5 + 5 * i, 8 + 5 * i, title, id, []]),
      ...[PAPERS[4], PAPERS[5], PAPERS[7]].map(([title, id], i) => [27 + i, 27 + i, title, id, []]),
    ]);
    // The paper headings are no sections: the papers stand under the page's own heading.
    expect(entries[0].section).toEqual(['Awesome parameter-efficient tuning', 'Papers and Summaries']);
    // The link in its summary is to another paper, not one of its own.
    expect(entries[0].links).toEqual([]);
    expect(await roundTrip(text)).toMatchObject({ entries: 7, identical: 7 });
  });

  test('the list as it is has nothing to report', async () => {
    expect((await lint({ path: 'README.md', text })).findings).toEqual([]);
  });

  test('a paper added with its fields is checked as the list writes its headings', async () => {
    const added = [
      `### [${PAPERS[6][0]}](https://arxiv.org/pdf/${PAPERS[6][1]})`,
      '- **Metrics:** FID, Inception score',
      '- **Datasets:** CIFAR-10, LSUN',
      '- **Comments:** Generates images by learning to reverse a **diffusion** process.',
      '',
    ].join('\n');
    const after = text.replace('## Background', `${added}\n## Background`);
    const result = await lint({ path: 'README.md', text: after, baseText: text });
    expect(result.findings.map((f) => [f.rule, f.line])).toEqual([['arxiv-abs', 25]]);
    const written = after.replace(`/pdf/${PAPERS[6][1]}`, `/abs/${PAPERS[6][1]}`);
    expect((await lint({ path: 'README.md', text: written, baseText: text })).findings).toEqual([]);
  });

  test('a heading that links a survey, over the papers it covers, stays a section', async () => {
    const surveys = [
      '# Papers',
      '',
      `## ${linked(KNOWN_PAPERS[8])}`,
      '',
      ...PAPERS.slice(0, 3).map((paper) => `- ${linked(paper)}`),
      '',
      `## ${linked(KNOWN_PAPERS[9])}`,
      '',
      ...PAPERS.slice(3, 6).map((paper) => `- ${linked(paper)}`),
      '',
    ].join('\n');
    const entries = await exportEntries(surveys);
    expect(entries.map((e) => e.title)).toEqual(PAPERS.slice(0, 6).map(([title]) => title));
    expect(entries[0].section).toEqual(['Papers', linked(KNOWN_PAPERS[8])]);
  });

  test('one heading that links a paper, among headings that do not, stays a section', async () => {
    const one = text.replace('## Background', `## ${linked(KNOWN_PAPERS[9])}`);
    const entries = await exportEntries(one);
    expect(entries.map((e) => e.title)).toContain(PAPERS[4][0]);
    expect(entries.find((e) => e.title === PAPERS[4][0])?.section).toEqual([
      'Awesome parameter-efficient tuning',
      linked(KNOWN_PAPERS[9]),
    ]);
  });
});

describe('items that each hold one labelled field of a paper', () => {
  // Headings linking a page about the paper, not the paper: the headings are no entries here.
  const notes = PAPERS.slice(4, 7).flatMap(([title, id], i) => [
    `### [${title}](https://huggingface.co/papers/${id})`,
    `- **Metrics:** ${['BLEU', 'Top-1 error', 'FID'][i]}`,
    `- **Comments:** ${['Introduces the **Transformer**.', 'Adds **residual** connections.', 'Generates images by reversing a **diffusion** process.'][i]} (${['NeurIPS 2017', 'CVPR 2016', 'NeurIPS 2020'][i]})`,
    '',
  ]);
  const text = [
    '# Papers',
    '',
    '## Tuning',
    '',
    ...PAPERS.slice(0, 4).map((paper) => `- **Paper:** ${linked(paper)}`),
    '',
    '## Notes',
    '',
    ...notes,
  ].join('\n');

  test('a label is no title: the link after it is, and a field without a paper link is no paper', async () => {
    const entries = await exportEntries(text);
    expect(entries.map((e) => [e.line, e.title, e.arxiv])).toEqual(
      PAPERS.slice(0, 4).map(([title, id], i) => [5 + i, title, id]),
    );
    expect(await roundTrip(text)).toMatchObject({ entries: 4, identical: 4 });
  });

  test('the fields are not held to the way the list writes its titles', async () => {
    expect((await lint({ path: 'README.md', text })).findings).toEqual([]);
  });
});

describe('titles read past what stands before them on the line', () => {
  // A reading list's numbered citations (`**[1]** Authors. "**Title**." Venue`), and fields set apart by
  // bars around a bold venue tag (`Title | **[ICLR' 15]** | [pdf](…)`).
  const cited = PAPERS.slice(0, 4).map(
    ([title, id], n) =>
      `**[${n + 1}]** Doe, Jane, and John Roe. "${n % 2 ? title : `**${title}**`}." arXiv preprint arXiv:${id} (2021). [[pdf]](${arxiv(id)}) :star::star:`,
  );
  const barred = PAPERS.slice(4, 8).map(
    ([title, id], n) => `- ${title} | **[arXiv' 2${n}]** | [\`[pdf]\`](${arxiv(id)})`,
  );
  const text = [
    '# Reading list',
    '',
    '## Citations',
    '',
    cited.join('\n\n'),
    '',
    '## Fields',
    '',
    ...barred,
    '',
  ].join('\n');

  test('are the quoted or barred titles, not the number, the authors or the tag', async () => {
    expect((await exportEntries(text)).map((entry) => entry.title)).toEqual(
      PAPERS.slice(0, 8).map(([title]) => title),
    );
  });

  test('a quoted bold title broken over two lines is read whole', async () => {
    const [title, id] = PAPERS[0];
    const words = title.split(' ');
    const wrapped = text.replace(
      cited[0],
      cited[0].replace(` ${words.slice(3).join(' ')}`, `\n${words.slice(3).join(' ')}`),
    );
    expect((await exportEntries(wrapped))[0]).toMatchObject({ title, arxiv: id });
  });

  test('and two entries with one bold tag are not the same paper', async () => {
    const added = text.replace(
      barred[1],
      `${barred[1]}\n${barred[1].replace(PAPERS[5][0], KNOWN_PAPERS[9][0]).replace(PAPERS[5][1], KNOWN_PAPERS[9][1])}`,
    );
    const { findings } = await lint({ path: 'README.md', text: added, baseText: text });
    expect(findings.filter((f) => f.rule === 'duplicate')).toEqual([]);
  });
});

describe('a line of badges under each title', () => {
  const text = [
    '# Papers',
    '',
    ...PAPERS.slice(0, 6).map(
      ([title, id]) =>
        `+ [**${title}**](${arxiv(id)}) (Jun, 2021)\n  [![Star](https://img.shields.io/github/stars/example/${id}.svg?style=social&label=Star)](https://github.com/example/${id})`,
    ),
    '',
  ].join('\n');

  test('names no authors: the list is not held to an author line', async () => {
    const { convention, findings } = await lint({ path: 'README.md', text });
    expect(convention.authorLine).toBe(false);
    const added = text.replace(
      '+ [**',
      `+ [**${KNOWN_PAPERS[9][0]}**](${arxiv(KNOWN_PAPERS[9][1])}) (Jul, 2016)\n+ [**`,
    );
    const review = await lint({ path: 'README.md', text: added, baseText: text });
    expect(findings.concat(review.findings).filter((f) => f.rule === 'authors-format')).toEqual([]);
  });
});

describe('a quoted note under an entry', () => {
  const entry = ([title, id]: readonly [string, string]) =>
    `1. **${title}.**\n   *Jane Doe, John Roe*. ICML 2021. [paper](${arxiv(id)})`;
  const text = ['# Papers', '', ...PAPERS.slice(0, 6).map(entry), ''].join('\n');

  test('is no author line to put in italics', async () => {
    const [title, id] = KNOWN_PAPERS[9];
    const added = `1. **${title}\n.** *Jane Doe, John Roe* ICML 2016. [paper](${arxiv(id)})\n\n\t> It normalises within a layer.`;
    const after = text.replace('1. **', `${added}\n1. **`);
    const noteLine = after.split('\n').findIndex((line) => line.includes('It normalises')) + 1;
    const { findings } = await lint({ path: 'README.md', text: after, baseText: text });
    expect(findings.filter((f) => f.line === noteLine)).toEqual([]);
  });
});
