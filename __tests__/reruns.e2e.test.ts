/**
 * Runs that meet other runs, other accounts and other pushes: a stale event, two runs at once,
 * markers written by someone else, a token that belongs to the PR's author, and pushes after which
 * a list cannot be read; and runs that start from bad input. The bundled action against the fake
 * GitHub.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { DELTA, insertAfter, readFixture } from './helpers.js';
import { HEAD_SHA, openPullRequest, runAction } from './support/action-harness.js';
import type { FakeGitHub } from './support/fake-github.js';
import { fakeGitHubPerTest } from './support/per-test.js';

const BASE = readFixture(DELTA);
const PDF_LINK = [
  '- **Scaling Instruction-Finetuned Language Models,** Preprint 2022. ![](https://img.shields.io/badge/Flan_T5-blue)',
  '',
  '  *Hyung Won Chung, Le Hou, Shayne Longpre*. [[pdf](https://arxiv.org/pdf/2210.11416.pdf)]',
  '',
].join('\n');
const HEAD = insertAfter(BASE, 118, PDF_LINK);
const FIXED_HEAD = HEAD.replace('arxiv.org/pdf/2210.11416.pdf', 'arxiv.org/abs/2210.11416');
const NEW_SHA = 'd'.repeat(40);
const THIRD_SHA = 'e'.repeat(40);
const MALLORY = { login: 'mallory', type: 'User' as const };

const github = fakeGitHubPerTest();
let fake: FakeGitHub;
beforeEach(() => {
  fake = github();
  openPullRequest(fake, BASE, HEAD);
});

const patches = () => fake.requests.filter((r) => r.method === 'PATCH');

describe('a run for an older head (item 1)', () => {
  it('stands down when the PR has moved on since the event: no review from mixed commits', async () => {
    // The newer push fixed the PDF link and added a new error elsewhere; GitHub's file list and
    // patches describe it, while the event still names the old head.
    const newer = insertAfter(
      FIXED_HEAD,
      60,
      '- **Glued,** ACL 2023.![](https://img.shields.io/badge/G-blue)\n\n  *A. Author*. [[pdf](https://arxiv.org/abs/2301.00001)]\n',
    );
    openPullRequest(fake, BASE, newer, { headSha: NEW_SHA });
    const run = await runAction(fake, { headSha: HEAD_SHA });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '::notice::This run is for an older commit of the pull request; ddddddd has been pushed since.',
    );
    expect(fake.reviews).toHaveLength(0);
    expect(run.summary).toContain('ddddddd has been pushed since');
    expect(run.outputs).toMatchObject({ findings: '0', 'review-url': '' });
  });

  it('stands down when a push lands while it runs', async () => {
    fake.onRequest = (operation) => {
      if (operation === 'pulls/list-files') {
        openPullRequest(fake, BASE, FIXED_HEAD, { headSha: NEW_SHA });
      }
    };
    const run = await runAction(fake);
    expect(run.stdout).toContain('ddddddd has been pushed since');
    expect(fake.reviews).toHaveLength(0);
  });
});

describe('two runs on one PR at once (item 2)', () => {
  it('stands down when another run reviewed the same head while this one ran', async () => {
    let listings = 0;
    fake.onRequest = (operation) => {
      if (operation !== 'pulls/list-reviews' || ++listings !== 2) return;
      // The other run (opened + synchronize) posts its review just before this one would.
      fake.reviews.push({
        id: 1,
        body: '<!-- paperlint review -->\n### paperlint\n\n(the other run)',
        event: 'COMMENT',
        state: 'COMMENTED',
        commit_id: HEAD_SHA,
        html_url: 'https://github.com/thunlp/DeltaPapers/pull/7#pullrequestreview-1',
        user: fake.poster(),
        submitted_at: new Date().toISOString(),
      });
    };
    const run = await runAction(fake);
    expect(run.stdout).toContain('Another paperlint run reviewed this commit while this one ran');
    expect(fake.reviews.map((r) => r.id)).toEqual([1]);
    expect(fake.comments).toHaveLength(0);
    expect(run.outputs).toMatchObject({ errors: '1', 'review-url': '' });
  });
});

describe('whose markers count (item 3)', () => {
  it('ignores a review by another account that copies paperlint’s markers', async () => {
    await runAction(fake);
    expect(fake.reviews).toHaveLength(1);
    // Mallory posts the same bodies, markers and all, and paperlint's own are gone.
    for (const item of [...fake.reviews, ...fake.comments]) item.user = MALLORY;
    const run = await runAction(fake);
    expect(run.stdout).not.toContain('Nothing new since the last review');
    expect(fake.reviews.filter((r) => r.user.login === 'github-actions[bot]')).toHaveLength(1);
    expect(fake.comments.filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1);
  });

  it('never edits a comment another account wrote, whatever its marker says', async () => {
    await runAction(fake);
    fake.comments[0].user = MALLORY;
    openPullRequest(fake, BASE, FIXED_HEAD, { headSha: NEW_SHA });
    const run = await runAction(fake, { headSha: NEW_SHA });
    expect(patches()).toEqual([]);
    expect(fake.comments[0].body).not.toContain('Fixed');
    expect(run.stdout).not.toContain('pull_request_target');
    expect(run.code).toBe(0);
  });

  it('trusts its own markers when the token belongs to the PR’s author', async () => {
    fake.tokenUser = { login: 'contributor', type: 'User' };
    await runAction(fake);
    const again = await runAction(fake);
    expect(again.stdout).toContain('Nothing new since the last review');
    expect(fake.reviews).toHaveLength(1);
    expect(fake.reviews[0].user.login).toBe('contributor');
  });

  it('carries on when marking a comment fixed is refused (404: deleted meanwhile)', async () => {
    await runAction(fake);
    openPullRequest(fake, BASE, FIXED_HEAD, { headSha: NEW_SHA });
    fake.faults.push({ method: 'PATCH', path: /\/comments\/\d+$/, status: 404, times: 1 });
    const run = await runAction(fake, { headSha: NEW_SHA });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Could not mark comment');
    expect(run.stdout).not.toContain('pull_request_target');
    expect(run.outputs).toMatchObject({ findings: '0', 'entries-checked': '1' });
    expect(run.summary).toContain('Nothing to fix');
  });
});

describe('"Fixed" only when it is (item 4)', () => {
  it('marks nothing fixed when the list cannot be read at the new head (404)', async () => {
    await runAction(fake);
    openPullRequest(fake, BASE, FIXED_HEAD, { headSha: NEW_SHA });
    fake.contents.get(NEW_SHA)!.delete('README.md');
    const run = await runAction(fake, { headSha: NEW_SHA });
    expect(run.stdout).toContain("README.md is not in the PR's head commit; skipped.");
    expect(patches()).toEqual([]);
    expect(fake.comments[0].body).not.toContain('Fixed');
  });

  it('marks nothing fixed when the list was re-saved as UTF-16', async () => {
    await runAction(fake);
    openPullRequest(fake, BASE, FIXED_HEAD, { headSha: NEW_SHA });
    fake.setFile(NEW_SHA, 'README.md', Buffer.from(`\ufeff${FIXED_HEAD}`, 'utf16le'));
    const run = await runAction(fake, { headSha: NEW_SHA });
    expect(run.stdout).toContain('README.md at ddddddd is not UTF-8 text; skipped.');
    expect(patches()).toEqual([]);
  });

  it('reports a finding again when it comes back after being fixed', async () => {
    await runAction(fake);
    openPullRequest(fake, BASE, FIXED_HEAD, { headSha: NEW_SHA });
    await runAction(fake, { headSha: NEW_SHA });
    expect(fake.comments[0].body).toContain('**Fixed** in ddddddd');
    openPullRequest(fake, BASE, HEAD, { headSha: THIRD_SHA });
    const back = await runAction(fake, { headSha: THIRD_SHA });
    expect(back.stdout).not.toContain('Nothing new since the last review');
    expect(fake.reviews).toHaveLength(2);
    expect(fake.comments).toHaveLength(2);
    expect(fake.comments[1].body).toContain('arxiv-abs');
  });
});

describe('bad starts (item 11)', () => {
  const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |SyntaxError/);

  it.each([
    [
      'a malformed event file',
      '{"pull_request": {"number": 7,',
      '::error::The event file is not valid JSON: ',
    ],
    [
      'a pull_request without its commits',
      '{"action": "opened", "pull_request": {"number": 7}}',
      '::error::The event file’s pull_request has no number, base.sha or head.sha: it is malformed.',
    ],
    [
      'no event file at all',
      null,
      '::error::The event file GITHUB_EVENT_PATH names cannot be read (ENOENT): ',
    ],
  ])('%s: fails with one clear line', async (_, eventText, message) => {
    const run = await runAction(fake, { eventText });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(message);
    noStack(run.stdout + run.stderr);
    expect(fake.requests).toEqual([]);
  });

  it('fails when the config input names a file the base branch does not have', async () => {
    const run = await runAction(fake, { inputs: { config: '.github/paperlint.yaml' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::.github/paperlint.yaml is not on the base branch (bbbbbbb): check the `config` input.',
    );
    expect(fake.reviews).toHaveLength(0);
  });

  it('leaves a merged pull request alone, whatever the event (labeled)', async () => {
    fake.pull.state = 'closed';
    fake.pull.merged = true;
    const run = await runAction(fake, { action: 'labeled' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::notice::The pull request is merged; nothing to review.');
    expect(fake.reviews).toHaveLength(0);
  });
});
