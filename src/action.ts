/**
 * The GitHub Action (dist/index.js): inputs and event in, one review out, outputs and exit status
 * by `fail-on`. Everything between is the shared review runner.
 */
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import type { ArxivClient, ArxivOptions } from './arxiv/client.js';
import type { ReviewOptions } from './review/run.js';
import { ConfigError, GitHubError } from './errors.js';
import { GitHub, octokitOptions } from './github/api.js';
import { actionOctokit } from './github/client.js';
import { parseGlobs } from './review/patterns.js';
import { REVIEW_MARKER } from './review/marker.js';
import { startReads } from './review/reads.js';

const EVENTS = ['pull_request', 'pull_request_target'];
const noop = () => undefined;
const DEFAULT_CONFIG = '.github/paperlint.yml';

interface PullRequestPayload {
  number: number;
  state?: string;
  base: { sha: string };
  head: { sha: string };
  user?: { login?: string };
}

/**
 * The event that started the run, read here rather than by @actions/github (which throws a bare
 * stack trace on a malformed file and carries on without a missing one).
 */
function readEvent(): { name: string; action: unknown; pullRequest: unknown } {
  const path = process.env.GITHUB_EVENT_PATH;
  const name = process.env.GITHUB_EVENT_NAME ?? '';
  if (!path) throw new InputError('GITHUB_EVENT_PATH is not set: paperlint runs as a step of a workflow.');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(
      `The event file GITHUB_EVENT_PATH names cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): ${path}`,
    );
  }
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch {
    throw new InputError(`The event file is not valid JSON: ${path}`);
  }
  if (typeof event !== 'object' || event === null)
    throw new InputError(`The event file holds no event: ${path}`);
  const { action, pull_request: pullRequest } = event as { action?: unknown; pull_request?: unknown };
  return { name, action, pullRequest };
}

function isPullRequest(value: unknown): value is PullRequestPayload {
  const pr = value as Partial<PullRequestPayload> | null;
  return (
    typeof pr === 'object' &&
    pr !== null &&
    Number.isInteger(pr.number) &&
    typeof pr.base?.sha === 'string' &&
    typeof pr.head?.sha === 'string'
  );
}

function choice<T extends string>(name: string, allowed: readonly T[]): T {
  const value = core.getInput(name).trim();
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`Input \`${name}\` is "${value}"; allowed: ${allowed.join(', ')}.`);
  }
  return value as T;
}

class InputError extends Error {}

/**
 * The arXiv client, loaded (its HTTP agents, its XML parser) at the first lookup: a review's first
 * request to GitHub does not wait for it, and a review with no arXiv id to ask about never loads it.
 */
function arxivOnDemand(options: ArxivOptions): ArxivClient {
  let client: Promise<ArxivClient> | undefined;
  let loaded: ArxivClient | undefined;
  return {
    lookup: async (ids) => {
      client ??= import('./arxiv/client.js').then(({ arxivClient }) => (loaded = arxivClient(options)));
      return (await client).lookup(ids);
    },
    requests: () => loaded?.requests() ?? 0,
  };
}

/** Whether this run has set its outputs: one that ends before it does sets them to NO_OUTCOME. */
let outputsSet = false;
const NO_OUTCOME = { findings: 0, errors: 0, warnings: 0, checked: 0, url: '' };

function setOutputs(values: {
  findings: number;
  errors: number;
  warnings: number;
  checked: number;
  url: string;
}) {
  outputsSet = true;
  core.setOutput('findings', values.findings);
  core.setOutput('errors', values.errors);
  core.setOutput('warnings', values.warnings);
  core.setOutput('entries-checked', values.checked);
  core.setOutput('review-url', values.url);
}

