/**
 * What a review asks GitHub first, all at once: everything that does not depend on the PR's files.
 * Kept apart from the review's runner (review/run.ts) so the Action can start these reads before
 * the runner and the engine load, and load them while GitHub answers.
 */
import type {
  ChangedFile,
  GitHub,
  PullRequest,
  PullRequestState,
  Review,
  ReviewComment,
} from '../github/api.js';

export interface OpeningReads {
  /** The PR's earlier review comments and reviews. */
  readonly earlier: Promise<[ReviewComment[], Review[]]>;
  /**
   * Each list named outright (the default `README.md`), read at the head commit right away, saving
   * a round trip; used only if the PR changes it.
   */
  readonly headText: ReadonlyMap<string, Promise<string | undefined>>;
  /** The PR as it is now, the config file at the base commit, and the PR's changed files. */
  readonly opening: Promise<[PullRequestState, string | undefined, ChangedFile[]]>;
  /**
   * How many requests the check waits for (the lists' text, the PR, its config and files), started
   * before the earlier posts'; further pages of a list follow the first.
   */
  readonly checkRequests: number;
}

/** A promise awaited later, whose rejection until then is not an unhandled one. */
export function later<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

const isGlob = (pattern: string) => /[*?[\]{}]/.test(pattern);

/**
 * Started in the order the review needs their answers: the lists' text first (the longest answer,
 * whose reading the check waits for), then what the check starts from, then the earlier posts,
 * needed only once the findings are known.
 */
export function startReads(
  github: GitHub,
  pr: PullRequest,
  options: { readonly files: readonly string[]; readonly configPath: string },
): OpeningReads {
  let checkRequests = 0;
  const started = <T>(read: Promise<T>) => {
    checkRequests++;
    return read;
  };
  const headText = new Map(
    options.files
      .filter((pattern) => !isGlob(pattern))
      .map((path) => [path, later(started(github.fileText(pr, path, pr.headSha)))] as const),
  );
  // The config comes from the base branch: a PR cannot switch off the checks it is held to.
  const opening = later(
    Promise.all([
      started(github.pullRequest(pr)),
      started(github.fileText(pr, options.configPath, pr.baseSha)),
      started(github.changedFiles(pr)),
    ]),
  );
  const earlier = later(Promise.all([github.reviewComments(pr), github.reviews(pr)]));
  return { earlier, headText, opening, checkRequests };
}
