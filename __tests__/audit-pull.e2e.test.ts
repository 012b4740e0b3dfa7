/**
 * The scheduled audit's pull request against the fake GitHub (Git data, pulls, comments, every
 * request checked against GitHub's OpenAPI description) and the fake arXiv: one pull request from
 * paperlint/audit, edited by later runs, closed when nothing is left, never a push to the default
 * branch, and a maintainer's commits on the branch never overwritten.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { arxivClient } from '../src/arxiv/client.js';
import { auditPullRequest, AUDIT_BRANCH, type AuditPullOptions } from '../src/audit/pull-request.js';
import { GitHub, octokitOptions, octokitPlugins, type OctokitLike } from '../src/github/api.js';
import { GitData, RefusedWrite } from '../src/github/git-data.js';
import { REVIEW_MARKER } from '../src/review/plan.js';
import { FakeArxiv, fixtureRecords } from './support/fake-arxiv.js';
import { FakeGitData, MAINTAINER } from './support/fake-git-data.js';
import { fakeGitHubPerTest } from './support/per-test.js';

const fakeGitHub = fakeGitHubPerTest();
let arxiv: FakeArxiv;
let git: FakeGitData;

beforeEach(async () => {
  arxiv = new FakeArxiv(
    fixtureRecords().map((record) =>
      record.id === '2106.09685'
        ? { ...record, journalRef: 'ICLR 2022' }
        : record.id === '2110.04366'
          ? { ...record, journalRef: 'ICLR 2022' }
          : record,
    ),
  );
  await arxiv.start();
  git = new FakeGitData(fakeGitHub());
  git.commitOn('main', { 'README.md': LIST, 'docs/notes.md': '# Notes\n' });
});
afterEach(() => arxiv.stop());

const LIST = `# Must-read papers on efficient tuning

## Papers

### Methods

- **LoRA: Low-Rank Adaptation of Large Language Models,** Preprint 2021. ![](https://img.shields.io/badge/LoRA-blue)

  *Edward J. Hu, Yelong Shen, Phillip Wallis*. [[pdf](https://arxiv.org/abs/2106.09685)]

- **Parameter-Efficient Transfer Learning for NLP,** ICML 2019. ![](https://img.shields.io/badge/Adapter-blue)

  *Neil Houlsby, Andrei Giurgiu, Stanislaw Jastrzebski*. [[pdf](https://arxiv.org/abs/1902.00751)]

- **The Power of Scale for Parameter-Efficient Prompt Tuning,** EMNLP 2021. ![](https://img.shields.io/badge/Prompt-blue)

  *Brian Lester, Rami Al-Rfou, Noah Constant*. [[pdf](https://arxiv.org/abs/2104.08691)]
`;

const UNIFIED = `
- **Towards a Unified View of Parameter-Efficient Transfer Learning,** Preprint 2021. ![](https://img.shields.io/badge/Unified-blue)

  *Junxian He, Chunting Zhou, Xuezhe Ma*. [[pdf](https://arxiv.org/abs/2110.04366)]
`;

async function run(options: Partial<AuditPullOptions> = {}) {
  const fake = fakeGitHub();
  const RestWithPlugins = Octokit.plugin(...octokitPlugins);
  const settings = octokitOptions(() => {});
  const octokit = new RestWithPlugins({
    auth: 'test-token',
    baseUrl: fake.url,
    ...settings,
    // GitHub asks for a second between writes; the fake does not, and the tests need not wait.
    throttle: { ...settings.throttle, enabled: false },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  }) as unknown as OctokitLike;
  const log: string[] = [];
  const summaries: string[] = [];
  const outcome = await auditPullRequest(
    new GitHub(octokit, REVIEW_MARKER),
    new GitData(octokit),
    { owner: fake.owner, repo: fake.repo },
    {
      files: ['README.md'],
      configPath: '.github/paperlint.yml',
      configRequired: false,
      serverUrl: 'https://github.com',
      services: {
        papers: arxivClient({ endpoint: arxiv.url, notice: (m) => log.push(m), spacingMs: 0 }).lookup,
      },
      ...options,
    },
    {
      info: (m) => log.push(m),
      notice: (m) => log.push(`notice: ${m}`),
      summary: async (markdown) => void summaries.push(markdown),
    },
  );
  return { outcome, log, summaries };
}

/** The writes the runs made, as `METHOD operation target`. */
function writes(): string[] {
  return fakeGitHub()
    .requests.filter((r) => r.method !== 'GET')
    .map((r) => {
      const ref = (r.body as { ref?: string } | undefined)?.ref ?? r.path.replace(/^.*\/git\/refs\//, '');
      return `${r.method} ${r.operation}${r.operation?.includes('-ref') ? ` ${decodeURIComponent(ref)}` : ''}`;
    });
}

describe('mode: audit', () => {
  it('opens one pull request from paperlint/audit with one commit of every fix', async () => {
    const main = git.refs.get('heads/main')!;
    const { outcome, summaries } = await run();
    expect(outcome).toMatchObject({ action: 'opened', changes: 1 });
    expect(writes()).toEqual([
      'POST git/create-blob',
      'POST git/create-tree',
      'POST git/create-commit',
      'POST git/create-ref refs/heads/paperlint/audit',
      'POST pulls/create',
    ]);
    expect(git.refs.get('heads/main')).toBe(main);
    const head = git.refs.get(`heads/${AUDIT_BRANCH}`)!;
    expect(git.commits.get(head)!.parents).toEqual([main]);
    expect(git.fileOn(AUDIT_BRANCH, 'README.md')).toBe(LIST.replace('Preprint 2021', 'ICLR 2022'));
    expect(git.fileOn(AUDIT_BRANCH, 'docs/notes.md')).toBe('# Notes\n');
    const [pull] = git.pulls;
    expect(pull).toMatchObject({
      head: AUDIT_BRANCH,
      base: 'main',
      title: 'paperlint audit: 1 fix to README.md',
    });
    expect(pull.body).toContain('`Preprint 2021` → `ICLR 2022`');
    expect(pull.body).toContain('arXiv 2106.09685v2: journal reference "ICLR 2022"');
    expect(summaries).toEqual([pull.body]);
  });

  it('leaves the pull request alone when it already proposes this on this base', async () => {
    await run();
    const before = writes().length;
    const { outcome } = await run();
    expect(outcome.action).toBe('unchanged');
    expect(writes()).toHaveLength(before);
  });

  it('moves the branch to the newest default branch and edits the same pull request', async () => {
    await run();
    git.commitOn('main', { 'README.md': `${LIST}${UNIFIED}` });
    const before = writes().length;
    const { outcome } = await run();
    expect(outcome).toMatchObject({ action: 'updated', changes: 2 });
    expect(writes().slice(before)).toEqual([
      'POST git/create-blob',
      'POST git/create-tree',
      'POST git/create-commit',
      'PATCH git/update-ref heads/paperlint/audit',
      'PATCH pulls/update',
    ]);
    expect(git.pulls).toHaveLength(1);
    expect(git.pulls[0].title).toBe('paperlint audit: 2 fixes to README.md');
    expect(git.commits.get(git.refs.get(`heads/${AUDIT_BRANCH}`)!)!.parents).toEqual([
      git.refs.get('heads/main'),
    ]);
  });

  it('closes the pull request with a comment once nothing is left', async () => {
    await run();
    // The maintainer makes the fix on the default branch themselves.
    git.commitOn('main', { 'README.md': LIST.replace('Preprint 2021', 'ICLR 2022') });
    const { outcome } = await run();
    expect(outcome.action).toBe('closed');
    expect(git.pulls[0].state).toBe('closed');
    expect(git.comments).toEqual([
      expect.objectContaining({
        issue_number: git.pulls[0].number,
        body: expect.stringMatching(/nothing is left to fix/),
      }),
    ]);
    expect((await run()).outcome.action).toBe('nothing');
    expect(git.comments).toHaveLength(1);
  });

  it('does not force-push over commits a maintainer made on the branch: it says so, once', async () => {
    await run();
    const fixed = git.fileOn(AUDIT_BRANCH, 'README.md')!;
    const theirs = git.commitOn(AUDIT_BRANCH, { 'README.md': `${fixed}\n<!-- reviewed -->\n` }, MAINTAINER);
    git.commitOn('main', { 'README.md': `${LIST}${UNIFIED}` });
    const before = writes().length;
    const { outcome, log } = await run();
    expect(outcome.action).toBe('held');
    expect(git.refs.get(`heads/${AUDIT_BRANCH}`)).toBe(theirs);
    expect(writes().slice(before)).toEqual(['POST issues/create-comment']);
    expect(git.comments[0].body).toContain('commits paperlint did not make');
    expect(git.comments[0].body).not.toContain('@maintainer');
    expect(log).toContainEqual(
      expect.stringMatching(/^notice: paperlint\/audit has commits paperlint did not make/),
    );
    await run();
    expect(writes().slice(before)).toEqual(['POST issues/create-comment']);
  });

  it('knows its own commits by who made them, not only by their trailer', async () => {
    await run();
    const fixed = git.fileOn(AUDIT_BRANCH, 'README.md')!;
    const copied = git.commitOn(
      AUDIT_BRANCH,
      { 'README.md': `${fixed}\n` },
      MAINTAINER,
      'Tidy\n\nPaperlint-Audit: 0000',
    );
    git.commitOn('main', { 'README.md': `${LIST}${UNIFIED}` });
    expect((await run()).outcome.action).toBe('held');
    expect(git.refs.get(`heads/${AUDIT_BRANCH}`)).toBe(copied);
  });

  it('does not propose again what a maintainer closed unmerged', async () => {
    await run();
    git.pulls[0].state = 'closed';
    const before = writes().length;
    const { outcome } = await run();
    expect(outcome.action).toBe('declined');
    expect(writes()).toHaveLength(before);
    // A new finding is a new proposal: a new pull request, never two open at once.
    git.commitOn('main', { 'README.md': `${LIST}${UNIFIED}` });
    expect((await run()).outcome.action).toBe('opened');
    expect(git.pulls.filter((pull) => pull.state === 'open')).toHaveLength(1);
  });

  it('never writes a branch that is not its own', async () => {
    const fake = fakeGitHub();
    const octokit = new Octokit({ auth: 'test-token', baseUrl: fake.url }) as unknown as OctokitLike;
    const repository = { owner: fake.owner, repo: fake.repo };
    await expect(new GitData(octokit).setBranch(repository, 'main', 'a'.repeat(40), true)).rejects.toThrow(
      RefusedWrite,
    );
    git.defaultBranch = AUDIT_BRANCH;
    git.refs.set(`heads/${AUDIT_BRANCH}`, git.refs.get('heads/main')!);
    await expect(run()).rejects.toThrow(RefusedWrite);
    expect(writes()).toEqual([]);
  });
});
