/**
 * Where a list gives its papers' venue and year, `add` writes the paper's there as the list does:
 * - a `{when}` that gives a preprint's venue with the month it came out (`(*arXiv 2023.07*)`) beside
 *   published papers' venue and year (`(*NeurIPS'17*)`) is read as a venue and a date, exported with
 *   its year, and written back (add round trip, and `add` from arXiv's record) in the form the
 *   list's entries of that kind keep;
 * - a place the grammar keeps as a note (a journal's long name among them) that nearly always holds
 *   a venue and year gets the paper's, not a refusal, a preprint named as the list names preprints;
 *   not where the list writes its venues there inside words of its own (`Proceedings of ICLR`).
 */
import { describe, expect, test } from '@jest/globals';
import { addRoundTrip, exportEntries } from '../src/grammar/index.js';
import { add, DORA, fakeArxivForEachTest, QLORA } from './support/run-add.js';

const PREPRINTS = [
  { title: 'GPT-4 Technical Report', id: '2303.08774', month: '2023.03' },
  { title: 'Textbooks Are All You Need', id: '2306.11644', month: '2023.06' },
  { title: 'Llama 2: Open Foundation and Fine-Tuned Chat Models', id: '2307.09288', month: '2023.07' },
  { title: 'Qwen Technical Report', id: '2309.16609', month: '2023.09' },
  { title: 'Mistral 7B', id: '2310.06825', month: '2023.10' },
];
const PUBLISHED = [
  { title: 'Attention Is All You Need', id: '1706.03762', when: "NeurIPS'17" },
  { title: 'Deep Residual Learning for Image Recognition', id: '1512.03385', when: "CVPR'16" },
  { title: 'Adam: A Method for Stochastic Optimization', id: '1412.6980', when: "ICLR'15" },
];

const entry = (when: string, title: string, id: string) =>
  `- (*${when}*) ${title} [[paper](https://arxiv.org/abs/${id})]`;
const LIST = [
  '# Papers',
  '',
  '## Language Models',
  '',
  ...PREPRINTS.map((p) => entry(`arXiv ${p.month}`, p.title, p.id)),
  ...PUBLISHED.map((p) => entry(p.when, p.title, p.id)),
  '',
].join('\n');

describe('a list that dates its preprints by the month beside its venues’ years', () => {
  test('a preprint’s `{when}` is exported as its venue and year', async () => {
    const [first] = await exportEntries(LIST);
    expect(first).toMatchObject({ title: 'GPT-4 Technical Report', venue: 'arXiv', year: '2023' });
  });

  test('every entry comes back as it was: preprints with their month, the others with their year', async () => {
    const trip = await addRoundTrip(LIST);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 8, identical: 8 });
  });

  test('a month the list writes without its zero comes back without it', async () => {
    const unpadded = LIST.replace(/arXiv (\d{4})\.0?(\d+)/g, 'Arxiv, $1.$2');
    expect(unpadded).toContain('(*Arxiv, 2023.3*)');
    const trip = await addRoundTrip(unpadded);
    expect(trip.misses).toEqual([]);
  });

  test('a published venue keeps the year alone where the list’s published papers give no month', async () => {
    // Most preprints dated, a published paper among them written as the others are.
    const trip = await addRoundTrip(LIST.replace("(*NeurIPS'17*)", '(*NeurIPS 2017.06*)'));
    expect(trip.misses.map((miss) => miss.rendered)).toEqual([
      entry("NeurIPS'17", PUBLISHED[0].title, PUBLISHED[0].id),
    ]);
  });
});

