import { describe, expect, it } from '@jest/globals';
import { lint, type LintResult, type Settings } from '../src/check/engine.js';
import { EVERY_LINE } from '../src/read/diff.js';
import { formatGithub, formatJson } from '../src/report/format.js';
import { formatSarif } from '../src/report/sarif.js';
import { planReview, type FileFindings } from '../src/review/plan.js';
import { jobSummary } from '../src/review/summary.js';
import { deltaStyleList } from './helpers.js';

/** Six real papers written as the list writes them, but without its keyword badges. */
const PAPERS = [
  [
    'LoRA: Low-Rank Adaptation of Large Language Models',
    'ICLR 2022',
    'Edward J. Hu, Yelong Shen, Phillip Wallis',
    '2106.09685',
  ],
  [
    'Compacter: Efficient Low-Rank Hypercomplex Adapter Layers',
    'NeurIPS 2021',
    'Rabeeh Karimi Mahabadi, James Henderson, Sebastian Ruder',
    '2106.04647',
  ],
  [
    'BitFit: Simple Parameter-efficient Fine-tuning for Transformer-based Masked Language-models',
    'ACL 2022',
    'Elad Ben Zaken, Shauli Ravfogel, Yoav Goldberg',
    '2106.10199',
  ],
  [
    'P-Tuning v2: Prompt Tuning Can Be Comparable to Fine-tuning Universally Across Scales and Tasks',
    'ACL 2022',
    'Xiao Liu, Kaixuan Ji, Yicheng Fu, Zhengxiao Du, Zhilin Yang, Jie Tang',
    '2110.07602',
  ],
  [
    'UniPELT: A Unified Framework for Parameter-Efficient Language Model Tuning',
    'ACL 2022',
    'Yuning Mao, Lambert Mathias, Rui Hou, Amjad Almahairi, Hao Ma',
    '2110.07577',
  ],
  [
    'Few-Shot Parameter-Efficient Fine-Tuning is Better and Cheaper than In-Context Learning',
    'NeurIPS 2022',
    'Haokun Liu, Derek Tam, Mohammed Muqeeth, Jay Mohta, Colin Raffel',
    '2205.05638',
  ],
];
const unbadged = (count: number) =>
  PAPERS.slice(0, count)
    .map(
      ([title, venue, authors, id]) =>
        `- **${title},** ${venue}.\n\n  *${authors}.* [[pdf](https://arxiv.org/abs/${id})]`,
    )
    .join('\n\n');

const base = deltaStyleList('').replace(/\n{3,}/g, '\n\n');
const withUnbadged = (count: number) => deltaStyleList(unbadged(count));
const ERROR_CONFIG: Settings = { rules: { 'badge-missing': 'error' } };

const check = (count: number, settings?: Settings) =>
  lint({ path: 'README.md', text: withUnbadged(count), baseText: base, settings });

const reviewOf = (result: LintResult) => ({
  path: result.path,
  source: result.source,
  findings: result.findings,
  commentable: EVERY_LINE,
});

const plan = (files: readonly FileFindings[], reviews: { body: string; submittedAt: string }[] = []) =>
  planReview(
    files,
    { comments: [], reviews, unread: new Set(), partlyListed: false, unanswered: new Set() },
    { suggestions: true, maxComments: 30, headSha: 'c'.repeat(40), entriesChecked: 6 },
  );

describe('a deviation repeated across entries, with its severity set in the config', () => {
  it('is one finding per entry, at the configured severity', async () => {
    const result = await check(6, ERROR_CONFIG);
    expect(result.checked).toBe(6);
    expect(result.findings.map((f) => [f.rule, f.severity, f.entryKey])).toEqual(
      PAPERS.map(([, , , id]) => ['badge-missing', 'error', `arxiv:${id}`]),
    );
  });

  it('keeps one finding per entry in JSON, SARIF and annotations', async () => {
    const result = await check(6, ERROR_CONFIG);
    const json = JSON.parse(formatJson([result]));
    expect(json.findings.map((f: { severity: string }) => f.severity)).toEqual(Array(6).fill('error'));
    expect(json.summary).toMatchObject({ errors: 6, warnings: 0 });
    const sarif = JSON.parse(formatSarif([result], '0.0.0'));
    expect(sarif.runs[0].results.map((r: { level: string }) => r.level)).toEqual(Array(6).fill('error'));
    expect(
      formatGithub([result])
        .split('\n')
        .filter((line) => line.startsWith('::error ')),
    ).toHaveLength(6);
  });

  it('is one line of the review, an error, naming the entries; a re-run posts nothing new', async () => {
    const files = [reviewOf(await check(6, ERROR_CONFIG))];
    const first = plan(files);
    expect(first.review?.comments).toEqual([]);
    const body = first.review!.body;
    expect(body).toContain('found 6 errors and 0 warnings');
    const lines = body.split('\n').filter((line) => line.startsWith('- '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^- `README\.md` line 41: \*\*Error\*\* · 6 entries differ from the rest of the list the same way \\\(lines 41, 45, 49, 53, 57 and 1 more\\\)\. The first: Add a keyword badge/,
    );
    expect(plan(files, [{ body, submittedAt: '2026-01-01T00:00:00Z' }]).review).toBeUndefined();
  });

  it('is one row of the job summary', async () => {
    const result = await check(6, ERROR_CONFIG);
    const summary = jobSummary(
      result.findings,
      { files: 1, checked: 6, errors: 6, warnings: 0 },
      () => 'https://example.com',
    );
    const rows = summary.split('\n').filter((line) => line.startsWith('| [README.md'));
    expect(rows).toEqual([
      expect.stringMatching(
        /^\| \[README\.md:41\]\(https:\/\/example\.com\) \| error \| \[badge-missing\].* \| 6 entries differ/,
      ),
    ]);
  });

  it('while two such entries get a comment each, with the severity the list gives', async () => {
    const result = await check(2);
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['badge-missing', 'warning'],
      ['badge-missing', 'warning'],
    ]);
    expect(plan([reviewOf(result)]).review?.comments).toHaveLength(2);
  });
});
