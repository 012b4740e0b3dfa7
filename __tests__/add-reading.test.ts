/**
 * The add round trip where it rests on reading the list right: a plain title that runs to the
 * italic authors after it (commas and question marks its own), a method's name and a colon before
 * the linked title, a table that gives the year alone in one column and the venue with the year
 * in another, a plain title parted from its venue by `<br>`, a badge that is a link's label, a plain
 * title with a number written with a comma (`100,000`), and one before a citation's `In *ICLR 2018*`.
 * Each entry with an arXiv link, taken out and written back from a record of its own fields, comes
 * back as it was.
 */
import { describe, expect, test } from '@jest/globals';
import { addRoundTrip, exportEntries, roundTrip } from '../src/grammar/index.js';

describe('a plain title before italic authors', () => {
  const text = [
    '# Papers',
    '',
    '1. Attention Is All You Need. _Ashish Vaswani et al._ NeurIPS 2017. [[paper](https://arxiv.org/abs/1706.03762)]',
    '2. Language Models are Few-Shot Learners. _Tom B. Brown et al._ NeurIPS 2020. [[paper](https://arxiv.org/abs/2005.14165)]',
    '3. A Multitask, Multilingual, Multimodal Evaluation of ChatGPT on Reasoning, Hallucination, and Interactivity. _Yejin Bang et al._ arXiv 2023. [[paper](https://arxiv.org/abs/2302.04023)]',
    '4. LLaMA: Open and Efficient Foundation Language Models. _Hugo Touvron et al._ arXiv 2023. [[paper](https://arxiv.org/abs/2302.13971)]',
    '5. Can Large Language Models Be an Alternative to Human Evaluations? _Cheng-Han Chiang et al._ ACL 2023. [[paper](https://arxiv.org/abs/2305.01937)]',
    '6. Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena. _Lianmin Zheng et al._ NeurIPS 2023. [[paper](https://arxiv.org/abs/2306.05685)]',
    '',
  ].join('\n');

  test('is the title, its commas and question mark included, and the italics are not', async () => {
    const titles = (await exportEntries(text)).map((entry) => entry.title);
    expect(titles).toEqual([
      'Attention Is All You Need',
      'Language Models are Few-Shot Learners',
      'A Multitask, Multilingual, Multimodal Evaluation of ChatGPT on Reasoning, Hallucination, and Interactivity',
      'LLaMA: Open and Efficient Foundation Language Models',
      'Can Large Language Models Be an Alternative to Human Evaluations?',
      'Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena',
    ]);
  });

  test('each entry is written back as it was', async () => {
    // The one title ending in its own question mark has no full stop after it: another form.
    const stopped = text
      .split('\n')
      .filter((line) => !line.includes('?'))
      .join('\n');
    expect(await roundTrip(stopped)).toMatchObject({ entries: 5, identical: 5 });
    const trip = await addRoundTrip(stopped);
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(5);
  });
});

describe("a method's name and a colon before the linked title", () => {
  const text = [
    '# Speech synthesis',
    '',
    '- Tacotron: [Tacotron: Towards End-to-End Speech Synthesis](https://arxiv.org/abs/1703.10135) (Interspeech 2017)',
    '- WaveNet: [WaveNet: A Generative Model for Raw Audio](https://arxiv.org/abs/1609.03499) (arXiv 2016)',
    '- WaveGlow: [WaveGlow: A Flow-based Generative Network for Speech Synthesis](https://arxiv.org/abs/1811.00002) (ICASSP 2019)',
    '- FastSpeech: [FastSpeech: Fast, Robust and Controllable Text to Speech](https://arxiv.org/abs/1905.09263) (NeurIPS 2019)',
    '- MelGAN: [MelGAN: Generative Adversarial Networks for Conditional Waveform Synthesis](https://arxiv.org/abs/1910.06711) (NeurIPS 2019)',
    '- HiFi-GAN: [HiFi-GAN: Generative Adversarial Networks for Efficient and High Fidelity Speech Synthesis](https://arxiv.org/abs/2010.05646) (NeurIPS 2020)',
    '',
  ].join('\n');

  test('the link is the title, not the name', async () => {
    const [first, , , fourth] = await exportEntries(text);
    expect(first).toMatchObject({ title: 'Tacotron: Towards End-to-End Speech Synthesis', year: '2017' });
    expect(fourth.title).toBe('FastSpeech: Fast, Robust and Controllable Text to Speech');
  });

  test('each entry is written back as it was, its name as its editor wrote it', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(6);
  });
});

describe('a table with the year alone in one column and the venue with it in another', () => {
  const rows = [
    ['2017', 'Attention Is All You Need', 'NeurIPS 2017', '1706.03762'],
    ['2016', 'Deep Residual Learning for Image Recognition', 'CVPR 2016', '1512.03385'],
    ['2015', 'Adam: A Method for Stochastic Optimization', 'ICLR 2015', '1412.6980'],
    ['2015', 'Batch Normalization: Accelerating Deep Network Training', 'ICML 2015', '1502.03167'],
    ['2014', 'Generative Adversarial Networks', 'NeurIPS 2014', '1406.2661'],
    ['2014', 'Sequence to Sequence Learning with Neural Networks', 'NeurIPS 2014', '1409.3215'],
  ];
  const text = [
    '# Papers',
    '',
    '| Year | Title | Venue | Paper |',
    '|---|---|---|---|',
    ...rows.map(
      ([year, title, venue, id]) =>
        `| ${year} | **${title}** | ${venue} | [Link](https://arxiv.org/abs/${id}) |`,
    ),
    '',
  ].join('\n');

  test('the venue is read from the column that names it', async () => {
    expect((await exportEntries(text))[0]).toMatchObject({ venue: 'NeurIPS', year: '2017' });
  });

  test('each column is written as its rows write it', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(6);
  });
});

