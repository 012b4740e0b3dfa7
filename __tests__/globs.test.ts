import { describe, expect, it } from '@jest/globals';
import { globMatcher } from '../src/review/globs.js';
import { parseGlobs } from '../src/review/patterns.js';

const CHANGED = [
  'README.md',
  'readme.md',
  'docs/Papers.markdown',
  'docs/old/README.md',
  'x/README.md',
  'a.txt',
];
const matching = (input: string) => CHANGED.filter(globMatcher(parseGlobs(input)).matches);

describe('the files input', () => {
  it('splits on new lines and on commas outside braces', () => {
    expect(parseGlobs('README.md, docs/*.md\n\n  *.{md,markdown} ,!x/**')).toEqual([
      'README.md',
      'docs/*.md',
      '*.{md,markdown}',
      '!x/**',
    ]);
  });

  it.each([
    ['README.md', ['README.md', 'readme.md']],
    ['./README.md', ['README.md', 'readme.md']],
    ['[Rr]eadme.md', ['README.md', 'readme.md']],
    ['*.{md,markdown}', ['README.md', 'readme.md']],
    [
      '**/*.{md,markdown}',
      ['README.md', 'readme.md', 'docs/Papers.markdown', 'docs/old/README.md', 'x/README.md'],
    ],
    ['**/README.md, !x/**', ['README.md', 'readme.md', 'docs/old/README.md']],
    ['docs/*', ['docs/Papers.markdown']],
    ['docs/**', ['docs/Papers.markdown', 'docs/old/README.md']],
    ['?.txt', ['a.txt']],
    ['!README.md', []],
  ])('%s matches %j (case ignored, * within a folder, ** across)', (input, expected) => {
    expect(matching(input)).toEqual(expected);
  });

  it('names the patterns that matched no changed file', () => {
    const matcher = globMatcher(parseGlobs('README.md, docs/**/*.md, *.txt, !a.txt'));
    expect(matcher.unmatched(CHANGED)).toEqual(['*.txt']);
    expect(matcher.unmatched(['a.txt'])).toEqual(['README.md', 'docs/**/*.md', '*.txt']);
  });
});
