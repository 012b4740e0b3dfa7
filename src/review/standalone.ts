/**
 * `paperlint review --repo owner/name --pr N`: the Action's review, run from a terminal or another
 * CI with @octokit/rest and GITHUB_TOKEN. Same runner, same rules, same review.
 */
import { COMMON_OPTIONS, defineCommand, UsageError, type ParsedArgs } from '../args.js';
import type { OctokitLike } from '../github/api.js';

const REVIEW_OPTIONS = {
  repo: { type: 'string', value: 'OWNER/NAME', help: 'the repository (required)' },
  pr: { type: 'string', value: 'NUMBER', help: 'the pull request (required)' },
  files: { type: 'string', value: 'GLOBS', default: 'README.md', help: 'lists to check, comma separated' },
  config: {
    type: 'string',
    value: 'PATH',
    default: '.github/paperlint.yml',
    help: 'config file, read from the base branch',
  },
  'review-event': {
    type: 'string',
    value: 'EVENT',
    choices: ['COMMENT', 'REQUEST_CHANGES'],
    default: 'COMMENT',
    help: 'review type',
  },
  'no-suggestions': { type: 'boolean', help: 'no one-click suggested fixes in the comments' },
  'max-comments': { type: 'string', value: 'N', default: '30', help: 'most inline comments in one review' },
  arxiv: { type: 'boolean', help: "also check each entry against its paper's arXiv record" },
  ...COMMON_OPTIONS,
} as const;

interface ReviewArgs {
  owner: string;
  repo: string;
  number: number;
  files: string;
  config: string;
  /** --config was given: a missing file is an error, not "no config". */
  configGiven: boolean;
  event: 'COMMENT' | 'REQUEST_CHANGES';
  suggestions: boolean;
  maxComments: number;
  arxiv: boolean;
}

function reviewArgs({ values, positionals }: ParsedArgs<typeof REVIEW_OPTIONS>): ReviewArgs {
  if (positionals.length > 0) throw new UsageError(`review takes no FILE (got "${positionals[0]}")`);
  if (values.repo === undefined || values.pr === undefined) {
    throw new UsageError('review: --repo and --pr are required');
  }
  const repo = /^([\w.-]+)\/([\w.-]+)$/.exec(values.repo);
  if (!repo) throw new UsageError('--repo is OWNER/NAME');
  const number = Number(values.pr);
  if (!Number.isInteger(number) || number < 1) throw new UsageError('--pr is a pull request number');
  const maxComments = Number(values['max-comments'] ?? REVIEW_OPTIONS['max-comments'].default);
  if (!Number.isInteger(maxComments) || maxComments < 0) {
    throw new UsageError('--max-comments is a whole number');
  }
  return {
    owner: repo[1],
    repo: repo[2],
    number,
    files: values.files ?? REVIEW_OPTIONS.files.default,
    config: values.config ?? REVIEW_OPTIONS.config.default,
    configGiven: values.config !== undefined,
    event: (values['review-event'] ?? REVIEW_OPTIONS['review-event'].default) as ReviewArgs['event'],
    suggestions: !values['no-suggestions'],
    maxComments,
    arxiv: values.arxiv ?? false,
  };
}

export const REVIEW_COMMAND = defineCommand({
  usage: '--repo OWNER/NAME --pr NUMBER [options]',
  summary:
    "the Action's review of a pull request, posted from a terminal or another CI (token in GITHUB_TOKEN)",
  options: REVIEW_OPTIONS,
  run: (args) => runStandaloneReview(reviewArgs(args)),
});

/** Runs one review; returns the exit status (1 when the PR's entries have errors). */
async function runStandaloneReview(args: ReviewArgs): Promise<number> {
  const token = process.env.GITHUB_TOKEN;
  if (!token)
    throw new UsageError('set GITHUB_TOKEN to a token that can read the repository and write pull requests');
  const say = (message: string) => process.stderr.write(`${message}\n`);
  // Loaded only for a review: every other run of the CLI (a check of a local file) spares loading
  // Octokit and the review's runner at its start.
  const [
    { Octokit },
    { GitHub, octokitOptions, octokitPlugins },
    { parseGlobs },
    { REVIEW_MARKER },
    { reviewPullRequest },
    { arxivClient },
  ] = await Promise.all([
    import('@octokit/rest'),
    import('../github/api.js'),
    import('./patterns.js'),
    import('./plan.js'),
    import('./run.js'),
    import('../arxiv/client.js'),
  ]);
  const RestWithPlugins = Octokit.plugin(...octokitPlugins);
  const octokit = new RestWithPlugins({
    auth: token,
    baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
    ...octokitOptions(say),
    // Failed requests are explained by the runner; Octokit's own request log would only repeat them.
    log: { debug: () => {}, info: () => {}, warn: say, error: () => {} },
  });
  const github = new GitHub(octokit as unknown as OctokitLike, REVIEW_MARKER);
  const pull = await github.pullRequest({ owner: args.owner, repo: args.repo, number: args.number });
  const outcome = await reviewPullRequest(
    github,
    {
      owner: args.owner,
      repo: args.repo,
      number: args.number,
      baseSha: pull.baseSha,
      headSha: pull.headSha,
      author: pull.author,
    },
    {
      files: parseGlobs(args.files),
      configPath: args.config,
      configRequired: args.configGiven,
      reviewEvent: args.event,
      // Its exit status is 1 when the PR's entries have errors: that is what asks for changes.
      failOn: 'error',
      suggestions: args.suggestions,
      maxComments: args.maxComments,
      serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
      papers: args.arxiv ? arxivClient({ notice: say, info: say }).lookup : undefined,
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
