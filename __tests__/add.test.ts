/**
 * `paperlint add` writes through the list's grammar: small lists in several formats get an entry in
 * exactly their own shape, a record's markup lands as plain text, and `--section` finds every heading
 * that holds papers. Run in-process against a fake arXiv.
 */
import { describe, expect, test } from '@jest/globals';
import { type FakeRecord } from './support/fake-arxiv.js';
import { PROMPT_STYLE, readFixture } from './helpers.js';
import { add, DORA, fakeArxivForEachTest, QLORA } from './support/run-add.js';

/** A record whose every field carries markup: none of it may come alive in the list. */
const HOSTILE: FakeRecord = {
  id: '2401.00001',
  version: 'v1',
  title: 'Click [here](https://evil.example) <img src=x onerror=alert(1)> for *free* _GPUs_ @octocat',
  authors: ['Mallory @admin', 'Eve [Root](https://evil.example)'],
  published: '2024-01-02',
};

/** Two authors: a list that writes `A, B, and C` writes two as `A and B`. */
const ADAM: FakeRecord = {
  id: '1412.6980',
  version: 'v9',
  title: 'Adam: A Method for Stochastic Optimization',
  authors: ['Diederik P. Kingma', 'Jimmy Ba'],
  published: '2014-12-22',
  comment: 'ICLR 2015',
};

const arxiv = fakeArxivForEachTest([QLORA, DORA, HOSTILE, ADAM]);

/** `text` with `entry` put after the line that is exactly `after`. */
function withAfter(text: string, after: string, entry: string): string {
  return text.replace(`${after}\n`, `${after}\n${entry}\n`);
}

const BOLD_AUTHOR_LINE = `# Papers

## Methods

- **LoRA: Low-Rank Adaptation of Large Language Models.** ICLR 2022. ![](https://img.shields.io/badge/LoRA-blue)

  *Edward J. Hu, Yelong Shen, Phillip Wallis*. [[pdf](https://arxiv.org/abs/2106.09685)]

- **Prefix-Tuning: Optimizing Continuous Prompts for Generation.** ACL 2021. ![](https://img.shields.io/badge/Prefix-blue)

  *Xiang Lisa Li, Percy Liang*. [[pdf](https://arxiv.org/abs/2101.00190)]

- **The Power of Scale for Parameter-Efficient Prompt Tuning.** Preprint 2021. ![](https://img.shields.io/badge/Prompt-blue)

  *Brian Lester, Rami Al-Rfou, Noah Constant*. [[pdf](https://arxiv.org/abs/2104.08691)]
`;

const LINKED_TITLES = `# Papers

## Methods

- [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/abs/2106.09685), ICLR 2022
- [Prefix-Tuning: Optimizing Continuous Prompts for Generation](https://arxiv.org/abs/2101.00190), ACL 2021
- [The Power of Scale for Parameter-Efficient Prompt Tuning](https://arxiv.org/abs/2104.08691), EMNLP 2021

## Surveys

- [Parameter-Efficient Transfer Learning for NLP](https://arxiv.org/abs/1902.00751), ICML 2019
`;

const NUMBERED_DATED = `# Papers

## Methods

1. [2021/06] **LoRA: Low-Rank Adaptation of Large Language Models** | [[paper]](https://arxiv.org/pdf/2106.09685)
2. [2021/01] **Prefix-Tuning: Optimizing Continuous Prompts for Generation** | [[paper]](https://arxiv.org/pdf/2101.00190)
3. [2021/04] **The Power of Scale for Parameter-Efficient Prompt Tuning** | [[paper]](https://arxiv.org/pdf/2104.08691)
`;

const TABLE = `# Papers

## Methods

| Title | Venue | Paper |
| --- | --- | --- |
| LoRA: Low-Rank Adaptation of Large Language Models | ICLR 2022 | [arXiv](https://arxiv.org/abs/2106.09685) |
| Prefix-Tuning: Optimizing Continuous Prompts for Generation | ACL 2021 | [arXiv](https://arxiv.org/abs/2101.00190) |
| The Power of Scale for Parameter-Efficient Prompt Tuning | EMNLP 2021 | [arXiv](https://arxiv.org/abs/2104.08691) |

## Notes

Tables are kept by hand.
`;

