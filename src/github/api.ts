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
  readonly authorType: string;
}

export interface Review {
  readonly id: number;
  readonly body: string;
  readonly commitId: string;
  readonly url: string;
  readonly author: string;
  readonly authorType: string;
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

export const octokitPlugins = [requestTimeout, retry, throttling];

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
    // Rate limits (403, 429) are the throttling plugin's: it waits as long as GitHub asks, within the bound.
    retry: { retries: 3, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
  };
}

export class NotUtf8Error extends Error {}

type Author = { login: string; type: string } | null;

export class GitHub {
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
  async fileText(pr: PullRequest, path: string, ref: string): Promise<string | undefined> {
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

  async reviewComments(pr: PullRequest): Promise<ReviewComment[]> {
    const comments = await this.listOfPr<{ id: number; body: string; path: string; user: Author }>(
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments',
      pr,
    );
    return comments.map((c) => ({
      id: c.id,
      body: c.body,
      path: c.path,
      author: c.user?.login ?? '',
      authorType: c.user?.type ?? '',
    }));
  }

  async reviews(pr: PullRequest): Promise<Review[]> {
    const reviews = await this.listOfPr<{
      id: number;
      body: string | null;
      commit_id: string | null;
      html_url: string;
      user: Author;
      state: string;
    }>('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', pr);
    return reviews.map((r) => ({
      id: r.id,
      body: r.body ?? '',
      commitId: r.commit_id ?? '',
      url: r.html_url,
      author: r.user?.login ?? '',
      authorType: r.user?.type ?? '',
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
        const posted = (await this.reviews(pr)).find(
          (r) => r.body === review.body && r.commitId === pr.headSha,
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
