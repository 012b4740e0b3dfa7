/**
 * Everything paperlint asks of GitHub, behind one small interface. Text is read through the API at
 * exact commit SHAs; nothing from a PR is checked out or run.
 */
import type { Octokit as CoreOctokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { RequestError } from '@octokit/request-error';
import { throttling } from '@octokit/plugin-throttling';

/** The part of an Octokit instance paperlint uses: both @actions/github's and @octokit/rest's fit. */
export interface OctokitLike {
  request(
    route: string,
    parameters?: Record<string, unknown>,
  ): Promise<{ data: unknown; headers: Record<string, unknown> }>;
  paginate(route: string, parameters?: Record<string, unknown>): Promise<unknown[]>;
}

export interface PullRequest {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  readonly baseSha: string;
  readonly headSha: string;
  readonly author: string;
}

/** The pull request as GitHub shows it now, which may be newer than the event that started the run. */
export interface PullRequestState {
  readonly headSha: string;
  readonly baseSha: string;
  readonly open: boolean;
  readonly merged: boolean;
  /** How many files the PR changes; `pulls/files` lists at most 3,000 of them. */
  readonly changedFiles: number;
}

export interface ChangedFile {
  readonly filename: string;
  readonly status: string;
  readonly previousFilename?: string;
  /** Missing when GitHub leaves out a large diff. */
  readonly patch?: string;
}

export interface ReviewComment {
  readonly id: number;
  readonly body: string;
  readonly path: string;
  readonly author: string;
  /** When it was last edited (marking a comment fixed edits it). */
  readonly updatedAt: string;
}

export interface Review {
  readonly id: number;
  readonly body: string;
  readonly commitId: string;
  readonly url: string;
  readonly author: string;
  readonly submittedAt: string;
  /** COMMENTED, CHANGES_REQUESTED, APPROVED, DISMISSED, PENDING. */
  readonly state: string;
}

export interface NewComment {
  readonly path: string;
  readonly line: number;
  readonly startLine?: number;
  readonly body: string;
}

/** Retry bounds: transient failures and rate limits are retried, a little, then reported. */
const MAX_RATE_LIMIT_RETRIES = 2;
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
const MAX_REVIEW_ATTEMPTS = 3;

/** A request that has not answered in this long is aborted, and then retried like a 5xx. */
const REQUEST_TIMEOUT_MS = Number(process.env.PAPERLINT_REQUEST_TIMEOUT_MS) || 30_000;

/**
 * Octokit's fetch waits forever by default; a hung connection must not hang the review. The abort
 * signal alone is not enough (the runner's proxy-aware fetch ignores it), so the wait is also
 * raced against a timer whose error the retry plugin treats like a 5xx.
 */
function requestTimeout(octokit: CoreOctokit) {
  octokit.hook.wrap('request', async (request, options) => {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(
          new RequestError(
            `GitHub did not answer ${options.method} ${options.url} in ${REQUEST_TIMEOUT_MS} ms`,
            500,
            {
              request: options,
            },
          ),
        );
      }, REQUEST_TIMEOUT_MS);
    });
    try {
      return await Promise.race([
        request({ ...options, request: { ...options.request, signal: controller.signal } }),
        timedOut,
      ]);
    } finally {
      clearTimeout(timer);
    }
  });
  return {};
}

/** Seconds a 403/429 answer's `Retry-After` asks to wait (a number or an HTTP date), if it has one. */
function retryAfterSeconds(error: unknown): number | undefined {
  const { status, response, message } = error as {
    status?: number;
    message?: string;
    response?: { headers?: Record<string, string | undefined> };
  };
  const headers = response?.headers ?? {};
  const value = headers['retry-after'];
  if ((status !== 403 && status !== 429) || value === undefined) return undefined;
  // What the throttling plugin recognises (a secondary limit, an exhausted primary limit) it handles.
  if (/\bsecondary rate\b/i.test(message ?? '') || headers['x-ratelimit-remaining'] === '0') return undefined;
  const seconds = /^\d+$/.test(value.trim()) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
  return Number.isNaN(seconds) ? undefined : Math.max(0, Math.ceil(seconds));
}

