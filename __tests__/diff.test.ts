import { describe, expect, it } from '@jest/globals';
import { changedLines, hasLine, parsePatch } from '../src/core/diff.js';

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
});

describe('changedLines', () => {
  it('puts an insertion where git would, after the common head', () => {
    const before = ['# L', '', '- a', '', '- b', ''];
    const after = ['# L', '', '- a', '', '- new', '', '- b', ''];
    expect(lines(changedLines(before, after))).toEqual([5, 6]);
  });

  it('finds scattered edits', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f'];
    const after = ['a', 'B', 'c', 'd', 'x', 'e', 'f'];
    expect(lines(changedLines(before, after))).toEqual([2, 5]);
  });

  it('treats every line of a new file as changed', () => {
    expect(lines(changedLines([], ['a', 'b']))).toEqual([1, 2]);
  });

  it('finds nothing for a deletion', () => {
    expect(lines(changedLines(['a', 'b', 'c'], ['a', 'c']))).toEqual([]);
  });

  it('stays bounded on a complete rewrite of a large file', () => {
    const before = Array.from({ length: 20000 }, (_, i) => `old ${i}`);
    const after = Array.from({ length: 20000 }, (_, i) => (i % 2 ? `old ${i}` : `new ${i}`));
    const changed = lines(changedLines(before, after));
    expect(changed).toHaveLength(10000);
    expect(changed[0]).toBe(1);
  });
});
