import { beforeAll, describe, expect, it } from '@jest/globals';
import { lint, type LintResult } from '../src/check/engine.js';
import { DELTA, deltaStyleList, insertAfter, readFixture } from './helpers.js';

/** A list of `count` entries made from the reference list's LoRA entry, each a different paper. */
function bigList(count: number): string {
  const template = readFixture(DELTA).split('\n').slice(78, 81).join('\n');
  const entries = Array.from({ length: count }, (_, i) =>
    template
      .replace('LoRA: Low-Rank Adaptation', `Paper ${i}: Low-Rank Adaptation`)
      .replace('2106.09685', `23${String(1 + (i % 12)).padStart(2, '0')}.${String(10000 + i).slice(-5)}`),
  );
  return deltaStyleList(entries.join('\n\n'));
}

const ADDED = [
  '- **QLoRA: Efficient Finetuning of Quantized LLMs,** NeurIPS 2023. ![](https://img.shields.io/badge/QLoRA-blue)',
  '',
  '  *Tim Dettmers, Artidoro Pagnoni, Ari Holtzman, Luke Zettlemoyer*. [[pdf](https://arxiv.org/pdf/2305.14314.pdf)]',
  '',
  '- **DoRA: Weight-Decomposed Low-Rank Adaptation,** ICML 2024. ![](https://img.shields.io/badge/DoRA-blue)',
  '',
  '  *Shih-Yang Liu, Min-Hung Chen*. [[pdf](https://arxiv.org/abs/2402.09353)]',
  '',
  // The same paper as entry 15000 (or entry 400), under another URL form and title case.
  '- **paper 400: low-rank adaptation of large language models,** ICLR 2022. ![](https://img.shields.io/badge/LoRA-blue)',
  '',
  '  *Edward J. Hu*. [[pdf](https://arxiv.org/pdf/2305.10400v3.pdf)]',
  '',
].join('\n');

describe('diff mode cost follows the change, not the list', () => {
  const run = (count: number) => {
    const base = bigList(count);
    return lint({ path: 'README.md', text: insertAfter(base, 40, ADDED), baseText: base });
  };
  let small: LintResult;
  let large: LintResult;
  beforeAll(async () => {
    [small, large] = await Promise.all([run(1000), run(20000)]);
  });

  it('checks only the three added entries, on a list of any size', () => {
    expect(small.checked).toBe(3);
    expect(large.checked).toBe(3);
    expect(large.entries).toBe(20006); // and the list's three examples
  });

  it('reads the same number of entries in full on 1,000 and 20,000 entries', () => {
    expect(large.parsed).toBe(small.parsed);
    expect(large.parsed).toBeLessThanOrEqual(3 + 150);
  });

  it('still finds a duplicate far down the list, by arXiv id in another form', () => {
    const duplicate = large.findings.find((f) => f.rule === 'duplicate');
    expect(duplicate?.line).toBe(49);
    expect(duplicate?.message).toContain('at line 1653');
    expect(large.findings.map((f) => `${f.rule}@${f.line}`)).toEqual([
      'arxiv-abs@43',
      'duplicate@49',
      'arxiv-abs@51',
    ]);
  });
});

describe('duplicates in a whole-file run (indexed)', () => {
  it('reports the later of two entries with the same title, naming the first', async () => {
    const text = bigList(40).replace('Paper 30: Low-Rank', 'Paper 3: Low-Rank');
    const found = (await lint({ path: 'README.md', text })).findings.filter((f) => f.rule === 'duplicate');
    expect(found.map((f) => [f.line, f.message.match(/line (\d+)/)?.[1]])).toEqual([[161, '53']]);
  });
});

describe('duplicates by a title with accents, in a PR', () => {
  it('are found whatever the accents and case', async () => {
    const base = bigList(30).replace('Paper 20: Low-Rank', 'Über Café: Low-Rank');
    const added = [
      '- **uber cafe: low-rank adaptation of large language models,** ICLR 2022. ![](https://img.shields.io/badge/X-blue)',
      '',
      '  *Edward J. Hu, Yelong Shen*. [[pdf](https://openreview.net/forum?id=x)]',
      '',
    ].join('\n');
    const result = await lint({ path: 'README.md', text: insertAfter(base, 40, added), baseText: base });
    expect(result.findings.map((f) => `${f.rule}@${f.line}`)).toEqual(['duplicate@41']);
    expect(result.findings[0].message).toContain('at line 125 (same title)');
  });
});
