/**
 * The review runner from src/, in this process, against the fake GitHub and the fake arXiv
 * (issue 17): what a run does not know is never marked fixed or lifted, App tokens recognise their
 * own posts, "Fixed" lands on the finding that was fixed, a request for changes follows `fail-on`,
 * and two runs at once post one review.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GitHub, octokitOptions, octokitPlugins, type OctokitLike } from '../src/github/api.js';
import { REVIEW_MARKER } from '../src/review/plan.js';
import { DELTA, insertAfter, readFixture } from './helpers.js';
import { HEAD_SHA, openPullRequest } from './support/action-harness.js';
import { FakeArxiv } from './support/fake-arxiv.js';
import type { FakeGitHub } from './support/fake-github.js';
import { fakeGitHubPerTest } from './support/per-test.js';
import { runReview } from './support/review-harness.js';

const BASE = readFixture(DELTA);
const entry = (title: string, authors: string, link: string) =>
  [
    `- **${title},** ICML 2024. ![](https://img.shields.io/badge/X-blue) ![](https://img.shields.io/badge/NLU-orange)`,
    '',
    `  *${authors}*. [[pdf](${link})]`,
    '',
  ].join('\n');
/** DoRA's entry linking QLoRA's paper: an arxiv-metadata error, known only from arXiv's answer. */
const WRONG_PAPER = entry(
  'DoRA: Weight-Decomposed Low-Rank Adaptation',
  'Shih-Yang Liu, Chien-Yi Wang, Hongxu Yin',
  'https://arxiv.org/abs/2305.14314',
);
const RIGHT_PAPER = WRONG_PAPER.replace('2305.14314', '2402.09353');
/** A glued badge: a warning, whatever arXiv says. */
const GLUED = entry(
  'QLoRA: Efficient Finetuning of Quantized LLMs',
  'Tim Dettmers, Artidoro Pagnoni, Ari Holtzman, Luke Zettlemoyer',
  'https://arxiv.org/abs/2305.14314',
).replace('2024. ![]', '2024.![]');
/** The /pdf/ link: an error, whatever arXiv says. */
const PDF_LINK = entry(
  'Scaling Instruction-Finetuned Language Models',
  'Hyung Won Chung, Le Hou, Shayne Longpre',
  'https://arxiv.org/pdf/2210.11416.pdf',
);
const SECOND = 'd'.repeat(40);
const THIRD = 'e'.repeat(40);
const REQUEST_CHANGES = { reviewEvent: 'REQUEST_CHANGES' } as const;

const github = fakeGitHubPerTest();
let fake: FakeGitHub;
let arxiv: FakeArxiv;
beforeEach(async () => {
  fake = github();
  arxiv = new FakeArxiv();
  await arxiv.start();
});
afterEach(() => arxiv.stop());

const pr = (entries: string, headSha = HEAD_SHA) =>
  openPullRequest(fake, BASE, insertAfter(BASE, 118, entries), { headSha });
const writes = () => fake.requests.filter((r) => r.method !== 'GET');
const edits = () => fake.requests.filter((r) => r.operation === 'pulls/update-review-comment');
const dismissals = () => fake.requests.filter((r) => r.operation === 'pulls/dismiss-review');

