/**
 * The CLI with hostile or awkward files: terminal escapes in a title, `--fix` on links, read-only
 * and shared files, `--base` on a path outside the repository. Runs the bundled dist/cli.js.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { DELTA, deltaStyleList, readFixture } from './helpers.js';
import { CLI, paperlint, scratch } from './support/cli.js';
import { FakeGitHub } from './support/fake-github.js';
import { writeInPlace, WriteRefusedError } from '../src/write-file.js';

/** Anything a terminal would act on: C0 and C1 controls other than the line breaks we print. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

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

describe('terminal escapes in messages are shown, not obeyed (issue 17, item 14)', () => {
  // OSC 0 sets the window title, ESC[2J clears the screen, U+202E turns the rest of the line around.
  const HOSTILE = 'Evil \u001b]0;owned\u0007 \u001b[2J \u202e';
  const SHOWN = /Evil \\u001b\]0;owned\\u0007 \\u001b\[2J \\u202e/;

  it("in add's refusal, which lists the file's sections", () => {
    const file = join(scratch(), 'README.md');
    writeFileSync(file, readFixture(DELTA).replace('### Blogs', `### ${HOSTILE}`));
    const run = paperlint(['add', '2106.09685', '--section', 'Nowhere', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^paperlint add: no section "Nowhere" in .*; its sections are: .*Evil/);
    expect(run.stderr).toMatch(SHOWN);
    expect(run.stderr).not.toMatch(TERMINAL_CONTROL);
  });

  it('in a config error that quotes an unknown key', () => {
    const dir = scratch();
    const config = join(dir, 'paperlint.yml');
    writeFileSync(config, `style:\n  ${JSON.stringify(HOSTILE)}: true\n`);
    writeFileSync(join(dir, 'README.md'), readFixture(DELTA));
    const run = paperlint(['--config', config, join(dir, 'README.md')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown key `style\.Evil/);
    expect(run.stderr).toMatch(SHOWN);
    expect(run.stderr).not.toMatch(TERMINAL_CONTROL);
  });

  it("in an API error's message printed by paperlint review", async () => {
    const github = new FakeGitHub();
    await github.start();
    github.faults.push({ method: 'GET', path: /\/pulls\/7$/, status: 404, message: HOSTILE, times: 1 });
    try {
      const child = spawn(
        process.env.PAPERLINT_NODE ?? process.execPath,
        [CLI, 'review', '--repo', 'thunlp/DeltaPapers', '--pr', '7'],
        { env: { PATH: process.env.PATH ?? '', GITHUB_TOKEN: 'test-token', GITHUB_API_URL: github.url } },
      );
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const status = await new Promise((resolve) => child.on('close', resolve));
      expect(status).toBe(2);
      expect(stderr).toMatch(/^paperlint: GitHub answered 404: /);
      expect(stderr).toMatch(SHOWN);
      expect(stderr).not.toMatch(TERMINAL_CONTROL);
    } finally {
      await github.stop();
    }
  });

  it('in the details markdownlint-cli2 prints', () => {
    const dir = scratch();
    writeFileSync(
      join(dir, 'README.md'),
      deltaStyleList(
        `- ${HOSTILE}, ACL 2023. ![](https://img.shields.io/badge/T-blue)\n\n  *A. Author*. [[pdf](https://arxiv.org/abs/2301.00001)]`,
      ),
    );
    writeFileSync(
      join(dir, '.markdownlint-cli2.jsonc'),
      JSON.stringify({
        config: { default: false, paperlint: true },
        customRules: [join(CLI, '../markdownlint.js')],
      }),
    );
    const bin = join(CLI, '../../node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
    const run = spawnSync(process.env.PAPERLINT_NODE ?? process.execPath, [bin, 'README.md'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.stderr).toMatch(/paperlint-title-format .*Evil/);
    expect(run.stderr).toMatch(SHOWN);
    expect(run.stderr).not.toMatch(TERMINAL_CONTROL);
  });
});

describe('--fix writes in place, safely (item 9)', () => {
  const ORIGINAL = readFixture(DELTA);
  const FIXED_LINK = '[[pdf](https://arxiv.org/abs/2305.03937)]';
  const listIn = (dir: string, name = 'README.md') => {
    const file = join(dir, name);
    writeFileSync(file, ORIGINAL);
    return file;
  };

  it('fixes a symlink’s target and leaves the link a link', () => {
    const dir = scratch();
    const target = listIn(dir, 'papers.md');
    const link = join(dir, 'README.md');
    symlinkSync('papers.md', link);
    paperlint(['--fix', link]);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toContain(FIXED_LINK);
  });

  it('keeps hard links, the mode and the owner', () => {
    const dir = scratch();
    const file = listIn(dir);
    const other = join(dir, 'copy.md');
    linkSync(file, other);
    chmodSync(file, 0o640);
    const root = process.getuid?.() === 0;
    if (root) chownSync(file, 65534, 65534); // as root, a file someone else owns
    const before = statSync(file);
    paperlint(['--fix', file]);
    const after = statSync(file);
    expect(readFileSync(other, 'utf8')).toContain(FIXED_LINK);
    expect(after.ino).toBe(before.ino);
    expect(after.mode & 0o777).toBe(0o640);
    expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
  });

  it('refuses a read-only file and leaves it as it was', () => {
    const file = listIn(scratch());
    chmodSync(file, 0o444);
    const run = paperlint(['--fix', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`paperlint: ${file} is read-only; not fixed\n`);
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
  });

  it('does not write over an edit made after the file was read', () => {
    const file = listIn(scratch());
    writeFileSync(file, `${ORIGINAL}\nAn edit made while paperlint ran.\n`);
    expect(() => writeInPlace(file, ORIGINAL, 'fixed')).toThrow(WriteRefusedError);
    expect(readFileSync(file, 'utf8')).toContain('An edit made while paperlint ran.');
  });
});

describe('bad input, said plainly (item 11)', () => {
  it('quotes at most a little of a 10 MB config value', () => {
    const dir = scratch();
    const config = join(dir, 'paperlint.yml');
    writeFileSync(config, `rules:\n  arxiv-abs: "${'x'.repeat(10_000_000)}"\n`);
    const file = join(dir, 'README.md');
    writeFileSync(file, readFixture(DELTA));
    const run = paperlint(['--config', config, file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/`rules\.arxiv-abs` is "x{79}… \(10000002 characters\); allowed: "off"/);
    expect(run.stderr.length).toBeLessThan(400);
  });

  it('says so when --base is given a file outside the repository', () => {
    const repo = scratch();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
    git('init', '-q');
    writeFileSync(join(repo, 'README.md'), readFixture(DELTA));
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base');
    const outside = join(scratch(), 'README.md');
    writeFileSync(outside, readFixture(DELTA));
    const run = paperlint(['--base', 'HEAD', outside], repo);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `paperlint: --base: ${outside} is outside this git repository; use --base-file for it\n`,
    );
  });
});
