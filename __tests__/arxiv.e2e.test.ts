import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DELTA, PROMPT_STYLE, fixturePath, insertAfter, readFixture, removeLines } from './helpers.js';
import { openPullRequest, runAction } from './support/action-harness.js';
import { FakeArxiv } from './support/fake-arxiv.js';
import type { FakeGitHub } from './support/fake-github.js';
import { fakeGitHubPerTest } from './support/per-test.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

let arxiv: FakeArxiv;
beforeEach(async () => {
  arxiv = new FakeArxiv();
  await arxiv.start();
});
afterEach(() => arxiv.stop());

/** The bundled CLI, run asynchronously so the fake arXiv in this process can answer it. */
async function paperlint(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.env.PAPERLINT_NODE ?? process.execPath, [CLI, ...args], {
    env: { ...process.env, NO_COLOR: '1', ARXIV_API_URL: arxiv.url, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, stdout, stderr };
}

function scratchCopy(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'paperlint-add-')), 'README.md');
  writeFileSync(file, text);
  return file;
}

const DELTA_TEXT = readFixture(DELTA);
/** The reference list without its LoRA entry (lines 79-82). */
const WITHOUT_LORA = removeLines(DELTA_TEXT, 79, 82);
const LORA_AUTHORS =
  'Edward J. Hu, Yelong Shen, Phillip Wallis, Zeyuan Allen-Zhu, Yuanzhi Li, Shean Wang, Lu Wang, Weizhu Chen';

describe('paperlint --arxiv', () => {
  it('checks entries against arXiv only when asked, in one request', async () => {
    const offline = await paperlint(['--format', 'json', fixturePath(DELTA)]);
    expect(
      JSON.parse(offline.stdout).findings.some((f: { rule: string }) => f.rule === 'arxiv-metadata'),
    ).toBe(false);
    expect(arxiv.requests).toEqual([]);

    const { stdout } = await paperlint(['--arxiv', '--format', 'json', fixturePath(DELTA)]);
    const checked = JSON.parse(stdout).findings.filter((f: { rule: string }) => f.rule === 'arxiv-metadata');
    expect(checked.map((f: { line: number; severity: string }) => `${f.severity}@${f.line}`)).toEqual([
      'warning@41',
      'warning@51',
      'warning@95',
      'warning@99',
      'warning@133',
      'warning@149',
    ]);
    expect(arxiv.requests).toHaveLength(1);
  });

  it('says once on stderr that arXiv is not reachable, and reports the rest', async () => {
    arxiv.faults = [{ kind: 'hangUp', times: 9 }];
    const { status, stderr, stdout } = await paperlint(['--arxiv', fixturePath(DELTA)]);
    expect(status).toBe(1);
    expect(stderr).toBe('paperlint: arXiv not reachable; paper metadata not checked\n');
    expect(stdout).toMatch(/5 errors, 2 warnings in 38 entries checked/);
  });
});

