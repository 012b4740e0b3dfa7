/**
 * Everything paperlint asks of GitHub, behind one small interface. Text is read through the API at
 * exact commit SHAs; nothing from a PR is checked out or run.
 */
import type { Octokit as CoreOctokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { RequestError } from '@octokit/request-error';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { GitHubError } from '../errors.js';

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
  /** Who opened it. */
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
  /** The review it belongs to: a pending review's comments are not posted yet. */
  readonly reviewId: number;
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
  /** Empty while the review is pending. */
  readonly submittedAt: string;
  /** COMMENTED, CHANGES_REQUESTED, APPROVED, DISMISSED, PENDING. */
  readonly state: string;
}

/** A review created pending: visible only to the account that wrote it, until it is submitted. */
export interface PendingReview {
  readonly id: number;
  /** Who the token posts as, as GitHub wrote it on the review. */
  readonly author: string;
}

export type ReviewEvent = 'COMMENT' | 'REQUEST_CHANGES';

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
const NO_ANSWER = 'GitHub did not answer';

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
          new RequestError(`${NO_ANSWER} ${options.method} ${options.url} in ${REQUEST_TIMEOUT_MS} ms`, 500, {
            request: options,
          }),
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

/** GitHub asks for this long between writes (POST, PATCH, PUT, DELETE): its secondary rate limits. */
const WRITE_SPACING_MS = 1000;
/** Submitting a review created pending: the second half of posting one review. */
const SUBMIT_REVIEW = 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events';
/** When the next write may start. One per process, as the throttling plugin kept it: one token writes. */
let nextWrite = 0;

/**
 * Writes a second apart, as GitHub asks, but for one: a review's submit goes at once after the
 * review was created pending. The second there guarded nothing and cost every review a second.
 * Two runs on one commit are kept from both posting by the pending review itself (GitHub keeps one
 * per account and PR: another run's creation is refused until this one's is submitted or deleted)
 * and by the PR's reviews read right after creating it, before submitting (postReview in
 * review/run.ts); the second was spent after that read, holding the pending review, which only
 * kept a run waiting on it waiting longer, nearer to taking it for a killed run's leftover. Any
 * other write still waits its turn, and a write after the submit waits a second from it.
 * The throttling plugin spaced every write alike (it is not told the route); its spacing is
 * switched off in octokitOptions, and this takes its place, inside it: a write the plugin retries
 * after a rate limit is spaced again.
 */
function spaceWrites(octokit: CoreOctokit) {
  octokit.hook.wrap('request', async (request, options) => {
    const { method, url } = options;
    if (method === 'GET' || method === 'HEAD') return request(options);
    const now = Date.now();
    const start = `${method} ${url}` === SUBMIT_REVIEW ? now : Math.max(now, nextWrite);
    nextWrite = start + WRITE_SPACING_MS;
    if (start > now) await sleep(start - now);
    return request(options);
  });
  return {};
}

/** The throttling plugin's group that spaces writes, as one that lets each through: spaceWrites spaces them. */
const WRITES_LET_THROUGH = {
  key: () => ({ schedule: (_options: unknown, job: () => Promise<unknown>) => job() }),
} as unknown as NonNullable<ThrottlingOptions['write']>;

export const octokitPlugins = [
  requestTimeout,
  retry,
  spaceWrites,
  throttling,
  honourRetryAfter,
  connectionFailures,
];

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
    throttle: { onRateLimit: onLimit, onSecondaryRateLimit: onLimit, write: WRITES_LET_THROUGH },
    onRetryAfter: log,
    // Rate limits (403, 429) are the throttling plugin's: it waits as long as GitHub asks, within the bound.
    retry: { retries: 3, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
  };
}

export class NotUtf8Error extends Error {}

type Author = { login: string } | null;

/** GitHub answered a request, but not with what it asks for (a proxy's page, a broken mirror). */
export class UnexpectedAnswerError extends GitHubError {}

/** GitHub could not be reached at all (no HTTP answer), after the retries. */
export class UnreachableError extends GitHubError {}

/**
 * A request that got no HTTP answer is retried like a 5xx (the retry plugin sees status 500); after
 * the retries it is said for what it is, a connection that failed, naming where to, never
 * "GitHub answered 500". Outermost of the plugins, so it sees only the final failure.
 */
