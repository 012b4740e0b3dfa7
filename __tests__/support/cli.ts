/** Runs the bundled dist/cli.js as a user would, without colour; and a scratch folder to run it in. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** `input` is what the CLI reads on standard input (none: an empty one). */
export function paperlint(args: string[], cwd?: string, input = '') {
  const result = spawnSync(process.env.PAPERLINT_NODE ?? process.execPath, [CLI, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const scratch = () => mkdtempSync(join(tmpdir(), 'paperlint-cli-'));
