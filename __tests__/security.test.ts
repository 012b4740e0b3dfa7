import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
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
    expect(steps.map((step) => step.uses)).toEqual(['paperlint/paperlint@v1']);
  });
});

describe('SECURITY.md', () => {
  it('lists every runtime dependency, and only those, with a reason', () => {
    const dependencies = Object.keys(JSON.parse(read('package.json')).dependencies).sort();
    const listed = [...read('SECURITY.md').matchAll(/^\| `([^`]+)` \| .{10,} \|$/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(dependencies);
  });
});
