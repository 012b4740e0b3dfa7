import { beforeEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DELTA, insertAfter, readFixture, removeLines } from './helpers.js';
import { BASE_SHA, HEAD_SHA, openPullRequest, runAction } from './support/action-harness.js';
import type { FakeGitHub } from './support/fake-github.js';
import { fakeGitHubPerTest } from './support/per-test.js';

const BASE = readFixture(DELTA);
const WITH_PDF_LINK = [
  '- **Scaling Instruction-Finetuned Language Models,** Preprint 2022. ![](https://img.shields.io/badge/Flan_T5-blue) ![](https://img.shields.io/badge/Instruction_Tuning-green)',
  '',
  '  *Hyung Won Chung, Le Hou, Shayne Longpre, Barret Zoph, Yi Tay, William Fedus*. [[pdf](https://arxiv.org/pdf/2210.11416.pdf)]',
  '',
].join('\n');
const WITH_GLUED_BADGE = [
  '- **QLoRA: Efficient Finetuning of Quantized LLMs,** NeurIPS 2023.![](https://img.shields.io/badge/QLoRA-blue) ![](https://img.shields.io/badge/NLU-orange)',
  '',
  '  *Tim Dettmers, Artidoro Pagnoni, Ari Holtzman, Luke Zettlemoyer*. [[pdf](https://arxiv.org/abs/2305.14314)], [[Project](https://github.com/artidoro/qlora)]',
  '',
].join('\n');
const CLEAN = [
  '- **DoRA: Weight-Decomposed Low-Rank Adaptation,** ICML 2024. ![](https://img.shields.io/badge/DoRA-blue) ![](https://img.shields.io/badge/NLU-orange)',
  '',
  '  *Shih-Yang Liu, Chien-Yi Wang, Hongxu Yin, Pavlo Molchanov, Yu-Chiang Frank Wang, Kwang-Ting Cheng, Min-Hung Chen*. [[pdf](https://arxiv.org/abs/2402.09353)]',
  '',
].join('\n');
/** The PR: three entries added at the end of "Methodology" (after line 118); they land at 119, 123, 127. */
const HEAD = insertAfter(BASE, 118, `${WITH_PDF_LINK}\n${WITH_GLUED_BADGE}\n${CLEAN}`);

const github = fakeGitHubPerTest();
let fake: FakeGitHub;
beforeEach(() => {
  fake = github();
});

function openPr(head = HEAD, headSha = HEAD_SHA, options: { patch?: boolean } = {}) {
  openPullRequest(fake, BASE, head, { headSha, ...options });
}

/** Reviews posted: created pending, then submitted (a pending review is never shown). */
const reviewPosts = () =>
  fake.requests.filter((r) => r.operation === 'pulls/submit-review' && r.status === 200);

