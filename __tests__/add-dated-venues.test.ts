/**
 * A `{when}` that gives a preprint's venue with the month it came out (`(*arXiv 2023.07*)`) beside
 * published papers' venue and year (`(*NeurIPS'17*)`): read as a venue and a date, exported with
 * its year, and written back, by the add round trip and by `add` from arXiv's record, in the form
 * the list's entries of that kind keep.
 */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { addRoundTrip, exportEntries } from '../src/grammar/index.js';
import { FakeArxiv, type FakeRecord } from './support/fake-arxiv.js';
import { add } from './support/run-add.js';

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

const QLORA: FakeRecord = {
  id: '2305.14314',
  version: 'v1',
  title: 'QLoRA: Efficient Finetuning of Quantized LLMs',
  authors: ['Tim Dettmers', 'Artidoro Pagnoni', 'Ari Holtzman', 'Luke Zettlemoyer'],
  published: '2023-05-23',
};
const DORA: FakeRecord = {
  id: '2402.09353',
  version: 'v2',
  title: 'DoRA: Weight-Decomposed Low-Rank Adaptation',
  authors: ['Shih-Yang Liu', 'Chien-Yi Wang', 'Hongxu Yin'],
  published: '2024-02-14',
  comment: 'ICML 2024 (Oral)',
};

describe('`add` in such a list', () => {
  let arxiv: FakeArxiv;
  const savedUrl = process.env.ARXIV_API_URL;
  beforeEach(async () => {
    arxiv = new FakeArxiv([QLORA, DORA]);
    await arxiv.start();
    process.env.ARXIV_API_URL = arxiv.url;
  });
  afterEach(async () => {
    process.env.ARXIV_API_URL = savedUrl;
    jest.restoreAllMocks();
    await arxiv.stop();
  });

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
});
