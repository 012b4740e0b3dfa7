import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
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