/**
 * `Retry-After` is the server's word, whoever sends it (a proxy, GitHub Enterprise, abuse
 * detection): a 403 or 429 carrying it is retried once, after the wait, within the same bound as
 * rate limits. The throttling plugin only knows GitHub's own rate-limit answers.
 */
function honourRetryAfter(octokit: CoreOctokit, octokitOptions: object) {
  const { onRetryAfter } = octokitOptions as { onRetryAfter?: (message: string) => void };
  octokit.hook.wrap('request', async (request, requestOptions) => {
    try {
      return await request(requestOptions);
    } catch (error) {
      const wait = retryAfterSeconds(error);
      if (wait === undefined || wait > MAX_RATE_LIMIT_WAIT_SECONDS) throw error;
      onRetryAfter?.(
        `GitHub answered ${(error as { status: number }).status} to ${requestOptions.method} ${requestOptions.url} ` +
          `with Retry-After: retrying once in ${wait}s`,
      );
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      return request(requestOptions);
    }
  });
  return {};
}

export const octokitPlugins = [requestTimeout, retry, throttling, honourRetryAfter];

export function octokitOptions(log: (message: string) => void) {
  const onLimit = (
    retryAfter: number,
    options: { method?: string; url?: string },
    _octokit: unknown,
    retryCount: number,
  ) => {
    const again = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
    log(
      `GitHub rate limit on ${options.method} ${options.url}: ${again ? `retrying in ${retryAfter}s` : 'giving up'}`,
    );
    return again;
  };
  return {
    throttle: { onRateLimit: onLimit, onSecondaryRateLimit: onLimit },
    onRetryAfter: log,
    // Rate limits (403, 429) are the throttling plugin's: it waits as long as GitHub asks, within the bound.
    retry: { retries: 3, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
  };
}

export class NotUtf8Error extends Error {}

type Author = { login: string } | null;

/** Who a `GITHUB_TOKEN` posts as. */
export const ACTIONS_BOT = 'github-actions[bot]';

export class GitHub {
  private login: Promise<string> | undefined;

  constructor(private readonly octokit: OctokitLike) {}

  /** Every page of one of the PR's lists. */
  private async listOfPr<T>(route: string, pr: PullRequest): Promise<T[]> {
    return (await this.octokit.paginate(route, {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      per_page: 100,
    })) as T[];
  }

  async changedFiles(pr: PullRequest): Promise<ChangedFile[]> {
    const files = await this.listOfPr<{
      filename: string;
      status: string;
      previous_filename?: string;
      patch?: string;
    }>('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', pr);
    return files.map((file) => ({
      filename: file.filename,
      status: file.status,
      previousFilename: file.previous_filename,
      patch: file.patch,
    }));
  }

  /** The file's text at a commit, or undefined when it does not exist there. */
  async fileText(
    pr: Pick<PullRequest, 'owner' | 'repo'>,
    path: string,
    ref: string,
  ): Promise<string | undefined> {
    try {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner: pr.owner,
        repo: pr.repo,
        path,
        ref,
        mediaType: { format: 'raw' },
      });
      if (typeof data === 'string') return data;
      const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : undefined;
      if (!bytes) throw new NotUtf8Error(`${path} at ${ref.slice(0, 7)} is not a file`);
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        throw new NotUtf8Error(`${path} at ${ref.slice(0, 7)} is not UTF-8 text`);
      }
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined;
      throw error;
    }
  }

  /** The PR as it is now: its head may have moved on since the event that started this run. */
  async pullRequest(pr: PullRequest): Promise<PullRequestState> {
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
    });
    const pull = data as {
      state?: string;
      merged?: boolean;
      changed_files?: number;
      head: { sha: string };
      base: { sha: string };
    };
    return {
      headSha: pull.head.sha,
      baseSha: pull.base.sha,
      open: pull.state !== 'closed',
      merged: pull.merged === true,
      changedFiles: pull.changed_files ?? 0,
    };
  }

  /** The commit the PR's diff starts from: where its head branched off the base. */
  async mergeBase(pr: PullRequest): Promise<string> {
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
      owner: pr.owner,
      repo: pr.repo,
      basehead: `${pr.baseSha}...${pr.headSha}`,
      per_page: 1,
    });
    return (data as { merge_base_commit: { sha: string } }).merge_base_commit.sha;
  }

  /**
   * The account this token posts as: only its markers are trusted, only its comments edited.
   * `GET /user` answers for a user's token; an Actions `GITHUB_TOKEN` (an installation token) gets
   * a 403 there and posts as `github-actions[bot]`.
   */
  identity(): Promise<string> {
    this.login ??= this.octokit.request('GET /user').then(
      ({ data }) => (data as { login: string }).login,
      (error: unknown) => {
        const status = (error as { status?: number }).status;
        if (status === 403 || status === 404) return ACTIONS_BOT;
        throw error;
      },
    );
    return this.login;
  }

  async reviewComments(pr: PullRequest): Promise<ReviewComment[]> {
    const comments = await this.listOfPr<{
      id: number;
      body: string;
      path: string;
      user: Author;
      updated_at: string;
    }>('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', pr);
    return comments.map((c) => ({
      id: c.id,
      body: c.body,
      path: c.path,
      author: c.user?.login ?? '',
      updatedAt: c.updated_at,
    }));
  }

  async reviews(pr: PullRequest): Promise<Review[]> {
    const reviews = await this.listOfPr<{
      id: number;
      body: string | null;
      commit_id: string | null;
      html_url: string;
      user: Author;
      submitted_at?: string;
      state: string;
    }>('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', pr);
    return reviews.map((r) => ({
      id: r.id,
      body: r.body ?? '',
      commitId: r.commit_id ?? '',
      url: r.html_url,
      author: r.user?.login ?? '',
      submittedAt: r.submitted_at ?? '',
      state: r.state,
    }));
  }

  /**
   * Posts a review, at most once. Creating a review is not idempotent: when an answer is lost (a
   * dropped connection, a 5xx after GitHub saved it), a blind retry would post it twice. So a failed
   * attempt is followed by a look at the PR's reviews, and retried only if it is not there.
   */
  async createReview(
    pr: PullRequest,
    review: { body: string; event: 'COMMENT' | 'REQUEST_CHANGES'; comments: readonly NewComment[] },
  ): Promise<string> {
    const post = () =>
      this.octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        commit_id: pr.headSha,
        event: review.event,
        body: review.body,
        comments: review.comments.map((c) =>
          c.startLine !== undefined && c.startLine < c.line
            ? {
                path: c.path,
                line: c.line,
                side: 'RIGHT',
                start_line: c.startLine,
                start_side: 'RIGHT',
                body: c.body,
              }
            : { path: c.path, line: c.line, side: 'RIGHT', body: c.body },
        ),
        request: { retries: 0 },
      });
    for (let attempt = 1; ; attempt++) {
      try {
        const { data } = await post();
        return (data as { html_url?: string }).html_url ?? '';
      } catch (error) {
        const status = (error as { status?: number }).status ?? 500;
        if (status < 500 || attempt >= MAX_REVIEW_ATTEMPTS) throw error;
        const self = await this.identity();
        const posted = (await this.reviews(pr)).find(
          (r) => r.author === self && r.body === review.body && r.commitId === pr.headSha,
        );
        if (posted) return posted.url;
        await new Promise((resolve) => setTimeout(resolve, attempt * 1000));
      }
    }
  }

  async editComment(pr: PullRequest, id: number, body: string): Promise<void> {
    await this.octokit.request('PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}', {
      owner: pr.owner,
      repo: pr.repo,
      comment_id: id,
      body,
    });
  }

  /** Dismisses a review that requested changes (or approved), with a message shown in its place. */
  async dismissReview(pr: PullRequest, reviewId: number, message: string): Promise<void> {
    await this.octokit.request(
      'PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals',
      {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        review_id: reviewId,
        message,
        event: 'DISMISS',
      },
    );
  }
}
