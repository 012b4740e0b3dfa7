/**
 * Bad input never crashes and never hangs: every case ends in findings or one clear line, never a
 * stack trace. Each case's time is reported (not asserted: speed belongs to the benchmark).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../src/check/engine.js';
import { DELTA, deltaStyleList, readFixture } from './helpers.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'paperlint-bad-'));
const timings: string[] = [];
afterAll(() => console.log(`bad input, CLI wall time per case:\n${timings.join('\n')}`));

function paperlint(name: string, content: string | Buffer, ...args: string[]) {
  const file = join(dir, name);
  writeFileSync(file, content);
  const started = performance.now();
  const run = spawnSync(
    process.env.PAPERLINT_NODE ?? process.execPath,
    [CLI, '--format', 'json', ...args, file],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  timings.push(`  ${name.padEnd(28)} ${(performance.now() - started).toFixed(0)} ms, exit ${run.status}`);
  expect(run.stderr).not.toMatch(/\n\s+at |TypeError|RangeError|Maximum call stack/);
  return { ...run, file, report: run.status !== 2 ? JSON.parse(run.stdout) : undefined };
}

const GOOD = readFixture(DELTA).split('\n').slice(78, 81).join('\n');
const DELTA_TEXT = readFixture(DELTA);

describe('bad input (CLI)', () => {
  it('an empty file: no entries, exit 0', () => {
    const run = paperlint('empty.md', '');
    expect(run.status).toBe(0);
    expect(run.report.summary).toMatchObject({ entries: 0, errors: 0 });
  });

  it('binary content: one clear line, exit 2', () => {
    const run = paperlint(
      'image.md',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(/^paperlint: .*image\.md is not a text file \(it has NUL bytes\)$/);
  });

  it('invalid UTF-8: one clear line, exit 2', () => {
    const run = paperlint(
      'latin1.md',
      Buffer.concat([Buffer.from('- **Caf'), Buffer.from([0xe9]), Buffer.from('**\n')]),
    );
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(/latin1\.md is not UTF-8 text$/);
  });

  it('CRLF and a BOM: the same positions as LF, and fixes keep the line endings', () => {
    const crlf = `\ufeff${DELTA_TEXT.replace(/\n/g, '\r\n')}`;
    const positions = (report: { findings: { rule: string; line: number; column: number }[] }) =>
      report.findings.map((f) => `${f.rule}@${f.line}:${f.column}`);
    const lf = paperlint('lf.md', DELTA_TEXT);
    const run = paperlint('crlf.md', crlf);
    expect(positions(run.report)).toEqual(positions(lf.report));
    paperlint('crlf.md', crlf, '--fix');
    const fixed = readFileSync(run.file, 'utf8');
    expect(fixed.startsWith('\ufeff# DeltaPapers\r\n')).toBe(true);
    expect(fixed).toContain('[[pdf](https://arxiv.org/abs/2305.03937)]');
    expect(fixed.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('a 5 MB list', () => {
    const entries = Array.from({ length: 16000 }, (_, i) =>
      GOOD.replace('LoRA: Low', `LoRA ${i}: Low`).replace('2106.09685', `2106.${10000 + i}`),
    );
    const text = deltaStyleList(entries.join('\n\n'));
    expect(text.length).toBeGreaterThan(5_000_000);
    const run = paperlint('five-mb.md', text);
    expect(run.status).toBe(0);
    expect(run.report.summary.entries).toBe(16003); // and the list's three examples
  });

  it('one 1 MB line', () => {
    const run = paperlint(
      'long-line.md',
      deltaStyleList(`- **${'word, '.repeat(200_000)}** ICLR 2022.${' '.repeat(50_000)}x`),
    );
    expect([0, 1]).toContain(run.status);
  });

  it('10,000 nested list levels and blockquotes', () => {
    const run = paperlint(
      'nested.md',
      deltaStyleList(`${'- '.repeat(10_000)}**Deep,** ACL 2023.\n\n${'> '.repeat(10_000)}- **Quoted**`),
    );
    expect([0, 1]).toContain(run.status);
  });

  it('100,000 badges on one line: a capped, readable report', () => {
    const badges = '![](https://img.shields.io/badge/X-red)'.repeat(100_000);
    const run = paperlint(
      'badges.md',
      deltaStyleList(
        `- **Many badges,** ACL 2023.${badges}\n\n  *A. Author*. [[pdf](https://arxiv.org/abs/2301.00001)]`,
      ),
    );
    expect(run.status).toBe(0);
    const byRule = (rule: string) => run.report.findings.filter((f: { rule: string }) => f.rule === rule);
    expect(byRule('badge-color')).toHaveLength(10);
    expect(byRule('badge-color')[9].message).toContain('And 99990 more like it');
    expect(byRule('badge-spacing')).toHaveLength(10);
  });

  it('unterminated bold, links and code fences', () => {
    // The fence that never closes comes last, after the list's example entries (the evidence).
    const text = `${deltaStyleList(
      [
        '- **Unclosed bold, ACL 2023. ![](https://img.shields.io/badge/A-blue)',
        '',
        '  *A. Author*. [[pdf](https://arxiv.org/abs/2301.00002',
        '',
        '- **Closed,** ACL 2023. ![](https://img.shields.io/badge/B-blue)',
        '',
        '  *B. Author. [[pdf](https://arxiv.org/abs/2301.00003)]',
      ].join('\n'),
    )}\n\`\`\`\n- **Inside a fence that never closes,** ACL 2023.\n`;
    const run = paperlint('unterminated.md', text);
    expect(run.report.findings[0].message).toMatch(/^Close the bold title on the same line/);
    expect(run.report.findings.map((f: { rule: string; line: number }) => `${f.rule}@${f.line}`)).toEqual([
      'title-format@41',
      'pdf-missing@43',
      'authors-format@47',
    ]);
  });

  it('HTML blocks, tables, zero-width and non-breaking spaces, tabs', async () => {
    const text = deltaStyleList(
      [
        '<details><summary>More</summary>',
        '',
        '| a | b |',
        '| - | - |',
        '| 1 | 2 |',
        '',
        '</details>',
        '',
        GOOD.replace('**LoRA', '**\u200bLoRA'),
        '',
        // Enough well-formed entries for the list's style to be clear (90% of them with two odd ones).
        ...Array.from({ length: 16 }, (_, i) => i + 1).map(
          (i) =>
            `${GOOD.replace('LoRA: Low-Rank', `Good ${i}: Low-Rank`).replace('2106.09685', `2106.${10000 + i}`)}\n`,
        ),
        GOOD.replace('  *Edward', '\u00a0\u00a0*Edward')
          .replace('LoRA: Low-Rank', 'NBSP: Low-Rank')
          .replace('2106.09685', '2106.00005'),
        '',
        GOOD.replace('  *Edward', '\t*Edward')
          .replace('LoRA: Low-Rank', 'Tab: Low-Rank')
          .replace('2106.09685', '2106.00006'),
      ].join('\n'),
    );
    const run = paperlint('mixed.md', text);
    expect(run.status).toBe(1);
    const found = run.report.findings.map((f: { rule: string; line: number }) => `${f.rule}@${f.line}`);
    // Non-breaking spaces are not indentation: that author line leaves the item. A tab reaches
    // column 4, two spaces past the item's text: it renders as the list's own, so it is not reported.
    expect(found).toEqual(['indent@119']);
    paperlint('mixed.md', text, '--fix');
    expect((await lint({ path: 'x', text: readFileSync(join(dir, 'mixed.md'), 'utf8') })).findings).toEqual(
      [],
    );
  });
});