describe('the Action on a pull request (dist/index.js)', () => {
  it('posts one review with two inline comments and suggestions', async () => {
    openPr();
    const run = await runAction(fake);
    expect(run.code).toBe(1); // the /pdf/ link is an error; fail-on: error
    expect(reviewPosts()).toHaveLength(1);
    expect(fake.comments.map((c) => [c.path, c.line])).toEqual([
      ['README.md', 121],
      ['README.md', 123],
    ]);
    const [pdf, glued] = fake.comments;
    expect(pdf.body).toContain('arxiv-abs');
    expect(pdf.body).toContain(
      '```suggestion\n  *Hyung Won Chung, Le Hou, Shayne Longpre, Barret Zoph, Yi Tay, William Fedus*. [[pdf](https://arxiv.org/abs/2210.11416)]\n```',
    );
    expect(glued.body).toContain(
      '```suggestion\n- **QLoRA: Efficient Finetuning of Quantized LLMs,** NeurIPS 2023. ![](https://img.shields.io/badge/QLoRA-blue)',
    );
    expect(fake.reviews[0]).toMatchObject({ event: 'COMMENT', commit_id: HEAD_SHA });
    expect(fake.reviews[0].body).toContain('3 entries');
    expect(fake.reviews[0].body).toContain('#contributing-to-this-paper-list');
    expect(run.outputs).toMatchObject({ findings: '2', errors: '1', warnings: '1', 'entries-checked': '3' });
    expect(run.outputs['review-url']).toMatch(/#pullrequestreview-\d+$/);
    expect(run.summary).toContain('| [README.md:121](https://github.com/thunlp/DeltaPapers/blob/');
    console.log(`scenario "three entries": ${fake.requests.length} API requests: ${fake.calls().join(', ')}`);
  });

  it('posts nothing new on a re-run, and marks a comment fixed after a push that fixes it', async () => {
    openPr();
    await runAction(fake);
    const afterFirst = fake.requests.length;
    const again = await runAction(fake);
    expect(reviewPosts()).toHaveLength(1);
    expect(fake.comments).toHaveLength(2);
    expect(again.stdout).toContain('Nothing new since the last review');
    console.log(`scenario "re-run": ${fake.requests.length - afterFirst} API requests`);

    const fixedHead = HEAD.replace('arxiv.org/pdf/2210.11416.pdf', 'arxiv.org/abs/2210.11416');
    const newSha = 'd'.repeat(40);
    openPr(fixedHead, newSha);
    const beforePush = fake.requests.length;
    const pushed = await runAction(fake, { headSha: newSha });
    expect(reviewPosts()).toHaveLength(1);
    expect(fake.comments[0].body).toMatch(
      /^<!-- paperlint fp=[0-9a-f,]+ fixed -->\n\*\*Fixed\*\* in ddddddd/,
    );
    expect(fake.comments[1].body).not.toContain('Fixed');
    expect(pushed.code).toBe(0); // only the glued badge (a warning) is left
    console.log(`scenario "push that fixes one": ${fake.requests.length - beforePush} API requests`);
  });

  it('falls back to annotations and the summary with a read-only token (a fork PR)', async () => {
    openPr();
    fake.readOnly = true;
    const run = await runAction(fake);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error file=README.md,line=121,endLine=121,col=');
    expect(run.stdout).toContain('title=paperlint arxiv-abs::Link the arXiv abstract page');
    expect(run.stdout).toContain('::warning file=README.md,line=123');
    expect(run.stdout).toContain('pull_request_target');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.summary).toContain('README.md:121');
    expect(run.outputs).toMatchObject({ errors: '1', warnings: '1' });
    expect(fake.reviews).toHaveLength(0);
    console.log(`scenario "fork": ${fake.requests.length} API requests`);
  });

  it('posts no review on a clean PR', async () => {
    openPr(insertAfter(BASE, 118, CLEAN));
    const run = await runAction(fake);
    expect(run.code).toBe(0);
    expect(fake.reviews).toHaveLength(0);
    expect(run.summary).toContain('Nothing to fix');
    expect(run.outputs).toMatchObject({ findings: '0', 'entries-checked': '1', 'review-url': '' });
    console.log(`scenario "clean PR": ${fake.requests.length} API requests`);
  });

  it('retries a 502 and posts exactly one review', async () => {
    openPr();
    fake.faults.push({ method: 'POST', path: /\/reviews$/, status: 502, times: 1 });
    const run = await runAction(fake);
    expect(run.code).toBe(1);
    expect(fake.requests.filter((r) => r.operation === 'pulls/create-review').map((r) => r.status)).toEqual([
      502, 200,
    ]);
    expect(fake.reviews).toHaveLength(1);
    console.log(`scenario "502 then success": ${fake.requests.length} API requests`);
  });

  it('pages through a PR with 150 files', async () => {
    openPr();
    const readme = fake.files[0];
    fake.files = Array.from({ length: 149 }, (_, i) => ({
      filename: `papers/extra-${i}.md`,
      status: 'added' as const,
      patch: '@@ -0,0 +1 @@\n+x',
    }));
    fake.files.splice(120, 0, readme);
    const run = await runAction(fake);
    expect(fake.requests.filter((r) => r.operation === 'pulls/list-files')).toHaveLength(2);
    expect(fake.comments).toHaveLength(2);
    expect(run.outputs['entries-checked']).toBe('3');
    console.log(`scenario "150 files": ${fake.requests.length} API requests`);
  });

  it('computes the diff itself when GitHub leaves the patch out, and reports in the body', async () => {
    openPr(HEAD, HEAD_SHA, { patch: false });
    const run = await runAction(fake);
    expect(run.outputs).toMatchObject({ findings: '2', 'entries-checked': '3' });
    expect(fake.comments).toHaveLength(0);
    expect(fake.reviews[0].body).toContain('line 121');
    expect(fake.reviews[0].body).toContain('line 123');
    console.log(`scenario "missing patch": ${fake.requests.length} API requests`);
  });

  it('reviews an entry the PR only took a line out of', async () => {
    openPr(removeLines(BASE, 80, 80)); // the empty line between LoRA's title and its authors
    const run = await runAction(fake);
    expect(run.outputs).toMatchObject({ errors: '1', 'entries-checked': '1' });
    expect(fake.comments.map((c) => [c.line, c.body.includes('```suggestion\n\n  *Edward J. Hu')])).toEqual([
      [80, true],
    ]);
  });

  it('exits 0 with errors present under fail-on: never', async () => {
    openPr();
    const run = await runAction(fake, { inputs: { 'fail-on': 'never' } });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '1' });
  });

  it('fails on warnings under fail-on: warning, and posts REQUEST_CHANGES when asked', async () => {
    openPr(insertAfter(BASE, 118, WITH_GLUED_BADGE));
    const run = await runAction(fake, {
      inputs: { 'fail-on': 'warning', 'review-event': 'REQUEST_CHANGES' },
    });
    expect(run.code).toBe(1);
    expect(fake.reviews[0].event).toBe('REQUEST_CHANGES');
  });

  it("dismisses its request for changes once a push makes the PR clean, and no one else's", async () => {
    const withGluedBadge = insertAfter(BASE, 118, WITH_GLUED_BADGE);
    openPr(withGluedBadge);
    // A warning asks for changes only when warnings fail the step.
    const inputs = { 'review-event': 'REQUEST_CHANGES', 'fail-on': 'warning' };
    await runAction(fake, { inputs });
    expect(fake.reviews.map((r) => r.state)).toEqual(['CHANGES_REQUESTED']);
    // A maintainer's own request for changes, and one the PR's author dressed up as paperlint's.
    const human = (id: number, login: string, body: string) => ({
      ...fake.reviews[0],
      id,
      body,
      user: { login, type: 'User' as const },
    });
    fake.reviews.push(human(1, 'maintainer', 'Please explain this entry.'));
    fake.reviews.push(human(2, 'contributor', fake.reviews[0].body));
    const cleanSha = 'd'.repeat(40);
    openPr(withGluedBadge.replace('2023.![]', '2023. ![]'), cleanSha);
    const run = await runAction(fake, { inputs, headSha: cleanSha });
    expect(run.code).toBe(0);
    expect(fake.reviews.map((r) => r.state)).toEqual(['DISMISSED', 'CHANGES_REQUESTED', 'CHANGES_REQUESTED']);
    expect(fake.violations).toEqual([]);
    const dismissal = fake.requests.find((r) => r.operation === 'pulls/dismiss-review');
    expect(dismissal?.body).toEqual({
      message: expect.stringContaining('nothing it asked to change is left'),
      event: 'DISMISS',
    });
    expect(run.stdout).toContain('dismissed the request for changes');
    expect(reviewPosts()).toHaveLength(1);
    // Clean again: nothing left to dismiss, nothing written but the pending review that tells an
    // installation token who it posts as (created, read, deleted: never shown).
    const before = fake.requests.length;
    await runAction(fake, { inputs, headSha: cleanSha });
    expect(
      fake.requests
        .slice(before)
        .filter((r) => r.method !== 'GET')
        .map((r) => r.operation),
    ).toEqual(['pulls/create-review', 'pulls/delete-pending-review']);
  });

  it('says so when GitHub refuses to dismiss (a protected branch), and carries on', async () => {
    openPr(insertAfter(BASE, 118, WITH_PDF_LINK));
    await runAction(fake, { inputs: { 'review-event': 'REQUEST_CHANGES' } });
    openPr(insertAfter(BASE, 118, CLEAN), 'e'.repeat(40));
    fake.faults.push({ method: 'PUT', path: /\/dismissals$/, status: 403, times: 1 });
    const run = await runAction(fake, { headSha: 'e'.repeat(40) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("GitHub refused to dismiss paperlint's request for changes (403)");
    expect(run.stdout).not.toContain('pull_request_target'); // not mistaken for a read-only token
  });

  it('leaves suggestions out when suggestions is false, and caps inline comments', async () => {
    openPr();
    await runAction(fake, { inputs: { suggestions: 'false', 'max-comments': '1' } });
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0].body).not.toContain('```suggestion');
    expect(fake.reviews[0].body).toContain('line 123');
  });

  it('only checks the files the files input names, and says which pattern matched nothing', async () => {
    openPr();
    const run = await runAction(fake, { inputs: { files: 'docs/**/*.md, *.{md,markdown}, !README.md' } });
    expect(run.outputs).toMatchObject({ findings: '0', 'entries-checked': '0' });
    expect(fake.reviews).toHaveLength(0);
    expect(run.stdout).toContain(
      '::notice::`files` pattern "docs/**/*.md" matches no file this pull request changes; nothing checked for it.',
    );
    expect(run.stdout).toContain('::notice::`files` pattern "*.{md,markdown}" matches no file');
  });

  it('finds a list named readme.md with the default files: README.md', async () => {
    openPullRequest(fake, BASE, HEAD, { path: 'readme.md' });
    const run = await runAction(fake);
    expect(run.stdout).not.toContain('matches no file');
    expect(fake.comments.map((c) => [c.path, c.line])).toEqual([
      ['readme.md', 121],
      ['readme.md', 123],
    ]);
  });

  it('leaves a closed pull request alone', async () => {
    openPr();
    const run = await runAction(fake, { action: 'closed' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::notice::paperlint does not review closed pull requests');
    expect(fake.requests).toHaveLength(0);
  });

  it('says what to do on an event that is not a pull request, and exits 0', async () => {
    const run = await runAction(fake, { eventName: 'push' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::notice::paperlint reviews pull requests');
    expect(fake.requests).toHaveLength(0);
    expect(run.outputs).toMatchObject({ findings: '0' });
  });

  it('fails before posting anything when the base branch has a bad config', async () => {
    openPr();
    fake.setFile(BASE_SHA, '.github/paperlint.yml', 'rules:\n  arxiv-abs: loud\n');
    const run = await runAction(fake);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::.github/paperlint.yml: `rules.arxiv-abs` is "loud"; allowed: "off", "warning", "error"',
    );
    expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});

describe('paperlint review (standalone, @octokit/rest)', () => {
  it('posts the same review from outside Actions', async () => {
    openPr();
    const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
    const child = spawn(
      process.env.PAPERLINT_NODE ?? process.execPath,
      [cli, 'review', '--repo', 'thunlp/DeltaPapers', '--pr', '7'],
      {
        env: { PATH: process.env.PATH ?? '', GITHUB_TOKEN: 'test-token', GITHUB_API_URL: fake.url },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toContain('Posted a review with 2 inline comments');
    expect(code).toBe(1);
    expect(fake.comments.map((c) => c.line)).toEqual([121, 123]);
    expect(stdout).toContain('## paperlint');
    expect(fake.calls()[0]).toBe('GET pulls/get');
  });
});