describe('an arXiv outage never clears a review (item 1)', () => {
  it('keeps the findings arXiv did not answer for: nothing fixed, the request stands, the step fails', async () => {
    pr(WRONG_PAPER);
    const first = await runReview(fake, { arxivUrl: arxiv.url, review: REQUEST_CHANGES });
    expect(first.outcome.errors).toBe(1);
    expect(fake.reviews.map((r) => r.state)).toEqual(['CHANGES_REQUESTED']);
    expect(fake.comments.map((c) => /another paper/.test(c.body))).toEqual([true]);

    // The same head again, arXiv failing: what it would say is unknown.
    arxiv.faults = [{ kind: 'status', status: 404, times: 9 }];
    const outage = await runReview(fake, { arxivUrl: arxiv.url, review: REQUEST_CHANGES });
    expect(edits()).toEqual([]);
    expect(dismissals()).toEqual([]);
    expect(fake.comments[0].body).not.toContain('Fixed');
    expect(fake.reviews.map((r) => r.state)).toEqual(['CHANGES_REQUESTED']);
    expect(outage.outcome).toMatchObject({ errors: 1, warnings: 0, carried: [{ arxivId: '2305.14314' }] });
    const notice =
      "arXiv did not answer for 2305.14314: the last review's findings about that paper stand (1 error, 0 warnings), and none is marked fixed until arXiv answers.";
    expect(outage.notices).toContain(notice);
    expect(outage.summary).toContain('arXiv did not answer for 2305.14314');

    // arXiv back, the link fixed: now it is fixed, and the request is lifted.
    arxiv.faults = [];
    pr(RIGHT_PAPER, SECOND);
    const fixed = await runReview(fake, { headSha: SECOND, arxivUrl: arxiv.url, review: REQUEST_CHANGES });
    expect(fixed.outcome).toMatchObject({ errors: 0, carried: [] });
    expect(fake.comments[0].body).toContain('**Fixed** in ddddddd');
    expect(fake.reviews.map((r) => r.state)).toEqual(['DISMISSED']);
  });

  it('keeps them in `paperlint review --arxiv` too: exit 1 and the notice', async () => {
    pr(WRONG_PAPER);
    await runReview(fake, { arxivUrl: arxiv.url });
    arxiv.faults = [{ kind: 'status', status: 404, times: 9 }];
    const { REVIEW_COMMAND } = await import('../src/review/standalone.js');
    const { parseCommandLine } = await import('../src/args.js');
    const saved = { ...process.env };
    const said: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    const print = process.stdout.write.bind(process.stdout);
    Object.assign(process.env, {
      GITHUB_TOKEN: 'test-token',
      GITHUB_API_URL: fake.url,
      ARXIV_API_URL: arxiv.url,
    });
    process.stderr.write = ((text: string) => said.push(text) > 0) as typeof process.stderr.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      const args = ['--repo', `${fake.owner}/${fake.repo}`, '--pr', String(fake.number), '--arxiv'];
      const status = await REVIEW_COMMAND.run(parseCommandLine(args, REVIEW_COMMAND.options));
      expect(status).toBe(1);
    } finally {
      process.stderr.write = write;
      process.stdout.write = print;
      process.env = saved;
    }
    expect(said.join('')).toContain("arXiv did not answer for 2305.14314: the last review's findings");
    expect(edits()).toEqual([]);
  });
});

describe('GitHub App installation tokens (item 2)', () => {
  beforeEach(() => {
    fake.app = 'my-app';
  });

  it('recognises its own posts as `my-app[bot]`: a re-run posts nothing again', async () => {
    pr(PDF_LINK);
    await runReview(fake);
    expect(fake.reviews.map((r) => r.user.login)).toEqual(['my-app[bot]']);
    const again = await runReview(fake);
    expect(again.info).toContain('Nothing new since the last review: no review posted.');
    expect(fake.reviews).toHaveLength(1);
    expect(fake.comments).toHaveLength(1);
    // Learning who it is left nothing behind: no pending review.
    expect(fake.reviews.map((r) => r.state)).toEqual(['COMMENTED']);
  });

  it('lifts its own request for changes once the PR is fixed, and trusts no other identity', async () => {
    pr(PDF_LINK);
    await runReview(fake, { review: REQUEST_CHANGES });
    // github-actions[bot]'s copy of the markers, as if another workflow had posted them.
    fake.reviews.push({ ...fake.reviews[0], id: 1, user: { login: 'github-actions[bot]', type: 'Bot' } });
    pr(PDF_LINK.replace('pdf/2210.11416.pdf', 'abs/2210.11416'), SECOND);
    const run = await runReview(fake, { headSha: SECOND, review: REQUEST_CHANGES });
    expect(run.outcome.errors).toBe(0);
    expect(fake.reviews.map((r) => [r.user.login, r.state])).toEqual([
      ['my-app[bot]', 'DISMISSED'],
      ['github-actions[bot]', 'CHANGES_REQUESTED'],
    ]);
    expect(fake.comments[0].body).toContain('**Fixed** in ddddddd');
  });
});

