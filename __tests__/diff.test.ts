import { describe, expect, it } from '@jest/globals';
import { diffLines, hasLine, parsePatch } from '../src/read/diff.js';

const lines = (set: { ranges: readonly (readonly [number, number])[] }) =>
  set.ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));

describe('parsePatch', () => {
  const patch = [
    '@@ -10,4 +10,6 @@ heading',
    ' context',
    '-old',
    '+new',
    '+added',
    ' context',
    '\\ No newline at end of file',
    '@@ -40,2 +42,3 @@',
    ' a',
    '+b',
    ' c',
  ].join('\n');

  it('finds added lines and every line the hunks show', () => {
    const { changed, commentable } = parsePatch(patch);
    expect(lines(changed)).toEqual([11, 12, 43]);
    expect(lines(commentable)).toEqual([10, 11, 12, 13, 42, 43, 44]);
    expect(hasLine(commentable, 14)).toBe(false);
  });

  it('touches the lines either side of a deleted line', () => {
    const { changed, touched } = parsePatch('@@ -5,3 +5,2 @@\n a\n-b\n c');
    expect(lines(changed)).toEqual([]);
    expect(lines(touched)).toEqual([5, 6]);
  });

  it('does not touch the neighbours of a line replaced by another', () => {
    const { changed, touched } = parsePatch('@@ -5,3 +5,3 @@\n a\n-b\n+B\n c\n@@ -20,2 +20,1 @@\n x\n-y');
    expect(lines(changed)).toEqual([6]);
    expect(lines(touched)).toEqual([6, 20, 21]);
  });
});

describe('changedLines', () => {
  it('puts an insertion where git would, after the common head', () => {
    const before = ['# L', '', '- a', '', '- b', ''];
    const after = ['# L', '', '- a', '', '- new', '', '- b', ''];
    expect(lines(diffLines(before, after).changed)).toEqual([5, 6]);
  });

  it('finds scattered edits', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f'];
    const after = ['a', 'B', 'c', 'd', 'x', 'e', 'f'];
    expect(lines(diffLines(before, after).changed)).toEqual([2, 5]);
  });

  it('treats every line of a new file as changed', () => {
    expect(lines(diffLines([], ['a', 'b']).changed)).toEqual([1, 2]);
  });

  it('changes no line on a deletion, but touches the lines either side of it', () => {
    const change = diffLines(['a', 'b', 'c', 'd'], ['a', 'c', 'd']);
    expect(lines(change.changed)).toEqual([]);
    expect(lines(change.touched)).toEqual([1, 2]);
  });

  it('touches the lines beside a deletion next to an edit', () => {
    const change = diffLines(['a', 'b', 'c', 'd', 'e', 'f'], ['a', 'B', 'c', 'e', 'f']);
    expect(lines(change.changed)).toEqual([2]);
    expect(lines(change.touched)).toEqual([2, 3, 4]);
  });

  it('does not touch the rows beside a row replaced by another', () => {
    const before = ['| a | 1 |', '| b | 2 |', '| c | 3 |'];
    const change = diffLines(before, ['| a | 1 |', '| b | 2, with a link |', '| c | 3 |']);
    expect(lines(change.changed)).toEqual([2]);
    expect(lines(change.touched)).toEqual([2]);
  });

  it('touches nothing when whole items or the blank lines between them are taken out', () => {
    const before = [
      '- **Attention Is All You Need**, NeurIPS 2017 [[paper](https://arxiv.org/abs/1706.03762)]',
      '',
      '- **Deep Residual Learning for Image Recognition**, CVPR 2016',
      '- **Adam: A Method for Stochastic Optimization**, ICLR 2015',
    ];
    const blankGone = diffLines(before, [before[0], before[2], before[3]]);
    expect(lines(blankGone.touched)).toEqual([]);
    const itemGone = diffLines(before, [before[0], before[1], before[3]]);
    expect(lines(itemGone.touched)).toEqual([]);
    // Paragraph entries: one of two blank lines between them taken out.
    const paragraphs = [
      '**Attention Is All You Need.**  ',
      'Ashish Vaswani.',
      '',
      '',
      '**Adam.**  ',
      'Diederik P. Kingma.',
    ];
    const spaced = diffLines(paragraphs, [...paragraphs.slice(0, 3), ...paragraphs.slice(4)]);
    expect(lines(spaced.touched)).toEqual([]);
    const patch = parsePatch(`@@ -1,4 +1,3 @@\n ${before[0]}\n-\n ${before[2]}\n ${before[3]}`);
    expect(lines(patch.touched)).toEqual([]);
  });

  it('touches the entry a blank line or a link line was taken out of', () => {
    const before = [
      '- **Attention Is All You Need**',
      '',
      '  Ashish Vaswani',
      '  [[pdf]](https://arxiv.org/abs/1706.03762)',
      '- **Next**',
    ];
    const blankGone = diffLines(before, [before[0], before[2], before[3], before[4]]);
    expect(lines(blankGone.touched)).toEqual([1, 2]);
    const linkGone = diffLines(before, [before[0], before[1], before[2], before[4]]);
    expect(lines(linkGone.touched)).toEqual([3]);
    // The title taken out leaves its author line: that line is what is left of the entry.
    const titleGone = parsePatch('@@ -1,4 +1,3 @@\n- **Attention Is All You Need**\n-\n   Ashish Vaswani');
    expect(lines(titleGone.touched)).toEqual([1]);
    const inside = parsePatch('@@ -1,3 +1,2 @@\n - **Attention Is All You Need**\n-\n   Ashish Vaswani');
    expect(lines(inside.touched)).toEqual([1, 2]);
  });

  it('touches the entry a link line was emptied in, as if the line were taken out', () => {
    const before = [
      '* **Attention Is All You Need**',
      'Ashish Vaswani',
      '[[page]](https://arxiv.org/abs/1706.03762)',
      '',
      '* **Next**',
    ];
    const emptied = diffLines(before, [before[0], before[1], '    ', before[3], before[4]]);
    expect(lines(emptied.changed)).toEqual([3]);
    expect(lines(emptied.touched)).toEqual([2, 3]);
    const patch = parsePatch(
      `@@ -1,4 +1,4 @@\n ${before[0]}\n ${before[1]}\n-${before[2]}\n+    \n ${before[3]}`,
    );
    expect(lines(patch.touched)).toEqual([2, 3]);
  });

  it('touches the entry above an indented line replaced by another', () => {
    const before = ['- **Attention Is All You Need**', '  Ashish Vaswani, Noam Shazeer', '- **Next**'];
    const change = diffLines(before, [
      '- **Attention Is All You Need**',
      '- Ashish Vaswani, Noam Shazeer',
      '- **Next**',
    ]);
    expect(lines(change.changed)).toEqual([2]);
    expect(lines(change.touched)).toEqual([1, 2]);
    const patch = parsePatch('@@ -1,3 +1,3 @@\n a\n-  b\n+- b\n c');
    expect(lines(patch.touched)).toEqual([1, 2]);
  });

  it('stays bounded on a complete rewrite of a large file', () => {
    const before = Array.from({ length: 20000 }, (_, i) => `old ${i}`);
    const after = Array.from({ length: 20000 }, (_, i) => (i % 2 ? `old ${i}` : `new ${i}`));
    const changed = lines(diffLines(before, after).changed);
    expect(changed).toHaveLength(10000);
    expect(changed[0]).toBe(1);
  });
});