function connectionFailures(octokit: CoreOctokit) {
  octokit.hook.wrap('request', async (request, options) => {
    try {
      return await request(options);
    } catch (error) {
      const { status, response } = error as { status?: number; response?: unknown };
      if (!(error instanceof RequestError) || status !== 500 || response !== undefined) throw error;
      if (error.message.startsWith(NO_ANSWER)) throw new UnreachableError(error.message);
      throw new UnreachableError(
        `Could not connect to GitHub at ${options.baseUrl} (${failureReason(error)})`,
      );
    }
  });
  return {};
}

/** The system's word for a failed connection (`connect ECONNREFUSED 127.0.0.1:1`), from the causes. */
function failureReason(error: Error): string {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (typeof code === 'string')
      return typeof message === 'string' && message.includes(code) ? message : code;
  }
  return error.message.split('\n')[0];
}

/** Why GitHub refused a request with 422, from its message and errors. */
export type Refusal = 'a pending review exists' | 'own pull request' | 'invalid';

export function refusal(error: unknown): Refusal | undefined {
  const { status, response } = error as { status?: number; response?: { data?: unknown } };
  if (status !== 422) return undefined;
  const data = response?.data as { message?: unknown; errors?: unknown } | undefined;
  const said = [data?.message, ...(Array.isArray(data?.errors) ? data.errors : [])]
    .map((item) => (typeof item === 'string' ? item : JSON.stringify(item)))
    .join(' ');
  if (/one pending review/i.test(said)) return 'a pending review exists';
  if (/your own pull request/i.test(said)) return 'own pull request';
  return 'invalid';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` at a dotted path, if every step is an object. */
function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), value);
}

/**
 * The answer, checked for the fields paperlint reads (`name: type`, `?` for optional or null), so a
 * malformed one ends in a sentence naming the request, not a TypeError deep inside the run.
 */
function checked<T>(answer: unknown, request: string, what: string, fields: Record<string, string>): T {
  const wrong = Object.entries(fields).find(([path, type]) => {
    const value = at(answer, path);
    if (type.endsWith('?') && (value === undefined || value === null)) return false;
    return typeof value !== type.replace('?', '');
  });
  if (isRecord(answer) && wrong === undefined) return answer as T;
  const shown = JSON.stringify(answer) ?? String(answer);
  throw new UnexpectedAnswerError(
    `GitHub's answer to ${request} is not ${what}` +
      `${wrong ? ` (no ${wrong[0]})` : ''}: ${shown.length > 80 ? `${shown.slice(0, 80)}…` : shown}`,
  );
}

/** Every item of a listing, checked like one answer. */
function checkedList<T>(items: unknown, request: string, what: string, fields: Record<string, string>): T[] {
  if (!Array.isArray(items)) return [checked<T>(items, request, `a list of ${what}`, {})];
  return items.map((item) => checked<T>(item, request, what, fields));
}

/**
 * Waits before trying again to create a review while another run's is pending. A run submits its
 * pending review within a request or two; one pending longer is taken for a killed run's leftover.
 * Taking a live run's for one is safe too: its submission then fails, and it stands down.
 */
const PENDING_WAITS_MS = [1000, 2000];

/** The account that wrote a pending review left by a person (a personal token's own draft). */
export class PendingDraftError extends GitHubError {}

export class GitHub {
  private login: Promise<string> | undefined;

  /**
   * @param reviewMarker what paperlint's review bodies start with: a pending review that starts so
   *   is a run's (this one's, another's, or a killed one's), never a person's draft.
   */
  constructor(
    private readonly octokit: OctokitLike,
    private readonly reviewMarker: string,
    private readonly pendingWaitsMs: readonly number[] = PENDING_WAITS_MS,
  ) {}

  private where(pr: PullRequest, rest = '') {
    return `GET /repos/${pr.owner}/${pr.repo}/pulls/${pr.number}${rest}`;
  }

  /** Every page of one of the PR's lists. */
  private async listOfPr<T>(
    route: string,
    pr: PullRequest,
    what: string,
    fields: Record<string, string>,
  ): Promise<T[]> {
    const items = await this.octokit.paginate(route, {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      per_page: 100,
    });
    return checkedList<T>(items, this.where(pr, route.slice(route.lastIndexOf('/'))), what, fields);
  }