describe('"Fixed" on the finding that was fixed (item 3)', () => {
  it('fixing one of two arXiv findings of an entry marks that one fixed, not the other', async () => {
    // A title one letter off and the first author missing: two warnings, on two lines.
    const twoSlips = entry(
      'Scaling Instruction-Finetuned Language Model',
      'Le Hou, Shayne Longpre',
      'https://arxiv.org/abs/2210.11416',
    );
    pr(twoSlips);
    await runReview(fake, { arxivUrl: arxiv.url });
    expect(fake.comments.map((c) => c.line)).toEqual([119, 121]);
    pr(twoSlips.replace('Language Model,', 'Language Models,'), SECOND);
    await runReview(fake, { headSha: SECOND, arxivUrl: arxiv.url });
    const [title, authors] = fake.comments;
    expect(title.body).toContain('**Fixed** in ddddddd');
    expect(authors.body).not.toContain('Fixed');
    expect(authors.body).toContain('first author');
  });
});

describe('a request for changes only for what fails the step (item 11)', () => {
  it('comments on warnings only, and lifts its request once only warnings are left', async () => {
    pr(GLUED);
    await runReview(fake, { review: REQUEST_CHANGES });
    expect(fake.reviews.map((r) => r.state)).toEqual(['COMMENTED']);

    pr(`${GLUED}\n${PDF_LINK}`, SECOND);
    await runReview(fake, { headSha: SECOND, review: REQUEST_CHANGES });
    expect(fake.reviews.map((r) => r.state)).toEqual(['COMMENTED', 'CHANGES_REQUESTED']);

    // The error fixed, the warning left: nothing fails the step (fail-on: error).
    pr(`${GLUED}\n${PDF_LINK.replace('pdf/2210.11416.pdf', 'abs/2210.11416')}`, THIRD);
    const run = await runReview(fake, { headSha: THIRD, review: REQUEST_CHANGES });
    expect(run.outcome).toMatchObject({ errors: 0, warnings: 1 });
    expect(fake.reviews.map((r) => r.state)).toEqual(['COMMENTED', 'DISMISSED']);
  });

  it('asks for changes on warnings with fail-on: warning', async () => {
    pr(GLUED);
    await runReview(fake, { review: { ...REQUEST_CHANGES, failOn: 'warning' } });
    expect(fake.reviews.map((r) => r.state)).toEqual(['CHANGES_REQUESTED']);
  });
});

describe("REQUEST_CHANGES on the token owner's own PR (item 10)", () => {
  it('falls back to a comment with a notice, instead of posting nothing', async () => {
    fake.tokenUser = { login: 'contributor', type: 'User' };
    pr(PDF_LINK);
    const run = await runReview(fake, { review: REQUEST_CHANGES });
    expect(run.outcome.failure).toBeUndefined();
    expect(fake.reviews.map((r) => r.state)).toEqual(['COMMENTED']);
    expect(fake.comments).toHaveLength(1);
    expect(run.notices.join('\n')).toContain(
      'GitHub does not let an account request changes on its own pull request',
    );
  });
});

describe('a list past the file listing (item 9)', () => {
  it('marks nothing fixed on a list a glob could not find', async () => {
    pr(PDF_LINK);
    await runReview(fake, { review: { files: ['**/*.md'] } });
    expect(fake.comments).toHaveLength(1);
    // A push past 3,000 files: GitHub lists others, and README.md is not among them.
    pr(PDF_LINK, SECOND);
    fake.files = [{ filename: 'other.txt', status: 'added', patch: '@@ -0,0 +1 @@\n+x' }];
    fake.pull.changedFiles = 3001;
    const run = await runReview(fake, { headSha: SECOND, review: { files: ['**/*.md'] } });
    expect(run.outcome.incomplete).toContain('could not be found');
    expect(edits()).toEqual([]);
    expect(fake.comments[0].body).not.toContain('Fixed');
  });
});

describe('answers GitHub should not give (items 12, 13)', () => {
  it('names the request whose answer is malformed', async () => {
    pr(PDF_LINK);
    fake.faults.push({ method: 'GET', path: /\/pulls\/7$/, status: 200, message: 'ok', times: 1 });
    await expect(runReview(fake)).rejects.toThrow(
      'GitHub\'s answer to GET /repos/thunlp/DeltaPapers/pulls/7 is not a pull request (no head.sha): {"message":"ok"}',
    );
  });

  it('says it could not connect, and to what, when nothing listens', async () => {
    pr(PDF_LINK);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const Rest = Octokit.plugin(...octokitPlugins);
    const octokit = new Rest({
      auth: 'test-token',
      baseUrl: url,
      ...octokitOptions(() => undefined),
      // No retries here: the message is what is tested, not the backoff.
      retry: { enabled: false },
    });
    const run = runReview(fake, { github: new GitHub(octokit as unknown as OctokitLike, REVIEW_MARKER) });
    await expect(run).rejects.toThrow(`Could not connect to GitHub at ${url} (connect ECONNREFUSED`);
  });
});

