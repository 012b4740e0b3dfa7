/**
 * Runs the review runner from src/ in this process, against the fake GitHub (and, if given, the
 * fake arXiv), wired as `paperlint review` wires it: @octokit/rest with paperlint's plugins. The
 * Action's own tests run the bundle (action-harness.ts); these see the source as it is now. Every
 * request is asynchronous, so the fakes in this process answer while the run waits.
 */
import { Octokit } from '@octokit/rest';
import { arxivClient } from '../../src/arxiv/client.js';
import { GitHub, octokitOptions, octokitPlugins, type OctokitLike } from '../../src/github/api.js';
import { REVIEW_MARKER } from '../../src/review/plan.js';
import { reviewPullRequest, type ReviewOptions, type ReviewOutcome } from '../../src/review/run.js';
import { BASE_SHA, HEAD_SHA } from './action-harness.js';
import type { FakeGitHub } from './fake-github.js';

export interface ReviewRun {
  readonly outcome: ReviewOutcome;
  readonly notices: string[];
  readonly info: string[];
  readonly summary: string;
}

/** A GitHub client for the fake, as `paperlint review` builds it. */
export function githubFor(fake: FakeGitHub, pendingWaitsMs: readonly number[] = [10, 10]): GitHub {
  const RestWithPlugins = Octokit.plugin(...octokitPlugins);
  const octokit = new RestWithPlugins({
    auth: 'test-token',
    baseUrl: fake.url,
    ...octokitOptions(() => undefined),
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
  return new GitHub(octokit as unknown as OctokitLike, REVIEW_MARKER, pendingWaitsMs);
}

export async function runReview(
  fake: FakeGitHub,
  options: {
    headSha?: string;
    review?: Partial<ReviewOptions>;
    /** The fake arXiv's endpoint; without it arXiv is not asked. */
    arxivUrl?: string;
    github?: GitHub;
  } = {},
): Promise<ReviewRun> {
  const notices: string[] = [];
  const info: string[] = [];
  let summary = '';
  const arxiv = options.arxivUrl
    ? arxivClient({
        endpoint: options.arxivUrl,
        notice: (message) => notices.push(message),
        spacingMs: 0,
        retries: 0,
        timeoutMs: 2000,
      })
    : undefined;
  const outcome = await reviewPullRequest(
    options.github ?? githubFor(fake),
    {
      owner: fake.owner,
      repo: fake.repo,
      number: fake.number,
      baseSha: BASE_SHA,
      headSha: options.headSha ?? HEAD_SHA,
      author: fake.pull.author,
    },
    {
      files: ['README.md'],
      configPath: '.github/paperlint.yml',
      configRequired: false,
      reviewEvent: 'COMMENT',
      failOn: 'error',
      suggestions: true,
      maxComments: 30,
      serverUrl: 'https://github.com',
      papers: arxiv?.lookup,
      ...options.review,
    },
    {
      info: (message) => info.push(message),
      notice: (message) => notices.push(message),
      command: () => undefined,
      summary: async (markdown) => void (summary = markdown),
    },
  );
  return { outcome, notices, info, summary };
}