describe('a badge that is a link’s label', () => {
  const papers = [
    ['Attention Is All You Need', 'NeurIPS 2017', '1706.03762'],
    ['Deep Residual Learning for Image Recognition', 'CVPR 2016', '1512.03385'],
    ['Adam: A Method for Stochastic Optimization', 'ICLR 2015', '1412.6980'],
    ['Generative Adversarial Networks', 'NeurIPS 2014', '1406.2661'],
  ];
  const badge = '![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)';
  const text = `# Papers\n\n${papers
    .map(
      ([title, venue, id]) =>
        `+ [${title}](https://arxiv.org/abs/${id}) (${venue})\n  [${badge}](https://arxiv.org/abs/${id})`,
    )
    .join('\n\n')}\n`;

  test('is the link’s, not a badge of its own: each entry is written back as it was', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(4);
  });
});

describe('a plain title parted from its venue by <br>', () => {
  const text = [
    '# Quantization',
    '',
    '- LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale <br> NeurIPS 2022 [[Paper]](https://arxiv.org/abs/2208.07339)',
    '- GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers <br> ICLR 2023 [[Paper]](https://arxiv.org/abs/2210.17323)',
    '- SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language Models <br> ICML 2023 [[Paper]](https://arxiv.org/abs/2211.10438)',
    '- AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration <br> MLSys 2024 [[Paper]](https://arxiv.org/abs/2306.00978)',
    '- QLoRA: Efficient Finetuning of Quantized LLMs <br> NeurIPS 2023 [[Paper]](https://arxiv.org/abs/2305.14314)',
    '- OmniQuant: Omnidirectionally Calibrated Quantization for Large Language Models <br> ICLR 2024 [[Paper]](https://arxiv.org/abs/2308.13137)',
    '',
  ].join('\n');

  test('is the title, its commas included, and the venue after the break is not', async () => {
    const entries = await exportEntries(text);
    expect(entries.map((entry) => entry.title)).toEqual([
      'LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale',
      'GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers',
      'SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language Models',
      'AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration',
      'QLoRA: Efficient Finetuning of Quantized LLMs',
      'OmniQuant: Omnidirectionally Calibrated Quantization for Large Language Models',
    ]);
    expect(entries.map((entry) => entry.year)).toEqual(['2022', '2023', '2023', '2024', '2023', '2024']);
  });

  test('each entry is written back as it was, the break as the list writes it', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(6);
  });
});

describe('a plain title with a number written with a comma', () => {
  // Titles then their venue after a comma (`Title, ICLR 2021`); one title counts to 100,000.
  const text = [
    '# Tokenizers',
    '',
    '- Taming Transformers for High-Resolution Image Synthesis, CVPR 2021 [[Paper]](https://arxiv.org/abs/2012.09841)',
    '- Vector-quantized Image Modeling with Improved VQGAN, ICLR 2022 [[Paper]](https://arxiv.org/abs/2110.04627)',
    '- Scaling the Codebook Size of VQGAN to 100,000 with a Utilization Rate of 99%, NeurIPS 2024 [[Paper]](https://arxiv.org/abs/2406.11837)',
    '- Autoregressive Image Generation using Residual Quantization, CVPR 2022 [[Paper]](https://arxiv.org/abs/2203.01941)',
    '- Finite Scalar Quantization: VQ-VAE Made Simple, ICLR 2024 [[Paper]](https://arxiv.org/abs/2309.15505)',
    '',
  ].join('\n');

  test('keeps the number whole: its comma ends no title', async () => {
    const scaling = (await exportEntries(text)).find((entry) => entry.arxiv === '2406.11837');
    expect(scaling).toMatchObject({
      title: 'Scaling the Codebook Size of VQGAN to 100,000 with a Utilization Rate of 99%',
      venue: 'NeurIPS',
      year: '2024',
    });
  });

  test('each entry is written back as it was', async () => {
    expect((await addRoundTrip(text)).misses).toEqual([]);
  });
});

describe('a plain title before a citation’s `In` and its italic venue', () => {
  const text = [
    '# SGD',
    '',
    '- A Bayesian Perspective on Generalization and Stochastic Gradient Descent. In *ICLR 2018*. [[pdf](https://arxiv.org/pdf/1710.06451.pdf)]',
    '- Three Factors Influencing Minima in SGD. In *ICANN 2018*. [[pdf](https://arxiv.org/pdf/1711.04623.pdf)]',
    '- On the Origin of Implicit Regularization in Stochastic Gradient Descent. In *ICLR 2021*. [[pdf](https://arxiv.org/pdf/2101.12176.pdf)]',
    '- Strength of Minibatch Noise in SGD. In *ICLR 2022*. [[pdf](https://arxiv.org/pdf/2102.05375.pdf)]',
    '- On Large-Batch Training for Deep Learning: Generalization Gap and Sharp Minima. In *ICLR 2017*. [[pdf](https://arxiv.org/pdf/1609.04836.pdf)]',
    '',
  ].join('\n');

  test('ends at its full stop: the venue is no title text', async () => {
    const [first] = await exportEntries(text);
    expect(first).toMatchObject({
      title: 'A Bayesian Perspective on Generalization and Stochastic Gradient Descent',
      venue: 'ICLR',
      year: '2018',
    });
  });

  test('each entry is written back as it was, its venue in italics, not escaped', async () => {
    expect((await addRoundTrip(text)).misses).toEqual([]);
  });
});
