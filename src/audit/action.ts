/**
 * The Action's `mode: audit` (for `schedule` and `workflow_dispatch`): the inputs it reads, the
 * audit's pull request, the outputs, and the job log and summary. The step fails only when the
 * audit could not do its work; what it finds goes in the pull request.
 */
import * as core from '@actions/core';
import { homedir } from 'node:os';
import { GitHub, type OctokitLike } from '../github/api.js';
import { REVIEW_MARKER } from '../review/plan.js';
import { GitData } from '../github/git-data.js';
import { parseGlobs } from '../review/patterns.js';
import { auditPullRequest } from './pull-request.js';
import { openServices } from './services.js';

const DEFAULT_CONFIG = '.github/paperlint.yml';

/** `~/x` as the runner's home: the path actions/cache is given is written that way. */
function expandHome(path: string): string {
  return path.startsWith('~/') ? `${homedir()}${path.slice(1)}` : path;
}

export async function runAuditMode(octokit: OctokitLike): Promise<void> {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set to OWNER/NAME.');
  const configInput = core.getInput('config') || DEFAULT_CONFIG;
  const cache = core.getInput('link-cache').trim();
  const services = openServices({
    arxiv: core.getBooleanInput('arxiv'),
    scholar: core.getBooleanInput('scholar'),
    links: core.getBooleanInput('links'),
    linkCache: cache === '' ? undefined : expandHome(cache),
    say: (message) => core.info(message),
  });
  let outcome;
  try {
    outcome = await auditPullRequest(
      new GitHub(octokit, REVIEW_MARKER),
      new GitData(octokit),
      { owner, repo },
      {
        files: parseGlobs(core.getInput('files') || 'README.md'),
        configPath: configInput,
        configRequired: configInput !== DEFAULT_CONFIG,
        serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
        services,
      },
      {
        info: (message) => core.info(message),
        notice: (message) => core.notice(message),
        summary: async (markdown) => {
          if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write();
        },
      },
    );
  } catch (error) {
    if ((error as { status?: number }).status !== 403) throw error;
    throw new Error(
      'GitHub refused a write (403): the audit needs `contents: write` and `pull-requests: write` in the ' +
        "workflow's permissions, and the repository setting that allows GitHub Actions to create pull requests.",
      { cause: error },
    );
  } finally {
    services.finish();
  }
  core.setOutput('findings', outcome.findings);
  core.setOutput('errors', outcome.errors);
  core.setOutput('warnings', outcome.findings - outcome.errors);
  core.setOutput('pull-request', outcome.url);
  core.setOutput('audit', outcome.action);
}