describe('two runs at once, no concurrency group (item 21)', () => {
  it('posts one review when both reach the post together', async () => {
    pr(`${PDF_LINK}\n${GLUED}`);
    // Both runs have read everything and planned a review before either creates it.
    let waiting: (() => void)[] = [];
    fake.gate = async (operation) => {
      if (operation !== 'pulls/create-review' || waiting === undefined) return;
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (waiting.length === 2) {
          waiting.forEach((release) => release());
          waiting = undefined as unknown as (() => void)[];
        }
      });
    };
    const [one, two] = await Promise.all([runReview(fake), runReview(fake)]);
    expect(fake.reviews.map((r) => r.state)).toEqual(['COMMENTED']);
    expect(fake.comments).toHaveLength(2);
    const notices = [...one.notices, ...two.notices];
    expect(notices).toContain(
      'Another paperlint run reviewed this commit while this one ran; leaving the review to it.',
    );
    expect([one.outcome.reviewUrl, two.outcome.reviewUrl].filter(Boolean)).toHaveLength(1);
  });

  it('submits a review at once after creating it, and keeps GitHub’s second between other writes', async () => {
    pr(`${PDF_LINK}\n${GLUED}`);
    const [one, two] = await Promise.all([runReview(fake), runReview(fake)]);
    expect(fake.reviews.map((r) => r.state)).toEqual(['COMMENTED']);
    expect([one.outcome.reviewUrl, two.outcome.reviewUrl].filter(Boolean)).toHaveLength(1);
    const gaps = writes()
      .slice(1)
      .map((write, index) => ({ operation: write.operation, after: write.at - writes()[index].at }));
    const submits = gaps.filter((gap) => gap.operation === 'pulls/submit-review');
    expect(submits).toHaveLength(1);
    expect(submits[0].after).toBeLessThan(500);
    // The other run's creation, and its deletion of what it created, each wait their second.
    const others = gaps.filter((gap) => gap.operation !== 'pulls/submit-review');
    expect(others.length).toBeGreaterThanOrEqual(2);
    for (const gap of others) expect(gap.after).toBeGreaterThanOrEqual(900);
  });

  it("deletes a killed run's pending review after waiting, and never a person's draft", async () => {
    pr(PDF_LINK);
    const leftover = (body: string) => ({
      id: 1,
      body,
      event: 'PENDING',
      state: 'PENDING',
      commit_id: HEAD_SHA,
      html_url: 'https://github.com/thunlp/DeltaPapers/pull/7#pullrequestreview-1',
      user: fake.poster(),
    });
    fake.reviews.push(leftover(`${REVIEW_MARKER}\n### paperlint`));
    await runReview(fake);
    expect(fake.reviews.map((r) => r.state)).toEqual(['COMMENTED']);

    fake.reviews = [leftover('Half-written thoughts on this PR')];
    fake.comments = [];
    const run = await runReview(fake);
    expect(String(run.outcome.failure)).toContain('has a pending review of this pull request');
    expect(fake.reviews).toEqual([leftover('Half-written thoughts on this PR')]);
    expect(writes().filter((r) => r.operation === 'pulls/delete-pending-review')).toHaveLength(1);
  });
});

describe('a PR that rewrites most entries is held to the base version (item 18)', () => {
  it('reports every /abs/ link turned into /pdf/ in a list whose guide asks for /abs/', async () => {
    const rewritten = BASE.replace(/arxiv\.org\/abs\//g, 'arxiv.org/pdf/');
    const changed = BASE.match(/arxiv\.org\/abs\//g)?.length ?? 0;
    openPullRequest(fake, BASE, rewritten);
    const run = await runReview(fake, {});
    expect(changed).toBeGreaterThan(20);
    expect(run.outcome.errors).toBeGreaterThanOrEqual(changed - 2);
  });
});
