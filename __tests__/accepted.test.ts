/**
 * A rule that finds fault with many of the papers a list has accepted is wrong about that list: in
 * a review it says nothing of the same fault in a new entry. Below that share it is a slip, and said.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../src/check/engine.js';
import { PAPERS } from './support/papers.js';

type Paper = (typeof PAPERS)[number];

/** `- **Title.** arXiv. [[pdf](…)] [[code]()]`: the code link left empty where `placeholder`. */
const entry = ([title, id]: Paper, placeholder: boolean) =>
  `- **${title}.** arXiv. [[pdf](https://arxiv.org/abs/${id})]${placeholder ? ' [[code]()]' : ' [[code](https://github.com/a/b)]'}`;

const list = (placeholders: number) =>
  [
    '# Papers',
    '',
    '## Methods',
    '',
    ...PAPERS.slice(1, 11).map((paper, i) => entry(paper, i < placeholders)),
    '',
  ].join('\n');

async function emptyLinks(placeholders: number) {
  const base = list(placeholders);
  const text = base.replace('## Methods\n\n', `## Methods\n\n${entry(PAPERS[0], true)}\n`);
  const result = await lint({ path: 'README.md', text, baseText: base });
  return result.findings.filter((f) => f.rule === 'empty-link').map((f) => f.line);
}

describe('a fault the list accepts in its own papers', () => {
  it('is not asked of a new entry where four of its ten papers have it (its placeholder for code to come)', async () => {
    expect(await emptyLinks(4)).toEqual([]);
  });

  it('is asked where one of ten has it: a slip the list let through once', async () => {
    expect(await emptyLinks(1)).toEqual([5]);
  });

  it('is asked where the config names the rule: its maintainers asked for it', async () => {
    const base = list(4);
    const text = base.replace('## Methods\n\n', `## Methods\n\n${entry(PAPERS[0], true)}\n`);
    const result = await lint({
      path: 'README.md',
      text,
      baseText: base,
      settings: { rules: { 'empty-link': 'error' } },
    });
    expect(result.findings.filter((f) => f.rule === 'empty-link').map((f) => f.line)).toEqual([5]);
  });
});
