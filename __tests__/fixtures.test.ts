import { beforeAll, describe, expect, it } from '@jest/globals';
import { lint, type LintResult } from '../src/check/engine.js';
import { DELTA, PROMPT_STYLE, lintText, readFixture, removeLines, rulesOf } from './helpers.js';

describe('the DeltaPapers fixture, whole file', () => {
  const text = readFixture(DELTA);
  let result: LintResult;
  beforeAll(async () => {
    result = await lintText(text);
  });

  it('finds what its contribution rules forbid, where it is', () => {
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.rule}@${f.line}`)).toEqual([
      'empty-link@61',
      'arxiv-abs@113',
      'arxiv-abs@117',
      'badge-missing@165',
      'badge-missing@169',
    ]);
    expect(rulesOf(result)).toEqual(expect.arrayContaining(['badge-spacing@51', 'badge-spacing@71']));
  });

  it('offers the /abs/ links as fixes', () => {
    const fixes = result.findings.filter((f) => f.rule === 'arxiv-abs').map((f) => f.fix?.replacement);
    expect(fixes[0]).toContain('[[pdf](https://arxiv.org/abs/2305.03937)]');
    expect(fixes[1]).toContain('[[pdf](https://arxiv.org/abs/2305.15212v1)]');
    expect(fixes[0]).toBe(
      text
        .split('\n')[112]
        .replace('https://arxiv.org/pdf/2305.03937.pdf', 'https://arxiv.org/abs/2305.03937'),
    );
  });

  it('reports nothing from the table of contents or the contribution guide', () => {
    expect(result.findings.filter((f) => f.line <= 40 || f.line >= 201)).toEqual([]);
    expect(result.entries).toBe(38);
  });

  it('reads its palette from its Keywords Convention', () => {
    expect(result.convention.badgeColors).toEqual(['blue', 'orange', 'green', 'purple']);
  });
});

describe('diff mode on the DeltaPapers fixture', () => {
  const text = readFixture(DELTA);

  it('checks only the entry the change adds', async () => {
    const result = await lint({ path: 'README.md', text, baseText: removeLines(text, 111, 114) });
    expect(rulesOf(result)).toEqual(['arxiv-abs@113']);
    expect(result.checked).toBe(1);
  });

  it('checks an entry the change only took a line out of', async () => {
    // Removing the empty line between the LoRA entry's title (79) and its authors (81).
    const result = await lint({ path: 'README.md', text: removeLines(text, 80, 80), baseText: text });
    expect(rulesOf(result)).toEqual(['blank-line@80']);
    expect(result.checked).toBe(1);
  });

  it('checks nothing when nothing changed', async () => {
    const result = await lint({ path: 'README.md', text, baseText: text });
    expect(result.findings).toEqual([]);
    expect(result.checked).toBe(0);
  });

  it('reports line-level rules only on the changed lines of a touched entry', async () => {
    // Change the title line of the entry at 111; its author line (113, with the /pdf/ link) is untouched.
    const changed = text.replace(
      'Residual Reparameterization,** ACL 2023.',
      'Residual Reparameterization,** ACL 2023.![](https://img.shields.io/badge/Prompt-orange)',
    );
    const result = await lint({ path: 'README.md', text: changed, baseText: text });
    expect(rulesOf(result)).toEqual(['badge-spacing@111']);
  });
});

describe('the prompt-style fixture', () => {
  it('reads its own palette from its Keywords Convention', async () => {
    expect((await lintText(readFixture(PROMPT_STYLE))).convention.badgeColors).toEqual([
      'blue',
      'red',
      'brown',
      'green',
    ]);
  });
});
