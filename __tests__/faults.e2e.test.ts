/**
 * GitHub API faults, run against the fake GitHub with the bundled action: every fault ends in a
 * review posted once, a clear error, or the annotations fallback; never a crash, never a double post.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { DELTA, insertAfter, readFixture } from './helpers.js';
import { BASE_SHA, HEAD_SHA, openPullRequest, runAction } from './support/action-harness.js';
import type { FakeGitHub } from './support/fake-github.js';
import { fakeGitHubPerTest } from './support/per-test.js';

const BASE = readFixture(DELTA);
const ADDED = [
  '- **Scaling Instruction-Finetuned Language Models,** Preprint 2022. ![](https://img.shields.io/badge/Flan_T5-blue)',
  '',
  '  *Hyung Won Chung, Le Hou, Shayne Longpre*. [[pdf](https://arxiv.org/pdf/2210.11416.pdf)]',
  '',
].join('\n');
const HEAD = insertAfter(BASE, 118, ADDED);

const github = fakeGitHubPerTest();
let fake: FakeGitHub;
beforeEach(() => {
  fake = github();
  openPullRequest(fake, BASE, HEAD);
});

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |TypeError|ReferenceError/);
const statuses = (operation: string) =>
  fake.requests.filter((r) => r.operation === operation).map((r) => r.status);

describe('GitHub API faults', () => {
  it('401 (bad token): one clear error, nothing posted', async () => {
    const run = await runAction(fake, { token: 'expired-token' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::GitHub rejected the token (401 Bad credentials): check the `github-token` input.',
    );
    noStack(run.stdout + run.stderr);
    expect(fake.reviews).toHaveLength(0);
    expect(run.outputs.findings).toBe('0');
  });

  it('429 secondary rate limit with Retry-After: waits, retries, posts once', async () => {
    fake.faults.push({
      method: 'GET',
      path: /\/files$/,
      status: 429,
      times: 1,
      headers: { 'retry-after': '1' },
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    });
    const run = await runAction(fake);
    expect(statuses('pulls/list-files')).toEqual([429, 200]);
    expect(fake.reviews).toHaveLength(1);
    expect(run.stdout).toContain('rate limit on GET');
  });

  it('403 primary rate limit (remaining 0, reset soon): waits for the reset and retries', async () => {
    fake.faults.push({
      method: 'POST',
      path: /\/reviews$/,
      status: 403,
      times: 1,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1),
      },
      message: 'API rate limit exceeded',
    });
    await runAction(fake);
    expect(statuses('pulls/create-review')).toEqual([403, 200]);
    expect(fake.reviews).toHaveLength(1);
  });

  it('a rate limit longer than the bound: gives up with a clear error', async () => {
    fake.faults.push({
      method: 'GET',
      path: /\/files$/,
      status: 429,
      times: 5,
      headers: { 'retry-after': '3600' },
      message: 'You have exceeded a secondary rate limit.',
    });
    const run = await runAction(fake);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::paperlint failed: GitHub answered 429: You have exceeded a secondary rate limit/,
    );
    expect(statuses('pulls/list-files')).toEqual([429]);
    noStack(run.stdout + run.stderr);
  });

  it.each([
    [429, 'GET', /\/files$/, 'pulls/list-files', 'Too Many Requests'],
    [403, 'POST', /\/reviews$/, 'pulls/create-review', 'You have triggered an abuse detection mechanism.'],
  ] as const)(
    'a %d to %s with Retry-After, from a proxy or abuse detection: waits and retries once',
    async (status, method, path, operation, message) => {
      fake.faults.push({ method, path, status, times: 1, headers: { 'retry-after': '1' }, message });
      const run = await runAction(fake);
      expect(statuses(operation)).toEqual([status, 200]);
      expect(fake.reviews).toHaveLength(1);
      expect(run.stdout).toContain(`GitHub answered ${status} to ${method}`);
      expect(run.code).toBe(1); // the finding's error, not the fault
    },
  );

  it('Retry-After is honoured once per request', async () => {
    fake.faults.push({
      method: 'GET',
      path: /\/files$/,
      status: 429,
      times: 3,
      headers: { 'retry-after': '1' },
      message: 'Too Many Requests',
    });
    const run = await runAction(fake);
    expect(statuses('pulls/list-files')).toEqual([429, 429]);
    expect(run.stdout).toContain('::error::paperlint failed: GitHub answered 429: Too Many Requests');
    noStack(run.stdout + run.stderr);
  });

  it('404 for the file at the head commit: a notice, nothing checked, no crash', async () => {
    fake.contents.get(HEAD_SHA)!.delete('README.md');
    const run = await runAction(fake);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("::notice::README.md is not in the PR's head commit; skipped.");
    expect(fake.reviews).toHaveLength(0);
  });

  it('422 on the review: posts once more with every finding in the body', async () => {
    fake.faults.push({ method: 'POST', path: /\/reviews$/, status: 422, times: 1 });
    await runAction(fake);
    expect(statuses('pulls/create-review')).toEqual([422, 200]);
    expect(fake.comments).toHaveLength(0);
    expect(fake.reviews[0].body).toContain('line 121');
    expect(fake.reviews[0].body).toContain('arxiv-abs');
  });

  it('500 and a dropped connection: retried', async () => {
    fake.faults.push({ method: 'GET', path: /\/files$/, status: 500, times: 1 });
    fake.faults.push({ method: 'GET', path: /\/comments$/, status: 0, times: 1, hangUp: true });
    await runAction(fake);
    expect(statuses('pulls/list-files')).toEqual([500, 200]);
    expect(fake.reviews).toHaveLength(1);
  });

  it('a request that never answers: times out and is retried', async () => {
    fake.faults.push({ method: 'GET', path: /\/files$/, status: 0, times: 1, hold: true });
    const run = await runAction(fake, { env: { PAPERLINT_REQUEST_TIMEOUT_MS: '500' } });
    expect(statuses('pulls/list-files')).toEqual([0, 200]);
    expect(fake.reviews).toHaveLength(1);
    expect(run.code).toBe(1);
  });

  it('a review saved but its answer lost: not posted twice', async () => {
    fake.faults.push({ method: 'POST', path: /\/reviews$/, status: 200, times: 1, loseAnswer: true });
    const run = await runAction(fake);
    expect(fake.reviews).toHaveLength(1);
    expect(statuses('pulls/create-review')).toEqual([200]);
    expect(run.outputs['review-url']).toBe(fake.reviews[0].html_url);
  });

  it('a run killed after posting, then run again: no second review or comment', async () => {
    // The first run dies right after GitHub saved its review's submission (the answer never
    // arrives, and the look for it, after the listing and the check before submitting, is refused).
    fake.faults.push({ method: 'POST', path: /\/events$/, status: 200, times: 1, loseAnswer: true });
    fake.faults.push({ method: 'GET', path: /\/reviews$/, status: 401, times: 1, skip: 2 });
    const killed = await runAction(fake);
    expect(killed.code).toBe(1);
    expect(fake.reviews).toHaveLength(1);
    const again = await runAction(fake);
    expect(again.stdout).toContain('Nothing new since the last review');
    expect(fake.reviews).toHaveLength(1);
    expect(fake.comments).toHaveLength(1);
  });
});

describe('the files of a PR', () => {
  it('skips a deleted file, reads a renamed one from its old name, skips a binary one', async () => {
    fake.setFile(BASE_SHA, 'old/README.md', BASE);
    fake.setFile(HEAD_SHA, 'papers/README.md', HEAD);
    fake.setFile(HEAD_SHA, 'logo/README.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe]));
    fake.files = [
      { filename: 'gone/README.md', status: 'removed', patch: '@@ -1,2 +0,0 @@\n-a\n-b' },
      { filename: 'papers/README.md', status: 'renamed', previous_filename: 'old/README.md' },
      { filename: 'logo/README.md', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' },
    ];
    const run = await runAction(fake, { inputs: { files: '**/README.md' } });
    expect(run.stdout).toContain('::notice::logo/README.md at ccccccc is not UTF-8 text; skipped.');
    expect(fake.requests.some((r) => r.path.includes('gone'))).toBe(false);
    expect(fake.requests.some((r) => decodeURIComponent(r.path).endsWith('/contents/old/README.md'))).toBe(
      true,
    );
    expect(run.outputs).toMatchObject({ 'entries-checked': '1', errors: '1' });
    expect(fake.reviews[0].body).toContain('line 121');
  });

  describe('past GitHub’s 3,000-file listing (item 5)', () => {
    const beyondTheCap = () => {
      // pulls/files stops listing: the list is among the files it leaves out.
      fake.files = Array.from({ length: 120 }, (_, i) => ({
        filename: `data/${i}.json`,
        status: 'added' as const,
        patch: '@@ -0,0 +1 @@\n+{}',
      }));
      fake.pull.changedFiles = 3500;
    };

    it('reads a list named outright directly at the head, diffed from the merge base', async () => {
      beyondTheCap();
      const run = await runAction(fake);
      expect(run.stdout).toContain(
        '::notice::This PR changes 3500 files and GitHub lists only the first 120. Reading README.md directly at the head commit.',
      );
      expect(run.outputs).toMatchObject({ errors: '1', 'entries-checked': '1' });
      expect(fake.reviews[0].body).toContain('line 121');
      expect(fake.calls()).toContain('GET repos/compare-commits-with-basehead');
    });

    it('fails, saying why, when only a glob could find the lists', async () => {
      beyondTheCap();
      const run = await runAction(fake, { inputs: { files: '**/README.md' } });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        "::error::Lists matching **/README.md among the files past GitHub's listing could not be found",
      );
      expect(run.summary).toContain('could not be found');
    });
  });

  it('an empty list in the PR: nothing to check, no review', async () => {
    fake.setFile(HEAD_SHA, 'README.md', '');
    fake.files = [{ filename: 'README.md', status: 'modified', patch: '@@ -1,215 +0,0 @@' }];
    const run = await runAction(fake);
    expect(run.code).toBe(0);
    expect(run.outputs['entries-checked']).toBe('0');
    expect(fake.reviews).toHaveLength(0);
  });
});