const CITATIONS = `# Papers

## Methods

- Edward J. Hu et al. **LoRA: Low-Rank Adaptation of Large Language Models.** (ICLR 2022) [[arXiv](https://arxiv.org/abs/2106.09685)]
- Xiang Lisa Li et al. **Prefix-Tuning: Optimizing Continuous Prompts for Generation.** (ACL 2021) [[arXiv](https://arxiv.org/abs/2101.00190)]
- Brian Lester et al. **The Power of Scale for Parameter-Efficient Prompt Tuning.** (EMNLP 2021) [[arXiv](https://arxiv.org/abs/2104.08691)]
`;

describe('add writes in the shape of the list’s other entries', () => {
  test('bold title, author line, bracketed pdf: the list’s preprint word and badges', async () => {
    const { status, text, stdout } = await add(BOLD_AUTHOR_LINE, [
      QLORA.id,
      '--section',
      'methods',
      '--badge',
      'QLoRA-blue',
    ]);
    expect(status).toBe(0);
    expect(stdout).toBe('Added arXiv 2305.14314 to "methods" at line 17 of README.md.\n');
    expect(text).toBe(
      `${BOLD_AUTHOR_LINE}
- **QLoRA: Efficient Finetuning of Quantized LLMs.** Preprint 2023. ![](https://img.shields.io/badge/QLoRA-blue)

  *Tim Dettmers, Artidoro Pagnoni, Ari Holtzman, Luke Zettlemoyer*. [[pdf](https://arxiv.org/abs/2305.14314)]
`,
    );
  });

  test('linked titles with ", Venue Year": the venue arXiv names, no empty line', async () => {
    const { status, text } = await add(LINKED_TITLES, [DORA.id, '--section', 'Methods']);
    expect(status).toBe(0);
    expect(text).toBe(
      withAfter(
        LINKED_TITLES,
        '- [The Power of Scale for Parameter-Efficient Prompt Tuning](https://arxiv.org/abs/2104.08691), EMNLP 2021',
        '- [DoRA: Weight-Decomposed Low-Rank Adaptation](https://arxiv.org/abs/2402.09353), ICML 2024',
      ),
    );
  });

  test('numbered with a date prefix: the next number, the date in the list’s form, its arXiv form', async () => {
    const { status, text } = await add(NUMBERED_DATED, [QLORA.id, '--section', 'Methods']);
    expect(status).toBe(0);
    expect(text).toBe(
      `${NUMBERED_DATED}4. [2023/05] **QLoRA: Efficient Finetuning of Quantized LLMs** | [[paper]](https://arxiv.org/pdf/2305.14314)\n`,
    );
  });

  test('a table gets a row in its columns, directly under the last', async () => {
    const { status, text } = await add(TABLE, [DORA.id, '--section', 'Methods']);
    expect(status).toBe(0);
    expect(text).toBe(
      withAfter(
        TABLE,
        '| The Power of Scale for Parameter-Efficient Prompt Tuning | EMNLP 2021 | [arXiv](https://arxiv.org/abs/2104.08691) |',
        '| DoRA: Weight-Decomposed Low-Rank Adaptation | ICML 2024 | [arXiv](https://arxiv.org/abs/2402.09353) |',
      ),
    );
  });

  test('names first: "et al." where the list abbreviates, venue and year as it writes them', async () => {
    const { status, text } = await add(CITATIONS, [DORA.id, '--section', 'Methods']);
    expect(status).toBe(0);
    expect(text).toBe(
      `${CITATIONS}- Shih-Yang Liu et al. **DoRA: Weight-Decomposed Low-Rank Adaptation.** (ICML 2024) [[arXiv](https://arxiv.org/abs/2402.09353)]\n`,
    );
  });

  test('numbered, indented author line with its stop inside the italics: the reference list', async () => {
    const { status, stdout } = await add(readFixture(PROMPT_STYLE), [
      QLORA.id,
      '--section',
      'Basics',
      '--badge',
      'QLoRA-blue',
      '--print',
    ]);
    expect(status).toBe(0);
    expect(stdout).toBe(
      [
        '12. **QLoRA: Efficient Finetuning of Quantized LLMs.** Preprint 2023. ![](https://img.shields.io/badge/QLoRA-blue)',
        '',
        '    *Tim Dettmers, Artidoro Pagnoni, Ari Holtzman, Luke Zettlemoyer.* [[pdf](https://arxiv.org/abs/2305.14314)]',
        '',
      ].join('\n'),
    );
  });

  test('venue and year in parentheses before a bold title: the form most entries keep, not a stray one', async () => {
    const parenthesised = [
      '# Papers',
      '',
      '## Methods',
      '',
      '- (ICLR 2022) **LoRA: Low-Rank Adaptation of Large Language Models** [[Paper]](https://arxiv.org/abs/2106.09685)',
      '- (ACL 2021) **Prefix-Tuning: Optimizing Continuous Prompts for Generation** [[Paper]](https://arxiv.org/abs/2101.00190)',
      '- (EMNLP 2021) **The Power of Scale for Parameter-Efficient Prompt Tuning** [Paper](https://arxiv.org/abs/2104.08691)',
      '- （ICML 2019） **Parameter-Efficient Transfer Learning for NLP** [[Paper]](https://arxiv.org/abs/1902.00751)',
      '',
    ].join('\n');
    const { status, stdout } = await add(parenthesised, [DORA.id, '--section', 'Methods', '--print']);
    expect(status).toBe(0);
    expect(stdout).toBe(
      '- (ICML 2024) **DoRA: Weight-Decomposed Low-Rank Adaptation** [[Paper]](https://arxiv.org/abs/2402.09353)\n',
    );
  });

  test('a list with no entries yet gets the documented fallback form', async () => {
    const empty = '# Papers\n\n## Methods\n';
    const { status, text } = await add(empty, [QLORA.id, '--section', 'Methods']);
    expect(status).toBe(0);
    expect(text).toBe(
      `${empty}\n- **QLoRA: Efficient Finetuning of Quantized LLMs.** arXiv 2023.\n\n  *Tim Dettmers, Artidoro Pagnoni, Ari Holtzman, Luke Zettlemoyer*. [[pdf](https://arxiv.org/abs/2305.14314)]\n`,
    );
  });

  test('a note only the list’s editors can write is refused, naming the slot', async () => {
    const noted = LINKED_TITLES.replace(', ICLR 2022', ', ICLR 2022 — adapters as low-rank updates')
      .replace(', ACL 2021', ', ACL 2021 — a learned prefix steers generation')
      .replace(', EMNLP 2021', ', EMNLP 2021 — soft prompts match tuning at scale')
      .replace(', ICML 2019', ', ICML 2019 — bottleneck adapters per layer');
    const { status, text, stderr } = await add(noted, [DORA.id, '--section', 'Methods']);
    expect(stderr).toMatch(/\{note\}.*write this entry by hand; nothing was written\.\n$/);
    expect(status).toBe(2);
    expect(text).toBe(noted);
  });
});