  async changedFiles(pr: PullRequest): Promise<ChangedFile[]> {
    const files = await this.listOfPr<{
      filename: string;
      status: string;
      previous_filename?: string;
      patch?: string;
    }>('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', pr, 'a changed file', {
      filename: 'string',
      status: 'string',
      previous_filename: 'string?',
      patch: 'string?',
    });
    return files.map((file) => ({
      filename: file.filename,
      status: file.status,
      previousFilename: file.previous_filename ?? undefined,
      patch: file.patch ?? undefined,
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
  async pullRequest(pr: Pick<PullRequest, 'owner' | 'repo' | 'number'>): Promise<PullRequestState> {
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
    });
    const pull = checked<{
      state?: string;
      merged?: boolean;
      changed_files?: number;
      head: { sha: string };
      base: { sha: string };
      user?: { login: string } | null;
    }>(data, `GET /repos/${pr.owner}/${pr.repo}/pulls/${pr.number}`, 'a pull request', {
      'head.sha': 'string',
      'base.sha': 'string',
      state: 'string?',
      merged: 'boolean?',
      changed_files: 'number?',
    });
    return {
      headSha: pull.head.sha,
      baseSha: pull.base.sha,
      open: pull.state !== 'closed',
      merged: pull.merged === true,
      changedFiles: pull.changed_files ?? 0,
      author: typeof pull.user?.login === 'string' ? pull.user.login : '',
    };
  }

  /** The commit the PR's diff starts from: where its head branched off the base. */
  async mergeBase(pr: PullRequest): Promise<string> {
    const basehead = `${pr.baseSha}...${pr.headSha}`;
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
      owner: pr.owner,
      repo: pr.repo,
      basehead,
      per_page: 1,
    });
    return checked<{ merge_base_commit: { sha: string } }>(
      data,
      `GET /repos/${pr.owner}/${pr.repo}/compare/${basehead}`,
      'a comparison of two commits',
      { 'merge_base_commit.sha': 'string' },
    ).merge_base_commit.sha;
  }

  /**
   * The account this token posts as: only its markers are trusted, only its comments edited.
   * `GET /user` answers for a user's token. An installation token (the Actions `GITHUB_TOKEN`, a
   * GitHub App's) gets a 403 there and posts as `<app>[bot]`, which no read request names; it is
   * learned from what the token itself writes: a pending review of the PR (shown only to its
   * author), else an empty pending review created to read its author, then deleted. Asked once a run.
   */
  identity(pr: PullRequest): Promise<string> {
    this.login ??= this.octokit.request('GET /user').then(
      ({ data }) => checked<{ login: string }>(data, 'GET /user', 'an account', { login: 'string' }).login,
      async (error: unknown) => {
        const status = (error as { status?: number }).status;
        if (status !== 403 && status !== 404) throw error;
        const probe = await this.createReview(
          pr,
          { body: this.reviewMarker, comments: [] },
          { claimOnly: true },
        );
        if (probe.created) await this.deletePendingReview(pr, probe.review.id);
        return probe.review.author;
      },
    );
    return this.login;
  }

