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

  it('stays bounded on a complete rewrite of a large file', () => {
    const before = Array.from({ length: 20000 }, (_, i) => `old ${i}`);
    const after = Array.from({ length: 20000 }, (_, i) => (i % 2 ? `old ${i}` : `new ${i}`));
    const changed = lines(diffLines(before, after).changed);
    expect(changed).toHaveLength(10000);
    expect(changed[0]).toBe(1);
  });
});