async function run(): Promise<void> {
  const token = core.getInput('github-token', { required: true });
  core.setSecret(token);
  if (choice('mode', ['review', 'audit'] as const) === 'audit') {
    // The audit sets the outputs it has over these.
    setOutputs(NO_OUTCOME);
    // Loaded only for an audit: a review's cold start does not pay for it.
    const { runAuditMode } = await import('./audit/action.js');
    return runAuditMode(
      await actionOctokit(
        token,
        octokitOptions((message) => core.info(message)),
      ),
    );
  }
  const failOn = choice('fail-on', ['error', 'warning', 'never'] as const);
  const reviewEvent = choice('review-event', ['COMMENT', 'REQUEST_CHANGES'] as const);
  const maxComments = Number(core.getInput('max-comments') || '30');
  if (!Number.isInteger(maxComments) || maxComments < 0) {
    throw new InputError(
      `Input \`max-comments\` is "${core.getInput('max-comments')}"; use a whole number, 0 or more.`,
    );
  }
  const suggestions = core.getBooleanInput('suggestions');
  const arxiv = core.getBooleanInput('arxiv')
    ? arxivOnDemand({ notice: (message) => core.notice(message), info: (message) => core.info(message) })
    : undefined;

  const event = readEvent();
  if (!EVENTS.includes(event.name) || !event.pullRequest) {
    core.notice(
      `paperlint reviews pull requests; this run was triggered by "${event.name}". ` +
        'Run it on `pull_request_target` (or `pull_request`). Nothing to do.',
    );
    return;
  }
  const payload = event.pullRequest;
  if (!isPullRequest(payload)) {
    throw new InputError(
      'The event file’s pull_request has no number, base.sha or head.sha: it is malformed.',
    );
  }
  if (event.action === 'closed' || payload.state === 'closed') {
    core.notice('paperlint does not review closed pull requests. Nothing to do.');
    return;
  }
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new InputError('GITHUB_REPOSITORY is not set to OWNER/NAME.');
  const configInput = core.getInput('config') || DEFAULT_CONFIG;
  const pr = {
    owner,
    repo,
    number: payload.number,
    baseSha: payload.base.sha,
    headSha: payload.head.sha,
    author: payload.user?.login ?? '',
  };
  // Requests handed to fetch so far, and how many the check waits for (known once the reads start).
  let fetched = 0;
  let checkRequests = Infinity;
  let allSent = () => {};
  const sending = new Promise<void>((resolve) => (allSent = resolve));
  const github = new GitHub(
    await actionOctokit(
      token,
      octokitOptions((message) => core.info(message)),
      () => {
        if (++fetched >= checkRequests) allSent();
      },
    ),
    REVIEW_MARKER,
  );
  const options: ReviewOptions = {
    files: parseGlobs(core.getInput('files') || 'README.md'),
    configPath: configInput,
    configRequired: configInput !== DEFAULT_CONFIG,
    reviewEvent,
    failOn,
    suggestions,
    maxComments,
    serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
    papers: arxiv?.lookup,
  };
  // The review's runner and the engine load once every read the check waits for is on its way,
  // while GitHub answers them: loading sooner would hold back the requests still to go (each
  // passes the retry and rate-limit queues over several turns of the event loop, which a module
  // being compiled keeps waiting); the earlier posts, needed only after the check, may wait.
  // Behind a proxy, whose fetch says nothing, once the reads are answered.
  const reads = startReads(github, pr, options);
  checkRequests = reads.checkRequests;
  if (fetched >= checkRequests) allSent();
  await Promise.race([sending, reads.opening.then(noop, noop)]);
  const { failingCount, reviewPullRequest } = await import('./review/run.js');
  const outcome = await reviewPullRequest(
    github,
    pr,
    options,
    {
      info: (message) => core.info(message),
      notice: (message) => core.notice(message),
      command: (line) => process.stdout.write(`${line}\n`),
      summary: async (markdown) => {
        if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write();
      },
    },
    reads,
  );
  if (arxiv) core.info(`Asked arXiv in ${arxiv.requests()} request(s).`);
  setOutputs({
    findings: outcome.findings.length + outcome.carried.length,
    errors: outcome.errors,
    warnings: outcome.warnings,
    checked: outcome.entriesChecked,
    url: outcome.reviewUrl,
  });
  if (outcome.failure !== undefined || outcome.incomplete !== undefined) {
    core.setFailed(outcome.incomplete ?? explain(outcome.failure));
    return;
  }
  if (failingCount(failOn, outcome) > 0) {
    core.setFailed(
      `paperlint found ${outcome.errors} errors and ${outcome.warnings} warnings (fail-on: ${failOn}).`,
    );
  }
}

function explain(error: unknown): string {
  const status = (error as { status?: number }).status;
  if (error instanceof ConfigError || error instanceof InputError || error instanceof GitHubError)
    return error.message;
  if (status === 401)
    return 'GitHub rejected the token (401 Bad credentials): check the `github-token` input.';
  if (status === 403)
    return 'GitHub refused a read (403): the token needs `contents: read` and `pull-requests: read`.';
  if (status === 404)
    return 'GitHub could not find the pull request or repository (404): check the token has access.';
  const message = error instanceof Error ? error.message : String(error);
  return `paperlint failed: ${status ? `GitHub answered ${status}: ` : ''}${message.split('\n')[0]}`;
}

run()
  // Every run has its outputs, one that ends early or fails too. Set at its end, not at its start:
  // @actions/core writes each with a random delimiter, and node:crypto, loaded for it, held back the
  // first request (a fifth of the CPU before it on Node 24).
  .then(() => (outputsSet ? undefined : setOutputs(NO_OUTCOME)))
  .catch((error: unknown) => {
    core.setFailed(explain(error));
    if (!outputsSet) setOutputs(NO_OUTCOME);
  })
  // A connection abandoned after a timeout may still be open; the run is over, so is the process.
  .finally(() => process.stdout.write('', () => process.exit()));
