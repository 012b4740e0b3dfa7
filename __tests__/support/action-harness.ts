/**
 * Runs the bundled dist/index.js the way the runner does: inputs as INPUT_* variables with
 * action.yml's defaults, a real pull_request payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files,
 * and GITHUB_API_URL pointing at the fake GitHub.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { FakeGitHub } from './fake-github.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);

export const BASE_SHA = 'b'.repeat(40);
export const HEAD_SHA = 'c'.repeat(40);

/** The unified diff GitHub would show for a file (hunks only), made by git itself. */
export function patchOf(before: string, after: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'paperlint-patch-'));
  writeFileSync(join(dir, 'a'), before);
  writeFileSync(join(dir, 'b'), after);
  let out = '';
  try {
    execFileSync('git', ['diff', '--no-index', '--no-color', '--unified=3', 'a', 'b'], {
      cwd: dir,
      encoding: 'utf8',
    });
  } catch (error) {
    out = (error as { stdout: string }).stdout; // exit 1 means "files differ"
  }
  return out.slice(out.indexOf('@@')).replace(/\n$/, '');
}

function payload(fake: FakeGitHub, headSha: string, action: string) {
  const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as {
    name: string;
    examples: {
      action: string;
      pull_request: Record<string, unknown> & {
        base: { sha: string };
        head: { sha: string };
        user: { login: string };
      };
      repository: { name: string; full_name: string; owner: { login: string } };
    }[];
  }[];
  const event = structuredClone(
    examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!,
  );
  event.pull_request.number = fake.number;
  event.pull_request.base.sha = BASE_SHA;
  event.pull_request.head.sha = headSha;
  event.pull_request.user.login = 'contributor';
  event.repository.name = fake.repo;
  event.repository.full_name = `${fake.owner}/${fake.repo}`;
  event.repository.owner.login = fake.owner;
  return { ...event, action, number: fake.number };
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export async function runAction(
  fake: FakeGitHub,
  options: {
    inputs?: Record<string, string>;
    token?: string;
    eventName?: string;
    headSha?: string;
    /** The pull_request event's action (default `opened`). */
    action?: string;
    /** Extra arguments for node, before the script (the benchmark's memory probe). */
    nodeArgs?: string[];
    env?: Record<string, string>;
    /** The event file's text instead of a real payload; null for no event file at all. */
    eventText?: string | null;
    /** The fake arXiv's endpoint (ARXIV_API_URL); without it the run is told not to ask arXiv. */
    arxivUrl?: string;
  } = {},
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'paperlint-action-'));
  const eventPath = join(dir, 'event.json');
  const eventText =
    options.eventText !== undefined
      ? options.eventText
      : JSON.stringify(payload(fake, options.headSha ?? HEAD_SHA, options.action ?? 'opened'));
  if (eventText !== null) writeFileSync(eventPath, eventText);
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary'), '');

  const action = parseYaml(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = spec.default ?? '';
  inputs['github-token'] = options.token ?? 'test-token';
  if (options.arxivUrl === undefined) inputs.arxiv = 'false';
  Object.assign(inputs, options.inputs);

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request_target',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`,
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    RUNNER_TEMP: dir,
    ...(options.arxivUrl ? { ARXIV_API_URL: options.arxivUrl } : {}),
  };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const node = process.env.PAPERLINT_NODE ?? process.execPath;
  // PAPERLINT_DIST: a build made elsewhere, to try these tests on source not yet bundled into dist/.
  const dist = process.env.PAPERLINT_DIST ?? join(root, 'dist');
  const child = spawn(node, [...(options.nodeArgs ?? []), join(dist, 'index.js')], {
    env: { ...env, ...options.env },
    cwd: dir,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(join(dir, 'output'), 'utf8')),
    summary: readFileSync(join(dir, 'summary'), 'utf8'),
  };
}

/** GITHUB_OUTPUT's `name<<DELIMITER … DELIMITER` blocks; the last value of a name wins. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!open) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== open[2]; i++) value.push(lines[i]);
    outputs[open[1]] = value.join('\n');
  }
  return outputs;
}

/** A PR changing README.md (or `path`) from `base` to `head`, as GitHub would show it. */
export function openPullRequest(
  fake: FakeGitHub,
  base: string,
  head: string,
  options: { headSha?: string; patch?: boolean; path?: string } = {},
) {
  const headSha = options.headSha ?? HEAD_SHA;
  const path = options.path ?? 'README.md';
  fake.setFile(BASE_SHA, path, base);
  fake.setFile(headSha, path, head);
  fake.files = [
    {
      filename: path,
      status: 'modified',
      ...(options.patch === false ? {} : { patch: patchOf(base, head) }),
    },
  ];
  fake.pull = { baseSha: BASE_SHA, headSha, author: 'contributor' };
}
