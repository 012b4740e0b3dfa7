/**
 * The README says what the code does: its rules table is generated from the rule objects, and its
 * install lines name the tags the release makes.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../src/check/rules/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const README = readFileSync(join(root, 'README.md'), 'utf8');

const rulesTable = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts/rules-table.mjs'), ...args], { encoding: 'utf8' });

describe("README's rules table (issue 17, item 23)", () => {
  it('is what `npm run rules-table` writes from the rule objects now', () => {
    const run = rulesTable('--check');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('lists every rule once, with its default severity and when findings differ', () => {
    const rows = README.split('\n').filter((line) => line.startsWith('| [`'));
    expect(rows.map((row) => /^\| \[`([^`]+)`\]/.exec(row)?.[1])).toEqual(RULES.map((rule) => rule.id));
    expect(README).toContain(
      "| [`blank-line`](docs/rules/blank-line.md) | warning (error where the list's contribution guide asks for it) | yes |",
    );
    expect(README).toContain('| [`table-row`](docs/rules/table-row.md) | warning (error for a row with more');
    expect(README).toContain('| [`pdf-missing`](docs/rules/pdf-missing.md) | warning | yes |');
  });

  it('is found stale when a row no longer says what the rule does', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'paperlint-readme-')), 'README.md');
    writeFileSync(
      copy,
      README.replace(
        '| [`section`](docs/rules/section.md) | warning |',
        '| [`section`](docs/rules/section.md) | error |',
      ),
    );
    const stale = rulesTable('--check', copy);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('is stale: run npm run rules-table');
    expect(rulesTable(copy).status).toBe(0);
    expect(readFileSync(copy, 'utf8')).toBe(README);
  });
});

describe('install paths name what the release makes (issue 17, item 24)', () => {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const major = `v${version.split('.')[0]}`;
  const all = (pattern: RegExp, text = README) => [...text.matchAll(pattern)].map((match) => match[1]);

  it('are the tags scripts/release-tags.mjs makes for the version in package.json', () => {
    const repo = mkdtempSync(join(tmpdir(), 'paperlint-release-'));
    mkdirSync(join(repo, 'scripts'));
    copyFileSync(join(root, 'scripts/release-tags.mjs'), join(repo, 'scripts/release-tags.mjs'));
    copyFileSync(join(root, 'package.json'), join(repo, 'package.json'));
    writeFileSync(join(repo, 'CHANGELOG.md'), `# Changelog\n\n## [${version}]\n\n- First.\n`);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
        cwd: repo,
        encoding: 'utf8',
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'release');
    execFileSync(process.execPath, ['scripts/release-tags.mjs'], { cwd: repo, stdio: 'ignore' });
    expect(git('tag', '--list').trim().split('\n').sort()).toEqual([major, `v${version}`].sort());
  });

  it("the Action's uses: follows the major tag; pins, revs and npm specs name the release tag", () => {
    expect(all(/^ +- uses: paperlint\/paperlint@(\S+)/gm)).toEqual([major]);
    expect(
      all(/paperlint\/paperlint@(v[\d.]+)`/g).every((tag) => tag === major || tag === `v${version}`),
    ).toBe(true);
    expect(all(/^ +rev: (\S+)/gm)).toEqual([`v${version}`]);
    const hooks = readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8');
    expect(all(/rev: (\S+)/g, hooks)).toEqual([`v${version}`]);
    const specs = all(/github:paperlint\/paperlint#(v[^\s`]+)/g);
    expect(specs.length).toBeGreaterThan(0);
    expect(new Set(specs)).toEqual(new Set([`v${version}`]));
    expect(all(/(paperlint-[\d.]+\.tgz)/g).every((name) => name === `paperlint-${version}.tgz`)).toBe(true);
  });

  it('never tells a reader to fetch paperlint from the npm registry, where it is not', () => {
    expect(README).not.toMatch(/npx (--yes )?paperlint\b/);
    for (const block of all(/```(?:sh|yaml)\n([\s\S]*?)```/g))
      expect(block).not.toMatch(/npm (install|i)\b[^\n#]*\spaperlint\b/);
  });
});