describe('what arXiv says lands as plain text', () => {
  test('links, HTML, emphasis and mentions in a record are escaped, and the entry passes', async () => {
    const { status, text, stderr } = await add(BOLD_AUTHOR_LINE, [
      HOSTILE.id,
      '--section',
      'Methods',
      '--badge',
      'X-blue',
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(text).toBe(
      `${BOLD_AUTHOR_LINE}
- **Click \\[here\\](https:\u2060//evil.example) \\<img src=x onerror=alert(1)\\> for \\*free\\* \\_GPUs\\_ @\u2060octocat.** Preprint 2024. ![](https://img.shields.io/badge/X-blue)

  *Mallory @\u2060admin, Eve \\[Root\\](https:\u2060//evil.example)*. [[pdf](https://arxiv.org/abs/2401.00001)]
`,
    );
  });

  test('outside a table, a record’s pipe is text as it is', async () => {
    arxiv().records.set('2401.00002', { ...HOSTILE, id: '2401.00002', title: 'A | B <b>bold</b>' });
    const { status, text, stderr } = await add(BOLD_AUTHOR_LINE, [
      '2401.00002',
      '--section',
      'Methods',
      '--badge',
      'X-blue',
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(text).toContain('- **A | B \\<b\\>bold\\</b\\>.** Preprint 2024.');
  });

  test('in a table, a record’s pipe cannot open a new cell', async () => {
    arxiv().records.set('2401.00002', { ...HOSTILE, id: '2401.00002', title: 'A | B <b>bold</b>' });
    const { status, text } = await add(TABLE, ['2401.00002', '--section', 'Methods']);
    expect(status).toBe(0);
    expect(text).toContain(
      '| A \\| B \\<b\\>bold\\</b\\> | arXiv 2024 | [arXiv](https://arxiv.org/abs/2401.00002) |',
    );
  });
});

describe('--section', () => {
  const NESTED = `# Papers

## 🔥 **Analysis**

### 2024

- [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/abs/2106.09685), ICLR 2022

## [Methods](#methods)

### 2024

- [Prefix-Tuning: Optimizing Continuous Prompts for Generation](https://arxiv.org/abs/2101.00190), ACL 2021
- [The Power of Scale for Parameter-Efficient Prompt Tuning](https://arxiv.org/abs/2104.08691), EMNLP 2021
`;

  test('a repeated name is refused, listing the paths that tell the sections apart', async () => {
    const { status, stderr } = await add(NESTED, [DORA.id, '--section', '2024']);
    expect(stderr).toBe(
      'paperlint add: section "2024" is in more than one place in README.md; name one by its path: "Analysis/2024", "Methods/2024".\n',
    );
    expect(status).toBe(2);
  });

  test('a path names one of them, by headings read without emoji, emphasis or links', async () => {
    const { status, text } = await add(NESTED, [DORA.id, '--section', 'analysis/2024']);
    expect(status).toBe(0);
    expect(text).toBe(
      withAfter(
        NESTED,
        '- [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/abs/2106.09685), ICLR 2022',
        '- [DoRA: Weight-Decomposed Low-Rank Adaptation](https://arxiv.org/abs/2402.09353), ICML 2024',
      ),
    );
  });

  test('an unknown name is refused with the valid ones, terminal controls shown inert', async () => {
    const { status, stderr } = await add(NESTED, [DORA.id, '--section', 'Data\u001b]52;c;x\u0007']);
    expect(stderr).toBe(
      'paperlint add: no section "Data\\u001b]52;c;x\\u0007" in README.md; its sections are: "Analysis", "Analysis/2024", "Methods", "Methods/2024".\n',
    );
    expect(status).toBe(2);
  });
});

/** Section "Vision" writes its arXiv links as pdf files, the rest of the list as abstract pages. */
const SECTION_FORMS = `# Papers

## Language

- [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/abs/2106.09685), ICLR 2022
- [Prefix-Tuning: Optimizing Continuous Prompts for Generation](https://arxiv.org/abs/2101.00190), ACL 2021
- [The Power of Scale for Parameter-Efficient Prompt Tuning](https://arxiv.org/abs/2104.08691), EMNLP 2021
- [Parameter-Efficient Transfer Learning for NLP](https://arxiv.org/abs/1902.00751), ICML 2019
- [Towards a Unified View of Parameter-Efficient Transfer Learning](https://arxiv.org/abs/2110.04366), ICLR 2022

## Vision

- [Visual Prompt Tuning](https://arxiv.org/pdf/2203.12119.pdf), ECCV 2022
- [AdaptFormer: Adapting Vision Transformers for Scalable Visual Recognition](https://arxiv.org/pdf/2205.13535.pdf), NeurIPS 2022
- [Convolutional Bypasses Are Better Vision Transformer Adapters](https://arxiv.org/pdf/2207.07039.pdf), ECAI 2023
`;

/** Most entries give no venue; those that do write it after the title, in parentheses. */
const SOME_VENUES = `# Papers

## Methods

- [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/abs/2106.09685)
- [Prefix-Tuning: Optimizing Continuous Prompts for Generation](https://arxiv.org/abs/2101.00190)
- [The Power of Scale for Parameter-Efficient Prompt Tuning](https://arxiv.org/abs/2104.08691)
- [Parameter-Efficient Transfer Learning for NLP](https://arxiv.org/abs/1902.00751)
- [Visual Prompt Tuning](https://arxiv.org/abs/2203.12119) (ECCV 2022)
- [AdaptFormer: Adapting Vision Transformers for Scalable Visual Recognition](https://arxiv.org/abs/2205.13535) (NeurIPS 2022)
- [Towards a Unified View of Parameter-Efficient Transfer Learning](https://arxiv.org/abs/2110.04366) (ICLR 2022)
`;

/** Names before the title: `A and B` for two, `A, B, and C` for more. */
const TWO_AND_MORE = `# Papers

## Methods

- Edward J. Hu, Yelong Shen, and Phillip Wallis. [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/abs/2106.09685). ICLR 2022.
- Xiang Lisa Li and Percy Liang. [Prefix-Tuning: Optimizing Continuous Prompts for Generation](https://arxiv.org/abs/2101.00190). ACL 2021.
- Brian Lester, Rami Al-Rfou, and Noah Constant. [The Power of Scale for Parameter-Efficient Prompt Tuning](https://arxiv.org/abs/2104.08691). EMNLP 2021.
- Kaiming He and Xiangyu Zhang. [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385). CVPR 2016.
- Sergey Ioffe and Christian Szegedy. [Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift](https://arxiv.org/abs/1502.03167). ICML 2015.
`;

/** Names as initials before the venue: "et al." after one name, but two names written in full. */
const PAIRS_IN_FULL = `# Papers

## Methods

- A. Vaswani et al. **Attention Is All You Need.** (NeurIPS 2017) [[arXiv](https://arxiv.org/abs/1706.03762)]
- D. P. Kingma and M. Welling. **Auto-Encoding Variational Bayes.** (ICLR 2014) [[arXiv](https://arxiv.org/abs/1312.6114)]
- K. He et al. **Deep Residual Learning for Image Recognition.** (CVPR 2016) [[arXiv](https://arxiv.org/abs/1512.03385)]
- K. Simonyan and A. Zisserman. **Very Deep Convolutional Networks for Large-Scale Image Recognition.** (ICLR 2015) [[arXiv](https://arxiv.org/abs/1409.1556)]
- I. Loshchilov and F. Hutter. **Decoupled Weight Decay Regularization.** (ICLR 2019) [[arXiv](https://arxiv.org/abs/1711.05101)]
- E. J. Hu et al. **LoRA: Low-Rank Adaptation of Large Language Models.** (ICLR 2022) [[arXiv](https://arxiv.org/abs/2106.09685)]
`;

describe('add follows the section and the form the paper fits', () => {
  test("a section that writes arXiv links its own way gets its own form, not the list's", async () => {
    const vision = await add(SECTION_FORMS, [QLORA.id, '--section', 'Vision']);
    expect(vision.status).toBe(0);
    expect(vision.text).toBe(
      `${SECTION_FORMS}- [QLoRA: Efficient Finetuning of Quantized LLMs](https://arxiv.org/pdf/2305.14314.pdf), arXiv 2023\n`,
    );
    const language = await add(SECTION_FORMS, [QLORA.id, '--section', 'Language']);
    expect(language.text).toContain(
      '- [QLoRA: Efficient Finetuning of Quantized LLMs](https://arxiv.org/abs/2305.14314), arXiv 2023\n\n## Vision',
    );
  });

  test('the arXiv link given is written as given where the list keeps both forms, else in its one form', async () => {
    const given = 'https://arxiv.org/pdf/2305.14314.pdf';
    const mixed = SECTION_FORMS.replace('\n## Vision\n', '');
    const kept = await add(mixed, [given, '--section', 'Language']);
    expect(kept.status).toBe(0);
    expect(kept.text).toContain(`- [QLoRA: Efficient Finetuning of Quantized LLMs](${given}), arXiv 2023\n`);
    const language = await add(SECTION_FORMS, [given, '--section', 'Language']);
    expect(language.text).toContain(
      '- [QLoRA: Efficient Finetuning of Quantized LLMs](https://arxiv.org/abs/2305.14314), arXiv 2023\n',
    );
  });

  test('a paper with a venue takes the form that has one; a preprint the form most entries follow', async () => {
    const published = await add(SOME_VENUES, [DORA.id, '--section', 'Methods']);
    expect(published.status).toBe(0);
    expect(published.text).toBe(
      `${SOME_VENUES}- [DoRA: Weight-Decomposed Low-Rank Adaptation](https://arxiv.org/abs/2402.09353) (ICML 2024)\n`,
    );
    const preprint = await add(SOME_VENUES, [QLORA.id, '--section', 'Methods']);
    expect(preprint.status).toBe(0);
    expect(preprint.text).toBe(
      `${SOME_VENUES}- [QLoRA: Efficient Finetuning of Quantized LLMs](https://arxiv.org/abs/2305.14314)\n`,
    );
  });

  test('two names written in full where the list names pairs so, "et al." from three', async () => {
    const two = await add(PAIRS_IN_FULL, [ADAM.id, '--section', 'Methods']);
    expect(two.status).toBe(0);
    expect(two.text).toBe(
      `${PAIRS_IN_FULL}- Diederik P. Kingma and Jimmy Ba. **Adam: A Method for Stochastic Optimization.** (ICLR 2015) [[arXiv](https://arxiv.org/abs/1412.6980)]\n`,
    );
    const three = await add(PAIRS_IN_FULL, [DORA.id, '--section', 'Methods']);
    expect(three.text).toContain(
      '- Shih-Yang Liu et al. **DoRA: Weight-Decomposed Low-Rank Adaptation.** (ICML 2024) [[arXiv](https://arxiv.org/abs/2402.09353)]\n',
    );
    // A list whose entries all abbreviate after one name abbreviates a pair too.
    const abbreviated = PAIRS_IN_FULL.replace(/ and [A-Z. ]+ [A-Z][a-z]+\./g, ' et al.');
    const pair = await add(abbreviated, [ADAM.id, '--section', 'Methods']);
    expect(pair.text).toContain(
      '\n- Diederik P. Kingma et al. **Adam: A Method for Stochastic Optimization.** (ICLR 2015)',
    );
  });

  test('two names joined as the list joins two, more as it joins more', async () => {
    const two = await add(TWO_AND_MORE, [ADAM.id, '--section', 'Methods']);
    expect(two.status).toBe(0);
    expect(two.text).toBe(
      `${TWO_AND_MORE}- Diederik P. Kingma and Jimmy Ba. [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980). ICLR 2015.\n`,
    );
    const four = await add(TWO_AND_MORE, [QLORA.id, '--section', 'Methods']);
    expect(four.text).toContain(
      '- Tim Dettmers, Artidoro Pagnoni, Ari Holtzman, and Luke Zettlemoyer. [QLoRA: Efficient Finetuning of Quantized LLMs](https://arxiv.org/abs/2305.14314). arXiv 2023.\n',
    );
  });
});
