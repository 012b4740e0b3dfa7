import { describe, expect, it, beforeAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DELTA, fixturePath, readFixture, removeLines } from './helpers.js';
import { CLI, paperlint, scratch } from './support/cli.js';

const { version: VERSION } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('paperlint CLI (bundled dist/cli.js)', () => {
  beforeAll(() => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });

  it('prints one line per finding and a summary, and exits 1 on errors', () => {
    const { status, stdout } = paperlint([fixturePath(DELTA)]);
    expect(status).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toContain(
      `${fixturePath(DELTA)}:113:112  error  Link the arXiv abstract page instead of the PDF: \`https://arxiv.org/abs/2305.03937\`.  arxiv-abs`,
    );
    expect(lines[lines.length - 1]).toMatch(
      /^5 errors, 2 warnings in 38 entries checked \(38 entries in 1 file\)\.$/,
    );
  });

  it('writes the JSON shape exactly', () => {
    const { status, stdout } = paperlint(['--format', 'json', fixturePath(DELTA)]);
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['findings', 'summary']);
    expect(Object.keys(report.findings[0])).toEqual([
      'path',
      'line',
      'column',
      'endLine',
      'rule',
      'severity',
      'message',
      'fix',
    ]);
    expect(report.summary).toEqual({
      files: 1,
      entries: 38,
      checked: 38,
      readExactly: 0,
      errors: 5,
      warnings: 2,
    });
    const abs = report.findings.find((f: { line: number }) => f.line === 117);
    expect(abs.fix).toEqual({
      line: 117,
      endLine: 117,
      replacement: readFixture(DELTA).split('\n')[116].replace('pdf/2305.15212v1.pdf', 'abs/2305.15212v1'),
    });
    expect(report.findings.find((f: { rule: string }) => f.rule === 'empty-link').fix).toBeNull();
  });

  it('writes workflow annotations with --format github', () => {
    const { stdout } = paperlint(['--format', 'github', fixturePath(DELTA)]);
    expect(stdout).toContain(
      `::error file=${fixturePath(DELTA)},line=113,endLine=113,col=112,title=paperlint arxiv-abs::Link the arXiv`,
    );
  });

  it('writes SARIF with --format sarif, naming its version', () => {
    const { status, stdout } = paperlint(['--format', 'sarif', fixturePath(DELTA)]);
    expect(status).toBe(1);
    const [run] = JSON.parse(stdout).runs;
    expect(run.tool.driver.version).toBe(VERSION);
    expect(run.results).toHaveLength(7);
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(
      /^file:\/\/\/.*\/DeltaPapers\/README\.md$/,
    );
  });

  it('checks only what changed against --base-file, and exits 0 without errors', () => {
    const dir = scratch();
    const base = join(dir, 'base.md');
    const text = readFixture(DELTA);
    writeFileSync(base, removeLines(text, 107, 110));
    const { status, stdout } = paperlint(['--base-file', base, '--format', 'json', fixturePath(DELTA)]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).summary).toMatchObject({ checked: 1, errors: 0, warnings: 0 });
  });

  it('reads the base from git with --base', () => {
    const dir = scratch();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    writeFileSync(join(dir, 'README.md'), removeLines(readFixture(DELTA), 111, 114));
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base');
    writeFileSync(join(dir, 'README.md'), readFixture(DELTA));
    const { status, stdout } = paperlint(['--base', 'HEAD', '--format', 'json', 'README.md'], dir);
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.findings.map((f: { rule: string; line: number }) => `${f.rule}@${f.line}`)).toEqual([
      'arxiv-abs@113',
    ]);
  });

  it("uses .github/paperlint.yml at the file's git top level, as the Action does; --no-config turns it off", () => {
    const dir = scratch();
    mkdirSync(join(dir, '.github'));
    mkdirSync(join(dir, 'lists'));
    writeFileSync(join(dir, '.github/paperlint.yml'), 'rules:\n  arxiv-abs: off\n  empty-link: warning\n');
    writeFileSync(join(dir, 'lists/README.md'), readFixture(DELTA));
    const rulesSeen = (args: string[], cwd: string) => {
      const findings = JSON.parse(paperlint(['--format', 'json', ...args], cwd).stdout).findings;
      return new Set(findings.map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`));
    };
    // Not a git repository yet: there is no repository root, so no config.
    expect(rulesSeen(['lists/README.md'], dir)).toContain('arxiv-abs:error');
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const elsewhere = scratch();
    const configured = rulesSeen([join(dir, 'lists/README.md')], elsewhere);
    expect(configured).not.toContain('arxiv-abs:error');
    expect(configured).toContain('empty-link:warning');
    expect(rulesSeen(['README.md'], join(dir, 'lists'))).toEqual(configured);
    const unconfigured = rulesSeen(['--no-config', 'lists/README.md'], dir);
    expect(unconfigured).toContain('arxiv-abs:error');
    expect(unconfigured).toContain('empty-link:error');
    expect(paperlint(['--print-config', 'lists/README.md'], dir).stdout).toContain(
      `config ${join(dir, '.github/paperlint.yml')} on top`,
    );
    expect(paperlint(['--config', 'x.yml', '--no-config', 'README.md'], dir).stderr).toMatch(
      /use --config or --no-config, not both/,
    );
  });

  it('fixes in place, atomically, and a second run changes nothing', () => {
    const dir = scratch();
    const file = join(dir, 'README.md');
    writeFileSync(file, readFixture(DELTA));
    expect(paperlint(['--fix', file]).status).toBe(1); // the empty link and missing badges remain
    const once = readFileSync(file, 'utf8');
    expect(once).toContain('[[pdf](https://arxiv.org/abs/2305.03937)]');
    expect(once).toContain('ICML 2019. ![](https://img.shields.io/badge/PALs-blue)');
    expect(readdirSync(dir)).toEqual(['README.md']);
    const { stdout, stderr } = paperlint(['--fix', '--format', 'json', file]);
    expect(readFileSync(file, 'utf8')).toBe(once);
    expect(JSON.parse(stdout).findings.filter((f: { fix: unknown }) => f.fix)).toEqual([]);
    expect(stderr).toBe('');
  });

  it('says what --fix fixed, on stderr, where it was in the file as read', () => {
    const dir = scratch();
    const file = join(dir, 'README.md');
    writeFileSync(file, readFixture(DELTA));
    const before = JSON.parse(paperlint(['--format', 'json', file]).stdout).findings;
    const fixable = before.filter((f: { fix: unknown }) => f.fix);
    const { stdout, stderr } = paperlint(['--fix', '--format', 'json', file]);
    const fixedLines = stderr.trim().split('\n');
    expect(fixedLines.at(-1)).toBe(`Fixed ${fixable.length} findings in ${file}.`);
    expect(fixedLines.slice(0, -1)).toEqual(
      fixable.map(
        (f: { line: number; column: number; message: string; rule: string }) =>
          `${file}:${f.line}:${f.column}  fixed  ${f.message}  ${f.rule}`,
      ),
    );
    const rules = (findings: { rule: string }[]) => findings.map((f) => f.rule);
    expect(rules(JSON.parse(stdout).findings)).toEqual(rules(before.filter((f: { fix: unknown }) => !f.fix)));
  });

  it('prints its version, and help with every option, every rule, the exit codes and the docs', () => {
    expect(paperlint(['--version'])).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
    const { status, stdout } = paperlint(['--help']);
    expect(status).toBe(0);
    for (const option of ['--format FORMAT', '--base GIT_REF', '--base-file FILE', '--fix', '--config FILE'])
      expect(stdout).toContain(option);
    for (const option of [
      '--print-config',
      '-h, --help',
      '-v, --version',
      '--repo OWNER/NAME',
      '--max-comments N',
    ])
      expect(stdout).toContain(option);
    expect(stdout).toMatch(/^ {2}arxiv-abs +warning +yes +arXiv papers link the page the list links/m);
    expect(stdout).toMatch(/^ {2}empty-link +error {4}(?! *yes) +Every link has a target\./m);
    expect(stdout).toMatch(/^ {2}2 {2}usage, input, config or GitHub problem/m);
    expect(stdout).toContain('Docs: https://github.com/paperlint/paperlint#readme');
    expect(paperlint(['review', '--help']).stdout).toBe(stdout);
  });

  it('reads a FILE that starts with "-" after "--"', () => {
    const dir = scratch();
    writeFileSync(join(dir, '-list.md'), readFixture(DELTA));
    expect(paperlint(['-list.md'], dir).stderr).toMatch(/unknown option -l/);
    const { status, stdout } = paperlint(['--format', 'json', '--', '-list.md'], dir);
    expect(status).toBe(1);
    expect(JSON.parse(stdout).summary.entries).toBe(38);
  });

  it.each([
    [['--format', 'xml', 'README.md'], /--format is text, json, github or sarif, not "xml"/],
    [['-', '-'], /"-" \(standard input\) can be read once/],
    [
      ['--fix', '-', 'README.md'],
      /--fix writes the fixed standard input to stdout: give "-" as the only FILE/,
    ],
    [['--base', 'HEAD', '-'], /for standard input, use --base-file/],
    [[], /name at least one FILE/],
    [['--nope', 'README.md'], /unknown option --nope/],
    [['README.md', '--base'], /--base needs a value/],
    [['--fix=yes', 'README.md'], /--fix takes no value/],
    [['review', '--repo', 'a/b'], /--repo and --pr are required/],
    [
      ['review', '--repo', 'a/b', '--pr', '1', '--review-event', 'APPROVE'],
      /--review-event is COMMENT or REQUEST_CHANGES/,
    ],
    [['/no/such/file.md'], /cannot read \/no\/such\/file.md \(ENOENT\)/],
    [['--base', 'no-such-ref', 'README.md'], /"no-such-ref" is not a git revision/],
  ])('exits 2 with one clear line for %j', (args, message) => {
    const { status, stderr } = paperlint(args as string[], scratch());
    expect(status).toBe(2);
    expect(stderr).toMatch(message as RegExp);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('standard input, the FILE "-" (issue 17, item 26)', () => {
  const TEXT = readFixture(DELTA);
  const findingsOf = (stdout: string) => JSON.parse(stdout).findings;

  it('is checked as the file would be, under the name <stdin>', () => {
    const fromFile = paperlint(['--format', 'json', fixturePath(DELTA)]);
    const fromStdin = paperlint(['--format', 'json', '-'], scratch(), TEXT);
    expect(fromStdin.status).toBe(1);
    expect(fromStdin.stderr).toBe('');
    const named = findingsOf(fromFile.stdout).map((f: object) => ({ ...f, path: '<stdin>' }));
    expect(findingsOf(fromStdin.stdout)).toEqual(named);
    const text = paperlint(['-'], scratch(), TEXT).stdout;
    expect(text).toMatch(/^<stdin>:113:112 {2}error {2}Link the arXiv abstract page/m);
    expect(text.trim().split('\n').at(-1)).toBe(
      '5 errors, 2 warnings in 38 entries checked (38 entries in 1 file).',
    );
  });

  it('goes with files, and with --base-file', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'base.md'), removeLines(TEXT, 111, 114));
    writeFileSync(join(dir, 'README.md'), TEXT);
    const both = findingsOf(paperlint(['--format', 'json', 'README.md', '-'], dir, TEXT).stdout);
    expect(new Set(both.map((f: { path: string }) => f.path))).toEqual(new Set(['README.md', '<stdin>']));
    const changed = paperlint(['--base-file', 'base.md', '--format', 'json', '-'], dir, TEXT);
    expect(
      findingsOf(changed.stdout).map((f: { rule: string; line: number }) => `${f.rule}@${f.line}`),
    ).toEqual(['arxiv-abs@113']);
  });

  it('with --fix, writes the fixed text to stdout and the report to stderr', () => {
    const dir = scratch();
    const file = join(dir, 'README.md');
    writeFileSync(file, TEXT);
    paperlint(['--fix', file]);
    const { status, stdout, stderr } = paperlint(['--fix', '-'], scratch(), TEXT);
    expect(status).toBe(1); // the empty link and missing badges remain, as with a file
    expect(stdout).toBe(readFileSync(file, 'utf8'));
    expect(stderr).toMatch(/^<stdin>:113:112 {2}fixed {2}Link the arXiv abstract page/m);
    expect(stderr).toMatch(/^Fixed \d+ findings in <stdin>\.$/m);
    expect(stderr.trim().split('\n').at(-1)).toMatch(/^\d+ errors?, \d+ warnings? in 38 entries checked/);
    // Nothing to fix: the text comes back as it was, so an editor can always take stdout.
    const again = paperlint(['--fix', '--format', 'json', '-'], scratch(), stdout);
    expect(again.stdout).toBe(stdout);
  });

  it('prints the settings it would use with --print-config', () => {
    const { status, stdout } = paperlint(['--print-config', '-'], scratch(), TEXT);
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^# paperlint settings for <stdin>: style learned from its 38 entries, no config file\./,
    );
  });

  it('says plainly when standard input is not text', () => {
    const { status, stderr } = paperlint(['-'], scratch(), 'a\u0000b');
    expect(status).toBe(2);
    expect(stderr).toBe('paperlint: <stdin> is not a text file (it has NUL bytes)\n');
  });
});