const NOTED_YEARS = [
  '# Papers',
  '',
  '## Graph Neural Networks',
  '',
  ...[
    [
      'Semi-Supervised Classification with Graph Convolutional Networks',
      'Thomas N. Kipf, Max Welling',
      'ICLR 2017',
      '1609.02907',
    ],
    [
      'Graph Attention Networks',
      'Petar Veličković, Guillem Cucurull, Arantxa Casanova, Adriana Romero, Pietro Liò, Yoshua Bengio',
      'ICLR 2018',
      '1710.10903',
    ],
    [
      'Inductive Representation Learning on Large Graphs',
      'William L. Hamilton, Rex Ying, Jure Leskovec',
      'NeurIPS 2017',
      '1706.02216',
    ],
    [
      'Simplifying Graph Convolutional Networks',
      'Felix Wu, Tianyi Zhang, Amauri Holanda de Souza Jr., Christopher Fifty, Tao Yu, Kilian Q. Weinberger',
      'ICML 2019',
      '1902.07153',
    ],
    [
      'Neural Message Passing for Quantum Chemistry',
      'Justin Gilmer, Samuel S. Schoenholz, Patrick F. Riley, Oriol Vinyals, George E. Dahl',
      'ICML 2017',
      '1704.01212',
    ],
    [
      'Molecular Graph Convolutions: Moving Beyond Fingerprints',
      'Steven Kearnes, Kevin McCloskey, Marc Berndl, Vijay Pande, Patrick Riley',
      'Journal of Computer-Aided Molecular Design 2016',
      '1603.00856',
    ],
    [
      'Deep Graph Infomax',
      'Petar Veličković, William Fedus, William L. Hamilton, Pietro Liò, Yoshua Bengio, R Devon Hjelm',
      'ICLR 2019',
      '1809.10341',
    ],
    ['Graph U-Nets', 'Hongyang Gao, Shuiwang Ji', 'ICML 2019', '1905.05178'],
  ].map(
    ([title, names, when, id], at) =>
      `${at + 1}. **${title}.** *${names}.* ${when}. [paper](https://arxiv.org/abs/${id})`,
  ),
  '',
].join('\n');

describe('`add` in such a list', () => {
  fakeArxivForEachTest([QLORA, DORA]);

  test('dates a preprint by the month arXiv first published it', async () => {
    const { status, stdout } = await add(LIST, [QLORA.id, '--section', 'Language Models', '--print']);
    expect(status).toBe(0);
    expect(stdout).toBe(`${entry('arXiv 2023.05', QLORA.title, QLORA.id)}\n`);
  });

  test('gives a paper arXiv names a venue for the venue and year, as the list’s published papers', async () => {
    const { status, stdout } = await add(LIST, [DORA.id, '--section', 'Language Models', '--print']);
    expect(status).toBe(0);
    expect(stdout).toBe(`${entry("ICML'24", DORA.title, DORA.id)}\n`);
  });

  test('gives a paper its venue and year where the list’s entries give theirs in a note', async () => {
    const preprint = await add(NOTED_YEARS, [QLORA.id, '--section', 'Graph Neural Networks', '--print']);
    expect(preprint.stderr).toBe('');
    expect(preprint.stdout).toBe(
      `9. **${QLORA.title}.** *${QLORA.authors.join(', ')}.* arXiv 2023. [paper](https://arxiv.org/abs/${QLORA.id})\n`,
    );
    const published = await add(NOTED_YEARS, [DORA.id, '--section', 'Graph Neural Networks', '--print']);
    expect(published.stdout).toBe(
      `9. **${DORA.title}.** *${DORA.authors.join(', ')}.* ICML 2024. [paper](https://arxiv.org/abs/${DORA.id})\n`,
    );
  });

  test('names a preprint there as the list’s preprints are named', async () => {
    const spelled = NOTED_YEARS.replace('ICML 2019.', 'Arxiv 2019.');
    const { stdout } = await add(spelled, [QLORA.id, '--section', 'Graph Neural Networks', '--print']);
    expect(stdout).toContain(' Arxiv 2023. [paper]');
  });

  test('refuses where the list writes its venues there inside words of its own', async () => {
    const wrapped = NOTED_YEARS.replace(/\* ([^*\n]+ \d{4})\. \[paper\]/g, '* Proceedings of $1. [paper]');
    expect(wrapped).toContain('* Proceedings of ICLR 2017. [paper]');
    const { status, stderr } = await add(wrapped, [DORA.id, '--section', 'Graph Neural Networks', '--print']);
    expect(stderr).toMatch(/\{note\}.*write this entry by hand/);
    expect(status).toBe(2);
  });
});
