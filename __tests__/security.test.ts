import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('what the README asks of maintainers', () => {
  const readme = read('README.md');
  const workflow = parseYaml(/```yaml\n(name: paperlint\n[\s\S]*?)```/.exec(readme)![1]) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    concurrency: unknown;
    jobs: Record<string, { steps: { uses?: string }[] }>;
  };

  it('runs on pull_request_target with only contents: read and pull-requests: write', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request_target']);
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  });

  it('runs once per PR at a time: a newer push cancels the older run', () => {
    expect(workflow.concurrency).toEqual({
      group: 'paperlint-${{ github.event.pull_request.number }}',
      'cancel-in-progress': true,
    });
  });

  it('checks nothing out: the PR is read through the API', () => {
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const { version } = JSON.parse(read('package.json'));
    expect(steps.map((step) => step.uses)).toEqual([`paperlint/paperlint@v${version.split('.')[0]}`]);
  });
});

describe('SECURITY.md', () => {
  it('lists every package the bundles contain (what src/ imports), and only those, with a reason', () => {
    const sources = readdirSync(new URL('../src', import.meta.url), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => read(`src/${file}`));
    const specifiers = sources.flatMap((text) =>
      [...text.matchAll(/^import (?!type )[^;]*? from '([^'.][^']*)'|import\('([^'.][^']*)'\)/gm)].map(
        (m) => m[1] ?? m[2],
      ),
    );
    const bundled = [
      ...new Set(
        specifiers
          .filter((specifier) => !specifier.startsWith('node:'))
          .map((specifier) =>
            specifier
              .split('/')
              .slice(0, specifier.startsWith('@') ? 2 : 1)
              .join('/'),
          ),
      ),
    ].sort();
    expect(bundled).toContain('picomatch');
    const listed = [...read('SECURITY.md').matchAll(/^\| `([^`]+)` \| .{10,} \|$/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(bundled);
  });
});