  async reviewComments(pr: PullRequest): Promise<ReviewComment[]> {
    const comments = await this.listOfPr<{
      id: number;
      pull_request_review_id: number | null;
      body: string;
      path: string;
      user: Author;
      updated_at: string;
    }>('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', pr, 'a review comment', {
      id: 'number',
      pull_request_review_id: 'number?',
      body: 'string',
      path: 'string',
      'user.login': 'string?',
      updated_at: 'string',
    });
    return comments.map((c) => ({
      id: c.id,
      reviewId: c.pull_request_review_id ?? 0,
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
    }>('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', pr, 'a review', {
      id: 'number',
      body: 'string?',
      commit_id: 'string?',
      html_url: 'string',
      'user.login': 'string?',
      submitted_at: 'string?',
      state: 'string',
    });
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
   * Creates a review, pending, at most once. GitHub keeps one pending review per account and PR,
   * which makes it a lock between runs: while another run's review is pending, this waits (a few
   * seconds) for it to be submitted; one still pending after that was left by a run that was
   * killed, and is deleted. A person's own draft is never touched: that is a PendingDraftError. Creating is
   * not idempotent: when an answer is lost (a dropped connection, a 5xx after GitHub saved it),
   * the PR's reviews are looked at before trying again.
   *
   * `claimOnly`: only to learn who the token posts as; a review already pending does as well.
   */
  async createReview(
    pr: PullRequest,
    review: { body: string; comments: readonly NewComment[] },
    { claimOnly = false } = {},
  ): Promise<{ review: PendingReview; created: boolean }> {
    const post = () =>
      this.octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        commit_id: pr.headSha,
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
    const request = `POST /repos/${pr.owner}/${pr.repo}/pulls/${pr.number}/reviews`;
    // Pending reviews are listed only to their author: any in the list is this token's.
    const pendingNow = async () => (await this.reviews(pr)).find((r) => r.state === 'PENDING');
    let waits = 0;
    let failures = 0;
    for (;;) {
      try {
        const { data } = await post();
        const created = checked<{ id: number; user: { login: string } }>(data, request, 'a review', {
          id: 'number',
          'user.login': 'string',
        });
        this.login ??= Promise.resolve(created.user.login);
        return { review: { id: created.id, author: created.user.login }, created: true };
      } catch (error) {
        const status = (error as { status?: number }).status ?? 500;
        if (status >= 500) {
          if (++failures >= MAX_REVIEW_ATTEMPTS) throw error;
          const saved = await pendingNow();
          if (saved && saved.body === review.body && saved.commitId === pr.headSha)
            return { review: { id: saved.id, author: saved.author }, created: true };
          await sleep(failures * 1000);
          continue;
        }
        if (refusal(error) !== 'a pending review exists') throw error;
        const pending = await pendingNow();
        if (!pending) continue; // submitted or deleted meanwhile: the way is clear
        this.login ??= Promise.resolve(pending.author);
        if (claimOnly) return { review: { id: pending.id, author: pending.author }, created: false };
        if (!pending.body.startsWith(this.reviewMarker)) {
          throw new PendingDraftError(
            `${pending.author} has a pending review of this pull request (a draft not yet submitted), and ` +
              'GitHub allows one per account: paperlint can post once it is submitted or discarded.',
          );
        }
        if (waits < this.pendingWaitsMs.length) await sleep(this.pendingWaitsMs[waits++]);
        else await this.deletePendingReview(pr, pending.id).catch(submittedMeanwhile);
      }
    }
  }

  /**
   * Submits a pending review. Like creating, at most once: after a failure, a review that is no
   * longer pending was submitted.
   */
  async submitReview(
    pr: PullRequest,
    id: number,
    review: { body: string; event: ReviewEvent },
  ): Promise<string> {
    const request = `POST /repos/${pr.owner}/${pr.repo}/pulls/${pr.number}/reviews/${id}/events`;
    for (let attempt = 1; ; attempt++) {
      try {
        const { data } = await this.octokit.request(
          'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events',
          {
            owner: pr.owner,
            repo: pr.repo,
            pull_number: pr.number,
            review_id: id,
            event: review.event,
            body: review.body,
            request: { retries: 0 },
          },
        );
        return checked<{ html_url: string }>(data, request, 'a review', { html_url: 'string' }).html_url;
      } catch (error) {
        const status = (error as { status?: number }).status ?? 500;
        if (status < 500 || attempt >= MAX_REVIEW_ATTEMPTS) throw error;
        const saved = (await this.reviews(pr)).find((r) => r.id === id);
        if (saved && saved.state !== 'PENDING') return saved.url;
        await sleep(attempt * 1000);
      }
    }
  }

  async deletePendingReview(pr: PullRequest, id: number): Promise<void> {
    await this.octokit.request('DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}', {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      review_id: id,
    });
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

/**
 * A pending review gone (404) or submitted (422) before it could be deleted: the way is clear, or
 * the next look says whose it is.
 */
function submittedMeanwhile(error: unknown) {
  const status = (error as { status?: number }).status;
  if (status !== 404 && status !== 422) throw error;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
