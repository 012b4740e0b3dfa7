/**
 * The review's opening reads (src/review/reads.ts): the lists' text is asked for first (the longest
 * answer, which the check waits for), the earlier posts last (needed only once the findings are
 * known), and the Action is told how many requests the check waits for, to load the engine after them.
 */
import { describe, expect, it } from '@jest/globals';
import type { GitHub, PullRequest } from '../src/github/api.js';
import { startReads } from '../src/review/reads.js';

const PR: PullRequest = {
  owner: 'thunlp',
  repo: 'DeltaPapers',
  number: 7,
  baseSha: 'b'.repeat(40),
  headSha: 'c'.repeat(40),
  author: 'contributor',
};

/** Notes each read (a file's at `head` or `base`) in the order it is asked for; each answers nothing. */
function recordingGitHub(asked: string[]): GitHub {
  const commit = (sha: string) => (sha === PR.headSha ? 'head' : sha === PR.baseSha ? 'base' : sha);
  const note = (what: string) => async (_pr: PullRequest, path?: string, ref?: string) => {
    asked.push([what, path, ref && commit(ref)].filter(Boolean).join(' '));
    return undefined;
  };
  return {
    fileText: note('fileText'),
    pullRequest: note('pullRequest'),
    changedFiles: note('changedFiles'),
    reviewComments: note('reviewComments'),
    reviews: note('reviews'),
  } as unknown as GitHub;
}

describe('startReads', () => {
  it('asks for the named lists at the head first, then the PR, config and files, then earlier posts', () => {
    const asked: string[] = [];
    const reads = startReads(recordingGitHub(asked), PR, {
      files: ['README.md', 'docs/*.md', 'papers/LIST.md'],
      configPath: '.github/paperlint.yml',
    });
    expect(asked).toEqual([
      'fileText README.md head',
      'fileText papers/LIST.md head',
      'pullRequest',
      'fileText .github/paperlint.yml base',
      'changedFiles',
      'reviewComments',
      'reviews',
    ]);
    // The glob names no file to read: only a list of the PR's files can resolve it.
    expect([...reads.headText.keys()]).toEqual(['README.md', 'papers/LIST.md']);
    // The check waits for all but the earlier posts.
    expect(reads.checkRequests).toBe(asked.length - 2);
  });
});
