import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const yaml = (path: string) => parseYaml(read(path));

describe('releases', () => {
  const git = (dir: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
      cwd: dir,
      encoding: 'utf8',
    });
  const tagged = (dir: string, tag: string) => git(dir, 'rev-parse', `${tag}^{commit}`).trim();

  function release(dir: string, version: string, changelog: string) {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'paperlint', version }));
    writeFileSync(join(dir, 'CHANGELOG.md'), changelog);
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', version);
    const notes = join(dir, '..', `${version}-notes.md`);
    const result = spawnSync(process.execPath, [join(root, 'scripts/release-tags.mjs'), '--notes', notes], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
    });
    return { ...result, notes: () => readFileSync(notes, 'utf8') };
  }

  it('tags vX.Y.Z once, moves vX along, and takes the notes from CHANGELOG.md', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'paperlint-release-')), 'repo');
    execFileSync('git', ['init', '-q', dir]);
    const first = release(
      dir,
      '1.2.3',
      '# Changelog\n\n## [1.2.3] - 2026-11-29\n\n- First.\n\n## [1.2.2]\n\n- Old.\n',
    );
    expect(first.stderr).toBe('');
    expect(first.notes()).toBe('## [1.2.3] - 2026-11-29\n\n- First.\n');
    const firstCommit = git(dir, 'rev-parse', 'HEAD').trim();
    expect([tagged(dir, 'v1.2.3'), tagged(dir, 'v1')]).toEqual([firstCommit, firstCommit]);

    const second = release(dir, '1.3.0', '## [1.3.0]\n\n- Second.\n');
    expect(second.status).toBe(0);
    const secondCommit = git(dir, 'rev-parse', 'HEAD').trim();
    expect([tagged(dir, 'v1.2.3'), tagged(dir, 'v1.3.0'), tagged(dir, 'v1')]).toEqual([
      firstCommit,
      secondCommit,
      secondCommit,
    ]);

    const again = release(dir, '1.3.0', '## [1.3.0]\n\n- Second, again.\n');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/v1\.3\.0 exists already/);
    const undocumented = release(dir, '2.0.0', '## [1.3.0]\n');
    expect(undocumented.stderr).toMatch(/CHANGELOG\.md has no "## \[2\.0\.0\]" section/);
    expect(git(dir, 'tag', '--list', 'v2*')).toBe('');
  });

  it('has a workflow that runs the checks, the tagging, and pushes both tags', () => {
    const workflow = yaml('.github/workflows/release.yml');
    expect(Object.keys(workflow.on)).toEqual(['workflow_dispatch']);
    const runs = workflow.jobs.release.steps.map((step: { run?: string }) => step.run ?? '').join('\n');
    for (const command of ['npm ci', 'npm test', 'npm run lint', 'node scripts/release-tags.mjs'])
      expect(runs).toContain(command);
    expect(runs).toContain('push origin "v$version"');
    expect(runs).toContain('push --force origin "v${version%%.*}"');
    expect(runs).toMatch(/gh release create .*\$tarball/);
    expect(read('CHANGELOG.md')).toMatch(/^## \[Unreleased\]$/m);
  });
});

describe('workflows (issue 17, item 25)', () => {
  const workflows = readdirSync(join(root, '.github/workflows')).filter((file) => file.endsWith('.yml'));
  type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
  type Job = { steps: Step[]; strategy?: { matrix: { node: string[] } } };
  const jobsOf = (file: string): Record<string, Job> => yaml(`.github/workflows/${file}`).jobs;

  it('leave no token in .git/config: every checkout has persist-credentials: false', () => {
    const checkouts = workflows.flatMap((file) =>
      Object.values(jobsOf(file)).flatMap((job) =>
        job.steps
          .filter((step) => step.uses?.startsWith('actions/checkout@'))
          .map((step) => ({ file, step })),
      ),
    );
    expect(checkouts.length).toBeGreaterThanOrEqual(4);
    for (const { file, step } of checkouts)
      expect([file, step.with?.['persist-credentials']]).toEqual([file, false]);
  });

  it("test on the oldest Node.js that engines allows and on the Action's, and check generated files", () => {
    const manifest = JSON.parse(read('package.json'));
    const oldest = /^>=(\d+\.\d+)$/.exec(manifest.engines.node)![1];
    const action = /^ {2}using: node(\d+)$/m.exec(read('action.yml'))![1];
    const { test, checks } = jobsOf('ci.yml');
    expect(test.strategy!.matrix.node).toEqual([oldest, action]);
    expect(test.steps.map((step) => step.run).filter(Boolean)).toEqual(['npm ci', 'npm test']);
    const runs = checks.steps.map((step) => step.run ?? '').join('\n');
    for (const command of ['npm run package', 'npm run rules-table', 'npm run typecheck', 'npm run lint'])
      expect(runs).toContain(command);
    expect(runs).toContain('git status --porcelain -- dist paperlint.schema.json README.md');
  });
});

describe('repository hygiene', () => {
  it('marks dist/ and the schema generated', () => {
    for (const path of ['dist/cli.js', 'dist/markdownlint.js', 'paperlint.schema.json']) {
      expect(
        execFileSync('git', ['check-attr', 'linguist-generated', path], { cwd: root, encoding: 'utf8' }),
      ).toBe(`${path}: linguist-generated: true\n`);
    }
  });

  it('has dependabot watch npm (the package and the benchmark) and the actions', () => {
    const updates = yaml('.github/dependabot.yml').updates.map(
      (u: { 'package-ecosystem': string; directory: string }) => `${u['package-ecosystem']} ${u.directory}`,
    );
    expect(updates).toEqual(['npm /', 'npm /bench', 'github-actions /']);
  });

  it('offers a pre-commit hook that runs the bin on README files', () => {
    const [hook] = yaml('.pre-commit-hooks.yaml');
    const manifest = JSON.parse(read('package.json'));
    expect(hook).toMatchObject({ id: 'paperlint', language: 'node', entry: 'paperlint' });
    expect(Object.keys(manifest.bin)).toEqual([hook.entry]);
    // pre-commit's regexes are Python's: (?i) is the inline flag for "ignore case".
    const files = new RegExp(hook.files.replace(/^\(\?i\)/, ''), 'i');
    expect(['README.md', 'readme.md', 'lists/README.md'].filter((p) => files.test(p))).toHaveLength(3);
    expect(['notes.md', 'README.md.bak', 'NOT-README.md'].filter((p) => files.test(p))).toEqual([]);
  });
});
