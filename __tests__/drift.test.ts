import { describe, expect, it } from '@jest/globals';
import { effectiveSettings, lint } from '../src/check/engine.js';

/**
 * A list of 46 older papers with bold titles, then its newest papers written without bold: 92% of
 * the list bolds its titles, but its newest fifth mostly does not any more.
 */
const entry = (title: string, id: string, bold: boolean) =>
  `- ${bold ? `**${title}**` : title}. [[pdf](https://arxiv.org/abs/${id})]`;
const older = Array.from({ length: 46 }, (_, i) =>
  entry(
    `Learning method number ${i + 1} for sequence models`,
    `1${5 + (i % 4)}0${1 + (i % 9)}.0${1000 + i}`,
    true,
  ),
);
const newest = (count: number, bold: boolean) =>
  Array.from({ length: count }, (_, i) =>
    entry(`A recent approach number ${i + 1} to model alignment`, `240${1 + i}.0${2000 + i}`, bold),
  );
const list = (entries: readonly string[]) => ['# Papers', '', '## Methods', '', ...entries, ''].join('\n');

describe('a trait the newest entries have left', () => {
  it('is not enforced, and --print-config says it drifted', async () => {
    const settings = await effectiveSettings(list([...newest(4, false), ...older]));
    expect(settings.style.titleBold).toBeNull();
    expect(settings.evidence.titleBold).toEqual({ agree: 46, of: 50, recent: { agree: 6, of: 10 } });
  });

  it('still holds when the newest entries keep it', async () => {
    const settings = await effectiveSettings(
      list([
        ...newest(4, true),
        ...older.slice(0, 42),
        ...older.slice(42).map((e) => e.replace(/\*\*/g, '')),
      ]),
    );
    expect(settings.style.titleBold).toBe(true);
  });

  it('lets a new entry follow the newest entries', async () => {
    const base = list([...newest(4, false), ...older]);
    const added = list([
      entry('Direct preference optimization in practice', '2406.09999', false),
      ...newest(4, false),
      ...older,
    ]);
    const result = await lint({ path: 'README.md', text: added, baseText: base });
    expect(result.checked).toBe(1);
    expect(result.findings.filter((f) => f.rule === 'title-format')).toEqual([]);
  });
});
