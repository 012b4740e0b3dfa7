/**
 * `paperlint review --repo owner/name --pr N`: the Action's review, run from a terminal or another
 * CI with @octokit/rest and GITHUB_TOKEN. Same runner, same rules, same review.
 */
import { Octokit } from '@octokit/rest';
import { GitHub, octokitOptions, octokitPlugins, type OctokitLike } from '../github/api.js';
import { parseGlobs } from './globs.js';
import { reviewPullRequest } from './run.js';

export class ReviewUsageError extends Error {}

export const REVIEW_USAGE =
  'usage: paperlint review --repo OWNER/NAME --pr NUMBER [--files GLOBS] [--config PATH] ' +
  '[--review-event COMMENT|REQUEST_CHANGES] [--no-suggestions] [--max-comments N]   (token in GITHUB_TOKEN)';

interface ReviewArgs {
  owner: string;
  repo: string;
  number: number;
  files: string;
  config: string;
  configGiven: boolean;
  event: 'COMMENT' | 'REQUEST_CHANGES';
  suggestions: boolean;
  maxComments: number;
}

function parseReviewArgs(argv: readonly string[]): ReviewArgs {
  const args: Partial<ReviewArgs> = {
    files: 'README.md',
    config: '.github/paperlint.yml',
    event: 'COMMENT',
    suggestions: true,
    maxComments: 30,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new ReviewUsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--repo') {
      const match = /^([\w.-]+)\/([\w.-]+)$/.exec(value());
      if (!match) throw new ReviewUsageError('--repo is OWNER/NAME');
      [args.owner, args.repo] = [match[1], match[2]];
    } else if (flag === '--pr') {
      args.number = Number(value());
      if (!Number.isInteger(args.number) || args.number < 1)
        throw new ReviewUsageError('--pr is a pull request number');
    } else if (flag === '--files') args.files = value();
    else if (flag === '--config') [args.config, args.configGiven] = [value(), true];
    else if (flag === '--review-event') {
      const event = value();
      if (event !== 'COMMENT' && event !== 'REQUEST_CHANGES')
        throw new ReviewUsageError('--review-event is COMMENT or REQUEST_CHANGES');
      args.event = event;
    } else if (flag === '--no-suggestions') args.suggestions = false;
    else if (flag === '--max-comments') {
      args.maxComments = Number(value());
      if (!Number.isInteger(args.maxComments) || args.maxComments < 0)
        throw new ReviewUsageError('--max-comments is a whole number');
    } else throw new ReviewUsageError(`unknown option ${flag}`);
  }
  if (!args.owner || !args.number) throw new ReviewUsageError('--repo and --pr are required');
  return args as ReviewArgs;
}

/** Runs one review; returns the exit status (1 when the PR's entries have errors). */
export async function runStandaloneReview(argv: readonly string[]): Promise<number> {
  const args = parseReviewArgs(argv);
  const token = process.env.GITHUB_TOKEN;
  if (!token)
    throw new ReviewUsageError(
      'set GITHUB_TOKEN to a token that can read the repository and write pull requests',
    );
  const say = (message: string) => process.stderr.write(`${message}\n`);
  const RestWithPlugins = Octokit.plugin(...octokitPlugins);
  const octokit = new RestWithPlugins({
    auth: token,
    baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
    ...octokitOptions(say),
    // Failed requests are explained by the runner; Octokit's own request log would only repeat them.
    log: { debug: () => {}, info: () => {}, warn: say, error: () => {} },
  });
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
    owner: args.owner,
    repo: args.repo,
    pull_number: args.number,
  });
  const outcome = await reviewPullRequest(
    new GitHub(octokit as unknown as OctokitLike),
    {
      owner: args.owner,
      repo: args.repo,
      number: args.number,
      baseSha: data.base.sha,
      headSha: data.head.sha,
      author: data.user?.login ?? '',
    },
    {
      files: parseGlobs(args.files),
      configPath: args.config,
      configRequired: args.configGiven === true,
      reviewEvent: args.event,
      suggestions: args.suggestions,
      maxComments: args.maxComments,
      serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
    },
    {
      info: say,
      notice: say,
      command: (line) => process.stdout.write(`${line}\n`),
      summary: async (markdown) => void process.stdout.write(`${markdown}\n`),
    },
  );
  if (outcome.failure !== undefined) throw outcome.failure;
  if (outcome.incomplete !== undefined) {
    say(outcome.incomplete);
    return 2;
  }
  return outcome.errors > 0 ? 1 : 0;
}
