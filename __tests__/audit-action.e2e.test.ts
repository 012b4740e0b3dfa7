/**
 * The bundled Action (dist/index.js) in `mode: audit`, run as the runner runs it on a schedule,
 * against the fake GitHub and the fake arXiv. (It runs once dist/ is built with the audit in it.)
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { runAction } from './support/action-harness.js';
import { FakeArxiv, fixtureRecords } from './support/fake-arxiv.js';
import { FakeGitData } from './support/fake-git-data.js';
import { fakeGitHubPerTest } from './support/per-test.js';

// The audit is bundled in a chunk the Action loads for `mode: audit`, not in dist/index.js itself.
const dist = new URL('../dist/', import.meta.url);
const bundled = ['index.js', ...readdirSync(new URL('chunks/', dist)).map((name) => `chunks/${name}`)].some(
  (file) => readFileSync(new URL(file, dist), 'utf8').includes('paperlint/audit'),
);

const LIST = `# Papers

## Methods

- **LoRA: Low-Rank Adaptation of Large Language Models,** Preprint 2021. ![](https://img.shields.io/badge/LoRA-blue)

  *Edward J. Hu, Yelong Shen*. [[pdf](https://arxiv.org/abs/2106.09685)]

- **Parameter-Efficient Transfer Learning for NLP,** ICML 2019. ![](https://img.shields.io/badge/Adapter-blue)

  *Neil Houlsby, Andrei Giurgiu*. [[pdf](https://arxiv.org/abs/1902.00751)]
`;

const fakeGitHub = fakeGitHubPerTest();
let arxiv: FakeArxiv;
let git: FakeGitData;
beforeEach(async () => {
  arxiv = new FakeArxiv(
    fixtureRecords().map((record) =>
      record.id === '2106.09685' ? { ...record, journalRef: 'ICLR 2022' } : record,
    ),
  );
  await arxiv.start();
  git = new FakeGitData(fakeGitHub());
  git.commitOn('main', { 'README.md': LIST });
});
afterEach(() => arxiv.stop());

const audit = () =>
  runAction(fakeGitHub(), {
    eventName: 'schedule',
    eventText: JSON.stringify({ schedule: '0 6 * * 1' }),
    inputs: { mode: 'audit' },
    arxivUrl: arxiv.url,
  });

(bundled ? describe : describe.skip)('the Action, mode: audit', () => {
  it('opens the audit pull request, then leaves it be while nothing changes', async () => {
    const first = await audit();
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({
      audit: 'opened',
      'pull-request': expect.stringMatching(/\/pull\/100$/),
    });
    expect(git.fileOn('paperlint/audit', 'README.md')).toBe(LIST.replace('Preprint 2021', 'ICLR 2022'));
    expect(first.summary).toContain('`Preprint 2021` → `ICLR 2022`');
    expect(first.stdout).toMatch(/Asked arXiv in 1 request/);

    const second = await audit();
    expect(second.outputs.audit).toBe('unchanged');
    expect(git.pulls).toHaveLength(1);
  });

  it('gives the counts of what it found as its outputs', async () => {
    // A third paper without the keyword badge the other two have.
    git.commitOn('main', {
      'README.md': `${LIST}
- **Prefix-Tuning: Optimizing Continuous Prompts for Generation,** ACL 2021.

  *Xiang Lisa Li, Percy Liang*. [[pdf](https://arxiv.org/abs/2101.00190)]
`,
    });
    const run = await audit();
    expect(run.code).toBe(0);
    expect(Number(run.outputs.findings)).toBeGreaterThan(0);
    expect(Number(run.outputs.warnings)).toBe(Number(run.outputs.findings) - Number(run.outputs.errors));
  });

  it('fails with what to grant when the token cannot write', async () => {
    fakeGitHub().readOnly = true;
    const run = await audit();
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/needs `contents: write` and `pull-requests: write`/);
  });
});
