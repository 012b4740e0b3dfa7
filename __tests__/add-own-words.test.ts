/**
 * `add` writes only what the list writes as form, filled with the new paper's own fields: a date
 * where the list dates its preprints, no brackets around a venue the paper lacks, the list's `by`
 * before the names, no other paper's authors baked in because the list repeats that paper, and a
 * venue tag in bold read as a tag, not a title to escape. Small lists of real papers, through the
 * add round trip and through `paperlint add` against a fake arXiv.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { addRoundTrip, exportEntries, roundTrip } from '../src/grammar/index.js';
import { FakeArxiv, type FakeRecord } from './support/fake-arxiv.js';
import { add } from './support/run-add.js';

const DPO: FakeRecord = {
  id: '2305.18290',
  version: 'v3',
  title: 'Direct Preference Optimization: Your Language Model is Secretly a Reward Model',
  authors: ['Rafael Rafailov', 'Archit Sharma', 'Eric Mitchell', 'Stefano Ermon', 'Christopher D. Manning'],
  published: '2023-05-29',
};

let arxiv: FakeArxiv;
const savedUrl = process.env.ARXIV_API_URL;
beforeEach(async () => {
  arxiv = new FakeArxiv([DPO]);
  await arxiv.start();
  process.env.ARXIV_API_URL = arxiv.url;
});
afterEach(async () => {
  process.env.ARXIV_API_URL = savedUrl;
  await arxiv.stop();
});

describe('a list that dates its preprints by year and month where others give a venue', () => {
  const text = `# Papers

## Models

- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (NeurIPS 2017)
- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) (CVPR 2016)
- [Layer Normalization](https://arxiv.org/abs/1607.06450) (2016-07)
- [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239) (2020-06)
- [Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165) (2020-05)
- [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980) (ICLR 2015)
- [Parameter-Efficient Transfer Learning for NLP](https://arxiv.org/abs/1902.00751) (ICML 2019)
- [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/abs/2106.09685) (ICLR 2022)
`;

  test('each entry written back keeps its month', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(8);
  });

  test('add dates a preprint the same way, with no preprint venue the list never writes', async () => {
    const { status, text: after } = await add(text, [DPO.id, '--section', 'Models']);
    expect(status).toBe(0);
    expect(after).toBe(
      `${text}- [Direct Preference Optimization: Your Language Model is Secretly a Reward Model](https://arxiv.org/abs/2305.18290) (2023-05)\n`,
    );
  });
});

describe('a venue in brackets some entries leave out, and names after "by"', () => {
  const text = `# Papers

## Models

- (NeurIPS 2017) [Attention Is All You Need](https://arxiv.org/pdf/1706.03762) by Vaswani et al.
- (CVPR 2016) [Deep Residual Learning for Image Recognition](https://arxiv.org/pdf/1512.03385) by He et al.
- [Layer Normalization](https://arxiv.org/pdf/1607.06450) by Ba et al.
- (NeurIPS 2020) [Denoising Diffusion Probabilistic Models](https://arxiv.org/pdf/2006.11239) by Ho et al.
- (NeurIPS 2020) [Language Models are Few-Shot Learners](https://arxiv.org/pdf/2005.14165) by Brown et al.
`;

  test('an entry with no venue is read and written back without the empty brackets', async () => {
    expect((await roundTrip(text)).misses).toEqual([]);
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(5);
  });

  test('"by" is the list’s word, not part of the first author’s name', async () => {
    const entries = await exportEntries(text);
    expect(entries.map((entry) => entry.authors[0])).toEqual(['Vaswani', 'He', 'Ba', 'Ho', 'Brown']);
    const { status, text: after } = await add(text, [DPO.id, '--section', 'Models']);
    expect(status).toBe(0);
    expect(after.split('\n').at(-2)).toBe(
      '- (arXiv 2023) [Direct Preference Optimization: Your Language Model is Secretly a Reward Model](https://arxiv.org/pdf/2305.18290) by Rafael Rafailov et al.',
    );
  });
});

describe('a paper the list repeats in several sections, written its own way', () => {
  // The same survey in each section, always with a comma before its authors; one other paper so.
  const survey =
    'A Systematic Study and Comprehensive Evaluation of ChatGPT on Benchmark Datasets, _Laskar et al._ ACL 2023 (Findings). [[paper](https://arxiv.org/abs/2305.18486)]';
  const text = `# Evaluation

## Reasoning

1. ${survey}
2. Large Language Models Are Not Abstract Reasoners, _Gaël Gendron et al._ arXiv 2023. [[paper](https://arxiv.org/abs/2305.19555)]
3. Mathematical Capabilities of ChatGPT. _Simon Frieder et al._ arXiv 2023. [[paper](https://arxiv.org/abs/2301.13867)]

## Robustness

1. ${survey}
2. Holistic Evaluation of Language Models. _Percy Liang et al._ arXiv 2022. [[paper](https://arxiv.org/abs/2211.09110)]
3. Ask Again, Then Fail: Large Language Models' Vacillations in Judgment _Qiming Xie et al._ arXiv 2023. [[paper](https://arxiv.org/abs/2310.02174)]

## Ethics

1. ${survey}
2. Evaluating the Logical Reasoning Ability of ChatGPT and GPT-4. _Hanmeng Liu et al._ arXiv 2023. [[paper](https://arxiv.org/abs/2304.03439)]

## Factuality

1. ${survey}
2. Holistic Evaluation of Language Models. _Percy Liang et al._ arXiv 2022. [[paper](https://arxiv.org/abs/2211.09110)]
`;

  test('its authors are no words of the list’s form: each paper is written with its own', async () => {
    const trip = await addRoundTrip(text);
    const written = trip.misses.filter((miss) => !miss.source.includes('Laskar'));
    expect(written.filter((miss) => miss.rendered.includes('Laskar'))).toEqual([]);
    const { status, text: after } = await add(text, [DPO.id, '--section', 'Reasoning']);
    expect(status).toBe(0);
    const added = after.split('\n').find((line) => line.includes('Direct Preference'));
    expect(added).toContain('_Rafael Rafailov et al._');
    expect(added).not.toContain('Laskar');
  });

  test('a title with a comma runs to the italics that name its authors', async () => {
    const titles = (await exportEntries(text)).map((entry) => entry.title);
    expect(titles).toContain("Ask Again, Then Fail: Large Language Models' Vacillations in Judgment");
  });
});

describe('a venue tag in bold and brackets before a bold name', () => {
  const text = `# Papers

## Pre-training

* [**NeurIPS, 2017**] **Transformer**: Attention Is All You Need. [paper](https://arxiv.org/abs/1706.03762)
* [**npj Digital Medicine, 2023**] **GatorTronGPT**: A Study of Generative Large Language Model for Medical Research and Healthcare. [paper](https://arxiv.org/abs/2305.13523)
* [**CVPR, 2016**] **ResNet**: Deep Residual Learning for Image Recognition. [paper](https://arxiv.org/abs/1512.03385)
* [**Bioinformatics, 2023**] **MedCPT**: Contrastive Pre-trained Transformers with Large-scale Pubmed Search Logs for Zero-shot Biomedical Information Retrieval. [paper](https://arxiv.org/abs/2307.00589)
* [**NeurIPS, 2020**] **DDPM**: Denoising Diffusion Probabilistic Models. [paper](https://arxiv.org/abs/2006.11239)
* [**Nature Digital Medicine, 2023**] Large Language Models to Identify Social Determinants of Health in Electronic Health Records. [paper](https://arxiv.org/abs/2308.06354)
`;

  test('is a tag however long, not the title: nothing of it is written back escaped', async () => {
    const titles = (await exportEntries(text)).map((entry) => entry.title);
    expect(titles).toContain(
      'A Study of Generative Large Language Model for Medical Research and Healthcare',
    );
    expect(titles.at(-1)).toMatch(/^Large Language Models to Identify Social Determinants/);
    expect(titles.some((title) => title?.includes('**'))).toBe(false);
    const trip = await addRoundTrip(text);
    expect(trip.misses.map((miss) => miss.rendered).join('\n')).not.toContain('\\*');
  });
});