describe('paperlint add', () => {
  it("writes the entry from the record in the list's form, at the end of the section", async () => {
    const file = scratchCopy(WITHOUT_LORA);
    const { status, stdout } = await paperlint([
      'add',
      'https://arxiv.org/pdf/2106.09685v2.pdf',
      '--section',
      'methodology',
      '--badge',
      'LoRA-blue',
      '--badge',
      'NLU-orange',
      file,
    ]);
    expect(stdout).toBe(`Added arXiv 2106.09685 to "methodology" at line 115 of ${file}.\n`);
    expect(status).toBe(0);
    const entry = [
      '- **LoRA: Low-Rank Adaptation of Large Language Models,** Preprint 2021. ![](https://img.shields.io/badge/LoRA-blue) ![](https://img.shields.io/badge/NLU-orange)',
      '',
      `  *${LORA_AUTHORS}*. [[pdf](https://arxiv.org/abs/2106.09685)]`,
    ].join('\n');
    expect(readFileSync(file, 'utf8')).toBe(insertAfter(WITHOUT_LORA, 113, `\n${entry}`));
    // It passes paperlint, arXiv's check included.
    const base = scratchCopy(WITHOUT_LORA);
    const check = await paperlint(['--arxiv', '--base-file', base, '--format', 'json', file]);
    expect(JSON.parse(check.stdout).summary).toMatchObject({ checked: 1, errors: 0, warnings: 0 });
  });

  it('writes a numbered list in its own form, and --print leaves the file alone', async () => {
    const file = scratchCopy(readFixture(PROMPT_STYLE));
    const { status, stdout } = await paperlint([
      'add',
      '2305.14314',
      '--section',
      'Basics',
      '--badge',
      'QLoRA-blue',
      '--print',
      file,
    ]);
    expect(status).toBe(0);
    expect(stdout).toBe(
      [
        '12. **QLoRA: Efficient Finetuning of Quantized LLMs.** Preprint 2023. ![](https://img.shields.io/badge/QLoRA-blue)',
        '',
        '    *Tim Dettmers, Artidoro Pagnoni, Ari Holtzman, Luke Zettlemoyer.* [[pdf](https://arxiv.org/abs/2305.14314)]',
        '',
      ].join('\n'),
    );
    expect(readFileSync(file, 'utf8')).toBe(readFixture(PROMPT_STYLE));
  });

  it('finds a section by the name it reads as (a linked heading)', async () => {
    const file = scratchCopy(WITHOUT_LORA.replace('### Methodology', '### [Methodology](#content)'));
    const { status, stdout } = await paperlint([
      'add',
      '2106.09685',
      '--section',
      'methodology',
      '--badge',
      'LoRA-blue',
      '--print',
      file,
    ]);
    expect(status).toBe(0);
    expect(stdout).toContain('- **LoRA: Low-Rank Adaptation of Large Language Models,** Preprint 2021.');
  });

  it.each([
    [
      ['2106.09685', '--section', 'Analysis', '--badge', 'LoRA-blue'],
      /arXiv 2106\.09685 is already in the list, at line 79\./,
    ],
    [['2106.99999', '--section', 'Analysis', '--badge', 'X-blue'], /arXiv has no paper 2106\.99999\./],
    [
      ['2305.14314', '--section', 'Datasets', '--badge', 'QLoRA-blue'],
      /no section "Datasets" in .*; its sections are: "Overview", "Methodology", "Analysis", "Applications & Tools", "Blogs"\./,
    ],
    [
      ['2305.14314', '--section', 'Analysis', '--badge', 'QLoRA-red'],
      /would not pass paperlint.*\n.*badge-color/,
    ],
    [['2305.14314', '--section', 'Analysis'], /would not pass paperlint.*\n.*badge-missing/],
  ])('refuses %j with exit 2 and leaves the file untouched', async (args, message) => {
    const file = scratchCopy(DELTA_TEXT);
    const { status, stderr } = await paperlint(['add', ...args, file]);
    expect(stderr).toMatch(message);
    expect(status).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(DELTA_TEXT);
  });

  it('refuses when arXiv cannot be reached', async () => {
    arxiv.faults = [{ kind: 'status', status: 404, times: 9 }];
    const file = scratchCopy(DELTA_TEXT);
    const { status, stderr } = await paperlint(['add', '2305.14314', '--section', 'Analysis', file]);
    expect(stderr).toBe('paperlint add: arXiv not reachable; nothing was written.\n');
    expect(status).toBe(2);
  });

  it.each([
    [['add', 'not-an-id', '--section', 'Analysis', 'README.md'], /"not-an-id" is not an arXiv id or link/],
    [['add', '2305.14314', 'README.md'], /--section names the category/],
    [['add', '2305.14314', '--section', 'Analysis', '--badge', 'blue', 'README.md'], /--badge is TEXT-COLOR/],
  ])('exits 2 with usage for %j', async (args, message) => {
    const { status, stderr } = await paperlint(args);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('paperlint add ID|URL --section NAME');
    expect(status).toBe(2);
  });
});

