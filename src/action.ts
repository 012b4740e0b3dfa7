/**
 * The GitHub Action (dist/index.js): inputs and event in, one review out, outputs and exit status
 * by `fail-on`. Everything between is the shared review runner.
 */
import * as core from '@actions/core';
import { context, getOctokit } from '@actions/github';
import { ConfigError } from './errors.js';
import { GitHub, octokitOptions, octokitPlugins, type OctokitLike } from './github/api.js';
import { parseGlobs } from './review/globs.js';
import { reviewPullRequest } from './review/run.js';

const EVENTS = ['pull_request', 'pull_request_target'];

function choice<T extends string>(name: string, allowed: readonly T[]): T {
  const value = core.getInput(name).trim();
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`Input \`${name}\` is "${value}"; allowed: ${allowed.join(', ')}.`);
  }
  return value as T;
}

class InputError extends Error {}

function setOutputs(values: {
  findings: number;
  errors: number;
  warnings: number;
  checked: number;
  url: string;
}) {
  core.setOutput('findings', values.findings);
  core.setOutput('errors', values.errors);
  core.setOutput('warnings', values.warnings);
  core.setOutput('entries-checked', values.checked);
  core.setOutput('review-url', values.url);
}

async function run(): Promise<void> {
  setOutputs({ findings: 0, errors: 0, warnings: 0, checked: 0, url: '' });
  const token = core.getInput('github-token', { required: true });
  core.setSecret(token);
  const failOn = choice('fail-on', ['error', 'warning', 'never'] as const);
  const reviewEvent = choice('review-event', ['COMMENT', 'REQUEST_CHANGES'] as const);
  const maxComments = Number(core.getInput('max-comments') || '30');
  if (!Number.isInteger(maxComments) || maxComments < 0) {
    throw new InputError(
      `Input \`max-comments\` is "${core.getInput('max-comments')}"; use a whole number, 0 or more.`,
    );
  }
  const suggestions = core.getBooleanInput('suggestions');

  if (!EVENTS.includes(context.eventName) || !context.payload.pull_request) {
    core.notice(
      `paperlint reviews pull requests; this run was triggered by "${context.eventName}". ` +
        'Run it on `pull_request_target` (or `pull_request`). Nothing to do.',
    );
    return;
  }
  if (context.payload.action === 'closed') {
    core.notice('paperlint does not review closed pull requests. Nothing to do.');
    return;
  }
  const payload = context.payload.pull_request as {
    number: number;
    base: { sha: string };
    head: { sha: string };
    user?: { login?: string };
  };
  const pr = {
    owner: context.repo.owner,
    repo: context.repo.repo,
    number: payload.number,
    baseSha: payload.base.sha,
    headSha: payload.head.sha,
    author: payload.user?.login ?? '',
  };
  const octokit = getOctokit(
    token,
    octokitOptions((message) => core.info(message)),
    ...octokitPlugins,
  );
  const outcome = await reviewPullRequest(
    new GitHub(octokit as unknown as OctokitLike),
    pr,
    {
      files: parseGlobs(core.getInput('files') || 'README.md'),
      configPath: core.getInput('config') || '.github/paperlint.yml',
      reviewEvent,
      suggestions,
      maxComments,
      serverUrl: context.serverUrl,
    },
    {
      info: (message) => core.info(message),
      notice: (message) => core.notice(message),
      command: (line) => process.stdout.write(`${line}\n`),
      summary: async (markdown) => {
        if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write();
      },
    },
  );
  setOutputs({
    findings: outcome.findings.length,
    errors: outcome.errors,
    warnings: outcome.warnings,
    checked: outcome.entriesChecked,
    url: outcome.reviewUrl,
  });
  if (outcome.failure !== undefined || outcome.incomplete !== undefined) {
    core.setFailed(outcome.incomplete ?? explain(outcome.failure));
    return;
  }
  const failing =
    failOn === 'error' ? outcome.errors : failOn === 'warning' ? outcome.errors + outcome.warnings : 0;
  if (failing > 0) {
    core.setFailed(
      `paperlint found ${outcome.errors} errors and ${outcome.warnings} warnings (fail-on: ${failOn}).`,
    );
  }
}

function explain(error: unknown): string {
  const status = (error as { status?: number }).status;
  if (error instanceof ConfigError || error instanceof InputError) return error.message;
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
  .catch((error: unknown) => core.setFailed(explain(error)))
  // A connection abandoned after a timeout may still be open; the run is over, so is the process.
  .finally(() => process.stdout.write('', () => process.exit()));
