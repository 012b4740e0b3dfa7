import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The package as a user gets it: packed, installed from the tarball without a network, its bin run.
const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

interface PackReport {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

let pack: PackReport;
let consumer: string;

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });

function installed(args: string[]) {
  const bin = join(consumer, 'node_modules/.bin/paperlint');
  const result = spawnSync(process.env.PAPERLINT_NODE ?? process.execPath, [realpathSync(bin), ...args], {
    cwd: consumer,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'paperlint-pack-'));
  [pack] = JSON.parse(npm(['pack', '--json', '--pack-destination', out], root));
  consumer = mkdtempSync(join(tmpdir(), 'paperlint-consumer-'));
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  npm(['install', '--offline', '--ignore-scripts', join(out, pack.filename)], consumer);
}, 120_000);

describe('the npm package', () => {
  it('declares no runtime dependencies: the bundle in dist/ carries them', () => {
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.license).toBe('MIT');
  });

  it('ships the bundle, the Action, the rule docs and the licence, and nothing of the sources or tests', () => {
    const files = pack.files.map((file) => file.path);
    for (const wanted of [
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
      'action.yml',
      'dist/cli.js',
      'dist/index.js',
      'dist/markdownlint.js',
      'dist/THIRD_PARTY_LICENSES.txt',
    ])
      expect(files).toContain(wanted);
    expect(files).toContain('docs/rules/arxiv-abs.md');
    expect(files.filter((file) => /^(src|__tests__|bench|scripts|example)\//.test(file))).toEqual([]);
  });

  it('installs from the tarball offline and adds only paperlint', () => {
    const lock = JSON.parse(readFileSync(join(consumer, 'package-lock.json'), 'utf8'));
    expect(Object.keys(lock.packages).filter((path) => path !== '')).toEqual(['node_modules/paperlint']);
    expect(readdirSync(join(consumer, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual([
      'paperlint',
    ]);
  });

  it('bundles each library once: the entry points share chunks (issue 17, item 26)', () => {
    // Three builds each carried their own copy of Octokit, zod, yaml and the markdown parser: then
    // thousands of the bundle's lines were in two or three files. Now only a few short ones repeat.
    const packed = join(consumer, 'node_modules/paperlint');
    const scripts = pack.files.map((file) => file.path).filter((path) => path.endsWith('.js'));
    const firstSeenIn = new Map<string, string>();
    const repeated: string[] = [];
    for (const script of scripts) {
      for (const line of new Set(readFileSync(join(packed, script), 'utf8').split('\n'))) {
        if (line.trim().length < 60) continue;
        const seen = firstSeenIn.get(line);
        if (seen === undefined) firstSeenIn.set(line, script);
        else if (seen !== script) repeated.push(`${seen} and ${script}: ${line.trim().slice(0, 80)}`);
      }
    }
    expect(repeated.length).toBeLessThan(50);
    expect(pack.unpackedSize).toBeLessThan(4_000_000);
  });

  it('carries the licence of each package dist/ bundles', () => {
    const notice = readFileSync(
      join(consumer, 'node_modules/paperlint/dist/THIRD_PARTY_LICENSES.txt'),
      'utf8',
    );
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
    const versionOf = (name: string) => lock.packages[`node_modules/${name}`].version;
    for (const name of [
      'yaml',
      'zod',
      'picomatch',
      '@octokit/core',
      '@actions/core',
      'micromark',
      'mdast-util-from-markdown',
    ])
      expect(notice).toContain(`\n${name} ${versionOf(name)}\n`);
    // Each listed package's section: its licence, then the text of its licence file.
    const sections = notice.split(/^-{72}\n/m).slice(1);
    expect(sections.length).toBeGreaterThan(40);
    const yaml = sections[sections.findIndex((section) => section === `yaml ${versionOf('yaml')}\n`) + 1];
    expect(yaml).toMatch(/^License: ISC\n/);
    expect(yaml).toContain('Permission to use, copy, modify, and/or distribute this software');
    // Nothing of paperlint's own development tools, which dist/ does not carry.
    for (const tool of ['typescript', 'rollup', 'jest', 'eslint'])
      expect(notice).not.toMatch(new RegExp(`^${tool} \\d`, 'm'));
  });

  it('has an executable dist/cli.js that runs by its #! line', () => {
    const cli = join(consumer, 'node_modules/paperlint/dist/cli.js');
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(join(root, 'dist/cli.js')).mode & 0o777).toBe(0o755);
    expect(statSync(cli).mode & 0o111).not.toBe(0);
    expect(execFileSync(cli, ['--version'], { encoding: 'utf8' })).toBe(`${manifest.version}\n`);
  });

  it('runs the installed bin on a list', () => {
    expect(installed(['--version']).stdout).toBe(`${manifest.version}\n`);
    const list = join(consumer, 'README.md');
    writeFileSync(list, readFileSync(join(root, 'example/README.md')));
    const { status, stdout, stderr } = installed(['README.md']);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(stdout).toMatch(/^README\.md:\d+:\d+ {2}error {2}/m);
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^\d+ errors?, \d+ warnings? in \d+ entr/);
  });
  it('serves paperlint/markdownlint to markdownlint-cli2 by its package name, and the schema', () => {
    writeFileSync(join(consumer, 'list.md'), readFileSync(join(root, 'example/README.md')));
    writeFileSync(
      join(consumer, '.markdownlint-cli2.jsonc'),
      JSON.stringify({
        config: { default: false, paperlint: true },
        customRules: ['paperlint/markdownlint'],
      }),
    );
    const bin = join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
    const result = spawnSync(process.env.PAPERLINT_NODE ?? process.execPath, [bin, 'list.md'], {
      cwd: consumer,
      encoding: 'utf8',
    });
    expect(result.stderr).toMatch(/^list\.md:26:76 error paperlint-arxiv-abs /m);
    const schema = join(consumer, 'node_modules/paperlint/paperlint.schema.json');
    expect(JSON.parse(readFileSync(schema, 'utf8')).title).toMatch(/paperlint config/);
  });
});

describe("a contributor's npm ci", () => {
  it('installs no benchmark peers and warns about nothing (no EBADENGINE)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paperlint-ci-'));
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(root, file), join(dir, file));
    const result = spawnSync('npm', ['ci', '--dry-run', '--offline', '--no-audit', '--no-fund'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/awesome-lint/);
    const bench = JSON.parse(readFileSync(join(root, 'bench/package.json'), 'utf8'));
    expect(Object.keys(bench.dependencies)).toEqual(['awesome-lint', 'markdownlint-cli2']);
  });
});