describe('the Action with arXiv', () => {
  const github = fakeGitHubPerTest();
  let fake: FakeGitHub;
  beforeEach(() => {
    fake = github();
  });

  /** Three entries a PR adds to "Methodology": one links the paper above it (LoRA) by mistake. */
  const ADDED = [
    '- **QLoRA: Efficient Finetuning of Quantized LLMs,** NeurIPS 2023. ![](https://img.shields.io/badge/QLoRA-blue) ![](https://img.shields.io/badge/NLU-orange)',
    '',
    '  *Tim Dettmers, Artidoro Pagnoni, Ari Holtzman, Luke Zettlemoyer*. [[pdf](https://arxiv.org/abs/2106.09685)]',
    '',
    '- **DoRA: Weight-Decomposed Low-Rank Adaptation,** ICML 2024. ![](https://img.shields.io/badge/DoRA-blue) ![](https://img.shields.io/badge/NLU-orange)',
    '',
    '  *Shih-Yang Liu, Chien-Yi Wang, Hongxu Yin, Pavlo Molchanov, Yu-Chiang Frank Wang, Kwang-Ting Cheng, Min-Hung Chen*. [[pdf](https://arxiv.org/abs/2402.09353)]',
    '',
    '- **Scaling Instruction-Finetuned Language Models,** Preprint 2022. ![](https://img.shields.io/badge/Flan_T5-blue) ![](https://img.shields.io/badge/Instruction_Tuning-green)',
    '',
    '  *Hyung Won Chung, Le Hou, Shayne Longpre, Barret Zoph, Yi Tay, William Fedus*. [[pdf](https://arxiv.org/abs/2210.11416)]',
    '',
  ].join('\n');

  it('checks by default: one arXiv request for the three entries, the wrong link an inline error', async () => {
    openPullRequest(fake, DELTA_TEXT, insertAfter(DELTA_TEXT, 118, ADDED));
    const run = await runAction(fake, { arxivUrl: arxiv.url });
    expect(arxiv.requests).toEqual([['2106.09685', '2402.09353', '2210.11416']]);
    // The copied link also repeats LoRA's id: the duplicate check says where, arXiv says whose it is.
    expect(run.outputs).toMatchObject({ errors: '2', warnings: '0', 'entries-checked': '3' });
    expect(fake.comments.map((c) => [c.line, /duplicate|arxiv-metadata/.exec(c.body)?.[0]])).toEqual([
      [119, 'duplicate'],
      [121, 'arxiv-metadata'],
    ]);
    expect(fake.comments[1].body).toContain(
      'This links to another paper: arXiv 2106.09685 is `LoRA: Low-Rank Adaptation of Large Language Models` \\(Hu et al.\\).',
    );
    expect(run.stdout).toContain('Asked arXiv in 1 request(s).');
  });

  it('posts the same review as without arXiv when arXiv is down, with one notice', async () => {
    openPullRequest(fake, DELTA_TEXT, insertAfter(DELTA_TEXT, 118, ADDED));
    arxiv.faults = [{ kind: 'hangUp', times: 9 }];
    const run = await runAction(fake, { arxivUrl: arxiv.url });
    expect(run.stdout).toContain('::notice::arXiv not reachable; paper metadata not checked');
    expect(run.outputs).toMatchObject({ findings: '1', errors: '1', 'entries-checked': '3' });
    expect(fake.comments.map((c) => c.line)).toEqual([119]);
  });

  it('does not ask arXiv with `arxiv: false`', async () => {
    openPullRequest(fake, DELTA_TEXT, insertAfter(DELTA_TEXT, 118, ADDED));
    const run = await runAction(fake, { arxivUrl: arxiv.url, inputs: { arxiv: 'false' } });
    expect(arxiv.requests).toEqual([]);
    expect(run.outputs).toMatchObject({ findings: '1', errors: '1' });
  });
});
